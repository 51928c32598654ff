"""Solve for any one of base, target, years and growth, given the other three.

The same compound-growth relation T = B·(1+g)^N read four ways: the growth needed
(g = (T/B)^(1/N) − 1), the years needed (N = ln(T/B) / ln(1+g), fractional), the target a
growth reaches (T = B·(1+g)^N) and the base a target needs (B = T / (1+g)^N). An ask with
no answer (a falling value never rises to a higher target) is an InputError in words,
never infinity, a NaN or an arithmetic exception.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

from trade_target.core import growth as compound
from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, percent, translate
from trade_target.core.limits import AMOUNT_MOST, GROWTH_MOST
from trade_target.core.money import Currency

YEARS_MOST = 10_000.0
"""Years, given or worked out: past it an answer says nothing a brief could use."""

UNKNOWNS = ("base", "target", "years", "growth")
"""The four quantities, as the command line's options and InputError fields name them."""

_NAMES = {
    "base": QT_TRANSLATE_NOOP("Solve", "Base"),
    "target": QT_TRANSLATE_NOOP("Solve", "Target"),
    "years": QT_TRANSLATE_NOOP("Solve", "Years"),
    "growth": QT_TRANSLATE_NOOP("Solve", "Growth"),
}


@dataclass(frozen=True)
class Solution:
    """All four quantities, three as given and `unknown` worked out. Amounts are in one
    unit (billions of one currency); growth is a fraction a year (0.1397); years may be
    fractional."""

    base: float
    target: float
    years: float
    growth: float
    unknown: str

    def as_json(self) -> dict[str, float]:
        """The machine-readable answer of `trade-target solve --json`."""
        return {
            "base": self.base,
            "target": self.target,
            "years": self.years,
            "growth": self.growth,
        }


def solve(
    base: float | None, target: float | None, years: float | None, growth: float | None
) -> Solution:
    """The one quantity left as None, from the other three; InputError when there is none."""
    given = {"base": base, "target": target, "years": years, "growth": growth}
    missing = [name for name, value in given.items() if value is None]
    _check_count(len(given) - len(missing))
    for name, value in given.items():
        if value is not None:
            _check_value(name, value)
    unknown = missing[0]
    try:
        answer = _answer(base, target, years, growth)
    except InputError:
        raise
    except (ArithmeticError, ValueError) as exc:
        raise _too_far_apart(unknown) from exc
    _check_answer(unknown, answer)
    solved = {name: float(value) for name, value in given.items() if value is not None}
    solved[unknown] = float(answer)
    return Solution(
        base=solved["base"],
        target=solved["target"],
        years=solved["years"],
        growth=solved["growth"],
        unknown=unknown,
    )


def _answer(
    base: float | None, target: float | None, years: float | None, growth: float | None
) -> float:
    """The formula for whichever one is None (exactly one is)."""
    if growth is None and base is not None and target is not None and years is not None:
        return _growth_needed(base, target, years)
    if years is None and base is not None and target is not None and growth is not None:
        return _years_needed(base, target, growth)
    if target is None and base is not None and years is not None and growth is not None:
        return compound.value_at(base, growth, years)
    if base is None and target is not None and years is not None and growth is not None:
        return float(target / (1.0 + growth) ** years)
    raise AssertionError("exactly one of the four is None")


def name_of(quantity: str) -> str:
    """The quantity's name (Base, Target, Years or Growth) in the installed language."""
    return translate("Solve", _NAMES[quantity])


def explain(solution: Solution, currency: Currency = Currency.USD) -> str:
    """The answer in one sentence, amounts in billions of `currency`:
    "At +13.97 % a year, US$5.20 bn reaches US$10.00 bn in 5.00 years." """
    if solution.unknown == "years" and solution.base == solution.target:
        return translate(
            "Solve", "The base already equals the target, {amount}: it takes no time at all."
        ).format(amount=_money(solution.target, currency))
    return translate(
        "Solve", "At {growth} a year, {base} reaches {target} in {years} years."
    ).format(
        growth=percent(solution.growth),
        base=_money(solution.base, currency),
        target=_money(solution.target, currency),
        years=number(solution.years, 2),
    )


def _money(amount: float, currency: Currency) -> str:
    return translate("Solve", "{symbol}{amount} bn").format(
        symbol=currency.symbol, amount=number(amount, 2)
    )


