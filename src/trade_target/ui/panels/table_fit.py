"""Table columns as wide as their texts need, so that no cell is cut short.

Columns that share a view's width equally (QHeaderView's Stretch) cut a long cell — a
status such as "Moving away from the target", a Malay or Turkish header — to "Moving away
f…" while a column of short numbers beside it has room to spare. Here each column gets
the width its header and its cells need on one line; room left over is shared out. When
the view is too narrow for that, the columns whose texts may wrap give way first, down to
their longest word (their rows grow taller to show every line); if even that does not fit,
the table scrolls sideways rather than cut a word.

A workbook may hold thousands of scenarios: the cells' widths are kept row by row and only
rows the model says changed are measured again (column_widths), only rows whose words wrap
are measured for height, and a table out of sight is fitted when it is next shown.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from trade_target.render.guard import qt_guard
from trade_target.ui.panels.column_widths import CellWidths
from trade_target.ui.panels.viewport import viewport_of


def share_out(natural: list[int], least: list[int], room: int) -> list[int]:
    """Column widths for `room` pixels: each column its natural width and an equal share of
    what is left; short of room, the columns that can give (natural above least) give in
    proportion to what they can, down to `least`, and no further."""
    total, smallest = sum(natural), sum(least)
    if total <= room:
        extra = room - total
        widths = [width + extra // len(natural) for width in natural]
        widths[-1] += room - sum(widths)  # the pixels lost to rounding
        return widths
    if smallest >= room:
        return list(least)
    give = total - smallest  # > 0, since total > room > smallest
    widths = [
        low + (width - low) * (room - smallest) // give
        for width, low in zip(natural, least, strict=True)
    ]
    short = room - sum(widths)
    for column in sorted(range(len(widths)), key=lambda c: least[c] - natural[c]):
        if short <= 0:
            break
        if widths[column] < natural[column]:
            widths[column] += 1
            short -= 1
    return widths


class ColumnFit(QObject):
    """Keeps a table view's columns fitted to their texts as the view and its model change.

    `wrapping` names the columns whose cells may wrap onto several lines; the view then
    wraps words, and its rows take the height their wrapped cells need.
    """

    def __init__(self, view: QTableView, wrapping: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self._view = view
        self._wrapping = frozenset(wrapping)
        self._widths = CellWidths(self._wrapping)
        self._tall: set[int] | None = None  # rows made taller for wrapped cells (None: unknown)
        self._usual = 0  # the height the other rows were given
        self._rooms: tuple[int, ...] = ()  # the wrapping columns' room when rows were fitted
        self._owed = False  # a fit put off while the view was out of sight
        self._fitting = False
        self._headings: list[int] | None = None  # the headers' widths (None: to measure)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        view.setWordWrap(bool(wrapping))
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._viewport = viewport_of(view)
        self._viewport.installEventFilter(self)  # resized
        view.installEventFilter(self)  # a new font or style measures texts anew
        model = view.model()
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._reset)
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)
        model.headerDataChanged.connect(self._headers_changed)
        self.fit()

    def _reset(self, *_: object) -> None:
        self._widths.forget_all()
        self._tall = None
        self._headings = None
        self._fit_soon()

    def _headers_changed(self, *_: object) -> None:
        self._headings = None
        self._fit_soon()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._widths.inserted(first, last)
        if self._tall is not None:  # the rows below moved down, keeping their heights
            count = last - first + 1
            self._tall = {row + count if row >= first else row for row in self._tall}
        self._fit_soon()

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._widths.removed(first, last)
        if self._tall is not None:
            count = last - first + 1
            self._tall = {
                row - count if row > last else row for row in self._tall if not first <= row <= last
            }
        self._fit_soon()

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        self._widths.changed(top_left.row(), bottom_right.row())
        self._fit_soon()

    def _fit_soon(self, *_: object) -> None:
        """Once the model's changes of this turn of the event loop are all in."""
        self._pending.start()

    @qt_guard(fallback=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.forget_fonts()
            self._tall = None
            self._headings = None
            self._fit_soon()
        elif kind == QEvent.Type.Show and watched is self._view and self._owed:
            self.fit()
        return False

    def _padding(self) -> int:
        """Room around a cell's text: the style's text margin on each side, and the grid."""
        view = self._view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        return 2 * (margin + 1) + (1 if view.showGrid() else 0)

    def natural_and_least(self) -> tuple[list[int], list[int]]:
        """Per column: the width that shows every cell on one line, and the least width
        that shows every cell whole (its longest word, where it may wrap)."""
        view = self._view
        model, header = view.model(), view.horizontalHeader()
        padding = self._padding()
        self._widths.measure(model, view.font())
        columns = model.columnCount()
        if self._headings is None or len(self._headings) != columns:
            # A header is measured again only when its text, font or style changes: an edit
            # changes cells, and the header asked the model for each heading's every role.
            self._headings = [header.sectionSizeFromContents(c).width() for c in range(columns)]
        natural, least = [], []
        for column, heading in enumerate(self._headings):
            wraps = column in self._wrapping
            line = max(self._widths.lines[column], default=0.0)
            word = max(self._widths.words[column], default=0.0)
            one_line = max(heading, math.ceil(line) + padding)
            natural.append(one_line)
            least.append(max(heading, math.ceil(word) + padding) if wraps else one_line)
        return natural, least

    def fit(self) -> None:
        """Fit the columns to the view's width now, and the rows to their wrapped cells."""
        view = self._view
        if self._fitting or view.model() is None or view.model().columnCount() == 0:
            return
        if not view.isVisible():
            self._owed = True  # fitted when shown: a hidden tab need not follow every edit
            return
        self._owed = False
        self._fitting = True
        try:
            natural, least = self.natural_and_least()
            header = view.horizontalHeader()
            for column, width in enumerate(share_out(natural, least, self._viewport.width())):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            if self._wrapping:
                self._fit_rows()
        finally:
            self._fitting = False

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped cells need, and never lower than the usual row.
        Only rows with a cell wider than its column are measured, and only when their texts
        or their columns' widths changed; the others take the height of a row on one line."""
        view = self._view
        rows, columns = view.verticalHeader(), view.horizontalHeader()
        padding = self._padding()
        wrapping = sorted(self._wrapping)
        rooms = tuple(columns.sectionSize(c) - padding - 1 for c in wrapping)  # 1: Qt rounds
        tall: set[int] = set()
        for column, room in zip(wrapping, rooms, strict=True):
            tall.update(row for row, width in enumerate(self._widths.lines[column]) if width > room)
        count = view.model().rowCount()
        one_line = next((row for row in range(min(count, len(tall) + 1)) if row not in tall), None)
        usual = rows.defaultSectionSize()
        if one_line is not None:
            usual = max(view.sizeHintForRow(one_line), usual)
        before = self._tall
        if before is None or rooms != self._rooms or usual != self._usual:
            again, was_tall = tall, range(count)
        else:
            again, was_tall = tall & self._widths.measured | (tall - before), before - tall
        for row in again:
            height = max(view.sizeHintForRow(row), usual)
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)
        for row in was_tall:
            if row not in tall and row < count and rows.sectionSize(row) != usual:
                rows.resizeSection(row, usual)
        self._tall, self._rooms, self._usual = tall, rooms, usual
