"""The break-even rate where the figures are in other currencies or years, the bisection's
own edges, and the range's messages word for word.

The article: US$5.2 bn in 2024, RM21.2 bn for Jan–Nov 2025, target US$10 bn in 5 years.
Other figures are made up; each expected rate is solved by hand in the docstring.
"""

from __future__ import annotations

import pytest

from trade_target.core import sensitivity
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.figure_edits import add_observation, edit_figure, with_monthly
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.scenario import Inputs

REQUIRED_FACTOR = (10 / 5.2) ** (1 / 5)  # 1 + required growth, 2024 → 2029


@pytest.mark.parametrize(
    ("low", "high", "field", "message"),
    [
        (0, 5, "rate_from", "Range: the lowest rate must be greater than zero."),
        ("4", 5, "rate_from", "Range: the lowest rate must be greater than zero."),
        (3.5, -1, "rate_to", "Range: the highest rate must be greater than zero."),
        (
            3.5,
            431,
            "rate_to",
            "Range: the highest rate, 431 RM per US$, is far outside any real rate (at most "
            "20); check the decimal mark.",
        ),
        (
            43.1,
            431,
            "rate_from",
            "Range: the lowest rate, 43.1 RM per US$, is far outside any real rate (at most "
            "20); check the decimal mark.",
        ),
        (5, 4.5, "rate_range", "Range: the lowest rate (5) must be below the highest (4.5)."),
    ],
)
def test_range_messages_word_for_word(low: object, high: object, field: str, message: str) -> None:
    with pytest.raises(InputError) as refused:
        sensitivity.check_range(low, high)  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.message) == (field, message)


def test_the_step_count_runs_from_2_to_1001() -> None:
    sensitivity.check_steps(2)
    sensitivity.check_steps(1001)
    with pytest.raises(InputError) as refused:
        sensitivity.check_steps(1002)
    assert refused.value.message == "Steps: enter a whole number from 2 to 1001."


def test_the_last_rate_is_the_high_end_exactly() -> None:
    # 0.24 + (3.6 − 0.24) is 3.6000000000000005 in floating point; the range ends at 3.6.
    assert 0.24 + (3.6 - 0.24) != 3.6
    low, middle, high = sensitivity.rates(0.24, 3.6, 3)
    assert (low, high) == (0.24, 3.6)
    assert middle == pytest.approx(1.92, rel=1e-15)


def monthly_2024_in_dollars(dataset: Dataset) -> Dataset:
    """Jan–Nov 2024 at US$0.45 bn a month: US$4.95 bn, the same months as the latest figure."""
    return with_monthly(
        dataset, [MonthlyFigure(2024, month, 0.45, Currency.USD) for month in range(1, 12)]
    )


def test_same_period_sweep_and_break_even(dataset: Dataset) -> None:
    """Same period: estimate = 5.2 × (21.2 / r) / 4.95, so observed = 21.2 / (4.95 r) − 1.
    It equals the required growth at r = 21.2 / (4.95 × (10/5.2)^(1/5))."""
    data = monthly_2024_in_dollars(dataset)
    inputs = Inputs.defaults(data)
    points = sensitivity.sweep(data, inputs, 3.5, 5.0, 4, Annualisation.SAME_PERIOD)
    assert [p.rate for p in points] == [3.5, 4.0, 4.5, 5.0]
    for point in points:
        assert point.observed_growth == pytest.approx(21.2 / (4.95 * point.rate) - 1, rel=1e-12)
        assert point.required_growth == pytest.approx(REQUIRED_FACTOR - 1, rel=1e-12)
    rate = sensitivity.break_even_rate(data, inputs, 3.5, 5.0, Annualisation.SAME_PERIOD)
    assert rate == pytest.approx(21.2 / (4.95 * REQUIRED_FACTOR), rel=1e-12)
    assert sensitivity.break_even_rate(data, inputs, 4.0, 5.0, Annualisation.SAME_PERIOD) is None


def test_break_even_in_the_first_slice_of_the_range(dataset: Dataset) -> None:
    """The rate 3.7578 lies in the first of the 200 slices of [3.757, 4.757]."""
    data = monthly_2024_in_dollars(dataset)
    expected = 21.2 / (4.95 * REQUIRED_FACTOR)
    low = expected - 0.0005
    rate = sensitivity.break_even_rate(
        data, Inputs.defaults(data), low, low + 1, Annualisation.SAME_PERIOD
    )
    assert rate == pytest.approx(expected, rel=1e-12)


def test_same_period_in_ringgit_on_both_sides_has_no_break_even(dataset: Dataset) -> None:
    """Jan–Nov 2024 entered as RM19.0 bn: the rate cancels out of the observed growth
    (21.2 / 19.0 − 1), and the required growth is in US$: the gap never changes sign."""
    data = edit_figure(dataset, dataset.latest_id, "previous_same_period", 19.0)
    inputs = Inputs.defaults(data)
    for point in sensitivity.sweep(data, inputs, 3.5, 5.0, 3, Annualisation.SAME_PERIOD):
        assert point.observed_growth == pytest.approx(21.2 / 19.0 - 1, rel=1e-12)
    assert sensitivity.break_even_rate(data, inputs, 1.0, 20.0, Annualisation.SAME_PERIOD) is None


