"""A long session keeps a bounded undo history, and the steps Qt deletes hold nothing.

Each undo step keeps a whole workbook (and the summaries its scenarios keep), so steps
merged away, dropped past the undo limit or cleared must let go of them, although
PySide's undo stack keeps their Python side alive."""

from __future__ import annotations

import gc

import pytest

from trade_target.core.scenario import Summary
from trade_target.ui.document import UNDO_LIMIT, new_merge_token
from trade_target.ui.document_commands import SetStateCommand


def _steps_holding_workbooks(document) -> int:
    """The steps of `document` (other tests' documents may still be alive) that hold one."""
    gc.collect()
    return sum(
        1
        for thing in gc.get_objects()
        if isinstance(thing, SetStateCommand)
        and thing.__dict__.get("_document") is document
        and "_before" in thing.__dict__
    )


def _summaries() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, Summary))


def test_undo_goes_back_at_most_the_limit_and_no_further(document):
    rates = [3.6 + index * 0.001 for index in range(UNDO_LIMIT + 40)]
    for rate in rates:
        document.edit_input("exchange_rate", rate)  # each its own step
    assert document.undo_stack.count() == UNDO_LIMIT
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    # The oldest steps were dropped: undo stops at the 40th rate typed, not the default.
    assert document.inputs.exchange_rate == pytest.approx(rates[39])


def test_steps_qt_deleted_hold_no_workbooks(document):
    before = _summaries()
    token = new_merge_token()
    for index in range(300):  # one typing session: the steps merge into one
        document.edit_input("exchange_rate", 3.6 + index * 0.001, token)
    for index in range(UNDO_LIMIT + 100):  # separate steps, past the limit
        document.edit_input("years_to_target", 1 + index % 40)
    assert document.undo_stack.count() == UNDO_LIMIT
    assert _steps_holding_workbooks(document) <= UNDO_LIMIT + 1
    # Each kept step holds two workbooks; their summaries are shared between neighbours.
    assert _summaries() - before <= 2 * UNDO_LIMIT + 10
    document.undo_stack.clear()
    document.edit_input("exchange_rate", 4.2)
    assert _steps_holding_workbooks(document) == 1
