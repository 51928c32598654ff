"""'Add a figure': a newer trade figure, such as the full-year total once it is published."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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

from ..core.errors import InputError
from ..core.money import Currency
from ..core.numbers import parse_decimal, parse_whole
from .look import muted, warning


class ObservationDialog(QDialog):
    """Collects the figure; `submit(**fields)` applies it or raises InputError, which is
    shown in the dialog so the user can correct it without retyping the rest."""

    def __init__(self, submit: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a figure")
        self.setObjectName("observationDialog")
        self._submit = submit

        self.label_input = self._line("observationLabel", "e.g. Bilateral trade, 2025")
        self.value_input = self._line("observationValue", "e.g. 5.6")
        self.currency_input = QComboBox(self)
        self.currency_input.setObjectName("observationCurrency")
        for currency in Currency:
            self.currency_input.addItem(f"{currency.symbol} ({currency.value})", currency.value)
        self.year_input = self._line("observationYear", "e.g. 2025")
        self.months_input = self._line("observationMonths", "12 for a full year")
        self.months_input.setText("12")
        self.period_input = self._line("observationPeriod", "e.g. Calendar 2025 (full year)")
        self.note_input = self._line("observationNote", "Where the figure comes from")

        hint = QLabel(
            "Billions, in the currency the source reports. The newest figure after the "
            "base year becomes the one the sums use.",
            self,
        )
        hint.setWordWrap(True)
        muted(hint)
        self.message = QLabel(self)
        self.message.setObjectName("observationMessage")
        self.message.setWordWrap(True)
        warning(self.message)

        form = QFormLayout()
        for text, field, description in (
            ("&Figure", self.label_input, "The figure's name, as it will appear in the table"),
            ("&Value (billion)", self.value_input, "The amount, in billions"),
            (
                "Reported &currency",
                self.currency_input,
                "The currency the source reported the amount in",
            ),
            ("&Year", self.year_input, "The calendar year the figure covers"),
            (
                "&Months covered",
                self.months_input,
                "How many months of that year the figure covers; 12 for a full year",
            ),
            ("&Period", self.period_input, "The period in words, as the source gives it"),
            ("Source &note", self.note_input, "Where the figure comes from"),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            field.setAccessibleDescription(description)
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def fields(self) -> dict[str, Any]:
        """What was typed, parsed; InputError names the field that is wrong."""
        return {
            "label": self.label_input.text(),
            "value": parse_decimal(self.value_input.text(), "value", "Value"),
            "reported_currency": Currency(self.currency_input.currentData()),
            "year": parse_whole(self.year_input.text(), "year", "Year"),
            "months": parse_whole(self.months_input.text(), "months", "Months covered"),
            "period": self.period_input.text(),
            "quote": self.note_input.text(),
        }

    def accept(self) -> None:
        try:
            self._submit(**self.fields())
        except InputError as exc:
            self.message.setText(exc.message)
            return
        super().accept()
