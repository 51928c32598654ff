"""Colours set through palettes, not style sheets: style-sheet widgets paint more slowly.

Every text colour here is checked against the background it sits on and made lighter or
darker until it reads (WCAG contrast 4.5:1), so the same code serves a light, a dark and a
high-contrast system palette, and follows the system when it switches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from trade_target.render.guard import qt_guard

ERROR_RED = "#B00020"
READABLE_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 for black to 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def readable(colour: QColor | str, background: QColor) -> QColor:
    """`colour`, or the nearest lighter (on a dark background) or darker variant of it
    that reads on `background`; the hue stays, so a colour keeps its meaning."""
    wanted = QColor(colour)
    if contrast(wanted, background) >= READABLE_CONTRAST:
        return wanted
    towards = QColor("#FFFFFF") if luminance(background) < 0.18 else QColor("#000000")
    for step in range(1, 21):
        mixed = mix(wanted, towards, step / 20)
        if contrast(mixed, background) >= READABLE_CONTRAST:
            return mixed
    return towards


def mix(first: QColor | str, second: QColor | str, share: float) -> QColor:
    """`first` with `share` (0 to 1) of `second` mixed in."""
    one, other = QColor(first), QColor(second)
    return QColor.fromRgbF(
        one.redF() * (1 - share) + other.redF() * share,
        one.greenF() * (1 - share) + other.greenF() * share,
        one.blueF() * (1 - share) + other.blueF() * share,
    )


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
