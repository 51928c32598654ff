"""The panels, the add-a-figure form and the table models switch language live.

A pseudo-language wraps every translated text in «…»; after a LanguageChange every text of
the panels and every header of the models must carry the marks (so each one went through
translation, and was set again when the language changed), and after a change back to
English every text must be exactly what it was. Texts that hold no letters at all (years,
percentages, amounts) are data and may stay as they are; so are the few named below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from trade_target.core import i18n
from trade_target.ui.actions.observation_dialog import ObservationDialog
from trade_target.ui.models.figures import FiguresModel
from trade_target.ui.models.scenarios import ComparisonModel, ScenarioListModel
from trade_target.ui.models.trajectory import TrajectoryModel
from trade_target.ui.panels.inputs import InputsPanel
from trade_target.ui.panels.number_field import NumberField
from trade_target.ui.panels.scenarios import ScenariosPanel
from trade_target.ui.panels.summary import SummaryPanel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
MARK = "«"


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + i18n._english(context, text, disambiguation, n) + "»"


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """Whatever happens in the test, the next one starts in English (and its locale)."""
    locale = QLocale()
    yield
    i18n.install(None)
    QLocale.setDefault(locale)


def is_data(text: str) -> bool:
    """No letters at all: a year, a percentage, an amount, a sign. Nothing to translate."""
    return not re.search(r"[^\W\d_]", text)


def change_language(*widgets: QWidget) -> None:
    """What Qt does when a translator is installed: LanguageChange to every widget (a
    widget passes it on to its children)."""
    for widget in widgets:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def widget_texts(top: QWidget) -> dict[tuple[str, str], str]:
    """Every text of `top` and its children a person can see or hear, except Qt's own
    (a dialog's standard Cancel button, which Qt's translations word)."""
    qts_own = {
        button
        for box in top.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    }
    texts: dict[tuple[str, str], str] = {}
    for index, widget in enumerate([top, *top.findChildren(QWidget)]):
        if widget in qts_own:
            continue
        key = f"{index}:{type(widget).__name__}:{widget.objectName()}"
        found = {
            "toolTip": widget.toolTip(),
            "accessibleName": widget.accessibleName(),
            "accessibleDescription": widget.accessibleDescription(),
        }
        if isinstance(widget, (QLabel, QAbstractButton)):
            found["text"] = widget.text()
        if isinstance(widget, QGroupBox):
            found["title"] = widget.title()
        if isinstance(widget, QLineEdit):
            found["placeholder"] = widget.placeholderText()
        if isinstance(widget, QDialog):
            found["windowTitle"] = widget.windowTitle()
        for what, text in found.items():
            if text:
                texts[(key, what)] = text
    return texts


def model_texts(
    model: QAbstractItemModel, data_columns: tuple[int, ...] = ()
) -> dict[tuple[str, int, int, int], str]:
    """Headers (text and tip) and every cell's text and tip; `data_columns` hold the user's
    or the source's own words (names, currency codes), so only their tips count, unless a
    tip only repeats the cell's text in full."""
    texts: dict[tuple[str, int, int, int], str] = {}
    for column in range(model.columnCount()):
        for role in (DISPLAY, TOOLTIP):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str) and header:
                texts[("header", -1, column, int(role))] = header
            for row in range(model.rowCount()):
                if role == DISPLAY and column in data_columns:
                    continue
                cell = model.data(model.index(row, column), role)
                if column in data_columns and cell == model.data(model.index(row, column)):
                    continue  # a tip that repeats the cell's own words in full
                if isinstance(cell, str) and cell:
                    texts[("cell", row, column, int(role))] = cell
    return texts


def untranslated(texts: dict) -> dict:
    return {key: text for key, text in texts.items() if not is_data(text) and MARK not in text}


def test_the_panels_and_the_form_say_everything_again_in_a_new_language(
    qtbot, document, english_afterwards
):
    summary = SummaryPanel(document)
    inputs = InputsPanel(document)
    scenarios = ScenariosPanel(document)
    form = ObservationDialog(document.add_observation)
    for widget in (summary, inputs, scenarios, form):
        qtbot.addWidget(widget)
    inputs.advanced_toggle.setChecked(True)
    # Messages shown before the switch are said again: one the parser refuses, one the
    # document refuses.
    years = inputs.fields["years_to_target"]
    years.edit.selectAll()
    qtbot.keyClicks(years.edit, "99")
    qtbot.keyClicks(inputs.fields["exchange_rate"].edit, "x")
    assert inputs.fields["exchange_rate"].has_error and years.has_error
    form.show()
    form.accept()  # nothing typed: "Value: enter a number."
    assert form.message.text()

    panels = (summary, inputs, scenarios, form)
    english = [widget_texts(panel) for panel in panels]
    assert all(english)
    assert not any(MARK in text for texts in english for text in texts.values())

    i18n.install(pseudo)
    change_language(*panels)
    translated = [widget_texts(panel) for panel in panels]
    for before, after in zip(english, translated, strict=True):
        assert after.keys() == before.keys()  # nothing lost, nothing new
        assert not untranslated(after), untranslated(after)
    assert summary.title() == "«Summary»"
    assert inputs.fields["exchange_rate"].message.text().startswith("««Exchange rate»")
    assert MARK in years.message.text() and years.edit.toolTip() == years.message.text()
    assert form.message.text().startswith("««Value»")
    # The scenario list's own model was told too (its tooltips are worded).
    tip = scenarios.model.data(scenarios.model.index(0), TOOLTIP)
    assert tip.startswith(MARK) and "%n" not in tip
    # The mnemonics are inside the translations.
    assert scenarios.new_button.text() == "«&New»"
    assert form.add_button.text() == "«&Add»"

    i18n.install(None)
    change_language(*panels)
    assert [widget_texts(panel) for panel in panels] == english


