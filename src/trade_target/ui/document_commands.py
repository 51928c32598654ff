"""The document's undo steps: each swaps the whole workbook, and is worded for Edit › Undo
in the language of the moment (the words are kept English and translated when shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from trade_target.core import figure_edits
from trade_target.core.history import TrendChoice
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.workbook import Workbook
from trade_target.render.guard import qt_guard

Describe = Callable[[], str]  # an undo step's text, in the language of the moment


class Document(Protocol):
    """What a step needs of the document (ui.document.ScenarioDocument): to be given a
    workbook whole, without an undo step of its own."""

    def _set_state(self, workbook: Workbook) -> None: ...


class SetStateCommand(QUndoCommand):
    """Swap the whole workbook; consecutive edits with one merge token fold together."""

    ID = 1

    def __init__(
        self,
        document: Document,
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

    @qt_guard(fallback=-1)
    def id(self) -> int:
        return self.ID if self._merge_token is not None else -1

    @qt_guard(fallback=False)
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetStateCommand) or other._merge_token != self._merge_token:
            return False
        self._after = other._after
        self.describe = other.describe  # worded for where the step ends up
        self.setText(other.text())
        self.setObsolete(self._after == self._before)
        return True

    @qt_guard
    def redo(self) -> None:
        self._document._set_state(self._after)

    @qt_guard
    def undo(self) -> None:
        self._document._set_state(self._before)

    def rename_scenario(self, old: str, new: str) -> None:
        """The scenario named `old` is named `new` in the workbooks before and after the step
        (undo and redo bring back the name said in the language now installed)."""
        self._before = renamed(self._before, old, new)
        self._after = renamed(self._after, old, new)


def renamed(workbook: Workbook, old: str, new: str) -> Workbook:
    """`workbook` with its scenario named `old` named `new`, unless another has that name."""
    names = workbook.names
    if old not in names or new in names:
        return workbook
    return workbook.renamed(names.index(old), new)


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
    "label": QT_TRANSLATE_NOOP("Document", "Change a figure's name"),
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


def input_edit(field: str) -> str:
    if field in INPUT_EDITS:
        return translate("Document", INPUT_EDITS[field])
    return translate("Document", "Change {field}").format(field=field)


def figure_edit(field: str) -> str:
    if field in FIGURE_EDITS:
        return translate("Document", FIGURE_EDITS[field])
    label = figure_edits.EDITABLE.get(field, field).lower()
    return translate("Document", "Change a figure's {field}").format(field=label)


def trend_edit(before: TrendChoice, after: TrendChoice) -> str:
    """The undo step of a change to how the trend is taken, named by what changed."""
    if after.method is not before.method:
        return translate("Document", "Trend by {method}").format(method=after.method.words)
    if after.reporter != before.reporter:
        return translate("Document", "Choose whose report the sums use")
    return translate("Document", "Change the trend's window of years")
