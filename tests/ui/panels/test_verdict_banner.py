"""The verdict banner across the top of the window, as a person meets it: it answers the
question in one sentence, follows typing, scenarios, currency and language, has a name for
screen readers, and reads (4.5:1) on light, dark and high-contrast desktops.

Numbers are worked out here from PRODUCT.md's formulas, not taken from the app."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget
from test_accessibility import (  # the palettes and the independent contrast formula
    _contrast,
    _use_palette,
    dark_then_light,  # noqa: F401 (a fixture)
    high_contrast,  # noqa: F401 (a fixture)
)

from trade_target import translations
from trade_target.core.money import Currency
from trade_target.ui.panels.verdict import VerdictBanner

RATE = 21.2 / 4.92


def required(years: int) -> float:
    return (10 / 5.2) ** (1 / years) - 1


def observed(rate: float = RATE) -> float:
    return 21.2 / rate * 12 / 11 / 5.2 - 1


def reached(rate: float = RATE) -> int:
    latest = 21.2 / rate * 12 / 11
    return 2025 + math.ceil(math.log(10 / latest) / math.log(1 + observed(rate)))


def catch_up(rate: float = RATE, years: int = 5) -> float:
    """The growth still needed from the 2025 estimate: (10 / L)^(1/(target year − 2025)) − 1."""
    return (10 / (21.2 / rate * 12 / 11)) ** (1 / (2024 + years - 2025)) - 1


def signed(fraction: float) -> str:
    return f"{'+' if fraction >= 0 else '−'}{abs(fraction) * 100:.2f} %"


def banner_of(window) -> QFrame:
    banner = window.findChild(QFrame, "verdictBanner")
    assert banner is not None
    return banner


def text_of(window) -> str:
    return window.findChild(QLabel, "verdictText").text()


def type_into(qtbot, window, name: str, text: str) -> None:
    edit = window.findChild(QLineEdit, name)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


DEFAULT_SENTENCE = (
    "Limited progress: the target needs +13.97 % a year to 2029; trade is growing +3.22 % a "
    "year and would reach US$10 bn in 2045, 16 years late. From the 2025 estimate, it now takes "
    "+16.83 % a year to 2029."
)


def test_the_banner_opens_the_window_with_the_answer(window):
    assert reached() - 2029 == 16
    assert signed(required(5)) == "+13.97 %" and signed(observed()) == "+3.22 %"
    assert signed(catch_up()) == "+16.83 %"
    banner = banner_of(window)
    assert text_of(window) == DEFAULT_SENTENCE
    splitter = window.findChild(QSplitter, "inputsAndResults")
    assert splitter is not None
    # Across the top: above the inputs and the results, as wide as both.
    top_of_splitter = splitter.mapTo(window, QPoint(0, 0)).y()
    assert banner.mapTo(window, QPoint(0, banner.height())).y() <= top_of_splitter
    assert banner.width() >= splitter.width()


def test_the_banner_has_a_name_and_says_the_sentence(window):
    banner = banner_of(window)
    assert banner.accessibleName() == "Verdict"
    assert banner.accessibleDescription() == DEFAULT_SENTENCE


def test_typing_a_rate_and_years_changes_the_verdict(qtbot, window):
    type_into(qtbot, window, "exchangeRateInput", "4.05")
    assert reached(4.05) == 2031
    expected = (
        f"Needs acceleration: the target needs {signed(required(5))} a year to 2029; trade is "
        f"growing {signed(observed(4.05))} a year and would reach US$10 bn in 2031, 2 years late. "
        f"From the 2025 estimate, it now takes {signed(catch_up(4.05))} a year to 2029."
    )
    assert text_of(window) == expected
    assert banner_of(window).accessibleDescription() == expected
    type_into(qtbot, window, "yearsToTargetInput", "6")
    assert text_of(window).startswith(f"Needs acceleration: the target needs {signed(required(6))}")
    assert "in 2031, 1 year late. " in text_of(window)
    assert text_of(window).endswith(f"it now takes {signed(catch_up(4.05, 6))} a year to 2030.")
    type_into(qtbot, window, "exchangeRateInput", "5")
    assert text_of(window).startswith("Moving away from the target:")
    assert f"falling ({signed(observed(5.0))} a year)" in text_of(window)
    window.undo_action.trigger()  # the edits undone bring the verdict back
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert text_of(window) == DEFAULT_SENTENCE


def test_a_bad_entry_leaves_the_last_good_verdict(qtbot, window):
    type_into(qtbot, window, "exchangeRateInput", "abc")
    assert text_of(window) == DEFAULT_SENTENCE


def test_the_verdict_follows_the_chosen_scenario(qtbot, window):
    panel = window.scenarios_panel
    qtbot.mouseClick(panel.duplicate_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, window, "yearsToTargetInput", "30")
    assert text_of(window).startswith("On track:") and text_of(window).endswith("9 years early.")
    panel.list.setCurrentIndex(panel.model.index(0))
    assert text_of(window) == DEFAULT_SENTENCE
    panel.list.setCurrentIndex(panel.model.index(1))
    assert text_of(window).startswith("On track:")


def test_the_verdict_follows_the_currency(window):
    combo = window.inputs_panel.currency_input
    combo.setCurrentIndex(combo.findData("MYR"))
    assert f"would reach RM{10 * RATE:.1f} bn in 2045" in text_of(window)
    assert "RM43.1 bn" in text_of(window)
    window.undo_action.trigger()
    assert text_of(window) == DEFAULT_SENTENCE


def _speak(code: str, qtbot) -> None:
    assert translations.use(code)
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


@pytest.mark.parametrize(
    ("code", "name", "sentence"),
    [
        (
            "ms",
            "Rumusan",
            "Kemajuan terhad: sasaran memerlukan pertumbuhan +13.97 % setahun hingga 2029; "
            "perdagangan berkembang +3.22 % setahun dan akan mencapai US$10 bilion pada 2045, "
            "lewat 16 tahun. Dari anggaran 2025, kini diperlukan pertumbuhan +16.83 % setahun "
            "hingga 2029.",
        ),
        (
            "tr",
            "Sonuç",
            "Sınırlı ilerleme: hedef, 2029 yılına kadar yılda +\u2060%13,97 büyüme gerektiriyor; "
            "ticaret yılda +\u2060%3,22 büyüyor ve US$10 milyar düzeyine 2045 yılında, 16 yıl geç "
            "ulaşacak. 2025 tahmininden 2029 yılına kadar artık yılda +\u2060%16,83 büyüme "
            "gerekiyor.",
        ),
    ],
)
def test_the_verdict_switches_language_live(qtbot, window, code, name, sentence):
    _speak(code, qtbot)
    banner = banner_of(window)
    assert text_of(window) == sentence
    assert (banner.accessibleName(), banner.accessibleDescription()) == (name, sentence)
    _speak("en", qtbot)
    assert text_of(window) == DEFAULT_SENTENCE


# --- Every rating reads on every desktop --------------------------------------------------------

CASES = {
    "met": {"latest_value": 50.0},
    "on track": {"years_to_target": 30},
    "needs acceleration": {"exchange_rate": 4.05},
    "limited progress": {},
    "moving away": {"exchange_rate": 5.0},
    "not at this trend": {"exchange_rate": 5.0, "latest_months": 12, "latest_value": 26.0},
}
OPENINGS = {
    "met": "Target met:",
    "on track": "On track:",
    "needs acceleration": "Needs acceleration:",
    "limited progress": "Limited progress:",
    "moving away": "Moving away from the target:",
    "not at this trend": "Limited progress:",
}


def _show_case(window, case: str) -> None:
    document = window.document
    document.reset_to_source()
    for field, value in CASES[case].items():
        document.edit_input(field, value)


def _rendered_background(banner: QFrame) -> QColor:
    """The banner's colour as drawn: a corner pixel of the rendered widget."""
    image = banner.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return QColor(image.pixel(2, 2))


