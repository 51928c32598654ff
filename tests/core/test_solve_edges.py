"""Solving at the edges: answers too large or too small to compute with name the quantity that
was asked for, limits are said with their numbers, and a base equal to the target is not
"no time at all" unless the years were asked for.

T = B·(1+g)^N; each case's arithmetic is in its comment.
"""

from __future__ import annotations

import sys

import pytest

from trade_target.core import solve
from trade_target.core.errors import InputError
from trade_target.core.limits import AMOUNT_MOST, GROWTH_MOST

TOO_FAR = "These values are too far apart to compute with; try fewer years or a smaller growth."


@pytest.mark.parametrize(
    ("base", "target", "years", "growth", "unknown"),
    [
        (1.0, None, 10_000.0, 10.0, "target"),  # 11^10000 overflows a float
        (1.0, None, 10.0, 100.0, "target"),  # 101^10 ≈ 1.1e20 bn, past 1e12
        (1.0, None, 1_000.0, -0.99, "target"),
        (1e12, None, 300.0, 9.0, "target"),  # 1e12 × 10^300 is infinite without an error
        (
            None,
            1e12,
            150.0,
            -0.99,
            "base",
        ),  # 1e12 / 0.01^150 = 1e12 / 1e-300: infinite  # 0.01^1000 is 0 in a float
        (1e9, 1e-9, 1.0, None, "growth"),  # 1e-18 − 1 rounds to −100 %
        (1.0, 1e9, 2.0, None, "growth"),  # √1e9 − 1 ≈ 31622 = 3,162,200 %, past 1e4
        (1.0, 1e9, 0.001, None, "growth"),  # (1e9)^1000 overflows
        (None, 1e9, 100.0, -0.99, "base"),  # 1e9 / 0.01^100 = 1e209 bn
        (None, 1e-9, 1_000.0, 10.0, "base"),  # 11^1000 overflows
        (None, 1e-9, 295.0, 10.0, "base"),  # 1e-9 / 11^295 ≈ 6e-317: subnormal, digits lost
    ],
)
def test_an_answer_too_far_out_names_the_unknown(
    base: float | None,
    target: float | None,
    years: float | None,
    growth: float | None,
    unknown: str,
) -> None:
    with pytest.raises(InputError) as refused:
        solve.solve(base, target, years, growth)
    assert (refused.value.field, refused.value.message) == (unknown, TOO_FAR)


def test_the_largest_amount_and_growth_are_still_answers() -> None:
    assert solve.solve(AMOUNT_MOST, None, 1.0, 0.0).target == AMOUNT_MOST
    assert solve.solve(1.0, None, 1.0, GROWTH_MOST).target == 1.0 + GROWTH_MOST
    # The smallest normal float is a base still (below it digits are lost).
    assert solve.solve(None, sys.float_info.min, 1.0, 0.0).base == sys.float_info.min
    # ln(2.718145926825225) / ln(1.0001) is 10000.0 exactly: the most years an answer may be.
    assert solve.solve(1.0, 2.718145926825225, None, 0.0001).years == 10_000.0


@pytest.mark.parametrize(
    ("base", "target", "years", "growth", "field", "message"),
    [
        (2 * AMOUNT_MOST, 1.0, 1.0, None, "base", "Base: at most 1000000000000 billion."),
        (1.0, 2 * AMOUNT_MOST, 1.0, None, "target", "Target: at most 1000000000000 billion."),
        (1.0, 1.0, 100_000.0, None, "years", "Years: at most 10000."),
        (1.0, 2.0, None, 2 * GROWTH_MOST, "growth", "Growth: at most +1000000 % a year."),
        (float("inf"), 1.0, 1.0, None, "base", "Base: enter a finite number."),
        (
            1.0,
            2.0,
            None,
            -1.0,
            "growth",
            "Growth must be more than −100 % a year: a fall of 100 % or more leaves nothing "
            "to grow from.",
        ),
        (
            5.2,
            4.0,
            None,
            0.05,
            "growth",
            "At +5.00 % a year the value only rises, so it never falls to a target below the base.",
        ),
        (
            1.0,
            2.0,
            None,
            1e-300,
            "years",
            "At this growth the target takes more than 10000 years to reach; try a larger growth.",
        ),
    ],
)
def test_limits_are_said_with_their_numbers(
    base: float | None,
    target: float | None,
    years: float | None,
    growth: float | None,
    field: str,
    message: str,
) -> None:
    with pytest.raises(InputError) as refused:
        solve.solve(base, target, years, growth)
    assert (refused.value.field, refused.value.message) == (field, message)


def test_a_base_equal_to_the_target_needs_no_growth() -> None:
    """Asked for the growth, not the years: 0 % over the five years given."""
    solution = solve.solve(5.2, 5.2, 5.0, None)
    assert solution.growth == 0.0
    assert (
        solve.explain(solution) == "At +0.00 % a year, US$5.20 bn reaches US$5.20 bn in 5.00 years."
    )
    assert solve.explain(solve.solve(5.2, 5.2, None, 0.1)) == (
        "The base already equals the target, US$5.20 bn: it takes no time at all."
    )
