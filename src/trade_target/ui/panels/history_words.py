"""The history's and the outlook's lines in words, each with the sum behind it: shared by the
summary panel and the History tab, so the two always say the same thing. (core.outlook is
imported when an outlook is first put into words, not with the window.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trade_target.core.growth import reaches
from trade_target.core.history import AnnualRecord, TrendMethod, used_reporter
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.core.verdict import amount
from trade_target.render import formatting
from trade_target.ui.models.history import reporter_words

if TYPE_CHECKING:
    from trade_target.core.outlook import Outlook


def a_year(growth: float) -> str:
    return translate("HistoryWords", "{percent} a year").format(percent=formatting.percent(growth))


def catch_up(summary: Summary, currency: Currency) -> tuple[str, str]:
    """(value, explanation) of the growth still needed from the latest estimate."""
    latest = summary.in_currency(summary.latest_estimate_usd, currency)
    target = summary.in_currency(summary.target_usd, currency)
    years_left = summary.target_year - summary.latest_year
    if summary.catch_up_growth is None:
        if reaches(summary.latest_estimate_usd, summary.target_usd):
            return (
                translate("HistoryWords", "None: the target is met"),
                translate("HistoryWords", "The latest estimate is already at or above the target."),
            )
        return (
            translate("HistoryWords", "No year left"),
            translate(
                "HistoryWords",
                "The target year {target_year} is not after the latest year {latest_year}.",
            ).format(target_year=summary.target_year, latest_year=summary.latest_year),
        )
    full_year = summary.latest_months >= 12
    return (
        a_year(summary.catch_up_growth),
        (
            translate(
                "HistoryWords",
                "({target} ÷ {latest})^(1/{years}) − 1: from {latest_year} to the target "
                "by {target_year}.",
            )
            if full_year
            else translate(
                "HistoryWords",
                "({target} ÷ {latest})^(1/{years}) − 1: from the {latest_year} estimate to the "
                "target by {target_year}.",
            )
        ).format(
            target=formatting.money(target, currency),
            latest=formatting.money(latest, currency),
            years=years_left,
            latest_year=summary.latest_year,
            target_year=summary.target_year,
        ),
    )


def observed_from_history(summary: Summary, records: tuple[AnnualRecord, ...]) -> str:
    """How the observed growth was taken from the history's window, its method named."""
    first, last = summary.trend_years or (0, 0)
    report = reporter_words(used_reporter(records, summary.trend) or "")
    if summary.trend.method is TrendMethod.LOG_LINEAR:
        text = translate(
            "HistoryWords",
            "By log-linear fit over {first}–{last} ({report}): e^(slope of ln value on year) − 1.",
        )
    else:
        text = translate(
            "HistoryWords",
            "By compound growth over {first}–{last} ({report}): ({last} ÷ {first})^(1/{span}) − 1.",
        )
    return text.format(first=first, last=last, span=last - first, report=report)


def trend_line(summary: Summary) -> str:
    """The observed growth the sums use and how it was taken (the History tab's read-out)."""
    if summary.trend.method is TrendMethod.TWO_POINT:
        return translate(
            "HistoryWords",
            "Observed growth: {growth}, from the base year {base_year} to the {latest_year} "
            "estimate. Choose a method to take it from the history.",
        ).format(
            growth=a_year(summary.observed_growth),
            base_year=summary.base_year,
            latest_year=summary.latest_year,
        )
    first, last = summary.trend_years or (0, 0)
    return translate(
        "HistoryWords", "Observed growth: {growth}, by {method} ({first}–{last})."
    ).format(
        growth=a_year(summary.observed_growth),
        method=summary.trend.method.words,
        first=first,
        last=last,
    )


def volatility_line(found: Outlook, report: str) -> str:
    """μ and σ of the year-on-year log growth, and what they rest on."""
    spread = found.volatility
    count = spread.growths  # a plain name: the extraction tool reads no dotted count
    return translate(
        "HistoryWords",
        "Year-on-year log growth {first}–{last} ({report}): mean μ = {mean}, standard "
        "deviation σ = {deviation}, from %n growth(s).",
        None,
        count,
    ).format(
        first=spread.first_year,
        last=spread.last_year,
        report=report,
        mean=formatting.percent(spread.mean),
        deviation=formatting.percent(spread.deviation, signed=False),
    )


def chance_sentence(found: Outlook, summary: Summary, currency: Currency) -> str:
    """“At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is 4 %.”"""
    from trade_target.core.outlook import outlook_sentence

    target = amount(summary.in_currency(summary.target_usd, currency), currency)
    return outlook_sentence(found, target, summary.target_year)


def chance(found: Outlook, summary: Summary, currency: Currency) -> tuple[str, str]:
    """(value, explanation) of the chance line: the chance, then the sum behind it."""
    from trade_target.core.outlook import chance_words

    spread = found.volatility
    years = summary.target_year - summary.latest_year
    sum_words = translate(
        "HistoryWords",
        "P = 1 − Φ((ln(T ÷ L) − nμ) ÷ (σ√n)), with L = {latest} ({latest_year}), T = {target}, "
        "n = {years}, μ = {mean}, σ = {deviation}.",
    ).format(
        latest=formatting.money(
            summary.in_currency(summary.latest_estimate_usd, currency), currency
        ),
        latest_year=summary.latest_year,
        target=formatting.money(summary.in_currency(summary.target_usd, currency), currency),
        years=years,
        mean=formatting.percent(spread.mean),
        deviation=formatting.percent(spread.deviation, signed=False),
    )
    return chance_words(found.chance), f"{chance_sentence(found, summary, currency)} {sum_words}"


def passes_line(found: Outlook, latest_year: int) -> str:
    """The years by which the chance passes 50 % and 90 %, or that it does not in sight."""
    from trade_target.core.outlook import HORIZON_YEARS

    lines = []
    for level, year in ((0.5, found.year_half), (0.9, found.year_most)):
        level_words = formatting.percent(level, 0, signed=False)
        if year is None:
            lines.append(
                translate(
                    "HistoryWords",
                    "The chance does not pass {level} within %n year(s) of {latest_year}.",
                    None,
                    HORIZON_YEARS,
                ).format(level=level_words, latest_year=latest_year)
            )
        else:
            lines.append(
                translate("HistoryWords", "The chance passes {level} in {year}.").format(
                    level=level_words, year=year
                )
            )
    return "\n".join(lines)
