"""How the app ends when nobody closes the window: a termination signal, the desktop logging
out, the event loop left while the window is open. Unsaved work goes to the autosave, kept
for the next start to offer back, and the window is taken down while Qt is still whole.

A Python signal handler runs only when the interpreter gets control, which in Qt's event
loop may be never: the C-level handler writes the signal's number to a socket
(`signal.set_wakeup_fd`), and a QSocketNotifier on the other end wakes the loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QSessionManager
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from trade_target.ui.actions.autosave import Autosaver

# Terminate (a service manager, `kill`, the logout of some desktops), hang-up (the terminal
# closed) and interrupt (Ctrl+C in the terminal that started the app).
SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)
Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


class Window(Protocol):
    """What the session's end needs of the main window: its autosaver, if it has one."""

    autosaver: Autosaver | None


class SessionEnd(QObject):
    """Watches for the session's end while `window` is open; `close()` gives back the
    signal handlers it took."""

    def __init__(self, window: Window) -> None:
        super().__init__()
        self._window = window
        self._previous: dict[int, Handler] = {}
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        self._previous_wakeup = signal.set_wakeup_fd(
            self._writer.fileno(), warn_on_full_buffer=False
        )
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, _noted)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.keep_work)

    def keep_work(self, manager: QSessionManager | None = None) -> None:
        """The desktop is logging out (or a signal came): unsaved work goes to the autosave
        instead of a question that would hold the logout up and be lost unanswered."""
        if self._window.autosaver is not None:
            self._window.autosaver.keep_for_next_start()

    def _on_wakeup(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while self._reader.recv(64):
                pass
        self.keep_work()
        # exit, not quit: it also ends a dialog's loop (an open question), where quit would
        # ask the window to close and the window would ask the user.
        QCoreApplication.exit(0)

    def close(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_wakeup)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def _noted(number: int, frame: FrameType | None) -> None:
    """Python's side of the handler: nothing to do here, the wake-up socket carries it."""


def tear_down(window: Window) -> None:
    """After the event loop: what the window did not close cleanly stays for the next start,
    and every window is deleted now, while Python and Qt are whole.

    Left to the interpreter's exit, PySide deletes what Python still holds in an order of
    its own. When the translator goes before a window still open, the window hides its
    tables as it is deleted, a header asks its model for a text, the model's `translate`
    meets the deleted translator and raises, and reporting that error mid-teardown is a
    segmentation fault (about one exit in three).
    """
    if shiboken6.isValid(window):
        if window.autosaver is not None:
            window.autosaver.end_session()
        shiboken6.delete(window)
    # The charts' right-click menus belong to no window (pyqtgraph makes them parentless).
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parent() is None:
            shiboken6.delete(widget)
