"""Usable by everyone: names for screen readers, the keyboard alone, dark mode, large text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from trade_target.translations import LANGUAGES
from trade_target.ui.actions import dialogs

LANGUAGE_NAMES = set(LANGUAGES.values())  # listed by name, without mnemonics


def _focusable(window: QWidget) -> list[QWidget]:
    """What Tab can reach: visible, accepting focus, not handing it on to another widget."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None
    ]


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def test_every_control_has_a_name_and_a_description(window):
    window.inputs_panel.advanced_toggle.setChecked(True)  # the advanced inputs too
    for index in range(window.tables.count()):  # and the buttons of every table page
        window.tables.setCurrentIndex(index)
        controls = _focusable(window)
        assert len(controls) > 10
        unnamed = [_describe(w) for w in controls if not w.accessibleName().strip()]
        undescribed = [_describe(w) for w in controls if not w.accessibleDescription().strip()]
        assert not unnamed, f"no accessible name: {unnamed}"
        assert not undescribed, f"no accessible description: {undescribed}"


def test_summary_values_are_named_for_screen_readers(window):
    for key, title in window.summary_panel.ROWS:
        value = window.findChild(QLabel, f"{key}Value")
        assert value.accessibleName() == title
        assert value.accessibleDescription()


def test_the_chart_says_its_values_are_in_the_table(window):
    assert "Year by year" in window.plot.plot_widget.accessibleDescription()
    assert window.tables.tabText(0) == "Year by year"
    assert window.trajectory_table.model().rowCount() > 0


def _mnemonic(text: str) -> str | None:
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _speak(code: str, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from trade_target import translations

    assert translations.use(code)
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_labelled_inputs_and_buttons_have_mnemonics_that_do_not_clash(window, qtbot, code):
    """Alt+letter reaches one control: among what is on screen together (each chart tab with
    each table tab, the advanced inputs open), no two share a letter, nor with a menu."""
    from PySide6.QtWidgets import QAbstractButton

    _speak(code, qtbot)
    window.inputs_panel.advanced_toggle.setChecked(True)
    panel = window.scenarios_panel
    must_have = [
        panel.new_button,
        panel.duplicate_button,
        panel.rename_button,
        panel.delete_button,
        window.inputs_panel.advanced_toggle,
        window.inputs_panel.reset_button,
        window.add_figure_button,
        window.remove_figure_button,
    ]
    missing = [button.text() for button in must_have if _mnemonic(button.text()) is None]
    labelled = [label for label in window.findChildren(QLabel) if label.buddy() is not None]
    missing += [label.text() for label in labelled if _mnemonic(label.text()) is None]
    assert not missing, f"labels or buttons without a mnemonic: {missing}"
    menus = [action.text() for action in window.menuBar().actions()]
    for chart in range(window.charts.count()):
        window.charts.setCurrentIndex(chart)
        for table in range(window.tables.count()):
            window.tables.setCurrentIndex(table)
            shown = [
                widget.text()
                for widget in [*labelled, *window.findChildren(QAbstractButton)]
                if widget.isVisibleTo(window) and _mnemonic(widget.text()) is not None
            ]
            keys = [_mnemonic(text) for text in shown + menus]
            clashes = sorted({key for key in keys if keys.count(key) > 1})
            where = (window.charts.tabText(chart), window.tables.tabText(table))
            assert not clashes, f"one Alt key for two controls in {where}: {clashes} in {shown}"


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_every_menu_item_has_its_own_mnemonic(window, qtbot, code):
    _speak(code, qtbot)
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in menus for action in menu.actions() if action.menu()]
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        texts = [text for text in texts if text not in LANGUAGE_NAMES]
        keys = [_mnemonic(text) for text in texts]
        missing = [text for text, key in zip(texts, keys, strict=True) if key is None]
        clashes = sorted({key for key in keys if key is not None and keys.count(key) > 1})
        assert not missing and not clashes, (menu.title(), missing, clashes, texts)


