"""How the answer moves with the exchange rate: required and observed growth over a range
of rates, the rate at which they are equal, and the rates worth trying.

The latest figure is reported in ringgit, so its US$ value — and the observed growth built
on it — falls as the rate (RM per US$) rises; the base and the target are in US$, so the
required growth does not move at all. Both come from `evaluation.evaluate`, the same sums the
window shows, one rate at a time.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from fractions import Fraction

from trade_target.core import growth
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset, FigureKind
from trade_target.core.errors import DatasetError, InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.numbers import written
from trade_target.core.scenario import RATE_MAX, Inputs

DEFAULT_LOW, DEFAULT_HIGH = 3.5, 5.0
DEFAULT_STEPS = 31  # every 0.05 RM over the default range
STEPS_MIN, STEPS_MAX = 2, 1001

# 4.05 RM per US$ is not in the article: its only conversion is RM21.2 bn = US$4.92 bn
# (4.3089), and its 2024 and target figures are in US$ alone. 4.05 is the comparison rate of
# the product's worked example ("at 4.05 RM/US$ the same RM21.2 billion is US$5.23 billion
# for Jan–Nov, 5.71 annualised, +9.8 % observed growth") and of the example scenario
# "Deadline 2028 at RM4.05": a rounder, stronger ringgit to set beside the article's own.
HEADLINE_RATE = 4.05


@dataclass(frozen=True)
class RatePoint:
    """Growth rates (fractions a year) at one exchange rate (RM per US$)."""

    rate: float
    required_growth: float
    observed_growth: float

    @property
    def gap(self) -> float:
        """Observed minus required: negative is a shortfall."""
        return self.observed_growth - self.required_growth


# The presets' names, English, translated where shown ({year} is the base year).
PRESET_NAMES = {
    "article": QT_TRANSLATE_NOOP("Sensitivity", "Article's implied rate"),
    "headline": QT_TRANSLATE_NOOP("Sensitivity", "Comparison rate"),
    "base_year": QT_TRANSLATE_NOOP("Sensitivity", "Rate of the {year} figures"),
}


def preset_words(key: str, year: int | None = None) -> str:
    """A preset's name in the installed language, also for one the data cannot give yet."""
    return translate("Sensitivity", PRESET_NAMES[key]).format(year=year)


@dataclass(frozen=True)
class Preset:
    """A rate worth trying. `key` is one of PRESET_NAMES; `year` is the base year for the
    base year's own rate."""

    key: str
    rate: float
    year: int | None = None

    @property
    def name(self) -> str:
        """English, as marked for translation."""
        return PRESET_NAMES[self.key]

    @property
    def words(self) -> str:
        return preset_words(self.key, self.year)


# Each end's faults as whole sentences, so that translators see them whole.
_RANGE_FAULTS = {
    "rate_from": (
        QT_TRANSLATE_NOOP("Sensitivity", "Range: the lowest rate must be greater than zero."),
        QT_TRANSLATE_NOOP(
            "Sensitivity",
            "Range: the lowest rate, {rate} RM per US$, is far outside any real rate "
            "(at most {most}); check the decimal mark.",
        ),
    ),
    "rate_to": (
        QT_TRANSLATE_NOOP("Sensitivity", "Range: the highest rate must be greater than zero."),
        QT_TRANSLATE_NOOP(
            "Sensitivity",
            "Range: the highest rate, {rate} RM per US$, is far outside any real rate "
            "(at most {most}); check the decimal mark.",
        ),
    ),
}


def check_range(low: float, high: float) -> None:
    """Raise InputError unless 0 < low < high ≤ RATE_MAX, both finite numbers."""
    for field, value in (("rate_from", low), ("rate_to", high)):
        not_positive, too_high = _RANGE_FAULTS[field]
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value <= 0
        ):
            raise InputError(field, translate("Sensitivity", not_positive))
        if value > RATE_MAX:
            raise InputError(
                field,
                translate("Sensitivity", too_high).format(
                    rate=written(f"{value:g}"), most=written(f"{RATE_MAX:g}")
                ),
            )
    if low >= high:
        raise InputError(
            "rate_range",
            translate(
                "Sensitivity", "Range: the lowest rate ({low}) must be below the highest ({high})."
            ).format(low=written(f"{low:g}"), high=written(f"{high:g}")),
        )


def check_steps(steps: object) -> None:
    """Raise InputError unless `steps` is a whole number from STEPS_MIN to STEPS_MAX."""
    if isinstance(steps, bool) or not isinstance(steps, int) or not STEPS_MIN <= steps <= STEPS_MAX:
        raise InputError(
            "steps",
            translate("Sensitivity", "Steps: enter a whole number from {low} to {high}.").format(
                low=STEPS_MIN, high=STEPS_MAX
            ),
        )


def rates(low: float, high: float, steps: int = DEFAULT_STEPS) -> tuple[float, ...]:
    """`steps` evenly spaced rates from `low` to `high`, both ends included exactly."""
    check_range(low, high)
    check_steps(steps)
    last = steps - 1
    return tuple(low + (high - low) * i / last if i < last else high for i in range(steps))


def at_rate(
    dataset: Dataset, inputs: Inputs, rate: float, method: Annualisation | None = None
) -> RatePoint:
    """Required and observed growth at `rate`, everything else as in `inputs`."""
    moved = inputs.with_value("exchange_rate", rate)
    summary = evaluate(dataset, moved) if method is None else evaluate(dataset, moved, method)
    return RatePoint(rate, summary.required_growth, summary.observed_growth)


