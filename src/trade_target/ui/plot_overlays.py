"""The other scenarios on the chart: their colours, the items drawing one, label stacking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from ..core.scenario import Summary
from ..core.workbook import Scenario, Workbook

# Overlays take the rest of the Okabe–Ito set, then a grey and a dark yellow, by scenario key.
OVERLAY_COLOURS = ("#009E73", "#CC79A7", "#56B4E9", "#7F7F7F", "#B8860B")
# Overlay labels ending this close together (as a fraction of the y-axis) are stacked.
LABEL_CLEARANCE = 0.06


def overlay_colour(key: int) -> str:
    return OVERLAY_COLOURS[key % len(OVERLAY_COLOURS)]


@dataclass(frozen=True)
class Overlay:
    """Another scenario whose required path is drawn beside the current one."""

    key: int  # the scenario's position in the workbook: it keeps its colour as others come and go
    name: str
    summary: Summary


def overlays_for(
    workbook: Workbook, summary_of: Callable[[Scenario], Summary]
) -> tuple[Overlay, ...]:
    """The workbook's ticked scenarios other than the current one, as the chart draws them."""
    return tuple(
        Overlay(index, scenario.name, summary_of(scenario))
        for index, scenario in enumerate(workbook.scenarios)
        if scenario.shown and index != workbook.current
    )


class OverlayItems:
    """The items drawing one overlay: made once, recoloured and refilled when reused."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.path = pg.PlotCurveItem()
        self.points = pg.ScatterPlotItem(size=5)
        self.target = pg.PlotCurveItem()
        self.label = pg.TextItem(anchor=(1, -0.2))
        for item in (self.path, self.points, self.target, self.label):
            plot_item.addItem(item)
        for item in (self.path, self.points, self.target):
            item.setZValue(-1)  # under the current scenario's lines
        self.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.target.setVisible(False)  # drawn only for a target other than the current's
        self.in_legend = False

    def set_colour(self, colour: str, label_colour: QColor | str | None = None) -> None:
        """The lines in `colour`; the label in `label_colour`, a shade of it that reads on
        the chart's background (the plot works it out for dark and high-contrast themes)."""
        self.path.setPen(pg.mkPen(colour, width=2))
        self.points.setPen(pg.mkPen(colour))
        self.points.setBrush(pg.mkBrush(colour))
        self.target.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
        self.label.setColor(colour if label_colour is None else label_colour)

    def set_visible(self, visible: bool) -> None:
        for item in (self.path, self.points, self.label):
            item.setVisible(visible)
        if not visible:
            self.target.setVisible(False)


def clear_drop(
    taken: list[tuple[float, float, float]], year: float, value: float, text_height: float
) -> float:
    """How many text heights under the end of its line a label goes so as to miss the labels
    `taken` (each as year, bottom, top in data units), which it then joins."""
    drop = 0.2
    while any(
        x == year and bottom < value - drop * text_height < top + text_height
        for x, bottom, top in taken
    ):
        drop += 0.5
    taken.append((year, value - (drop + 1) * text_height, value - drop * text_height))
    return drop
