"""What each cell of a table needs in width, kept row by row, so that fitting columns to
their texts (table_fit) measures again only the rows the model says changed: after a click
in a workbook of 10,000 scenarios, the two rows whose bold changed, not 70,000 cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetricsF

DISPLAY = Qt.ItemDataRole.DisplayRole
FONT = Qt.ItemDataRole.FontRole
TEXTS_KEPT = 50_000  # measured texts remembered; past that the memory starts again

RowTexts = Callable[[int], tuple[Sequence[str], QFont | None]]
"""A model's `row_texts(row)`, if it has one: the row's texts, column by column, and the
font they share (None: the view's), as its data() gives them, in one call rather than two
for each cell: a table of 10,000 rows is measured in a fraction of the time."""


class CellWidths:
    """Per column and row, a cell's width on one line (`lines`) and, in the columns that may
    wrap, its longest word (`words`), in pixels of its font; kept in step with the model's
    rows by the table's signals, and measured for the stale rows by `measure`."""

    def __init__(self, wrapping: frozenset[int]) -> None:
        self._wrapping = wrapping
        self.lines: list[list[float]] = []
        self.words: list[list[float]] = []
        self._stale: set[int] | None = None  # rows to measure again; None: every row
        self.measured: set[int] = set()  # the rows the last `measure` measured
        self._texts: dict[tuple[str, str, bool], tuple[float, float]] = {}
        self._metrics: dict[str, QFontMetricsF] = {}

    def forget_all(self) -> None:
        """Every row to be measured again (a reset, a new layout or language)."""
        self._stale = None

    def forget_fonts(self) -> None:
        """A new font or style: every text to be measured again."""
        self._texts.clear()
        self._metrics.clear()
        self._stale = None

    def changed(self, first: int, last: int) -> None:
        if self._stale is not None:
            self._stale.update(range(first, last + 1))

    def inserted(self, first: int, last: int) -> None:
        if self._stale is None:
            return
        count = last - first + 1
        for cells in (*self.lines, *self.words):
            cells[first:first] = [0.0] * count
        self._stale = {row + count if row >= first else row for row in self._stale}
        self._stale.update(range(first, last + 1))

    def removed(self, first: int, last: int) -> None:
        if self._stale is None:
            return
        count = last - first + 1
        for cells in (*self.lines, *self.words):
            del cells[first : last + 1]
        self._stale = {
            row - count if row > last else row for row in self._stale if not first <= row <= last
        }

    def measure(self, model: QAbstractItemModel, font: QFont) -> None:
        """Measure the stale rows (every row the first time, or if out of step)."""
        rows, columns = model.rowCount(), model.columnCount()
        stale: list[int] | range
        if (
            self._stale is None
            or len(self.lines) != columns
            or any(len(cells) != rows for cells in self.lines)
        ):
            self.lines = [[0.0] * rows for _ in range(columns)]
            self.words = [[0.0] * rows for _ in range(columns)]
            stale = range(rows)
        else:
            stale = sorted(self._stale)
        self.measured = set(stale)
        self._stale = set()
        if len(self._texts) > TEXTS_KEPT:
            self._texts.clear()
        plain = font.key()
        self._metrics.setdefault(plain, QFontMetricsF(font))
        whole_rows: RowTexts | None = getattr(model, "row_texts", None)
        for row in stale:
            if whole_rows is not None:
                texts, row_font = whole_rows(row)
                cells = [(text, row_font) for text in texts]
            else:
                cells = [
                    (str(index.data(DISPLAY) or ""), index.data(FONT))
                    for index in (model.index(row, column) for column in range(columns))
                ]
            for column, (text, own) in enumerate(cells):
                key = plain
                if isinstance(own, QFont):  # a cell of its own font (bold, italic)
                    key = own.key()
                    if key not in self._metrics:
                        self._metrics[key] = QFontMetricsF(own)
                line, word = self._widths(key, text, column in self._wrapping)
                self.lines[column][row] = line
                self.words[column][row] = word

    def _widths(self, font_key: str, text: str, wraps: bool) -> tuple[float, float]:
        """The text on one line, and its longest word if it may wrap (else 0)."""
        key = (font_key, text, wraps)
        widths = self._texts.get(key)
        if widths is None:
            metrics = self._metrics[font_key]
            word = 0.0
            if wraps:
                word = max(metrics.horizontalAdvance(w) for w in text.split() or [""])
            widths = (metrics.horizontalAdvance(text), word)
            self._texts[key] = widths
        return widths
