"""Catch-up growth: the growth still needed from the latest estimate L (year y) to the target T
by the target year, (T/L)^(1/(target year − y)) − 1, written out here from PRODUCT.md's worked
numbers: from the 2025 estimate of US$5.367 bn to US$10 bn by 2029, 16.83 % a year."""

from __future__ import annotations

import math
from typing import Any

import pytest

from trade_target.core import figure_edits
from trade_target.core.dataset import Dataset
from trade_target.core.evaluation import evaluate
from trade_target.core.growth import ProgressStatus
from trade_target.core.money import Currency
from trade_target.core.scenario import Inputs, Summary

RATE = 21.2 / 4.92  # the article's implied RM per US$
LATEST = 21.2 / RATE * 12 / 11  # the 2025 run-rate estimate, US$ bn
BASE_YEAR, LATEST_YEAR, TARGET = 2024, 2025, 10.0


def summary_of(dataset: Dataset, **changes: Any) -> Summary:
    inputs = Inputs.defaults(dataset)
    for field, value in changes.items():
        inputs = inputs.with_value(field, value)
    return evaluate(dataset, inputs)


def test_the_worked_numbers(dataset: Dataset) -> None:
    assert f"{LATEST:.3f}" == "5.367"
    assert f"{((10 / 5.367) ** (1 / 4) - 1) * 100:.2f}" == "16.83"
    found = summary_of(dataset).catch_up_growth
    assert found is not None
    assert f"{found * 100:.2f}" == "16.83"
    assert found == pytest.approx((TARGET / LATEST) ** (1 / 4) - 1, rel=1e-12)


@pytest.mark.parametrize("years", range(2, 51))
def test_every_deadline_from_2026_to_2074(dataset: Dataset, years: int) -> None:
    target_year = BASE_YEAR + years
    left = target_year - LATEST_YEAR
    summary = summary_of(dataset, years_to_target=years)
    assert summary.target_year == target_year
    assert summary.catch_up_growth == pytest.approx((TARGET / LATEST) ** (1 / left) - 1, rel=1e-12)
    # It is the growth that takes L to T in the years left.
    assert LATEST * (1 + summary.catch_up_growth) ** left == pytest.approx(TARGET, rel=1e-12)


def test_a_target_year_that_is_the_latest_year_leaves_no_catch_up(dataset: Dataset) -> None:
    summary = summary_of(dataset, years_to_target=1)  # 2025, the latest year itself
    assert summary.target_year == LATEST_YEAR
    assert summary.catch_up_growth is None


def test_a_target_year_before_the_latest_year_leaves_no_catch_up(dataset: Dataset) -> None:
    later = figure_edits.add_observation(
        dataset, value=6.0, reported_currency=Currency.USD, year=2026, months=12
    )
    summary = summary_of(later, years_to_target=2)  # target year 2026 = latest year
    assert (summary.latest_year, summary.target_year) == (2026, 2026)
    assert summary.catch_up_growth is None
    summary = summary_of(later, years_to_target=1)  # 2025, before the latest year
    assert summary.catch_up_growth is None
    three = summary_of(later, years_to_target=5)  # from 6.0 in 2026 to 10 by 2029
    assert three.catch_up_growth == pytest.approx((10 / 6.0) ** (1 / 3) - 1, rel=1e-12)


@pytest.mark.parametrize("target", [5.0, 5.3, LATEST])
def test_a_latest_figure_at_or_above_the_target_needs_no_catch_up(
    dataset: Dataset, target: float
) -> None:
    # 5.0 is below the base as well; 5.3 is above the base but below the estimate of 5.367.
    summary = summary_of(dataset, target_value=target)
    assert summary.status is ProgressStatus.MET
    assert summary.catch_up_growth is None


def test_the_catch_up_rises_while_the_trend_falls_short(dataset: Dataset) -> None:
    # The same target year, the estimate lower at a weaker ringgit: more still needed.
    at_default = summary_of(dataset).catch_up_growth
    weaker = summary_of(dataset, exchange_rate=4.5).catch_up_growth
    assert at_default is not None and weaker is not None
    assert weaker == pytest.approx((10 / (21.2 / 4.5 * 12 / 11)) ** (1 / 4) - 1, rel=1e-12)
    assert weaker > at_default


def test_in_the_json(dataset: Dataset) -> None:
    assert summary_of(dataset).as_json()["catch_up_growth"] == pytest.approx(
        (TARGET / LATEST) ** 0.25 - 1, rel=1e-12
    )
    assert summary_of(dataset, target_value=5.0).as_json()["catch_up_growth"] is None
    assert math.isfinite(summary_of(dataset, years_to_target=50).as_json()["catch_up_growth"])
