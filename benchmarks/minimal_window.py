"""The least a PySide6 + pyqtgraph app can do, frozen by bench_packaging.py as the baseline.

One QMainWindow holding a pg.PlotWidget with a 6-point line, resized to the app's
1280x800. bench_packaging.py freezes this script with packaging/trade-target.spec (same
options, same trimming as the app) and starts it beside the frozen app.

With TRADE_TARGET_STARTUP_PROBE=1 it behaves as the app does (src/trade_target/ui/app.py):
an application-wide event filter sees the first Paint, a zero-delay timer then fires
once that repaint pass is drawn, and it prints "painted <time.perf_counter()>" and quits.
"""

from __future__ import annotations

import os
import sys
import time

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

WINDOW_SIZE = (1280, 800)  # what the app's MainWindow resizes itself to
POINTS = ([2024, 2025, 2026, 2027, 2028, 2029], [4.1, 4.6, 5.3, 6.1, 7.0, 8.1])


class FirstPaintProbe(QObject):
    """The app's start-up probe, the same way round: filter on the application, not the window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {time.perf_counter()!r}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot(*POINTS)
    window.setCentralWidget(plot)
    window.resize(*WINDOW_SIZE)
    if os.environ.get("TRADE_TARGET_STARTUP_PROBE") == "1":
        probe = FirstPaintProbe(window)
        app.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
