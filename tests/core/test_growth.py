"""Growth maths against PRODUCT.md's worked numbers and formulas typed out here."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trade_target.core import growth
from trade_target.core.growth import ProgressStatus

BASE_2024 = 5.2
TARGET = 10.0
# The article's own conversion: RM21.2 bn = US$4.92 bn, 11 months of 2025.
JAN_NOV_2025_USD = 4.92


# --- Worked numbers from PRODUCT.md -------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "percent_in_product"),
    [(5, 13.97), (6, 11.51), (4, 17.76)],
)
def test_required_growth_reproduces_worked_examples(years: int, percent_in_product: float) -> None:
    r = growth.required_growth(BASE_2024, TARGET, years)
    assert r * 100 == pytest.approx(percent_in_product, abs=0.005)
    assert r == pytest.approx((10 / 5.2) ** (1 / years) - 1, rel=1e-12)


def test_required_growth_is_rri() -> None:
    # RRI(N, PV, FV) = (FV/PV)^(1/N) − 1; doubling in 1 year is 100 %, in 2 years √2 − 1.
    assert growth.required_growth(3.0, 6.0, 1) == pytest.approx(1.0)
    assert growth.required_growth(3.0, 6.0, 2) == pytest.approx(math.sqrt(2) - 1)
    assert growth.required_growth(8.0, 2.0, 2) == pytest.approx(-0.5)


@pytest.mark.parametrize(
    ("base", "target", "years"),
    [(0.0, 10.0, 5), (-1.0, 10.0, 5), (5.2, 0.0, 5), (5.2, -3.0, 5), (5.2, 10.0, 0)],
)
def test_required_growth_refuses_impossible_arguments(
    base: float, target: float, years: int
) -> None:
    with pytest.raises(ValueError):
        growth.required_growth(base, target, years)


def test_run_rate_annualises_jan_nov_2025() -> None:
    estimate = growth.annualise_run_rate(JAN_NOV_2025_USD, 11)
    assert estimate == pytest.approx(5.367, abs=0.0005)
    assert estimate == pytest.approx(4.92 * 12 / 11, rel=1e-12)
    assert growth.annualise_run_rate(7.0, 12) == 7.0
    assert growth.annualise_run_rate(1.0, 1) == 12.0


@pytest.mark.parametrize("months", [0, 13, -1])
def test_run_rate_refuses_months_outside_a_year(months: int) -> None:
    with pytest.raises(ValueError):
        growth.annualise_run_rate(4.92, months)


def test_observed_growth_2024_to_2025() -> None:
    observed = growth.growth_between(BASE_2024, 4.92 * 12 / 11)
    assert observed * 100 == pytest.approx(3.22, abs=0.005)
    assert observed == pytest.approx((4.92 * 12 / 11) / 5.2 - 1, rel=1e-12)
    assert growth.growth_between(1.0, 4.0, 2) == pytest.approx(1.0)


def test_years_to_reach_at_observed_trend() -> None:
    estimate = 4.92 * 12 / 11
    observed = estimate / 5.2 - 1
    years = growth.years_to_reach(estimate, TARGET, observed)
    assert years is not None
    assert 19.6 <= years <= 19.7
    assert years == pytest.approx(math.log(10 / 5.3673) / math.log(1.03217), abs=0.01)


def test_target_reached_during_2045_at_observed_trend() -> None:
    estimate = 4.92 * 12 / 11
    observed = estimate / 5.2 - 1
    assert growth.first_year_reached(estimate, 2025, TARGET, observed) == 2045


@pytest.mark.parametrize("trend", [0.0, -0.0, -0.01, -0.5])
def test_target_never_reached_without_growth(trend: float) -> None:
    assert growth.years_to_reach(5.367, TARGET, trend) is None
    assert growth.first_year_reached(5.367, 2025, TARGET, trend) is None


def test_target_already_reached_is_zero_years() -> None:
    assert growth.years_to_reach(12.0, TARGET, -0.1) == 0.0
    assert growth.years_to_reach(10.0, TARGET, 0.05) == 0.0
    assert growth.first_year_reached(12.0, 2025, TARGET, -0.1) == 2025
    assert growth.first_year_reached(10.0, 2025, TARGET, 0.0) == 2025


@pytest.mark.parametrize(
    ("current", "target", "trend", "years_after"),
    [
        (1.0, 2.0, 1.0, 1),  # exactly doubles in one year
        (100.0, 121.0, 0.1, 2),  # 100 · 1.1² = 121 exactly (in decimals)
        (1.0, 8.0, 1.0, 3),
        (1.0, 8.000001, 1.0, 4),
        (5.0, 5.000001, 0.5, 1),
    ],
)
def test_first_year_reached_at_exact_boundaries(
    current: float, target: float, trend: float, years_after: int
) -> None:
    assert growth.first_year_reached(current, 2000, target, trend) == 2000 + years_after


def test_path_is_year_by_year_compound_growth() -> None:
    r = (10 / 5.2) ** (1 / 5) - 1
    rows = growth.path(5.2, r, 2024, 2029)
    assert [year for year, _ in rows] == [2024, 2025, 2026, 2027, 2028, 2029]
    for year, value in rows:
        assert value == pytest.approx(5.2 * (1 + r) ** (year - 2024), rel=1e-12)
    assert rows[0][1] == pytest.approx(5.2)
    assert rows[1][1] == pytest.approx(5.2 * 1.1397, abs=0.001)
    assert rows[-1][1] == pytest.approx(10.0, rel=1e-12)


# --- Progress status at its boundaries ----------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (5.0, ProgressStatus.ON_TRACK),
        (1.0, ProgressStatus.ON_TRACK),
        (0.95, ProgressStatus.ON_TRACK),
        (math.nextafter(0.95, 0.0), ProgressStatus.NEEDS_ACCELERATION),
        (0.80, ProgressStatus.NEEDS_ACCELERATION),
        (0.60, ProgressStatus.NEEDS_ACCELERATION),
        (math.nextafter(0.60, 0.0), ProgressStatus.LIMITED_PROGRESS),
        (0.23, ProgressStatus.LIMITED_PROGRESS),
        (0.0, ProgressStatus.LIMITED_PROGRESS),
        (-1e-12, ProgressStatus.MOVING_AWAY),
        (-3.0, ProgressStatus.MOVING_AWAY),
    ],
)
def test_progress_status_boundaries(ratio: float, expected: ProgressStatus) -> None:
    assert growth.progress_status(ratio, target_met=False) is expected


@pytest.mark.parametrize("ratio", [None, -3.0, 0.0, 0.5, 0.95, 2.0])
def test_target_met_wins_over_any_ratio(ratio: float | None) -> None:
    assert growth.progress_status(ratio, target_met=True) is ProgressStatus.MET


def test_status_values_and_words() -> None:
    assert {status.value for status in ProgressStatus} == {
        "met",
        "on_track",
        "needs_acceleration",
        "limited_progress",
        "moving_away",
    }
    words = [status.words for status in ProgressStatus]
    assert all(words) and len(set(words)) == len(words)
    assert ProgressStatus.LIMITED_PROGRESS.words == "Limited progress"


# --- Properties ---------------------------------------------------------------------------------

amounts = st.floats(min_value=0.01, max_value=10_000.0, allow_nan=False, allow_infinity=False)
years_1_to_50 = st.integers(min_value=1, max_value=50)
calendar_years = st.integers(min_value=1900, max_value=2100)


@settings(max_examples=150, deadline=None)
@given(base=amounts, target=amounts, years=years_1_to_50, base_year=calendar_years)
def test_required_path_starts_at_base_and_ends_at_target(
    base: float, target: float, years: int, base_year: int
) -> None:
    r = growth.required_growth(base, target, years)
    rows = growth.path(base, r, base_year, base_year + years)
    assert [year for year, _ in rows] == list(range(base_year, base_year + years + 1))
    assert rows[0][1] == pytest.approx(base, rel=1e-12)
    assert rows[-1][1] == pytest.approx(target, rel=1e-9)
    values = [value for _, value in rows]
    if target >= base:
        assert all(a <= b * (1 + 1e-12) for a, b in itertools.pairwise(values))
    else:
        assert all(a >= b * (1 - 1e-12) for a, b in itertools.pairwise(values))


@settings(max_examples=150, deadline=None)
@given(base=amounts, target=amounts, years=years_1_to_50)
def test_value_at_required_growth_reaches_target(base: float, target: float, years: int) -> None:
    r = growth.required_growth(base, target, years)
    assert growth.value_at(base, r, years) == pytest.approx(target, rel=1e-9)


@settings(max_examples=150, deadline=None)
@given(
    base=amounts,
    ratio=st.floats(min_value=1.01, max_value=1000.0),
    years=years_1_to_50,
)
def test_years_to_reach_inverts_required_growth(base: float, ratio: float, years: int) -> None:
    target = base * ratio
    r = growth.required_growth(base, target, years)
    assert growth.years_to_reach(base, target, r) == pytest.approx(years, rel=1e-9)


@settings(max_examples=150, deadline=None)
@given(
    current=amounts,
    ratio=st.floats(min_value=1.0, max_value=1000.0),
    trend=st.floats(min_value=1e-4, max_value=3.0),
    current_year=calendar_years,
)
def test_first_year_reached_is_the_first_such_year(
    current: float, ratio: float, trend: float, current_year: int
) -> None:
    target = current * ratio
    year = growth.first_year_reached(current, current_year, target, trend)
    assert year is not None
    elapsed = year - current_year
    assert elapsed >= 0
    assert current * (1 + trend) ** elapsed >= target * (1 - 1e-9)
    if elapsed > 0:
        assert current * (1 + trend) ** (elapsed - 1) < target
    years = growth.years_to_reach(current, target, trend)
    assert years is not None
    assert elapsed - 1 - 1e-6 <= years <= elapsed + 1e-6


@settings(max_examples=100, deadline=None)
@given(
    current=amounts,
    ratio=st.floats(min_value=1.001, max_value=1000.0),
    trend=st.floats(min_value=-0.99, max_value=0.0),
)
def test_no_year_reached_when_trend_is_flat_or_falling(
    current: float, ratio: float, trend: float
) -> None:
    assert growth.first_year_reached(current, 2025, current * ratio, trend) is None
    assert growth.years_to_reach(current, current * ratio, trend) is None


@pytest.mark.parametrize("tiny", [1e-17, 1e-13, 1e-11])
def test_tiny_growth_answers_at_once(tiny):
    """1 + g rounds to 1 for the smallest; the others give a far-off but finite year."""
    year = growth.first_year_reached(5.0, 2025, 10.0, tiny)
    if 1.0 + tiny == 1.0:
        assert year is None
    else:
        assert year is not None
        assert year - 2025 == pytest.approx(math.log(2) / math.log(1.0 + tiny), rel=1e-6)
