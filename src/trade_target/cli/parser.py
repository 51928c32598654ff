"""The command line: the same core as the window, for reports and scripts.

The argument parser and the dispatch to the commands live here; each command (what it adds
to the parser, and what it runs) lives in its own module of this package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, NoReturn

from trade_target import APP_NAME, version
from trade_target.cli import (
    export,
    guard,
    monthly,
    outlook,
    report,
    sensitivity,
    solve,
    summary,
)
from trade_target.cli.guard import PROG, one_line
from trade_target.core.annualise import Annualisation
from trade_target.core.errors import InputError, TradeTargetError

LANGUAGES = ("en", "ms", "tr")
COMMANDS = ("summary", "report", "export", "solve", "sensitivity", "import-monthly", "outlook")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        """As argparse's, but a failed write (help to a full disk) is raised, not ignored."""
        if message:
            (file or sys.stderr).write(message)


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
    summary.add_parser(commands, scenario_options)
    report.add_parser(commands, scenario_options)
    export.add_parser(commands, scenario_options)
    solve.add_parser(commands)
    sensitivity.add_parser(commands)
    monthly.add_parser(commands, scenario_options)
    outlook.add_parser(commands, scenario_options)
    for command in commands.choices.values():  # every command speaks every language
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            help="the language of the text (and of the brief and the chart): en (English, "
            "the default), ms (Bahasa Melayu) or tr (Türkçe)",
        )
    return parser


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    unknown = guard.unknown_command(argv, COMMANDS)
    if unknown is not None:
        guard.say(PROG, unknown)
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except OSError as exc:  # --help or --version to a full standard output
        raise SystemExit(guard.output_failed(PROG, exc)) from None
    try:
        status = _run(parser, args)
        sys.stdout.flush()
        return status
    except InputError as exc:
        print(f"{PROG}: error: {one_line(exc.message)}", file=sys.stderr)
        return 2
    except TradeTargetError as exc:
        print(f"{PROG}: error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`… | head`): what it read is all it wanted. Python's own
        # flush at exit would fail again on the closed pipe, so point stdout elsewhere.
        guard.silence_stdout()
        return 0
    except OSError as exc:  # a full disk under the standard output (`> /dev/full`)
        return guard.output_failed(PROG, exc)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """The chosen command, in the chosen language; the help without a command."""
    if args.command is not None:
        _use_language(args.lang or args.lang_first or "en")
    if args.command == "summary":
        return summary.run(args)
    if args.command == "report":
        return report.run(args)
    if args.command == "export":
        return export.run(args)
    if args.command == "solve":
        return solve.run(args)
    if args.command == "sensitivity":
        return sensitivity.run(args)
    if args.command == "import-monthly":
        return monthly.run(args)
    if args.command == outlook.COMMAND:
        return outlook.run(args)
    parser.print_help()
    return 0
