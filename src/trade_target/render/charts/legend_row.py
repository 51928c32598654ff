"""A chart's legend under the plot, never over it: as many columns as the width allows,
wrapping onto more rows when a language's names are long or the window is narrow.

pyqtgraph floats its legend over the view box, in a corner picked in advance, where it
covers whatever data reach that corner. Here it is a row of the plot item's own layout,
under the bottom axis and its title, so the view box is what is left above it.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

ROW = 4  # the plot item's layout row under the bottom axis (pyqtgraph uses 0 to 3)
ENTRY_SPACING = 18.0  # pixels between one entry's name and the next entry's sample
SAMPLE_SPACING = 4.0  # pixels between a sample and its name


class LegendRow(pg.LegendItem):
    """The legend of `plot_item`, laid out in a row under it; items added to the plot with
    a name join it, as they would pyqtgraph's own legend."""

    def __init__(self, plot_item: pg.PlotItem, **options: object) -> None:
        super().__init__(offset=None, frame=False, horSpacing=SAMPLE_SPACING, **options)
        self._columns = 0
        # Its width never holds the plot wider than the window: the plot may narrow under
        # it, and reflow() then gives it the columns that fit.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self._plot_item = plot_item
        plot_item.legend = self
        plot_item.layout.addItem(self, ROW, 0, 1, 3)
        plot_item.layout.setAlignment(self, Qt.AlignmentFlag.AlignHCenter)
        plot_item.geometryChanged.connect(self.reflow)

    # pyqtgraph's legend can be dragged about the view box; this one stays in its row.
    def mouseDragEvent(self, ev: object) -> None:
        pass

    def hoverEvent(self, ev: object) -> None:
        pass

    def addItem(self, item: object, name: str) -> None:
        super().addItem(item, name)
        self.reflow(force=True)

    def removeItem(self, item: object) -> None:
        super().removeItem(item)
        self.reflow(force=True)

    def updateSize(self) -> None:
        """The plot's layout sizes the legend from its own layout; pyqtgraph's version would
        move it to the plot's corner."""
        self.updateGeometry()

    def columns(self) -> int:
        return self._columns

    def reflow(self, force: bool = False) -> None:
        """As many columns as fit the plot's width (one at the least), the entries filled in
        row by row; also after a name changes length (a new language)."""
        widths = [self._entry_width(label) for _, label in self.items]
        margins = self._plot_item.layout.getContentsMargins()
        room = self._plot_item.width() - margins[0] - margins[2]
        columns = fitting_columns(widths, room)
        if columns == self._columns and not force:
            return
        self._columns = columns
        self.columnCount = max(columns, 1)
        layout = self.layout
        for index in range(layout.count() - 1, -1, -1):
            layout.removeAt(index)
        for index, (sample, label) in enumerate(self.items):
            row, column = divmod(index, self.columnCount)
            layout.addItem(sample, row, 2 * column, alignment=Qt.AlignmentFlag.AlignVCenter)
            layout.addItem(label, row, 2 * column + 1)
            if column:
                layout.setColumnSpacing(2 * column - 1, ENTRY_SPACING)
        self.rowCount = math.ceil(len(self.items) / self.columnCount) if self.items else 0
        self.updateGeometry()

    def rename(self, item: object, name: str) -> None:
        """Write `item`'s entry as `name` (the legend reads HTML: escape it first) and lay
        the row out again for the new width."""
        label = self.getLabel(item)
        if label is not None and label.text != name:
            label.setText(name)
            self.reflow(force=True)

    @staticmethod
    def _entry_width(label: pg.LabelItem) -> float:
        return 20.0 + SAMPLE_SPACING + label.item.boundingRect().width()


def fitting_columns(widths: list[float], room: float) -> int:
    """The most columns whose widest entries, side by side with their spacing, fit `room`;
    at least one."""
    for columns in range(len(widths), 1, -1):
        needed = sum(max(widths[column::columns]) for column in range(columns))
        needed += ENTRY_SPACING * (columns - 1)
        if needed <= room:
            return columns
    return 1
