"""Growth arithmetic on annual values: required growth, paths, run-rates, progress.

Every function here is a plain formula from PRODUCT.md; scenario.py puts them together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate

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


REACH_TOLERANCE = 1e-12  # relative: float noise from a conversion is not a shortfall


def reaches(value: float, target: float) -> bool:
    """Whether `value` is at or above `target` (within float noise): the one test behind
    "met" and the year reached at trend, so the status and that year never disagree."""
    return value >= target * (1 - REACH_TOLERANCE)


def catch_up_growth(latest: float, target: float, years_left: int) -> float | None:
    """Growth still needed from `latest` to `target` in `years_left`: (T/L)^(1/n) − 1.

    None when no years are left (the target year is the latest year or earlier)."""
    if years_left < 1:
        return None
    return required_growth(latest, target, years_left)


def years_to_reach(current: float, target: float, growth: float) -> float | None:
    """Years until `current` reaches `target` at `growth`; None when it never does."""
    if reaches(current, target):
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
    while whole > 0 and reaches(value_at(current, growth, whole - 1), target):
        whole -= 1
    while not reaches(value_at(current, growth, whole), target):
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
    if target_met:
        return ProgressStatus.MET
    if ratio is None:
        raise ValueError("a ratio is needed unless the target is met")
    if ratio >= ON_TRACK_RATIO:
        return ProgressStatus.ON_TRACK
    if ratio >= ACCELERATION_RATIO:
        return ProgressStatus.NEEDS_ACCELERATION
    if ratio >= 0:
        return ProgressStatus.LIMITED_PROGRESS
    return ProgressStatus.MOVING_AWAY


@dataclass(frozen=True)
class Progress:
    """A rating and what it was rated on.

    `need` is the growth the observed growth was held against: the required growth, or,
    when the base year already reached the target, the catch-up growth from the latest value.
    `ratio` is observed ÷ need; both are None when nothing was rated (the target is met, or
    trade fell below a target that was reached with no year left to recover it)."""

    status: ProgressStatus
    ratio: float | None = None
    need: float | None = None
    on_catch_up: bool = False  # the need is the catch-up growth, not the required growth


def rate_progress(
    *,
    latest: float,
    target: float,
    required: float,
    observed: float,
    years_left: int,
) -> Progress:
    """Rate progress towards `target` (README, "The calculations").

    - Met only when the latest value reaches the target, whatever the base was.
    - Otherwise, with required growth above zero: R = observed ÷ required.
    - With required growth at or below zero (the base already reached the target) and the
      latest value below it: R = observed ÷ the catch-up growth from the latest value to the
      target by the target year. Trade has fallen, so R < 0: moving away. With no year left
      (`years_left` < 1) there is nothing to divide by: moving away, no ratio.
    """
    if reaches(latest, target):
        return Progress(ProgressStatus.MET)
    if required > 0:
        ratio = observed / required
        return Progress(progress_status(ratio, False), ratio, required)
    need = catch_up_growth(latest, target, years_left)
    if need is None:
        return Progress(ProgressStatus.MOVING_AWAY)
    ratio = observed / need
    return Progress(progress_status(ratio, False), ratio, need, on_catch_up=True)
