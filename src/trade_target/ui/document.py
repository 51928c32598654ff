"""The one state of a window — a workbook of scenarios — with its undo stack and file name.

Widgets never compute: they ask the document for an edit, which is validated by the
core and pushed as an undoable command; every view redraws on `changed`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import figure_edits
from ..core.annualise import Annualisation
from ..core.dataset import Dataset
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.money import Currency
from ..core.scenario import Inputs, Summary
from ..core.workbook import Scenario, Workbook

if TYPE_CHECKING:
    from ..core.monthly import MonthlyFigure

_merge_tokens = itertools.count(1)
_CACHE_SIZE = 64  # summaries kept, so undo and redo need not evaluate again


def new_merge_token() -> int:
    """A fresh token: edits carrying the same token fold into one undo step."""
    return next(_merge_tokens)


Describe = Callable[[], str]  # an undo step's text, in the language of the moment


class _SetStateCommand(QUndoCommand):
    """Swap the whole workbook; consecutive edits with one merge token fold together."""

    ID = 1

    def __init__(
        self,
        document: ScenarioDocument,
        before: Workbook,
        after: Workbook,
        describe: Describe,
        merge_token: int | None,
    ) -> None:
        super().__init__(describe())
        self.describe = describe
        self._document = document
        self._before = before
        self._after = after
        self._merge_token = merge_token

    def id(self) -> int:
        return self.ID if self._merge_token is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetStateCommand) or other._merge_token != self._merge_token:
            return False
        self._after = other._after
        self.setObsolete(self._after == self._before)
        return True

    def redo(self) -> None:
        self._document._set_state(self._after)

    def undo(self) -> None:
        self._document._set_state(self._before)


# The undo step of each input, a whole phrase for the translators; translated when shown.
INPUT_EDITS = {
    "exchange_rate": QT_TRANSLATE_NOOP("Document", "Change exchange rate"),
    "years_to_target": QT_TRANSLATE_NOOP("Document", "Change years to target"),
    "target_value": QT_TRANSLATE_NOOP("Document", "Change target"),
    "base_value": QT_TRANSLATE_NOOP("Document", "Change base-year trade"),
    "latest_value": QT_TRANSLATE_NOOP("Document", "Change latest trade"),
    "latest_months": QT_TRANSLATE_NOOP("Document", "Change months covered"),
}
# The undo step of each editable field of a figure (core.figure_edits.EDITABLE).
FIGURE_EDITS = {
    "label": QT_TRANSLATE_NOOP("Document", "Change a figure's figure"),
    "value": QT_TRANSLATE_NOOP("Document", "Change a figure's value"),
    "reported_currency": QT_TRANSLATE_NOOP("Document", "Change a figure's reported currency"),
    "year": QT_TRANSLATE_NOOP("Document", "Change a figure's year"),
    "months": QT_TRANSLATE_NOOP("Document", "Change a figure's months covered"),
    "period": QT_TRANSLATE_NOOP("Document", "Change a figure's period"),
    "quote": QT_TRANSLATE_NOOP("Document", "Change a figure's source note"),
    "partner_value": QT_TRANSLATE_NOOP("Document", "Change a figure's partner value"),
    "partner_source": QT_TRANSLATE_NOOP("Document", "Change a figure's partner source"),
    "use_partner": QT_TRANSLATE_NOOP("Document", "Choose whose value a figure uses"),
    "previous_same_period": QT_TRANSLATE_NOOP(
        "Document", "Change the previous year's same-months figure"
    ),
}


def _input_edit(field: str) -> str:
    if field in INPUT_EDITS:
        return translate("Document", INPUT_EDITS[field])
    return translate("Document", "Change {field}").format(field=field)


def _figure_edit(field: str) -> str:
    if field in FIGURE_EDITS:
        return translate("Document", FIGURE_EDITS[field])
    label = figure_edits.EDITABLE.get(field, field).lower()
    return translate("Document", "Change a figure's {field}").format(field=label)


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
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._state = workbook or Workbook.from_source(source)
        self._summaries: dict[Scenario, Summary] = {}
        self._cache: dict[Scenario, Summary] = {}
        self._path = ""
        self._restored = False
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
        return self._summaries[self._state.scenario]

    def summary_of(self, scenario: Scenario) -> Summary:
        return self._summaries[scenario]

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
        self._push(workbook, lambda: _input_edit(field), merge_token)

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
        self._push(self._with_dataset(dataset), lambda: _figure_edit(field))

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
        self._set_state(workbook)
        self._set_restored(restored)
        self.path_changed.emit(path)
        self.modified_changed.emit(self.modified)

    def mark_saved(self, path: str) -> None:
        self._path = path
        self.undo_stack.setClean()
        self._set_restored(False)
        self.path_changed.emit(path)
        self.modified_changed.emit(self.modified)

    # Inside --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every undo step's text in the current language (Edit › Undo … reads them); the
        window calls this when the language changes, before it sets its Undo and Redo texts."""
        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, _SetStateCommand):
                command.setText(command.describe())
        stack.undoTextChanged.emit(stack.undoText())
        stack.redoTextChanged.emit(stack.redoText())

    def _push(self, workbook: Workbook, describe: Describe, merge_token: int | None = None) -> None:
        if workbook == self._state:
            return
        # Evaluated before it is pushed: inputs too far apart to compute with are refused
        # here (InputError), never half-applied inside the undo stack.
        for scenario in workbook.scenarios:
            self._summary_of(scenario)
        self.undo_stack.push(_SetStateCommand(self, self._state, workbook, describe, merge_token))

    def _set_state(self, workbook: Workbook) -> None:
        self._state = workbook
        self._refresh_summaries()
        self.changed.emit()

    def _summary_of(self, scenario: Scenario) -> Summary:
        """From the cache, or evaluated and cached (the oldest entries are dropped)."""
        summary = self._cache.get(scenario)
        if summary is None:
            summary = scenario.summary()
            self._cache[scenario] = summary
            while len(self._cache) > _CACHE_SIZE:
                del self._cache[next(iter(self._cache))]
        return summary

    def _refresh_summaries(self) -> None:
        """Evaluate only the scenarios that changed; the others keep their summaries."""
        self._summaries = {s: self._summary_of(s) for s in self._state.scenarios}

    def _set_restored(self, restored: bool) -> None:
        self._restored = restored

    def _on_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.modified)
