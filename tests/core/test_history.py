"""The trend maths of core.history against hand computations and an independent fit: compound
growth between a window's ends, the log-linear fit, year-on-year log growths, and which
report and which years the sums take.
"""

from __future__ import annotations

import math
import statistics

import pytest

from trade_target.core import history
from trade_target.core.history import AnnualRecord, TrendChoice, TrendMethod
from trade_target.core.money import Currency

# --- Compound growth -----------------------------------------------------------------------


def test_values_doubling_each_year_grow_by_100_percent() -> None:
    assert history.compound_growth(((2020, 1.0), (2021, 2.0), (2022, 4.0))) == pytest.approx(1.0)


def test_compound_growth_takes_only_the_window_ends_and_the_years_between_them() -> None:
    # (2 / 1)^(1/5) − 1 = 14.87 %: the middle years do not count, a gap is years all the same.
    values = ((2010, 1.0), (2011, 9.0), (2015, 2.0))
    assert history.compound_growth(values) == pytest.approx(2 ** (1 / 5) - 1, rel=1e-14)
    assert history.compound_growth(values) == pytest.approx(0.148698355, rel=1e-9)
    # A fall: 5.2 → 4.16 in two years is (0.8)^(1/2) − 1 = −10.56 %.
    assert history.compound_growth(((2022, 5.2), (2024, 4.16))) == pytest.approx(-0.105572809)


def test_the_issues_catch_up_numbers_as_a_two_year_series() -> None:
    # From US$5.367 bn to US$10 bn in four years: (10 / 5.367)^(1/4) − 1 = 16.83 %.
    assert history.compound_growth(((2025, 5.367), (2029, 10.0))) == pytest.approx(0.1683, abs=5e-5)


@pytest.mark.parametrize(
    "values",
    [(), ((2020, 1.0),), ((2020, 1.0), (2020, 2.0)), ((2020, 0.0), (2021, 1.0))],
)
def test_compound_growth_needs_two_years_of_positive_values(values: history.Series) -> None:
    with pytest.raises(ValueError):
        history.compound_growth(values)


# --- Log-linear fit ------------------------------------------------------------------------


@pytest.mark.parametrize("rate", [0.0, 0.05, 0.1397, -0.2, 1.5])
def test_a_fit_on_exact_exponential_data_returns_its_rate(rate: float) -> None:
    values = tuple((year, 3.1 * (1 + rate) ** (year - 2010)) for year in range(2010, 2021))
    assert history.log_linear_growth(values) == pytest.approx(rate, abs=1e-12)


def test_a_fit_of_three_points_by_hand() -> None:
    # ln values 0, 0.1, 0.3 at years 0, 1, 2: mean 2/15; slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²
    # = ((−1)(−2/15) + 0 + (1)(0.3 − 2/15)) / 2 = 0.3 / 2 = 0.15, so growth e^0.15 − 1.
    values = ((2000, 1.0), (2001, math.exp(0.1)), (2002, math.exp(0.3)))
    assert history.log_linear_growth(values) == pytest.approx(math.exp(0.15) - 1, rel=1e-12)


def test_a_fit_on_noisy_data_is_the_least_squares_slope() -> None:
    values = (
        (2013, 2.31), (2014, 2.08), (2015, 2.55), (2016, 2.47), (2017, 2.96),
        (2018, 2.80), (2019, 3.42), (2021, 3.31), (2022, 4.12), (2024, 4.60),
    )  # fmt: skip
    years = [year for year, _ in values]
    logs = [math.log(value) for _, value in values]
    # Independently: the normal equations solved with Cramer's rule, and the standard library.
    n, sx, sy = len(years), sum(years), sum(logs)
    sxx = sum(x * x for x in years)
    sxy = sum(x * y for x, y in zip(years, logs, strict=True))
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    assert slope == pytest.approx(statistics.linear_regression(years, logs).slope, rel=1e-9)
    assert history.log_linear_growth(values) == pytest.approx(math.expm1(slope), rel=1e-9)
    # The fit is not the window's ends: compound growth says otherwise on the same years.
    assert history.compound_growth(values) != pytest.approx(math.expm1(slope), rel=1e-3)


