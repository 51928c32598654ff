"""The one state of a window — inputs and display currency — with its undo stack.

Widgets never compute: they ask the document for an edit, which is validated by the
core and pushed as an undoable command; every view redraws on `changed`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.dataset import Dataset
from ..core.money import Currency
from ..core.scenario import Inputs, Summary, evaluate

_merge_tokens = itertools.count(1)


def new_merge_token() -> int:
    """A fresh token: edits carrying the same token fold into one undo step."""
    return next(_merge_tokens)


@dataclass(frozen=True)
class DocumentState:
    inputs: Inputs
    currency: Currency = Currency.USD


class _SetStateCommand(QUndoCommand):
    """Swap the whole document state; consecutive edits with one merge token fold together."""

    ID = 1

    def __init__(
        self,
        document: ScenarioDocument,
        before: DocumentState,
        after: DocumentState,
        text: str,
        merge_token: int | None,
    ) -> None:
        super().__init__(text)
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


INPUT_LABELS = {
    "exchange_rate": "exchange rate",
    "years_to_target": "years to target",
    "target_value": "target",
    "base_value": "base-year trade",
    "latest_value": "latest trade",
    "latest_months": "months covered",
}


class ScenarioDocument(QObject):
    """Dataset + inputs + currency, the summary derived from them, and the undo stack."""

    changed = Signal()

    def __init__(self, dataset: Dataset, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset = dataset
        self.undo_stack = QUndoStack(self)
        self._state = DocumentState(Inputs.defaults(dataset))
        self._summary = evaluate(dataset, self._state.inputs)

    @property
    def inputs(self) -> Inputs:
        return self._state.inputs

    @property
    def currency(self) -> Currency:
        return self._state.currency

    @property
    def summary(self) -> Summary:
        return self._summary

    def edit_input(self, field: str, value: Any, merge_token: int | None = None) -> None:
        """Change one input; raises InputError (naming the field) and changes nothing if bad."""
        inputs = self.inputs.with_value(field, value)
        label = INPUT_LABELS.get(field, field)
        self._push(replace(self._state, inputs=inputs), f"Change {label}", merge_token)

    def set_currency(self, currency: Currency) -> None:
        self._push(replace(self._state, currency=currency), f"Show {currency.value}", None)

    def reset_to_source(self) -> None:
        """Back to the article's figures and default assumptions (undoable)."""
        state = DocumentState(Inputs.defaults(self.dataset), self.currency)
        self._push(state, "Reset to the article's figures", None)

    def _push(self, state: DocumentState, text: str, merge_token: int | None) -> None:
        if state == self._state:
            return
        self.undo_stack.push(_SetStateCommand(self, self._state, state, text, merge_token))

    def _set_state(self, state: DocumentState) -> None:
        if state.inputs != self._state.inputs:
            self._summary = evaluate(self.dataset, state.inputs)
        self._state = state
        self.changed.emit()
