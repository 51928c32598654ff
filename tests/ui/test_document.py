"""The document: validated edits, one undo step per typing session, reset."""

from __future__ import annotations

import pytest

from trade_target.core.errors import InputError
from trade_target.core.money import Currency
from trade_target.ui.document import new_merge_token


def test_bad_edit_raises_and_changes_nothing(qtbot, document):
    summary = document.summary
    with qtbot.assertNotEmitted(document.changed), pytest.raises(InputError) as caught:
        document.edit_input("years_to_target", 0)
    assert caught.value.field == "years_to_target"
    assert document.summary is summary
    assert document.undo_stack.count() == 0


def test_edits_with_one_token_fold_into_one_step(document):
    token = new_merge_token()
    for rate in (4.0, 4.05):
        document.edit_input("exchange_rate", rate, token)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.inputs.exchange_rate == pytest.approx(21.2 / 4.92)
    document.undo_stack.redo()
    assert document.inputs.exchange_rate == 4.05


def test_edits_with_different_tokens_stay_apart(document):
    document.edit_input("exchange_rate", 4.05, new_merge_token())
    document.edit_input("exchange_rate", 4.2, new_merge_token())
    assert document.undo_stack.count() == 2


def test_typing_back_to_the_start_leaves_no_step(document):
    token = new_merge_token()
    start = document.inputs.years_to_target
    document.edit_input("years_to_target", 7, token)
    document.edit_input("years_to_target", start, token)
    assert document.undo_stack.count() == 0


def test_unchanged_value_pushes_nothing(document):
    document.set_currency(Currency.USD)
    document.edit_input("years_to_target", document.inputs.years_to_target)
    assert document.undo_stack.count() == 0


def test_reset_is_one_undoable_step(document):
    document.edit_input("exchange_rate", 4.05)
    document.edit_input("years_to_target", 9)
    document.reset_to_source()
    assert document.summary.target_year == 2029
    document.undo_stack.undo()
    assert document.summary.target_year == 2033
    assert document.inputs.exchange_rate == 4.05


def test_inputs_too_far_apart_to_compute_are_refused_before_they_apply(qtbot, document):
    """Each value passes its own check; together they put the 50-year trend path past any
    amount (RM200 bn for Jan–Nov 2025 is a ninefold jump on 2024: 5.2 × 9.7^50 ≈ 1e50)."""
    document.edit_input("latest_value", 200.0)
    before = (document.workbook, document.summary, document.undo_stack.count())
    with qtbot.assertNotEmitted(document.changed), pytest.raises(InputError, match="too far"):
        document.edit_input("years_to_target", 50)
    assert (document.workbook, document.summary, document.undo_stack.count()) == before
