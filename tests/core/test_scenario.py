"""Scenario: the article's figures under the user's inputs, checked against PRODUCT.md."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Any

import pytest
from summary_json import SUMMARY_KEYS

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.growth import ProgressStatus
from trade_target.core.scenario import RATE_MAX, Inputs, Summary

ARTICLE_RATE = 21.2 / 4.92  # RM per US$ implied by the article's own pair of figures


@pytest.fixture(scope="module")
def defaults(dataset: Dataset) -> Inputs:
    return Inputs.defaults(dataset)


@pytest.fixture(scope="module")
def summary(dataset: Dataset, defaults: Inputs) -> Summary:
    return evaluate(dataset, defaults)


# --- Defaults and the worked numbers ------------------------------------------------------------


def test_default_inputs_are_the_articles(defaults: Inputs) -> None:
    assert defaults.exchange_rate == pytest.approx(4.3089, abs=0.00005)
    assert defaults.exchange_rate == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert defaults.years_to_target == 5
    assert defaults.target_value == 10.0
    assert defaults.base_value == 5.2
    assert defaults.latest_value == 21.2
    assert defaults.latest_months == 11


def test_default_target_year_is_2029(summary: Summary) -> None:
    assert summary.base_year == 2024
    assert summary.target_year == 2029


def test_default_required_growth(summary: Summary) -> None:
    assert summary.base_usd == pytest.approx(5.2)
    assert summary.target_usd == pytest.approx(10.0)
    assert summary.required_growth * 100 == pytest.approx(13.97, abs=0.005)
    assert summary.required_growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)


def test_jan_nov_2025_in_dollars_and_annualised(summary: Summary) -> None:
    assert summary.latest_year == 2025
    assert summary.latest_months == 11
    assert summary.latest_partial_usd == pytest.approx(4.920, abs=0.0005)
    assert summary.latest_partial_usd == pytest.approx(21.2 / ARTICLE_RATE, rel=1e-12)
    assert summary.latest_estimate_usd == pytest.approx(5.367, abs=0.0005)
    assert summary.latest_estimate_usd == pytest.approx(21.2 / ARTICLE_RATE * 12 / 11, rel=1e-12)


def test_observed_growth_and_progress(summary: Summary) -> None:
    observed = (21.2 / ARTICLE_RATE * 12 / 11) / 5.2 - 1
    assert summary.observed_growth * 100 == pytest.approx(3.22, abs=0.005)
    assert summary.observed_growth == pytest.approx(observed, rel=1e-9)
    assert summary.progress_ratio is not None
    assert summary.progress_ratio == pytest.approx(0.23, abs=0.005)
    assert summary.progress_ratio == pytest.approx(observed / ((10 / 5.2) ** (1 / 5) - 1), rel=1e-9)
    assert summary.status is ProgressStatus.LIMITED_PROGRESS


def test_target_reached_during_2045_at_trend(summary: Summary) -> None:
    assert summary.years_to_reach_at_trend is not None
    assert 19.6 <= summary.years_to_reach_at_trend <= 19.7
    assert summary.years_to_reach_at_trend == pytest.approx(
        math.log(10 / 5.3673) / math.log(1.03217), abs=0.01
    )
    assert summary.year_reached_at_trend == 2045


@pytest.mark.parametrize(
    ("years", "percent", "target_year"), [(5, 13.97, 2029), (6, 11.51, 2030), (4, 17.76, 2028)]
)
def test_years_to_target_changes_required_growth(
    dataset: Dataset, defaults: Inputs, years: int, percent: float, target_year: int
) -> None:
    result = evaluate(dataset, defaults.with_value("years_to_target", years))
    assert result.required_growth * 100 == pytest.approx(percent, abs=0.005)
    assert result.target_year == target_year
    assert len(result.trajectory) == years + 1


def test_rate_405_rederives_the_ringgit_figure(dataset: Dataset, defaults: Inputs) -> None:
    result = evaluate(dataset, defaults.with_value("exchange_rate", 4.05))
    assert result.latest_partial_usd == pytest.approx(5.23, abs=0.005)
    assert result.latest_partial_usd == pytest.approx(21.2 / 4.05, rel=1e-12)
    assert result.latest_estimate_usd == pytest.approx(5.71, abs=0.005)
    assert result.observed_growth * 100 == pytest.approx(9.8, abs=0.05)
    assert result.observed_growth == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.2 - 1, rel=1e-9)
    # The base and target were reported in dollars: the required growth does not move.
    assert result.required_growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)
    assert result.status is ProgressStatus.NEEDS_ACCELERATION
    expected_years = math.log(10 / (21.2 / 4.05 * 12 / 11)) / math.log(21.2 / 4.05 * 12 / 11 / 5.2)
    assert result.year_reached_at_trend == 2025 + math.ceil(expected_years)


# --- Trajectory ---------------------------------------------------------------------------------


def test_trajectory_runs_from_base_to_target(summary: Summary) -> None:
    rows = summary.trajectory
    assert [row.year for row in rows] == [2024, 2025, 2026, 2027, 2028, 2029]
    r = (10 / 5.2) ** (1 / 5) - 1
    observed = (21.2 / ARTICLE_RATE * 12 / 11) / 5.2 - 1
    for row in rows:
        k = row.year - 2024
        assert row.required_usd == pytest.approx(5.2 * (1 + r) ** k, rel=1e-12)
        assert row.trend_usd == pytest.approx(5.2 * (1 + observed) ** k, rel=1e-9)
        assert row.required_myr == pytest.approx(row.required_usd * ARTICLE_RATE, rel=1e-12)
        assert row.trend_myr == pytest.approx(row.trend_usd * ARTICLE_RATE, rel=1e-12)
        assert row.gap_usd == pytest.approx(row.trend_usd - row.required_usd)
        assert row.gap_myr == pytest.approx(row.trend_myr - row.required_myr)
    assert rows[0].required_usd == pytest.approx(5.2)
    assert rows[-1].required_usd == pytest.approx(10.0)
    # At the observed trend the 2025 point is the run-rate estimate itself.
    assert rows[1].trend_usd == pytest.approx(5.367, abs=0.0005)
    assert rows[-1].gap_usd < 0


def test_ringgit_trajectory_follows_the_rate(dataset: Dataset, defaults: Inputs) -> None:
    result = evaluate(dataset, defaults.with_value("exchange_rate", 4.05))
    assert result.trajectory[0].required_myr == pytest.approx(5.2 * 4.05)
    assert result.trajectory[-1].required_myr == pytest.approx(10 * 4.05)


# --- Progress status through a whole scenario ---------------------------------------------------


def test_target_already_met(dataset: Dataset, defaults: Inputs) -> None:
    # RM50 bn in 11 months at 4.3089 is about US$12.7 bn a year: beyond US$10 bn.
    result = evaluate(dataset, defaults.with_value("latest_value", 50.0))
    assert result.latest_estimate_usd == pytest.approx(50 / ARTICLE_RATE * 12 / 11)
    assert result.status is ProgressStatus.MET
    assert result.years_to_reach_at_trend == 0.0
    assert result.year_reached_at_trend == 2025


def test_target_below_base_is_met_while_the_latest_reaches_it(
    dataset: Dataset, defaults: Inputs
) -> None:
    # Met because the 2025 estimate (5.367) reaches 5.0, not because the base (5.2) did:
    # tests/core/test_progress_odd_inputs.py has the latest below such a target.
    result = evaluate(dataset, defaults.with_value("target_value", 5.0))
    assert result.latest_estimate_usd > 5.0
    assert result.required_growth < 0
    assert result.progress_ratio is None
    assert result.status is ProgressStatus.MET


def test_falling_trade_is_moving_away(dataset: Dataset, defaults: Inputs) -> None:
    result = evaluate(dataset, defaults.with_value("latest_value", 15.0))
    assert result.observed_growth == pytest.approx(15 / ARTICLE_RATE * 12 / 11 / 5.2 - 1)
    assert result.observed_growth < 0
    assert result.progress_ratio is not None and result.progress_ratio < 0
    assert result.status is ProgressStatus.MOVING_AWAY
    assert result.years_to_reach_at_trend is None
    assert result.year_reached_at_trend is None


def test_flat_trade_never_reaches_the_target(dataset: Dataset, defaults: Inputs) -> None:
    # US$5.2 bn over twelve months at a rate of 1 is exactly the 2024 base: zero growth.
    flat = replace(defaults, exchange_rate=1.0, latest_value=5.2, latest_months=12)
    result = evaluate(dataset, flat)
    assert result.observed_growth == 0.0
    assert result.progress_ratio == 0.0
    assert result.status is ProgressStatus.LIMITED_PROGRESS
    assert result.year_reached_at_trend is None


def test_near_on_track_boundary(dataset: Dataset, defaults: Inputs) -> None:
    # Choose the Jan–Nov ringgit figure so that observed growth is 95 % of the required.
    required = (10 / 5.2) ** (1 / 5) - 1
    latest_at = lambda ratio: 5.2 * (1 + ratio * required) * 11 / 12 * ARTICLE_RATE  # noqa: E731
    just_on = evaluate(dataset, defaults.with_value("latest_value", latest_at(0.951)))
    just_short = evaluate(dataset, defaults.with_value("latest_value", latest_at(0.949)))
    assert just_on.status is ProgressStatus.ON_TRACK
    assert just_short.status is ProgressStatus.NEEDS_ACCELERATION
    accel = evaluate(dataset, defaults.with_value("latest_value", latest_at(0.601)))
    limited = evaluate(dataset, defaults.with_value("latest_value", latest_at(0.599)))
    assert accel.status is ProgressStatus.NEEDS_ACCELERATION
    assert limited.status is ProgressStatus.LIMITED_PROGRESS


# --- Input validation ---------------------------------------------------------------------------

BAD_INPUTS: list[tuple[str, Any]] = [
    ("exchange_rate", 0.0),
    ("exchange_rate", 0),
    ("exchange_rate", -4.05),
    ("exchange_rate", float("nan")),
    ("exchange_rate", float("inf")),
    ("exchange_rate", float("-inf")),
    ("exchange_rate", math.nextafter(RATE_MAX, math.inf)),
    ("exchange_rate", 100.01),
    ("exchange_rate", 431.0),  # "4,31" misread with a thousands separator
    ("exchange_rate", "4.05"),
    ("exchange_rate", None),
    ("exchange_rate", True),
    ("years_to_target", 0),
    ("years_to_target", -1),
    ("years_to_target", 51),
    ("years_to_target", 5.0),
    ("years_to_target", 5.5),
    ("years_to_target", "5"),
    ("years_to_target", True),
    ("years_to_target", False),
    ("years_to_target", None),
    ("target_value", 0.0),
    ("target_value", -10.0),
    ("target_value", float("nan")),
    ("target_value", float("inf")),
    ("base_value", 0.0),
    ("base_value", -5.2),
    ("base_value", float("nan")),
    ("latest_value", 0.0),
    ("latest_value", -21.2),
    ("latest_value", float("inf")),
    ("latest_months", 0),
    ("latest_months", 13),
    ("latest_months", -1),
    ("latest_months", 11.0),
    ("latest_months", True),
]


@pytest.mark.parametrize(("field", "value"), BAD_INPUTS, ids=[f"{f}={v!r}" for f, v in BAD_INPUTS])
def test_bad_input_names_its_field(defaults: Inputs, field: str, value: Any) -> None:
    with pytest.raises(InputError) as caught:
        defaults.with_value(field, value)
    assert caught.value.field == field
    assert caught.value.message


@pytest.mark.parametrize(("field", "value"), BAD_INPUTS, ids=[f"{f}={v!r}" for f, v in BAD_INPUTS])
def test_evaluate_validates_inputs_built_directly(
    dataset: Dataset, defaults: Inputs, field: str, value: Any
) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(dataset, replace(defaults, **{field: value}))
    assert caught.value.field == field


def test_bad_input_leaves_the_last_good_inputs_alone(defaults: Inputs) -> None:
    with pytest.raises(InputError):
        defaults.with_value("exchange_rate", -1.0)
    assert defaults.exchange_rate == pytest.approx(ARTICLE_RATE)


def test_unknown_input_field(defaults: Inputs) -> None:
    with pytest.raises(InputError) as caught:
        defaults.with_value("interest_rate", 0.05)
    assert caught.value.field == "interest_rate"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("exchange_rate", RATE_MAX),
        ("exchange_rate", 0.5),  # far below any real rate, and still computable
        ("exchange_rate", 4),
        ("years_to_target", 1),
        ("years_to_target", 50),
        ("latest_months", 1),
        ("latest_months", 12),
        ("target_value", 0.5),
        ("base_value", 0.1),  # a fiftyfold jump to 2025: the trend stays computable
    ],
)
def test_edge_of_range_inputs_are_accepted(
    dataset: Dataset, defaults: Inputs, field: str, value: Any
) -> None:
    changed = defaults.with_value(field, value)
    assert getattr(changed, field) == value
    evaluate(dataset, changed)


# --- Machine-readable summary -------------------------------------------------------------------


def test_as_json_keys_and_values(summary: Summary) -> None:
    data = summary.as_json()
    assert data["annualisation"] == "run_rate"
    assert set(data) == SUMMARY_KEYS
    assert data["status"] == "limited_progress"
    assert data["required_growth"] == pytest.approx(0.1397, abs=0.00005)
    assert data["observed_growth"] == pytest.approx(0.0322, abs=0.00005)
    assert data["target_year"] == 2029
    assert data["year_reached_at_trend"] == 2045
    assert json.loads(json.dumps(data, allow_nan=False)) == data


@pytest.mark.parametrize(
    "changes",
    [
        {"base_value": 1e-10, "years_to_target": 50},  # the trend path overflows
        {"exchange_rate": 1e-300, "target_value": 1e300},  # the target in US$ is infinite
    ],
)
def test_inputs_too_far_apart_are_an_input_error_not_an_overflow(dataset, changes):
    inputs = Inputs.defaults(dataset)
    for field, value in changes.items():
        inputs = inputs.with_value(field, value)
    with pytest.raises(InputError, match="too far apart"):
        evaluate(dataset, inputs)
