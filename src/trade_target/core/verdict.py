"""The answer in one sentence: what the window's banner, the brief, the chart and the command
line say first, before any table.

An official reads the verdict before the numbers behind it, so it says the rating, the
growth the target needs, the growth trade shows and where that trend leads, in words: "16
years late", "will not reach it at this trend" — never an infinity or a bare ratio. The
rating is the core's (growth.ProgressStatus); this module only puts it into words.

When trade falls short, a second sentence says what it takes from where trade is now (the
catch-up growth from the latest figure), and with an annual history a third says the chance
of making it (core.outlook).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from trade_target.core.growth import MONTHS_IN_YEAR, ProgressStatus
from trade_target.core.i18n import number, percent, translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary

if TYPE_CHECKING:
    from trade_target.core.outlook import Outlook

SIGNIFICANT_FIGURES = 3  # "US$10 bn", "RM43.1 bn": enough to read, few enough to glance at


class Tone(str, Enum):
    """How the verdict sounds, for its icon and colour (the words carry the meaning)."""

    GOOD = "good"  # met, on track
    WARNING = "warning"  # needs acceleration, limited progress
    BAD = "bad"  # moving away, or never reached at this trend


@dataclass(frozen=True)
class Verdict:
    sentence: str
    tone: Tone


_TONES = {
    ProgressStatus.MET: Tone.GOOD,
    ProgressStatus.ON_TRACK: Tone.GOOD,
    ProgressStatus.NEEDS_ACCELERATION: Tone.WARNING,
    ProgressStatus.LIMITED_PROGRESS: Tone.WARNING,
    ProgressStatus.MOVING_AWAY: Tone.BAD,
}


# The ratings under which the trend falls short: the reader's next question is what it takes.
_SHORT = (
    ProgressStatus.NEEDS_ACCELERATION,
    ProgressStatus.LIMITED_PROGRESS,
    ProgressStatus.MOVING_AWAY,
)


def verdict_sentence(summary: Summary, currency: Currency, outlook: Outlook | None = None) -> str:
    """The verdict in the installed language, amounts in billions of `currency`."""
    return verdict(summary, currency, outlook).sentence


def verdict(summary: Summary, currency: Currency, outlook: Outlook | None = None) -> Verdict:
    """The sentence and its tone; the catch-up growth after it when trade falls short, and
    the chance of reaching the target when there is an `outlook` (core.outlook)."""
    rated = _rated(summary, currency)
    sentences = [rated.sentence]
    if summary.status in _SHORT and summary.catch_up_growth is not None:
        sentences.append(_catch_up(summary, summary.catch_up_growth))
    if outlook is not None:
        from trade_target.core.outlook import outlook_sentence  # (statistics) only when asked

        target = amount(summary.in_currency(summary.target_usd, currency), currency)
        sentences.append(outlook_sentence(outlook, target, summary.target_year))
    return Verdict(" ".join(sentences), rated.tone)


def _catch_up(summary: Summary, growth: float) -> str:
    """“From the 2025 estimate, it now takes +16.83 % a year to 2029.”"""
    values = {
        "year": summary.latest_year,
        "growth": percent(growth),
        "target_year": summary.target_year,
    }
    if summary.latest_months < MONTHS_IN_YEAR:
        return translate(
            "Verdict", "From the {year} estimate, it now takes {growth} a year to {target_year}."
        ).format(**values)
    return translate(
        "Verdict", "From the {year} figure, it now takes {growth} a year to {target_year}."
    ).format(**values)


def _rated(summary: Summary, currency: Currency) -> Verdict:
    """The rating's sentence and its tone."""
    target = amount(summary.in_currency(summary.target_usd, currency), currency)
    if summary.status is ProgressStatus.MET and summary.years_to_reach_at_trend == 0:
        return Verdict(_met(summary, currency, target), Tone.GOOD)  # the latest value reaches it
    if summary.required_growth <= 0:
        # The base year already reached the target and trade has since fallen below it: not
        # met, whatever the base was (PRODUCT.md).
        return Verdict(_fell_below(summary, currency, target), Tone.BAD)
    year = summary.year_reached_at_trend
    if year is None:
        return Verdict(_never(summary, target), Tone.BAD)
    return Verdict(_reached(summary, target, year), _TONES[summary.status])


def amount(value: float, currency: Currency) -> str:
    """Billions to three significant figures, trailing zeros dropped: US$10 bn, RM43.1 bn."""
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    decimals = max(0, SIGNIFICANT_FIGURES - 1 - magnitude)
    rounded = round(value, decimals)
    decimals = next(d for d in range(decimals + 1) if math.isclose(rounded, round(rounded, d)))
    return translate("Verdict", "{symbol}{amount} bn").format(
        symbol=currency.symbol, amount=number(rounded, decimals)
    )


def _latest(summary: Summary, currency: Currency) -> str:
    """The latest year's value, said to be an estimate when it is one (a part year)."""
    value = amount(summary.in_currency(summary.latest_estimate_usd, currency), currency)
    if summary.latest_months >= MONTHS_IN_YEAR:
        return value
    return translate("Verdict", "{amount} (estimate)").format(amount=value)


def _met(summary: Summary, currency: Currency, target: str) -> str:
    return translate(
        "Verdict", "{status}: trade in {year}, {latest}, already reaches the {target} target."
    ).format(
        status=ProgressStatus.MET.words,
        year=summary.latest_year,
        latest=_latest(summary, currency),
        target=target,
    )


def _fell_below(summary: Summary, currency: Currency, target: str) -> str:
    return translate(
        "Verdict",
        "{status}: trade reached the {target} target in {base_year} but is falling "
        "({observed} a year); trade in {year}, {latest}, is below it and will not reach it "
        "again at this trend.",
    ).format(
        status=ProgressStatus.MOVING_AWAY.words,
        target=target,
        base_year=summary.base_year,
        observed=percent(summary.observed_growth),
        year=summary.latest_year,
        latest=_latest(summary, currency),
    )


def _growths(summary: Summary, target: str) -> dict[str, object]:
    """What the sentences that set the observed growth against the required one name."""
    return {
        "status": summary.status.words,
        "required": percent(summary.required_growth),
        "target_year": summary.target_year,
        "observed": percent(summary.observed_growth),
        "target": target,
    }


def _never(summary: Summary, target: str) -> str:
    values = _growths(summary, target)
    if summary.observed_growth < 0:
        return translate(
            "Verdict",
            "{status}: the target needs {required} a year to {target_year}, but trade is "
            "falling ({observed} a year) and will not reach {target} at this trend.",
        ).format(**values)
    return translate(
        "Verdict",
        "{status}: the target needs {required} a year to {target_year}, but trade is not "
        "growing ({observed} a year) and will not reach {target} at this trend.",
    ).format(**values)


def _reached(summary: Summary, target: str, year: int) -> str:
    values = {**_growths(summary, target), "year": year}
    late = year - summary.target_year
    early = -late
    if late > 0:
        return translate(
            "Verdict",
            "{status}: the target needs {required} a year to {target_year}; trade is growing "
            "{observed} a year and would reach {target} in {year}, %n year(s) late.",
            None,
            late,
        ).format(**values)
    if early > 0:
        return translate(
            "Verdict",
            "{status}: the target needs {required} a year to {target_year}; trade is growing "
            "{observed} a year and would reach {target} in {year}, %n year(s) early.",
            None,
            early,
        ).format(**values)
    return translate(
        "Verdict",
        "{status}: the target needs {required} a year to {target_year}; trade is growing "
        "{observed} a year and would reach {target} in {year}, on time.",
    ).format(**values)