def test_a_gap_of_zero_everywhere_breaks_even_at_the_low_end(dataset: Dataset) -> None:
    """Latest = target = US$10 bn for all of 2025, one year to go: observed and required
    growth are both 10/5.2 − 1 at every rate; the lowest rate of the range is returned."""
    data = edit_figure(dataset, dataset.latest_id, "reported_currency", "USD")
    data = edit_figure(data, data.latest_id, "value", 10.0)
    data = edit_figure(data, data.latest_id, "months", 12)
    inputs = Inputs(
        exchange_rate=4.0,
        years_to_target=1,
        target_value=10.0,
        base_value=5.2,
        latest_value=10.0,
        latest_months=12,
    )
    point = sensitivity.at_rate(data, inputs, 4.0)
    assert point.gap == 0
    assert sensitivity._bisected_break_even(data, inputs, 3.5, 5.0, None) == 3.5


def base_in_ringgit_latest_2026(dataset: Dataset) -> Dataset:
    """Base 2024 RM22.4 bn (made up), latest Jan–Nov 2026 RM21.2 bn, target US$10 bn."""
    data = edit_figure(dataset, dataset.base_id, "reported_currency", "MYR")
    data = edit_figure(data, data.base_id, "value", 22.4)
    return edit_figure(data, data.latest_id, "year", 2026)


def test_break_even_with_the_base_in_ringgit_two_years_apart(dataset: Dataset) -> None:
    """Observed over n = 2 years: (E/B)^(1/2) − 1 with E = 21.2 × 12/11 and B = 22.4, both
    in RM, so the rate cancels. Required: (10 r / 22.4)^(1/5) − 1. Equal at
    r = 2.24 × (E/B)^(5/2)."""
    data = base_in_ringgit_latest_2026(dataset)
    inputs = Inputs.defaults(data)
    expected = 2.24 * (21.2 * 12 / 11 / 22.4) ** 2.5
    assert sensitivity.break_even_rate(data, inputs, 1.0, 5.0) == pytest.approx(expected, rel=1e-12)
    assert sensitivity._bisected_break_even(data, inputs, 1.0, 5.0, None) == pytest.approx(
        expected, rel=1e-12
    )
    summary = evaluate(data, inputs.with_value("exchange_rate", expected))
    assert summary.observed_growth == pytest.approx(summary.required_growth, rel=1e-9)
    assert sensitivity.required_depends_on_rate(data)


def test_the_base_year_rate_with_the_base_in_ringgit(dataset: Dataset) -> None:
    """Base 2024 RM22.4 bn beside a 2024 figure of US$5.2 bn: 22.4 / 5.2 RM per US$."""
    data = edit_figure(dataset, dataset.base_id, "reported_currency", "MYR")
    data = edit_figure(data, data.base_id, "value", 22.4)
    paired = add_observation(data, value=5.2, reported_currency=Currency.USD, year=2024, months=12)
    assert sensitivity.base_year_rate(paired) == pytest.approx(22.4 / 5.2, rel=1e-12)


def test_no_base_year_rate_when_the_base_is_a_part_year(dataset: Dataset) -> None:
    part_year = edit_figure(dataset, dataset.base_id, "months", 11)
    paired = add_observation(
        part_year, value=22.4, reported_currency=Currency.MYR, year=2024, months=12
    )
    assert sensitivity.base_year_rate(paired) is None


@pytest.mark.parametrize("years", [5, 6])
def test_bisection_over_a_wide_range(dataset: Dataset, years: int) -> None:
    """Same period over 1–10 RM per US$: r = 21.2 / (4.95 × (10/5.2)^(1/N)). (With N = 6 the
    halving never lands on a rate where the gap is exactly zero: its last midpoint is it.)"""
    data = monthly_2024_in_dollars(dataset)
    inputs = Inputs.defaults(data).with_value("years_to_target", years)
    expected = 21.2 / (4.95 * (10 / 5.2) ** (1 / years))
    rate = sensitivity.break_even_rate(data, inputs, 1.0, 10.0, Annualisation.SAME_PERIOD)
    assert rate == pytest.approx(expected, rel=1e-12)


def test_break_even_with_the_latest_figure_two_years_after_the_base(dataset: Dataset) -> None:
    """Latest Jan–Nov 2026 RM21.2 bn, base 2024 US$5.2 bn: observed over n = 2 years is
    (E / (5.2 r))^(1/2) − 1 with E = 21.2 × 12/11; equal to the required growth at
    r = E / (5.2 × (10/5.2)^(2/5))."""
    data = edit_figure(dataset, dataset.latest_id, "year", 2026)
    inputs = Inputs.defaults(data)
    expected = 21.2 * 12 / 11 / (5.2 * (10 / 5.2) ** (2 / 5))
    assert sensitivity.break_even_rate(data, inputs, 1.0, 10.0) == pytest.approx(
        expected, rel=1e-12
    )
