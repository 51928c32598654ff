"""Colours set through palettes, not style sheets: style-sheet widgets paint more slowly."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR_RED = "#B00020"


def _text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def muted(widget: QWidget) -> None:
    """Secondary text: hints and explanations."""
    _text_colour(widget, widget.palette().color(QPalette.ColorRole.PlaceholderText))


def warning(widget: QWidget) -> None:
    """A message about a bad entry."""
    _text_colour(widget, QColor(ERROR_RED))