def _tab_sequence(start: QWidget, steps: int, qtbot) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    names = [start.objectName()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    return names


def test_tab_visits_the_inputs_in_the_order_they_are_seen(window, qtbot):
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    assert _tab_sequence(rate, 6, qtbot) == [
        "exchangeRateInput",
        "yearsToTargetInput",
        "targetInput",
        "displayCurrencyInput",
        "advancedToggle",
        "resetButton",
        "trajectoryPlot",
    ]
    window.inputs_panel.advanced_toggle.setChecked(True)
    assert _tab_sequence(rate, 9, qtbot)[4:] == [
        "advancedToggle",
        "baseValueInput",
        "latestValueInput",
        "latestMonthsInput",
        "annualisationInput",
        "resetButton",
    ]


def test_tab_goes_from_the_scenarios_to_the_inputs(window, qtbot):
    window.document.add_scenario()  # Delete is enabled (and in the tab order) from two on
    scenarios = window.scenarios_panel.list
    assert _tab_sequence(scenarios, 5, qtbot) == [
        "scenarioList",
        "newScenarioButton",
        "duplicateScenarioButton",
        "renameScenarioButton",
        "deleteScenarioButton",
        "exchangeRateInput",
    ]


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


@pytest.mark.parametrize(("code", "mark"), [("en", "."), ("ms", "."), ("tr", ",")])
def test_the_main_task_with_the_keyboard_alone(
    window, qtbot, monkeypatch, tmp_path: Path, code, mark
):
    """Change the rate and the years, read the answer, export the brief: keys only, in each
    language (its own mnemonic for the rate, its own decimal mark)."""
    _speak(code, qtbot)
    brief = tmp_path / "brief.pdf"
    asked: list[str] = []

    def export_path(_parent: object, title: str, *_: object) -> str:
        asked.append(title)
        return str(brief)

    monkeypatch.setattr(dialogs, "ask_export_path", export_path)
    window.activateWindow()
    window.scenarios_panel.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scenarios_panel.list)

    rate = window.findChild(QLineEdit, "exchangeRateInput")
    label = next(w for w in window.findChildren(QLabel) if w.buddy() is rate)
    letter = _mnemonic(label.text())  # "&Rate (RM per US$)": r; "K&ur (…)": u
    assert letter is not None and letter.isascii()
    _press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is rate
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), f"4{mark}05")
    _press(qtbot, Qt.Key.Key_Tab)
    years = window.findChild(QLineEdit, "yearsToTargetInput")
    assert QApplication.focusWidget() is years
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "6")
    _press(qtbot, Qt.Key.Key_Return)

    assert window.document.inputs.exchange_rate == pytest.approx(4.05)
    assert window.document.inputs.years_to_target == 6
    # US$10 bn target over US$5.2 bn in 2024, six years: (10 / 5.2) ** (1 / 6) - 1 = 11.51 %
    required = (10 / 5.2) ** (1 / 6) - 1
    assert f"{required * 100:.2f}" == "11.51"
    assert f"11{mark}51" in window.findChild(QLabel, "requiredGrowthValue").text()
    assert window.findChild(QLabel, "targetYearValue").text() == "2030"

    _press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(asked) == 1 and (code != "en" or asked == ["Export brief"])
    assert brief.read_bytes().startswith(b"%PDF")


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_then_light(qapp) -> Iterator[tuple[QPalette, QPalette]]:
    """A dark and a light palette; the application's own palette is put back afterwards."""
    original = QPalette(qapp.palette())
    role = QPalette.ColorRole
    dark = _palette(
        {
            role.Window: "#202124",
            role.WindowText: "#E8EAED",
            role.Base: "#121212",
            role.AlternateBase: "#2A2A2A",
            role.Text: "#F1F1F1",
            role.Button: "#303134",
            role.ButtonText: "#E8EAED",
            role.PlaceholderText: "#7A7A7A",
        }
    )
    light = _palette(
        {
            role.Window: "#F2F2F2",
            role.WindowText: "#000000",
            role.Base: "#FFFFFF",
            role.Text: "#101010",
            role.Button: "#E8E8E8",
            role.ButtonText: "#000000",
            role.PlaceholderText: "#A0A0A0",
        }
    )
    yield dark, light
    qapp.setPalette(original)


