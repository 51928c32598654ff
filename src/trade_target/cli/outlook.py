"""`trade-target outlook --history FILE`: the chance of reaching the target, from the ups and
downs of an annual history, with the fan of likely values year by year.

The history is read as the window reads it (core.files.history_csv); rows that cannot be
read are listed on standard error with their line numbers and the others are used. A window
with too few year-on-year growths to say anything is one plain line and exit status 1: the
inputs are fine, the history is too short.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from typing import Any

from trade_target.cli.guard import PROG, one_line, printable, show
from trade_target.cli.inputs import chosen_scenario
from trade_target.core import history, limits
from trade_target.core.errors import InputError
from trade_target.core.files.history_csv import read_history_csv, skipped_words
from trade_target.core.history import AnnualRecord, TrendChoice, TrendMethod
from trade_target.core.i18n import number, percent_sign, translate
from trade_target.core.money import Currency
from trade_target.core.outlook import (
    HORIZON_YEARS,
    FanYear,
    Outlook,
    chance_words,
    outlook_for,
    outlook_sentence,
)
from trade_target.core.scenario import Summary
from trade_target.core.verdict import amount
from trade_target.core.workbook import Scenario

COMMAND = "outlook"
METHODS = {
    "compound": TrendMethod.COMPOUND,
    "log-linear": TrendMethod.LOG_LINEAR,
    "two-point": TrendMethod.TWO_POINT,
}
_WINDOW = re.compile(r"^\s*(\d{4})\s*[-–—:]\s*(\d{4})\s*$")
_QUANTILE_KEYS = ("q10", "q25", "q50", "q75", "q90")
# Fields whose errors mean the history cannot carry an outlook (not that an option is wrong).
_TOO_SHORT = ("history", "trend")


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    scenario_options: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add `outlook` to the subparsers object `commands` (argparse's add_subparsers), with
    the options every scenario command takes (--scenario, --name, --rate, …)."""
    parser = commands.add_parser(
        COMMAND,
        parents=[scenario_options],
        help="the chance of reaching the target, from an annual history of trade",
        description="The chance that trade reaches the target by the target year, from the "
        "mean and standard deviation of the year-on-year log growth over a window of an "
        "annual history (at least 5 growths), taking trade to move as a log-normal random "
        "walk from the latest estimate: P = 1 − Φ((ln(T/L) − nμ)/(σ√n)). Also the years the "
        "chance passes 50 % and 90 %, and the fan of likely values (10, 25, 50, 75 and 90 %) "
        "year by year. Rows of the history that cannot be read are listed on standard error "
        "with their line numbers; the others are used.",
    )
    parser.add_argument(
        "--history",
        metavar="FILE",
        help="a CSV of annual bilateral trade: UN Comtrade's data export, or two columns "
        "(year, value with its currency); without it, the history saved in --scenario FILE",
    )
    parser.add_argument(
        "--window",
        metavar="A-B",
        help="the years to take the volatility (and a compound or log-linear trend) over, "
        "such as 2015-2024 (default: the scenario's window, or the whole history)",
    )
    parser.add_argument(
        "--method",
        choices=sorted(METHODS),
        help="how the observed trend is taken: compound (growth between the window's ends), "
        "log-linear (a straight line fitted to the logarithm of the values) or two-point "
        "(base year to latest estimate) — default: the scenario's, or two-point",
    )
    parser.add_argument(
        "--reporter",
        choices=history.REPORTERS,
        help="whose report the sums use where both countries report the same trade: MYS "
        "(Malaysia) or TUR (Türkiye) — default: the scenario's, or Malaysia's",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def window_years(text: str) -> tuple[int, int]:
    """“2015-2024” → (2015, 2024); an InputError (field "window") for anything else."""
    match = _WINDOW.match(text)
    if match is None or int(match[1]) >= int(match[2]):
        raise InputError(
            "window",
            translate(
                "Cli",
                "--window takes two years, the first before the last, such as 2015-2024; "
                "“{text}” is not that.",
            ).format(text=printable(text)),
        )
    return int(match[1]), int(match[2])


def _trend(args: argparse.Namespace, kept: TrendChoice) -> TrendChoice:
    """The scenario's trend choice, changed by --window, --method and --reporter."""
    choice = kept
    if args.window is not None:
        first, last = window_years(args.window)
        choice = replace(choice, first_year=first, last_year=last)
    if args.method is not None:
        choice = replace(choice, method=METHODS[args.method])
    if args.reporter is not None:
        choice = replace(choice, reporter=args.reporter)
    return choice


def _history(args: argparse.Namespace, scenario: Scenario) -> tuple[AnnualRecord, ...]:
    """The records of --history FILE (its bad rows listed on standard error), or the
    scenario's own history."""
    if args.history is None:
        if not scenario.dataset.history:
            raise InputError("history", _needs_history())
        return scenario.dataset.history
    imported = read_history_csv(args.history)
    lines = []
    if imported.skipped:
        lines.append(skipped_words(imported.skipped))
    if imported.problems:
        count = len(imported.problems)
        lines.append(translate("Cli", "%n row(s) left out:", None, count))
        lines += [
            translate("Cli", "Line {line}: {message}").format(
                line=problem.line, message=one_line(problem.message)
            )
            for problem in imported.problems
        ]
    if lines:
        name = printable(os.path.basename(args.history))
        print(f"{PROG}: {name}: " + "\n".join(lines), file=sys.stderr)
    return tuple(imported.records)


def _checked_reporter(records: tuple[AnnualRecord, ...], choice: TrendChoice) -> None:
    """A --reporter the history does not have is said, not silently replaced."""
    present = history.reporters(records)
    if choice.reporter and records and choice.reporter not in present:
        listed = ", ".join(
            code or translate("Cli", "one that names no reporter") for code in present
        )
        raise InputError(
            "reporter",
            translate("Cli", "The history has no report by {reporter}; it has: {listed}.").format(
                reporter=choice.reporter, listed=listed
            ),
        )


def run(args: argparse.Namespace) -> int:
    scenario, _ = chosen_scenario(args)
    records = _history(args, scenario)
    choice = _trend(args, scenario.trend)
    _checked_reporter(records, choice)
    scenario = replace(scenario, dataset=replace(scenario.dataset, history=records), trend=choice)
    try:
        summary = scenario.summary()
        found = outlook_for(summary, scenario.dataset)
    except InputError as exc:
        if exc.field not in _TOO_SHORT:
            raise
        print(f"{PROG}: error: {one_line(exc.message)}", file=sys.stderr)
        return 1
    if found is None:  # the reader refuses a file without a year, so this is no history
        raise InputError("history", _needs_history())
    reporter = history.used_reporter(records, choice) or ""
    if args.json:
        print(limits.json_text(as_json(found, summary, reporter)))
    else:
        show(format_outlook(found, summary, reporter))
    return 0


def _needs_history() -> str:
    return translate(
        "Cli",
        "The outlook needs an annual history: give --history FILE (a CSV of annual bilateral "
        "trade).",
    )


def _percent(fraction: float) -> str:
    return percent_sign(number(abs(fraction) * 100, 2), "+" if fraction >= 0 else "-")


def _year(year: int | None) -> str:
    if year is None:
        return translate("Cli", "not within %n year(s)", None, HORIZON_YEARS)
    return str(year)


def _window_words(first: int, last: int, reporter: str, growths: int) -> str:
    """“2015–2024, Malaysia's report, 9 year-on-year growths”."""
    if reporter == history.MALAYSIA:
        text = translate(
            "Cli", "{first}–{last}, Malaysia's report, %n year-on-year growth(s)", None, growths
        )
    elif reporter == history.TURKIYE:
        text = translate(
            "Cli", "{first}–{last}, Türkiye's report, %n year-on-year growth(s)", None, growths
        )
    else:
        text = translate("Cli", "{first}–{last}, %n year-on-year growth(s)", None, growths)
    return text.format(first=first, last=last)


def format_outlook(found: Outlook, summary: Summary, reporter: str) -> str:
    """The window, μ and σ, the chance, the years it passes 50 % and 90 %, the fan, and the
    sentence the verdict ends with."""
    spread = found.volatility
    target = amount(summary.target_usd, Currency.USD)
    rows = [
        (
            translate("Cli", "Window:"),
            _window_words(spread.first_year, spread.last_year, reporter, spread.growths),
        ),
        (
            translate("Cli", "Mean log growth μ:"),
            translate("Cli", "{percent} a year").format(percent=_percent(spread.mean)),
        ),
        (
            translate("Cli", "Standard deviation σ:"),
            translate("Cli", "{percent} a year").format(
                percent=percent_sign(number(spread.deviation * 100, 2))
            ),
        ),
        (
            translate("Cli", "Observed growth:"),
            translate("Cli", "{growth} ({method})").format(
                growth=_percent(summary.observed_growth), method=summary.trend.method.words
            ),
        ),
        (
            translate("Cli", "From the {year} estimate:").format(year=summary.latest_year),
            translate("Cli", "US${amount} bn").format(
                amount=number(summary.latest_estimate_usd, 3)
            ),
        ),
        (
            translate("Cli", "Chance of {target} by {year}:").format(
                target=target, year=summary.target_year
            ),
            chance_words(found.chance),
        ),
        (translate("Cli", "The chance passes 50 % in:"), _year(found.year_half)),
        (translate("Cli", "The chance passes 90 % in:"), _year(found.year_most)),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}} {value}" for label, value in rows]
    lines += ["", translate("Cli", "Fan of likely values, US$ bn (the year's quantiles):")]
    lines += fan_table(found.fan)
    lines += ["", outlook_sentence(found, target, summary.target_year)]
    lines.append(
        translate(
            "Cli",
            "Assumptions: trade moves as a log-normal random walk from the latest estimate, "
            "its yearly log growth independent from year to year with the window's mean and "
            "(sample) standard deviation; the chance is of the target year's value reaching "
            "the target.",
        )
    )
    return "\n".join(lines)


