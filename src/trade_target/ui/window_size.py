"""Where the main window opens and how big: from the screen it opens on, never larger.

An official's laptop may have 1366×768 pixels, or 1024×768 on an old projector; a desk
monitor 1920×1080 or more. A fixed first size either spills off the small screen or looks
lost on the big one, and a size remembered from a bigger monitor may no longer fit. The
functions here are pure (rectangles in, rectangle out) so that the rule can be tested for
any screen; `place` applies them to the window, and `restore` and `remember` keep its size,
place and dividers in the settings from one start to the next.

All rectangles are in screen pixels; `frame` is the room the window manager's title bar
and borders take around the window's contents (zero where no frame is known yet).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget

COMFORTABLE = QSize(1440, 900)
"""Up to this in a direction, the window takes all the room the screen has in it."""
LARGEST = QSize(1600, 1000)
"""A window larger than this on a big monitor is no easier to read, only further to look."""
SHARE = 0.8
"""On a screen larger than COMFORTABLE: this share of it (but at least COMFORTABLE)."""


def _first_length(available: int, comfortable: int, largest: int) -> int:
    if available <= comfortable:
        return available
    return min(max(round(available * SHARE), comfortable), largest)


def first_frame_size(available: QSize) -> QSize:
    """The window's outer size on first start: all of a small screen, a share of a big one."""
    return QSize(
        _first_length(available.width(), COMFORTABLE.width(), LARGEST.width()),
        _first_length(available.height(), COMFORTABLE.height(), LARGEST.height()),
    )


def opens_maximised(available: QRect) -> bool:
    """Whether the first window takes all of `available` across or down: then it opens
    maximised, so that the window manager fits its title bar and borders in too."""
    size = first_frame_size(available.size())
    return size.width() == available.width() or size.height() == available.height()


def first_geometry(available: QRect, frame: QMargins | None = None) -> QRect:
    """The window's contents rectangle on first start, centred in `available`."""
    frame = frame or QMargins()
    size = first_frame_size(available.size())
    outer = QRect(QPoint(0, 0), size)
    outer.moveCenter(available.center())
    outer.moveTopLeft(
        QPoint(max(outer.left(), available.left()), max(outer.top(), available.top()))
    )
    return outer.marginsRemoved(frame)


def fitted_geometry(saved: QRect, available: QRect, frame: QMargins | None = None) -> QRect:
    """`saved` (a contents rectangle) shrunk to fit `available` with its frame, and moved
    onto it where it lies partly or wholly off it; unchanged when it already fits."""
    frame = frame or QMargins()
    outer = saved.marginsAdded(frame)
    outer.setSize(outer.size().boundedTo(available.size()))
    left = min(max(outer.left(), available.left()), available.right() - outer.width() + 1)
    top = min(max(outer.top(), available.top()), available.bottom() - outer.height() + 1)
    outer.moveTopLeft(QPoint(left, top))
    return outer.marginsRemoved(frame)


def _frame_of(window: QWidget) -> QMargins:
    """The frame the window has now: zero before it is first shown on most systems."""
    inner, outer = window.geometry(), window.frameGeometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def _screen_for(window: QWidget, rect: QRect | None) -> QScreen:
    """The screen a remembered rectangle lies on; the window's own (the primary) if none."""
    if rect is not None:
        found = QGuiApplication.screenAt(rect.center())
        if found is not None:
            return found
    return window.screen()


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Give the (not yet shown) window its remembered size and place if it fits the screen
    now, shrunk and moved onto the screen if not, and its first-start size if none."""
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        whole = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if window.windowState() & whole:
            return
        available = _screen_for(window, window.geometry()).availableGeometry()
        fitted = fitted_geometry(window.geometry(), available, _frame_of(window))
        if fitted != window.geometry():
            window.setGeometry(fitted)
        return
    available = window.screen().availableGeometry()
    window.setGeometry(first_geometry(available, _frame_of(window)))
    if opens_maximised(available):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def restore(window: QWidget, splitters: Iterable[QSplitter]) -> None:
    """Window size and place, and where the user left the dividers, as last time (as far
    as the screen allows; the first time, from the screen's size)."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    place(window, geometry if isinstance(geometry, QByteArray) else None)
    for splitter in splitters:
        state = settings.value(f"window/{splitter.objectName()}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)


def remember(window: QWidget, splitters: Iterable[QSplitter]) -> None:
    """The window's size and place and its dividers, for `restore` at the next start."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    for splitter in splitters:
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
