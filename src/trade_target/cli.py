"""The command line: the same core as the window, for reports and scripts."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import NoReturn

from . import APP_NAME, cli_monthly, cli_sensitivity, cli_solve, version
from .core.annualise import Annualisation
from .core.dataset import load_default_dataset
from .core.errors import InputError, TradeTargetError
from .core.file_format import load_workbook
from .core.i18n import number, translate
from .core.numbers import parse_decimal, parse_whole
from .core.scenario import Summary
from .core.workbook import Scenario, Workbook

PROG = "trade-target"
LANGUAGES = ("en", "ms", "tr")
COMMANDS = ("summary", "report", "export", "solve", "sensitivity", "import-monthly")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _rate(text: str) -> float:
    return parse_decimal(text, "exchange_rate", "--rate")


def _years(text: str) -> int:
    return parse_whole(text, "years_to_target", "--years")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: is the US$10 billion Malaysia–Türkiye trade target reachable? "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version()}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    scenario_options = _Parser(add_help=False)
    scenario_options.add_argument(
        "--scenario",
        metavar="FILE",
        help="a .tradetarget file: use its current scenario (or the one --name gives)",
    )
    scenario_options.add_argument("--name", help="the scenario in --scenario FILE to use")
    scenario_options.add_argument(
        "--rate", type=str, help="exchange rate, RM per US$ (default: 4.3089, or the scenario's)"
    )
    scenario_options.add_argument(
        "--years", type=str, help="years from 2024 to the target (default: 5, or the scenario's)"
    )
    scenario_options.add_argument(
        "--annualise",
        choices=[method.value for method in Annualisation],
        help="how the latest part year is made a full year: run_rate (× 12/months), "
        "same_period (growth over the same months a year earlier; needs that figure) or "
        "trailing_12 (the last twelve monthly figures; needs them) — default: run_rate, or "
        "the scenario's",
    )
    summary = commands.add_parser(
        "summary",
        parents=[scenario_options],
        help="print the summary for the article's figures or a saved scenario",
    )
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    report = commands.add_parser(
        "report", parents=[scenario_options], help="write the one-page brief as a PDF"
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    export = commands.add_parser(
        "export", parents=[scenario_options], help="write the chart and/or the tables"
    )
    export.add_argument("--chart", metavar="FILE.png|FILE.svg", help="the chart, as PNG or SVG")
    export.add_argument("--table", metavar="FILE.csv|FILE.xlsx", help="the tables")
    export.add_argument("--width", type=str, help="width of a PNG chart in pixels (default: 1600)")
    cli_solve.add_parser(commands)
    cli_sensitivity.add_parser(commands)
    cli_monthly.add_parser(commands, scenario_options)
    for command in commands.choices.values():  # every command speaks every language
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            default="en",
            help="the language of the text (and of the brief and the chart): en (English, "
            "the default), ms (Bahasa Melayu) or tr (Türkçe)",
        )
    return parser


def _percent(fraction: float) -> str:
    sign = "+" if fraction >= 0 else "-"
    return f"{sign}{number(abs(fraction) * 100, 2)} %"


def _usd(amount: float, decimals: int = 2) -> str:
    return translate("Cli", "US${amount} bn").format(amount=number(amount, decimals))


def _reached(summary: Summary) -> str:
    if summary.year_reached_at_trend is None:
        return translate("Cli", "not at this trend")
    if not summary.years_to_reach_at_trend:
        return translate("Cli", "already reached in {year}").format(year=summary.latest_year)
    return translate("Cli", "{year} ({years} years from {latest})").format(
        year=summary.year_reached_at_trend,
        years=number(summary.years_to_reach_at_trend, 1),
        latest=summary.latest_year,
    )


def format_summary(summary: Summary) -> str:
    """The plain-text summary, one labelled figure a line, in the chosen language."""
    months = summary.latest_months
    ratio = (
        translate("Cli", "n/a")
        if summary.progress_ratio is None
        else number(summary.progress_ratio, 2)
    )
    rows = [
        (
            translate("Cli", "Exchange rate:"),
            translate("Cli", "{rate} RM per US$").format(rate=number(summary.exchange_rate, 4)),
        ),
        (translate("Cli", "Base ({year}):").format(year=summary.base_year), _usd(summary.base_usd)),
        (
            translate("Cli", "Target:"),
            translate("Cli", "{amount} by {year} ({years} years, an assumption)").format(
                amount=_usd(summary.target_usd),
                year=summary.target_year,
                years=summary.inputs.years_to_target,
            ),
        ),
        (translate("Cli", "Required annual growth:"), _percent(summary.required_growth)),
        (
            translate("Cli", "{year} estimate ({method}):").format(
                year=summary.latest_year, method=summary.annualisation.words
            ),
            translate("Cli", "{amount} ({months} of 12 months × 12/{months})").format(
                amount=_usd(summary.latest_estimate_usd, 3), months=months
            ),
        ),
        (translate("Cli", "Observed growth:"), _percent(summary.observed_growth)),
        (translate("Cli", "Progress ratio:"), ratio),
        (translate("Cli", "Status:"), summary.status.words),
        (translate("Cli", "Target reached at trend:"), _reached(summary)),
    ]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}} {value}" for label, value in rows)


def _saved_scenario(workbook: Workbook, path: str, name: str | None) -> Scenario:
    """The named scenario of the file at `path`, or its current one."""
    if name is None:
        return workbook.scenario
    if name not in workbook.names:
        listed = ", ".join(f"“{known}”" for known in workbook.names)
        raise InputError(
            "name",
            translate(
                "Cli", "“{path}” has no scenario “{name}”; its scenarios are {listed}."
            ).format(path=path, name=name, listed=listed),
        )
    return workbook.find(name)


def _chosen_scenario(args: argparse.Namespace) -> tuple[Scenario, Workbook | None]:
    """The scenario the options describe (and the file's workbook, if one was given)."""
    workbook = None
    if args.scenario is None:
        if args.name is not None:
            raise InputError(
                "name", translate("Cli", "--name picks a scenario of a file: give --scenario FILE.")
            )
        scenario = Scenario.from_source(translate("Cli", "Article figures"), load_default_dataset())
    else:
        workbook = load_workbook(args.scenario)
        scenario = _saved_scenario(workbook, args.scenario, args.name)
    if args.rate is not None:
        scenario = scenario.with_input("exchange_rate", _rate(args.rate))
    if args.years is not None:
        scenario = scenario.with_input("years_to_target", _years(args.years))
    if getattr(args, "annualise", None) is not None:
        scenario = replace(scenario, annualisation=Annualisation(args.annualise))
    scenario.summary()  # inputs too far apart to compute are refused here, as one line
    return scenario, workbook


def run_summary(args: argparse.Namespace) -> int:
    scenario, workbook = _chosen_scenario(args)
    summary = scenario.summary()
    name = None if workbook is None else scenario.name
    if args.json:
        named = {} if name is None else {"scenario": name}
        print(json.dumps({**named, **summary.as_json()}, indent=2))
    else:
        if name is not None:
            print(
                translate("Cli", "Scenario: “{name}” in {file}").format(
                    name=_printable(name), file=_printable(args.scenario)
                )
            )
        print(format_summary(summary))
    return 0


def _headless_qt() -> None:
    """Charts and PDFs are drawn with Qt, which needs an application object but no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([PROG])


def _content(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """What the window would export for these options: the scenario, and the file's other
    ticked scenarios on the chart, in the file's currency."""
    from .core.money import Currency
    from .ui.chart_export import ChartContent
    from .ui.plot_overlays import overlays_for

    scenario, workbook = _chosen_scenario(args)
    if workbook is None:
        return ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)
    index = workbook.names.index(scenario.name)
    workbook = workbook.replace_scenario(index, scenario).with_current(index)
    overlays = overlays_for(workbook, lambda other: other.summary())
    return ChartContent(
        scenario.summary(), scenario.dataset, workbook.display_currency, scenario.name, overlays
    )


