"""A scenario: the user's inputs applied to the dataset, and everything derived from them."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any

from trade_target.core import annualise, growth, limits
from trade_target.core.annualise import Annualisation, Estimate
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
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
        }


def evaluate(
    dataset: Dataset, inputs: Inputs, method: Annualisation = Annualisation.RUN_RATE
) -> Summary:
    """Apply `inputs` to `dataset`: required growth, run-rate estimate, progress, trajectory.

    Inputs that pass their own checks can still be too far apart to compute with (a base of
    US$0.0000001 bn growing to a latest of 10 billion billion overflows a float within 50
    years; a rate of 1e-321 makes the latest figure infinite): that is an InputError naming
    the input to blame (core.limits), never an arithmetic exception, inf or NaN."""
    inputs.validate()
    return limits.checked(_evaluate, dataset, inputs, method)


def _evaluate(dataset: Dataset, inputs: Inputs, method: Annualisation) -> Summary:
    rate = inputs.exchange_rate
    base_fig, latest_fig, target_fig = dataset.base, dataset.latest, dataset.target
    assert base_fig.reported_currency and latest_fig.reported_currency
    assert target_fig.reported_currency and base_fig.year and latest_fig.year

    base_usd = convert(inputs.base_value, base_fig.reported_currency, Currency.USD, rate)
    target_usd = convert(inputs.target_value, target_fig.reported_currency, Currency.USD, rate)
    latest_partial_usd = convert(
        inputs.latest_value, latest_fig.reported_currency, Currency.USD, rate
    )
    estimate = annualise.estimate(
        method, dataset, latest_partial_usd, inputs.latest_months, base_usd, rate
    )
    latest_estimate_usd = estimate.value_usd

    base_year, latest_year = base_fig.year, latest_fig.year
    target_year = base_year + inputs.years_to_target
    required = growth.required_growth(base_usd, target_usd, inputs.years_to_target)
    observed = growth.growth_between(base_usd, latest_estimate_usd, latest_year - base_year)

    progress = growth.rate_progress(
        latest=latest_estimate_usd,
        target=target_usd,
        required=required,
        observed=observed,
        years_left=target_year - latest_year,
    )

    years_left = growth.years_to_reach(latest_estimate_usd, target_usd, observed)
    year_reached = growth.first_year_reached(latest_estimate_usd, latest_year, target_usd, observed)

    trajectory = tuple(
        TrajectoryRow(
            year=year,
            required_usd=required_usd,
            required_myr=required_usd * rate,
            trend_usd=trend_usd,
            trend_myr=trend_usd * rate,
        )
        for (year, required_usd), (_, trend_usd) in zip(
            growth.path(base_usd, required, base_year, target_year),
            growth.path(base_usd, observed, base_year, target_year),
            strict=False,
        )
    )
    return Summary(
        inputs=inputs,
        base_year=base_year,
        base_usd=base_usd,
        target_usd=target_usd,
        target_year=target_year,
        required_growth=required,
        latest_year=latest_year,
        latest_months=inputs.latest_months,
        latest_partial_usd=latest_partial_usd,
        latest_estimate_usd=latest_estimate_usd,
        observed_growth=observed,
        progress_ratio=progress.ratio,
        status=progress.status,
        years_to_reach_at_trend=years_left,
        year_reached_at_trend=year_reached,
        trajectory=trajectory,
        estimate=estimate,
        rated_against=progress.need,
        rated_on_catch_up=progress.on_catch_up,
    )
