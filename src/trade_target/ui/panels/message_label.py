"""The one kind of label that says why an entry was refused, wherever one is shown.

Such a message may carry what was typed. Quoted whole, a pasted 5,000-character entry made
a label 35,000 pixels wide and its window with it. This label wraps at the width the layout
gives it and never asks for more (its width is ignored by the layout); a word too long to
wrap is given places to break, and a message past MESSAGE_MOST characters is cut with an
ellipsis. Messages are plain text: a typed "<b>" is shown, never read as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from trade_target.ui.panels.look import warning
from trade_target.ui.panels.wrapped_label import WrappedLabel

MESSAGE_MOST = 300  # characters: three or four lines in the narrowest panel
WORD_MOST = 30  # characters of a word before a place to break it is added
_BREAK = "\u200b"  # zero-width space: a place to wrap that shows nothing


def fitted(text: str) -> str:
    """`text` cut to MESSAGE_MOST characters, its long words given places to break."""
    if len(text) > MESSAGE_MOST:
        text = text[: MESSAGE_MOST - 1].rstrip() + "…"
    return " ".join(_breakable(word) for word in text.split(" "))


def _breakable(word: str) -> str:
    if len(word) <= WORD_MOST:
        return word
    return _BREAK.join(word[i : i + WORD_MOST] for i in range(0, len(word), WORD_MOST))


class MessageLabel(WrappedLabel):
    """A warning-coloured message beside a field, a table or a panel."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never read as HTML
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        warning(self)

    def setText(self, text: str) -> None:
        super().setText(fitted(text))
