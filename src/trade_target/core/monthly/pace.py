"""The sums that check monthly figures against the required path, and the words for them.

The required pace of a year is its required annual value spread evenly over the months: by
the end of month m, required × m/12. A year-to-date total needs every month from January;
the sums stop at the first missing month rather than count it as nothing. Amounts are US$ bn,
each figure converted from the currency it was reported in at the rate given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from trade_target.core.i18n import number, translate
from trade_target.core.money import Currency, convert
from trade_target.core.monthly.months import MONTHS_IN_YEAR, MonthlyFigure, period_label, span_label

# Sums -------------------------------------------------------------------------------------


def in_usd(figure: MonthlyFigure, rate: float) -> float:
    """The figure in US$ bn at `rate` RM per US$."""
    return convert(figure.value, figure.currency, Currency.USD, rate)


def _by_month(figures: Iterable[MonthlyFigure], rate: float) -> dict[tuple[int, int], float]:
    return {(f.year, f.month): in_usd(f, rate) for f in figures}


def cumulative_by_year(
    figures: Iterable[MonthlyFigure], rate: float
) -> dict[int, list[tuple[int, float]]]:
    """Each year's running total in US$ bn, month by month from January: {year: [(month,
    total to the end of it)]}. The total stops before the first missing month (the
    year-to-date is unknown from there); a year without January has an empty list."""
    values = _by_month(figures, rate)
    totals: dict[int, list[tuple[int, float]]] = {}
    for year in sorted({year for year, _ in values}):
        running, total = [], 0.0
        for month in range(1, MONTHS_IN_YEAR + 1):
            if (year, month) not in values:
                break
            total += values[(year, month)]
            running.append((month, total))
        totals[year] = running
    return totals


def required_pace(
    year_total_required_usd: float, months: int = MONTHS_IN_YEAR
) -> list[tuple[int, float]]:
    """The required year-to-date at the end of each month 1…`months`: required × m/12."""
    if not 1 <= months <= MONTHS_IN_YEAR:
        raise ValueError("months must be 1–12")
    return [
        (month, year_total_required_usd * month / MONTHS_IN_YEAR) for month in range(1, months + 1)
    ]


def trailing_twelve_months(
    figures: Iterable[MonthlyFigure], rate: float
) -> tuple[int, int, float] | None:
    """(year, month, total in US$ bn) of the latest twelve consecutive months; None if no
    twelve consecutive months are there."""
    values = {year * MONTHS_IN_YEAR + month - 1: usd for (year, month), usd in
              _by_month(figures, rate).items()}  # fmt: skip
    for end in sorted(values, reverse=True):
        window = range(end - MONTHS_IN_YEAR + 1, end + 1)
        if all(index in values for index in window):
            return end // MONTHS_IN_YEAR, end % MONTHS_IN_YEAR + 1, sum(values[i] for i in window)
    return None


def same_months_total(
    figures: Iterable[MonthlyFigure], year: int, months: int, rate: float
) -> float | None:
    """The total of months 1…`months` of `year` in US$ bn; None if any of them is missing."""
    if not 1 <= months <= MONTHS_IN_YEAR:
        raise ValueError("months must be 1–12")
    values = _by_month(figures, rate)
    wanted = [(year, month) for month in range(1, months + 1)]
    if not all(key in values for key in wanted):
        return None
    return sum(values[key] for key in wanted)


@dataclass(frozen=True)
class PaceCheck:
    """One year's year-to-date against the required pace, in US$ bn."""

    year: int
    months: int  # the total runs from January to the end of this month (0: no January)
    latest_month: int  # the year's latest month in the figures
    cumulative_usd: float
    required_year_usd: float | None  # None: the required path has no value for the year

    @property
    def pace_usd(self) -> float | None:
        if self.required_year_usd is None or self.months == 0:
            return None
        return self.required_year_usd * self.months / MONTHS_IN_YEAR

    @property
    def difference_usd(self) -> float | None:
        """Year-to-date minus the required pace: negative is behind."""
        pace = self.pace_usd
        return None if pace is None else self.cumulative_usd - pace

    @property
    def difference_fraction(self) -> float | None:
        pace, difference = self.pace_usd, self.difference_usd
        if pace is None or difference is None or pace <= 0:
            return None
        return difference / pace

    @property
    def first_missing(self) -> int | None:
        """The month whose absence stops the total, if later months are in the figures."""
        return self.months + 1 if self.months < self.latest_month else None


def pace_checks(
    figures: Iterable[MonthlyFigure], rate: float, required_usd_by_year: Mapping[int, float]
) -> list[PaceCheck]:
    """Every year of the figures against its required value (a scenario's trajectory:
    {row.year: row.required_usd})."""
    figures = tuple(figures)
    latest: dict[int, int] = {}
    for figure in figures:
        latest[figure.year] = max(figure.month, latest.get(figure.year, 0))
    return [
        PaceCheck(
            year=year,
            months=running[-1][0] if running else 0,
            latest_month=latest[year],
            cumulative_usd=running[-1][1] if running else 0.0,
            required_year_usd=required_usd_by_year.get(year),
        )
        for year, running in cumulative_by_year(figures, rate).items()
    ]


def pace_sentence(check: PaceCheck, currency: Currency, rate: float) -> str:
    """“Jan–Oct 2025: US$4.50 bn, 3.0 % behind the required pace (US$4.64 bn).”"""

    def money(usd: float) -> str:
        return translate("Monthly", "{symbol}{amount} bn").format(
            symbol=currency.symbol, amount=number(convert(usd, Currency.USD, currency, rate), 2)
        )

    if check.months == 0:
        return translate("Monthly", "{year}: no year-to-date total, as {month} is missing.").format(
            year=check.year, month=period_label(check.year, 1)
        )
    span = span_label(check.year, 1, check.months)
    fraction, pace = check.difference_fraction, check.pace_usd
    if pace is None or fraction is None:
        sentence = translate(
            "Monthly", "{span}: {amount}; the required path has no value for {year}."
        ).format(span=span, amount=money(check.cumulative_usd), year=check.year)
    else:
        percent = number(abs(fraction) * 100, 1)
        if percent == number(0, 1):
            template = translate("Monthly", "{span}: {amount}, on the required pace ({pace}).")
        elif fraction < 0:
            template = translate(
                "Monthly", "{span}: {amount}, {percent} % behind the required pace ({pace})."
            )
        else:
            template = translate(
                "Monthly", "{span}: {amount}, {percent} % ahead of the required pace ({pace})."
            )
        sentence = template.format(
            span=span, amount=money(check.cumulative_usd), percent=percent, pace=money(pace)
        )
    missing = check.first_missing
    if missing is not None:
        sentence += " " + translate(
            "Monthly", "{month} is missing, so the later months are not in the total."
        ).format(month=period_label(check.year, missing))
    return sentence
