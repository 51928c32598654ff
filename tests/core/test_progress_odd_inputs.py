"""Progress on odd inputs: a target below the base, a latest value exactly at the target, no
year left. Every expected number is worked out here from the README's rule, never read back.

The rule (README, "The calculations"): met only when the latest value reaches the target;
otherwise R = observed ÷ required, or, when the base already reached the target (required
growth ≤ 0), R = observed ÷ the catch-up growth (T/L)^(1/(target year − latest year)) − 1;
with no year left in that case, moving away with no ratio.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest
from summary_json import SUMMARY_KEYS

from trade_target.core import growth
from trade_target.core.dataset import Dataset
from trade_target.core.evaluation import evaluate
from trade_target.core.growth import ProgressStatus
from trade_target.core.scenario import Inputs, Summary


@pytest.fixture(scope="module")
def defaults(dataset: Dataset) -> Inputs:
    return Inputs.defaults(dataset)


# The issue's case: base US$12 bn in 2024, target US$10 bn, RM30 bn in Jan–Nov 2025 at 4.5.
ISSUE_CASE = {
    "base_value": 12.0,
    "target_value": 10.0,
    "latest_value": 30.0,
    "latest_months": 11,
    "exchange_rate": 4.5,
}


def below_base(defaults: Inputs, **changes: float) -> Inputs:
    return replace(defaults, **{**ISSUE_CASE, **changes})


# --- The issue's case: a target below the base ---------------------------------------------------


def test_a_target_below_the_base_is_not_met_when_trade_fell_below_it(
    dataset: Dataset, defaults: Inputs
) -> None:
    summary = evaluate(dataset, below_base(defaults))
    estimate = 30 / 4.5 * 12 / 11  # US$7.27 bn
    observed = estimate / 12 - 1  # −39.39 % a year
    catch_up = (10 / estimate) ** (1 / (2029 - 2025)) - 1  # 8.29 % a year
    assert summary.latest_estimate_usd == pytest.approx(7.27, abs=0.005)
    assert summary.required_growth == pytest.approx((10 / 12) ** (1 / 5) - 1, rel=1e-12)
    assert summary.required_growth < 0
    assert summary.observed_growth == pytest.approx(observed, rel=1e-12)
    assert summary.observed_growth * 100 == pytest.approx(-39.39, abs=0.005)
    assert catch_up * 100 == pytest.approx(8.29, abs=0.005)
    assert summary.status is ProgressStatus.MOVING_AWAY
    assert summary.rated_on_catch_up
    assert summary.rated_against == pytest.approx(catch_up, rel=1e-12)
    assert summary.progress_ratio == pytest.approx(observed / catch_up, rel=1e-12)
    assert summary.progress_ratio == pytest.approx(-4.75, abs=0.005)
    assert summary.year_reached_at_trend is None
    assert summary.years_to_reach_at_trend is None


def test_the_json_rates_the_catch_up_ratio_and_keeps_its_keys(
    dataset: Dataset, defaults: Inputs
) -> None:
    data = evaluate(dataset, below_base(defaults)).as_json()
    estimate = 30 / 4.5 * 12 / 11
    assert set(data) == SUMMARY_KEYS
    assert data["status"] == "moving_away"
    assert data["progress_ratio"] == pytest.approx(
        (estimate / 12 - 1) / ((10 / estimate) ** (1 / 4) - 1), rel=1e-12
    )
    assert data["year_reached_at_trend"] is None


def test_a_target_below_the_base_is_met_while_the_latest_value_reaches_it(
    dataset: Dataset, defaults: Inputs
) -> None:
    # RM45 bn in 11 months at 4.5 is US$10.91 bn a year: still above US$10 bn, though falling.
    summary = evaluate(dataset, below_base(defaults, latest_value=45.0))
    assert 45 / 4.5 * 12 / 11 > 10
    assert summary.observed_growth == pytest.approx(45 / 4.5 * 12 / 11 / 12 - 1, rel=1e-12)
    assert summary.observed_growth < 0
    assert summary.status is ProgressStatus.MET
    assert summary.progress_ratio is None
    assert summary.year_reached_at_trend == 2025
    assert summary.years_to_reach_at_trend == 0.0


def test_a_base_exactly_at_the_target_rates_the_catch_up(
    dataset: Dataset, defaults: Inputs
) -> None:
    summary = evaluate(dataset, below_base(defaults, base_value=10.0))
    estimate = 30 / 4.5 * 12 / 11
    assert summary.required_growth == 0.0
    catch_up = (10 / estimate) ** (1 / 4) - 1
    assert summary.rated_on_catch_up
    assert summary.progress_ratio == pytest.approx((estimate / 10 - 1) / catch_up, rel=1e-12)
    assert summary.status is ProgressStatus.MOVING_AWAY


def test_a_target_year_at_the_latest_year_leaves_no_catch_up(
    dataset: Dataset, defaults: Inputs
) -> None:
    # One year from 2024: the target year is 2025, the latest year itself.
    summary = evaluate(dataset, below_base(defaults, years_to_target=1))
    assert summary.target_year == summary.latest_year == 2025
    assert summary.required_growth == pytest.approx(10 / 12 - 1, rel=1e-12)
    assert summary.status is ProgressStatus.MOVING_AWAY
    assert summary.progress_ratio is None
    assert summary.rated_against is None
    assert summary.year_reached_at_trend is None
    assert summary.as_json()["progress_ratio"] is None


def test_below_the_base_the_ratio_uses_the_catch_up_not_the_required_growth(
    dataset: Dataset, defaults: Inputs
) -> None:
    """Observed ÷ required would be positive here (two negatives): the wrong rule says on track."""
    summary = evaluate(dataset, below_base(defaults))
    wrong = summary.observed_growth / summary.required_growth
    assert wrong > growth.ON_TRACK_RATIO
    assert summary.progress_ratio is not None and summary.progress_ratio < 0


# --- A latest value exactly at the target --------------------------------------------------------


def test_a_latest_value_exactly_at_the_target_is_met(dataset: Dataset, defaults: Inputs) -> None:
    # RM20 bn over twelve months at 2 RM per US$ is exactly US$10 bn.
    exact = replace(defaults, exchange_rate=2.0, latest_value=20.0, latest_months=12)
    summary = evaluate(dataset, exact)
    assert summary.latest_estimate_usd == 10.0 == summary.target_usd
    assert summary.status is ProgressStatus.MET
    assert summary.progress_ratio is None
    assert summary.year_reached_at_trend == 2025
    assert summary.years_to_reach_at_trend == 0.0


def test_a_latest_value_exactly_at_a_target_below_the_base_is_met(
    dataset: Dataset, defaults: Inputs
) -> None:
    exact = replace(
        defaults, base_value=12.0, exchange_rate=2.0, latest_value=20.0, latest_months=12
    )
    summary = evaluate(dataset, exact)
    assert summary.required_growth < 0
    assert summary.latest_estimate_usd == 10.0
    assert summary.observed_growth == pytest.approx(10 / 12 - 1, rel=1e-12)
    assert summary.status is ProgressStatus.MET
    assert summary.year_reached_at_trend == 2025


def test_a_ringgit_figure_equal_to_the_target_is_met(dataset: Dataset, defaults: Inputs) -> None:
    # RM43.089 bn over twelve months at 4.3089 is US$10 bn, though a float makes it 9.999…98.
    exact = replace(defaults, exchange_rate=4.3089, latest_value=43.089, latest_months=12)
    summary = evaluate(dataset, exact)
    assert summary.latest_estimate_usd == pytest.approx(10.0, rel=1e-15)
    assert summary.status is ProgressStatus.MET
    assert summary.year_reached_at_trend == 2025
    assert summary.years_to_reach_at_trend == 0.0


def test_a_hair_below_the_target_is_met_and_reached_at_once() -> None:
    """Float noise (RM43.089 bn ÷ 4.3089 is not exactly 10) counts as reaching the target,
    the same way in the status and in the year reached."""
    noisy = math.nextafter(10.0, 0.0)
    progress = growth.rate_progress(
        latest=noisy, target=10.0, required=0.1397, observed=0.5, years_left=4
    )
    assert progress.status is ProgressStatus.MET
    assert growth.years_to_reach(noisy, 10.0, 0.5) == 0.0
    assert growth.first_year_reached(noisy, 2025, 10.0, 0.5) == 2025


def test_just_below_the_target_is_rated_not_met() -> None:
    below = 10.0 * (1 - 1e-9)
    progress = growth.rate_progress(
        latest=below, target=10.0, required=0.1397, observed=0.5, years_left=4
    )
    assert progress.status is ProgressStatus.ON_TRACK
    assert progress.ratio == pytest.approx(0.5 / 0.1397, rel=1e-12)
    assert growth.first_year_reached(below, 2025, 10.0, 0.5) == 2026


# --- The rule itself, branch by branch -----------------------------------------------------------


@pytest.mark.parametrize(
    ("latest", "required", "observed", "years_left", "status", "ratio"),
    [
        # Met: at or above the target, whatever the base and the trend.
        (10.0, 0.1397, 0.0322, 4, ProgressStatus.MET, None),
        (11.0, 0.1397, -0.2, 4, ProgressStatus.MET, None),
        (10.0, -0.0358, -0.1, 4, ProgressStatus.MET, None),
        (10.0, 0.5, 0.0, 0, ProgressStatus.MET, None),
        # Base below the target: observed ÷ required.
        (5.367, 0.1397, 0.0322, 4, ProgressStatus.LIMITED_PROGRESS, 0.0322 / 0.1397),
        (5.367, 0.10, 0.095, 4, ProgressStatus.ON_TRACK, 0.95),
        (5.367, 0.10, 0.06, 4, ProgressStatus.NEEDS_ACCELERATION, 0.60),
        (5.367, 0.10, 0.0, 4, ProgressStatus.LIMITED_PROGRESS, 0.0),
        (5.367, 0.10, -0.01, 4, ProgressStatus.MOVING_AWAY, -0.1),
        # Base at or above the target: observed ÷ catch-up, (10/8)^(1/2) − 1 = 11.80 %.
        (8.0, -0.03, -0.1, 2, ProgressStatus.MOVING_AWAY, -0.1 / (1.25**0.5 - 1)),
        (8.0, 0.0, -0.1, 2, ProgressStatus.MOVING_AWAY, -0.1 / (1.25**0.5 - 1)),
        # Catch-up thresholds, in case growth were ever seen while below a passed target.
        (8.0, -0.03, 0.95 * (1.25**0.5 - 1), 2, ProgressStatus.ON_TRACK, 0.95),
        (8.0, -0.03, 0.0, 2, ProgressStatus.LIMITED_PROGRESS, 0.0),
        # No year left to catch up: moving away, nothing rated.
        (8.0, -0.03, -0.1, 0, ProgressStatus.MOVING_AWAY, None),
        (8.0, -0.03, -0.1, -3, ProgressStatus.MOVING_AWAY, None),
    ],
)
def test_every_branch_of_the_rule(
    latest: float,
    required: float,
    observed: float,
    years_left: int,
    status: ProgressStatus,
    ratio: float | None,
) -> None:
    progress = growth.rate_progress(
        latest=latest, target=10.0, required=required, observed=observed, years_left=years_left
    )
    assert progress.status is status
    if ratio is None:
        assert progress.ratio is None and progress.need is None
    else:
        assert progress.ratio == pytest.approx(ratio, rel=1e-9)
        assert progress.on_catch_up is (required <= 0)


def test_catch_up_growth_reproduces_the_product_notes() -> None:
    latest = 21.2 / (21.2 / 4.92) * 12 / 11  # 5.367
    need = growth.catch_up_growth(latest, 10.0, 2029 - 2025)
    assert need is not None
    assert need * 100 == pytest.approx(16.83, abs=0.005)
    assert growth.catch_up_growth(latest, 10.0, 0) is None


def test_a_ratio_is_needed_unless_the_target_is_met() -> None:
    with pytest.raises(ValueError):
        growth.progress_status(None, target_met=False)


# --- The status and the year reached at trend always agree ---------------------------------------


def _agree(summary: Summary) -> None:
    reached = summary.year_reached_at_trend
    met = summary.latest_estimate_usd >= summary.target_usd
    assert (summary.status is ProgressStatus.MET) is met
    assert (reached == summary.latest_year and summary.years_to_reach_at_trend == 0) is met
    if reached is None:
        assert summary.status in (ProgressStatus.MOVING_AWAY, ProgressStatus.LIMITED_PROGRESS)
        assert summary.observed_growth <= 0
    if summary.status is ProgressStatus.MOVING_AWAY:
        assert reached is None


@pytest.mark.parametrize(
    ("base", "target", "latest", "years"),
    list(
        itertools.product(
            (5.2, 10.0, 12.0, 30.0), (5.0, 10.0, 15.0), (15.0, 30.0, 43.0, 45.0, 60.0), (1, 3, 5)
        )
    ),
)
def test_status_and_year_reached_agree(
    dataset: Dataset, defaults: Inputs, base: float, target: float, latest: float, years: int
) -> None:
    inputs = replace(
        defaults,
        base_value=base,
        target_value=target,
        latest_value=latest,
        years_to_target=years,
        exchange_rate=4.5,
    )
    _agree(evaluate(dataset, inputs))
