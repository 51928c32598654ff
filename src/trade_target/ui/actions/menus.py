"""The window's menus — File, Edit, Scenario, View, Help — each item wired to the action
that does it, and worded again when the language changes. Every action is made with the
window; the code behind Export, Print and About is imported when one is first chosen."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.ui.actions.files import FileActions
from trade_target.ui.actions.language import LanguageMenu
from trade_target.ui.document import ScenarioDocument

if TYPE_CHECKING:
    from trade_target.ui.actions.exports import ExportActions
    from trade_target.ui.panels.scenarios import ScenariosPanel


class WindowMenus(QObject):
    """The menu bar of one window. The Scenario menu clicks the scenario panel's buttons,
    so that a menu and a button can never do different things."""

    def __init__(
        self,
        window: QMainWindow,
        document: ScenarioDocument,
        files: FileActions,
        exports: Callable[[], ExportActions],
        scenarios: ScenariosPanel,
        add_figure: Callable[[], None],
        import_history: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._files = files
        self._import_history = import_history
        self._sources: list[tuple[QAction | QMenu, str]] = []
        self._file_menu(exports)
        self._edit_menu(add_figure)

        scenario_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Scenario"))
        for source, button in (
            (QT_TRANSLATE_NOOP("MainWindow", "&New scenario"), scenarios.new_button),
            (QT_TRANSLATE_NOOP("MainWindow", "&Duplicate scenario"), scenarios.duplicate_button),
            (QT_TRANSLATE_NOOP("MainWindow", "&Rename scenario…"), scenarios.rename_button),
            (QT_TRANSLATE_NOOP("MainWindow", "De&lete scenario"), scenarios.delete_button),
        ):
            self._action(scenario_menu, source).triggered.connect(button.click)

        view_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.currency_actions: dict[Currency, QAction] = {}
        group = QActionGroup(window)
        for currency in Currency:
            action = view_menu.addAction("")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, c=currency: document.set_currency(c))
            self.currency_actions[currency] = action
        self.currency_actions[document.currency].setChecked(True)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(view_menu)
        self.language_menu.failed.connect(window.statusBar().showMessage)
        view_menu.addMenu(self.language_menu)

        help_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(
            help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About Trade Target")
        ).triggered.connect(lambda: _show_about(window, document))

    def _file_menu(self, exports: Callable[[], ExportActions]) -> None:
        files = self._files
        file_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        for source, key, slot in (
            (QT_TRANSLATE_NOOP("MainWindow", "&New"), QKeySequence.StandardKey.New, files.new),
            (
                QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
                QKeySequence.StandardKey.Open,
                lambda: files.open(),
            ),
        ):
            action = self._action(file_menu, source)
            action.setShortcut(key)
            action.triggered.connect(slot)
        self.recent_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), file_menu)
        self.recent_menu.setObjectName("recentMenu")
        files.recent_changed.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Save"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(files.save)
        save_as = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Save &As…"))
        save_as.setShortcuts(_keys(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"))
        save_as.triggered.connect(files.save_as)
        file_menu.addSeparator()
        if self._import_history is not None:
            self.import_history_action = self._action(
                file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Import annual history…")
            )
            self.import_history_action.triggered.connect(self._import_history)
            file_menu.addSeparator()
        for source, slot in (
            (QT_TRANSLATE_NOOP("MainWindow", "Export &chart…"), lambda: exports().export_chart()),
            (QT_TRANSLATE_NOOP("MainWindow", "Export &table…"), lambda: exports().export_table()),
        ):
            self._action(file_menu, source).triggered.connect(slot)
        export_brief = self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export &brief (PDF)…")
        )
        export_brief.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_brief.triggered.connect(lambda: exports().export_brief())
        print_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Print brief…"))
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(lambda: exports().print_brief())
        file_menu.addSeparator()
        quit_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self._window.close)

    def _edit_menu(self, add_figure: Callable[[], None]) -> None:
        edit_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        stack = self._document.undo_stack
        self.undo_action = edit_menu.addAction("")
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = edit_menu.addAction("")
        self.redo_action.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(stack.redo)
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self.update_undo_texts)
        edit_menu.addSeparator()
        reset = self._action(
            edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Reset to the &article's figures")
        )
        reset.triggered.connect(self._document.reset_to_source)
        edit_menu.addSeparator()
        add = self._action(edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Add a &figure…"))
        add.triggered.connect(add_figure)

    def _labelled(self, item: QAction | QMenu, source: str) -> QAction | QMenu:
        """Remember `item`'s English text (marked for translation where it is written), so
        a language switch can set it again."""
        self._sources.append((item, source))
        return item

    def _action(self, menu: QMenu, source: str) -> QAction:
        action = menu.addAction("")
        self._labelled(action, source)
        return action

    def _menu(self, source: str, parent: QMenu | None = None) -> QMenu:
        menu = parent.addMenu("") if parent is not None else self._window.menuBar().addMenu("")
        self._labelled(menu, source)
        return menu

    def retranslate(self) -> None:
        """Every menu's texts in the current language. Edit › Undo reads the undo steps'
        texts: the window has the document translate them first."""
        for item, source in self._sources:
            text = translate("MainWindow", source)
            if isinstance(item, QMenu):
                item.setTitle(text)
            else:
                item.setText(text)
        for currency, action in self.currency_actions.items():
            action.setText(
                translate("MainWindow", "Amounts in {symbol} ({code})").format(
                    symbol=f"&{currency.symbol}",
                    code=currency.value,  # Alt+U, Alt+R
                )
            )
        self.update_undo_texts()
        self.fill_recent_menu()

    def update_undo_texts(self, *_: object) -> None:
        stack = self._document.undo_stack
        if not shiboken6.isValid(stack):  # the stack says it is empty as it is destroyed
            return
        for action, can, what, plain, named in (
            (
                self.undo_action,
                stack.canUndo(),
                stack.undoText(),
                translate("MainWindow", "&Undo"),
                translate("MainWindow", "&Undo {action}"),
            ),
            (
                self.redo_action,
                stack.canRedo(),
                stack.redoText(),
                translate("MainWindow", "&Redo"),
                translate("MainWindow", "&Redo {action}"),
            ),
        ):
            action.setEnabled(can)
            action.setText(named.format(action=what) if can and what else plain)

    def fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = self._files.recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number} {os.path.basename(path)}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self._files.open(p))
        if paths:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear the list")).triggered.connect(
                self._files.clear_recent
            )
        menu.setEnabled(bool(paths))


def _show_about(window: QMainWindow, document: ScenarioDocument) -> None:
    from trade_target.ui.actions import about

    about.show_about(window, document.dataset)


def _keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    keys = list(QKeySequence.keyBindings(standard))
    wanted = QKeySequence(extra)
    if all(key != wanted for key in keys):
        keys.append(wanted)
    return keys