def run_report(args: argparse.Namespace) -> int:
    content = _content(args)
    _headless_qt()
    from .ui.brief import save_brief

    save_brief(args.out, content, datetime.date.today())
    print(_wrote(args.out))
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.chart is None and args.table is None:
        raise InputError("export", translate("Cli", "give --chart FILE and/or --table FILE."))
    width = 1600 if args.width is None else parse_whole(args.width, "width", "--width")
    content = _content(args)
    if args.chart is not None:
        _headless_qt()
        from .ui.chart_export import save_chart

        save_chart(args.chart, content, width)
        print(_wrote(args.chart))
    if args.table is not None:
        from .core import tables

        pairs = []
        if args.scenario is not None:
            pairs = [(s, s.summary()) for s in load_workbook(args.scenario).scenarios]
        contents = tables.export_contents(
            content.summary, content.dataset, pairs, datetime.date.today()
        )
        tables.save_table(args.table, *contents)
        print(_wrote(args.table))
    return 0


def _wrote(path: str) -> str:
    return translate("Cli", "Wrote {file}").format(file=_printable(path))


def _use_language(code: str) -> None:
    """Speak `code` (Qt's translators; English needs no Qt at all)."""
    if code == "en":
        return
    from . import translations

    if not translations.use(code):
        raise TradeTargetError(
            f"the {translations.LANGUAGES[code]} translations are missing from this "
            "installation; reinstall Trade Target to get them."
        )


def _printable(text: str) -> str:
    """Text from a file or the command line, safe to print: no control characters, and no
    lone surrogates (undecodable bytes of a path) that would stop the print."""
    return "".join(char if char.isprintable() else " " for char in text)


def _one_line(message: str) -> str:
    return " ".join(_printable(message).split())


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is not None:
            _use_language(args.lang)
        if args.command == "summary":
            return run_summary(args)
        if args.command == "report":
            return run_report(args)
        if args.command == "export":
            return run_export(args)
        if args.command == "solve":
            return cli_solve.run(args)
        if args.command == "sensitivity":
            return cli_sensitivity.run(args)
        if args.command == "import-monthly":
            return cli_monthly.run(args)
    except InputError as exc:
        print(f"{PROG}: error: {_one_line(exc.message)}", file=sys.stderr)
        return 2
    except TradeTargetError as exc:
        print(f"{PROG}: error: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`… | head`): what it read is all it wanted. Python's own
        # flush at exit would fail again on the closed pipe, so point stdout elsewhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    parser.print_help()
    return 0
