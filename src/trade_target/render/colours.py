"""Colour maths for text and lines that must read on whatever background they get.

WCAG contrast (4.5:1 for text) decides: a colour is made lighter or darker until it reads,
keeping its hue, so the same code serves a light, a dark and a high-contrast palette, on
screen and on paper. Pure colour work: the widgets that follow the palette are in the ui.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

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
