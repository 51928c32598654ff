"""A number input that reads either decimal mark and says what is wrong beside itself.

A stock QDoubleSpinBox in an English locale turns a typed "4,31" into 431; this field
reads "4,31" and "4.31" alike (core.numbers) and refuses anything ambiguous with a
message under the field, leaving the last good value in force. The message is the
core's, in the language installed when it was made; on a switch of language the field
works it out again (`check` does so for the document's own limits).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from trade_target.render.guard import BASE, qt_guard
from trade_target.ui.document import new_merge_token
from trade_target.ui.panels.message_label import MessageLabel

Parser = Callable[[str], float]
Formatter = Callable[[float], str]
Checker = Callable[[float], None]


class _LineEdit(QLineEdit):
    """Leaves Undo/Redo to the window's undo stack (one history), steps with Up/Down."""

    stepped = Signal(int)

    @qt_guard(fallback=BASE)
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return super().event(event)

    @qt_guard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.stepped.emit(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class NumberField(QWidget):
    """Line edit + message label. Emits `submitted(value, merge_token)` for each good entry."""

    submitted = Signal(object, int)

    def __init__(
        self,
        object_name: str,
        parse: Parser,
        format_value: Formatter,
        step: float,
        parent: QWidget | None = None,
        check: Checker | None = None,
    ) -> None:
        """`check(value)` raises InputError when the document would refuse a value the
        parser accepts; it is used to say a shown refusal again in a new language."""
        super().__init__(parent)
        self._check = check
        self._parse = parse
        self._format = format_value
        self._step = step
        self._value: float | None = None
        self._merge_token = new_merge_token()

        self.edit = _LineEdit(self)
        self.edit.setObjectName(object_name)
        self.message = MessageLabel(self, f"{object_name}Message")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._end_editing_session)
        self.edit.stepped.connect(self._on_stepped)

    def set_value(self, value: float) -> None:
        """Show the document's value, unless the text already says it (keeps the cursor)."""
        self._value = value
        text = self.edit.text()
        try:
            if text == self._format(value) or self._parse(text) == value:
                return
        except ValueError:
            pass
        self.edit.setText(self._format(value))
        self.clear_error()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.edit.setProperty("invalid", True)
        self.edit.setToolTip(text)

    def clear_error(self) -> None:
        if not self.has_error:
            return
        self.message.clear()
        self.message.hide()
        self.edit.setProperty("invalid", False)
        self.edit.setToolTip("")

    @property
    def has_error(self) -> bool:
        return not self.message.isHidden()

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The field has no words of its own. A message it shows is worked out again, so it
        reads in the language now installed; a good value is written again as the new
        locale writes it (4.31 becomes 4,31 in Turkish)."""
        if self.has_error:
            self._say_error_again()
        else:
            self._write_value_again()

    def _say_error_again(self) -> None:
        try:
            value = self._parse(self.edit.text())
            if self._check is not None:
                self._check(value)
        except ValueError as exc:  # InputError is one
            self.show_error(getattr(exc, "message", str(exc)))

    def _write_value_again(self) -> None:
        if self._value is None:
            return
        shown = self._format(self._value)
        if self.edit.text() == shown:
            return
        try:  # the same number as before, as it was shown (4.3089 for 4.30894…)
            same = self._parse(self.edit.text()) == self._parse(shown)
        except ValueError:
            same = False
        if same:
            self.edit.setText(shown)

    def _on_text_edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except ValueError as exc:
            self.show_error(getattr(exc, "message", str(exc)))
            return
        self.clear_error()
        self.submitted.emit(value, self._merge_token)

    def _on_stepped(self, direction: int) -> None:
        if self._value is None:
            return
        self._end_editing_session()
        value = round(self._value + direction * self._step, 10)
        self.edit.setText(self._format(value))
        self._on_text_edited(self.edit.text())
        self._end_editing_session()

    def _end_editing_session(self) -> None:
        self._merge_token = new_merge_token()
