"""The exchange-rate chart: its lines follow the formulas, presets set the rate as one undo
step, a bad range is refused beside the fields, and every text switches language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from trade_target.core import i18n
from trade_target.core.money import Currency
from trade_target.ui.charts.exchange_rate import STEPS, SensitivityPanel

ARTICLE_RATE = 21.2 / 4.92  # RM per US$, the article's own conversion
REQUIRED_5 = ((10 / 5.2) ** (1 / 5) - 1) * 100  # % a year
MADE_UP_2024_MYR = 23.7  # a 2024 figure in RM for these tests; the article gives none


def observed(rate: float) -> float:
    """% a year from US$5.2 bn in 2024 to RM21.2 bn / rate × 12/11 in 2025."""
    return (21.2 / rate * 12 / 11 / 5.2 - 1) * 100


def break_even(years: int = 5) -> float:
    return 21.2 * 12 / 11 / 5.2 / (10 / 5.2) ** (1 / years)


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + i18n._english(context, text, disambiguation, n) + "»"


@pytest.fixture
def panel(qtbot, document) -> SensitivityPanel:
    widget = SensitivityPanel(document)
    widget.resize(900, 560)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    locale = QLocale()
    yield
    i18n.install(None)
    QLocale.setDefault(locale)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text as a person would (each key emits textEdited)."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def line(curve) -> tuple[list[float], list[float]]:
    xs, ys = curve.getData()
    return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))


def test_the_lines_follow_the_formulas(panel):
    rates, required = line(panel.required_curve)
    same_rates, observed_line = line(panel.observed_curve)
    assert rates == same_rates
    assert len(rates) == STEPS
    assert (rates[0], rates[-1]) == (3.5, 5.0)
    assert rates == pytest.approx([3.5 + 1.5 * i / (STEPS - 1) for i in range(STEPS)])
    assert required == pytest.approx([REQUIRED_5] * STEPS, rel=1e-12)
    assert observed_line == pytest.approx([observed(rate) for rate in rates], rel=1e-12)


def test_the_break_even_rate_is_marked(panel):
    rates, growth = line(panel.break_even_marker)
    assert rates == pytest.approx([break_even()], rel=1e-12)
    assert growth == pytest.approx([REQUIRED_5], rel=1e-12)
    assert panel.break_even_label.isVisible()
    assert panel.break_even_label.textItem.toPlainText() == "Break-even 3.9023"
    assert "3.9023 RM per US$" in panel.caption.text()


def test_no_break_even_marker_outside_the_range(panel, qtbot):
    type_into(qtbot, panel.from_edit, "4")
    assert line(panel.break_even_marker) == ([], [])
    assert not panel.break_even_label.isVisible()
    assert "does not equal the required growth anywhere from 4 to 5" in panel.caption.text()


def test_the_current_rate_line_and_the_gap(panel):
    rates, _ = line(panel.current_line)
    assert rates == pytest.approx([ARTICLE_RATE, ARTICLE_RATE])
    assert panel.current_label.textItem.toPlainText() == "Current 4.3089"
    _, ends = line(panel.gap_bar)
    assert ends == pytest.approx([observed(ARTICLE_RATE), REQUIRED_5], rel=1e-9)
    gap = observed(ARTICLE_RATE) - REQUIRED_5  # −10.76 points
    assert panel.gap_label.textItem.toPlainText() == f"Gap −{abs(gap):.2f} percentage points"
    assert "+13.97 %" in panel.caption.text() and "+3.22 %" in panel.caption.text()


def test_the_current_rate_line_follows_a_rate_edit(panel, document):
    document.edit_input("exchange_rate", 4.5)
    rates, _ = line(panel.current_line)
    assert rates == pytest.approx([4.5, 4.5])
    assert panel.current_label.textItem.toPlainText() == "Current 4.5"
    _, ends = line(panel.gap_bar)
    assert ends == pytest.approx([observed(4.5), REQUIRED_5], rel=1e-9)
    # The lines do not depend on the current rate: they are as before.
    _, observed_line = line(panel.observed_curve)
    assert observed_line[0] == pytest.approx(observed(3.5), rel=1e-12)


def test_a_rate_outside_the_range_is_said_not_drawn(panel, document):
    document.edit_input("exchange_rate", 6.0)
    assert line(panel.current_line) == ([], [])
    assert not panel.current_label.isVisible()
    assert "outside the range shown" in panel.caption.text()


def test_years_to_target_move_the_required_line(panel, document):
    document.edit_input("years_to_target", 6)
    _, required = line(panel.required_curve)
    assert required == pytest.approx([((10 / 5.2) ** (1 / 6) - 1) * 100] * STEPS, rel=1e-12)
    rates, _ = line(panel.break_even_marker)
    assert rates == pytest.approx([break_even(6)], rel=1e-12)


# --- Presets ------------------------------------------------------------------------------------


def test_a_preset_sets_the_rate_as_one_undo_step(panel, document, qtbot):
    button = panel.preset_buttons["headline"]
    assert button.text() == "Comparison rate: 4.05"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert document.inputs.exchange_rate == 4.05
    assert document.undo_stack.undoText() == "Change exchange rate"
    rates, _ = line(panel.current_line)
    assert rates == pytest.approx([4.05, 4.05])
    assert document.summary.observed_growth * 100 == pytest.approx(observed(4.05), rel=1e-12)

    document.undo_stack.undo()
    assert document.inputs.exchange_rate == pytest.approx(ARTICLE_RATE, rel=1e-12)
    rates, _ = line(panel.current_line)
    assert rates == pytest.approx([ARTICLE_RATE, ARTICLE_RATE])


def test_the_article_preset_brings_the_articles_rate_back(panel, document, qtbot):
    document.edit_input("exchange_rate", 4.7)
    button = panel.preset_buttons["article"]
    assert button.text() == "Article's implied rate: 4.3089"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert document.inputs.exchange_rate == pytest.approx(21.2 / 4.92, rel=1e-12)


def test_the_base_year_preset_waits_for_the_base_years_figure_in_ringgit(panel, document, qtbot):
    button = panel.preset_buttons["base_year"]
    assert not button.isEnabled()
    assert button.text() == "Rate of the 2024 figures"
    assert "add the 2024 figure in RM" in button.toolTip()
    assert "Add a figure…" in button.toolTip()
    assert button.accessibleDescription() == button.toolTip()

    document.add_observation(
        value=MADE_UP_2024_MYR, reported_currency=Currency.MYR, year=2024, months=12
    )
    rate = MADE_UP_2024_MYR / 5.2  # 4.5577 RM per US$
    assert button.isEnabled()
    assert button.text() == f"Rate of the 2024 figures: {rate:.4f}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert document.inputs.exchange_rate == pytest.approx(rate, rel=1e-12)
    document.undo_stack.undo()  # the rate
    document.undo_stack.undo()  # the figure
    assert not button.isEnabled()


# --- The range ----------------------------------------------------------------------------------


def test_either_decimal_mark_sets_the_range(panel, qtbot):
    type_into(qtbot, panel.from_edit, "4,0")
    type_into(qtbot, panel.to_edit, "4.6")
    assert panel.message.isHidden()
    rates, observed_line = line(panel.observed_curve)
    assert (rates[0], rates[-1]) == (4.0, 4.6)
    assert observed_line[0] == pytest.approx(observed(4.0), rel=1e-12)
    view = panel.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert view[0] < 4.0 < 4.6 < view[1] < 4.7


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("from_edit", "6", "must be below the highest"),
        ("to_edit", "3", "must be below the highest"),
        ("from_edit", "0", "greater than zero"),
        ("to_edit", "431", "check the decimal mark"),
        ("from_edit", "abc", "is not a number"),
        ("to_edit", "", "enter a number"),
    ],
)
def test_a_bad_range_shows_a_message_and_keeps_the_chart(panel, qtbot, field, text, words):
    edit = getattr(panel, field)
    type_into(qtbot, edit, text[:-1])  # what is typed before the last key may be good
    before = line(panel.observed_curve)
    if text:
        qtbot.keyClick(edit, text[-1])
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert panel.message.isVisible()
    assert words in panel.message.text()
    assert edit.toolTip() == panel.message.text()
    assert line(panel.observed_curve) == before, "the last good chart stays"

    type_into(qtbot, panel.from_edit, "3.8")
    type_into(qtbot, panel.to_edit, "4.8")
    assert panel.message.isHidden()
    rates, _ = line(panel.observed_curve)
    assert (rates[0], rates[-1]) == (3.8, 4.8)


def test_set_range_writes_the_fields(panel):
    panel.set_range(4.0, 4.5)
    assert (panel.from_edit.text(), panel.to_edit.text()) == ("4", "4.5")
    rates, _ = line(panel.required_curve)
    assert (rates[0], rates[-1]) == (4.0, 4.5)


# --- Out of sight, colours, names, languages ----------------------------------------------------


def test_nothing_is_worked_out_out_of_sight(qtbot, document):
    widget = SensitivityPanel(document)
    qtbot.addWidget(widget)
    document.edit_input("exchange_rate", 4.4)
    assert widget.points == ()
    widget.show()
    qtbot.waitExposed(widget)
    assert len(widget.points) == STEPS
    rates, _ = line(widget.current_line)
    assert rates == pytest.approx([4.4, 4.4])


def test_the_chart_takes_the_palettes_colours(panel):
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1E1E1E"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#EEEEEE"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2B2B2B"))
    panel.setPalette(dark)
    assert panel.plot_widget.backgroundBrush().color() == QColor("#1E1E1E")
    axis = panel.plot_widget.getPlotItem().getAxis("bottom")
    assert axis.textPen().color() == QColor("#EEEEEE")


def test_every_control_is_named_and_described(panel, document):
    document.add_observation(
        value=MADE_UP_2024_MYR, reported_currency=Currency.MYR, year=2024, months=12
    )
    for control in panel.focus_order:
        assert control.accessibleName().strip(), control.objectName()
        assert control.accessibleDescription().strip(), control.objectName()
    assert panel.range_label.buddy() is panel.from_edit
    assert "&" in panel.range_label.text()


def test_a_language_change_words_everything_again(panel, english_afterwards):
    i18n.install(pseudo)
    QLocale.setDefault(QLocale("tr_TR"))
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))

    assert all(name.startswith("«") for name in panel.legend_names()), panel.legend_names()
    item = panel.plot_widget.getPlotItem()
    for side in ("left", "bottom"):
        assert item.getAxis(side).labelText.startswith("«")
    texts = [
        panel.range_label.text(),
        panel.to_label.text(),
        panel.presets_label.text(),
        panel.caption.text(),
        panel.current_label.textItem.toPlainText(),
        panel.break_even_label.textItem.toPlainText(),
        panel.gap_label.textItem.toPlainText(),
        panel.plot_widget.accessibleName(),
        panel.from_edit.accessibleName(),
        *(button.text() for button in panel.preset_buttons.values()),
        *(button.toolTip() for button in panel.preset_buttons.values()),
    ]
    assert all("«" in text for text in texts), texts
    assert panel.from_edit.text() == "3,5", "the range is written as the language writes it"
    assert "4,3089" in panel.caption.text()

    i18n.install(None)
    QLocale.setDefault(QLocale("en_US"))
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.legend_names() == [
        "Required growth",
        "Observed growth",
        "Current rate",
        "Break-even rate",
    ]
    assert item.getAxis("bottom").labelText == "Exchange rate (RM per US$)"
    assert item.getAxis("left").labelText == "Growth (% a year)"
    assert panel.from_edit.text() == "3.5"


def test_a_range_message_is_said_again_in_the_new_language(panel, qtbot, english_afterwards):
    type_into(qtbot, panel.from_edit, "9")
    assert panel.message.text().startswith("Range:")
    i18n.install(pseudo)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.message.text().startswith("«Range:")


def test_a_preset_the_scenario_refuses_says_why(panel, document, qtbot):
    # RM500 bn for 2024 beside US$5.2 bn implies 96 RM per US$: no real rate.
    document.add_observation(value=500.0, reported_currency=Currency.MYR, year=2024, months=12)
    steps = document.undo_stack.count()
    qtbot.mouseClick(panel.preset_buttons["base_year"], Qt.MouseButton.LeftButton)
    assert panel.preset_message.isVisible()
    assert "check the decimal mark" in panel.preset_message.text()
    assert document.undo_stack.count() == steps
    assert document.inputs.exchange_rate == pytest.approx(ARTICLE_RATE, rel=1e-12)
    qtbot.mouseClick(panel.preset_buttons["headline"], Qt.MouseButton.LeftButton)
    assert panel.preset_message.isHidden()
