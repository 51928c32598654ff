"""A live switch of language leaves the menus as a restart in that language would.

Reported: after View › Language › Türkçe the menus' shortcut column was cut ("Kontrol+Üst…")
and Open Recent lost its arrow, until a restart. Here a person builds the window in English,
opens View › Language and clicks Türkçe; then each menu's size and every action's text and
shortcut (as Qt names the keys, "Kontrol+Üst Karakter+S" in Turkish) are compared with a
window built fresh in Turkish, and back again with English.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.ui.actions.language import LanguageMenu
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText
# The offscreen platform says so of every popup menu it shows; a real desktop does not.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)


def _settle(qtbot) -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(20)


def _window(qtbot) -> MainWindow:
    window = MainWindow(ScenarioDocument(load_default_dataset()))
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    return window


def _menus(window: MainWindow) -> list[QMenu]:
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        found.append(menu)
        found += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def measure(window: MainWindow) -> list[tuple[Any, ...]]:
    """Each menu (the menu bar's and their submenus) as it would be drawn: its size, and
    each action's text, shortcut and whether it opens a submenu (the arrow)."""
    rows = []
    for menu in _menus(window):
        menu.ensurePolished()
        actions = [
            (a.text(), a.shortcut().toString(NATIVE), a.menu() is not None)
            for a in menu.actions()
            if not a.isSeparator()
        ]
        rows.append((menu.title(), menu.sizeHint().width(), menu.sizeHint().height(), actions))
    return rows


def _open_each_menu(qtbot, window: MainWindow) -> None:
    """A person looks through the menus once (so each has been laid out in this language)."""
    bar = window.menuBar()
    for action in bar.actions():
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        _settle(qtbot)
        menu = action.menu()
        assert menu.isVisible(), menu.title()
        menu.hide()
        _settle(qtbot)


def choose_through_the_menu(qtbot, window: MainWindow, code: str) -> None:
    """View › Language › the language, with the mouse."""
    bar = window.menuBar()
    language_menu = window.findChild(LanguageMenu, "languageMenu")
    view = next(a for a in bar.actions() if a.menu() is language_menu.parentWidget())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view).center())
    _settle(qtbot)
    view_menu = view.menu()
    assert view_menu.isVisible()
    entry = language_menu.menuAction()
    qtbot.mouseMove(view_menu, view_menu.actionGeometry(entry).center())
    qtbot.keyClick(view_menu, Qt.Key.Key_Right)  # open the submenu without waiting for hover
    qtbot.waitUntil(language_menu.isVisible)
    target = next(a for a in language_menu.actions() if a.data() == code)
    where = language_menu.actionGeometry(target).center()
    qtbot.mouseMove(language_menu, where)
    qtbot.mouseClick(language_menu, Qt.MouseButton.LeftButton, pos=where)
    _settle(qtbot)
    assert translations.current() == code
    assert not view_menu.isVisible() and not language_menu.isVisible()


@pytest.fixture
def english_first(qtbot) -> MainWindow:
    assert translations.use("en")
    return _window(qtbot)


def test_a_live_switch_to_turkish_lays_out_the_menus_as_a_restart(qtbot, english_first):
    window = english_first
    _open_each_menu(qtbot, window)
    english = measure(window)
    choose_through_the_menu(qtbot, window, "tr")
    live = measure(window)

    fresh = measure(_window(qtbot))  # a window built in Turkish, as after a restart
    assert live == fresh
    file_menu = dict((row[0], row) for row in fresh)["&Dosya"]
    shortcuts = {text: keys for text, keys, _ in file_menu[3]}
    assert shortcuts["&Farklı Kaydet…"] == "Kontrol+Üst Karakter+S"  # Qt's Turkish key names
    assert any(opens for _, _, opens in file_menu[3]), "Open Recent keeps its arrow"
    assert live != english

    choose_through_the_menu(qtbot, window, "en")
    assert measure(window) == english, "back to English as it was"


def test_shortcut_names_changing_alone_still_resize_the_menus(qtbot, english_first):
    """Qt's key names can change while no text of ours does (here Qt's Turkish alone is
    installed under our English): the menus are laid out again all the same."""
    window = english_first
    _open_each_menu(qtbot, window)
    before = measure(window)
    qts_turkish = translations._qts_own("tr")
    assert qts_turkish is not None
    QCoreApplication.installTranslator(qts_turkish)
    try:
        _settle(qtbot)
        after = measure(window)
        fresh = measure(_window(qtbot))
    finally:
        QCoreApplication.removeTranslator(qts_turkish)
    texts = [[text for text, _, _ in row[3]] for row in after]
    assert texts == [[text for text, _, _ in row[3]] for row in before]  # ours: still English
    file_menu = after[0][3]
    assert ("Save &As…", "Kontrol+Üst Karakter+S", False) in file_menu
    assert after == fresh
    assert after[0][1] > before[0][1], "the File menu widened for the longer key names"