def _check_count(count: int) -> None:
    if count == len(UNKNOWNS):
        raise InputError(
            "unknown",
            translate(
                "Solve",
                "All four of base, target, years and growth are given: "
                "leave out the one to solve for.",
            ),
        )
    if count < len(UNKNOWNS) - 1:
        raise InputError(
            "unknown",
            translate(
                "Solve",
                "Give three of base, target, years and growth to solve for the fourth; %n given.",
                None,
                count,
            ),
        )


def _check_value(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise InputError(
            name, translate("Solve", "{name}: enter a finite number.").format(name=name_of(name))
        )
    if name == "base" and value <= 0:
        raise InputError(name, translate("Solve", "The base must be more than zero."))
    if name == "target" and value <= 0:
        raise InputError(name, translate("Solve", "The target must be more than zero."))
    if name == "years" and value <= 0:
        raise InputError(name, translate("Solve", "The years must be more than zero."))
    if name == "growth" and value <= -1:
        raise InputError(
            name,
            translate(
                "Solve",
                "Growth must be more than {limit} a year: a fall of 100 % or more "
                "leaves nothing to grow from.",
            ).format(limit=percent(-1.0, 0)),
        )
    _check_range(name, value)


def _check_range(name: str, value: float) -> None:
    """A given value inside what the answers can be computed and shown with."""
    if name in ("base", "target") and value > AMOUNT_MOST:
        raise InputError(
            name,
            translate("Solve", "{name}: at most {most} billion.").format(
                name=name_of(name), most=number(AMOUNT_MOST, 0)
            ),
        )
    if name == "years" and value > YEARS_MOST:
        raise InputError(
            name,
            translate("Solve", "Years: at most {most}.").format(most=number(YEARS_MOST, 0)),
        )
    if name == "growth" and value > GROWTH_MOST:
        raise InputError(
            name,
            translate("Solve", "Growth: at most {most} a year.").format(
                most=percent(GROWTH_MOST, 0)
            ),
        )


def _growth_needed(base: float, target: float, years: float) -> float:
    """(T/B)^(1/N) − 1, through logarithms so that T/B itself cannot overflow."""
    return math.expm1((math.log(target) - math.log(base)) / years)


def _years_needed(base: float, target: float, growth: float) -> float:
    """ln(T/B) / ln(1+g), or an InputError saying why the target is never reached."""
    if target == base:
        return 0.0
    if growth == 0:
        raise InputError(
            "growth",
            translate(
                "Solve",
                "At 0 % growth the value stays at the base and never reaches the target.",
            ),
        )
    if growth > 0 and target < base:
        raise InputError(
            "growth",
            translate(
                "Solve",
                "At {growth} a year the value only rises, so it never falls to a target "
                "below the base.",
            ).format(growth=percent(growth)),
        )
    if growth < 0 and target > base:
        raise InputError(
            "growth",
            translate(
                "Solve",
                "At {growth} a year the value only falls, so it never rises to a target "
                "above the base.",
            ).format(growth=percent(growth)),
        )
    return (math.log(target) - math.log(base)) / math.log1p(growth)


def _check_answer(unknown: str, answer: float) -> None:
    """Values far enough apart overflow a float (or shrink to nothing): say so."""
    if unknown == "years" and not answer <= YEARS_MOST:  # infinite too, from a tiny growth
        raise InputError(
            "years",
            translate(
                "Solve",
                "At this growth the target takes more than {most} years to reach; "
                "try a larger growth.",
            ).format(most=number(YEARS_MOST, 0)),
        )
    if not math.isfinite(answer):
        raise _too_far_apart(unknown)
    if unknown == "growth" and answer <= -1:
        raise _too_far_apart(unknown)
    if unknown in ("base", "target") and answer <= 0:
        raise _too_far_apart(unknown)
    if unknown == "years" and answer < 0:
        raise _too_far_apart(unknown)
    if unknown == "growth" and answer > GROWTH_MOST:
        raise _too_far_apart(unknown)
    if unknown in ("base", "target") and not sys.float_info.min <= answer <= AMOUNT_MOST:
        raise _too_far_apart(unknown)  # below: a subnormal float, its digits already lost


def _too_far_apart(unknown: str) -> InputError:
    return InputError(
        unknown,
        translate(
            "Solve",
            "These values are too far apart to compute with; try fewer years or a smaller growth.",
        ),
    )
