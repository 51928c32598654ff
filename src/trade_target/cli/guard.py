"""What the command line says when the words or the terminal go wrong, in one line.

A mistyped command is named with the command it resembles, instead of opening the window or
listing every choice; a full or closed standard output (`> /dev/full`, a terminal that went
away) is one line on standard error and exit status 1, never a traceback.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import sys
from collections.abc import Sequence

from trade_target.core.i18n import WORD_JOINER, translate

PROG = "trade-target"  # the name every message of the command line begins with

# Options of the top-level parser that take a value: the command comes after that value.
_OPTIONS_WITH_VALUE = ("--lang",)


def printable(text: str) -> str:
    """Text from a file or the command line, safe to print: no control characters, and no
    lone surrogates (undecodable bytes of a path) that would stop the print."""
    return "".join(char if char.isprintable() else " " for char in text)


def one_line(message: str) -> str:
    """A message made printable, its lines and runs of spaces joined by single spaces."""
    return " ".join(printable(message).split())


def command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not an option (nor an option's value): the command."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _OPTIONS_WITH_VALUE:
            skip = True
        elif word == "--" or not word.startswith("-"):
            return None if word == "--" else word
    return None


def unknown_command(argv: Sequence[str], commands: Sequence[str]) -> str | None:
    """The message for a command word that is no command, or None when there is none."""
    word = command_word(argv)
    if word is None or word in commands:
        return None
    shown = printable(word)
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    if close:
        return translate("Cli", "unknown command '{word}' (did you mean {command}?)").format(
            word=shown, command=close[0]
        )
    listed = ", ".join(commands)
    if os.sep in word or "/" in word or os.path.splitext(word)[1]:
        return translate(
            "Cli",
            "'{word}' is not a command, and there is no such file to open in the window "
            "(the commands are {commands}).",
        ).format(word=shown, commands=listed)
    return translate("Cli", "unknown command '{word}' (the commands are {commands}).").format(
        word=shown, commands=listed
    )


def say(prog: str, message: str) -> None:
    """One line on standard error; if even that cannot be written, there is no one to tell."""
    with contextlib.suppress(OSError, ValueError):
        print(f"{prog}: error: {message}", file=sys.stderr, flush=True)


def silence_stdout() -> None:
    """Point standard output at the null device: what is still buffered, and Python's own
    flush at exit, then go nowhere instead of failing a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # no real standard output (an embedding, a test): nothing will be flushed to it


def output_failed(prog: str, exc: OSError) -> int:
    """An OSError that escaped a command: most often the standard output could not be
    written. One line, status 1."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is not None:
        message = f"{exc.filename}: {reason}"
    else:
        message = translate("Cli", "could not write the output ({reason}).").format(reason=reason)
    say(prog, one_line(message))
    silence_stdout()
    return 1


def show(text: str) -> None:
    """Text for standard output. A terminal or a script reads it, not a text layout, so the
    invisible word joiners that keep "+%3,22" on one line in the window are left out."""
    print(text.replace(WORD_JOINER, ""))
