"""A latest figure more than one year after the base: the full-year 2026 figure added while
the base is still 2024. Growth compounds over the real span, and "same months a year earlier"
compares with the year before the latest, never simply the base year.

Each expected number is worked out here; each test fails under the wrong rule (a one-year
span, or the base year as the previous year), as the comments say.
"""

from __future__ import annotations

import math

import pytest

from trade_target.core import annualise, figure_edits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.growth import ProgressStatus
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.scenario import Inputs, Summary

RATE = 21.2 / 4.92  # the article's implied RM per US$
REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # 13.97 % a year, 2024 to 2029


def with_2026_full_year(dataset: Dataset, value: float = 6.0) -> Dataset:
    return figure_edits.add_observation(
        dataset, value=value, reported_currency=Currency.USD, year=2026, months=12
    )


def summary_of(data: Dataset, method: Annualisation = Annualisation.RUN_RATE) -> Summary:
    return evaluate(data, Inputs.defaults(data), method)


@pytest.fixture(scope="module")
def later(dataset: Dataset) -> Summary:
    return summary_of(with_2026_full_year(dataset))


# --- Observed growth over two years ------------------------------------------------------------


def test_the_2026_figure_becomes_the_latest(later: Summary) -> None:
    assert later.base_year == 2024
    assert later.latest_year == 2026
    assert later.latest_months == 12
    assert later.latest_estimate_usd == 6.0


def test_observed_growth_compounds_over_two_years(later: Summary) -> None:
    # (6 / 5.2)^(1/2) − 1 = 7.42 % a year; a one-year span would say 15.38 %.
    assert later.observed_growth * 100 == pytest.approx(7.42, abs=0.005)
    assert later.observed_growth == pytest.approx(math.sqrt(6 / 5.2) - 1, rel=1e-12)
    assert (1 + later.observed_growth) ** 2 * 5.2 == pytest.approx(6.0, rel=1e-12)


def test_progress_is_rated_on_the_compound_growth(later: Summary) -> None:
    # 7.42 / 13.97 = 0.53: limited progress (15.38 / 13.97 = 1.10 would be on track).
    ratio = (math.sqrt(6 / 5.2) - 1) / REQUIRED
    assert ratio == pytest.approx(0.531, abs=0.0005)
    assert later.progress_ratio == pytest.approx(ratio, rel=1e-12)
    assert later.status is ProgressStatus.LIMITED_PROGRESS
    assert not later.rated_on_catch_up


def test_the_year_reached_runs_from_2026_at_the_compound_growth(later: Summary) -> None:
    # ln(10/6) ÷ ln(1.0742) = 7.14 years from 2026 → during 2034 (a one-year span: 2030).
    years = math.log(10 / 6) / math.log(math.sqrt(6 / 5.2))
    assert years == pytest.approx(7.14, abs=0.005)
    assert later.years_to_reach_at_trend == pytest.approx(years, rel=1e-9)
    assert later.year_reached_at_trend == 2026 + math.ceil(years) == 2034


def test_the_trend_path_passes_through_the_2026_figure(later: Summary) -> None:
    rows = {row.year: row for row in later.trajectory}
    assert sorted(rows) == list(range(2024, 2030))
    assert rows[2024].trend_usd == pytest.approx(5.2, rel=1e-12)
    # 2025 at the trend is the geometric mean of the two reported years: √(5.2 × 6) = 5.586.
    assert rows[2025].trend_usd == pytest.approx(math.sqrt(5.2 * 6), rel=1e-12)
    assert rows[2025].trend_usd == pytest.approx(5.586, abs=0.0005)
    assert rows[2026].trend_usd == pytest.approx(6.0, rel=1e-12)
    assert rows[2029].trend_usd == pytest.approx(5.2 * (6 / 5.2) ** 2.5, rel=1e-12)
    assert rows[2029].required_usd == pytest.approx(10.0, rel=1e-12)
    assert rows[2026].trend_myr == pytest.approx(6.0 * RATE, rel=1e-12)


