"""`trade-target export`: the chart (PNG or SVG) and/or the tables (CSV or XLSX), as the
window's export writes them; all the files or none."""

from __future__ import annotations

import argparse
import datetime

from trade_target.cli import outputs
from trade_target.cli.inputs import export_content
from trade_target.core.errors import InputError
from trade_target.core.files import csv_style
from trade_target.core.files.file_format import load_workbook
from trade_target.core.i18n import translate
from trade_target.core.numbers import parse_whole

COMMAND = "export"


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    scenario_options: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add `export` to the subparsers object `commands` (argparse's add_subparsers), with
    the options every scenario command takes (--scenario, --name, --rate, …)."""
    parser = commands.add_parser(
        COMMAND, parents=[scenario_options], help="write the chart and/or the tables"
    )
    parser.add_argument("--chart", metavar="FILE.png|FILE.svg", help="the chart, as PNG or SVG")
    parser.add_argument("--table", metavar="FILE.csv|FILE.xlsx", help="the tables")
    parser.add_argument("--width", type=str, help="width of a PNG chart in pixels (default: 1600)")
    parser.add_argument(
        "--csv-style",
        choices=csv_style.CHOICES,
        default=csv_style.AUTO,
        help="how a CSV table is written: comma (',' between fields, '.' before decimals), "
        "semicolon (';' between fields, ',' before decimals, as spreadsheets in Turkish "
        "read CSV) or auto (as spreadsheets in the --lang language read it; the default)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if args.chart is None and args.table is None:
        raise InputError("export", translate("Cli", "give --chart FILE and/or --table FILE."))
    width = 1600 if args.width is None else parse_whole(args.width, "width", "--width")
    given = (("--chart", args.chart), ("--table", args.table))
    named = [(option, path) for option, path in given if path is not None]
    outputs.check(named, [("--scenario", args.scenario)])
    content = export_content(args)
    drawn: list[outputs.Output] = []
    if args.chart is not None:
        outputs.headless_qt()
        from trade_target.render.chart_export import chart_file

        drawn.append(("--chart", args.chart, lambda: chart_file(args.chart, content, width)))
    if args.table is not None:
        from trade_target.core.files.table_export import table_file
        from trade_target.core.tables import export_contents

        pairs = []
        if args.scenario is not None:
            pairs = [(s, s.summary()) for s in load_workbook(args.scenario).scenarios]
        contents = export_contents(content.summary, content.dataset, pairs, datetime.date.today())
        style = csv_style.chosen(args.csv_style)
        drawn.append(("--table", args.table, lambda: table_file(args.table, *contents, style)))
    outputs.write_all(drawn)  # all or none: a refused table leaves no chart behind
    for _, path, _ in drawn:
        print(outputs.wrote(path))
    return 0
