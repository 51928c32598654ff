"""A full-year estimate from a part year, three ways, and which of them the data allows.

- **Run-rate**: the months reported, scaled to twelve (× 12/months). Needs nothing more;
  assumes trade is spread evenly over the year (no seasonality).
- **Same period**: the growth over the same months of the previous year, applied to the
  previous year's full total. "Previous" is always the year before the latest figure, never
  simply the base year. Needs that year's figure for those months (entered on the latest
  figure, or summed from the monthly figures) and its full total (the base-year figure when
  it is that year, else a full-year figure of that year, else its twelve monthly figures).
  Seasonality cancels out.
- **Trailing twelve months**: the sum of the latest twelve consecutive monthly figures. Needs
  monthly figures; the estimate is for the twelve months to the latest month.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from trade_target.core import growth
from trade_target.core.dataset import Dataset, FigureKind
from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, percent, translate
from trade_target.core.money import Currency, convert
from trade_target.core.monthly.pace import same_months_total, trailing_twelve_months


class Annualisation(str, Enum):
    RUN_RATE = "run_rate"
    SAME_PERIOD = "same_period"
    TRAILING_12 = "trailing_12"

    @property
    def words(self) -> str:
        """The method's short name, in the installed language."""
        return translate("Annualise", _NAMES[self])


_NAMES = {
    Annualisation.RUN_RATE: QT_TRANSLATE_NOOP("Annualise", "run-rate"),
    Annualisation.SAME_PERIOD: QT_TRANSLATE_NOOP("Annualise", "same period"),
    Annualisation.TRAILING_12: QT_TRANSLATE_NOOP("Annualise", "trailing twelve months"),
}


@dataclass(frozen=True)
class Estimate:
    """The full-year estimate in US$ bn and what it was made from."""

    method: Annualisation
    value_usd: float
    previous_same_usd: float | None = None  # same period: the previous year's same months
    previous_full_usd: float | None = None  # same period: the previous year's full total
    ttm_end: tuple[int, int] | None = None  # trailing twelve months: (year, month) of the end


def previous_same_period(dataset: Dataset, months: int, rate: float) -> float | None:
    """The previous year's total for the latest figure's months, in US$ bn, or None."""
    latest = dataset.latest
    if latest.previous_same_period is not None and latest.reported_currency is not None:
        return convert(latest.previous_same_period, latest.reported_currency, Currency.USD, rate)
    if latest.year is None or not dataset.monthly:
        return None
    return same_months_total(dataset.monthly, latest.year - 1, months, rate)


def _previous_full(dataset: Dataset, base_usd: float, rate: float) -> float | None:
    """The full-year total of the year before the latest figure, in US$ bn, or None.

    The base figure (at the value the inputs give it) when it is that year; else a full-year
    figure of that year; else the sum of that year's twelve monthly figures."""
    base, latest = dataset.base, dataset.latest
    if latest.year is None:
        return None
    year = latest.year - 1
    if base.year == year and base.months == growth.MONTHS_IN_YEAR:
        return base_usd
    for figure in dataset.figures:
        value = figure.used_value
        if (
            figure.kind is FigureKind.MONEY
            and figure.id != dataset.target_id
            and figure.year == year
            and figure.months == growth.MONTHS_IN_YEAR
            and value is not None
            and figure.reported_currency is not None
        ):
            return convert(value, figure.reported_currency, Currency.USD, rate)
    if not dataset.monthly:
        return None
    return same_months_total(dataset.monthly, year, growth.MONTHS_IN_YEAR, rate)


def unavailable(method: Annualisation, dataset: Dataset, months: int, rate: float) -> str | None:
    """Why `method` cannot be used with these figures (a sentence), or None if it can."""
    if method is Annualisation.SAME_PERIOD:
        if _previous_full(dataset, 1.0, rate) is None:
            return translate(
                "Annualise",
                "Same-period growth needs the full-year total of {year}, the year before the "
                "latest figure: add it as a figure, or import its twelve monthly figures.",
            ).format(year=(dataset.latest.year or 0) - 1)
        if previous_same_period(dataset, months, rate) is None:
            return translate(
                "Annualise",
                "Same-period growth needs the previous year's figure for the same months: enter "
                "it on the latest figure (Figures table), or import monthly figures.",
            )
    if method is Annualisation.TRAILING_12 and _trailing(dataset, rate) is None:
        return translate(
            "Annualise",
            "Trailing twelve months needs twelve consecutive monthly figures: import them "
            "(Monthly tab).",
        )
    return None


