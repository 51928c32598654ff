"""The exchange-rate panel's words: the caption under the chart (the chart's values in
sentences, for those who cannot see it and for a brief), what each preset button does, and
the gap written as signed percentage points."""

from __future__ import annotations

from trade_target.core import sensitivity
from trade_target.core.dataset import Dataset
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.render import formatting

_PRESET_DESCRIPTIONS = {
    "article": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to the one the article's own figures imply "
        "(RM21.2 bn = US$4.92 bn for January to November 2025).",
    ),
    "headline": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to {rate} RM per US$, a round comparison rate (the article "
        "itself gives no such rate).",
    ),
    "base_year": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to the one the base year's figures in RM and in US$ imply.",
    ),
}


def preset_description(key: str, rate: float) -> str:
    """What the preset button `key` does, setting the rate to `rate` (its tooltip)."""
    return translate("SensitivityPanel", _PRESET_DESCRIPTIONS[key]).format(
        rate=formatting.rate(rate)
    )


def how_to_get(key: str, dataset: Dataset) -> str:
    """What makes a preset the data cannot give yet available (a disabled button's tip)."""
    if key == "base_year":
        base = dataset.base
        other = (base.reported_currency or Currency.USD).other
        return translate(
            "SensitivityPanel",
            "To use the {year} rate, add the {year} figure in {symbol} for the full year "
            "with Add a figure…; the rate is then its value over the {year} figure's.",
        ).format(year=base.year, symbol=other.symbol)
    return translate(
        "SensitivityPanel",
        "The article's conversion no longer applies: the figure it was given for has been "
        "edited. Reset to the article's figures to use it again.",
    )


def caption(
    summary: Summary, dataset: Dataset, shown: tuple[float, float], break_even: float | None
) -> str:
    """The chart in sentences: the growth rates and the gap at the current rate, whether
    that rate is in the range `shown`, the break-even rate, and why the required line is
    flat when it is."""
    low, high = shown
    sentences = [
        translate(
            "SensitivityPanel",
            "At the current rate, {rate} RM per US$: required growth {required} a year, "
            "observed growth {observed} a year (a gap of {gap} percentage points).",
        ).format(
            rate=formatting.rate(summary.exchange_rate),
            required=formatting.percent(summary.required_growth),
            observed=formatting.percent(summary.observed_growth),
            gap=signed(summary.observed_growth - summary.required_growth),
        )
    ]
    if not low <= summary.exchange_rate <= high:
        sentences.append(
            translate("SensitivityPanel", "The current rate is outside the range shown.")
        )
    if break_even is None:
        sentences.append(
            translate(
                "SensitivityPanel",
                "Observed growth does not equal the required growth anywhere from {low} "
                "to {high} RM per US$.",
            ).format(low=formatting.rate(low), high=formatting.rate(high))
        )
    else:
        sentences.append(
            translate(
                "SensitivityPanel",
                "Break-even: observed growth equals the required growth at {rate} RM per US$.",
            ).format(rate=formatting.rate(break_even))
        )
    if not sensitivity.required_depends_on_rate(dataset):
        currency = dataset.base.reported_currency
        sentences.append(
            translate(
                "SensitivityPanel",
                "The required growth does not depend on the rate: the base and the target "
                "are both in {symbol}.",
            ).format(symbol=currency.symbol if currency else "")
        )
    return " ".join(sentences)


def signed(fraction: float) -> str:
    """A difference of growth rates in percentage points, with its sign: −10.75; what
    rounds to zero (at the break-even rate, about ±1e-17) is +0.00, never −0.00."""
    return formatting.signed_number(fraction * 100, 2)
