"""A word-wrapped label that remembers how tall it is at each width.

Qt's layouts ask a word-wrapped label for its height at a width again at every pass, and a
QLabel lays its text out anew for each answer (twice, for a selectable one, whose text is a
document). A pass asks every wrapped label of the layouts it walks, not only those whose
text changed: an edit that changes one explanation had the summary's and the inputs' every
wrapped line laid out again, several times. Here each (width, text) is laid out once; what
else the height depends on (font, style, margins, direction) arrives as a change event,
which forgets the remembered heights.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from trade_target.render.guard import BASE, qt_guard

HEIGHTS_KEPT = 16  # widths and texts remembered; a window resize asks for many widths


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, whose heights for width are remembered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._heights: dict[tuple[int, str, int, int], int] = {}

    @qt_guard(fallback=BASE)
    def heightForWidth(self, width: int) -> int:
        least = self.minimumSize()
        key = (width, self.text(), least.width(), least.height())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._heights.clear()  # a font, style, margin or direction that lays text out anew