def _check_contrast(window, palette_name: str) -> dict[str, str]:
    banner = banner_of(window)
    label = window.findChild(QLabel, "verdictText")
    icons: dict[str, str] = {}
    shapes: dict[str, QImage] = {}
    for case, opening in OPENINGS.items():
        _show_case(window, case)
        assert text_of(window).startswith(opening), (case, text_of(window))
        background = _rendered_background(banner)
        ink = label.palette().color(QPalette.ColorRole.WindowText)
        ratio = _contrast(ink, background)
        assert ratio >= 4.5, (palette_name, case, ink.name(), background.name(), ratio)
        icon = window.findChild(QLabel, "verdictIcon")
        icons[case] = icon.accessibleName()
        shapes[icon.accessibleName()] = icon.pixmap().toImage()
    # Three shapes, drawn: a tick, a warning sign and a cross do not look alike.
    assert len(shapes) == 3 and all(not image.isNull() for image in shapes.values())
    assert shapes["Tick"] != shapes["Warning"] != shapes["Cross"] != shapes["Tick"]
    return icons


def test_every_verdict_reads_on_a_dark_and_a_light_desktop(
    window,
    qapp,
    qtbot,
    dark_then_light,  # noqa: F811 (the fixture imported above)
):
    for palette, name in zip(dark_then_light, ("dark", "light"), strict=True):
        _use_palette(qapp, qtbot, window, palette)
        icons = _check_contrast(window, name)
        # The icon's shape says the same as the words: a tick, a warning or a cross.
        assert icons == {
            "met": "Tick",
            "on track": "Tick",
            "needs acceleration": "Warning",
            "limited progress": "Warning",
            "moving away": "Cross",
            "not at this trend": "Cross",
        }


