"""The files `report` and `export` write: all checked, then all written, or none.

Every output is checked before anything is drawn (not an input, not named twice, not
read-only, not a pipe or a device), every file is drawn to bytes before anything is
written (so a bad extension refuses the whole command), and the bytes are written through
`storage.write_files_atomically`, which renames them into place only once all are on disk.
Charts and briefs are drawn by Qt with no display; each file written is then named on
standard output.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from trade_target.cli.guard import PROG, printable
from trade_target.core.files import output_paths, storage
from trade_target.core.files.output_paths import NamedPath
from trade_target.core.i18n import translate

# (the option that named the file, its path, what draws its bytes)
Output = tuple[str, str, Callable[[], bytes]]


def check(outputs: Sequence[NamedPath], inputs: Sequence[tuple[str, str | None]]) -> None:
    """StorageError for the first output that must not be written; inputs not given
    (None) are left out."""
    given = [(option, path) for option, path in inputs if path is not None]
    output_paths.check_outputs(outputs, given)


def write_all(outputs: Sequence[Output]) -> None:
    """Draw every output, then write them all or none."""
    files = [(path, draw()) for _, path, draw in outputs]
    storage.write_files_atomically(files)


def headless_qt() -> None:
    """Charts and PDFs are drawn with Qt, which needs an application object but no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([PROG])


def wrote(path: str) -> str:
    """The line that names a file once it is written."""
    return translate("Cli", "Wrote {file}").format(file=printable(path))
