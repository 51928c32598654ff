"""The main window as a person uses it: typing, reading, undoing, switching currency."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView

# Independent figures from PRODUCT.md, written out here rather than taken from the code.
REQUIRED_5Y = (10 / 5.2) ** (1 / 5) - 1  # 13.97 %
REQUIRED_6Y = (10 / 5.2) ** (1 / 6) - 1  # 11.51 %
OBSERVED_AT_405 = (21.2 / 4.05) * 12 / 11 / 5.2 - 1  # +9.8 %


def field(window, name: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def label(window, name: str) -> str:
    widget = window.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def paste_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text in one go, as pasting does."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == text


def last_row_year(window) -> int:
    table = window.findChild(QTableView, "trajectoryTable")
    model = table.model()
    return int(model.index(model.rowCount() - 1, 0).data())


def test_opens_on_the_articles_figures(window):
    assert window.windowTitle() == "Untitled[*] — Trade Target"
    assert not window.isWindowModified()
    assert field(window, "exchangeRateInput").text() == "4.3089"
    assert field(window, "yearsToTargetInput").text() == "5"
    assert f"{REQUIRED_5Y * 100:.2f} %" in label(window, "requiredGrowthValue")
    assert "13.97" in label(window, "requiredGrowthValue")
    assert label(window, "targetYearValue") == "2029"
    assert "+3.22 %" in label(window, "observedGrowthValue")
    assert label(window, "progressStatusValue") == "Limited progress"
    assert label(window, "yearReachedValue") == "2045"
    assert last_row_year(window) == 2029
    for name in ("figuresTable", "trajectoryTable"):
        assert window.findChild(QTableView, name).model().rowCount() > 0
    assert window.findChild(object, "summaryPanel") is not None
    assert window.findChild(object, "trajectoryPlot") is not None


def test_typing_rate_405_shows_observed_growth_98(qtbot, window):
    type_into(qtbot, field(window, "exchangeRateInput"), "4.05")
    assert f"+{OBSERVED_AT_405 * 100:.2f} %" in label(window, "observedGrowthValue")
    assert "+9.82 %" in label(window, "observedGrowthValue")
    assert window.document.inputs.exchange_rate == 4.05


def test_years_6_shows_1151_and_trajectory_to_2030(qtbot, window):
    type_into(qtbot, field(window, "yearsToTargetInput"), "6")
    assert f"{REQUIRED_6Y * 100:.2f}" in label(window, "requiredGrowthValue")
    assert "11.51" in label(window, "requiredGrowthValue")
    assert label(window, "targetYearValue") == "2030"
    assert last_row_year(window) == 2030
    years, values = window.plot.required.getData()
    assert list(years) == list(range(2024, 2031))
    assert math.isclose(values[-1], 10.0, rel_tol=1e-9)


def test_undo_with_keyboard_restores_previous_numbers(qtbot, window):
    rate = field(window, "exchangeRateInput")
    type_into(qtbot, rate, "4.05")
    assert "+9.82 %" in label(window, "observedGrowthValue")
    # The typing of "4.05" folds into one undo step; Ctrl+Z in the field undoes it.
    qtbot.keyClick(rate, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "+3.22 %" in label(window, "observedGrowthValue")
    assert rate.text() == "4.3089"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(rate, Qt.Key.Key_Z, redo)
    assert "+9.82 %" in label(window, "observedGrowthValue")
    assert rate.text() == "4.05"


def test_separate_edits_are_separate_undo_steps(qtbot, window):
    type_into(qtbot, field(window, "exchangeRateInput"), "4.05")
    field(window, "exchangeRateInput").editingFinished.emit()
    type_into(qtbot, field(window, "yearsToTargetInput"), "6")
    window.undo_action.trigger()
    assert label(window, "targetYearValue") == "2029"
    assert "+9.82 %" in label(window, "observedGrowthValue")
    window.undo_action.trigger()
    assert "+3.22 %" in label(window, "observedGrowthValue")
    assert not window.undo_action.isEnabled()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "not a number"),
        ("0", "greater than zero"),
        ("-4", "greater than zero"),
        ("4,31.5", "more than one decimal mark"),
        ("431", "check the decimal mark"),
        ("43", "check the decimal mark"),
    ],
)
def test_bad_rate_shows_message_and_keeps_last_good_result(qtbot, window, text, message):
    before = label(window, "observedGrowthValue")
    rows_before = window.trajectory_model.rowCount()
    rate = field(window, "exchangeRateInput")
    paste_into(qtbot, rate, text)
    shown = window.findChild(QLabel, "exchangeRateInputMessage")
    assert shown.isVisibleTo(window)
    assert message in shown.text()
    assert label(window, "observedGrowthValue") == before
    assert window.trajectory_model.rowCount() == rows_before
    assert window.document.inputs.exchange_rate == pytest.approx(21.2 / 4.92)
    type_into(qtbot, rate, "4.05")
    assert not shown.isVisibleTo(window)


@pytest.mark.parametrize("text", ["0", "51", "5.5", "five"])
def test_bad_years_shows_message(qtbot, window, text):
    paste_into(qtbot, field(window, "yearsToTargetInput"), text)
    shown = window.findChild(QLabel, "yearsToTargetInputMessage")
    assert shown.isVisibleTo(window) and shown.text()
    assert label(window, "targetYearValue") == "2029"


@pytest.fixture
def locale_named(request):
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize("locale_named", ["en_US", "ms_MY", "tr_TR"], indirect=True)
@pytest.mark.parametrize("typed", ["4,31", "4.31"])
def test_either_decimal_mark_in_each_locale(qtbot, locale_named, document, typed):
    from trade_target.ui.main_window import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    type_into(qtbot, field(window, "exchangeRateInput"), typed)
    assert window.document.inputs.exchange_rate == 4.31  # never 431
    expected = (21.2 / 4.31) * 12 / 11 / 5.2 - 1
    decimal_mark = QLocale(locale_named).decimalPoint()
    shown = f"{expected * 100:.2f}".replace(".", decimal_mark)
    assert shown in label(window, "observedGrowthValue")


def test_turkish_desktop_shows_its_own_decimal_mark(qtbot, document):
    from trade_target.ui.main_window import MainWindow

    previous = QLocale()
    QLocale.setDefault(QLocale("tr_TR"))
    try:
        window = MainWindow(document)
        qtbot.addWidget(window)
        assert field(window, "exchangeRateInput").text() == "4,3089"
        assert "13,97 %" in label(window, "requiredGrowthValue")
    finally:
        QLocale.setDefault(previous)


def test_currency_switch_redraws_in_ringgit(qtbot, window):
    rate = 21.2 / 4.92
    combo = window.inputs_panel.currency_input
    combo.setCurrentIndex(combo.findData("MYR"))
    _years, values = window.plot.required.getData()
    assert math.isclose(values[-1], 10 * rate, rel_tol=1e-9)
    assert "RM" in window.plot.plot_widget.getPlotItem().getAxis("left").labelText
    header = window.trajectory_model.headerData(3, Qt.Orientation.Horizontal)
    assert "RM" in header
    assert window.currency_actions[window.document.currency].isChecked()
    window.undo_action.trigger()
    assert combo.currentData() == "USD"
    assert "US$" in window.plot.plot_widget.getPlotItem().getAxis("left").labelText


def test_status_and_year_reached_follow_the_inputs(qtbot, window):
    # A 2025 figure below 2024's annualised value: growth < 0, the target is never reached.
    window.inputs_panel.advanced_toggle.click()
    latest = field(window, "latestValueInput")
    assert latest.isVisibleTo(window)
    type_into(qtbot, latest, "15")
    assert label(window, "progressStatusValue") == "Moving away from the target"
    assert label(window, "yearReachedValue") == "Not at this trend"
    # Raise the 2025 figure above the target (RM50 bn ≈ US$11.6 bn for 11 months).
    type_into(qtbot, latest, "50")
    assert label(window, "progressStatusValue") == "Target met"


def test_reset_returns_to_the_article(qtbot, window):
    type_into(qtbot, field(window, "exchangeRateInput"), "4.05")
    type_into(qtbot, field(window, "yearsToTargetInput"), "8")
    window.inputs_panel.reset_button.click()
    assert field(window, "exchangeRateInput").text() == "4.3089"
    assert label(window, "targetYearValue") == "2029"
    window.undo_action.trigger()
    assert label(window, "targetYearValue") == "2032"


def test_plot_marks_the_estimate_as_one(window):
    plot = window.plot
    xs, ys = plot.estimate.getData()
    assert list(xs) == [2025]
    assert math.isclose(ys[0], 21.2 / (21.2 / 4.92) * 12 / 11, rel_tol=1e-9)
    assert plot.estimate.opts["brush"].style() == Qt.BrushStyle.NoBrush  # hollow
    assert plot.actual.opts["brush"].style() == Qt.BrushStyle.SolidPattern  # reported: filled
    assert "estimate" in plot.estimate_label.textItem.toPlainText()
    names = plot.legend_names()
    assert any("estimate" in name and "11 of 12" in name for name in names)
    assert "Target" in names and "Required path" in names and "At observed trend" in names
    _, target = plot.target.getData()
    assert list(target) == [10.0, 10.0]
    assert "+13.97 % a year" in plot.required_label.textItem.toPlainText()
    assert "+3.22 % a year" in plot.trend_label.textItem.toPlainText()
    assert "US$10.0 bn" in plot.target_label.textItem.toPlainText()


def test_plot_axes_follow_the_target(qtbot, window):
    view = window.plot.plot_widget.getPlotItem().getViewBox()
    top = view.viewRange()[1][1]
    assert 10.0 < top <= 12.0
    type_into(qtbot, field(window, "targetInput"), "30")
    top = view.viewRange()[1][1]
    assert 30.0 < top <= 34.0
    _, required = window.plot.required.getData()
    assert math.isclose(required[-1], 30.0, rel_tol=1e-9)


def test_hover_reads_out_year_and_value(qtbot, window):
    plot = window.plot
    view = plot.plot_widget.getPlotItem().getViewBox()
    scene_point = view.mapViewToScene(QPointF(2027, 5))
    widget_point = plot.plot_widget.mapFromScene(scene_point)
    qtbot.mouseMove(plot.plot_widget.viewport(), widget_point)
    qtbot.waitUntil(lambda: plot.readout.text().startswith("2027"))
    required_2027 = 5.2 * (10 / 5.2) ** (3 / 5)
    assert f"US${required_2027:.2f} bn" in plot.readout.text()


def test_about_shows_version_and_sources(monkeypatch, window):
    from trade_target import version
    from trade_target.ui.actions import dialogs

    shown = {}
    monkeypatch.setattr(
        dialogs, "show_about", lambda parent, title, html: shown.update(title=title, html=html)
    )
    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    next(a for a in help_menu.actions() if "About" in a.text()).trigger()
    assert version() in shown["html"]
    assert "2026-01-08" in shown["html"]
    assert "US$5.2 billion" in shown["html"]


def test_left_panel_fits_its_column(qtbot, window):
    """Nothing in the inputs and summary runs past the visible column (no clipped text)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    window.resize(1280, 800)
    qtbot.wait(10)
    scroll = window.findChild(QScrollArea)
    viewport = scroll.viewport()
    for panel in (window.inputs_panel, window.summary_panel):
        for widget in panel.findChildren(QLabel):
            if not widget.isVisibleTo(window) or not widget.text():
                continue
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), widget.objectName() or widget.text()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                assert widget.height() >= needed, widget.objectName() or widget.text()


def test_window_size_and_dividers_come_back_next_time(qtbot, document):
    from PySide6.QtWidgets import QSplitter

    from trade_target.ui.main_window import MainWindow

    first = MainWindow(document)
    qtbot.addWidget(first)
    first.show()
    first.showNormal()  # on the small headless screen (800×800) it opens maximised
    first.resize(760, 560)  # within that screen: restoring would clamp to it
    divider = first.findChild(QSplitter, "inputsAndResults")
    divider.setSizes([440, 300])
    qtbot.wait(10)
    wanted = divider.sizes()
    first.close()

    second = MainWindow(document)
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(10)
    assert (second.width(), second.height()) == (760, 560)
    assert second.findChild(QSplitter, "inputsAndResults").sizes() == wanted
