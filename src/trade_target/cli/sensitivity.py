"""`trade-target sensitivity`: required and observed growth over a range of exchange rates,
and the rate at which they are equal."""

from __future__ import annotations

import argparse

from trade_target.cli.guard import show
from trade_target.core import limits, sensitivity
from trade_target.core.dataset import Dataset
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.i18n import number, percent_sign, translate
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.core.scenario import Inputs
from trade_target.core.sensitivity import RatePoint

DEFAULT_CLI_STEPS = 16  # 3.5, 3.6, … 5.0: one row every 0.1 RM over the default range


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add `sensitivity` to the subparsers object `commands` (argparse's add_subparsers)."""
    parser = commands.add_parser(
        "sensitivity",
        help="required and observed growth over a range of exchange rates",
        description="Required and observed annual growth at each exchange rate from --from to "
        "--to (RM per US$), for the article's figures, and the break-even rate where the two "
        "are equal. Either decimal mark is read (4.5 or 4,5).",
    )
    parser.add_argument(
        "--from",
        dest="rate_from",
        metavar="R1",
        help=f"the lowest rate, RM per US$ (default: {sensitivity.DEFAULT_LOW})",
    )
    parser.add_argument(
        "--to",
        dest="rate_to",
        metavar="R2",
        help=f"the highest rate, RM per US$ (default: {sensitivity.DEFAULT_HIGH})",
    )
    parser.add_argument(
        "--steps",
        metavar="N",
        help=f"how many rates, both ends included ({sensitivity.STEPS_MIN} to "
        f"{sensitivity.STEPS_MAX}; default: {DEFAULT_CLI_STEPS})",
    )
    parser.add_argument("--years", metavar="N", help="years from 2024 to the target (default: 5)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects with the keys rate, required_growth and "
        "observed_growth (growth as fractions a year)",
    )
    return parser


def _signed(value: float, decimals: int = 2) -> str:
    sign = "+" if value >= 0 else "-"
    return f"{sign}{number(abs(value), decimals)}"


def _percent(fraction: float) -> str:
    return percent_sign(number(abs(fraction) * 100, 2), "+" if fraction >= 0 else "-")


def _rate(value: float) -> str:
    return number(value, 4)


def _chosen(args: argparse.Namespace) -> tuple[Dataset, Inputs, float, float, int]:
    """The article's figures and inputs (with --years), and the range the options give."""
    dataset = load_default_dataset()
    inputs = Inputs.defaults(dataset)
    if args.years is not None:
        inputs = inputs.with_value(
            "years_to_target", parse_whole(args.years, "years_to_target", "--years")
        )
    low = (
        sensitivity.DEFAULT_LOW
        if args.rate_from is None
        else parse_decimal(args.rate_from, "rate_from", "--from")
    )
    high = (
        sensitivity.DEFAULT_HIGH
        if args.rate_to is None
        else parse_decimal(args.rate_to, "rate_to", "--to")
    )
    steps = DEFAULT_CLI_STEPS if args.steps is None else _steps(args.steps)
    return dataset, inputs, low, high, steps


def _steps(text: str) -> int:
    value = parse_decimal(text, "steps", "--steps")
    if not value.is_integer():
        sensitivity.check_steps(value)  # refuses it, in the same words as any other count
    return int(value)


def format_table(points: tuple[RatePoint, ...]) -> str:
    """One row a rate: the rate, required and observed growth, and the gap between them."""
    header = (
        translate("Sensitivity", "Rate (RM per US$)"),
        translate("Sensitivity", "Required growth"),
        translate("Sensitivity", "Observed growth"),
        translate("Sensitivity", "Gap (percentage points)"),
    )
    rows = [
        (
            _rate(point.rate),
            _percent(point.required_growth),
            _percent(point.observed_growth),
            _signed(point.gap * 100),
        )
        for point in points
    ]
    widths = [max(len(row[column]) for row in (header, *rows)) for column in range(4)]
    return "\n".join(
        "  ".join(text.rjust(width) for text, width in zip(row, widths, strict=True))
        for row in (header, *rows)
    )


def break_even_line(rate: float | None, low: float, high: float) -> str:
    if rate is None:
        return translate(
            "Sensitivity",
            "Break-even rate: none from {low} to {high} RM per US$ (observed growth does not "
            "equal the required growth there).",
        ).format(low=_rate(low), high=_rate(high))
    return translate(
        "Sensitivity",
        "Break-even rate: {rate} RM per US$ (observed growth equals the required growth).",
    ).format(rate=_rate(rate))


def run(args: argparse.Namespace) -> int:
    dataset, inputs, low, high, steps = _chosen(args)
    points = sensitivity.sweep(dataset, inputs, low, high, steps)
    if args.json:
        print(
            limits.json_text(
                [
                    {
                        "rate": point.rate,
                        "required_growth": point.required_growth,
                        "observed_growth": point.observed_growth,
                    }
                    for point in points
                ]
            )
        )
        return 0
    base_year, latest = dataset.base.year, dataset.latest
    assert base_year is not None  # the dataset's roles are checked when it is read
    show(
        translate(
            "Sensitivity",
            "Growth a year at each exchange rate; target by {year} ({years} years, an "
            "assumption); observed growth from the {latest} run-rate estimate "
            "({months} of 12 months).",
        ).format(
            year=base_year + inputs.years_to_target,
            years=inputs.years_to_target,
            latest=latest.year,
            months=inputs.latest_months,
        )
    )
    show(format_table(points))
    show(break_even_line(sensitivity.break_even_rate(dataset, inputs, low, high), low, high))
    if not sensitivity.required_depends_on_rate(dataset):
        show(
            translate(
                "Sensitivity",
                "Required growth does not depend on the rate: the base and the target are "
                "both in {symbol}.",
            ).format(symbol=_symbol(dataset))
        )
    return 0


def _symbol(dataset: Dataset) -> str:
    currency = dataset.base.reported_currency
    return currency.symbol if currency is not None else ""
