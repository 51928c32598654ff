"""The window in Malay and Turkish: every visible text translated, switched live, remembered.

The walk collects every text a person can see or hear in the window (labels, buttons, group
titles, tabs, menus and their actions, tooltips, accessible names and descriptions, table
headers and worded cells, the chart's axis, legend and labels) once in English and once in
another language, on the same window, and compares them. A "pseudo-language" that wraps
every translated text in «…» shows that each of them goes through translation at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from trade_target import APP_NAME, translations
from trade_target.core import i18n
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.ui.actions.language import LanguageMenu, start_language
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

LANGUAGE_NAMES = set(translations.LANGUAGES.values())
# Words that are the same in every language: names, currency codes and symbols, units.
NEUTRAL = re.compile(
    r"Trade Target|US\$|USD|RM|MYR|Ctrl|Shift|Tab|PDF|PNG|SVG|CSV|XLSX|ln|bn|[A-Z]\b|%n"
)
Key = tuple[int, str]


def _worded(text: str) -> bool:
    """Whether `text` has words to translate once names, symbols and numbers are set aside."""
    rest = NEUTRAL.sub("", re.sub(r"<[^>]+>", " ", text))
    return bool(re.search(r"[^\W\d_]{2,}", rest)) and text not in LANGUAGE_NAMES


def _model_texts(view: QAbstractItemView, prefix: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                yield f"{prefix}/header{section}/{int(role)}", header


def window_texts(window: MainWindow) -> dict[Key, str]:
    """Every worded text of the window, keyed by (the object's id, what it is)."""
    texts: dict[Key, str] = {}
    data = _data_texts(window)

    def add(owner: object, what: str, text: object) -> None:
        if isinstance(text, str) and _worded(text) and text not in data:
            texts[(id(owner), what)] = text

    add(window, "title", window.windowTitle())
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget.parentWidget(), QTabBar):
            continue  # Qt's own scroll arrows: Qt's translations name them, where it has one
        for what in ("toolTip", "accessibleName", "accessibleDescription", "statusTip"):
            add(widget, what, getattr(widget, what)())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, f"item{index}", widget.itemText(index))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, f"tab{index}", widget.tabText(index))
        elif isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        if isinstance(widget, QAbstractItemView):
            for what, text in _model_texts(widget, widget.objectName()):
                add(widget, what, text)
    for action in window.findChildren(QAction):
        add(action, "text", action.text())
        add(action, "toolTip", action.toolTip() if action.toolTip() != action.text() else "")
    plot = window.plot
    for axis in ("left", "bottom"):
        add(plot, f"axis-{axis}", plot.plot_widget.getPlotItem().getAxis(axis).labelText)
    for index, name in enumerate(plot.legend_names()):
        add(plot, f"legend{index}", name)
    return texts


def _data_texts(window: MainWindow) -> set[str]:
    """What the user or the article wrote: scenario names, file names and the quotes,
    which stay as written in every language."""
    document = window.document
    names = set(document.workbook.names)
    quotes = {figure.quote for figure in document.dataset.figures}
    recent = {action.text() for action in window.recent_menu.actions()}
    return names | quotes | recent | {""}


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow(ScenarioDocument(load_default_dataset()))
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # on the small headless screen it opens maximised
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    # The chart made after the first paint and the tabs made on first sight, made now, so
    # that the walk covers their texts too.
    for panel in (window.plot, window.sensitivity_panel, window.monthly_panel, window.solve_panel):
        assert panel.isWidgetType()
    return window


def switch(qtbot, code: str) -> None:
    assert translations.use(code), f"the {code} translations are not compiled"
    _deliver_language_change(qtbot)


