"""'Add a figure': a newer trade figure, such as the full-year total once it is published."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.render.guard import qt_guard
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel


class ObservationDialog(QDialog):
    """Collects the figure; `submit(**fields)` applies it or raises InputError, which is
    shown in the dialog so the user can correct it without retyping the rest."""

    # Each input: its label (with the mnemonic), its placeholder, what it asks for. The
    # currency is chosen from a list, so it has no placeholder.
    FIELDS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "observationLabel": (
            QT_TRANSLATE_NOOP("ObservationDialog", "&Figure"),
            QT_TRANSLATE_NOOP("ObservationDialog", "e.g. Bilateral trade, 2025"),
            QT_TRANSLATE_NOOP(
                "ObservationDialog", "The figure's name, as it will appear in the table"
            ),
        ),
        "observationValue": (
            QT_TRANSLATE_NOOP("ObservationDialog", "&Value (billion)"),
            QT_TRANSLATE_NOOP("ObservationDialog", "e.g. 5.6"),
            QT_TRANSLATE_NOOP("ObservationDialog", "The amount, in billions"),
        ),
        "observationCurrency": (
            QT_TRANSLATE_NOOP("ObservationDialog", "Reported &currency"),
            "",
            QT_TRANSLATE_NOOP(
                "ObservationDialog", "The currency the source reported the amount in"
            ),
        ),
        "observationYear": (
            QT_TRANSLATE_NOOP("ObservationDialog", "&Year"),
            QT_TRANSLATE_NOOP("ObservationDialog", "e.g. 2025"),
            QT_TRANSLATE_NOOP("ObservationDialog", "The calendar year the figure covers"),
        ),
        "observationMonths": (
            QT_TRANSLATE_NOOP("ObservationDialog", "&Months covered"),
            QT_TRANSLATE_NOOP("ObservationDialog", "12 for a full year"),
            QT_TRANSLATE_NOOP(
                "ObservationDialog",
                "How many months of that year the figure covers; 12 for a full year",
            ),
        ),
        "observationPeriod": (
            QT_TRANSLATE_NOOP("ObservationDialog", "&Period"),
            QT_TRANSLATE_NOOP("ObservationDialog", "e.g. Calendar 2025 (full year)"),
            QT_TRANSLATE_NOOP("ObservationDialog", "The period in words, as the source gives it"),
        ),
        "observationNote": (
            QT_TRANSLATE_NOOP("ObservationDialog", "Source &note"),
            QT_TRANSLATE_NOOP("ObservationDialog", "Where the figure comes from"),
            QT_TRANSLATE_NOOP("ObservationDialog", "Where the figure comes from"),
        ),
    }

    def __init__(self, submit: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationDialog")
        self._submit = submit

        self.label_input = self._line("observationLabel")
        self.value_input = self._line("observationValue")
        self.currency_input = QComboBox(self)
        self.currency_input.setObjectName("observationCurrency")
        for currency in Currency:
            self.currency_input.addItem(f"{currency.symbol} ({currency.value})", currency.value)
        self.year_input = self._line("observationYear")
        self.months_input = self._line("observationMonths")
        self.months_input.setText("12")
        self.period_input = self._line("observationPeriod")
        self.note_input = self._line("observationNote")

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        muted(self.hint)
        self.message = MessageLabel(self, "observationMessage")

        form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        for field in (
            self.label_input,
            self.value_input,
            self.currency_input,
            self.year_input,
            self.months_input,
            self.period_input,
            self.note_input,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            form.addRow(label, field)
            self._labels[field.objectName()] = label
            self._inputs[field.objectName()] = field

        # Add is ours (a standard OK button would be reworded by Qt on a change of
        # language); Cancel is Qt's, which its own translations word.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("observationAddButton")
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed (on a LanguageChange)."""
        self.setWindowTitle(translate("ObservationDialog", "Add a figure"))
        for name, (text, placeholder, description) in self.FIELDS.items():
            label = translate("ObservationDialog", text)
            self._labels[name].setText(label)
            field = self._inputs[name]
            field.setAccessibleName(label.replace("&", ""))
            field.setAccessibleDescription(translate("ObservationDialog", description))
            if isinstance(field, QLineEdit):
                field.setPlaceholderText(translate("ObservationDialog", placeholder))
        self.hint.setText(
            translate(
                "ObservationDialog",
                "Billions, in the currency the source reports. The newest figure after the "
                "base year becomes the one the sums use.",
            )
        )
        self.add_button.setText(translate("ObservationDialog", "&Add"))
        if self.message.text():
            try:
                self.fields()
            except InputError as exc:
                self.message.setText(exc.message)

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        return line

    def fields(self) -> dict[str, Any]:
        """What was typed, parsed; InputError names the field that is wrong."""
        return {
            "label": self.label_input.text(),
            "value": parse_decimal(
                self.value_input.text(), "value", translate("ObservationDialog", "Value")
            ),
            "reported_currency": Currency(self.currency_input.currentData()),
            "year": parse_whole(
                self.year_input.text(), "year", translate("ObservationDialog", "Year")
            ),
            "months": parse_whole(
                self.months_input.text(), "months", translate("ObservationDialog", "Months covered")
            ),
            "period": self.period_input.text(),
            "quote": self.note_input.text(),
        }

    @qt_guard
    def accept(self) -> None:
        try:
            self._submit(**self.fields())
        except InputError as exc:
            self.message.setText(exc.message)
            return
        super().accept()
