"""The number field on its own: either decimal mark, messages, stepping with the arrow keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.ui.panels.number_field import NumberField


@pytest.fixture
def rate_field(qtbot):
    widget = NumberField(
        "rate", lambda text: parse_decimal(text, "rate", "Rate"), lambda v: f"{v:.2f}", 0.01
    )
    qtbot.addWidget(widget)
    widget.set_value(4.3)
    return widget


def test_submits_each_good_entry(qtbot, rate_field):
    received = []
    rate_field.submitted.connect(lambda value, token: received.append(value))
    qtbot.keyClick(rate_field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rate_field.edit, "4,2")
    assert received == [4.0, 4.0, 4.2]
    assert not rate_field.has_error


def test_bad_entry_shows_message_and_submits_nothing(qtbot, rate_field):
    received = []
    rate_field.submitted.connect(lambda value, token: received.append(value))
    rate_field.edit.selectAll()
    qtbot.keyClicks(rate_field.edit, "x")
    assert received == []
    assert rate_field.has_error
    assert "not a number" in rate_field.message.text()
    assert rate_field.edit.toolTip() == rate_field.message.text()


def test_arrow_keys_step_and_each_step_is_its_own_undo_step(qtbot, rate_field):
    received = []
    rate_field.submitted.connect(lambda value, token: received.append((value, token)))
    qtbot.keyClick(rate_field.edit, Qt.Key.Key_Up)
    rate_field.set_value(received[-1][0])
    qtbot.keyClick(rate_field.edit, Qt.Key.Key_Down)
    assert [value for value, _ in received] == [4.31, 4.3]
    assert received[0][1] != received[1][1]


def test_set_value_keeps_text_that_already_says_it(qtbot, rate_field):
    rate_field.edit.setText("4,30")
    rate_field.set_value(4.3)
    assert rate_field.edit.text() == "4,30"
    rate_field.set_value(4.05)
    assert rate_field.edit.text() == "4.05"


def test_whole_number_field_refuses_fractions(qtbot):
    widget = NumberField(
        "years", lambda text: parse_whole(text, "years", "Years"), lambda v: str(int(v)), 1
    )
    qtbot.addWidget(widget)
    widget.edit.setText("5.5")
    widget.edit.textEdited.emit("5.5")
    assert "whole" in widget.message.text()
