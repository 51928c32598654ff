"""Growth against the exchange rate, the break-even rate and the preset rates, checked
against the article's figures and formulas written out here."""

from __future__ import annotations

import math

import pytest

from trade_target.core import i18n, sensitivity
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.figure_edits import add_observation, edit_figure
from trade_target.core.money import Currency
from trade_target.core.scenario import RATE_MAX, Inputs

# The article's figures: US$5.2 bn in 2024, RM21.2 bn for Jan–Nov 2025, target US$10 bn.
BASE_USD = 5.2
JAN_NOV_MYR = 21.2
TARGET_USD = 10.0
ARTICLE_RATE = 21.2 / 4.92  # its own conversion, RM21.2 bn = US$4.92 bn
# A 2024 figure in ringgit, made up for these tests (the article gives none).
MADE_UP_2024_MYR = 23.7


def observed(rate: float) -> float:
    """One year from 2024 to the 2025 run-rate estimate: RM21.2 bn / rate × 12/11."""
    return (JAN_NOV_MYR / rate * 12 / 11 / BASE_USD) - 1


def required(years: int = 5) -> float:
    return (TARGET_USD / BASE_USD) ** (1 / years) - 1


def break_even(years: int = 5) -> float:
    """observed(r) = required: 21.2 × 12/11 / (5.2 r) = (10/5.2)^(1/N)."""
    return JAN_NOV_MYR * 12 / 11 / BASE_USD / (TARGET_USD / BASE_USD) ** (1 / years)


@pytest.fixture
def inputs(dataset: Dataset) -> Inputs:
    return Inputs.defaults(dataset)


def test_sweep_follows_the_formula_at_every_rate(dataset: Dataset, inputs: Inputs) -> None:
    points = sensitivity.sweep(dataset, inputs, 3.5, 5.0, steps=16)
    assert [point.rate for point in points] == pytest.approx([3.5 + 0.1 * i for i in range(16)])
    assert (points[0].rate, points[-1].rate) == (3.5, 5.0)
    for point in points:
        assert point.observed_growth == pytest.approx(observed(point.rate), rel=1e-12)
        assert point.required_growth == pytest.approx(required(), rel=1e-12)
        assert point.gap == pytest.approx(observed(point.rate) - required(), rel=1e-12)


def test_sweep_reproduces_the_worked_examples(dataset: Dataset, inputs: Inputs) -> None:
    at_article = sensitivity.sweep(dataset, inputs, ARTICLE_RATE, 5.0, steps=2)[0]
    assert at_article.observed_growth * 100 == pytest.approx(3.22, abs=0.005)
    assert at_article.required_growth * 100 == pytest.approx(13.97, abs=0.005)
    at_405 = sensitivity.sweep(dataset, inputs, 4.05, 5.0, steps=2)[0]
    assert at_405.observed_growth * 100 == pytest.approx(9.8, abs=0.05)


def test_sweep_uses_the_years_to_target(dataset: Dataset, inputs: Inputs) -> None:
    six = inputs.with_value("years_to_target", 6)
    for point in sensitivity.sweep(dataset, six, 3.5, 5.0, steps=4):
        assert point.required_growth == pytest.approx(required(6), rel=1e-12)
        assert point.required_growth * 100 == pytest.approx(11.51, abs=0.005)


@pytest.mark.parametrize(
    ("low", "high", "field", "words"),
    [
        (5.0, 3.5, "rate_range", "below the highest"),
        (4.0, 4.0, "rate_range", "below the highest"),
        (0.0, 5.0, "rate_from", "greater than zero"),
        (-1.0, 5.0, "rate_from", "greater than zero"),
        (math.nan, 5.0, "rate_from", "greater than zero"),
        (3.5, math.inf, "rate_to", "greater than zero"),
        (3.5, 431.0, "rate_to", "check the decimal mark"),
        (25.0, 30.0, "rate_from", "check the decimal mark"),
    ],
)
def test_a_bad_range_is_refused_with_a_message(
    dataset: Dataset, inputs: Inputs, low: float, high: float, field: str, words: str
) -> None:
    for attempt in (
        lambda: sensitivity.sweep(dataset, inputs, low, high),
        lambda: sensitivity.break_even_rate(dataset, inputs, low, high),
    ):
        with pytest.raises(InputError) as caught:
            attempt()
        assert caught.value.field == field
        assert words in caught.value.message
        assert caught.value.message.startswith("Range:")