def _quantiles(row: FanYear) -> tuple[float, ...]:
    """10, 25, 50, 75 and 90 % of one year's value (core.outlook.BANDS: 10–90, 25–75)."""
    (low10, high90), (low25, high75) = row.bands
    return (low10, low25, row.median, high75, high90)


def fan_table(fan: tuple[FanYear, ...]) -> list[str]:
    header = (translate("Cli", "Year"), *(percent_sign(str(q)) for q in (10, 25, 50, 75, 90)))
    rows = [(str(row.year), *(number(value, 3) for value in _quantiles(row))) for row in fan]
    widths = [max(len(row[column]) for row in (header, *rows)) for column in range(6)]
    return [
        "  ".join(text.rjust(width) for text, width in zip(row, widths, strict=True))
        for row in (header, *rows)
    ]


def as_json(found: Outlook, summary: Summary, reporter: str) -> dict[str, Any]:
    """The machine-readable outlook: growth and chances as fractions, amounts in US$ bn."""
    spread = found.volatility
    return {
        "reporter": reporter,
        "first_year": spread.first_year,
        "last_year": spread.last_year,
        "growths": spread.growths,
        "mean_log_growth": spread.mean,
        "log_growth_deviation": spread.deviation,
        "trend_method": summary.trend.method.value,
        "observed_growth": summary.observed_growth,
        "latest_year": summary.latest_year,
        "latest_estimate_usd": summary.latest_estimate_usd,
        "target_value_usd": summary.target_usd,
        "target_year": summary.target_year,
        "chance": found.chance,
        "year_chance_passes_50": found.year_half,
        "year_chance_passes_90": found.year_most,
        "fan": [
            {"year": row.year, **dict(zip(_QUANTILE_KEYS, _quantiles(row), strict=True))}
            for row in found.fan
        ],
    }
