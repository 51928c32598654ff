"""Entry point: `trade-target` opens the window; `trade-target summary …` stays on the terminal."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-psn"):  # macOS Finder adds -psn_… to app launches
        from .cli import main as cli_main

        return cli_main(args)
    from .ui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