def test_the_models_say_everything_again_in_a_new_language(qtbot, document, english_afterwards):
    models: list[tuple[QAbstractItemModel, tuple[int, ...]]] = [
        (FiguresModel(document), (FiguresModel.CURRENCY,)),
        (TrajectoryModel(document), ()),
        (ComparisonModel(document), (ComparisonModel.SCENARIO,)),
        (ScenarioListModel(document), (0,)),
    ]
    english = [model_texts(model, data) for model, data in models]
    assert all(english)
    announced: list[str] = []
    for model, _ in models:
        model.headerDataChanged.connect(lambda *_: announced.append("headers"))
        model.dataChanged.connect(lambda *_: announced.append("cells"))
        model.modelReset.connect(lambda: announced.append("reset"))

    i18n.install(pseudo)
    for model, _ in models:
        model.retranslate()
    translated = [model_texts(model, data) for model, data in models]
    for before, after in zip(english, translated, strict=True):
        assert after.keys() == before.keys()
        assert not untranslated(after), untranslated(after)
        headers = [text for key, text in after.items() if key[0] == "header"]
        assert all(MARK in text for text in headers)
    # Every model told its views, without a reset (selections and scrolling survive).
    assert announced.count("cells") == len(models) and "reset" not in announced
    assert announced.count("headers") == len(models)

    i18n.install(None)
    for model, _ in models:
        model.retranslate()
    assert [model_texts(model, data) for model, data in models] == english


def test_a_figure_edited_in_another_language_keeps_its_english_text(
    qtbot, document, english_afterwards
):
    """An editor starts from the translated label; left as it was, the label is unchanged
    (it stays the dataset's English, not the translation)."""
    model = FiguresModel(document)
    i18n.install(pseudo)
    index = model.index(0, FiguresModel.FIGURE)
    shown = model.data(index, Qt.ItemDataRole.EditRole)
    assert shown.startswith(MARK)
    assert model.setData(index, shown)
    assert document.dataset.figures[0].label == "Bilateral trade, 2024"
    assert not document.undo_stack.canUndo()


def test_a_number_field_on_its_own_says_its_message_again(qtbot, english_afterwards):
    from trade_target.core.numbers import parse_decimal

    field = NumberField(
        "rate",
        lambda text: parse_decimal(text, "rate", i18n.translate("Test", "Rate")),
        str,
        0.01,
    )
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "x")
    english = field.message.text()
    assert english.startswith("Rate:")
    i18n.install(pseudo)
    change_language(field)
    assert field.message.text().startswith("««Rate»")
    i18n.install(None)
    change_language(field)
    assert field.message.text() == english


def test_numbers_are_written_again_as_the_new_locale_writes_them(
    qtbot, document, english_afterwards
):
    """Turkish writes 4,3089: the fields, the summary and the tables follow the switch,
    and a number the user is part-way through correcting is left alone."""
    summary = SummaryPanel(document)
    inputs = InputsPanel(document)
    for widget in (summary, inputs):
        qtbot.addWidget(widget)
    trajectory = TrajectoryModel(document)
    comparison = ComparisonModel(document)
    rate = inputs.fields["exchange_rate"].edit
    years = inputs.fields["years_to_target"]
    years.edit.selectAll()
    qtbot.keyClicks(years.edit, "5,5")
    assert rate.text() == "4.3089" and years.has_error

    QLocale.setDefault(QLocale("tr_TR"))
    change_language(summary, inputs)
    trajectory.retranslate()
    comparison.retranslate()
    assert rate.text() == "4,3089"
    assert years.edit.text() == "5,5" and years.has_error
    assert "13,97 %" in summary.values["requiredGrowth"].text()
    assert trajectory.data(trajectory.index(1, TrajectoryModel.REQUIRED_USD)) == "5,93"
    assert comparison.data(comparison.index(0, ComparisonModel.RATE)) == "4,3089"
