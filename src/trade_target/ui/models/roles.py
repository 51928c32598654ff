"""What the table models share: index types, item-data roles, fonts, named columns."""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from trade_target.core.i18n import translate
from trade_target.render.guard import qt_guard

Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@cache
def italic() -> QFont:
    """Derived values, which the source did not report."""
    font = QFont()
    font.setItalic(True)
    return font


@cache
def bold() -> QFont:
    """The scenario being edited."""
    font = QFont()
    font.setBold(True)
    return font


def announce_retranslated(model: QAbstractItemModel) -> None:
    """Tell views that every header and every cell may read differently (a new language):
    the rows stay as they are, so selections and scroll positions survive."""
    columns = model.columnCount()
    if columns > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows > 0 and columns > 0:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def two_lines(text: str) -> str:
    """A header of several words over two lines, broken at the space nearest its middle, so
    that columns sharing a view's width fit their headers in any language."""
    if "\n" in text or " " not in text.strip():
        return text
    middle = len(text) / 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class ColumnsModel(QAbstractTableModel):
    """A table whose columns are named by `HEADERS`, some explained by `HEADER_TIPS`.

    Both are English, marked where they are defined with QT_TRANSLATE_NOOP in the
    subclass's `CONTEXT`, and translated when a view asks for them.
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: ClassVar[dict[int, str]] = {}
    TWO_LINE_HEADERS: ClassVar[bool] = False  # for columns that share the view's width

    @qt_guard(fallback=0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    @qt_guard
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            if 0 <= section < len(self.HEADERS):
                text = translate(self.CONTEXT, self.HEADERS[section])
                return two_lines(text) if self.TWO_LINE_HEADERS else text
            return None
        if role == TOOLTIP:
            tip = self.HEADER_TIPS.get(section)
            return None if tip is None else translate(self.CONTEXT, tip)
        return None

    def retranslate(self) -> None:
        """Every header and cell again, in the language now installed."""
        announce_retranslated(self)
