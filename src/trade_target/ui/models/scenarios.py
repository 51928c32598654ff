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
from PySide6.QtGui import QFont

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.scenario import Summary
from trade_target.core.workbook import Scenario
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.roles import (
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
from trade_target.ui.models.row_sync import announce_rows, changed_rows, replace_rows


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
        # True while the rows follow the document: a view's current row then moves by itself
        # (Qt moves it off a removed row, and says so before the row goes, in the old
        # numbering), which is not a choice of scenario.
        self.following = False
        document.changed.connect(self._on_document_changed)

    @qt_guard(fallback=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    @qt_guard(fallback=0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column; public, as QAbstractListModel's own is not callable from Python."""
        return 0 if parent.isValid() else 1

    @qt_guard(fallback=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    @qt_guard
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

    @qt_guard(fallback=False)
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

        old, old_current = self._scenarios, self._current

        def commit() -> None:
            self._scenarios, self._current = new, workbook.current

        self.following = True
        try:
            kept_places = replace_rows(self, _keys(old), _keys(new), commit)
        finally:
            self.following = False
        if kept_places:  # only the rows that changed: a click must not redo 10,000
            announce_rows(self, changed_rows(old, new, old_current, workbook.current))


class ComparisonModel(ColumnsModel):
    """Each scenario's results side by side; the one being edited is in bold."""

    SCENARIO, RATE, TARGET_YEAR, REQUIRED, OBSERVED, CATCH_UP, STATUS, REACHED = range(8)
    WRAPPING = (SCENARIO, STATUS, REACHED)  # words, which may take two lines in a narrow view
    CONTEXT = "ComparisonModel"
    TWO_LINE_HEADERS = True
    HEADERS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Scenario"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Rate (RM per US$)"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Target year"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Required growth"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Observed growth"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Catch-up growth"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Status"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Reached at trend"),
    )
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        CATCH_UP: QT_TRANSLATE_NOOP(
            "ComparisonModel",
            "The growth a year still needed from the latest figure to reach the target by the "
            "target year; none when the target is met or no year is left.",
        ),
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
        # Each row's texts, made when a view first asks for them and kept until its scenario
        # changes; by id() of the scenario, which is kept alongside to tell a reused id.
        self._cells: dict[int, tuple[Scenario, tuple[str, ...]]] = {}
        document.changed.connect(self._on_document_changed)

    @qt_guard(fallback=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    @qt_guard
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, TOOLTIP):  # the whole text also on hover, however it is shown
            return self._texts(index.row())[index.column()]
        if role == FONT and index.row() == self._current:
            return bold()
        if role == ALIGN and index.column() not in (self.SCENARIO, self.STATUS):
            return RIGHT
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        """The row's cells, from what is kept or made now (only rows a view shows are)."""
        scenario = self._scenarios[row]
        kept = self._cells.get(id(scenario))
        if kept is None or kept[0] is not scenario:
            if len(self._cells) > 2 * len(self._scenarios) + 64:
                self._cells = {}  # rows of scenarios long gone
            kept = (scenario, _row(scenario, self._document.summary_of(scenario)))
            self._cells[id(scenario)] = kept
        return kept[1]

    def row_texts(self, row: int) -> tuple[tuple[str, ...], QFont | None]:
        """The row's texts and their font, as data() gives them: for fitting the columns
        to thousands of rows in one call a row (ui.panels.column_widths)."""
        return self._texts(row), bold() if row == self._current else None

    def retranslate(self) -> None:
        """Headers and cells again, in the language (and locale) now installed."""
        self._cells = {}
        announce_retranslated(self)

    def _on_document_changed(self) -> None:
        workbook = self._document.workbook
        if workbook.scenarios is self._scenarios and workbook.current == self._current:
            return
        old, old_current, new = self._scenarios, self._current, workbook.scenarios

        def commit() -> None:
            self._scenarios, self._current = new, workbook.current

        if replace_rows(self, _keys(old), _keys(new), commit):
            rows = changed_rows(old, new, old_current, workbook.current)
            announce_rows(self, rows, self.REACHED)


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
        (
            translate("ComparisonModel", "None")
            if summary.catch_up_growth is None
            else _a_year(summary.catch_up_growth)
        ),
        summary.status.words,
        reached,
    )


def _a_year(growth: float) -> str:
    return translate("ComparisonModel", "{percent} a year").format(
        percent=formatting.percent(growth)
    )