def test_every_verdict_reads_in_high_contrast(window, qapp, qtbot, high_contrast):  # noqa: F811
    for palette, name in zip(high_contrast, ("white on black", "black on white"), strict=True):
        _use_palette(qapp, qtbot, window, palette)
        _check_contrast(window, name)


def test_the_tint_follows_the_desktop(window, qapp, qtbot, dark_then_light):  # noqa: F811
    dark, light = dark_then_light
    _use_palette(qapp, qtbot, window, dark)
    on_dark = _rendered_background(banner_of(window))
    _use_palette(qapp, qtbot, window, light)
    on_light = _rendered_background(banner_of(window))
    assert on_dark.lightness() < 80 < 200 < on_light.lightness()


# --- It stays a banner ---------------------------------------------------------------------------


def _line_count(label: QLabel) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_at_1024_pixels_the_longest_sentence_takes_at_most_three_lines(qtbot, document, code):
    """The longest sentence (trade fell back below a target the base year had reached), in
    the window's width less nothing: the banner spans the whole window."""
    if code != "en":
        assert translations.use(code)
    document.edit_input("target_value", 5.0)
    document.edit_input("latest_value", 18.0)
    document.set_currency(Currency.MYR)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    banner = VerdictBanner(document)
    layout.addWidget(banner)
    layout.addStretch(1)
    host.resize(1024, 400)
    host.show()
    qtbot.waitExposed(host)
    label = host.findChild(QLabel, "verdictText")
    assert "will not reach" in label.text() or code != "en"
    assert len(label.text()) > 180
    assert _line_count(label) <= 3, (label.text(), label.height())
    assert banner.height() <= 4 * label.fontMetrics().lineSpacing() + 16


def test_the_banner_in_the_window_is_two_lines_at_1024_pixels(qtbot, window):
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    label = window.findChild(QLabel, "verdictText")
    qtbot.waitUntil(lambda: _line_count(label) <= 2)
    window.resize(1024, 560)  # a short window squeezes the panels, never the sentence
    qtbot.waitUntil(lambda: window.height() == 560)
    assert label.height() >= label.heightForWidth(label.width())
