"""The year-by-year table: the required path and the path at the trend, formatted once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from trade_target.core.growth import path
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.roles import (
    ALIGN,
    DISPLAY,
    RIGHT,
    TOOLTIP,
    Index,
    announce_retranslated,
)


class TrajectoryModel(QAbstractTableModel):
    """Year by year: required value in US$ and RM, the value at the observed trend, the gap,
    and the catch-up path from the latest year (blank before it, and without a catch-up).

    Cell texts are formatted once per change, so painting only looks them up.
    """

    YEAR, REQUIRED_USD, REQUIRED_MYR, TREND, GAP, CATCH_UP = range(6)
    COLUMNS = 6

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._currency = document.currency
        self._cells = self._format(document.summary)
        document.changed.connect(self._on_document_changed)

    @qt_guard(fallback=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    @qt_guard(fallback=0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    @qt_guard
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        symbol = self._currency.symbol
        if role == DISPLAY:
            if section == self.YEAR:
                return translate("TrajectoryModel", "Year")
            if section == self.REQUIRED_USD:
                return translate("TrajectoryModel", "Required\n(US$ bn)")
            if section == self.REQUIRED_MYR:
                return translate("TrajectoryModel", "Required\n(RM bn)")
            if section == self.TREND:
                return translate("TrajectoryModel", "At observed\ntrend ({symbol} bn)").format(
                    symbol=symbol
                )
            if section == self.GAP:
                return translate("TrajectoryModel", "Gap: trend −\nrequired ({symbol} bn)").format(
                    symbol=symbol
                )
            if section == self.CATCH_UP:
                return translate("TrajectoryModel", "Catch-up\npath ({symbol} bn)").format(
                    symbol=symbol
                )
            return None
        if role == TOOLTIP and section == self.GAP:
            return translate(
                "TrajectoryModel",
                "Negative: the observed trend falls short of the required path that year.",
            )
        if role == TOOLTIP and section == self.CATCH_UP:
            return translate(
                "TrajectoryModel",
                "From the latest figure to the target in the target year, at the catch-up "
                "growth; blank before the latest year.",
            )
        return None

    @qt_guard
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if role == ALIGN:
            return RIGHT
        if role == TOOLTIP and index.isValid() and index.row() == 0:
            return translate("TrajectoryModel", "Base year: the reported figure.")
        return None

    def row_texts(self, row: int) -> tuple[tuple[str, ...], None]:
        """The row's texts as data() gives them, in the view's font: for fitting the columns
        in one call a row (ui.panels.column_widths)."""
        return self._cells[row], None

    def retranslate(self) -> None:
        """Headers, tooltips and numbers again, in the language (and locale) now installed."""
        self._cells = self._format(self._document.summary)
        announce_retranslated(self)

    def _format(self, summary: Summary) -> list[tuple[str, ...]]:
        currency = self._currency
        usd = currency is Currency.USD
        catch_up = (  # as core.tables.catch_up_path, without loading the export code
            {}
            if summary.catch_up_growth is None
            else dict(
                path(
                    summary.latest_estimate_usd,
                    summary.catch_up_growth,
                    summary.latest_year,
                    summary.target_year,
                )
            )
        )
        cells: list[tuple[str, ...]] = []
        for row in summary.trajectory:
            gap = row.gap_usd if usd else row.gap_myr
            on_path = catch_up.get(row.year)
            cells.append(
                (
                    str(row.year),
                    formatting.number(row.required_usd, 2),
                    formatting.number(row.required_myr, 2),
                    formatting.number(row.trend_usd if usd else row.trend_myr, 2),
                    formatting.signed_number(gap, 2),
                    (
                        ""
                        if on_path is None
                        else formatting.number(summary.in_currency(on_path, currency), 2)
                    ),
                )
            )
        return cells

    def _on_document_changed(self) -> None:
        currency = self._document.currency
        if currency != self._currency:
            self._currency = currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.TREND, self.CATCH_UP)
        new = self._format(self._document.summary)
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
                self.index(0, changed[0]), self.index(common - 1, changed[-1]), [DISPLAY]
            )
