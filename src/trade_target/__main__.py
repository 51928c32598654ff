"""Entry point: `trade-target` opens the window; `trade-target summary …` stays on the terminal."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _for_the_command_line(args: Sequence[str]) -> bool:
    """A subcommand or an option; anything else (a file opened from the desktop, or the
    -psn_… argument macOS adds to app launches) belongs to the window."""
    from .cli import COMMANDS

    first = args[0] if args else ""
    return first in COMMANDS or (first.startswith("-") and not first.startswith("-psn"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _for_the_command_line(args):
        from .cli import main as cli_main

        return cli_main(args)
    from .ui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