def estimate(
    method: Annualisation,
    dataset: Dataset,
    partial_usd: float,
    months: int,
    base_usd: float,
    rate: float,
) -> Estimate:
    """The latest year's full-year estimate by `method`; InputError if the data lacks what
    the method needs (the message says what to add)."""
    problem = unavailable(method, dataset, months, rate)
    if problem is not None:
        raise InputError("annualisation", problem)
    if method is Annualisation.SAME_PERIOD:
        previous_same = previous_same_period(dataset, months, rate)
        previous_full = _previous_full(dataset, base_usd, rate)
        assert previous_same is not None and previous_full is not None
        value = previous_full * partial_usd / previous_same
        return Estimate(method, value, previous_same, previous_full)
    if method is Annualisation.TRAILING_12:
        found = _trailing(dataset, rate)
        assert found is not None
        end_year, end_month, total = found
        return Estimate(method, total, ttm_end=(end_year, end_month))
    return Estimate(method, growth.annualise_run_rate(partial_usd, months))


def _trailing(dataset: Dataset, rate: float) -> tuple[int, int, float] | None:
    if len(dataset.monthly) < 12:
        return None
    return trailing_twelve_months(dataset.monthly, rate)


def available(dataset: Dataset, months: int, rate: float) -> list[Annualisation]:
    """The methods these figures allow, run-rate first."""
    return [m for m in Annualisation if unavailable(m, dataset, months, rate) is None]


def short_words(estimate: Estimate | None, months: int) -> str:
    """The method in a few words, for a legend or a label: "run-rate, 11 of 12 months"."""
    method = Annualisation.RUN_RATE if estimate is None else estimate.method
    if method is Annualisation.SAME_PERIOD:
        return translate("Annualise", "same period a year earlier, {months} months").format(
            months=months
        )
    if method is Annualisation.TRAILING_12 and estimate is not None and estimate.ttm_end:
        year, month = estimate.ttm_end
        return translate("Annualise", "twelve months to {year}-{month}").format(
            year=year, month=f"{month:02d}"
        )
    return translate("Annualise", "run-rate, {months} of 12 months").format(months=months)


def explanation(
    estimate: Estimate | None, partial_usd: float, months: int, latest_year: int
) -> str:
    """How the latest year's estimate was made, in one or two sentences (amounts in US$)."""
    method = Annualisation.RUN_RATE if estimate is None else estimate.method
    if method is Annualisation.SAME_PERIOD and estimate is not None:
        previous, full = estimate.previous_same_usd, estimate.previous_full_usd
        assert previous is not None and full is not None
        return translate(
            "Annualise",
            "Same period: US${partial} bn in {months} months of {year} against US${previous} bn "
            "in the same months of {previous_year} ({change}), applied to {previous_year}'s "
            "US${full} bn. Seasonality cancels out.",
        ).format(
            partial=number(partial_usd, 2),
            months=months,
            year=latest_year,
            previous=number(previous, 2),
            previous_year=latest_year - 1,
            change=percent(partial_usd / previous - 1),
            full=number(full, 2),
        )
    if method is Annualisation.TRAILING_12 and estimate is not None and estimate.ttm_end:
        year, month = estimate.ttm_end
        return translate(
            "Annualise",
            "Trailing twelve months: the twelve monthly figures to {year}-{month} add up to "
            "US${total} bn.",
        ).format(year=year, month=f"{month:02d}", total=number(estimate.value_usd, 2))
    if months >= 12:
        return translate("Annualise", "{year} is a full-year figure.").format(year=latest_year)
    return translate(
        "Annualise",
        "Run-rate: US${partial} bn for {months} of 12 months × 12/{months}. "
        "Seasonality not corrected.",
    ).format(partial=number(partial_usd, 2), months=months)
