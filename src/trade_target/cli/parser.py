"""The command line: the same core as the window, for reports and scripts."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import IO, NoReturn

from trade_target import APP_NAME, version
from trade_target.cli import guard as cli_guard
from trade_target.cli import monthly as cli_monthly
from trade_target.cli import outputs as cli_outputs
from trade_target.cli import sensitivity as cli_sensitivity
from trade_target.cli import solve as cli_solve
from trade_target.core import limits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import load_default_dataset
from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.files import csv_style
from trade_target.core.files.file_format import load_workbook
from trade_target.core.i18n import number, percent_sign, translate
from trade_target.core.money import Currency
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.core.scenario import Summary
from trade_target.core.verdict import verdict_sentence
from trade_target.core.workbook import Scenario, Workbook, default_scenario_name

PROG = "trade-target"
LANGUAGES = ("en", "ms", "tr")
COMMANDS = ("summary", "report", "export", "solve", "sensitivity", "import-monthly")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        """As argparse's, but a failed write (help to a full disk) is raised, not ignored."""
        if message:
            (file or sys.stderr).write(message)


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
    parser.add_argument(  # also before the command, so `--lang xx` is blamed on --lang
        "--lang", dest="lang_first", choices=LANGUAGES, help="as --lang after the command"
    )
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
    export.add_argument(
        "--csv-style",
        choices=csv_style.CHOICES,
        default=csv_style.AUTO,
        help="how a CSV table is written: comma (',' between fields, '.' before decimals), "
        "semicolon (';' between fields, ',' before decimals, as spreadsheets in Turkish "
        "read CSV) or auto (as spreadsheets in the --lang language read it; the default)",
    )
    cli_solve.add_parser(commands)
    cli_sensitivity.add_parser(commands)
    cli_monthly.add_parser(commands, scenario_options)
    for command in commands.choices.values():  # every command speaks every language
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            help="the language of the text (and of the brief and the chart): en (English, "
            "the default), ms (Bahasa Melayu) or tr (Türkçe)",
        )
    return parser


def _percent(fraction: float) -> str:
    sign = "+" if fraction >= 0 else "-"
    return percent_sign(number(abs(fraction) * 100, 2), sign)


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
        scenario = Scenario.from_source(default_scenario_name(), load_default_dataset())
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
        print(limits.json_text({**named, **summary.as_json()}))
    else:
        cli_guard.show(verdict_sentence(summary, Currency.USD))  # the answer first, in words
        if name is not None:
            cli_guard.show(
                translate("Cli", "Scenario: “{name}” in {file}").format(
                    name=_printable(name), file=_printable(args.scenario)
                )
            )
        cli_guard.show(format_summary(summary))
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
    from trade_target.core.money import Currency
    from trade_target.render.chart_export import ChartContent
    from trade_target.render.charts.overlays import overlays_for, ticked_others

    scenario, workbook = _chosen_scenario(args)
    if workbook is None:
        return ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)
    index = workbook.names.index(scenario.name)
    workbook = workbook.replace_scenario(index, scenario).with_current(index)
    overlays = overlays_for(workbook, lambda other: other.summary())
    return ChartContent(
        scenario.summary(),
        scenario.dataset,
        workbook.display_currency,
        scenario.name,
        overlays,
        ticked_others(workbook),
    )


def run_report(args: argparse.Namespace) -> int:
    cli_outputs.check([("--out", args.out)], [("--scenario", args.scenario)])
    content = _content(args)
    _headless_qt()
    from trade_target.core.tables import extension_of
    from trade_target.render.brief import BRIEF_EXTENSIONS, brief_pdf

    extension_of(args.out, BRIEF_EXTENSIONS)
    cli_outputs.write_all([("--out", args.out, lambda: brief_pdf(content, datetime.date.today()))])
    print(_wrote(args.out))
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.chart is None and args.table is None:
        raise InputError("export", translate("Cli", "give --chart FILE and/or --table FILE."))
    width = 1600 if args.width is None else parse_whole(args.width, "width", "--width")
    given = (("--chart", args.chart), ("--table", args.table))
    outputs = [(option, path) for option, path in given if path is not None]
    cli_outputs.check(outputs, [("--scenario", args.scenario)])
    content = _content(args)
    drawn: list[cli_outputs.Output] = []
    if args.chart is not None:
        _headless_qt()
        from trade_target.render.chart_export import chart_file

        drawn.append(("--chart", args.chart, lambda: chart_file(args.chart, content, width)))
    if args.table is not None:
        from trade_target.core import tables

        pairs = []
        if args.scenario is not None:
            pairs = [(s, s.summary()) for s in load_workbook(args.scenario).scenarios]
        contents = tables.export_contents(
            content.summary, content.dataset, pairs, datetime.date.today()
        )
        style = csv_style.chosen(args.csv_style)
        drawn.append(
            ("--table", args.table, lambda: tables.table_file(args.table, *contents, style))
        )
    cli_outputs.write_all(drawn)  # all or none: a refused table leaves no chart behind
    for _, path, _ in drawn:
        print(_wrote(path))
    return 0


def _wrote(path: str) -> str:
    return translate("Cli", "Wrote {file}").format(file=_printable(path))


def _use_language(code: str) -> None:
    """Speak `code` (Qt's translators; English needs no Qt at all)."""
    if code == "en":
        return
    from trade_target import translations

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
    argv = list(sys.argv[1:] if argv is None else argv)
    unknown = cli_guard.unknown_command(argv, COMMANDS)
    if unknown is not None:
        cli_guard.say(PROG, unknown)
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except OSError as exc:  # --help or --version to a full standard output
        raise SystemExit(cli_guard.output_failed(PROG, exc)) from None
    try:
        status = _run(parser, args)
        sys.stdout.flush()
        return status
    except InputError as exc:
        print(f"{PROG}: error: {_one_line(exc.message)}", file=sys.stderr)
        return 2
    except TradeTargetError as exc:
        print(f"{PROG}: error: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`… | head`): what it read is all it wanted. Python's own
        # flush at exit would fail again on the closed pipe, so point stdout elsewhere.
        cli_guard.silence_stdout()
        return 0
    except OSError as exc:  # a full disk under the standard output (`> /dev/full`)
        return cli_guard.output_failed(PROG, exc)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """The chosen command, in the chosen language; the help without a command."""
    if args.command is not None:
        _use_language(args.lang or args.lang_first or "en")
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
    parser.print_help()
    return 0
