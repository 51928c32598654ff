"""Solving for any one of base, target, years and growth, against the formulas typed out
here and PRODUCT.md's worked example; every ask without an answer is an InputError in words."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from trade_target.core.errors import InputError
from trade_target.core.money import Currency
from trade_target.core.solve import explain, solve

BASE_2024 = 5.2
TARGET = 10.0

amounts = st.floats(min_value=0.1, max_value=1000.0)
spans = st.floats(min_value=1.0, max_value=50.0)  # amounts 1e4 apart: at most 999,900 % a year
growths = st.floats(min_value=-0.5, max_value=1.0).filter(lambda g: abs(g) > 1e-4)


# --- Each unknown against its formula -----------------------------------------------------------


def test_growth_needed_reproduces_the_worked_example() -> None:
    solution = solve(BASE_2024, TARGET, 5, None)
    assert solution.unknown == "growth"
    assert solution.growth * 100 == pytest.approx(13.97, abs=0.005)  # PRODUCT.md
    assert solution.growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)
    assert (solution.base, solution.target, solution.years) == (5.2, 10.0, 5.0)


@pytest.mark.parametrize(("years", "percent_in_product"), [(6, 11.51), (4, 17.76)])
def test_growth_needed_for_other_deadlines(years: int, percent_in_product: float) -> None:
    assert solve(BASE_2024, TARGET, years, None).growth * 100 == pytest.approx(
        percent_in_product, abs=0.005
    )


def test_growth_needed_for_fractional_years_and_a_fall() -> None:
    assert solve(4.0, 9.0, 2.0, None).growth == pytest.approx(0.5)
    assert solve(8.0, 2.0, 2.0, None).growth == pytest.approx(-0.5)
    assert solve(5.2, 10.0, 2.5, None).growth == pytest.approx((10 / 5.2) ** (1 / 2.5) - 1)


def test_years_needed_at_the_rounded_worked_growth_is_about_five() -> None:
    solution = solve(BASE_2024, TARGET, None, 0.1397)
    assert solution.unknown == "years"
    assert solution.years == pytest.approx(math.log(10 / 5.2) / math.log(1.1397), rel=1e-12)
    assert solution.years == pytest.approx(5, abs=0.005)


def test_years_needed_is_fractional() -> None:
    years = solve(5.2, 10.0, None, 0.05).years
    assert years == pytest.approx(math.log(10 / 5.2) / math.log(1.05), rel=1e-12)
    assert years == pytest.approx(13.40, abs=0.005)


def test_years_needed_for_a_fall_to_a_lower_target() -> None:
    years = solve(10.0, 5.2, None, -0.02).years
    assert years == pytest.approx(math.log(5.2 / 10) / math.log(0.98), rel=1e-12)
    assert years > 0


@pytest.mark.parametrize("growth", [0.0, 0.1, -0.1])
def test_a_target_equal_to_the_base_takes_no_time(growth: float) -> None:
    assert solve(5.2, 5.2, None, growth).years == 0


def test_target_reached_by_a_year() -> None:
    solution = solve(BASE_2024, None, 5, 0.1397)
    assert solution.unknown == "target"
    assert solution.target == pytest.approx(5.2 * 1.1397**5, rel=1e-12)
    assert solution.target == pytest.approx(10, abs=0.005)
    assert solve(10.0, None, 1.5, -0.2).target == pytest.approx(10 * 0.8**1.5)


def test_base_needed_for_a_target() -> None:
    solution = solve(None, TARGET, 5, 0.1397)
    assert solution.unknown == "base"
    assert solution.base == pytest.approx(10 / 1.1397**5, rel=1e-12)
    assert solution.base == pytest.approx(5.2, abs=0.005)


def test_the_answer_is_json_with_exactly_four_numbers() -> None:
    assert solve(5.2, 10, 5, None).as_json() == {
        "base": 5.2,
        "target": 10.0,
        "years": 5.0,
        "growth": pytest.approx((10 / 5.2) ** 0.2 - 1),
    }


# --- Round trips --------------------------------------------------------------------------------


@given(amounts, amounts, spans)
def test_growth_then_years_gives_the_years_back(base: float, target: float, years: float) -> None:
    growth = solve(base, target, years, None).growth
    # A flat line reaches its target at once or never: no years to give back. Near −100 %
    # a year, 1 + growth has too few digits left to give them back.
    assume(abs(growth) > 1e-6 and base != target and growth > -0.9)
    assert solve(base, target, None, growth).years == pytest.approx(years, rel=1e-6)


@given(amounts, spans, growths)
def test_target_then_base_gives_the_base_back(base: float, years: float, growth: float) -> None:
    assume(base * (1 + growth) ** years <= 1e12)  # past it, no amount means anything
    target = solve(base, None, years, growth).target
    assert target == pytest.approx(base * (1 + growth) ** years, rel=1e-9)
    assert solve(None, target, years, growth).base == pytest.approx(base, rel=1e-9)


@given(amounts, spans, growths)
def test_target_then_growth_gives_the_growth_back(base: float, years: float, growth: float) -> None:
    assume(base * (1 + growth) ** years <= 1e12)
    target = solve(base, None, years, growth).target
    assert solve(base, target, years, None).growth == pytest.approx(growth, rel=1e-6, abs=1e-9)


@given(amounts, amounts, spans)
def test_every_unknown_agrees_with_the_others(base: float, target: float, years: float) -> None:
    solution = solve(base, target, years, None)
    assume(solution.growth > -0.9)
    assert solution.base * (1 + solution.growth) ** solution.years == pytest.approx(
        solution.target, rel=1e-9
    )


# --- No answer, in words ------------------------------------------------------------------------


def refusal(*values: float | None) -> InputError:
    with pytest.raises(InputError) as caught:
        solve(*values)
    assert caught.value.message.strip()
    assert caught.value.message == str(caught.value)
    return caught.value


@pytest.mark.parametrize(
    ("base", "target", "growth", "words"),
    [
        (5.2, 10.0, 0.0, "never reaches"),
        (5.2, 10.0, -0.05, "never rises"),
        (10.0, 5.2, 0.05, "never falls"),
        (10.0, 5.2, 0.0, "never reaches"),
    ],
)
def test_a_target_never_reached_says_so(
    base: float, target: float, growth: float, words: str
) -> None:
    error = refusal(base, target, None, growth)
    assert error.field == "growth"
    assert words in error.message


def test_fewer_than_three_given() -> None:
    for values in [(5.2, 10.0, None, None), (5.2, None, None, None), (None, None, None, None)]:
        error = refusal(*values)
        assert error.field == "unknown"
        assert "Give three" in error.message
    assert "2 given" in refusal(None, 10.0, None, 0.1).message


def test_all_four_given() -> None:
    error = refusal(5.2, 10.0, 5, 0.1397)
    assert error.field == "unknown"
    assert "leave out the one to solve for" in error.message


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ((0.0, 10.0, 5.0, None), "base"),
        ((-5.2, 10.0, None, 0.1), "base"),
        ((5.2, 0.0, 5.0, None), "target"),
        ((None, -10.0, 5.0, 0.1), "target"),
        ((5.2, 10.0, 0.0, None), "years"),
        ((5.2, None, -1.0, 0.1), "years"),
        ((None, 10.0, 0.0, 0.1), "years"),
        ((5.2, 10.0, None, -1.0), "growth"),
        ((5.2, None, 5.0, -1.5), "growth"),
        ((5.2, math.inf, 5.0, None), "target"),
        ((math.nan, 10.0, 5.0, None), "base"),
    ],
)
def test_unusable_values_are_refused_by_name(values: tuple[float | None, ...], field: str) -> None:
    assert refusal(*values).field == field


@pytest.mark.parametrize(
    "values",
    [
        (1e-9, 1e12, 0.5, None),  # the growth is 1e42 a year
        (1e-300, 10.0, 5.0, None),  # the growth is 1e60 a year
        (5e-324, 10.0, 5.0, None),  # the growth overflows
        (1e12, None, 10_000, 1.0),  # the target overflows
        (None, 1e-9, 10_000, 1.0),  # the base shrinks to nothing
        (1.0, None, 10_000, -0.9),  # the target shrinks to nothing
    ],
)
def test_values_too_far_apart_are_refused_not_overflowed(values: tuple[float | None, ...]) -> None:
    assert "too far apart" in refusal(*values).message


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ((5.2, 1e300, 5.0, None), "target"),  # a million times world trade and more
        ((1e13, None, 5.0, 0.1), "base"),
        ((5.2, 10.0, 1e6, None), "years"),
        ((5.2, None, 5.0, 1e9), "growth"),  # 100,000,000,000 % a year
    ],
)
def test_values_past_any_meaning_are_refused_by_name(
    values: tuple[float | None, ...], field: str
) -> None:
    assert refusal(*values).field == field


@pytest.mark.parametrize("growth", [1e-300, 5e-324, 1e-12])
def test_a_growth_too_small_to_reach_the_target_in_any_horizon_says_so(growth: float) -> None:
    """ln(10/5.2) / ln(1 + 1e-12) is 6.5e11 years: an answer in words, not a 12-digit year."""
    problem = refusal(5.2, 10.0, None, growth)
    assert problem.field == "years"
    assert "more than 10000 years" in problem.message


# --- The sentence -------------------------------------------------------------------------------


def test_the_sentence_for_the_worked_example() -> None:
    assert explain(solve(5.2, 10, 5, None)) == (
        "At +13.97 % a year, US$5.20 bn reaches US$10.00 bn in 5.00 years."
    )


def test_the_sentence_for_a_fall_in_ringgit() -> None:
    solution = solve(20.0, 18.0, 2.0, None)
    assert solution.growth == pytest.approx(math.sqrt(0.9) - 1)
    assert explain(solution, Currency.MYR) == (
        "At \u22125.13 % a year, RM20.00 bn reaches RM18.00 bn in 2.00 years."
    )


def test_the_sentence_when_no_time_is_needed() -> None:
    text = explain(solve(5.2, 5.2, None, 0.1))
    assert "already equals the target" in text
    assert "US$5.20 bn" in text


def test_the_sentence_and_messages_are_translated() -> None:
    from trade_target.core import i18n

    def loud(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "«" + i18n._english(context, text, disambiguation, n) + "»"

    i18n.install(loud, lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    try:
        text = explain(solve(5.2, 10, 5, None), Currency.USD)
        assert text.startswith("«At +13,97 % a year")
        with pytest.raises(InputError) as caught:
            solve(5.2, 10.0, None, -0.05)
        assert caught.value.message.startswith("«At −5,00 %")
    finally:
        i18n.install(None)
