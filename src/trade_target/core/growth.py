"""Growth arithmetic on annual values: required growth, paths, run-rates, progress.

Every function here is a plain formula from PRODUCT.md; scenario.py puts them together.
"""

from __future__ import annotations

import math
from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, translate

MONTHS_IN_YEAR = 12


def required_growth(base: float, target: float, years: int) -> float:
    """Compound annual growth taking `base` to `target` in `years`: (T/B)^(1/N) − 1 (RRI)."""
    if base <= 0 or target <= 0:
        raise ValueError("base and target must be positive")
    if years < 1:
        raise ValueError("years must be at least 1")
    return float((target / base) ** (1.0 / years) - 1.0)


def value_at(base: float, growth: float, years: float) -> float:
    """The value `years` after `base` at compound `growth` per year."""
    return float(base * (1.0 + growth) ** years)


def path(base: float, growth: float, base_year: int, end_year: int) -> list[tuple[int, float]]:
    """(year, value) for every calendar year from `base_year` to `end_year` inclusive."""
    return [
        (year, value_at(base, growth, year - base_year)) for year in range(base_year, end_year + 1)
    ]


def annualise_run_rate(partial_value: float, months_covered: int) -> float:
    """Scale a part-year total to twelve months at the same monthly pace (no seasonality)."""
    if not 1 <= months_covered <= MONTHS_IN_YEAR:
        raise ValueError("months_covered must be 1–12")
    return partial_value * MONTHS_IN_YEAR / months_covered


def growth_between(earlier: float, later: float, years: int = 1) -> float:
    """Compound annual growth from `earlier` to `later` over `years`."""
    return required_growth(earlier, later, years)


def years_to_reach(current: float, target: float, growth: float) -> float | None:
    """Years until `current` reaches `target` at `growth`; None when it never does."""
    if current >= target:
        return 0.0
    factor = 1.0 + growth  # the same factor value_at compounds, so the two agree
    if factor <= 1.0:
        return None
    return math.log(target / current) / math.log(factor)


def first_year_reached(
    current: float, current_year: int, target: float, growth: float
) -> int | None:
    """The first calendar year whose value at the trend is at least `target`, or None."""
    years = years_to_reach(current, target, growth)
    if years is None:
        return None
    whole = math.ceil(years - 1e-9)
    # Guard against floating error at an exact boundary: step until the value really reaches.
    while whole > 0 and value_at(current, growth, whole - 1) >= target:
        whole -= 1
    while value_at(current, growth, whole) < target * (1 - 1e-12):
        whole += 1
    return current_year + whole


class ProgressStatus(str, Enum):
    """Ratings used by official goal trackers, from observed ÷ required growth."""

    MET = "met"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    MOVING_AWAY = "moving_away"

    @property
    def words(self) -> str:
        """The rating as the window, the exports and the command line say it."""
        return translate("Growth", _STATUS_WORDS[self])


_STATUS_WORDS = {
    ProgressStatus.MET: QT_TRANSLATE_NOOP("Growth", "Target met"),
    ProgressStatus.ON_TRACK: QT_TRANSLATE_NOOP("Growth", "On track"),
    ProgressStatus.NEEDS_ACCELERATION: QT_TRANSLATE_NOOP("Growth", "Needs acceleration"),
    ProgressStatus.LIMITED_PROGRESS: QT_TRANSLATE_NOOP("Growth", "Limited progress"),
    ProgressStatus.MOVING_AWAY: QT_TRANSLATE_NOOP("Growth", "Moving away from the target"),
}

ON_TRACK_RATIO = 0.95
ACCELERATION_RATIO = 0.60


def progress_status(ratio: float | None, target_met: bool) -> ProgressStatus:
    """Rate progress: met; R ≥ 0.95 on track; 0.60–0.95 acceleration; 0–0.60 limited; < 0 away."""
    if target_met or ratio is None:
        return ProgressStatus.MET
    if ratio >= ON_TRACK_RATIO:
        return ProgressStatus.ON_TRACK
    if ratio >= ACCELERATION_RATIO:
        return ProgressStatus.NEEDS_ACCELERATION
    if ratio >= 0:
        return ProgressStatus.LIMITED_PROGRESS
    return ProgressStatus.MOVING_AWAY