def _deliver_language_change(qtbot) -> None:
    """Qt posts LanguageChange to the windows; let it arrive."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + i18n._english(context, text, disambiguation, n) + "»"


def test_every_visible_text_goes_through_translation(qtbot, window):
    english = window_texts(window)
    assert len(english) > 150, "the walk found too little to be a real check"
    i18n.install(pseudo)
    try:
        for widget in [window, *window.findChildren(QWidget)]:
            QCoreApplication.sendEvent(widget, _language_change())
        _deliver_language_change(qtbot)
        marked = window_texts(window)
    finally:
        i18n.install(None)
    untranslated = {
        f"{key[1]}: {text!r}" for key, text in english.items() if "«" not in marked.get(key, "")
    }
    assert untranslated == set()


def _language_change():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)


# Texts a language writes as English does (checked to be right, not forgotten).
SAME_AS_ENGLISH: dict[str, set[str]] = {"ms": {"Status"}, "tr": set()}


@pytest.mark.parametrize("code", ["ms", "tr"])
def test_every_visible_text_is_translated(qtbot, window, code):
    english = window_texts(window)
    switch(qtbot, code)
    shown = window_texts(window)
    still_english = {
        f"{key[1]}: {text!r}"
        for key, text in english.items()
        if shown.get(key) == text and text not in SAME_AS_ENGLISH[code]
    }
    assert still_english == set()
    switch(qtbot, "en")
    assert window_texts(window) == english, "switching back to English restores every text"


def test_the_language_menu_switches_live_and_is_remembered(qtbot, window):
    menu = window.findChild(LanguageMenu, "languageMenu")
    turkish = next(a for a in menu.actions() if a.data() == "tr")
    turkish.trigger()
    _deliver_language_change(qtbot)
    assert translations.current() == "tr"
    assert turkish.isChecked()
    required = window.findChild(QLabel, "requiredGrowthValue").text()
    assert "+\u2060%13,97" in required, required  # the percent sign first, joined to the sign
    file_menu = window.menuBar().actions()[0].text()
    assert file_menu != "&File", file_menu
    assert QSettings().value("language") == "tr"
    # The next start speaks Turkish too.
    translations.reset()
    assert start_language() == "tr"
    system = next(a for a in menu.actions() if a.data() == translations.SYSTEM)
    system.trigger()
    assert QSettings().value("language") == translations.SYSTEM


def test_turkish_numbers_are_written_and_read_as_turkish(qtbot, window):
    switch(qtbot, "tr")
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    assert rate.text() == "4,3089"
    rate.selectAll()
    qtbot.keyClicks(rate, "4,05")
    assert math.isclose(window.document.inputs.exchange_rate, 4.05)
    observed = window.findChild(QLabel, "observedGrowthValue").text()
    expected = 21.2 / 4.05 * 12 / 11 / 5.2 - 1  # PRODUCT.md: +9.82 % at 4.05
    assert observed == "+\u2060%" + QLocale("tr_TR").toString(expected * 100, "f", 2)
    assert observed == "+\u2060%9,82"  # the percent sign first, as Turkish writes it


def test_a_missing_translation_keeps_english_and_says_so(qtbot, window, monkeypatch):
    monkeypatch.setattr(translations, "_ours", lambda code: None)
    messages: list[str] = []
    window.language_menu.failed.connect(messages.append)
    malay = next(a for a in window.language_menu.actions() if a.data() == "ms")
    malay.trigger()
    assert translations.current() == "en"
    assert messages and "Bahasa Melayu" in messages[0]
    assert not malay.isChecked()


def test_the_system_language_is_followed():
    assert translations.system_language(["tr-TR", "en-US"]) == "tr"
    assert translations.system_language(["de-DE", "ms-MY"]) == "ms"
    assert translations.system_language(["de-DE"]) == "en"
    assert translations.resolve("system") in translations.LANGUAGES
    assert translations.resolve("ms") == "ms"
    assert APP_NAME == "Trade Target"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [("tr_TR.UTF-8", "tr"), ("ms_MY.UTF-8", "ms"), ("de_DE.UTF-8", "en")],
)
def test_a_first_start_speaks_the_desktops_language(tmp_path, environment, expected):
    """With nothing remembered, the language of the desktop session is the app's."""
    import os
    import subprocess
    import sys

    script = (
        "from trade_target.ui.app import _identify; _identify(); "
        "from trade_target.ui.actions.language import start_language; print(start_language())"
    )
    env = {
        **os.environ,
        "LANG": environment,
        "LC_ALL": environment,
        "LANGUAGE": environment.split(".")[0],
        "XDG_CONFIG_HOME": str(tmp_path),  # no remembered choice
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_every_tab_fits_at_1280_by_800_in_every_language(qtbot, window, code):
    """Not only the first view: each chart tab with each table tab, the advanced inputs open
    and monthly figures loaded, every text fits its place."""
    from pathlib import Path

    from label_fit import clipped_texts

    switch(qtbot, code)
    window.inputs_panel.advanced_toggle.click()
    sample = Path(__file__).resolve().parents[3] / "resources" / "monthly-sample.csv"
    assert window.monthly_panel.import_path(str(sample)) is not None
    problems = []
    for chart in range(window.charts.count()):
        window.charts.setCurrentIndex(chart)
        for table in range(window.tables.count()):
            window.tables.setCurrentIndex(table)
            qtbot.wait(50)
            where = f"{window.charts.tabText(chart)} + {window.tables.tabText(table)}"
            problems += [f"{where}: {text}" for text in clipped_texts(window)]
    assert problems == []
