"""Entry point: `trade-target` opens the window; `trade-target summary …` stays on the terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _for_the_command_line(args: Sequence[str]) -> bool:
    """A subcommand, an option or any other word; only nothing, an existing file (opened
    from the desktop) or the -psn_… argument macOS adds to app launches open the window. A
    mistyped command or a missing file is told on the terminal, not met by a window, unless
    there is no terminal (a windowed launch): then the window says the file is missing."""
    first = args[0] if args else ""
    if not first or first.startswith("-psn"):
        return False
    if first.startswith("-"):
        return True
    if os.path.isfile(first):
        return False
    if sys.stderr is None:
        from trade_target.cli.parser import COMMANDS

        return first in COMMANDS
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _for_the_command_line(args):
        from trade_target.console import run_command_line

        return run_command_line(args)
    from trade_target.ui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
