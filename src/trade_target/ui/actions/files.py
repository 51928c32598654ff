"""File › New, Open, Save, Save As and Recent files, with the unsaved-work questions.

A failed open leaves the document exactly as it was; a failed save leaves the old file
intact (saves are atomic) and the work open and still marked unsaved. The file format is
imported on first use: nothing of it is needed to show the window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from trade_target.core.errors import TradeTargetError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.workbook import Workbook
from trade_target.ui.actions.autosave import Autosaver
from trade_target.ui.document import ScenarioDocument

RECENT_KEY = "files/recent"
RECENT_MAX = 8
UNTITLED = QT_TRANSLATE_NOOP("FileActions", "Untitled")  # translated where shown


def display_name(path: str) -> str:
    return os.path.basename(path) if path else translate("FileActions", UNTITLED)


class FileActions(QObject):
    """What the File menu does, for one window and its document."""

    recent_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        document: ScenarioDocument,
        autosaver: Autosaver | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.autosaver = autosaver
        # The file's fingerprint when this window last opened or saved it: None when unknown.
        self._on_disk: str | None = None

    # Questions -----------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Before the work is replaced or closed: True to go on, False if the user cancelled."""
        from trade_target.ui.actions import dialogs

        if not self._document.modified:
            return True
        choice = dialogs.ask_save_changes(self._window, display_name(self._document.path))
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def may_close(self) -> bool:
        """Before the window closes. When the session is ending (logout, a termination
        signal) the work already waits in the autosave, offered back at the next start:
        nobody is asked."""
        if self.autosaver is not None and self.autosaver.keeping:
            return True
        return self.maybe_save()

    # Commands ------------------------------------------------------------------------------

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._replace(Workbook.from_source(self._document.source), "")
        return True

    def open(self, path: str | None = None) -> bool:
        """Open `path` (or ask for one). On any problem: a message, and nothing changes."""
        from trade_target.ui.actions import dialogs

        if path is None:
            path = dialogs.ask_open_path(self._window, self._folder())
            if not path:
                return False
        if not self.maybe_save():
            return False
        from trade_target.core.files.file_fingerprint import fingerprint
        from trade_target.core.files.file_format import load_workbook

        on_disk = fingerprint(path)  # before reading: a change in between is asked about later
        try:
            workbook = load_workbook(path)
        except TradeTargetError as exc:
            dialogs.show_error(
                self._window, translate("FileActions", "Could not open the file"), str(exc)
            )
            if not os.path.exists(path):
                self._forget_recent(path)
            return False
        self._replace(workbook, os.path.abspath(path))
        self._on_disk = on_disk
        self._remember_recent(os.path.abspath(path))
        return True

    def save(self) -> bool:
        """Save to the file; if it changed on disk since this window opened or saved it
        (another window saved it too), ask before overwriting those changes."""
        from trade_target.ui.actions import dialogs

        path = self._document.path
        if not path:
            return self.save_as()
        from trade_target.core.files.file_fingerprint import changed_since

        if changed_since(path, self._on_disk):
            choice = dialogs.ask_file_changed(self._window, display_name(path))
            if choice is dialogs.ChangedChoice.SAVE_AS:
                return self.save_as()
            if choice is not dialogs.ChangedChoice.OVERWRITE:
                return False
        return self._save_to(path)

    def save_as(self) -> bool:
        from trade_target.ui.actions import dialogs

        current = self._document.path
        suggested = current or os.path.join(self._folder(), display_name("") + dialogs.EXTENSION)
        path = dialogs.ask_save_path(self._window, suggested)
        if not path:
            return False
        return self._save_to(os.path.abspath(path))

    def restore_autosave(self) -> bool:
        """After a crash: offer the autosaved work; True if it was restored."""
        autosaver = self.autosaver
        if autosaver is None or not autosaver.orphan:
            return False
        orphan = autosaver.orphan
        from trade_target.core.files.file_format import load_workbook_with_origin
        from trade_target.ui.actions import dialogs

        try:
            workbook, origin = load_workbook_with_origin(orphan)
        except TradeTargetError as exc:
            dialogs.show_error(
                self._window,
                translate("FileActions", "Could not restore unsaved work"),
                translate(
                    "FileActions",
                    "The work autosaved before Trade Target last closed cannot be read: {error}",
                ).format(error=exc),
            )
            autosaver.discard()
            return False
        names = ", ".join(workbook.names)
        if origin:
            question = translate(
                "FileActions",
                "Trade Target did not close normally last time. Restore the unsaved work on "
                "“{name}” that was autosaved (scenarios: {scenarios})?",
            ).format(name=display_name(origin), scenarios=names)
        else:
            question = translate(
                "FileActions",
                "Trade Target did not close normally last time. Restore the unsaved work on "
                "a document that was never saved that was autosaved (scenarios: {scenarios})?",
            ).format(scenarios=names)
        if not dialogs.ask_restore(self._window, question):
            autosaver.discard()
            return False
        from trade_target.core.files.file_fingerprint import fingerprint

        self._document.load(workbook, origin or "", restored=True)
        self._on_disk = fingerprint(origin) if origin else None
        autosaver.save_now()
        return True

    # Recent files --------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):  # one entry comes back as a bare string
            value = [value]
        return [path for path in value if isinstance(path, str)][:RECENT_MAX]

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.recent_changed.emit()

    def _remember_recent(self, path: str) -> None:
        paths = [path] + [p for p in self.recent_files() if p != path]
        QSettings().setValue(RECENT_KEY, paths[:RECENT_MAX])
        self.recent_changed.emit()

    def _forget_recent(self, path: str) -> None:
        paths = self.recent_files()
        if path in paths:
            paths.remove(path)
            QSettings().setValue(RECENT_KEY, paths)
            self.recent_changed.emit()

    # Inside --------------------------------------------------------------------------------

    def _replace(self, workbook: Workbook, path: str) -> None:
        self._on_disk = None
        self._document.load(workbook, path)
        if self.autosaver is not None:
            self.autosaver.discard()

    def _save_to(self, path: str) -> bool:
        from trade_target.core.files.file_fingerprint import fingerprint_of
        from trade_target.core.files.file_writing import save_workbook
        from trade_target.ui.actions import dialogs

        try:
            written = save_workbook(path, self._document.workbook)
        except TradeTargetError as exc:
            dialogs.show_error(
                self._window,
                translate("FileActions", "Could not save"),
                f"{exc}\n\n"
                + translate(
                    "FileActions",
                    "Your work is still open and not saved; any earlier copy of the file is "
                    "unchanged. Try File › Save As to save it somewhere else.",
                ),
            )
            return False
        self._on_disk = fingerprint_of(written)
        self._document.mark_saved(path)
        self._remember_recent(path)
        return True

    def _folder(self) -> str:
        if self._document.path:
            return os.path.dirname(self._document.path)
        recent = self.recent_files()
        if recent:
            return os.path.dirname(recent[0])
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