def test_a_part_year_two_years_on_is_annualised_then_compounded(dataset: Dataset) -> None:
    data = figure_edits.add_observation(
        dataset, value=5.0, reported_currency=Currency.USD, year=2026, months=9
    )
    summary = summary_of(data)
    estimate = 5.0 * 12 / 9  # US$6.67 bn
    assert summary.latest_estimate_usd == pytest.approx(estimate, rel=1e-12)
    assert summary.observed_growth == pytest.approx((estimate / 5.2) ** 0.5 - 1, rel=1e-12)


# --- "Same months a year earlier" is the year before the latest --------------------------------


def _monthly(year: int, each: float) -> list[MonthlyFigure]:
    return [MonthlyFigure(year, month, each, Currency.MYR) for month in range(1, 13)]


def with_jan_nov_2026(dataset: Dataset, ringgit: float = 24.2) -> Dataset:
    return figure_edits.add_observation(
        dataset, value=ringgit, reported_currency=Currency.MYR, year=2026, months=11
    )


def test_same_period_uses_2025_months_and_total_not_the_base_year(dataset: Dataset) -> None:
    # 2024: RM1 bn a month; 2025: RM2 bn a month. Jan–Nov 2026 is RM24.2 bn.
    data = figure_edits.with_monthly(
        with_jan_nov_2026(dataset), _monthly(2024, 1.0) + _monthly(2025, 2.0)
    )
    assert annualise.previous_same_period(data, 11, RATE) == pytest.approx(22.0 / RATE)
    summary = summary_of(data, Annualisation.SAME_PERIOD)
    # 2025's total (RM24 bn) × Jan–Nov 2026 ÷ Jan–Nov 2025 = 24 × 24.2 / 22 = RM26.4 bn.
    # The base year instead would give 5.2 × 24.2 / 11 (2024's months) = US$11.4 bn.
    expected = 24.0 / RATE * 24.2 / 22.0
    assert summary.latest_estimate_usd == pytest.approx(expected, rel=1e-12)
    assert summary.latest_estimate_usd == pytest.approx(6.127, abs=0.0005)
    assert summary.observed_growth == pytest.approx((expected / 5.2) ** 0.5 - 1, rel=1e-12)
    assert summary.estimate is not None
    assert summary.estimate.previous_full_usd == pytest.approx(24.0 / RATE)
    words = annualise.explanation(summary.estimate, summary.latest_partial_usd, 11, 2026)
    assert "2025" in words and "2024" not in words


def test_same_period_takes_a_2025_full_year_figure_as_the_previous_total(
    dataset: Dataset,
) -> None:
    data = figure_edits.add_observation(
        dataset, value=5.5, reported_currency=Currency.USD, year=2025, months=12
    )
    data = with_jan_nov_2026(data, 24.0)
    data = figure_edits.edit_figure(data, data.latest_id, "previous_same_period", 22.0)
    summary = summary_of(data, Annualisation.SAME_PERIOD)
    # 5.5 × 24 / 22 = US$6.0 bn (with 2024's 5.2 instead: 5.67).
    assert summary.latest_estimate_usd == pytest.approx(6.0, rel=1e-12)
    assert summary.observed_growth == pytest.approx(math.sqrt(6 / 5.2) - 1, rel=1e-12)


def test_same_period_without_the_previous_years_total_says_which_year(dataset: Dataset) -> None:
    """Two years on, the base year's total is not the previous year's: refuse, never use it."""
    data = with_jan_nov_2026(dataset)
    data = figure_edits.edit_figure(data, data.latest_id, "previous_same_period", 22.0)
    why = annualise.unavailable(Annualisation.SAME_PERIOD, data, 11, RATE)
    assert why is not None and "2025" in why
    assert Annualisation.SAME_PERIOD not in annualise.available(data, 11, RATE)
    with pytest.raises(InputError) as refused:
        summary_of(data, Annualisation.SAME_PERIOD)
    assert refused.value.field == "annualisation"
    assert "2025" in refused.value.message