def sweep(
    dataset: Dataset,
    inputs: Inputs,
    low: float,
    high: float,
    steps: int = DEFAULT_STEPS,
    method: Annualisation | None = None,
) -> tuple[RatePoint, ...]:
    """Required and observed growth at `steps` rates from `low` to `high` (RM per US$).

    Only the rate changes; every other input is `inputs`', and the latest year is made a
    full year by `method` (run-rate when None), as the scenario does. InputError for a bad
    range or step count, or where the scenario itself cannot be computed at some rate."""
    return tuple(at_rate(dataset, inputs, rate, method) for rate in rates(low, high, steps))


def _rate_power(currency: Currency | None) -> int:
    """A value reported in `currency` is value × rate^power in US$: 0 for US$, −1 for RM."""
    return -1 if currency is Currency.MYR else 0


def break_even_rate(
    dataset: Dataset,
    inputs: Inputs,
    low: float,
    high: float,
    method: Annualisation | None = None,
) -> float | None:
    """The rate in [low, high] at which observed growth equals required growth, or None.

    With the run-rate estimate it is solved in closed form (`_run_rate_break_even`); the
    other estimates can draw on figures in either currency, so they are solved by bisection
    (the lowest such rate if there are several)."""
    check_range(low, high)
    if method is None or method is Annualisation.RUN_RATE:
        rate = _run_rate_break_even(dataset, inputs)
        return rate if rate is not None and low <= rate <= high else None
    return _bisected_break_even(dataset, inputs, low, high, method)


def _run_rate_break_even(dataset: Dataset, inputs: Inputs) -> float | None:
    """Each US$ value is its reported value × rate^p (p = 0 for US$, −1 for RM), so with
    E = latest × 12/months, B = base, T = target, n = latest year − base year and
    N = years to target, observed = required means (E/B)^(1/n) = (T/B)^(1/N), that is
        ln(rate) × ((pE − pB)/n − (pT − pB)/N) = ln(T0/B0)/N − ln(E0/B0)/n
    (T0, B0, E0 as reported). When the bracket is zero the two growths move together (or
    not at all), so no single rate makes them equal: None."""
    base, latest, target = dataset.base, dataset.latest, dataset.target
    assert base.year is not None and latest.year is not None
    n = latest.year - base.year
    big_n = inputs.years_to_target
    p_base = _rate_power(base.reported_currency)
    p_latest = _rate_power(latest.reported_currency)
    p_target = _rate_power(target.reported_currency)
    slope = Fraction(p_latest - p_base, n) - Fraction(p_target - p_base, big_n)
    if slope == 0:
        return None
    estimate = growth.annualise_run_rate(inputs.latest_value, inputs.latest_months)
    gap = (
        math.log(inputs.target_value / inputs.base_value) / big_n
        - math.log(estimate / inputs.base_value) / n
    )
    try:
        return math.exp(gap / float(slope))
    except OverflowError:
        return None


_BRACKETS = 200  # where the gap changes sign is first found on this many slices of the range
_HALVINGS = 60  # then halved this often: far below a float's spacing near 4


def _bisected_break_even(
    dataset: Dataset, inputs: Inputs, low: float, high: float, method: Annualisation | None
) -> float | None:
    """The lowest rate in [low, high] where observed − required changes sign, or None."""

    def gap(rate: float) -> float:
        return at_rate(dataset, inputs, rate, method).gap

    grid = rates(low, high, _BRACKETS + 1)
    left, left_gap = grid[0], gap(grid[0])
    for right in grid[1:]:
        if left_gap == 0:
            return left
        right_gap = gap(right)
        if right_gap == 0:
            return right
        if (left_gap < 0) != (right_gap < 0):
            for _ in range(_HALVINGS):
                middle = (left + right) / 2
                middle_gap = gap(middle)
                if middle_gap == 0:
                    return middle
                if (middle_gap < 0) == (left_gap < 0):
                    left, left_gap = middle, middle_gap
                else:
                    right = middle
            return (left + right) / 2
        left, left_gap = right, right_gap
    return None


def required_depends_on_rate(dataset: Dataset) -> bool:
    """Whether the required growth changes with the rate: only when the base and the target
    were reported in different currencies."""
    return dataset.base.reported_currency is not dataset.target.reported_currency


def rate_presets(dataset: Dataset) -> list[Preset]:
    """The rates the data itself suggests, plus the comparison rate 4.05.

    - the article's implied rate, from the figure it gives in both currencies (21.2 / 4.92);
    - HEADLINE_RATE (see its comment);
    - the base year's own rate, when the base year has a full-year figure in each currency
      (for 2024: the user added the 2024 figure in RM beside the article's US$5.2 bn)."""
    presets = []
    # Once the figure's value is edited, the article's conversion no longer applies.
    with contextlib.suppress(DatasetError):
        presets.append(Preset("article", dataset.implied_exchange_rate()))
    presets.append(Preset("headline", HEADLINE_RATE))
    paired = base_year_rate(dataset)
    if paired is not None:
        presets.append(Preset("base_year", paired, dataset.base.year))
    return presets


def base_year_rate(dataset: Dataset) -> float | None:
    """RM per US$ implied by the base year's full-year figure and another full-year figure
    of the same year in the other currency (the newest such figure), or None."""
    base = dataset.base
    if base.value is None or base.months != 12 or base.reported_currency is None:
        return None
    others = [
        figure
        for figure in dataset.figures
        if figure.id != base.id
        and figure.kind is FigureKind.MONEY
        and figure.year == base.year
        and figure.months == 12
        and figure.value is not None
        and figure.reported_currency is base.reported_currency.other
    ]
    if not others:
        return None
    other_value = others[-1].value
    assert other_value is not None
    if base.reported_currency is Currency.USD:
        return other_value / base.value
    return base.value / other_value
