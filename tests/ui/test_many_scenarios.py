"""Workbooks of many scenarios: the chart draws the current scenario and the first five other
ticked ones, and says in its legend how many more are ticked, in the window and in an
exported chart, in every language; a file of 10,000 scenarios opens and exports.

The drawn lines are counted on the chart itself: the current scenario draws three (its
required path, the path at the observed trend and the target line) and each overlay one
(its target is the current one's, so it draws no target line of its own).
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from big_workbook import big_workbook, write_big_workbook
from cli_runs import run_main
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtWidgets import QListView, QTableView

from trade_target import translations
from trade_target.core.files.file_writing import save_workbook
from trade_target.render.chart_export import lay_out_plot
from trade_target.ui.actions.exports import chart_content
from trade_target.ui.charts.trajectory import TrajectoryPlot

DRAWN = 5  # the most other scenarios a chart draws
CURRENT_LINES = 4  # required path, trend, target, and the catch-up path from the latest estimate
NOTE = {
    "en": "Showing 5 of {ticked} other ticked scenarios, the first in the list",
    "ms": "Memaparkan 5 daripada {ticked} senario lain yang ditandakan, "
    "iaitu yang terawal dalam senarai",
    "tr": "İşaretli {ticked} diğer senaryodan listedeki ilk 5 senaryo gösteriliyor",
}


def drawn_lines(plot: TrajectoryPlot) -> int:
    """The lines on the chart that a person sees."""
    return sum(
        1
        for item in plot.plot_widget.getPlotItem().items
        if isinstance(item, pg.PlotCurveItem) and item.isVisible() and item.getData()[0] is not None
    )


def overlay_entries(plot: TrajectoryPlot) -> list[str]:
    """The scenario names in the legend, other than the current one's entry."""
    return [
        name
        for name in plot.legend_names()[1:]
        if any(f"Scenario {number:05d}" in name for number in range(1, 10_001))
    ]


def open_file(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.files.open(str(path))  # as a double-clicked file is opened


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_eight_hundred_ticked_draw_ten_and_say_so(qtbot, window, tmp_path, code):
    # 801 scenarios, all ticked: the first is being edited, so 800 others are ticked.
    path = tmp_path / "many.tradetarget"
    write_big_workbook(path, 801, 801)
    assert translations.use(code)
    open_file(window, path)
    plot = window.plot
    assert drawn_lines(plot) == CURRENT_LINES + DRAWN
    entries = overlay_entries(plot)
    assert len(entries) == DRAWN
    # The first five ticked in the list after the current one: scenarios 2 to 6.
    for number, entry in zip(range(2, 7), entries, strict=True):
        assert f"Scenario {number:05d}" in entry
    note = NOTE[code].format(ticked=800)
    assert plot.legend_names()[-1] == note

    # The exported chart (PNG, SVG, PDF brief alike) is drawn by the same plot, off screen.
    exported = lay_out_plot(QSizeF(950, 520), chart_content(window.document))
    assert drawn_lines(exported) == CURRENT_LINES + DRAWN
    assert exported.legend_names()[-1] == note
    assert len(overlay_entries(exported)) == DRAWN


def test_ticking_one_more_than_the_chart_draws_adds_the_note(qtbot, window, tmp_path):
    # Seven scenarios; the first (being edited) and the next five are ticked, the last is not.
    workbook = big_workbook(7, 6)
    assert [scenario.shown for scenario in workbook.scenarios] == [True] * 6 + [False]
    path = tmp_path / "seven.tradetarget"
    save_workbook(path, workbook)
    open_file(window, path)
    plot = window.plot
    assert drawn_lines(plot) == CURRENT_LINES + DRAWN
    assert not any("ticked" in name for name in plot.legend_names())

    # Choose the last scenario and tick it: the first one, no longer being edited, is now
    # among the others, so six others are ticked and the chart draws five of them.
    scenarios = window.findChild(QListView, "scenarioList")
    last = scenarios.model().index(6, 0)
    qtbot.mouseClick(
        scenarios.viewport(), Qt.MouseButton.LeftButton, pos=scenarios.visualRect(last).center()
    )
    assert window.document.workbook.current == 6
    qtbot.keyClick(scenarios, Qt.Key.Key_Space)
    assert window.document.workbook.scenarios[6].shown
    assert drawn_lines(plot) == CURRENT_LINES + DRAWN
    assert plot.legend_names()[-1] == NOTE["en"].format(ticked=6)
    assert "Scenario 00001" in overlay_entries(plot)[0]
    assert not any("Scenario 00006" in name for name in overlay_entries(plot))


@pytest.mark.slow  # reads 9.8 MB twice, checking 10,000 scenarios each time
def test_ten_thousand_scenarios_open_and_export(qtbot, window, tmp_path, capsys):
    # 800 ticked, spread through the list; the first, being edited, is one of them.
    path = tmp_path / "ten-thousand.tradetarget"
    size = write_big_workbook(path, 10_000, 800)
    assert 9_000_000 < size < 10 * 1024 * 1024  # as big as a file may be
    open_file(window, path)
    assert window.findChild(QListView, "scenarioList").model().rowCount() == 10_000
    comparison = window.findChild(QTableView, "comparisonTable")
    window.tables.setCurrentWidget(comparison)
    assert comparison.model().rowCount() == 10_000
    assert comparison.model().index(9_999, 0).data() == "Scenario 10000"
    note = NOTE["en"].format(ticked=799)
    assert window.plot.legend_names()[-1] == note
    assert drawn_lines(window.plot) == CURRENT_LINES + DRAWN

    chart = tmp_path / "chart.svg"
    status, out, err = run_main(["export", "--scenario", str(path), "--chart", str(chart)], capsys)
    assert (status, err) == (0, "")
    assert out.strip() == f"Wrote {chart}"
    assert f">{note}</text>" in chart.read_text(encoding="utf-8")
