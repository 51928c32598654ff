"""The scenarios: a list to tick, rename and choose from, and a table comparing their results."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.scenario import Summary
from ..core.workbook import Scenario
from . import formatting
from .document import ScenarioDocument
from .item_roles import (
    ALIGN,
    CHECK,
    DISPLAY,
    EDIT,
    FONT,
    RIGHT,
    TOOLTIP,
    ColumnsModel,
    Index,
    announce_retranslated,
    bold,
)
from .row_sync import replace_rows


def _keys(scenarios: tuple[Scenario, ...]) -> list[int]:
    """Row identities: a scenario keeps its place when edited, so rows are matched by id()."""
    return [id(scenario) for scenario in scenarios]


class ScenarioListModel(QAbstractListModel):
    """The workbook's scenarios: the name (editable) and a tick for 'show on the chart'."""

    edit_refused = Signal(str)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._scenarios = document.workbook.scenarios
        self._current = document.workbook.current
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column; public, as QAbstractListModel's own is not callable from Python."""
        return 0 if parent.isValid() else 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        scenario = self._scenarios[index.row()]
        if role in (DISPLAY, EDIT):
            return scenario.name
        if role == CHECK:
            return Qt.CheckState.Checked if scenario.shown else Qt.CheckState.Unchecked
        if role == FONT and index.row() == self._current:
            return bold()
        if role == TOOLTIP:
            years = scenario.years_to_target
            return translate(
                "ScenarioListModel",
                "{name}: {rate} RM per US$, %n year(s) to target. Tick to show it on the "
                "chart; double-click to rename.",
                None,
                years,
            ).format(name=scenario.name, rate=formatting.rate(scenario.exchange_rate))
        return None

    def retranslate(self) -> None:
        """The tooltips again, in the language now installed (the names are the user's)."""
        announce_retranslated(self)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        try:
            if role == EDIT:
                self._document.rename_scenario(row, str(value))
                return True
            if role == CHECK:
                shown = Qt.CheckState(value) == Qt.CheckState.Checked
                self._document.set_shown(row, shown)
                return True
        except InputError as exc:
            self.edit_refused.emit(exc.message)
        return False

    def _on_document_changed(self) -> None:
        workbook = self._document.workbook
        new = workbook.scenarios
        if new is self._scenarios and workbook.current == self._current:
            return

        def commit() -> None:
            self._scenarios, self._current = new, workbook.current

        if replace_rows(self, _keys(self._scenarios), _keys(new), commit) and new:
            self.dataChanged.emit(self.index(0), self.index(len(new) - 1))


class ComparisonModel(ColumnsModel):
    """Each scenario's results side by side; the one being edited is in bold."""

    SCENARIO, RATE, TARGET_YEAR, REQUIRED, OBSERVED, STATUS, REACHED = range(7)
    CONTEXT = "ComparisonModel"
    TWO_LINE_HEADERS = True
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Scenario"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Rate (RM per US$)"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Target year"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Required growth"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Observed growth"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Status"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Reached at trend"),
    )
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        REACHED: QT_TRANSLATE_NOOP(
            "ComparisonModel",
            "The year the target is met if trade keeps growing at the observed rate.",
        ),
    }

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._scenarios = document.workbook.scenarios
        self._current = document.workbook.current
        self._cells = self._format()
        document.changed.connect(self._on_document_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self._cells[index.row()][index.column()]
        if role == FONT and index.row() == self._current:
            return bold()
        if role == ALIGN and index.column() not in (self.SCENARIO, self.STATUS):
            return RIGHT
        return None

    def _format(self) -> list[tuple[str, ...]]:
        return [_row(scenario, self._document.summary_of(scenario)) for scenario in self._scenarios]

    def retranslate(self) -> None:
        """Headers and cells again, in the language (and locale) now installed."""
        self._cells = self._format()
        announce_retranslated(self)

    def _on_document_changed(self) -> None:
        workbook = self._document.workbook
        if workbook.scenarios is self._scenarios and workbook.current == self._current:
            return
        old_keys = _keys(self._scenarios)
        self._scenarios = workbook.scenarios
        cells = self._format()

        def commit() -> None:
            self._cells, self._current = cells, workbook.current

        if replace_rows(self, old_keys, _keys(workbook.scenarios), commit) and cells:
            self.dataChanged.emit(self.index(0, 0), self.index(len(cells) - 1, self.REACHED))


def _row(scenario: Scenario, summary: Summary) -> tuple[str, ...]:
    if summary.year_reached_at_trend is None:
        reached = translate("ComparisonModel", "Not at this trend")
    elif summary.years_to_reach_at_trend == 0:
        reached = translate("ComparisonModel", "Already ({year})").format(year=summary.latest_year)
    else:
        reached = str(summary.year_reached_at_trend)
    years = scenario.years_to_target
    return (
        scenario.name,
        formatting.rate(scenario.exchange_rate),
        translate("ComparisonModel", "{year} (%n yr)", None, years).format(
            year=summary.target_year
        ),
        _a_year(summary.required_growth),
        _a_year(summary.observed_growth),
        summary.status.words,
        reached,
    )


def _a_year(growth: float) -> str:
    return translate("ComparisonModel", "{percent} a year").format(
        percent=formatting.percent(growth)
    )
