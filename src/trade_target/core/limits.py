"""How far the numbers may go: every figure a summary holds is a finite number that a chart's
axis, a table, a CSV and a JSON file can show, or the inputs are refused with a message that
names the input most to blame.

Each input can pass its own check and still, with the others, make a figure that means
nothing: an exchange rate of 1e-321 RM per US$ turns RM21.2 bn into infinitely many dollars,
a base of 5e-324 bn makes the required growth infinite. Python's floats carry such values
quietly (inf, nan) until a chart's axis step or a JSON writer meets them, so the summary is
checked once, where it is made, and nothing out of range reaches a view or a file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace

from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, translate
from trade_target.core.money import Currency, convert
from trade_target.core.numbers import written
from trade_target.core.scenario import Inputs, Summary

GROWTH_MOST = 1e4
"""A year, as a fraction: 1,000,000 %. Beyond it a growth rate describes no trade."""
AMOUNT_MOST = 1e12
"""Billions, in either currency: ten million times any real bilateral trade, and still a
number an axis labels and a table column shows whole."""
AMOUNT_LEAST = 0.01
"""Billions: the smallest amount the app writes (to two decimals of a billion). An entered
amount below it would be shown as 0.00, and is a slip of the decimal mark or the unit."""
ORDINARY_RATE = 4.0
"""RM per US$: a rate inside every range the ringgit has traded in, to tell whether the rate
entered is what puts the figures out of range."""
ORDINARY_YEARS = 5
"""The default deadline, to tell whether a long one is what puts the trend out of range."""
HISTORY_MOST = 1000
"""Annual records a scenario may hold: three reports (Malaysia's, Türkiye's, an unnamed one)
of every year from 1900 to 2200 are 903. A longer list is no history, and a file holding one
is refused before its records are read."""

_AMOUNT_LABELS = {
    "target_value": QT_TRANSLATE_NOOP("Limits", "Target"),
    "base_value": QT_TRANSLATE_NOOP("Limits", "Base-year trade"),
    "latest_value": QT_TRANSLATE_NOOP("Limits", "Latest trade"),
}
_ROLES = {"target_value": "target", "base_value": "base", "latest_value": "latest"}

Evaluate = Callable[[Dataset, Inputs, Annualisation], Summary]


def out_of_range(summary: Summary) -> bool:
    """Whether any figure of `summary` is not finite, or past what a figure can mean."""
    rate = summary.exchange_rate
    amounts: list[float | None] = [
        summary.base_usd,
        summary.target_usd,
        summary.latest_partial_usd,
        summary.latest_estimate_usd,
    ]
    estimate = summary.estimate
    if estimate is not None:
        amounts += [estimate.value_usd, estimate.previous_same_usd, estimate.previous_full_usd]
    for row in summary.trajectory:
        amounts += [row.required_usd, row.trend_usd, row.required_myr, row.trend_myr]
    amounts += [value * rate for value in amounts if value is not None]
    growths = [summary.required_growth, summary.observed_growth, summary.rated_against]
    others = [summary.progress_ratio, summary.years_to_reach_at_trend]
    return not (
        _all_within([value for value in amounts if value is not None], 0.0, AMOUNT_MOST)
        and all(_within(value, -1.0, GROWTH_MOST) for value in growths)
        and all(_within(value, -math.inf, math.inf) for value in others)
    )


def _all_within(values: list[float], least: float, most: float) -> bool:
    """`_within` for each of `values`, at C speed (a file of 10,000 scenarios checks a
    million): a sum is finite only if every term is, or if it overflows, which takes terms
    far past `most`; min and max are then exact."""
    if not values:
        return True
    return math.isfinite(sum(values)) and least <= min(values) and max(values) <= most


def _within(value: float | None, least: float, most: float) -> bool:
    """Whether `value` is absent, or a finite number from `least` to `most`."""
    return value is None or (math.isfinite(value) and least <= value <= most)


def checked(evaluate: Evaluate, dataset: Dataset, inputs: Inputs, method: Annualisation) -> Summary:
    """`evaluate(dataset, inputs, method)`, or an InputError naming the input to blame when a
    figure would be infinite, undefined or out of range (or the sums overflow on the way)."""
    try:
        summary = evaluate(dataset, inputs, method)
    except InputError:
        raise
    except (ArithmeticError, ValueError):
        summary = None
    if summary is None or out_of_range(summary):
        raise _too_far_apart(evaluate, dataset, inputs, method)
    for field in _AMOUNT_LABELS:
        if getattr(inputs, field) < AMOUNT_LEAST:
            raise InputError(
                field,
                translate(
                    "Limits",
                    "{label}: {amount} billion is too small to compute with; enter at least "
                    "{least} billion, and check the decimal mark.",
                ).format(**_amount_named(inputs, field), least=number(AMOUNT_LEAST, 2)),
            )
    return summary


def _amount_named(inputs: Inputs, field: str) -> dict[str, str]:
    """The amount input `field` as its messages name it: its label and the value typed."""
    return {
        "label": translate("Limits", _AMOUNT_LABELS[field]),
        "amount": _amount_words(getattr(inputs, field)),
    }


def _amount_words(value: float) -> str:
    """As typed, if short (1e-321, 0.05); else to six digits (9.98013e-322 is what 1e-321
    is stored as, so the shortest form is the one the user wrote)."""
    text = repr(float(value))
    return written(text if len(text) <= 12 else f"{value:.6g}")


def _sane(evaluate: Evaluate, dataset: Dataset, inputs: Inputs, method: Annualisation) -> bool:
    try:
        return not out_of_range(evaluate(dataset, inputs, method))
    except (ArithmeticError, ValueError):  # InputError is one
        return False


def _too_far_apart(
    evaluate: Evaluate, dataset: Dataset, inputs: Inputs, method: Annualisation
) -> InputError:
    field = to_blame(evaluate, dataset, inputs, method)
    if field == "exchange_rate":
        message = translate(
            "Limits",
            "Exchange rate: at {rate} RM per US$ the figures are too far apart to compute the "
            "growth; check the rate and its decimal mark.",
        ).format(rate=_amount_words(inputs.exchange_rate))
    elif field == "years_to_target":
        years = inputs.years_to_target  # a plain name: lupdate skips a count that is an expression
        message = translate(
            "Limits",
            "Years to target: over %n year(s) the trend at the observed growth goes too far "
            "to compute; choose fewer years or check the figures.",
            None,
            years,
        )
    elif field == "annualisation":
        message = translate(
            "Limits",
            "Whole-year estimate: this estimate and the other figures are too far apart to "
            "compute the growth; check the monthly figures or choose another estimate.",
        )
    else:
        message = translate(
            "Limits",
            "{label}: {amount} billion and the other figures are too far apart to compute the "
            "growth; check the figures and the decimal mark.",
        ).format(**_amount_named(inputs, field))
    return InputError(field, message)


def to_blame(evaluate: Evaluate, dataset: Dataset, inputs: Inputs, method: Annualisation) -> str:
    """The input most to blame for figures out of range, by what would put them right:
    the rate (if an ordinary rate would), the estimate (if the run-rate would), an amount
    far from the other two, the years (if the default deadline would), else the amount
    farthest from the others."""
    if inputs.exchange_rate != ORDINARY_RATE and _sane(
        evaluate, dataset, replace(inputs, exchange_rate=ORDINARY_RATE), method
    ):
        return "exchange_rate"
    if method is not Annualisation.RUN_RATE and _sane(
        evaluate, dataset, inputs, Annualisation.RUN_RATE
    ):
        return "annualisation"
    field, distance = _odd_amount(dataset, inputs)
    if distance >= 1.0:  # ten times or a tenth of the other two's middle
        return field
    if inputs.years_to_target > ORDINARY_YEARS and _sane(
        evaluate, dataset, replace(inputs, years_to_target=ORDINARY_YEARS), method
    ):
        return "years_to_target"
    return field


def _odd_amount(dataset: Dataset, inputs: Inputs) -> tuple[str, float]:
    """The entered amount farthest from the middle one (in US$ at an ordinary rate, in
    powers of ten), and how far."""
    logs = {}
    for field, role in _ROLES.items():
        currency = getattr(dataset, role).reported_currency or Currency.USD
        value = convert(getattr(inputs, field), currency, Currency.USD, ORDINARY_RATE)
        logs[field] = math.log10(value) if value > 0 else -math.inf
    middle = sorted(logs.values())[1]
    field = max(logs, key=lambda name: _distance(logs[name], middle))
    return field, _distance(logs[field], middle)


def _distance(log: float, middle: float) -> float:
    if math.isinf(log) and math.isinf(middle) and log == middle:
        return 0.0
    return abs(log - middle)


def json_text(value: object, indent: int | None = 2) -> str:
    """`value` as JSON any reader takes. NaN and Infinity are not JSON: a figure that is not
    finite (which the checks above keep from being made) is refused, never written."""
    try:
        return json.dumps(value, indent=indent, allow_nan=False)
    except ValueError:
        raise TradeTargetError(
            translate("Limits", "A figure is not a finite number; nothing was written.")
        ) from None
