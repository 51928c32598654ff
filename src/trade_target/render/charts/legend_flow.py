"""The trajectory chart's legend: entries flowing like words in a line under the plot.

A grid of columns is as wide as its widest entries: one long name (Malay's “Anggaran 2025
(kadar semasa (run-rate), 11 daripada 12 bulan)”) puts every entry on a row of its own and
the legend then takes the plot's height. Flowing, each row takes as many entries as fit
the plot's width; a name wider than the whole plot is wrapped onto a second line.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt

from trade_target.render.charts.legend_row import ENTRY_SPACING, ROW, SAMPLE_SPACING, LegendRow
from trade_target.render.guard import BASE, qt_guard

SAMPLE = 20.0  # pyqtgraph's sample of a line or marker, square
ROW_GAP = 4.0  # pixels between the bottom axis and the legend


class FlowLegend(LegendRow):
    """A LegendRow whose entries are laid out by `reflow` as a flowing paragraph."""

    def __init__(self, plot_item: pg.PlotItem, **options: object) -> None:
        self._size = QSizeF(0, 0)
        self._flowed: tuple[object, ...] | None = None
        super().__init__(plot_item, **options)
        # Air between the bottom axis's title and the legend: their text boxes would touch.
        plot_item.layout.setRowSpacing(ROW - 1, ROW_GAP)

    def reflow(self, force: bool = False) -> None:
        """Fill rows with entries, in order, as many to a row as fit the plot's width."""
        margins = self._plot_item.layout.getContentsMargins()
        room = max(self._plot_item.width() - margins[0] - margins[2], 2 * SAMPLE)
        key = (room, tuple((label.text, label.opts.get("size")) for _, label in self.items))
        if key == self._flowed and not force:
            return
        self._flowed = key
        layout = self.layout
        for index in range(layout.count() - 1, -1, -1):
            layout.removeAt(index)  # placed by hand below; they stay the legend's children
        rows: list[list[tuple[pg.GraphicsWidget, pg.LabelItem, float, float]]] = [[]]
        x = width = 0.0
        for sample, label in self.items:
            text_width, text_height = _fit(label, room - SAMPLE - SAMPLE_SPACING)
            entry = SAMPLE + SAMPLE_SPACING + text_width
            if rows[-1] and x + entry > room:
                rows.append([])
                x = 0.0
            rows[-1].append((sample, label, x, text_height))
            width = max(width, x + entry)
            x += entry + ENTRY_SPACING
        top = 0.0
        for row in rows:
            height = max([SAMPLE, *(text_height for *_, text_height in row)])
            for sample, label, left, text_height in row:
                sample.setGeometry(QRectF(left, top + (height - SAMPLE) / 2, SAMPLE, SAMPLE))
                label_rect = label.itemRect()
                label.setGeometry(
                    QRectF(
                        left + SAMPLE + SAMPLE_SPACING,
                        top + (height - text_height) / 2,
                        label_rect.width(),
                        label_rect.height(),
                    )
                )
            top += height
        self._size = QSizeF(width, top if self.items else 0.0)
        self.columnCount = max((len(row) for row in rows), default=1)
        self.rowCount = len(rows) if self.items else 0
        self.updateGeometry()

    def _removeItemFromLayout(self, *items: pg.GraphicsWidget) -> None:
        """pyqtgraph's removal, but for entries that reflow took out of the grid already."""
        for item in items:
            item.close()
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)

    def columns(self) -> int:
        return self.columnCount

    @qt_guard(fallback=BASE)
    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF = QSizeF()) -> QSizeF:  # noqa: B008
        if which == Qt.SizeHint.MinimumSize:
            return QSizeF(0, self._size.height())  # never holds the plot wider than its room
        return QSizeF(self._size)


def _fit(label: pg.LabelItem, room: float) -> tuple[float, float]:
    """The label's text on one line if it fits `room` pixels, else wrapped to it; its size."""
    text = label.item
    if text.textWidth() >= 0:
        text.setTextWidth(-1)
    if text.boundingRect().width() > room:
        text.setTextWidth(max(room, 1.0))
    label.updateMin()
    rect = label.itemRect()
    return rect.width(), rect.height()
