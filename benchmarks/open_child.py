"""One opening of a workbook, spawned by bench_scale.py: `open_child.py FILE`.

Starts the app exactly as double-clicking FILE does (`trade_target.__main__.main([FILE])`)
and prints one line once the window has been painted with the file open, then exits at once:

    painted script=<t> open=<t> opened=<t> done=<t>

`open` and `opened` bracket the window's File › Open of FILE (reading, checking, showing);
`done` is the end of the first paint pass after it. Each <t> is time.perf_counter(), the
parent's clock too.
"""

from __future__ import annotations

import time

SCRIPT_STARTED = time.perf_counter()

import os  # noqa: E402  (the timestamp above must come first)
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class PaintAfterOpen(QObject):
    """Reports after the first paint pass that follows the opening of the file."""

    def __init__(self) -> None:
        super().__init__()
        self.open_started = 0.0
        self.opened = 0.0

    def watch(self) -> None:
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(
            f"painted script={SCRIPT_STARTED!r} open={self.open_started!r} "
            f"opened={self.opened!r} done={time.perf_counter()!r}",
            flush=True,
        )
        os._exit(0)  # closing is not opening; skip it


def main() -> int:
    path = sys.argv[1]
    from trade_target.ui.actions import files as file_actions

    probe = PaintAfterOpen()
    plain_open = file_actions.FileActions.open

    def open_and_watch(actions: file_actions.FileActions, chosen: str | None = None) -> bool:
        probe.open_started = time.perf_counter()
        opened = plain_open(actions, chosen)
        probe.opened = time.perf_counter()
        if not opened:
            print(f"could not open {chosen}", file=sys.stderr, flush=True)
            os._exit(1)
        probe.watch()
        return opened

    file_actions.FileActions.open = open_and_watch  # type: ignore[method-assign]
    from trade_target.__main__ import main as app_main

    sys.argv = [sys.argv[0], path]
    return app_main([path])


if __name__ == "__main__":
    sys.exit(main())