@pytest.fixture
def high_contrast(qapp) -> Iterator[tuple[QPalette, QPalette]]:
    """The desktops' high-contrast themes: white on black and black on white."""
    original = QPalette(qapp.palette())
    role = QPalette.ColorRole
    themes = tuple(
        _palette(
            {
                role.Window: back,
                role.WindowText: ink,
                role.Base: back,
                role.AlternateBase: back,
                role.Text: ink,
                role.Button: back,
                role.ButtonText: ink,
                role.PlaceholderText: ink,
                role.Highlight: "#FFFF00" if back == "#000000" else "#000080",
                role.HighlightedText: back if back == "#000000" else "#FFFFFF",
            }
        )
        for back, ink in (("#000000", "#FFFFFF"), ("#FFFFFF", "#000000"))
    )
    yield themes  # type: ignore[misc]
    qapp.setPalette(original)


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, written out here rather than taken from the app."""
    channels = []
    for value in (colour.red(), colour.green(), colour.blue()):
        c = value / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_worked_contrast_example():
    assert _contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21)
    assert _contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


def _text_colours(window) -> dict[str, QColor]:
    labels = {
        "status": window.findChild(QLabel, "progressStatusValue"),
        "explanation": window.findChild(QLabel, "requiredGrowthExplanation"),
        "hint": window.inputs_panel.rate_hint,
    }
    return {
        name: label.palette().color(QPalette.ColorRole.WindowText) for name, label in labels.items()
    }


def _use_palette(qapp, qtbot, window, palette: QPalette) -> None:
    """Qt hands a new application palette to the widgets through the event loop."""
    qapp.setPalette(palette)
    wanted = palette.color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == wanted)
    qapp.processEvents()


def test_the_chart_and_the_text_follow_a_dark_and_a_light_palette(
    window, qapp, qtbot, dark_then_light
):
    plot_item = window.plot.plot_widget.getPlotItem()
    for palette in dark_then_light:
        _use_palette(qapp, qtbot, window, palette)
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        assert window.plot.plot_widget.backgroundBrush().color() == base
        for side in ("left", "bottom"):
            assert plot_item.getAxis(side).textPen().color() == text
        background = palette.color(QPalette.ColorRole.Window)
        for name, colour in _text_colours(window).items():
            assert _contrast(colour, background) >= 4.5, (name, colour.name(), background.name())
        for label in (window.plot.required_label, window.plot.target_label):
            assert _contrast(label.color, base) >= 4.5


def test_every_text_of_the_window_and_the_chart_reads_in_high_contrast(
    window, qapp, qtbot, high_contrast
):
    plot = window.plot
    for palette in high_contrast:
        _use_palette(qapp, qtbot, window, palette)
        base = palette.color(QPalette.ColorRole.Base)
        background = palette.color(QPalette.ColorRole.Window)
        for name, colour in _text_colours(window).items():
            assert _contrast(colour, background) >= 4.5, (name, colour.name(), background.name())
        labels = {
            "required": plot.required_label,
            "target": plot.target_label,
            "trend": plot.trend_label,
            "estimate": plot.estimate_label,
        }
        for name, label in labels.items():
            assert _contrast(label.color, base) >= 4.5, (name, label.color.name(), base.name())
        for side in ("left", "bottom"):
            ink = plot.plot_widget.getPlotItem().getAxis(side).textPen().color()
            assert _contrast(ink, base) >= 7, (side, ink.name())


def test_other_scenarios_labels_read_on_every_theme(
    window, qapp, qtbot, dark_then_light, high_contrast
):
    document = window.document
    document.duplicate_scenario()
    document.duplicate_scenario()
    for index in range(len(document.workbook.scenarios)):
        document.set_shown(index, True)
    labels = [slot.label for slot in window.plot.overlay_items if slot.label.isVisible()]
    assert len(labels) == 2, "two other scenarios are drawn with their labels"
    for palette in (*dark_then_light, *high_contrast):
        _use_palette(qapp, qtbot, window, palette)
        base = palette.color(QPalette.ColorRole.Base)
        for label in labels:
            assert _contrast(label.color, base) >= 4.5, (label.color.name(), base.name())


def test_every_progress_status_reads_on_dark_and_light(window, qapp, qtbot, dark_then_light):
    from trade_target.core.growth import ProgressStatus
    from trade_target.ui.panels.look import coloured
    from trade_target.ui.panels.summary import STATUS_COLOURS

    status = window.findChild(QLabel, "progressStatusValue")
    for palette in dark_then_light:
        _use_palette(qapp, qtbot, window, palette)
        background = palette.color(QPalette.ColorRole.Window)
        for state in ProgressStatus:
            coloured(status, STATUS_COLOURS[state])
            shown = status.palette().color(QPalette.ColorRole.WindowText)
            assert _contrast(shown, background) >= 4.5, (state, shown.name())


def test_an_exported_chart_keeps_the_paper_look_in_dark_mode(qapp, dark_then_light):
    from trade_target.render.charts.trajectory import INK, TrajectoryChart

    qapp.setPalette(dark_then_light[0])
    plot = TrajectoryChart()  # never shown, as the chart export makes it
    assert plot.plot_widget.backgroundBrush().color() == QColor("#FFFFFF")
    assert plot.plot_widget.getPlotItem().getAxis("left").textPen().color() == QColor(INK)
    plot.deleteLater()


def test_text_follows_the_system_font_size(window, qapp, qtbot):
    original = QFont(qapp.font())
    value = window.findChild(QLabel, "requiredGrowthValue")
    rate_label = window.inputs_panel._labels["exchange_rate"]
    before = value.font().pointSizeF(), rate_label.font().pointSizeF()
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 2)
    try:
        qapp.setFont(larger)  # handed to the widgets through the event loop
        qtbot.waitUntil(lambda: window.font().pointSizeF() == larger.pointSizeF())
        qapp.processEvents()
        after = value.font().pointSizeF(), rate_label.font().pointSizeF()
    finally:
        qapp.setFont(original)
        qapp.processEvents()
    assert after[0] == pytest.approx(before[0] * 2)
    assert after[1] == pytest.approx(before[1] * 2)
    assert value.font().bold()
