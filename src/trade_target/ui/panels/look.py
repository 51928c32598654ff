"""Colours set through palettes, not style sheets: style-sheet widgets paint more slowly.

Every text colour here is checked against the background it sits on and made lighter or
darker until it reads (WCAG contrast 4.5:1, the maths in render.colours), so the same code
serves a light, a dark and a high-contrast system palette, and follows the system when it
switches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from trade_target.render.colours import readable
from trade_target.render.guard import qt_guard

ERROR_RED = "#B00020"


def set_text_colour(widget: QWidget, colour: QColor | str) -> None:
    """Text in `colour`, made readable on the widget's background; unchanged palettes are
    left alone (setting one repaints)."""
    palette = widget.palette()
    shown = readable(colour, palette.color(QPalette.ColorRole.Window))
    if palette.color(QPalette.ColorRole.WindowText) == shown:
        return
    palette.setColor(QPalette.ColorRole.WindowText, shown)
    palette.setColor(QPalette.ColorRole.Text, shown)
    widget.setPalette(palette)


class _FollowPalette(QObject):
    """Re-colours one widget's text when the system palette changes (dark mode, contrast)."""

    def __init__(self, widget: QWidget, colour: QColor | str | None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._colour = colour
        self.apply()
        widget.installEventFilter(self)

    def set_colour(self, colour: QColor | str) -> None:
        self._colour = colour
        self.apply()

    def apply(self) -> None:
        colour = self._colour
        if colour is None:  # muted: the palette's own secondary-text colour
            colour = self._widget.palette().color(QPalette.ColorRole.PlaceholderText)
        set_text_colour(self._widget, colour)

    @qt_guard(fallback=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.PaletteChange:
            self.apply()
        return False


def coloured(widget: QWidget, colour: QColor | str) -> None:
    """Text in `colour` (as near to it as reads on the background), kept so when the system
    palette changes; calling again changes the colour."""
    follower = widget.findChild(_FollowPalette, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is None:
        _FollowPalette(widget, colour)
    else:
        follower.set_colour(colour)


def muted(widget: QWidget) -> None:
    """Secondary text: hints and explanations."""
    _FollowPalette(widget, None)


def warning(widget: QWidget) -> None:
    """A message about a bad entry."""
    _FollowPalette(widget, ERROR_RED)
