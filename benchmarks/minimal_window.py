"""The least a PySide6 + pyqtgraph app can do: the baseline of the start-up figures.

One QMainWindow holding a pg.PlotWidget with a 6-point line, resized to the app's
1280x800. bench_packaging.py freezes this script with packaging/trade-target.spec (same
options, same trimming as the app) and starts it beside the frozen app; startup_child.py
builds the same window, from source, beside the app run from source.

With TRADE_TARGET_STARTUP_PROBE=1 it reports as the app does (src/trade_target/ui/app.py),
one line, then quits:

    painted first=<t> chart=<t> rss_kb=<n> pyqtgraph_at_first_paint=<0|1>

first: the first paint pass of the window is drawn; chart: the first paint pass that
reached the chart (the widget named trajectoryPlot, or its viewport) is drawn; each
<t> is time.perf_counter() (CLOCK_MONOTONIC on Linux, the parent's clock too). rss_kb:
VmRSS from /proc/self/status at the chart moment. pyqtgraph_at_first_paint: whether the
plotting library had been imported when the first paint began. Here the plot is the
window's only widget, so both moments fall in the same pass.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMainWindow, QWidget

WINDOW_SIZE = (1280, 800)  # what the app's MainWindow resizes itself to
POINTS = ([2024, 2025, 2026, 2027, 2028, 2029], [4.1, 4.6, 5.3, 6.1, 7.0, 8.1])
CHART_NAME = "trajectoryPlot"  # the app's chart; the baseline's plot takes the same name


def rss_kb() -> int:
    """Resident memory now, in kB (VmRSS); -1 where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


class StartupProbe(QObject):
    """Watches the window, then the chart and its viewport once the chart exists
    (`watch_window`, `watch_chart`): only those widgets' events pass through it.

    At the window's first Paint, and at the chart's first, it posts a zero-delay timer: a
    paint pass draws the whole dirty tree, parents before children, and flushes it before
    the event loop runs again, so the timer fires once that pass is on screen. A timer
    posted by a child's paint handler (the app's, to build the chart after the first paint)
    comes after this one, posted at the window's own Paint, which comes first in the pass.

    Not on the application: an application-wide filter sees every event of every object,
    and PySide makes a Python type, with all its enums, for each Qt class it is handed. The
    baseline has had most of those made by importing pyqtgraph; the app, whose window is up
    before that, paid 10–30 ms for them before its first paint, a cost no real start pays.
    """

    def __init__(self, finish: Callable[[str], None]) -> None:
        super().__init__()
        self._finish = finish
        self.first = 0.0  # perf_counter once the pass is drawn
        self.chart = 0.0
        self.pyqtgraph_at_first_paint = False
        self._first_seen = self._chart_seen = False
        self._charts: list[QObject] = []

    def watch_window(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def watch_chart(self, chart: QAbstractScrollArea) -> None:
        """The plot widget and its viewport, which paints the plot."""
        self._charts = [chart, chart.viewport()]
        for widget in self._charts:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self._first_seen:
                self._first_seen = True
                self.pyqtgraph_at_first_paint = "pyqtgraph" in sys.modules
                QTimer.singleShot(0, self._first_drawn)
            if not self._chart_seen and watched in self._charts:
                self._chart_seen = True
                QTimer.singleShot(0, self._chart_drawn)
        return False

    def _first_drawn(self) -> None:
        self.first = time.perf_counter()

    def _chart_drawn(self) -> None:
        self.chart = time.perf_counter()
        self._finish(
            f"painted first={self.first!r} chart={self.chart!r} rss_kb={rss_kb()} "
            f"pyqtgraph_at_first_paint={int(self.pyqtgraph_at_first_paint)}"
        )


def build_window() -> QMainWindow:
    """The window, not shown. pyqtgraph is imported here: startup_child.py takes the probe
    from this module and must not load the plotting library before the app does."""
    import pyqtgraph as pg

    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.setObjectName(CHART_NAME)
    plot.plot(*POINTS)
    window.setCentralWidget(plot)
    window.resize(*WINDOW_SIZE)
    return window


def _print_and_quit(line: str) -> None:
    print(line, flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = build_window()
    if os.environ.get("TRADE_TARGET_STARTUP_PROBE") == "1":
        probe = StartupProbe(_print_and_quit)
        probe.setParent(window)
        probe.watch_window(window)
        probe.watch_chart(window.centralWidget())
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