def test_the_rate_limit_is_the_scenarios(dataset: Dataset, inputs: Inputs) -> None:
    points = sensitivity.sweep(dataset, inputs, RATE_MAX - 1, RATE_MAX, steps=2)
    assert points[-1].rate == RATE_MAX


@pytest.mark.parametrize("steps", [1, 0, 1002, True, 2.5])
def test_a_bad_step_count_is_refused(dataset: Dataset, inputs: Inputs, steps: object) -> None:
    with pytest.raises(InputError) as caught:
        sensitivity.sweep(dataset, inputs, 3.5, 5.0, steps=steps)  # type: ignore[arg-type]
    assert caught.value.field == "steps"


def test_a_range_message_speaks_the_installed_language(dataset: Dataset, inputs: Inputs) -> None:
    i18n.install(
        lambda context, text, _d, _n: f"«{text}»", lambda v, d: f"{v:.{d}f}".replace(".", ",")
    )
    try:
        with pytest.raises(InputError) as caught:
            sensitivity.sweep(dataset, inputs, 4.5, 3.5)
    finally:
        i18n.install(None)
    assert caught.value.message == "«Range: the lowest rate (4,5) must be below the highest (3,5).»"


@pytest.mark.parametrize("years", [4, 5, 6])
def test_break_even_is_the_closed_form(dataset: Dataset, inputs: Inputs, years: int) -> None:
    rate = sensitivity.break_even_rate(
        dataset, inputs.with_value("years_to_target", years), 3.0, 6.0
    )
    assert rate == pytest.approx(break_even(years), rel=1e-12)
    assert observed(rate) == pytest.approx(required(years), rel=1e-9)


def test_break_even_with_the_defaults_is_near_3_90(dataset: Dataset, inputs: Inputs) -> None:
    rate = sensitivity.break_even_rate(dataset, inputs, 3.5, 5.0)
    assert rate is not None
    assert round(rate, 3) == 3.902


def test_break_even_outside_the_range_is_none(dataset: Dataset, inputs: Inputs) -> None:
    assert sensitivity.break_even_rate(dataset, inputs, 4.0, 5.0) is None
    assert sensitivity.break_even_rate(dataset, inputs, 3.0, 3.9) is None
    assert sensitivity.break_even_rate(dataset, inputs, 3.9, 3.91) is not None


def test_break_even_when_the_rate_changes_nothing_is_none(dataset: Dataset, inputs: Inputs) -> None:
    # The latest figure in US$ as well (the same numbers): neither growth depends on the rate.
    in_dollars = edit_figure(dataset, dataset.latest_id, "reported_currency", "USD")
    assert sensitivity.break_even_rate(in_dollars, inputs, 0.5, 20) is None
    points = sensitivity.sweep(in_dollars, inputs, 3.5, 5.0, steps=3)
    assert [point.observed_growth for point in points] == pytest.approx(
        [21.2 * 12 / 11 / BASE_USD - 1] * 3, rel=1e-12
    )


