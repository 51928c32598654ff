"""`trade-target solve`: give three of base, target, years and growth; get the fourth."""

from __future__ import annotations

import argparse

from trade_target.cli.guard import show
from trade_target.core import limits
from trade_target.core.errors import InputError
from trade_target.core.i18n import number, percent, translate
from trade_target.core.numbers import parse_decimal
from trade_target.core.solve import UNKNOWNS, Solution, explain, name_of, solve


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add `solve` to the subparsers object `commands` (argparse's add_subparsers)."""

    parser = commands.add_parser(
        "solve",
        help="give three of base, target, years and growth; get the fourth",
        description="Compound growth T = B·(1+g)^N: give three of --base, --target, --years "
        "and --growth and the fourth is worked out. Either decimal mark is read (4.5 or 4,5).",
    )
    parser.add_argument(
        "--base", metavar="B", help="the starting value, in US$ bn (the same unit as --target)"
    )
    parser.add_argument(
        "--target", metavar="T", help="the value to reach, in US$ bn (the same unit as --base)"
    )
    parser.add_argument(
        "--years", metavar="N", help="years from the base to the target; may be fractional"
    )
    parser.add_argument(
        "--growth",
        metavar="G",
        help="compound growth a year as a fraction: 0.1397 for 13.97 %%; -0.02 (or --growth=-0,02) "
        "for a 2 %% fall",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object with the keys base, target, years and growth",
    )
    return parser


def _read(text: str | None, field: str) -> float | None:
    """The option's number, or None when it was left out."""
    if text is None:
        return None
    option = f"--{field}"
    if field == "growth" and text.strip().endswith("%"):
        raise InputError(
            field,
            translate(
                "Solve", "{option} is a fraction, not a percentage: write 0.1397 for 13.97 %."
            ).format(option=option),
        )
    return parse_decimal(text, field, option)


def solution_of(args: argparse.Namespace) -> Solution:
    """The options read and solved; InputError when they are unreadable or have no answer."""
    values = {field: _read(getattr(args, field), field) for field in UNKNOWNS}
    return solve(values["base"], values["target"], values["years"], values["growth"])


def format_solution(solution: Solution) -> str:
    """The sentence, then the four values, one labelled a line; the solved one is marked."""
    shown = {
        "base": translate("Solve", "US${amount} bn").format(amount=number(solution.base, 4)),
        "target": translate("Solve", "US${amount} bn").format(amount=number(solution.target, 4)),
        "years": number(solution.years, 4),
        "growth": translate("Solve", "{percent} a year ({fraction} as a fraction)").format(
            percent=percent(solution.growth, 4), fraction=number(solution.growth, 6)
        ),
    }
    rows = [
        (translate("Solve", "{name}:").format(name=name_of(key)), shown[key]) for key in UNKNOWNS
    ]
    width = max(len(label) for label, _ in rows)
    lines = [explain(solution), ""]
    for key, (label, value) in zip(UNKNOWNS, rows, strict=True):
        solved = translate("Solve", "(solved)") if key == solution.unknown else ""
        lines.append(f"{label:<{width}} {value} {solved}".rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    solution = solution_of(args)
    if args.json:
        print(limits.json_text(solution.as_json()))
    else:
        show(format_solution(solution))
    return 0
