"""The annual history behind the trend: bilateral trade year by year, as each country reports it,
and the ways a trend is taken from it.

Records come from a statistics office's export (core.files.history_csv): one value a year,
in billions of its currency, with the reporting country where the export says it. Malaysia's
exports to Türkiye are Türkiye's imports from Malaysia, so the two countries' reports of the
same trade differ (mirror data); both are kept, and the scenario says which one its sums use.

The observed trend is, as before any history, the compound growth from the base year to the
latest estimate (`TWO_POINT`). With a history the user may take it instead over a window of
years: the compound growth between the window's ends, or the slope of a straight line fitted
to the logarithm of the values (log-linear), which every year in the window moves.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from enum import Enum

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency, convert

MALAYSIA, TURKIYE = "MYS", "TUR"
REPORTERS = (MALAYSIA, TURKIYE)
"""Reporter codes as UN Comtrade writes them (ISO 3166 alpha-3); "" is a series that does not
say who reported it (the plain two-column layout)."""


@dataclass(frozen=True)
class AnnualRecord:
    """One year's bilateral trade (exports + imports) as one reporter gives it."""

    year: int
    value: float  # billions, in `currency`
    currency: Currency = Currency.USD
    reporter: str = ""  # MYS, TUR or "" (not said)

    def usd(self, exchange_rate: float) -> float:
        return convert(self.value, self.currency, Currency.USD, exchange_rate)


class TrendMethod(str, Enum):
    TWO_POINT = "two_point"  # base year → latest estimate (no history needed)
    COMPOUND = "compound"  # compound growth between the window's first and last years
    LOG_LINEAR = "log_linear"  # exp(slope of ln value on year, least squares) − 1

    @property
    def words(self) -> str:
        """The method's short name, in the installed language."""
        return translate("History", _NAMES[self])


_NAMES = {
    TrendMethod.TWO_POINT: QT_TRANSLATE_NOOP("History", "base year to latest estimate"),
    TrendMethod.COMPOUND: QT_TRANSLATE_NOOP("History", "compound growth over the window"),
    TrendMethod.LOG_LINEAR: QT_TRANSLATE_NOOP("History", "log-linear fit over the window"),
}


@dataclass(frozen=True)
class TrendChoice:
    """How a scenario takes its observed trend and its volatility from the history.

    `first_year`/`last_year` bound the window (None: the history's first/last year);
    `reporter` is the report the sums use ("" : the first of MYS, TUR, "" that is present).
    """

    method: TrendMethod = TrendMethod.TWO_POINT
    first_year: int | None = None
    last_year: int | None = None
    reporter: str = ""


Series = tuple[tuple[int, float], ...]
"""(year, US$ bn) pairs, one a year, in year order."""


def reporters(records: tuple[AnnualRecord, ...]) -> tuple[str, ...]:
    """The reports present, Malaysia's first, then Türkiye's, then an unnamed one."""
    present = {record.reporter for record in records}
    return tuple(code for code in (*REPORTERS, "") if code in present)


def used_reporter(records: tuple[AnnualRecord, ...], choice: TrendChoice) -> str | None:
    """The report the sums use: the chosen one if present, else the first present; None
    without a history."""
    present = reporters(records)
    if not present:
        return None
    # "" chooses no report: the first present, even when an unnamed series is among them.
    return choice.reporter if choice.reporter and choice.reporter in present else present[0]


def series(records: tuple[AnnualRecord, ...], reporter: str, exchange_rate: float) -> Series:
    """One report's values in US$ bn by year (a year given twice keeps the later record)."""
    by_year = {r.year: r.usd(exchange_rate) for r in records if r.reporter == reporter}
    return tuple(sorted(by_year.items()))


def window(values: Series, choice: TrendChoice) -> Series:
    """The years of `values` inside the chosen window."""
    first = choice.first_year if choice.first_year is not None else -math.inf
    last = choice.last_year if choice.last_year is not None else math.inf
    return tuple((year, value) for year, value in values if first <= year <= last)


def compound_growth(values: Series) -> float:
    """(v_last / v_first)^(1 / (y_last − y_first)) − 1 over the series' first and last years."""
    if len(values) < 2 or values[-1][0] <= values[0][0]:
        raise ValueError("a compound growth needs two different years")
    (first_year, first), (last_year, last) = values[0], values[-1]
    if first <= 0 or last <= 0:
        raise ValueError("values must be positive")
    return float((last / first) ** (1.0 / (last_year - first_year)) - 1.0)


def log_linear_growth(values: Series) -> float:
    """exp(b) − 1, where b is the least-squares slope of ln(value) on the year."""
    if len(values) < 2 or len({year for year, _ in values}) < 2:
        raise ValueError("a fit needs two different years")
    if any(value <= 0 for _, value in values):
        raise ValueError("values must be positive")
    years = [float(year) for year, _ in values]
    logs = [math.log(value) for _, value in values]
    mean_year, mean_log = sum(years) / len(years), sum(logs) / len(logs)
    spread = sum((year - mean_year) ** 2 for year in years)
    slope = sum((y - mean_year) * (v - mean_log) for y, v in zip(years, logs, strict=True)) / spread
    return float(math.expm1(slope))


def trend_growth(values: Series, method: TrendMethod) -> float:
    """The window's growth by `method` (COMPOUND or LOG_LINEAR)."""
    if method is TrendMethod.COMPOUND:
        return compound_growth(values)
    if method is TrendMethod.LOG_LINEAR:
        return log_linear_growth(values)
    raise ValueError("the two-point trend is taken from the base and the latest estimate")


def log_growths(values: Series) -> tuple[float, ...]:
    """Year-on-year log growth ln(v_t / v_{t−1}), for consecutive years only (a gap in the
    years is not one year's growth)."""
    return tuple(
        math.log(later / earlier)
        for (year, earlier), (next_year, later) in itertools.pairwise(values)
        if next_year == year + 1 and earlier > 0 and later > 0
    )
