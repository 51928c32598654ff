"""The verdict at its edges: one year early, a target equal to the base, an amount of zero.

The article: US$5.2 bn in 2024, RM21.2 bn for Jan–Nov 2025 at 21.2/4.92 RM per US$. At its
observed growth (+3.22 %/yr) trade reaches US$10 bn in 2045 (PRODUCT.md: 19.6 years after
2025).
"""

from __future__ import annotations

from typing import Any

from trade_target.core.dataset import Dataset
from trade_target.core.evaluation import evaluate
from trade_target.core.money import Currency
from trade_target.core.scenario import Inputs, Summary
from trade_target.core.verdict import Tone, amount, verdict, verdict_sentence

RATE = 21.2 / 4.92


def summary_of(dataset: Dataset, **changes: Any) -> Summary:
    inputs = Inputs.defaults(dataset)
    for field, value in changes.items():
        inputs = inputs.with_value(field, value)
    return evaluate(dataset, inputs)


def test_one_year_early_is_said(dataset: Dataset) -> None:
    """Target year 2024 + 22 = 2046; reached in 2045: one year early."""
    sentence = verdict_sentence(summary_of(dataset, years_to_target=22), Currency.USD)
    assert sentence.endswith("would reach US$10 bn in 2045, 1 year early.")


def test_a_target_equal_to_the_base_is_not_met_once_trade_falls_below(dataset: Dataset) -> None:
    """Target US$5.2 bn = the 2024 figure: no growth needed (0 %), yet RM18.0 bn for
    Jan–Nov 2025 is US$4.56 bn a year (18.0 / rate × 12/11), below it: moving away."""
    summary = summary_of(dataset, target_value=5.2, latest_value=18.0)
    assert summary.required_growth == 0
    shown = verdict(summary, Currency.USD)
    assert shown.sentence.startswith(
        "Moving away from the target: trade reached the US$5.2 bn target in 2024 but is falling"
    )
    assert f"US${18.0 / RATE * 12 / 11:.2f} bn (estimate)" in shown.sentence
    assert shown.tone is Tone.BAD


def test_an_amount_of_zero() -> None:
    assert amount(0.0, Currency.USD) == "US$0 bn"
    assert amount(0.0, Currency.MYR) == "RM0 bn"
