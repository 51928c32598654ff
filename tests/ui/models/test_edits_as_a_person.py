"""Edits made as a person makes them: typing into the figures table through its view, Return
between entries, Ctrl+Z; and what the views then show and repaint.

A view paints what its model says only when told something changed (`dataChanged`): a model
that forgets to say so leaves old numbers on screen until something else repaints. So these
tests watch the table's viewport for the repaint of the changed cells, not only the model's
answer, which is right either way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

from trade_target.ui.models.figures import FiguresModel

# The article's figures and its own conversion, RM21.2 bn = US$4.92 bn.
ARTICLE_RATE = 21.2 / 4.92  # 4.30894… RM per US$, shown as 4.3089
LATEST = "trade_2025_jan_nov"  # RM21.2 bn for January–November 2025


class Repaints(QObject):
    """Records the regions of the paint events a widget receives."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False

    def covered(self, table: QTableView, index: QModelIndex) -> bool:
        centre = table.visualRect(index).center()
        return any(region.contains(centre) for region in self.regions)


def figures_table(qtbot, window) -> QTableView:
    """The Figures tab, opened by clicking its tab as a person does."""
    table = window.findChild(QTableView, "figuresTable")
    tabs = window.tables
    bar = tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(table.parentWidget())).center()
    )
    qtbot.waitUntil(table.isVisible)
    return table


def cell(table: QTableView, figure_id: str, column: int) -> QModelIndex:
    model = table.model()
    row = [figure.id for figure in model.figures].index(figure_id)
    index = model.index(row, column)
    table.scrollTo(index)
    return index


def shown(index: QModelIndex) -> str:
    return index.data(Qt.ItemDataRole.DisplayRole)


def editor_of(table: QTableView, index: QModelIndex) -> QLineEdit:
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit), "no editor opened on the cell: the table is read-only"
    return editor


def double_click_and_type(qtbot, table: QTableView, index: QModelIndex, text: str) -> None:
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = editor_of(table, index)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    closed(qtbot, table)


def closed(qtbot, table: QTableView) -> None:
    """Return commits and closes the editor, in the next turn of the event loop."""
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)


def test_a_value_double_clicked_and_typed_into_the_table_is_used_and_shown(qtbot, window):
    table = figures_table(qtbot, window)
    reported = cell(table, LATEST, FiguresModel.REPORTED)
    derived = cell(table, LATEST, FiguresModel.DERIVED)
    assert shown(reported) == "RM21.2 billion"
    double_click_and_type(qtbot, table, reported, "22")
    assert window.document.inputs.latest_value == 22.0
    assert shown(reported) == "RM22.0 billion"
    assert shown(derived) == f"≈ US${22 / ARTICLE_RATE:.2f} bn"  # 5.11


def test_a_key_pressed_on_a_cell_starts_the_edit_with_that_key(qtbot, window):
    table = figures_table(qtbot, window)
    reported = cell(table, LATEST, FiguresModel.REPORTED)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(reported).center()
    )
    qtbot.keyClick(table, "2")
    editor = editor_of(table, reported)
    assert editor.text() == "2"  # the key replaced the value, as in a spreadsheet
    qtbot.keyClicks(editor, "3.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    closed(qtbot, table)
    assert window.document.inputs.latest_value == 23.5
    assert shown(reported) == "RM23.5 billion"


def test_undo_repaints_the_cells_it_changes_back(qtbot, window):
    table = figures_table(qtbot, window)
    reported = cell(table, LATEST, FiguresModel.REPORTED)
    derived = cell(table, LATEST, FiguresModel.DERIVED)
    double_click_and_type(qtbot, table, reported, "22")
    qtbot.wait(50)  # the repaints of the edit itself are over
    repaints = Repaints(table.viewport())
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.inputs.latest_value == 21.2
    assert shown(reported) == "RM21.2 billion"
    assert shown(derived) == "≈ US$4.92 bn"  # the article's own conversion
    # Nothing but the model's word makes the view paint these cells again.
    qtbot.waitUntil(lambda: repaints.covered(table, reported) and repaints.covered(table, derived))


def test_a_new_exchange_rate_repaints_the_derived_column(qtbot, window):
    table = figures_table(qtbot, window)
    derived = cell(table, LATEST, FiguresModel.DERIVED)
    qtbot.wait(50)
    repaints = Repaints(table.viewport())
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    rate.setFocus()
    qtbot.keyClick(rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rate, "4.05")
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert shown(derived) == f"≈ US${21.2 / 4.05:.2f} bn"  # 5.23
    qtbot.waitUntil(lambda: repaints.covered(table, derived))


def test_return_between_entries_makes_each_its_own_undo_step(qtbot, window):
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    assert rate.text() == "4.3089"
    for text in ("4.5", "4.6"):
        rate.setFocus()
        qtbot.keyClick(rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(rate, text)  # one typing session: "4", "4.", "4.5" fold into one step
        qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert window.document.inputs.exchange_rate == 4.6

    qtbot.keyClick(rate, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.inputs.exchange_rate == 4.5
    assert rate.text() == "4.5"
    qtbot.keyClick(rate, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.inputs.exchange_rate == pytest.approx(ARTICLE_RATE, rel=1e-12)
    assert rate.text() == "4.3089"
    assert not window.undo_action.isEnabled()  # two entries, two steps, nothing more
