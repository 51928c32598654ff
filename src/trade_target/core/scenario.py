"""A scenario: the user's inputs, their checks, and the summary of everything derived from them.

evaluation applies the inputs to the dataset and makes the summary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from trade_target.core import growth
from trade_target.core.annualise import Annualisation, Estimate
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.history import TrendChoice
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency, convert
from trade_target.core.numbers import written

YEARS_MIN, YEARS_MAX = 1, 50
RATE_MAX = 20.0  # four times any ringgit rate seen; catches "4,31" misread as 431
DEFAULT_YEARS_TO_TARGET = 5

# The words messages put in front of an input's fault, translated where a message is made.
_LABELS = {
    "exchange_rate": QT_TRANSLATE_NOOP("Scenario", "Exchange rate"),
    "target_value": QT_TRANSLATE_NOOP("Scenario", "Target"),
    "base_value": QT_TRANSLATE_NOOP("Scenario", "Base-year trade"),
    "latest_value": QT_TRANSLATE_NOOP("Scenario", "Latest trade"),
}


@dataclass(frozen=True)
class Inputs:
    """What the user may change. Amounts are billions in their figure's reported currency."""

    exchange_rate: float
    years_to_target: int
    target_value: float
    base_value: float
    latest_value: float
    latest_months: int

    @classmethod
    def defaults(cls, dataset: Dataset) -> Inputs:
        base, latest, target = dataset.base, dataset.latest, dataset.target
        assert base.value and latest.value and target.value and latest.months
        return cls(
            exchange_rate=dataset.implied_exchange_rate(),
            years_to_target=DEFAULT_YEARS_TO_TARGET,
            target_value=target.value,
            base_value=base.value,
            latest_value=latest.value,
            latest_months=latest.months,
        )

    def with_value(self, field: str, value: Any) -> Inputs:
        """A copy with one field changed, validated; raises InputError naming the field."""
        if field not in {f.name for f in fields(self)}:
            raise InputError(
                field, translate("Scenario", "Unknown input “{field}”.").format(field=field)
            )
        changed = replace(self, **{field: value})
        changed.validate()
        return changed

    def validate(self) -> None:
        _check_positive("exchange_rate", self.exchange_rate)
        if self.exchange_rate > RATE_MAX:
            raise InputError(
                "exchange_rate",
                translate(
                    "Scenario",
                    "Exchange rate: {rate} RM per US$ is far outside any real rate "
                    "(at most {most}); check the decimal mark.",
                ).format(rate=written(f"{self.exchange_rate:g}"), most=written(f"{RATE_MAX:g}")),
            )
        if (
            isinstance(self.years_to_target, bool)
            or not isinstance(self.years_to_target, int)
            or not YEARS_MIN <= self.years_to_target <= YEARS_MAX
        ):
            raise InputError(
                "years_to_target",
                translate(
                    "Scenario", "Years to target: enter whole years from {low} to {high}."
                ).format(low=YEARS_MIN, high=YEARS_MAX),
            )
        _check_positive("target_value", self.target_value)
        _check_positive("base_value", self.base_value)
        _check_positive("latest_value", self.latest_value)
        if (
            isinstance(self.latest_months, bool)
            or not isinstance(self.latest_months, int)
            or not 1 <= self.latest_months <= growth.MONTHS_IN_YEAR
        ):
            raise InputError(
                "latest_months",
                translate(
                    "Scenario", "Months covered: enter a whole number from {low} to {high}."
                ).format(low=1, high=growth.MONTHS_IN_YEAR),
            )


def _check_positive(field: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(
            field,
            translate("Scenario", "{label}: enter a finite number.").format(
                label=translate("Scenario", _LABELS[field])
            ),
        )
    if value <= 0:
        raise InputError(
            field,
            translate("Scenario", "{label}: must be greater than zero.").format(
                label=translate("Scenario", _LABELS[field])
            ),
        )


@dataclass(frozen=True)
class TrajectoryRow:
    year: int
    required_usd: float
    required_myr: float
    trend_usd: float
    trend_myr: float

    @property
    def gap_usd(self) -> float:
        """Trend minus required: negative is a shortfall against the path."""
        return self.trend_usd - self.required_usd

    @property
    def gap_myr(self) -> float:
        return self.trend_myr - self.required_myr


@dataclass(frozen=True)
class Summary:
    """Every number the app shows, derived from one dataset and one set of inputs."""

    inputs: Inputs
    base_year: int
    base_usd: float
    target_usd: float
    target_year: int
    required_growth: float
    latest_year: int
    latest_months: int
    latest_partial_usd: float
    latest_estimate_usd: float
    observed_growth: float
    progress_ratio: float | None
    status: growth.ProgressStatus
    years_to_reach_at_trend: float | None
    year_reached_at_trend: int | None
    trajectory: tuple[TrajectoryRow, ...]
    estimate: Estimate | None = None  # how the latest-year estimate was made (run-rate if None)
    # The growth the observed growth was rated against (progress_ratio = observed ÷ it): the
    # required growth, or the catch-up growth when the base already reached the target.
    rated_against: float | None = None
    rated_on_catch_up: bool = False
    # The growth still needed from the latest estimate to the target by the target year,
    # (T/L)^(1/(target year − latest year)) − 1; None when no year is left or it is met.
    catch_up_growth: float | None = None
    # How the observed growth was taken (core.history), and over which years of the
    # history when not from the base year to the latest estimate.
    trend: TrendChoice = field(default_factory=TrendChoice)
    trend_years: tuple[int, int] | None = None

    @property
    def annualisation(self) -> Annualisation:
        return Annualisation.RUN_RATE if self.estimate is None else self.estimate.method

    @property
    def exchange_rate(self) -> float:
        return self.inputs.exchange_rate

    def in_currency(self, usd: float, currency: Currency) -> float:
        return convert(usd, Currency.USD, currency, self.exchange_rate)

    def as_json(self) -> dict[str, Any]:
        """The machine-readable summary of `trade-target summary --json`."""
        return {
            "exchange_rate": self.exchange_rate,
            "base_year": self.base_year,
            "base_value_usd": self.base_usd,
            "target_value_usd": self.target_usd,
            "target_year": self.target_year,
            "years_to_target": self.inputs.years_to_target,
            "required_growth": self.required_growth,
            "latest_estimate_usd": self.latest_estimate_usd,
            "observed_growth": self.observed_growth,
            "progress_ratio": self.progress_ratio,
            "status": self.status.value,
            "year_reached_at_trend": self.year_reached_at_trend,
            "annualisation": self.annualisation.value,
            "catch_up_growth": self.catch_up_growth,
        }
