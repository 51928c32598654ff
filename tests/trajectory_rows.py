"""The year-by-year table's row checked against PRODUCT.md's formulas, written out here: the
base grown at the required and at the observed growth, the gap between the two, each in US$
and, at the exchange rate, in RM billions. Tables and their CSV exports share the check."""

from __future__ import annotations

from collections.abc import Sequence

import pytest


def assert_trajectory_row(
    year: int,
    numbers: Sequence[float],
    *,
    base: float,
    base_year: int,
    required_growth: float,
    observed_growth: float,
    rate: float,
) -> None:
    """`numbers`, the row's six after its year: required, required in RM, at the observed
    trend, at the trend in RM, the gap (trend − required), the gap in RM."""
    required, required_rm, trend, trend_rm, gap, gap_rm = numbers
    expected_required = base * (1 + required_growth) ** (year - base_year)
    expected_trend = base * (1 + observed_growth) ** (year - base_year)
    assert required == pytest.approx(expected_required, rel=1e-12)
    assert required_rm == pytest.approx(expected_required * rate, rel=1e-12)
    assert trend == pytest.approx(expected_trend, rel=1e-12)
    assert trend_rm == pytest.approx(expected_trend * rate, rel=1e-12)
    assert gap == pytest.approx(expected_trend - expected_required, abs=1e-12)
    assert gap_rm == pytest.approx((expected_trend - expected_required) * rate, abs=1e-11)
