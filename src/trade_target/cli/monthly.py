"""`trade-target import-monthly FILE`: read a CSV of monthly figures and check each year's
year-to-date total against the required pace of the scenario's path.

Rows that cannot be read are listed on standard output under their own heading, after the
figures, and the command succeeds if any month was read; a file with no readable month is
one error line and exit status 2, like any other bad input.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from trade_target.cli.guard import printable, show
from trade_target.cli.inputs import chosen_scenario
from trade_target.core import limits
from trade_target.core.files.monthly_csv import MonthlyImport, read_monthly_csv
from trade_target.core.i18n import number, translate
from trade_target.core.money import Currency
from trade_target.core.monthly.months import period_label
from trade_target.core.monthly.pace import (
    PaceCheck,
    cumulative_by_year,
    in_usd,
    pace_checks,
    pace_sentence,
    required_pace,
    trailing_twelve_months,
)
from trade_target.core.scenario import Summary

COMMAND = "import-monthly"


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    scenario_options: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add `import-monthly` to the subparsers object `commands` (argparse's add_subparsers),
    with the options every scenario command takes (--scenario, --name, --rate, …)."""

    parser = commands.add_parser(
        COMMAND,
        parents=[scenario_options],
        help="read a CSV of monthly trade figures and check them against the required pace",
        description="Read a CSV of monthly bilateral trade (a month column, a value column, "
        "the currency in a column or in the value's heading; values in billions unless a "
        "unit says otherwise) and compare each year's total from January with the required "
        "pace: the required value of the year × months/12. Rows that cannot be read are "
        "listed with their line numbers; the others are used.",
    )
    parser.add_argument("file", metavar="FILE", help="the CSV file of monthly figures")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def run(args: argparse.Namespace) -> int:
    scenario, _ = chosen_scenario(args)
    summary = scenario.summary()
    imported = read_monthly_csv(args.file)
    if args.json:
        print(limits.json_text(as_json(imported, summary, os.path.basename(args.file))))
    else:
        show(format_import(imported, summary, os.path.basename(args.file)))
    return 0


def required_by_year(summary: Summary) -> dict[int, float]:
    """The required value of each year of the scenario's path, in US$ bn."""
    return {row.year: row.required_usd for row in summary.trajectory}


def _money(value: float, currency: Currency, decimals: int = 2) -> str:
    return translate("Cli", "{symbol}{amount} bn").format(
        symbol=currency.symbol, amount=number(value, decimals)
    )


def format_import(imported: MonthlyImport, summary: Summary, name: str) -> str:
    """The figures, each year against its pace, the latest twelve months, the rows left out."""
    rate = summary.exchange_rate
    lines = [
        translate("Cli", "Monthly figures from {file}, at {rate} RM per US$:").format(
            file=printable(name), rate=number(rate, 4)
        )
    ]
    rows = [
        (
            period_label(figure.year, figure.month),
            _money(figure.value, figure.currency),
            _money(in_usd(figure, rate), Currency.USD, 3),
        )
        for figure in imported.figures
    ]
    header = (translate("Cli", "Month"), translate("Cli", "Reported"), Currency.USD.symbol)
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(3)]
    for row in [header, *rows]:
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    lines.append("")
    lines.append(translate("Cli", "Year to date against the required pace (required × months/12):"))
    for check in pace_checks(imported.figures, rate, required_by_year(summary)):
        lines.append(pace_sentence(check, Currency.USD, rate))
    latest = trailing_twelve_months(imported.figures, rate)
    if latest is not None:
        end_year, end_month, total = latest
        start_year, start_month = (
            (end_year, 1) if end_month == 12 else (end_year - 1, end_month + 1)
        )
        lines.append(
            translate("Cli", "Latest twelve months ({first}–{last}): {amount}").format(
                first=period_label(start_year, start_month),
                last=period_label(end_year, end_month),
                amount=_money(total, Currency.USD),
            )
        )
    if imported.problems:
        lines.append("")
        count = len(imported.problems)
        lines.append(translate("Cli", "%n row(s) left out:", None, count))
        for problem in imported.problems:
            lines.append(
                translate("Cli", "Line {line}: {message}").format(
                    line=problem.line, message=printable(problem.message)
                )
            )
    return "\n".join(lines)


def _check_json(check: PaceCheck, running: list[tuple[int, float]]) -> dict[str, Any]:
    pace = (
        []
        if check.required_year_usd is None or check.months == 0
        else required_pace(check.required_year_usd, check.months)
    )
    return {
        "year": check.year,
        "months": check.months,
        "cumulative_usd": check.cumulative_usd,
        "required_year_usd": check.required_year_usd,
        "required_pace_usd": check.pace_usd,
        "difference_usd": check.difference_usd,
        "difference_fraction": check.difference_fraction,
        "first_missing_month": check.first_missing,
        "by_month": [
            {"month": month, "cumulative_usd": total, "required_pace_usd": pace_usd}
            for (month, total), (_, pace_usd) in zip(running, pace, strict=True)
        ]
        if pace
        else [{"month": month, "cumulative_usd": total} for month, total in running],
    }


def as_json(imported: MonthlyImport, summary: Summary, name: str) -> dict[str, Any]:
    """The machine-readable import of `import-monthly --json`; amounts in billions."""
    rate = summary.exchange_rate
    latest = trailing_twelve_months(imported.figures, rate)
    running = cumulative_by_year(imported.figures, rate)
    return {
        "file": name,
        "exchange_rate": rate,
        "figures": [
            {
                "year": figure.year,
                "month": figure.month,
                "value": figure.value,
                "currency": figure.currency.value,
                "value_usd": in_usd(figure, rate),
            }
            for figure in imported.figures
        ],
        "years": [
            _check_json(check, running[check.year])
            for check in pace_checks(imported.figures, rate, required_by_year(summary))
        ],
        "trailing_twelve_months": None
        if latest is None
        else {"end_year": latest[0], "end_month": latest[1], "total_usd": latest[2]},
        "problems": [
            {"line": problem.line, "message": problem.message} for problem in imported.problems
        ],
    }