@pytest.mark.parametrize(
    "values",
    [((2020, 1.0),), ((2020, 1.0), (2020, 2.0)), ((2020, 1.0), (2021, -1.0))],
)
def test_a_fit_needs_two_years_and_positive_values(values: history.Series) -> None:
    with pytest.raises(ValueError):
        history.log_linear_growth(values)


def test_trend_growth_names_the_method_it_uses() -> None:
    values = ((2020, 1.0), (2021, 1.5), (2022, 4.0))
    assert history.trend_growth(values, TrendMethod.COMPOUND) == pytest.approx(1.0)
    # By hand: slope of ln 1, ln 1.5, ln 4 on 0, 1, 2 is (ln 4 − ln 1) / 2 = ln 2.
    assert history.trend_growth(values, TrendMethod.LOG_LINEAR) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        history.trend_growth(values, TrendMethod.TWO_POINT)
    assert TrendMethod.LOG_LINEAR.words == "log-linear fit over the window"
    assert TrendMethod.COMPOUND.words == "compound growth over the window"


# --- Year-on-year log growth ---------------------------------------------------------------


def test_log_growths_are_taken_between_consecutive_years_only() -> None:
    values = ((2015, 2.0), (2016, 3.0), (2017, 1.5), (2019, 6.0), (2020, 6.0))
    assert history.log_growths(values) == pytest.approx(
        (math.log(1.5), math.log(0.5), 0.0)  # 2017 → 2019 is no year's growth
    )


# --- Reports, series and windows -----------------------------------------------------------

MIRROR = (
    AnnualRecord(2020, 3.0, Currency.USD, "TUR"),
    AnnualRecord(2020, 12.0, Currency.MYR, "MYS"),
    AnnualRecord(2021, 3.5, Currency.USD, "MYS"),
    AnnualRecord(2019, 2.5, Currency.USD, ""),
    AnnualRecord(2021, 14.0, Currency.MYR, "MYS"),  # a revision of 2021 given later
)


def test_the_reports_present_are_malaysias_then_turkiyes_then_an_unnamed_one() -> None:
    assert history.reporters(MIRROR) == ("MYS", "TUR", "")
    assert history.reporters(()) == ()


def test_the_chosen_report_is_used_when_present_else_the_first() -> None:
    assert history.used_reporter(MIRROR, TrendChoice(reporter="TUR")) == "TUR"
    assert history.used_reporter(MIRROR, TrendChoice()) == "MYS"
    unnamed_and_turkiye = tuple(r for r in MIRROR if r.reporter != "MYS")
    assert history.used_reporter(unnamed_and_turkiye, TrendChoice(reporter="MYS")) == "TUR"
    assert history.used_reporter(MIRROR[3:4], TrendChoice()) == ""
    assert history.used_reporter((), TrendChoice(reporter="MYS")) is None


def test_a_series_is_one_report_in_us_dollars_by_year() -> None:
    # At 4 RM per US$: RM12 bn is US$3 bn; the later record of 2021, RM14 bn, is US$3.5 bn.
    assert history.series(MIRROR, "MYS", 4.0) == ((2020, 3.0), (2021, 3.5))
    assert history.series(MIRROR, "TUR", 4.0) == ((2020, 3.0),)
    assert history.series(MIRROR, "DEU", 4.0) == ()


def test_a_window_keeps_the_years_between_its_ends() -> None:
    values = tuple((year, 1.0) for year in range(2010, 2021))
    assert [y for y, _ in history.window(values, TrendChoice(first_year=2015))] == list(
        range(2015, 2021)
    )
    assert [y for y, _ in history.window(values, TrendChoice(first_year=2012, last_year=2013))] == [
        2012,
        2013,
    ]
    assert history.window(values, TrendChoice(first_year=2030)) == ()
    assert history.window(values, TrendChoice()) == values
