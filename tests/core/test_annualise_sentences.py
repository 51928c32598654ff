"""What the annualisation says, word for word, and where its figures come from.

Amounts are chosen with a third decimal so that a sentence written with three decimals, or
without a value, reads differently. The article: 2024 US$5.2 bn (full year), Jan–Nov 2025
RM21.2 bn. The previous year's figures below are made up; each expected sum is written out.
"""

from __future__ import annotations

import pytest

from trade_target.core import annualise, figure_edits
from trade_target.core.annualise import Annualisation, Estimate
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.scenario import Inputs

RATE = 21.2 / 4.92
SAME = Estimate(Annualisation.SAME_PERIOD, 5.0, previous_same_usd=4.5012, previous_full_usd=5.2049)
TRAILING = Estimate(Annualisation.TRAILING_12, 5.4321, ttm_end=(2025, 3))


def test_run_rate_sentence() -> None:
    assert annualise.explanation(None, 4.9183, 11, 2025) == (
        "Run-rate: US$4.92 bn for 11 of 12 months × 12/11. Seasonality not corrected."
    )
    run_rate = Estimate(Annualisation.RUN_RATE, 4.9183 * 12 / 11)
    assert annualise.explanation(run_rate, 4.9183, 11, 2025) == annualise.explanation(
        None, 4.9183, 11, 2025
    )


def test_a_full_year_needs_no_estimate() -> None:
    assert annualise.explanation(None, 5.2, 12, 2024) == "2024 is a full-year figure."


def test_same_period_sentence() -> None:
    # 4.9183 / 4.5012 − 1 = 0.092664… → +9.27 %
    assert annualise.explanation(SAME, 4.9183, 11, 2025) == (
        "Same period: US$4.92 bn in 11 months of 2025 against US$4.50 bn in the same months "
        "of 2024 (+9.27 %), applied to 2024's US$5.20 bn. Seasonality cancels out."
    )


def test_trailing_twelve_months_sentence() -> None:
    assert annualise.explanation(TRAILING, 4.9183, 11, 2025) == (
        "Trailing twelve months: the twelve monthly figures to 2025-03 add up to US$5.43 bn."
    )


def test_short_words_for_a_legend() -> None:
    assert annualise.short_words(None, 11) == "run-rate, 11 of 12 months"
    assert annualise.short_words(Estimate(Annualisation.RUN_RATE, 5.0), 7) == (
        "run-rate, 7 of 12 months"
    )
    assert annualise.short_words(SAME, 11) == "same period a year earlier, 11 months"
    assert annualise.short_words(TRAILING, 11) == "twelve months to 2025-03"


def test_what_same_period_lacks_is_said_in_full(dataset: Dataset) -> None:
    assert annualise.unavailable(Annualisation.SAME_PERIOD, dataset, 11, RATE) == (
        "Same-period growth needs the previous year's figure for the same months: enter it on "
        "the latest figure (Figures table), or import monthly figures."
    )
    # With the latest figure in 2026, no full-year total of 2025 is known.
    later = figure_edits.edit_figure(dataset, dataset.latest_id, "year", 2026)
    assert annualise.unavailable(Annualisation.SAME_PERIOD, later, 11, RATE) == (
        "Same-period growth needs the full-year total of 2025, the year before the latest "
        "figure: add it as a figure, or import its twelve monthly figures."
    )
    with pytest.raises(InputError) as refused:
        annualise.estimate(Annualisation.SAME_PERIOD, later, 4.92, 11, 5.2, RATE)
    assert refused.value.field == "annualisation"
    assert "full-year total of 2025" in refused.value.message


def test_what_trailing_twelve_months_lacks_is_said_in_full(dataset: Dataset) -> None:
    assert annualise.unavailable(Annualisation.TRAILING_12, dataset, 11, RATE) == (
        "Trailing twelve months needs twelve consecutive monthly figures: import them "
        "(Monthly tab)."
    )
    assert annualise.unavailable(Annualisation.RUN_RATE, dataset, 11, RATE) is None


def test_the_methods_the_figures_allow(dataset: Dataset) -> None:
    assert annualise.available(dataset, 11, RATE) == [Annualisation.RUN_RATE]
    entered = figure_edits.edit_figure(dataset, dataset.latest_id, "previous_same_period", 19.0)
    assert annualise.available(entered, 11, RATE) == [
        Annualisation.RUN_RATE,
        Annualisation.SAME_PERIOD,
    ]
    # Jan–Nov 2024 month by month: the same months are there for 11, not for 12.
    monthly = figure_edits.with_monthly(
        dataset, [MonthlyFigure(2024, month, 1.5, Currency.MYR) for month in range(1, 12)]
    )
    assert Annualisation.SAME_PERIOD in annualise.available(monthly, 11, RATE)
    assert annualise.previous_same_period(monthly, 11, RATE) == pytest.approx(
        11 * 1.5 / RATE, rel=1e-12
    )
    assert annualise.previous_same_period(monthly, 12, RATE) is None


def test_a_previous_same_period_in_dollars_is_not_converted(dataset: Dataset) -> None:
    """The latest figure reported in US$ (US$4.92 bn), its previous same months US$4.40 bn:
    the estimate is 5.2 × 4.92 / 4.40 whatever the rate."""
    in_dollars = figure_edits.edit_figure(
        figure_edits.edit_figure(dataset, dataset.latest_id, "reported_currency", "USD"),
        dataset.latest_id,
        "value",
        4.92,
    )
    entered = figure_edits.edit_figure(in_dollars, dataset.latest_id, "previous_same_period", 4.4)
    assert annualise.previous_same_period(entered, 11, RATE) == 4.4
    found = annualise.estimate(Annualisation.SAME_PERIOD, entered, 4.92, 11, 5.2, RATE)
    assert found.value_usd == pytest.approx(5.2 * 4.92 / 4.4, rel=1e-12)


def test_same_period_applies_the_growth_to_the_base_as_entered(dataset: Dataset) -> None:
    """The base year's total is the input's (US$6.0 bn typed over the article's 5.2)."""
    entered = figure_edits.edit_figure(dataset, dataset.latest_id, "previous_same_period", 19.0)
    inputs = Inputs.defaults(entered).with_value("base_value", 6.0)
    summary = evaluate(entered, inputs, Annualisation.SAME_PERIOD)
    assert summary.latest_estimate_usd == pytest.approx(6.0 * 21.2 / 19.0, rel=1e-12)


def test_a_full_year_figure_of_the_previous_year_in_ringgit_is_converted(
    dataset: Dataset,
) -> None:
    """Latest in 2026; a 2025 full-year figure of RM23.0 bn is the previous year's total:
    US$23.0 / rate, times 21.2 / 19.0 (Jan–Nov 2026 over Jan–Nov 2025, both in RM)."""
    later = figure_edits.edit_figure(dataset, dataset.latest_id, "year", 2026)
    added = figure_edits.add_observation(
        later, value=23.0, reported_currency=Currency.MYR, year=2025, months=12
    )
    entered = figure_edits.edit_figure(added, later.latest_id, "previous_same_period", 19.0)
    assert entered.latest.year == 2026
    found = annualise.estimate(Annualisation.SAME_PERIOD, entered, 21.2 / RATE, 11, 5.2, RATE)
    assert found.previous_full_usd == pytest.approx(23.0 / RATE, rel=1e-12)
    assert found.value_usd == pytest.approx(23.0 / RATE * 21.2 / 19.0, rel=1e-12)
