"""Ctrl+C on a table copies the selection with its header row, as text and as an HTML table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

RATE = 21.2 / 4.92


def select(view, rows, columns) -> None:
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    for row in rows:
        for column in columns:
            selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)


def show_tab(window, view) -> None:
    """Bring the table's tab to the front (the figures table sits in a page with buttons)."""
    page = view if window.tables.indexOf(view) >= 0 else view.parentWidget()
    window.tables.setCurrentWidget(page)


def press_copy(qtbot, view) -> str:
    QGuiApplication.clipboard().clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QGuiApplication.clipboard().mimeData().text()


def test_ctrl_c_copies_the_selected_years_with_the_header(qtbot, window):
    view = window.trajectory_table
    show_tab(window, view)
    select(view, rows=[1, 2], columns=[0, 1])
    text = press_copy(qtbot, view)
    lines = text.split("\r\n")
    assert lines[-1] == ""  # ends with a line break, as spreadsheets write it
    header, first, second = (line.split("\t") for line in lines[:-1])
    assert header == ["Year", "Required (US$ bn)"]
    required = (10 / 5.2) ** (1 / 5) - 1
    assert first == ["2025", f"{5.2 * (1 + required):.2f}"]
    assert second == ["2026", f"{5.2 * (1 + required) ** 2:.2f}"]
    html = QGuiApplication.clipboard().mimeData().html()
    assert html.count("<tr>") == 3 and "<th>Year</th>" in html and "<td>2026</td>" in html


def test_with_nothing_selected_the_whole_table_is_copied(qtbot, window):
    view = window.comparison_table
    show_tab(window, view)
    window.document.duplicate_scenario()
    view.selectionModel().clearSelection()
    lines = press_copy(qtbot, view).strip().split("\r\n")
    assert len(lines) == 3 and lines[0].startswith("Scenario\tRate")
    assert [line.split("\t")[0] for line in lines[1:]] == [
        "Article figures",
        "Article figures (copy)",
    ]


@pytest.mark.parametrize("name", ["trajectory_table", "comparison_table", "figures_table"])
def test_every_table_copies(qtbot, window, name):
    view = getattr(window, name)
    show_tab(window, view)
    select(view, rows=[0], columns=[0])
    text = press_copy(qtbot, view)
    header, first, end = text.split("\r\n")
    model = view.model()
    assert header == model.headerData(0, Qt.Orientation.Horizontal)
    assert first == model.data(model.index(0, 0)) and end == ""


def test_a_quote_with_a_line_break_stays_in_one_cell(qtbot, window):
    view = window.figures_table
    show_tab(window, view)
    window.document.edit_figure("trade_2024", "quote", "first line\nsecond\tline")
    row = [f.id for f in window.figures_model.figures].index("trade_2024")
    select(view, rows=[row], columns=[window.figures_model.QUOTE, window.figures_model.PERIOD])
    lines = press_copy(qtbot, view).split("\r\n")
    assert lines[1].split("\t")[1] == "“first line second line”"
    assert len(lines) == 3
