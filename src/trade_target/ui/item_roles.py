"""What the table models share: index types, item-data roles, fonts, named columns."""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

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


class ColumnsModel(QAbstractTableModel):
    """A table whose columns are named by `HEADERS`, some explained by `HEADER_TIPS`."""

    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: ClassVar[dict[int, str]] = {}

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        if role == TOOLTIP:
            return self.HEADER_TIPS.get(section)
        return None
