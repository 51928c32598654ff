"""Compare scenarios: every cell reads whole at 1366×768, in English, Malay and Turkish.

The example file's three scenarios and a fourth at RM5.00 per US$ — at that rate the
Jan–Nov 2025 figure is 21.2 / 5 × 12/11 = US$4.63 bn, below 2024's US$5.2 bn, so trade is
moving away from the target: the longest status there is. For each cell the test measures
its text with the view's font (bold in the scenario being edited) and wraps it, as the view
does, in its column's width less the style's text margins: the wrapped text must be no
wider than that room and no taller than its row. The table must not need to scroll
sideways at this size, and every cell carries its whole text as its tooltip too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPushButton, QStyle, QTableView

from trade_target import translations
from trade_target.ui.main_window import MainWindow
from trade_target.ui.models.scenarios import ComparisonModel
from trade_target.ui.panels.table_fit import share_out
from trade_target.ui.window_size import first_geometry

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "malaysia-turkey.tradetarget"
LAPTOP = QRect(0, 0, 1366, 768)
AWAY_RATE = "5"
MOVING_AWAY = {
    "en": "Moving away from the target",
    "ms": "Menjauhi sasaran",
    "tr": "Hedeften uzaklaşıyor",
}


def _cut_cells(table: QTableView) -> list[str]:
    """Each cell whose text, wrapped at word boundaries in its column's room, is wider
    than that room or taller than its row."""
    model = table.model()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    grid = 1 if table.showGrid() else 0
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
            room = table.columnWidth(column) - grid - 2 * (margin + 1)
            flags = Qt.TextFlag.TextWordWrap if table.wordWrap() else Qt.TextFlag.TextSingleLine
            laid = metrics.boundingRect(QRect(0, 0, room, 10_000), int(flags), text)
            height = table.rowHeight(row) - grid
            if laid.width() > room or laid.height() > height:
                cut.append(
                    f"row {row + 1}, column {column + 1}: {text!r} needs {laid.width()}×"
                    f"{laid.height()} px, has {room}×{height} px"
                )
    return cut


def _cut_headings(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    return [
        f"heading {column + 1}: needs {header.sectionSizeFromContents(column).width()} px, "
        f"has {header.sectionSize(column)} px"
        for column in range(table.model().columnCount())
        if header.sectionSizeFromContents(column).width() > header.sectionSize(column)
    ]


@pytest.fixture
def laptop_window(qtbot, document):  # type: ignore[no-untyped-def]
    """The main window as first opened on a 1366×768 screen, on the example file."""
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # the headless screen is smaller; the laptop's size is set below
    window.setGeometry(first_geometry(LAPTOP))
    qtbot.waitExposed(window)
    assert window.files.open(str(EXAMPLE))  # as a double-clicked file is opened
    yield window
    window.close()


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_no_comparison_cell_is_cut_at_1366_by_768(qtbot, qtmodeltester, laptop_window, code):
    window = laptop_window
    assert translations.use(code)
    table = window.findChild(QTableView, "comparisonTable")
    model = table.model()
    # Filled from the file; it stays connected and checks the model again at each of its
    # signals through the edits below (a second check() would connect it twice).
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3

    duplicate = window.findChild(QPushButton, "duplicateScenarioButton")
    qtbot.mouseClick(duplicate, Qt.MouseButton.LeftButton)
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    rate.setFocus()
    qtbot.keyClick(rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rate, AWAY_RATE)
    qtbot.keyClick(rate, Qt.Key.Key_Return)
    assert model.rowCount() == 4
    status = model.index(3, ComparisonModel.STATUS).data()
    assert status == MOVING_AWAY[code]

    tabs = window.tables
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is table
    qtbot.wait(20)  # the columns are fitted once the edits have been shown

    assert window.width() == LAPTOP.width()
    problems = _cut_cells(table) + _cut_headings(table)
    assert not table.horizontalScrollBar().isVisible(), "the table scrolls sideways"
    assert not problems, "\n  ".join(["cut in the comparison table:", *problems])

    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(), (row, column)


def test_the_measure_finds_a_cut_cell(qtbot, laptop_window):
    """The test above can fail: a column narrower than its status cuts it."""
    window = laptop_window
    table = window.findChild(QTableView, "comparisonTable")
    window.tables.setCurrentWidget(table)
    qtbot.wait(20)
    assert _cut_cells(table) == []
    table.setColumnWidth(ComparisonModel.STATUS, 30)
    assert any(f"column {ComparisonModel.STATUS + 1}" in cut for cut in _cut_cells(table))


def test_room_is_shared_out_as_the_columns_need() -> None:
    # Room to spare: each its natural width and an equal share of the rest.
    assert share_out([100, 200, 100], [50, 100, 100], 700) == [200, 300, 200]
    assert sum(share_out([100, 200, 100], [50, 100, 100], 701)) == 701
    # Short by 100 px: the columns that can give 50 and 100 px give 1/3 and 2/3 of it.
    widths = share_out([100, 200, 100], [50, 100, 100], 300)
    assert sum(widths) == 300
    assert widths == pytest.approx([50 + 50 / 3, 100 + 100 / 3, 100], abs=1)
    # Too narrow even for the least: the least, and the view scrolls.
    assert share_out([100, 200, 100], [50, 100, 100], 200) == [50, 100, 100]
