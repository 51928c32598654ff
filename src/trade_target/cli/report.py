"""`trade-target report --out FILE.pdf`: the one-page brief the window prints, as a PDF."""

from __future__ import annotations

import argparse
import datetime

from trade_target.cli import outputs
from trade_target.cli.inputs import export_content

COMMAND = "report"


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    scenario_options: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add `report` to the subparsers object `commands` (argparse's add_subparsers), with
    the options every scenario command takes (--scenario, --name, --rate, …)."""
    parser = commands.add_parser(
        COMMAND, parents=[scenario_options], help="write the one-page brief as a PDF"
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    return parser


def run(args: argparse.Namespace) -> int:
    outputs.check([("--out", args.out)], [("--scenario", args.scenario)])
    content = export_content(args)
    outputs.headless_qt()
    from trade_target.core.files.table_export import extension_of
    from trade_target.render.brief import BRIEF_EXTENSIONS, brief_pdf

    extension_of(args.out, BRIEF_EXTENSIONS)
    outputs.write_all([("--out", args.out, lambda: brief_pdf(content, datetime.date.today()))])
    print(outputs.wrote(args.out))
    return 0
