"""A refused entry, however long, gets a short message that wraps inside the window.

Reported: 5,000 characters typed into a Figures cell made the message label 35,000 px wide,
the window 36,000 px, and cost 170 MB. Every label that shows a refusal wraps, never widens
its window, and quotes at most a short part of what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from trade_target.core.errors import InputError
from trade_target.core.shown_text import QUOTE_MOST, excerpt
from trade_target.ui.models.figures import FiguresModel
from trade_target.ui.panels.message_label import MESSAGE_MOST, MessageLabel

LONG = "12345abcde" * 500  # 5,000 characters, no space to wrap at
WORDS = "abc " * 1250  # 5,000 characters of words


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Typed as a person types, a key at a time; then the rest pasted (typing 5,000 keys one
    by one would take the test a minute and prove nothing more)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text[:20])
    edit.insert(text[20:])


def edit_figure_cell(qtbot, window, row: int, column: int, text: str) -> None:
    table = window.figures_table
    window.tables.setCurrentIndex(window.tables.indexOf(table.parentWidget()))
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown_message_labels(window) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(MessageLabel)
        if label.isVisibleTo(window) and label.text()
    ]


@pytest.mark.parametrize("text", [LONG, WORDS])
def test_a_5000_character_value_in_a_figures_cell(qtbot, window, text: str) -> None:
    width, height = window.width(), window.height()
    model = window.figures_model
    row = [figure.id for figure in model.figures].index("trade_2025_jan_nov")
    before = window.document.workbook
    edit_figure_cell(qtbot, window, row, FiguresModel.REPORTED, text)
    qtbot.wait(50)
    message = window.figures_message.text()
    assert message.startswith("Value: “12345") or message.startswith("Value: “abc")
    assert len(message) <= MESSAGE_MOST
    assert window.document.workbook is before  # refused, nothing changed
    assert window.width() <= width and window.height() <= height
    assert window.minimumSizeHint().width() <= width
    assert window.figures_message.width() <= width


def test_a_5000_character_rate_says_a_short_message_under_the_field(qtbot, window) -> None:
    width = window.width()
    field = window.inputs_panel.fields["exchange_rate"]
    type_into(qtbot, field.edit, LONG + "x")
    assert field.has_error
    assert len(field.message.text()) <= MESSAGE_MOST
    assert "…" in field.message.text()
    assert window.width() <= width and window.minimumSizeHint().width() <= width


def test_a_tiny_base_is_refused_under_its_field_and_the_rate_tab_opens(qtbot, window) -> None:
    """The Exchange rate tab raised OverflowError after this; now the core refuses it."""
    panel = window.inputs_panel
    panel.advanced_toggle.click()
    field = panel.fields["base_value"]
    summary = window.document.summary
    type_into(qtbot, field.edit, "0." + "0" * 323 + "5")  # 5e-324, the smallest float
    assert field.has_error
    assert field.message.text().startswith("Base-year trade:")
    assert "too far apart" in field.message.text()
    assert window.document.summary is summary  # the last good result stays
    with qtbot.captureExceptions() as raised:
        for index in range(window.charts.count()):
            window.charts.setCurrentIndex(index)
            qtbot.wait(10)
    assert raised == []


def test_a_refusal_of_inputs_too_far_apart_is_said_again_in_a_new_language(qtbot, window):
    from PySide6.QtCore import QCoreApplication

    from trade_target import translations

    window.document.rename_scenario(0, "Mine")  # a name that stays as it is in Malay
    panel = window.inputs_panel
    panel.advanced_toggle.click()
    field = panel.fields["base_value"]
    type_into(qtbot, field.edit, "0.000001")
    assert field.message.text().startswith("Base-year trade: 1e-06 billion")
    assert translations.use("ms")
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)
    assert field.message.text().startswith("Perdagangan tahun asas: 1e-06 bilion")


def test_every_label_that_says_a_refusal_is_a_message_label(qtbot, window) -> None:
    """One rule for all of them: the tabs made when first opened are opened first."""
    for tabs in (window.charts, window.tables):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    named = [
        label
        for label in window.findChildren(QLabel)
        if label.objectName().endswith(("Message", "Error"))
    ]
    assert len(named) >= 8
    assert [label.objectName() for label in named if not isinstance(label, MessageLabel)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,31", "4,31"),
        ("x" * 100, "x" * (QUOTE_MOST - 1) + "…"),
        ("  a\nb\tc  ", "a b c"),  # one line: a control character would break the message
    ],
)
def test_excerpt(text: str, expected: str) -> None:
    assert excerpt(text) == expected


def test_core_messages_quote_at_most_a_short_part(qtbot) -> None:
    from trade_target.core.numbers import parse_decimal

    with pytest.raises(InputError) as caught:
        parse_decimal(LONG + "x", "value", "Value")
    assert len(caught.value.message) < 100
    with pytest.raises(InputError) as caught:
        parse_decimal("1.2." + LONG, "value", "Value")
    assert len(caught.value.message) < 200
