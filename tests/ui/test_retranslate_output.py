"""What the app writes — the brief, the chart, the dialogs, the undo steps — goes through
translation, and the chart follows a language switch live.

A pseudo-language wraps every translated text in «…»: a text without the marks was never
translated. The article's quotes stay as the article wrote them, in English, unmarked.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QMessageBox

from trade_target.core import i18n
from trade_target.core.dataset import FigureKind
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.brief_content import brief_html
from trade_target.render.chart_export import ChartContent, chart_title, footnote
from trade_target.render.overlay_choice import Overlay
from trade_target.ui.actions import dialogs
from trade_target.ui.actions.dialogs import ask_png_width as real_ask_png_width
from trade_target.ui.actions.dialogs import ask_save_changes as real_ask_save_changes
from trade_target.ui.actions.dialogs import show_error as real_show_error
from trade_target.ui.actions.exports import ExportActions
from trade_target.ui.actions.files import display_name
from trade_target.ui.charts.trajectory import TrajectoryPlot
from trade_target.ui.document import ScenarioDocument

TODAY = datetime.date(2026, 1, 20)


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + i18n._english(context, text, disambiguation, n) + "»"


@pytest.fixture
def marked() -> Iterator[None]:
    """The pseudo-language for the test; English again after it, whatever happens."""
    i18n.install(pseudo)
    try:
        yield
    finally:
        i18n.install(None)


@pytest.fixture(scope="module")
def article() -> Scenario:
    return Scenario.from_source("Article", load_default_dataset())


def content_of(scenario: Scenario) -> ChartContent:
    return ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)


def language_change(widget: QtWidgets.QWidget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


# The brief and the chart file ---------------------------------------------------------------


def test_the_briefs_words_are_translated_and_its_quotes_are_not(qapp, article, marked):
    page = brief_html(content_of(article), TODAY, "chart")
    for heading in (
        "The question:",
        "The required path, year by year",
        "Assumptions",
        "Sources",
        "Required growth",
        "Target year",
        "Observed growth",
        "Progress",
        "Target reached at the observed trend",
        "Year",
        "Quotes are in the original English.",
    ):
        assert f"«{html.escape(heading, quote=True)}»" in page, heading
    assert (
        "«Growth rates are compound annual rates; the latest year is an estimate "
        "(«run-rate, 11 of 12 months»).»"
    ) in page
    assert "«Brief of 20 January 2026»" in page
    assert "«Scenario “Article”»" in page
    assert "«Is the «US$10 billion» target reachable, and what growth does it take?»" in page
    assert "«Prepared with Trade Target " in page
    assert "«Annualisation: «2025 is estimated from 11 of 12 months" in page
    # The article's labels and periods are data, shown through the dataset's own translations.
    assert "«Bilateral trade, 2024»" in page
    quotes = [
        figure.quote
        for figure in article.dataset.figures
        if figure.kind is FigureKind.MONEY and figure.value is not None
    ]
    assert len(quotes) >= 3
    for quote in quotes:
        assert f"<i>“{html.escape(quote, quote=True)}”</i>" in page, quote


def test_the_briefs_date_is_written_in_the_chosen_language(qapp, article):
    before = QLocale()
    QLocale.setDefault(QLocale("tr_TR"))
    try:
        page = brief_html(content_of(article), TODAY, "chart")
        note = footnote(content_of(article))
    finally:
        QLocale.setDefault(before)
    assert "20 Ocak 2026" in page
    assert "8 Ocak 2026" in note  # the article's date of publication


def test_the_chart_files_title_and_footnote_are_translated(qapp, article, marked):
    content = content_of(article)
    assert chart_title(content).startswith("«Malaysia–Türkiye bilateral trade: the path to")
    lines = footnote(content).splitlines()
    assert len(lines) == 3
    assert all(line.startswith("«") and line.endswith("»") for line in lines), lines


# The chart on screen ------------------------------------------------------------------------


@pytest.fixture
def plot(qtbot) -> TrajectoryPlot:
    widget = TrajectoryPlot()
    widget.resize(900, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def chart_texts(plot: TrajectoryPlot) -> list[str]:
    item = plot.plot_widget.getPlotItem()
    return [
        item.getAxis("left").labelText,
        item.getAxis("bottom").labelText,
        *plot.legend_names(),
        plot.target_label.toPlainText(),
        plot.estimate_label.toPlainText().strip(),
        plot.required_label.toPlainText(),
        plot.trend_label.toPlainText(),
        *(slot.label.toPlainText() for slot in plot.overlay_items),
        plot.readout.text(),
        plot.plot_widget.accessibleName(),
    ]


def test_the_chart_is_redrawn_in_the_new_language_and_back(plot, article):
    longer = dataclasses.replace(article, name="Eight years", years_to_target=8)
    overlays = [Overlay(1, longer.name, longer.summary())]
    plot.show_summary(article.summary(), Currency.USD, article.name, overlays)
    english = chart_texts(plot)
    assert not any("«" in text for text in english), english
    assert "Bilateral trade (US$ billion)" in english
    assert "Eight years — required path" in english

    i18n.install(pseudo)
    try:
        language_change(plot)
        translated = chart_texts(plot)
    finally:
        i18n.install(None)
    unmarked = [text for text in translated if not text.startswith("«")]
    assert unmarked == [], unmarked
    assert "«Bilateral trade (US$ billion)»" in translated
    assert "«Year»" in translated
    assert "«Required path — Article»" in translated
    assert "«Eight years — required path»" in translated
    assert "«2025 estimate («run-rate, 11 of 12 months»)»" in translated

    language_change(plot)
    assert chart_texts(plot) == english


def test_the_readout_follows_the_language(plot, article):
    plot.show_summary(article.summary(), Currency.USD, article.name)
    plot._readout_year = 2027  # as if the pointer were over 2027
    i18n.install(pseudo)
    try:
        language_change(plot)
        text = plot.readout.text()
    finally:
        i18n.install(None)
    assert text.startswith("«2027: «required ")


# Dialogs --------------------------------------------------------------------------------------


class RecordingBox(QMessageBox):
    """A message box that records what it would show and answers Cancel at once."""

    shown: ClassVar[list[dict[str, object]]] = []

    def exec(self) -> int:
        RecordingBox.shown.append(
            {
                "title": self.windowTitle(),
                "text": self.text(),
                "informative": self.informativeText(),
                "buttons": [button.text() for button in self.buttons()],
            }
        )
        return int(QMessageBox.StandardButton.Cancel.value)


@pytest.fixture
def recording_box(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    RecordingBox.shown = []
    monkeypatch.setattr(QtWidgets, "QMessageBox", RecordingBox)
    return RecordingBox.shown


def test_the_unsaved_changes_question_and_its_buttons_are_translated(qapp, recording_box, marked):
    assert real_ask_save_changes(None, "cases.tradetarget") is dialogs.SaveChoice.CANCEL
    (box,) = recording_box
    assert box["title"] == "«Unsaved changes»"
    assert box["text"] == "«Save the changes to “cases.tradetarget” first?»"
    assert box["informative"] == "«If you don't save, your changes will be lost.»"
    assert sorted(box["buttons"]) == ["«&Discard»", "«&Save»", "«Cancel»"]


def test_an_error_messages_button_is_translated(qapp, recording_box, marked):
    real_show_error(None, "Title", "Text")
    assert recording_box[0]["buttons"] == ["«OK»"]


def test_the_png_width_question_is_translated(qapp, monkeypatch, marked):
    seen: dict[str, str] = {}

    def answer(dialog: QtWidgets.QInputDialog) -> int:
        seen.update(
            title=dialog.windowTitle(),
            label=dialog.labelText(),
            ok=dialog.okButtonText(),
            cancel=dialog.cancelButtonText(),
        )
        return 0

    monkeypatch.setattr(QtWidgets.QInputDialog, "exec", answer)
    assert real_ask_png_width(None, 1600, 200, 10_000) is None
    assert seen == {
        "title": "«Export chart»",
        "label": "«Width of the image in pixels (200–10000):»",
        "ok": "«OK»",
        "cancel": "«Cancel»",
    }


def test_export_dialogs_get_translated_titles_and_file_types(qtbot, monkeypatch, marked):
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    asked: list[tuple[str, dict[str, str]]] = []

    def ask(_parent: object, title: str, _suggested: str, kinds: dict[str, str]) -> None:
        asked.append((title, kinds))

    monkeypatch.setattr(dialogs, "ask_export_path", ask)
    actions = ExportActions(window, ScenarioDocument(load_default_dataset()))
    assert not actions.export_chart()
    assert not actions.export_table()
    assert not actions.export_brief()
    assert [title for title, _ in asked] == ["«Export chart»", "«Export table»", "«Export brief»"]
    assert asked[0][1] == {".png": "«PNG image»", ".svg": "«SVG drawing»"}


def test_an_unsaved_document_is_named_in_the_language(marked):
    assert display_name("") == "«Untitled»"
    assert display_name("/tmp/cases.tradetarget") == "cases.tradetarget"


# Undo steps -----------------------------------------------------------------------------------


def test_undo_steps_are_named_in_the_language_and_renamed_on_a_switch(qapp):
    document = ScenarioDocument(load_default_dataset())
    document.edit_input("exchange_rate", 4.5)
    document.set_shown(0, False)
    assert document.undo_stack.undoText() == "Hide scenario on the chart"

    i18n.install(pseudo)
    try:
        document.retranslate()
        assert document.undo_stack.undoText() == "«Hide scenario on the chart»"
        document.undo_stack.undo()
        assert document.undo_stack.undoText() == "«Change exchange rate»"
        assert document.undo_stack.redoText() == "«Hide scenario on the chart»"
        document.add_scenario()  # made in the language: named and described in it
        assert document.undo_stack.undoText() == "«New scenario»"
        assert "«Scenario»" in document.workbook.names
    finally:
        i18n.install(None)
    document.retranslate()
    assert document.undo_stack.undoText() == "New scenario"
