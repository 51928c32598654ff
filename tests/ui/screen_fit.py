"""What a person sees of the main window on first start, without scrolling anything.

`hidden_parts(window, screen)` names each part that must be seen at a glance — the verdict,
the exchange-rate and years inputs, the chart with its axes and legend, the year-by-year
table's header and first rows, the status bar — that is hidden, cut by the edge of the
screen, or clipped by a panel around it (scrolled out of a scroll area, squeezed under a
splitter). [] when all are wholly in sight.

Run as a script, it is the child process of tests/ui/test_screen_sizes.py on a private
Xvfb of the size under test:

    python tests/ui/screen_fit.py LANG REPORT.json

It shows the window as window_child.run does (the app's names and language, MainWindow on
the article's figures, no autosave, kept up until Ctrl+Q). With fresh settings (the parent
points XDG_CONFIG_HOME at an empty folder) the window takes its first-start size from the
screen, as the app's would; once it is exposed and painted, the child writes
{"language", "screen", "available", "frame", "maximised", "hidden"} to REPORT.json.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTableView, QWidget
from window_child import run  # beside this script, on sys.path[0]

ROWS_SEEN = 3  # the year-by-year table's first rows that must be in sight
INPUTS = ("exchangeRateInput", "yearsToTargetInput")


def _on_screen(widget: QWidget, rect: QRect) -> QRect:
    """`rect` (in the widget's coordinates) in screen coordinates."""
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())


def _seen(widget: QWidget, rect: QRect, screen: QRect) -> QRect:
    """The part of `rect` that the widget and each panel around it leave in sight, and the
    screen too, in screen coordinates."""
    seen = _on_screen(widget, rect).intersected(screen)
    ancestor: QWidget | None = widget
    while ancestor is not None and not seen.isEmpty():
        seen = seen.intersected(_on_screen(ancestor, ancestor.rect()))
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    return seen


def _shown(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()} at ({rect.x()}, {rect.y()})"


def _whole(
    name: str, widget: QWidget | None, screen: QRect, rect: QRect | None = None
) -> list[str]:
    if widget is None:
        return [f"{name}: not found"]
    if not widget.isVisible():
        return [f"{name}: not shown"]
    part = rect if rect is not None else widget.rect()
    wanted = _on_screen(widget, part)
    seen = _seen(widget, part, screen)
    if part.isEmpty() or seen != wanted:
        return [f"{name}: {_shown(wanted)} on the screen, of which {_shown(seen)} is in sight"]
    return []


def _inputs(window: QWidget, screen: QRect) -> list[str]:
    found = []
    for name in INPUTS:
        edit = window.findChild(QLineEdit, name)
        found += _whole(f"the input {name}", edit, screen)
        labels = [label for label in window.findChildren(QLabel) if label.buddy() is edit]
        found += _whole(f"the label of {name}", labels[0] if labels else None, screen)
    return found


def _chart(window: QWidget, screen: QRect) -> list[str]:
    import pyqtgraph as pg

    plots = [w for w in window.findChildren(pg.PlotWidget) if w.objectName() == "trajectoryPlot"]
    if not plots:
        return ["the chart: not found"]
    plot = plots[0]
    found = _whole("the chart", plot, screen)
    item = plot.getPlotItem()
    view = plot.viewport()
    parts = {
        "the chart's left axis": item.getAxis("left"),
        "the chart's bottom axis": item.getAxis("bottom"),
        "the chart's legend": item.legend,
    }
    for name, part in parts.items():
        if part is None or not part.isVisible():
            found.append(f"{name}: not shown")
            continue
        # The item's own box in the plot's layout (its bounding rectangle reaches further,
        # for tick labels that may overhang).
        rect = plot.mapFromScene(part.mapRectToScene(part.rect())).boundingRect()
        found += _whole(name, view, screen, rect)
    return found


def _table(window: QWidget, screen: QRect) -> list[str]:
    table = window.findChild(QTableView, "trajectoryTable")
    if table is None:
        return ["the year-by-year table: not found"]
    header = table.horizontalHeader()
    found = _whole("the year-by-year table's header", header, screen)
    model = table.model()
    for column in range(model.columnCount()):
        needs, has = header.sectionSizeFromContents(column), header.sectionSize(column)
        if needs.width() > has or needs.height() > header.height():
            text = " ".join(str(model.headerData(column, Qt.Orientation.Horizontal)).split())
            found.append(
                f"the year-by-year table's heading {text!r}: needs {needs.width()}×"
                f"{needs.height()} px, has {has}×{header.height()} px"
            )
    if model.rowCount() < ROWS_SEEN:
        return [*found, f"the year-by-year table has fewer than {ROWS_SEEN} rows"]
    view = table.viewport()
    for row in range(ROWS_SEEN):
        rect = QRect(0, table.rowViewportPosition(row), view.width(), table.rowHeight(row))
        found += _whole(f"the year-by-year table's row {row + 1}", view, screen, rect)
    return found


def hidden_parts(window: QMainWindow, screen: QRect) -> list[str]:
    """Each part a person must see at first sight that is not wholly in sight on `screen`."""
    found = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        found.append(f"the window: {_shown(frame)} with its frame, the screen {_shown(screen)}")
    found += _whole("the verdict banner", window.findChild(QWidget, "verdictBanner"), screen)
    found += _inputs(window, screen)
    found += _chart(window, screen)
    found += _table(window, screen)
    found += _whole("the status bar", window.statusBar(), screen)
    return found


def _box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def report_of(window: QMainWindow) -> dict[str, Any]:
    from trade_target import translations

    screen = window.screen()
    return {
        "language": translations.current(),
        "screen": _box(screen.geometry()),
        "available": _box(screen.availableGeometry()),
        "frame": _box(window.frameGeometry()),
        "maximised": bool(window.windowState() & Qt.WindowState.WindowMaximized),
        "hidden": hidden_parts(window, screen.availableGeometry()),
    }


if __name__ == "__main__":
    sys.exit(run(sys.argv, report_of))  # no size: the window's own
