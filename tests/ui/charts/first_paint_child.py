"""The child of test_chart_after_first_paint.py: the app started as `python -m trade_target`
does, watched from its first paint until its chart has been painted. Prints one JSON line:

- at the first paint: whether pyqtgraph and numpy were loaded, which chart widget existed,
  where the chart's slot, the tables and the inputs sat, and the placeholder's colours;
- when the chart replaced the placeholder: the legend and the required path it shows then,
  before it was ever painted, and the document's own;
- at the chart's first paint: the same places again, and the chart's background colour.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

REPORT: dict[str, object] = {}


def places(window: QWidget) -> dict[str, list[int]]:
    """Where the big pieces sit in the window, in window coordinates."""
    found = {}
    for name in ("trajectorySlot", "chartTabs", "inputsPanel", "summaryPanel", "verdictBanner"):
        widget = window.findChild(QWidget, name)
        if widget is not None:
            corner = widget.mapTo(window, QPoint(0, 0))
            found[name] = [corner.x(), corner.y(), widget.width(), widget.height()]
    for view in window.trajectory_table, window.comparison_table:
        corner = view.mapTo(window, QPoint(0, 0))
        found[view.objectName()] = [corner.x(), corner.y(), view.width(), view.height()]
    return found


class Watch(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.first_paint_seen = False
        self.chart_paint_seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.first_paint_seen:
            self.first_paint_seen = True
            slot = self.window.trajectory_slot
            colours = {}
            if not slot.made:
                image = slot.placeholder.grab().toImage()
                colours = {
                    image.pixelColor(x, y).name()
                    for x in range(0, image.width(), 37)
                    for y in range(0, image.height(), 23)
                }
            REPORT["first_paint"] = {
                "pyqtgraph": "pyqtgraph" in sys.modules,
                "numpy": "numpy" in sys.modules,
                "chart_made": slot.made,
                "places": places(self.window),
                "placeholder_colours": sorted(colours),
                "base": slot.palette().color(QPalette.ColorRole.Base).name(),
            }
        name = watched.objectName() if isinstance(watched, QWidget) else ""
        parent = watched.parent() if isinstance(watched, QWidget) else None
        if not self.chart_paint_seen and "trajectoryPlot" in (
            name,
            parent.objectName() if isinstance(parent, QObject) else "",
        ):
            self.chart_paint_seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        chart = self.window.plot
        background = chart.plot_widget.backgroundBrush().color().name()
        REPORT["chart_painted"] = {"places": places(self.window), "background": background}
        print(json.dumps(REPORT), flush=True)
        self.window.document.undo_stack.setClean()
        os._exit(0)


def at_chart_made(window: QWidget) -> None:
    """The chart as it is the moment it replaces the placeholder, before any paint."""
    chart = window.plot
    summary = window.document.summary
    curves = chart.plot_widget.getPlotItem().listDataItems()
    REPORT["chart_made"] = {
        "visible_before_paint": chart.isVisible(),
        "legend": chart.legend_names(),
        "curves": [
            [[float(x) for x in xs], [float(y) for y in ys]]
            for xs, ys in (curve.getData() for curve in curves)
            if xs is not None
        ],
        "required_years": [row.year for row in summary.trajectory],
    }


def main() -> int:
    from trade_target.ui import main_window

    plain_show = main_window.MainWindow.show

    def show(window: main_window.MainWindow) -> None:
        watch = Watch(window)
        window._first_paint_watch = watch
        QApplication.instance().installEventFilter(watch)
        window.trajectory_slot.chart_made.connect(lambda: at_chart_made(window))
        plain_show(window)

    main_window.MainWindow.show = show
    from trade_target.__main__ import main as start

    return start([])


if __name__ == "__main__":
    sys.exit(main())
