"""Ctrl+C never puts a formula on the clipboard: a scenario name, a figure's label or a
partner's source typed as `=HYPERLINK(…)`, `+cmd|…`, `-2+3+cmd|…` or `@SUM(…)` is pasted as
text — in the tab-separated text and in the HTML table — as the CSV and XLSX exports write
it. Numbers shown in a table ("+0.00", "4.3089") are pasted as they are."""

from __future__ import annotations

import html

import pytest
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from test_table_copy import press_copy, select, show_tab

from trade_target import translations
from trade_target.core.files.spreadsheet_text import runs_as_formula
from trade_target.ui.actions.table_copy import install_copy

PAYLOADS = {
    "equals": '=HYPERLINK("http://example.com/x","Open")',
    "plus": "+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
}
RATE = 21.2 / 4.92


def pasted(qtbot, view) -> tuple[list[list[str]], str]:  # type: ignore[no-untyped-def]
    """Ctrl+C on `view`: the text form as rows of cells, and the HTML form."""
    text = press_copy(qtbot, view)
    lines = text.split("\r\n")
    assert lines[-1] == ""
    return [line.split("\t") for line in lines[:-1]], QGuiApplication.clipboard().mimeData().html()


def html_cell(text: str) -> str:
    return f"<td>{html.escape(text, quote=False)}</td>"


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_a_scenario_name_from_the_compare_table_is_pasted_as_text(qtbot, window, payload):
    window.document.rename_scenario(0, payload)
    view = window.comparison_table
    show_tab(window, view)
    model = window.comparison_model
    select(view, rows=[0], columns=[model.SCENARIO, model.RATE])
    (_, row), table = pasted(qtbot, view)
    assert row == ["'" + payload, f"{RATE:.4f}"]  # the rate, 4.3089, stays a number
    assert html_cell("'" + payload) in table
    assert html_cell(payload) not in table


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_a_label_and_a_partners_source_from_the_figures_table_are_pasted_as_text(
    qtbot, window, payload
):
    document = window.document
    document.edit_figure("trade_2024", "label", payload)
    document.edit_figure("trade_2024", "partner_source", payload)
    document.edit_figure("trade_2024", "quote", payload)
    view = window.figures_table
    show_tab(window, view)
    model = window.figures_model
    row = [figure.id for figure in model.figures].index("trade_2024")
    select(view, rows=[row], columns=[model.FIGURE, model.QUOTE, model.PARTNER_SOURCE])
    (_, cells), table = pasted(qtbot, view)
    label, quote, partner_source = cells
    assert label == partner_source == "'" + payload
    assert quote == f"“{payload}”"  # shown in quotation marks: no formula starts so
    assert table.count(html_cell("'" + payload)) == 2


def test_numbers_are_pasted_as_numbers(qtbot, window):
    """The gap column starts "+0.00": a number, which a spreadsheet reads as one."""
    view = window.trajectory_table
    show_tab(window, view)
    model = window.trajectory_model
    select(view, rows=[0, 1], columns=[model.YEAR, model.GAP])
    (_, first, second), _ = pasted(qtbot, view)
    required = (10 / 5.2) ** (1 / 5) - 1
    annualised = 21.2 / RATE * 12 / 11
    assert first == ["2024", "+0.00"]
    assert second == ["2025", f"−{5.2 * (1 + required) - annualised:.2f}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\t=1+1", "'=1+1"),
        ("\r=1+1", "'=1+1"),
        ("\n@SUM(1)", "'@SUM(1)"),
        ("  -1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"),
        ("\tcmd|' /C calc'!A0", "cmd|' /C calc'!A0"),  # the tab goes: plain text is left
    ],
)
def test_hidden_starts_are_defused_on_the_clipboard(qtbot, text, expected):
    """Any table of the app copies through the same code; a hand-made one can hold cells
    that the app's edits would trim. A cell is pasted on one line."""
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Name", "Value"])
    model.setItem(0, 0, QStandardItem(text))
    model.setItem(0, 1, QStandardItem("-0.56"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    install_copy(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # a shortcut works in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    (header, row), table = pasted(qtbot, view)
    assert header == ["Name", "Value"]
    assert row == [expected, "-0.56"]
    assert html_cell(row[0]) in table and html_cell("-0.56") in table


def test_turkish_percentages_are_pasted_without_the_word_joiner(qtbot, window):
    """Turkish writes "yılda +%13,97", the sign held to the percent sign on screen by an
    invisible word joiner (U+2060): pasted without it, and without an apostrophe."""
    assert translations.use("tr"), "the tr translations are not compiled"
    qtbot.wait(10)  # the LanguageChange events arrive
    view = window.comparison_table
    show_tab(window, view)
    model = window.comparison_model
    select(view, rows=[0], columns=[model.REQUIRED, model.OBSERVED])
    (_, row), table = pasted(qtbot, view)
    required = (10 / 5.2) ** (1 / 5) - 1  # PRODUCT.md: +13.97 % a year
    observed = 21.2 / RATE * 12 / 11 / 5.2 - 1  # +3.22 %
    assert row == [
        "yılda " + f"+%{required * 100:.2f}".replace(".", ","),
        "yılda " + f"+%{observed * 100:.2f}".replace(".", ","),
    ]
    assert row[0] == "yılda +%13,97"
    assert html_cell("yılda +%13,97") in table
    assert "\u2060" not in QGuiApplication.clipboard().mimeData().text()
    assert "\u2060" not in table


SIGNED_PERCENTAGES = [
    ("+\u2060%13,97", "+%13,97"),  # Turkish, as the window writes it
    ("\u2212\u2060%3,22", "\u2212%3,22"),
    ("+%13,97", "+%13,97"),
    ("-%3,22", "-%3,22"),
    ("+13.97 %", "+13.97 %"),  # English and Malay
    ("-3.22 %", "-3.22 %"),
    ("+\u2060%cmd|' /C calc'!A0", "'+%cmd|' /C calc'!A0"),  # not a number: text
]


@pytest.mark.parametrize(("shown", "expected"), SIGNED_PERCENTAGES)
def test_a_signed_percentage_in_any_language_is_pasted_as_a_number(qtbot, shown, expected):
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Growth"])
    model.setItem(0, 0, QStandardItem(shown))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    install_copy(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    (_, row), table = pasted(qtbot, view)
    assert row == [expected]
    assert html_cell(expected) in table


@pytest.mark.parametrize("shown", [shown for shown, _ in SIGNED_PERCENTAGES[:6]])
def test_the_spreadsheet_check_reads_a_signed_percentage_as_a_number(shown):
    """The check itself, for writers that keep the joiner: a number is no formula."""
    assert not runs_as_formula(shown)
    assert runs_as_formula("+\u2060%cmd|' /C calc'!A0")
