"""The one state of a window — a workbook of scenarios — with its undo stack and file name.

Widgets never compute: they ask the document for an edit, which is validated by the
core and pushed as an undoable command; every view redraws on `changed`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from trade_target.core import figure_edits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.history import AnnualRecord, TrendChoice
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Inputs, Summary
from trade_target.core.workbook import Scenario, Workbook, default_scenario_name
from trade_target.ui.document_commands import (
    Describe,
    SetStateCommand,
    figure_edit,
    input_edit,
    renamed,
    trend_edit,
)
from trade_target.ui.document_outlook import KeptOutlook

if TYPE_CHECKING:
    from trade_target.core.monthly.months import MonthlyFigure
    from trade_target.core.outlook import Outlook

_merge_tokens = itertools.count(1)


def new_merge_token() -> int:
    """A fresh token: edits carrying the same token fold into one undo step."""
    return next(_merge_tokens)


UNDO_LIMIT = 500  # steps Edit › Undo can go back


class ScenarioDocument(QObject):
    """The workbook being edited, its summaries, undo stack, file path and saved state."""

    changed = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal(str)

    def __init__(
        self, source: Dataset, workbook: Workbook | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.undo_stack = QUndoStack(self)
        # Each step keeps the workbook as it was, summaries included: a day of typing stays
        # undoable while memory stays bounded.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._pushed: list[SetStateCommand] = []  # the steps pushed, until Qt deletes them
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._state = workbook or Workbook.from_source(source)
        # The default scenario's name as it was made: it follows a change of language until
        # the workbook is saved or the user types a name (None: nothing follows).
        self._default_name = default_scenario_name() if workbook is None else None
        self._path = ""
        self._restored = False
        self._outlook = KeptOutlook()
        self._refresh_summaries()

    # What the views read ------------------------------------------------------------------

    @property
    def workbook(self) -> Workbook:
        return self._state

    @property
    def scenario(self) -> Scenario:
        return self._state.scenario

    @property
    def dataset(self) -> Dataset:
        """The current scenario's figures."""
        return self._state.scenario.dataset

    @property
    def inputs(self) -> Inputs:
        return self._state.scenario.inputs

    @property
    def currency(self) -> Currency:
        return self._state.display_currency

    @property
    def summary(self) -> Summary:
        return self._state.scenario.summary()

    def summary_of(self, scenario: Scenario) -> Summary:
        """Evaluated when first asked for, then kept with the scenario: a view shows only
        what it draws, and thousands of unchanged scenarios cost nothing on an edit."""
        return scenario.summary()

    @property
    def outlook(self) -> Outlook | None:
        """The current scenario's chance of reaching the target (core.outlook), worked out
        when first asked for and kept with its scenario; None without a history or when its
        window is too short (then `outlook_problem` says why)."""
        return self._outlook.of(self.scenario)[0]

    @property
    def outlook_problem(self) -> str | None:
        """Why the current scenario has no outlook although it has a history, in words."""
        return self._outlook.of(self.scenario)[1]

    @property
    def path(self) -> str:
        """The file this workbook was opened from or saved to; empty if never saved."""
        return self._path

    @property
    def modified(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    # Edits: each validated by the core, then pushed as one undoable step ------------------

    def edit_input(self, field: str, value: Any, merge_token: int | None = None) -> None:
        """Change one input; raises InputError (naming the field) and changes nothing if bad."""
        workbook = self._state.edit_current(field, value)
        self._push(workbook, lambda: input_edit(field), merge_token)

    def set_currency(self, currency: Currency) -> None:
        self._push(
            replace(self._state, display_currency=currency),
            lambda: translate("Document", "Show {currency}").format(currency=currency.value),
        )

    def reset_to_source(self) -> None:
        """The current scenario back to the source's figures and default assumptions."""
        fresh = Scenario.from_source(self.scenario.name, self.source)
        fresh = replace(fresh, shown=self.scenario.shown)
        self._push(
            self._state.replace_scenario(self._state.current, fresh),
            lambda: translate("Document", "Reset to the article's figures"),
        )

    def add_scenario(self) -> None:
        """A new scenario on the source's figures, made current."""
        name = self._state.unique_name(
            translate("Document", "Scenario"), translate("Document", "Scenario {number}")
        )
        self._push(
            self._state.added(Scenario.from_source(name, self.source)),
            lambda: translate("Document", "New scenario"),
        )

    def duplicate_scenario(self, index: int | None = None) -> None:
        index = self._state.current if index is None else index
        self._push(
            self._state.duplicated(index), lambda: translate("Document", "Duplicate scenario")
        )

    def rename_scenario(self, index: int, name: str) -> None:
        if name == self._default_name:
            self._default_name = None  # typed by the user: kept as typed
        self._push(
            self._state.renamed(index, name), lambda: translate("Document", "Rename scenario")
        )

    def delete_scenario(self, index: int) -> None:
        name = self._state.scenarios[index].name
        self._push(
            self._state.removed(index),
            lambda: translate("Document", "Delete scenario “{name}”").format(name=name),
        )

    def set_shown(self, index: int, shown: bool) -> None:
        def describe() -> str:
            if shown:
                return translate("Document", "Show scenario on the chart")
            return translate("Document", "Hide scenario on the chart")

        self._push(self._state.with_shown(index, shown), describe)

    def select_scenario(self, index: int) -> None:
        """Which scenario the inputs edit: navigation, so not an undo step."""
        if index != self._state.current:
            self._set_state(self._state.with_current(index))

    def edit_figure(self, figure_id: str, field: str, value: Any) -> None:
        dataset = figure_edits.edit_figure(self.dataset, figure_id, field, value)
        self._push(self._with_dataset(dataset), lambda: figure_edit(field))

    def add_observation(self, **entered: Any) -> None:
        dataset = figure_edits.add_observation(self.dataset, **entered)
        self._push(self._with_dataset(dataset), lambda: translate("Document", "Add a figure"))

    def remove_figure(self, figure_id: str) -> None:
        dataset = figure_edits.remove_figure(self.dataset, figure_id)
        self._push(self._with_dataset(dataset), lambda: translate("Document", "Remove a figure"))

    def import_monthly(self, figures: Iterable[MonthlyFigure]) -> None:
        """Merge imported monthly figures into the current scenario (a month given again
        takes the new value): one undoable step."""
        figures = tuple(figures)
        dataset = figure_edits.with_monthly(self.dataset, figures)
        count = len(figures)
        self._push(
            self._with_dataset(dataset),
            lambda: translate("Document", "Import %n monthly figure(s)", None, count),
        )

    def clear_monthly(self) -> None:
        self._push(
            self._with_dataset(figure_edits.without_monthly(self.dataset)),
            lambda: translate("Document", "Remove the monthly figures"),
        )

    def import_history(self, records: Iterable[AnnualRecord]) -> None:
        """Merge imported annual records into the current scenario (a year and report given
        again takes the new value): one undoable step."""
        records = tuple(records)
        dataset = figure_edits.with_history(self.dataset, records)
        count = len({record.year for record in records})  # both reports of a year: one year
        self._push(
            self._with_dataset(dataset),
            lambda: translate("Document", "Import %n year(s) of annual history", None, count),
        )

    def clear_history(self) -> None:
        """Remove the annual history; a trend taken from it goes back to the base year and
        the latest estimate (the window's years went with the history)."""
        scenario = replace(
            self.scenario, dataset=figure_edits.without_history(self.dataset), trend=TrendChoice()
        )
        self._push(
            self._state.replace_scenario(self._state.current, scenario),
            lambda: translate("Document", "Remove the annual history"),
        )

    def set_trend(self, choice: TrendChoice, merge_token: int | None = None) -> None:
        """How the observed trend is taken from the history (method, window, report);
        InputError, changing nothing, if the window has too few years for the method."""
        before = self.scenario.trend
        if choice == before:
            return
        scenario = replace(self.scenario, trend=choice)
        self._push(
            self._state.replace_scenario(self._state.current, scenario),
            lambda: trend_edit(before, choice),
            merge_token,
        )

    def set_annualisation(self, method: Annualisation) -> None:
        """How the latest part year is made a full year; InputError if the figures do not
        allow `method` (the message says what to add)."""
        if method is self.scenario.annualisation:
            return
        scenario = replace(self.scenario, annualisation=method)
        self._push(
            self._state.replace_scenario(self._state.current, scenario),
            lambda: translate("Document", "Annualise by {method}").format(method=method.words),
        )

    def _with_dataset(self, dataset: Dataset) -> Workbook:
        scenario = replace(self.scenario, dataset=dataset)
        return self._state.replace_scenario(self._state.current, scenario)

    # Files ---------------------------------------------------------------------------------

    def load(self, workbook: Workbook, path: str = "", *, restored: bool = False) -> None:
        """Show `workbook` as a fresh document (no undo history). A workbook restored from an
        autosave counts as unsaved work even before the first edit."""
        self.undo_stack.clear()
        self._path = path
        fresh = not path and not restored  # File › New: the source's figures, named now
        self._default_name = default_scenario_name() if fresh else None
        self._set_state(workbook)
        self._set_restored(restored)
        self.path_changed.emit(path)
        self.modified_changed.emit(self.modified)

    def mark_saved(self, path: str) -> None:
        self._path = path
        self._default_name = None  # the names are the file's now
        self.undo_stack.setClean()
        self._set_restored(False)
        self.path_changed.emit(path)
        self.modified_changed.emit(self.modified)

    # Inside --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every undo step's text in the current language (Edit › Undo … reads them); the
        window calls this when the language changes, before it sets its Undo and Redo texts."""
        stack = self.undo_stack
        self._follow_default_name()
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, SetStateCommand):
                command.setText(command.describe())
        stack.undoTextChanged.emit(stack.undoText())
        stack.redoTextChanged.emit(stack.redoText())

    def _follow_default_name(self) -> None:
        """The default scenario's name said in the language now installed, everywhere it is
        kept (undo and redo bring back the same name); not an edit, so nothing to save."""
        old, new = self._default_name, default_scenario_name()
        if old is None or old == new:
            return
        self._default_name = new
        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, SetStateCommand):
                command.rename_scenario(old, new)
        workbook = renamed(self._state, old, new)
        if workbook is not self._state:
            self._set_state(workbook)

    def _push(self, workbook: Workbook, describe: Describe, merge_token: int | None = None) -> None:
        if workbook == self._state:
            return
        # Evaluated before it is pushed: inputs too far apart to compute with are refused
        # here (InputError), never half-applied inside the undo stack. Only the scenarios the
        # edit made are new; the others were evaluated when they came.
        kept = {id(scenario) for scenario in self._state.scenarios}
        for scenario in workbook.scenarios:
            if id(scenario) not in kept:
                scenario.summary()
        command = SetStateCommand(self, self._state, workbook, describe, merge_token)
        self.undo_stack.push(command)
        self._let_go_of_deleted_steps(command)

    def _let_go_of_deleted_steps(self, pushed: SetStateCommand) -> None:
        """Qt deletes the steps it merges, drops past the undo limit or clears, but PySide's
        stack keeps their Python side alive: emptied here, they hold no workbooks (nor the
        summaries the workbooks keep), so memory stays flat however long the session."""
        self._pushed.append(pushed)
        alive = []
        for step in self._pushed:
            if shiboken6.isValid(step):
                alive.append(step)
            else:
                step.__dict__.clear()
        self._pushed = alive

    def _set_state(self, workbook: Workbook) -> None:
        self._state = workbook
        self.changed.emit()

    def _refresh_summaries(self) -> None:
        """Every scenario evaluated, so that a workbook that cannot be is refused at once;
        a file's were evaluated as it was read, and are kept (Scenario.summary)."""
        for scenario in self._state.scenarios:
            scenario.summary()

    def _set_restored(self, restored: bool) -> None:
        self._restored = restored

    def _on_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.modified)
