"""Checking every file a command will write before any is written.

A command that writes several files (a chart and a table) or reads one file and writes
another (a scenario in, a brief out) must not overwrite its own input, nor write one output
over another, nor leave some outputs written when another is refused. The same file is
recognised however it is named: by a relative or absolute path, through a symbolic link or
as another hard link to it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from trade_target.core.files.storage import StorageError, check_target, display_name
from trade_target.core.i18n import translate

# (the option that named it, the path given): "--out", "brief.pdf"
NamedPath = tuple[str, str]


def same_file(first: str, second: str) -> bool:
    """True when both names lead to one file: the same inode when both exist (links, hard
    links, different spellings), else the same path once links are resolved."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        resolved = (os.path.normcase(os.path.realpath(path)) for path in (first, second))
        return next(resolved) == next(resolved)


def check_outputs(outputs: Sequence[NamedPath], inputs: Sequence[NamedPath] = ()) -> None:
    """StorageError for the first output that must not be written: one of the inputs, given
    twice, or a file `storage.check_target` refuses (read-only, a device, a pipe, a folder)."""
    for index, (option, path) in enumerate(outputs):
        for input_option, input_path in inputs:
            if same_file(path, input_path):
                raise StorageError(
                    path,
                    translate(
                        "OutputPaths",
                        "Could not save “{name}”: it is the file given to {input}, which "
                        "would be overwritten; choose another name for {output}.",
                    ).format(name=display_name(path), input=input_option, output=option),
                )
        for other_option, other_path in outputs[:index]:
            if same_file(path, other_path):
                raise StorageError(
                    path,
                    translate(
                        "OutputPaths",
                        "Could not save “{name}”: {first} and {second} name the same file; "
                        "choose two names.",
                    ).format(name=display_name(path), first=other_option, second=option),
                )
        check_target(path)
