"""The History tab: the annual bilateral trade behind the trend, as the user imported it.

Import a statistics office's annual export (core.files.history_csv), see each year as each
country reports it and choose the report the sums use, the window of years and the method
the trend is taken by; read the trend, the ups and downs of the window (μ, σ) and the chance
of reaching the target. Every choice is an undoable edit of the document; the panel itself
computes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.history import TrendMethod, used_reporter
from trade_target.core.i18n import translate
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument, new_merge_token
from trade_target.ui.models.history import HistoryModel, reporter_words
from trade_target.ui.panels import history_words as words
from trade_target.ui.panels.history_texts import control_words
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel

if TYPE_CHECKING:
    from trade_target.core.files.history_csv import HistoryImport, RowProblem


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ReadOut(QLabel):
    """A result in words that can be selected and copied into a brief; a screen reader hears
    the words themselves as its description."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleDescription(text)


def ask_history_path(parent: QWidget | None) -> str | None:
    """The CSV file to import, or None if the user cancelled (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    filters = ";;".join(
        (
            translate("HistoryPanel", "CSV files") + " (*.csv *.txt)",
            translate("HistoryPanel", "All files") + " (*)",
        )
    )
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("HistoryPanel", "Import annual history"), "", filters
    )
    return path or None


class HistoryPanel(QWidget):
    """objectName historyPanel: import and clear, the rows an import left out, the years by
    report, the trend's report, window and method, and the read-outs."""

    imported = Signal(object)  # what core.files.history_csv read

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._document = document
        self._out_of_date = False
        self.problems: tuple[RowProblem, ...] = ()
        self.skipped = 0  # rows about other trade the last import left out (not faults)
        # Arrowing through a combo's items is one undo step: the field, its merge token and
        # the undo stack's index after the last step it made.
        self._stepping: tuple[str, int, int] = ("", 0, -1)

        self.intro = _note(self, "historyIntro")
        muted(self.intro)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importHistoryButton")
        self.import_button.clicked.connect(self.import_file)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearHistoryButton")
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.message = MessageLabel(self, "historyMessage")
        self.message.hide()
        self.problems_heading = QLabel(self)
        muted(self.problems_heading)
        self.skipped_note = _note(self, "historySkipped")
        muted(self.skipped_note)
        self.problem_list = QPlainTextEdit(self)  # selectable, copyable, read line by line
        self.problem_list.setObjectName("historyProblems")
        self.problem_list.setReadOnly(True)
        self.problem_list.setMaximumHeight(110)

        self.model = HistoryModel(document, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        self.model.modelReset.connect(self.table.resizeColumnsToContents)

        self.report_label = QLabel(self)
        self.report_box = self._combo("historyReport", "reporter")
        self.first_label = QLabel(self)
        self.first_box = self._combo("historyFirstYear", "first_year")
        self.last_label = QLabel(self)
        self.last_box = self._combo("historyLastYear", "last_year")
        self.method_label = QLabel(self)
        self.method_box = self._combo("historyMethod", "method")
        for method in TrendMethod:
            self.method_box.addItem(method.words, method.value)
        choices = QGridLayout()
        for row, (label, box) in enumerate(
            (
                (self.report_label, self.report_box),
                (self.first_label, self.first_box),
                (self.last_label, self.last_box),
                (self.method_label, self.method_box),
            )
        ):
            label.setBuddy(box)
            choices.addWidget(label, row, 0)
            choices.addWidget(box, row, 1)
        choices.setColumnStretch(2, 1)
        self.trend_message = MessageLabel(self, "trendMessage")
        self.trend_message.hide()

        self.trend_readout = ReadOut(self, "historyTrend")
        self.volatility_readout = ReadOut(self, "historyVolatility")
        self.chance_readout = ReadOut(self, "historyChance")
        self.passes_readout = ReadOut(self, "historyPasses")
        self.outlook_note = ReadOut(self, "historyOutlookNote")
        muted(self.outlook_note)

        # The answer before the table it rests on: in a short tab the read-outs stay in sight.
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        for widget in (self.message, self.skipped_note, self.problems_heading, self.problem_list):
            layout.addWidget(widget)
        layout.addLayout(choices)
        for widget in (
            self.trend_message,
            self.trend_readout,
            self.volatility_readout,
            self.chance_readout,
            self.passes_readout,
            self.outlook_note,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)

        self.focus_order: list[QWidget] = [
            self.import_button,
            self.clear_button,
            self.problem_list,
            self.report_box,
            self.first_box,
            self.last_box,
            self.method_box,
            self.table,
        ]
        document.changed.connect(self._on_document_changed)
        self.table.resizeColumnsToContents()
        self.retranslate()

    def _combo(self, name: str, field: str) -> QComboBox:
        """A choice of one field of the scenario's TrendChoice, made by the user."""
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # any language
        box.activated.connect(lambda _index: self._on_chosen(field, box.currentData()))
        return box

    # Importing ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask for a CSV (File › Import annual history… and the Import button) and import it."""
        path = ask_history_path(self)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: str) -> HistoryImport | None:
        """Read `path` and merge its good rows into the scenario (one undoable step), listing
        the rows left out; a file that cannot be read is said beside the buttons."""
        from trade_target.core.files.history_csv import read_history_csv

        try:
            result = read_history_csv(path)
            self._document.import_history(result.records)
        except TradeTargetError as exc:
            self._say(getattr(exc, "message", "") or str(exc))
            return None
        self._say("")
        self.problems, self.skipped = tuple(result.problems), result.skipped
        self._show_problems()
        self.imported.emit(result)
        return result

    def clear(self) -> None:
        self._document.clear_history()
        self.problems, self.skipped = (), 0
        self._show_problems()
        self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def problem_lines(self) -> list[str]:
        """The rows left out: “Line 7: …”."""
        return [
            translate("HistoryPanel", "Line {line}: {message}").format(
                line=problem.line, message=problem.message
            )
            for problem in self.problems
        ]

    def _show_problems(self) -> None:
        count = len(self.problems)
        self.problem_list.setPlainText("\n".join(self.problem_lines()))
        self.problems_heading.setText(
            translate("HistoryPanel", "%n row(s) of the file left out:", None, count)
        )
        self.problems_heading.setVisible(bool(count))
        self.problem_list.setVisible(bool(count))
        if self.skipped:
            from trade_target.core.files.history_csv import skipped_words

            self.skipped_note.setText(skipped_words(self.skipped))
        self.skipped_note.setVisible(bool(self.skipped))

    # Choosing how the trend is taken ------------------------------------------------------

    def _on_chosen(self, field: str, value: Any) -> None:
        """The user chose one field of how the trend is taken: that field changes, as one
        undoable edit, or the scenario's message says why not."""
        if field == "method":
            value = TrendMethod(value)
        chosen = replace(self._document.scenario.trend, **{field: value})
        stack = self._document.undo_stack
        last_field, token, index = self._stepping
        if field != last_field or stack.index() != index:
            token = new_merge_token()
        try:
            self._document.set_trend(chosen, token)
            self._stepping = (field, token, stack.index())
        except InputError as exc:
            self.refresh()  # the combos back to what the scenario says
            self.trend_message.setText(exc.message)
            self.trend_message.show()

    def _on_document_changed(self) -> None:
        self.trend_message.hide()
        if self.isVisible():
            self.refresh()
        else:
            self._out_of_date = True

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        if self._out_of_date:
            self.refresh()
        super().showEvent(event)

    # Showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The choices and read-outs as the current scenario has them."""
        self._out_of_date = False
        document = self._document
        records = document.dataset.history
        trend = document.scenario.trend
        used = used_reporter(records, trend)
        self._fill(self.report_box, [(reporter_words(c), c) for c in self.model.reporters], used)
        years = sorted({r.year for r in records if r.reporter == used})
        first = trend.first_year if trend.first_year is not None else next(iter(years), None)
        last = trend.last_year if trend.last_year is not None else next(reversed(years), None)
        years = sorted({*years, *(y for y in (first, last) if y is not None)})
        self._fill(self.first_box, [(str(y), y) for y in years], first)
        self._fill(self.last_box, [(str(y), y) for y in years], last)
        self._fill(self.method_box, [(m.words, m.value) for m in TrendMethod], trend.method.value)
        has_history = bool(records)
        for widget in (self.clear_button, self.first_box, self.last_box, self.method_box):
            widget.setEnabled(has_history)
        self.report_box.setEnabled(len(self.model.reporters) > 1)
        self._show_read_outs(used)
        self.table.resizeColumnsToContents()  # headers change with language and currency

    def _show_read_outs(self, used: str | None) -> None:
        document = self._document
        summary, currency = document.summary, document.currency
        found = document.outlook if used is not None else None
        if used is None:
            self.outlook_note.setText(
                translate(
                    "HistoryPanel",
                    "No annual history yet. Import a CSV file of yearly bilateral trade (a UN "
                    "Comtrade export, or two columns: year and value with its currency) to take "
                    "the trend from it and see the chance of reaching the target.",
                )
            )
        elif found is None:
            self.outlook_note.setText(document.outlook_problem or "")
        else:
            self.volatility_readout.setText(words.volatility_line(found, reporter_words(used)))
            self.chance_readout.setText(words.chance_sentence(found, summary, currency))
            self.passes_readout.setText(words.passes_line(found, summary.latest_year))
        self.trend_readout.setText(words.trend_line(summary))
        for label in (self.volatility_readout, self.chance_readout, self.passes_readout):
            label.setVisible(found is not None)
        self.outlook_note.setVisible(found is None)

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, object]], current: object) -> None:
        """`items` (text, data) in `box`, `current` chosen, without calling it a choice."""
        box.blockSignals(True)
        if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] != items:
            box.clear()
            for text, data in items:
                box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    # Words --------------------------------------------------------------------------------

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed; the problems' own messages stay
        in the language they were read in."""
        for attribute, said in control_words().items():
            control: Any = getattr(self, attribute) if attribute else self
            if said.text is not None:
                control.setText(said.text)
            if said.name is not None:
                control.setAccessibleName(said.name)
            if said.description is not None:
                control.setAccessibleDescription(said.description)
        self.model.retranslate()
        self._show_problems()
        self.refresh()
