"""The command line as a process: what it writes, and how it fails.

Windows writes a pipe or a file in the ANSI code page (cp1252 has no "ı"), and an exception
escaping the windowed executable makes PyInstaller's bootloader open a modal error box that
nobody at a terminal sees. So the command line writes UTF-8 whatever the console's code page,
and every failure ends as one line on stderr and an exit code.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

PROG = "trade-target"


def write_utf8() -> None:
    """Point stdout and stderr at UTF-8 (a windowed process without them has None there)."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors=errors)


def _say(line: str) -> None:
    """One line on stderr, if there is a stderr that still takes it."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):  # a closed pipe: nobody to tell
        print(line, file=sys.stderr, flush=True)


def run_command_line(args: Sequence[str]) -> int:
    """`trade-target COMMAND …`: the exit code, whatever goes wrong on the way."""
    try:
        write_utf8()
        from trade_target.cli.parser import main as cli_main

        return cli_main(list(args))
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted")
        return 130
    except Exception as exc:  # the last guard: cli.main tells the expected failures itself
        detail = " ".join(str(exc).split()) or type(exc).__name__
        _say(f"{PROG}: error: {detail}")
        return 1


def main() -> int:
    """The console executable's entry (packaging/launch_cli.py): always the command line."""
    return run_command_line(sys.argv[1:])
