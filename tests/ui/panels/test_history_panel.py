"""The History tab, used as a person would: import a CSV through the dialog, read the years
by report, choose the report, the window and the method, undo and redo, save and reopen,
and switch language. Bad rows are listed with their line numbers.

The figures in the files written here are ILLUSTRATIVE, made up for the tests: they are not
real trade statistics. Every number the tests expect is worked out here from the closed
forms, never taken from the app.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from trade_target import translations
from trade_target.core.history import TrendMethod
from trade_target.ui.actions import dialogs
from trade_target.ui.models.history import HistoryModel
from trade_target.ui.panels import history
from trade_target.ui.panels.history import HistoryPanel

# Illustrative annual bilateral trade, US$ bn, as each country might report it.
MALAYSIA = {
    2015: 2.60, 2016: 2.85, 2017: 3.20, 2018: 3.05, 2019: 3.40,
    2020: 3.15, 2021: 4.10, 2022: 4.80, 2023: 4.55, 2024: 5.20,
}  # fmt: skip
TURKIYE = {2018: 3.20, 2019: 3.55, 2020: 3.30, 2021: 4.30, 2022: 5.05, 2023: 4.70, 2024: 5.45}
LATEST = 21.2 / (21.2 / 4.92) * 12 / 11  # the article's Jan–Nov 2025, run-rate: US$5.367 bn
TARGET, LATEST_YEAR, TARGET_YEAR = 10.0, 2025, 2029


def comtrade_file(folder: Path) -> Path:
    """A UN Comtrade-style export: a row per reporter, year and flow, values in US$."""
    rows = ["refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue"]
    for reporter, partner, series in (("MYS", "TUR", MALAYSIA), ("TUR", "MYS", TURKIYE)):
        for year, value in series.items():
            imports = 0.5
            rows.append(f"{year},{reporter},{partner},M,TOTAL,{round(imports * 1e9)}")
            rows.append(f"{year},{reporter},{partner},X,TOTAL,{round((value - imports) * 1e9)}")
    path = folder / "history.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def moments(series: dict[int, float]) -> tuple[float, float, int]:
    """μ and sample σ of the year-on-year log growth, and how many growths."""
    years = sorted(series)
    growths = [math.log(series[b] / series[a]) for a, b in itertools.pairwise(years)]
    mean = sum(growths) / len(growths)
    deviation = math.sqrt(sum((g - mean) ** 2 for g in growths) / (len(growths) - 1))
    return mean, deviation, len(growths)


def chance(series: dict[int, float], years: int) -> float:
    """P = 1 − Φ((ln(T/L) − nμ) / (σ√n)), from the latest estimate."""
    mean, deviation, _ = moments(series)
    return 1 - phi((math.log(TARGET / LATEST) - years * mean) / (deviation * math.sqrt(years)))


def first_year_passing(series: dict[int, float], level: float) -> int:
    return LATEST_YEAR + next(n for n in range(1, 51) if chance(series, n) >= level)


def log_linear(series: dict[int, float]) -> float:
    years = sorted(series)
    logs = [math.log(series[year]) for year in years]
    mean_year, mean_log = sum(years) / len(years), sum(logs) / len(logs)
    slope = sum((y - mean_year) * (v - mean_log) for y, v in zip(years, logs, strict=True)) / sum(
        (y - mean_year) ** 2 for y in years
    )
    return math.exp(slope) - 1


def answer_with(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[object]:
    """The file dialog replaced: it answers `path` and records that it was asked."""
    asked: list[object] = []

    def ask(parent: object) -> str | None:
        asked.append(parent)
        return None if path is None else str(path)

    monkeypatch.setattr(history, "ask_history_path", ask)
    return asked


def open_history_tab(qtbot, window) -> HistoryPanel:
    tabs = window.tables
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "History")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.history_panel


def choose(qtbot, box, text: str) -> None:
    """Pick `text` in a combo box with the keyboard, as a person without a mouse would."""
    box.setFocus()
    target = box.findText(text)
    assert target >= 0, f"{text!r} is not offered: {[box.itemText(i) for i in range(box.count())]}"
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != target:
        qtbot.keyClick(box, key)


def percent_words(probability: float) -> str:
    return f"{round(probability * 100)} %"


@pytest.fixture
def imported(qtbot, window, monkeypatch, tmp_path) -> HistoryPanel:
    panel = open_history_tab(qtbot, window)
    asked = answer_with(monkeypatch, comtrade_file(tmp_path))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    return panel


def test_before_an_import_it_says_what_to_do(qtbot, window) -> None:
    panel = open_history_tab(qtbot, window)
    assert panel.model.rowCount() == 0
    assert not panel.clear_button.isEnabled()
    assert "No annual history yet" in panel.outlook_note.text()
    assert panel.chance_readout.isHidden()
    assert not window.summary_panel.values["chance"].isVisible()


def test_importing_shows_both_reports_and_the_chance(qtbot, window, imported, qtmodeltester):
    panel = imported
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(MALAYSIA)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Year", "Malaysia's report\n(US$ bn)", "Türkiye's report\n(US$ bn)"]
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["2015"], 1).data() == "2.60"
    assert model.index(rows["2015"], 2).data() == "–"  # Türkiye's report starts in 2018
    assert model.index(rows["2024"], 2).data() == "5.45"
    assert panel.report_box.currentText() == "Malaysia's report"

    mean, deviation, growths = moments(MALAYSIA)
    expected = chance(MALAYSIA, TARGET_YEAR - LATEST_YEAR)
    assert 0.01 < expected < 0.99 and abs(expected * 100 % 1 - 0.5) > 0.05  # not on a rounding edge
    assert panel.chance_readout.text() == (
        "At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is "
        f"{percent_words(expected)}."
    )
    volatility = panel.volatility_readout.text()
    assert f"mean μ = +{mean * 100:.2f} %" in volatility
    assert f"σ = {deviation * 100:.2f} %" in volatility
    assert f"from {growths} growths" in volatility
    assert f"passes 50 % in {first_year_passing(MALAYSIA, 0.5)}" in panel.passes_readout.text()
    assert f"passes 90 % in {first_year_passing(MALAYSIA, 0.9)}" in panel.passes_readout.text()
    # The summary and the banner say the same chance.
    assert window.summary_panel.values["chance"].text() == percent_words(expected)
    assert "P = 1 − Φ(" in window.summary_panel.explanations["chance"].text()
    assert percent_words(expected) in window.verdict_banner.sentence
    qtmodeltester.check(model)


def test_the_menu_opens_the_tab_and_asks_for_the_file(qtbot, window, monkeypatch, tmp_path):
    asked = answer_with(monkeypatch, comtrade_file(tmp_path))
    window.menus.import_history_action.trigger()
    assert len(asked) == 1
    assert window.tables.tabText(window.tables.currentIndex()) == "History"
    assert window.tables.history_panel.model.rowCount() == len(MALAYSIA)


def test_cancelling_the_dialog_changes_nothing(qtbot, window, monkeypatch) -> None:
    panel = open_history_tab(qtbot, window)
    answer_with(monkeypatch, None)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert not window.document.dataset.history
    assert window.document.undo_stack.count() == 0


def test_the_other_report_and_a_shorter_window(qtbot, window, imported) -> None:
    panel = imported
    choose(qtbot, panel.report_box, "Türkiye's report")
    assert window.document.scenario.trend.reporter == "TUR"
    expected = chance(TURKIYE, TARGET_YEAR - LATEST_YEAR)
    assert panel.chance_readout.text().endswith(f"is {percent_words(expected)}.")
    assert "2018–2024 (Türkiye's report)" in panel.volatility_readout.text()
    assert window.undo_action.text() == "&Undo Choose whose report the sums use"

    choose(qtbot, panel.first_box, "2020")  # four growths left: too few to say anything
    assert panel.chance_readout.isHidden()
    message = panel.outlook_note.text()
    assert "at least 5 year-on-year growths" in message and "it has 4" in message
    assert not window.summary_panel.values["chance"].isVisible()
    assert "chance" not in window.verdict_banner.sentence


def test_undo_and_redo_the_import_and_the_method(qtbot, window, imported) -> None:
    panel = imported
    summary = window.summary_panel
    assert window.undo_action.text() == "&Undo Import 10 years of annual history"
    choose(qtbot, panel.method_box, TrendMethod.LOG_LINEAR.words)
    fit = log_linear(MALAYSIA)
    assert summary.values["observedGrowth"].text() == f"+{fit * 100:.2f} %"
    assert "By log-linear fit over 2015–2024" in summary.explanations["observedGrowth"].text()
    assert "by log-linear fit over the window (2015–2024)" in panel.trend_readout.text()
    assert window.undo_action.text() == "&Undo Trend by log-linear fit over the window"

    window.undo_action.trigger()  # back to the base year and the latest estimate
    assert summary.values["observedGrowth"].text() == "+3.22 %"
    assert panel.method_box.currentText() == TrendMethod.TWO_POINT.words
    window.undo_action.trigger()  # no history
    assert panel.model.rowCount() == 0 and not window.document.dataset.history
    assert not summary.values["chance"].isVisible()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert panel.model.rowCount() == len(MALAYSIA)
    assert panel.method_box.currentText() == TrendMethod.LOG_LINEAR.words
    assert summary.values["observedGrowth"].text() == f"+{fit * 100:.2f} %"


def test_clear_takes_the_trend_back_and_is_undoable(qtbot, window, imported) -> None:
    panel = imported
    choose(qtbot, panel.method_box, TrendMethod.COMPOUND.words)
    compound = (MALAYSIA[2024] / MALAYSIA[2015]) ** (1 / 9) - 1
    assert window.summary_panel.values["observedGrowth"].text() == f"+{compound * 100:.2f} %"
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert window.summary_panel.values["observedGrowth"].text() == "+3.22 %"
    window.undo_action.trigger()
    assert window.summary_panel.values["observedGrowth"].text() == f"+{compound * 100:.2f} %"


def test_saved_and_reopened_with_the_history_and_trend(
    qtbot, window, imported, monkeypatch, tmp_path
) -> None:
    panel = imported
    choose(qtbot, panel.report_box, "Türkiye's report")
    choose(qtbot, panel.method_box, TrendMethod.LOG_LINEAR.words)
    history, trend = window.document.dataset.history, window.document.scenario.trend
    saved = tmp_path / "with history.tradetarget"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: str(saved))
    window.files.save_as()
    window.files.new()
    assert not window.document.dataset.history
    assert window.files.open(str(saved))
    assert window.document.dataset.history == history
    assert window.document.scenario.trend == trend
    assert panel.report_box.currentText() == "Türkiye's report"
    assert panel.method_box.currentText() == TrendMethod.LOG_LINEAR.words
    fit = log_linear(TURKIYE)
    assert window.summary_panel.values["observedGrowth"].text() == f"+{fit * 100:.2f} %"


def test_bad_rows_are_listed_by_line_and_the_good_ones_load(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(
        "Year,Value (US$ bn)\n2015,2.60\n2016,lots\n2017,3.20\n2018,-1\n2019,3.40\n",
        encoding="utf-8",
    )
    panel = open_history_tab(qtbot, window)
    answer_with(monkeypatch, path)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    lines = panel.problem_list.toPlainText().splitlines()
    assert [line.split(":")[0] for line in lines] == ["Line 3", "Line 5"]
    assert panel.problems_heading.text() == "2 rows of the file left out:"
    assert panel.problem_list.isVisible()
    assert panel.model.rowCount() == 3
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Report not named\n(US$ bn)"
    # 2015, 2017 and 2019: a gap in the years is not one year's growth.
    assert "it has 0" in panel.outlook_note.text()


def test_a_file_that_cannot_be_read_says_why(qtbot, window, monkeypatch, tmp_path) -> None:
    panel = open_history_tab(qtbot, window)
    answer_with(monkeypatch, tmp_path / "gone.csv")
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.message.isVisible() and "gone.csv" in panel.message.text()
    assert window.document.undo_stack.count() == 0


def test_the_tab_follows_the_language(qtbot, window, imported) -> None:
    panel = imported
    english = (panel.import_button.text(), panel.report_label.text(), panel.chance_readout.text())
    expected = percent_words(chance(MALAYSIA, TARGET_YEAR - LATEST_YEAR))
    for code in ("ms", "tr"):
        assert translations.use(code)
        QCoreApplication.processEvents()
        spoken = (panel.import_button.text(), panel.report_label.text())
        assert all(text and text not in english for text in spoken), spoken
        assert panel.chance_readout.text() not in english
        number = expected.split()[0]
        assert number in panel.chance_readout.text()
        assert panel.method_box.currentText() == TrendMethod.TWO_POINT.words
        assert window.tables.tabText(window.tables.currentIndex()) != "History"
    assert translations.use("en")
    QCoreApplication.processEvents()
    assert (panel.import_button.text(), panel.report_label.text()) == english[:2]
    assert panel.chance_readout.text() == english[2]


def test_every_control_is_named_and_reached_with_tab(qtbot, window, imported) -> None:
    panel = imported
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None
    ]
    assert len(focusable) >= 8  # the buttons, the table, the four choices, the read-outs
    for control in [*panel.focus_order, *focusable]:
        assert control.accessibleName().strip(), control.objectName()
        assert control.accessibleDescription().strip(), control.objectName()
    shown = [c for c in panel.focus_order if c.isVisibleTo(panel)]
    shown[0].setFocus()
    reached = [shown[0]]
    for _ in shown[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == shown


def test_the_model_alone(qtbot, document, qtmodeltester, tmp_path) -> None:
    from trade_target.core.files.history_csv import read_history_csv

    model = HistoryModel(document)
    qtmodeltester.check(model)
    document.import_history(read_history_csv(comtrade_file(tmp_path)).records)
    qtmodeltester.check(model)
    document.edit_input("exchange_rate", 4.05)  # a rate change keeps the rows
    qtmodeltester.check(model)
    assert model.rowCount() == len(MALAYSIA)
