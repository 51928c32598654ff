"""Autosave: unsaved work is copied to the per-user data folder every minute.

Each running window holds one numbered slot, locked with a QLockFile. A slot whose lock is
free (its process has ended) but whose autosave file is still there belongs to a session
that did not close cleanly: the next start offers to restore it. A clean close, a save and
a discard remove the slot's file. When the session ends with nobody to ask (the desktop logs
out, a termination signal), unsaved work is written at once and kept for the next start.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from trade_target import APP_NAME
from trade_target.core.errors import TradeTargetError
from trade_target.core.i18n import translate
from trade_target.ui.document import ScenarioDocument

INTERVAL_MS = 60_000
SLOTS = 16
SLOT_EXTENSION = ".tradetarget"  # a document like any other (a test checks the file format agrees)


def default_folder() -> str:
    """`Trade Target/autosave` in the per-user data folder (the generic one: the app's own
    would name the organisation and the application, both "Trade Target", twice)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return os.path.join(base, APP_NAME, "autosave")


class Autosaver(QObject):
    """Writes the document to its slot every `interval_ms` while it has unsaved changes."""

    def __init__(
        self,
        document: ScenarioDocument,
        folder: str,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.folder = folder
        self.path = ""
        self.orphan = ""  # an earlier session's autosave found in our slot
        self.last_error = ""
        self.keeping = False  # the session is ending: the file waits for the next start
        self._lock: QLockFile | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._on_modified_changed)

    def start(self) -> bool:
        """Claim a slot; False (and no autosave) if the folder cannot be used."""
        try:
            os.makedirs(self.folder, exist_ok=True)
        except OSError as exc:
            self.last_error = translate(
                "Autosave", "Autosave is off: its folder cannot be made ({reason})."
            ).format(reason=exc.strerror)
            return False

        def file_of(slot: int) -> str:
            return os.path.join(self.folder, f"slot-{slot}{SLOT_EXTENSION}")

        # Slots holding a file first, so a crashed session's work is found whichever it was.
        for slot in sorted(range(SLOTS), key=lambda slot: not os.path.exists(file_of(slot))):
            lock = QLockFile(os.path.join(self.folder, f"slot-{slot}.lock"))
            lock.setStaleLockTime(0)  # held for the whole session; only a dead owner frees it
            if lock.tryLock(0):
                self._lock = lock
                self.path = file_of(slot)
                self.orphan = self.path if os.path.exists(self.path) else ""
                self._timer.start()
                return True
        self.last_error = translate(
            "Autosave", "Autosave is off: too many Trade Target windows are open."
        )
        return False

    def save_now(self) -> bool:
        """Write the document if it changed since the last autosave and is not saved."""
        if not self.path or not self._pending or not self._document.modified:
            return False
        from trade_target.core.files.file_writing import save_workbook  # first needed a minute in

        try:
            save_workbook(
                self.path, self._document.workbook, autosave_of=self._document.path or None
            )
        except TradeTargetError as exc:
            self.last_error = str(exc)  # tried again at the next tick
            return False
        self._pending = False
        self.orphan = ""  # the slot now holds this session's work
        self.last_error = ""
        return True

    def discard(self) -> None:
        """Forget the autosave (the work was saved, or the user chose to drop it)."""
        self.orphan = ""
        self._pending = False
        if self.path:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.path)

    def keep_for_next_start(self) -> bool:
        """The session is ending and nobody can be asked (logout, a termination signal):
        write unsaved work now and leave it for the next start to offer back. True if the
        work is in the file; a later edit (the logout was cancelled) ends the keeping."""
        if not self._document.modified:
            return False
        self._pending = True
        self.keeping = self.save_now()
        return self.keeping

    def end_session(self) -> None:
        """The process ends with the window still open: unsaved work, or an earlier
        session's work not yet offered, stays for the next start."""
        if self._lock is None:
            return  # the window closed: stop() has run
        if self._document.modified:
            self.keep_for_next_start()
        elif self.orphan:
            self.keeping = True
        self.stop()

    def stop(self) -> None:
        """The end of the session: nothing is left to restore unless the work is kept."""
        self._timer.stop()
        if not self.keeping:
            self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_changed(self) -> None:
        self._pending = True
        self.keeping = False

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified and not self.orphan:
            self.discard()
