"""One start-up run, spawned by bench_app.py: `startup_child.py app|baseline|floor`.

Prints one line once the window's chart has been painted for the first time, then exits
at once (teardown is not start-up):

    painted first=<t> chart=<t> rss_kb=<n> pyqtgraph_at_first_paint=<0|1> script=<t> show=<t>

The first four are minimal_window.py's probe (see there): the first paint pass drawn, the
first pass that reached the chart drawn, resident memory then, and whether pyqtgraph had
been imported when the first paint began. script: this script's first line; show: the
window's show() called. Each <t> is time.perf_counter() (CLOCK_MONOTONIC on Linux, the
parent's clock too), so the parent splits the total into phases. Every mode uses the same
probe and the same window size; the baseline is minimal_window.py's window itself, and the
floor a window of PySide6 alone (no pyqtgraph), the least any of them can do.
"""

from __future__ import annotations

import time

SCRIPT_STARTED = time.perf_counter()

import os  # noqa: E402  (the timestamp above must come first)
import sys  # noqa: E402

from minimal_window import (  # noqa: E402  (no pyqtgraph)
    CHART_NAME,
    WINDOW_SIZE,
    StartupProbe,
    build_window,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget  # noqa: E402


class Marks:
    """When show() was called; the probe's line with this script's own marks added."""

    def __init__(self) -> None:
        self.show_called = 0.0
        self.probe = StartupProbe(self.finish)

    def watch(self, window: QWidget) -> None:
        """Just before show(): the probe on the window."""
        self.show_called = time.perf_counter()
        self.probe.watch_window(window)

    def finish(self, line: str) -> None:
        print(f"{line} script={SCRIPT_STARTED!r} show={self.show_called!r}", flush=True)
        os._exit(0)  # teardown is not start-up; skip it


def run_app(marks: Marks) -> int:
    """Start the app exactly as `python -m trade_target` does, with the probe on show()."""
    from trade_target.ui import main_window

    plain_show = main_window.MainWindow.show

    def show(window: main_window.MainWindow) -> None:
        marks.watch(window)
        # The chart is made after the first paint; the probe watches it from then on.
        window.trajectory_slot.chart_made.connect(
            lambda: marks.probe.watch_chart(window.findChild(QAbstractScrollArea, CHART_NAME))
        )
        plain_show(window)

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    from trade_target.__main__ import main

    return main([])


def run_baseline(marks: Marks) -> int:
    """The least a PySide6 + pyqtgraph app can do: one window, one 6-point line."""
    app = QApplication(sys.argv)
    window = build_window()
    marks.watch(window)
    marks.probe.watch_chart(window.centralWidget())
    window.show()
    return app.exec()


def run_floor(marks: Marks) -> int:
    """The least any PySide6 window can do, without the plotting library: one window of the
    same size, one line of text in a scroll area (which stands in for the chart)."""
    from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea

    app = QApplication(sys.argv)
    window = QMainWindow()
    area = QScrollArea()
    area.setWidget(QLabel("Trade Target"))
    window.setCentralWidget(area)
    window.resize(*WINDOW_SIZE)
    marks.watch(window)
    marks.probe.watch_chart(area)
    window.show()
    return app.exec()


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    runners = {"app": run_app, "baseline": run_baseline, "floor": run_floor}
    if mode not in runners:
        sys.exit(f"usage: {sys.argv[0]} app|baseline|floor")
    del sys.argv[1]  # the app reads sys.argv[1:] as command-line sub-commands
    sys.exit(runners[mode](Marks()))
