"""Table models: each translates the document's core objects into index + role, nothing more."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..core.dataset import Figure, FigureKind
from ..core.money import Currency, convert
from ..core.scenario import TrajectoryRow
from . import formatting
from .document import ScenarioDocument

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class FiguresModel(QAbstractTableModel):
    """The article's figures: as reported, the other currency derived, period, source quote."""

    FIGURE, REPORTED, DERIVED, PERIOD, QUOTE = range(5)
    HEADERS = ("Figure", "As reported", "Other currency (derived)", "Period", "Source quote")

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._figures: tuple[Figure, ...] = document.dataset.figures
        self._rate = document.inputs.exchange_rate
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _TOOLTIP
            and section == self.DERIVED
        ):
            return "Converted through the exchange rate you set; not a figure from the source."
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP, _FONT) or not index.isValid():
            return None
        figure = self._figures[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._display(figure, column)
        if role == _TOOLTIP:
            return self._tooltip(figure, column)
        if role == _FONT and column == self.DERIVED and figure.kind is FigureKind.MONEY:
            return _italic()
        return None

    def _display(self, figure: Figure, column: int) -> str:
        if column == self.FIGURE:
            return figure.label
        if column == self.PERIOD:
            return figure.period
        if column == self.QUOTE:
            return f"“{figure.quote}”"
        if figure.kind is not FigureKind.MONEY or figure.value is None:
            return figure.text if column == self.REPORTED else "—"
        currency = figure.reported_currency or Currency.USD
        qualifier = f"{figure.qualifier.capitalize()} " if figure.qualifier else ""
        if column == self.REPORTED:
            return f"{qualifier}{currency.symbol}{formatting.number(figure.value, 1)} billion"
        derived = convert(figure.value, currency, currency.other, self._rate)
        return f"≈ {qualifier.lower()}{formatting.money(derived, currency.other)}"

    def _tooltip(self, figure: Figure, column: int) -> str | None:
        if column == self.QUOTE:
            citation = self._document.dataset.citation
            return f"“{figure.quote}”\n\n{citation.one_line()}"
        if column != self.DERIVED:
            return None
        if figure.kind is not FigureKind.MONEY or figure.reported_currency is None:
            return "Not an amount of money: nothing to convert."
        text = (
            f"Derived, not reported: converted at {formatting.rate(self._rate)} RM per US$ "
            "(the rate in the inputs)."
        )
        if figure.article_conversion:
            other = figure.reported_currency.other
            text += (
                f"\nThe article's own conversion: {other.symbol}"
                f"{formatting.number(figure.article_conversion, 2)} billion."
            )
        return text

    def _on_document_changed(self) -> None:
        rate = self._document.inputs.exchange_rate
        if rate != self._rate:
            self._rate = rate
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, self.DERIVED), self.index(last, self.DERIVED))


class TrajectoryModel(QAbstractTableModel):
    """Year by year: required value in US$ and RM, the value at the observed trend, the gap.

    Cell texts are formatted once per change, so painting only looks them up.
    """

    YEAR, REQUIRED_USD, REQUIRED_MYR, TREND, GAP = range(5)
    COLUMNS = 5

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._currency = document.currency
        self._cells = self._format(document.summary.trajectory)
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        symbol = self._currency.symbol
        if role == _DISPLAY:
            headers = (
                "Year",
                "Required\n(US$ bn)",
                "Required\n(RM bn)",
                f"At observed\ntrend ({symbol} bn)",
                f"Gap: trend −\nrequired ({symbol} bn)",
            )
            return headers[section] if 0 <= section < len(headers) else None
        if role == _TOOLTIP and section == self.GAP:
            return "Negative: the observed trend falls short of the required path that year."
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if role == _ALIGN:
            return _RIGHT
        if role == _TOOLTIP and index.isValid() and index.row() == 0:
            return "Base year: the reported figure."
        return None

    def _format(self, rows: tuple[TrajectoryRow, ...]) -> list[tuple[str, ...]]:
        usd = self._currency is Currency.USD
        cells = []
        for row in rows:
            gap = row.gap_usd if usd else row.gap_myr
            cells.append(
                (
                    str(row.year),
                    formatting.number(row.required_usd, 2),
                    formatting.number(row.required_myr, 2),
                    formatting.number(row.trend_usd if usd else row.trend_myr, 2),
                    ("−" if gap < 0 else "+") + formatting.number(abs(gap), 2),
                )
            )
        return cells

    def _on_document_changed(self) -> None:
        currency = self._document.currency
        if currency != self._currency:
            self._currency = currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.TREND, self.GAP)
        new = self._format(self._document.summary.trajectory)
        old = self._cells
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._cells = new
            self.endInsertRows()
        elif len(new) < len(old):
            self.beginRemoveRows(QModelIndex(), len(new), len(old) - 1)
            self._cells = new
            self.endRemoveRows()
        self._cells = new
        common = min(len(old), len(new))
        changed = [
            column
            for column in range(self.COLUMNS)
            if any(old[row][column] != new[row][column] for row in range(common))
        ]
        if changed:
            self.dataChanged.emit(
                self.index(0, changed[0]), self.index(common - 1, changed[-1]), [_DISPLAY]
            )