def test_break_even_with_a_target_in_ringgit(dataset: Dataset) -> None:
    """Target RM43.09 bn: required growth moves too. 21.2 × 12/11 / (5.2 r) =
    (43.09 / (5.2 r))^(1/5) gives r⁴ = a⁵ / b with a = 21.2 × 12/11 / 5.2, b = 43.09 / 5.2."""
    target_myr = edit_figure(
        edit_figure(dataset, dataset.target_id, "reported_currency", "MYR"),
        dataset.target_id,
        "value",
        43.09,
    )
    inputs = Inputs.defaults(target_myr)
    assert sensitivity.required_depends_on_rate(target_myr)
    a, b = JAN_NOV_MYR * 12 / 11 / BASE_USD, 43.09 / BASE_USD
    expected = (a**5 / b) ** (1 / 4)
    rate = sensitivity.break_even_rate(target_myr, inputs, 3.5, 5.0)
    assert rate == pytest.approx(expected, rel=1e-12)
    at_rate = evaluate(target_myr, inputs.with_value("exchange_rate", rate))
    assert at_rate.observed_growth == pytest.approx(at_rate.required_growth, rel=1e-9)
    for point in sensitivity.sweep(target_myr, inputs, 3.5, 5.0, steps=5):
        assert point.required_growth == pytest.approx(
            (43.09 / point.rate / BASE_USD) ** (1 / 5) - 1, rel=1e-12
        )


def test_bisection_finds_the_closed_form_rate(dataset: Dataset, inputs: Inputs) -> None:
    # The estimates other than run-rate are solved this way.
    rate = sensitivity._bisected_break_even(dataset, inputs, 3.5, 5.0, None)
    assert rate == pytest.approx(break_even(), rel=1e-12)
    assert sensitivity._bisected_break_even(dataset, inputs, 4.0, 5.0, None) is None


def test_required_growth_is_flat_with_base_and_target_in_dollars(dataset: Dataset) -> None:
    assert not sensitivity.required_depends_on_rate(dataset)


# --- Preset rates -------------------------------------------------------------------------------


def presets(dataset: Dataset) -> dict[str, sensitivity.Preset]:
    return {preset.key: preset for preset in sensitivity.rate_presets(dataset)}


def test_the_article_rate_and_the_comparison_rate_are_offered(dataset: Dataset) -> None:
    found = presets(dataset)
    assert list(found) == ["article", "headline"]
    assert found["article"].rate == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert round(found["article"].rate, 4) == 4.3089
    assert found["headline"].rate == 4.05
    assert found["article"].words == found["article"].name == "Article's implied rate"


def test_the_base_year_rate_comes_with_the_base_years_figure_in_ringgit(
    dataset: Dataset,
) -> None:
    assert "base_year" not in presets(dataset)
    added = add_observation(
        dataset, value=MADE_UP_2024_MYR, reported_currency=Currency.MYR, year=2024, months=12
    )
    preset = presets(added)["base_year"]
    assert preset.rate == pytest.approx(MADE_UP_2024_MYR / 5.2, rel=1e-12)
    assert preset.year == 2024
    assert preset.words == "Rate of the 2024 figures"
    assert added.latest_id == dataset.latest_id, "a 2024 figure does not become the latest"


@pytest.mark.parametrize(
    ("currency", "year", "months"),
    [(Currency.USD, 2024, 12), (Currency.MYR, 2024, 11), (Currency.MYR, 2023, 12)],
)
def test_no_base_year_rate_without_a_full_year_pair(
    dataset: Dataset, currency: Currency, year: int, months: int
) -> None:
    added = add_observation(
        dataset, value=MADE_UP_2024_MYR, reported_currency=currency, year=year, months=months
    )
    assert "base_year" not in presets(added)


def test_no_article_rate_once_its_figure_is_edited(dataset: Dataset) -> None:
    edited = edit_figure(dataset, dataset.latest_id, "value", 22.0)
    assert list(presets(edited)) == ["headline"]


def test_preset_names_are_translated_with_the_year_filled_in(dataset: Dataset) -> None:
    added = add_observation(
        dataset, value=MADE_UP_2024_MYR, reported_currency=Currency.MYR, year=2024, months=12
    )
    i18n.install(lambda context, text, _d, _n: f"«{context}:{text}»")
    try:
        words = [preset.words for preset in sensitivity.rate_presets(added)]
    finally:
        i18n.install(None)
    assert words == [
        "«Sensitivity:Article's implied rate»",
        "«Sensitivity:Comparison rate»",
        "«Sensitivity:Rate of the 2024 figures»",
    ]
