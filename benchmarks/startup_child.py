"""One start-up run, spawned by bench_app.py: `startup_child.py app|baseline`.

Prints one line once the main window has been painted for the first time, then exits
at once, so the parent's clock (spawn → line read) covers start-up and nothing after:

    painted script=<t> show=<t> paint=<t> done=<t>

Each <t> is time.perf_counter() (CLOCK_MONOTONIC on Linux, the parent's clock too), so
the parent can also split the total into phases. Both modes share the same probe and
window size, so the baseline differs from the app only in what it builds.
"""

from __future__ import annotations

import time

SCRIPT_STARTED = time.perf_counter()

import os  # noqa: E402  (the timestamp above must come first)
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QWidget  # noqa: E402

WINDOW_SIZE = (1280, 800)  # what MainWindow resizes itself to
BASELINE_POINTS = ([2024, 2025, 2026, 2027, 2028, 2029], [4.1, 4.6, 5.3, 6.1, 7.0, 8.1])


class FirstPaintProbe(QObject):
    """Watches a window and its widgets; reports after the first paint pass that reaches them.

    Qt skips the window's own Paint where opaque children cover it (a PlotWidget as central
    widget does), so every widget is watched. A repaint pass draws the whole dirty tree and
    flushes it before returning to the event loop, so the zero-delay timer fires only once
    the window, plot included, is on screen.
    """

    def __init__(self) -> None:
        super().__init__()
        self.show_called: float | None = None
        self.first_paint: float | None = None

    def watch(self, window: QWidget) -> None:
        self.show_called = time.perf_counter()
        for widget in (window, *window.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.first_paint is None and event.type() == QEvent.Type.Paint:
            self.first_paint = time.perf_counter()
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        done = time.perf_counter()
        print(
            f"painted script={SCRIPT_STARTED!r} show={self.show_called!r} "
            f"paint={self.first_paint!r} done={done!r}",
            flush=True,
        )
        os._exit(0)  # teardown is not start-up; skip it


def run_app(probe: FirstPaintProbe) -> int:
    """Start the app exactly as `python -m trade_target` does, with the probe on show()."""
    from trade_target.ui import main_window

    plain_show = main_window.MainWindow.show

    def show(window: QWidget) -> None:
        probe.watch(window)
        plain_show(window)

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    from trade_target.__main__ import main

    return main([])


def run_baseline(probe: FirstPaintProbe) -> int:
    """The least a PySide6 + pyqtgraph app can do: one window, one 6-point line."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(*BASELINE_POINTS)
    window.setCentralWidget(plot)
    window.resize(*WINDOW_SIZE)
    probe.watch(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    runners = {"app": run_app, "baseline": run_baseline}
    if mode not in runners:
        sys.exit(f"usage: {sys.argv[0]} app|baseline")
    del sys.argv[1]  # the app reads sys.argv[1:] as command-line sub-commands
    sys.exit(runners[mode](FirstPaintProbe()))
