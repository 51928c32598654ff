"""The annual history as a table: a row a year, a column for each country's report present
(mirror data: Malaysia's exports to Türkiye are Türkiye's imports from Malaysia, so the two
reports of the same trade differ), the heading of the report the sums use in bold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from trade_target.core.history import MALAYSIA, TURKIYE, AnnualRecord, reporters, used_reporter
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency, convert
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.roles import (
    ALIGN,
    DISPLAY,
    FONT,
    RIGHT,
    TOOLTIP,
    Index,
    announce_retranslated,
    bold,
    italic,
)

REPORTER_NAMES = {
    MALAYSIA: QT_TRANSLATE_NOOP("HistoryModel", "Malaysia's report"),
    TURKIYE: QT_TRANSLATE_NOOP("HistoryModel", "Türkiye's report"),
    "": QT_TRANSLATE_NOOP("HistoryModel", "Report not named"),
}
"""Each report by whose it is; "" is a file that does not say (the two-column layout)."""


def reporter_words(code: str) -> str:
    """“Malaysia's report”, in the installed language."""
    return translate("HistoryModel", REPORTER_NAMES.get(code, REPORTER_NAMES[""]))


class HistoryModel(QAbstractTableModel):
    """Year, then each report present, in billions of the display currency."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._records: tuple[AnnualRecord, ...] = ()
        self._rate = 0.0
        self._currency = Currency.USD
        self._reporters: tuple[str, ...] = ()
        self._used: str | None = None
        self._years: list[int] = []
        self._cells: dict[tuple[str, int], AnnualRecord] = {}
        self._take()
        document.changed.connect(self._on_document_changed)

    @property
    def reporters(self) -> tuple[str, ...]:
        """The reports shown, one column each after the year."""
        return self._reporters

    @qt_guard(fallback=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._years)

    @qt_guard(fallback=0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._reporters)

    @qt_guard
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._reporters):
            return None
        if section == 0:
            return translate("HistoryModel", "Year") if role == DISPLAY else None
        code = self._reporters[section - 1]
        if role == DISPLAY:
            return translate("HistoryModel", "{report}\n({symbol} bn)").format(
                report=reporter_words(code), symbol=self._currency.symbol
            )
        if role == FONT and code == self._used:
            return bold()
        if role == TOOLTIP:
            if code == self._used:
                return translate("HistoryModel", "The trend and the chance use this report.")
            return translate("HistoryModel", "Shown for comparison; the sums use another report.")
        return None

    @qt_guard
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        year = self._years[index.row()]
        if index.column() == 0:
            return str(year) if role == DISPLAY else None
        code = self._reporters[index.column() - 1]
        record = self._cells.get((code, year))
        if role == ALIGN:
            return RIGHT
        if record is None:
            return "–" if role == DISPLAY else None
        if role == DISPLAY:
            shown = convert(record.value, record.currency, self._currency, self._rate)
            return formatting.number(shown, 2)
        derived = record.currency is not self._currency
        if role == FONT:
            return italic() if derived else None
        if role == TOOLTIP and derived:
            return translate(
                "HistoryModel", "Reported as {amount}; converted at {rate} RM per US$."
            ).format(
                amount=formatting.money(record.value, record.currency),
                rate=formatting.rate(self._rate),
            )
        return None

    def retranslate(self) -> None:
        """Headers and numbers again, in the language (and locale) now installed."""
        announce_retranslated(self)

    def _take(self) -> None:
        scenario = self._document.scenario
        records = scenario.dataset.history
        self._records = records
        self._rate = scenario.inputs.exchange_rate
        self._currency = self._document.currency
        self._reporters = reporters(records)
        self._used = used_reporter(records, scenario.trend)
        self._cells = {(record.reporter, record.year): record for record in records}
        self._years = sorted({record.year for record in records})

    def _on_document_changed(self) -> None:
        scenario = self._document.scenario
        same_shape = (
            scenario.dataset.history == self._records
            and used_reporter(self._records, scenario.trend) == self._used
        )
        if not same_shape:
            self.beginResetModel()
            self._take()
            self.endResetModel()
            return
        if (scenario.inputs.exchange_rate, self._document.currency) != (self._rate, self._currency):
            self._take()
            announce_retranslated(self)
