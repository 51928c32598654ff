"""The inputs: exchange rate, years to target, target, currency, and the source figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.dataset import Dataset
from ..core.errors import InputError
from ..core.money import Currency
from ..core.numbers import parse_decimal, parse_whole
from ..core.scenario import YEARS_MAX, YEARS_MIN
from . import formatting
from .document import ScenarioDocument
from .look import muted
from .number_field import NumberField


def _amount(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


@dataclass(frozen=True)
class _FieldSpec:
    field: str
    object_name: str
    label: str
    parse: Callable[[str], float]
    format_value: Callable[[float], str]
    step: float
    advanced: bool = False


class InputsPanel(QGroupBox):
    """Sends each good entry to the document; shows the document's values when it changes."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__("Inputs", parent)
        self.setObjectName("inputsPanel")
        self._document = document
        dataset = document.dataset
        self._labels: dict[str, QLabel] = {}

        def decimal(field: str, label: str) -> Callable[[str], float]:
            return lambda text: parse_decimal(text, field, label)

        specs = [
            _FieldSpec(
                "exchange_rate",
                "exchangeRateInput",
                "Rate (RM per US$)",
                decimal("exchange_rate", "Exchange rate"),
                formatting.rate,
                0.01,
            ),
            _FieldSpec(
                "years_to_target",
                "yearsToTargetInput",
                "Years to target",
                lambda text: parse_whole(text, "years_to_target", "Years to target"),
                lambda value: str(int(value)),
                1,
            ),
            _FieldSpec(
                "target_value",
                "targetInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("target_value", "Target"),
                _amount,
                0.5,
            ),
            _FieldSpec(
                "base_value",
                "baseValueInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("base_value", "Base-year trade"),
                _amount,
                0.1,
                advanced=True,
            ),
            _FieldSpec(
                "latest_value",
                "latestValueInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("latest_value", "Latest trade"),
                _amount,
                0.1,
                advanced=True,
            ),
            _FieldSpec(
                "latest_months",
                "latestMonthsInput",
                "",  # set by _relabel: the figure behind it can change
                lambda text: parse_whole(text, "latest_months", "Months covered"),
                lambda value: str(int(value)),
                1,
                advanced=True,
            ),
        ]

        self.fields: dict[str, NumberField] = {}
        main_form = QFormLayout()
        self.advanced_box = QWidget(self)
        self.advanced_box.setObjectName("advancedInputs")
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            field = NumberField(spec.object_name, spec.parse, spec.format_value, spec.step, self)
            field.submitted.connect(self._submitter(spec.field, field))
            label = QLabel(spec.label, self)
            self._labels[spec.field] = label
            label.setBuddy(field.edit)
            label.setWordWrap(True)
            (advanced_form if spec.advanced else main_form).addRow(label, field)
            self.fields[spec.field] = field

        source_latest = document.source.latest
        ringgit = _amount(source_latest.value or 0)
        dollars = _amount(source_latest.article_conversion or 0)
        self.rate_hint = self._hint(
            f"Default: the rate the article's own figures imply (RM{ringgit} bn = US${dollars} bn)."
        )
        main_form.insertRow(1, "", self.rate_hint)
        self.years_hint = self._hint("")
        main_form.insertRow(3, "", self.years_hint)

        self.currency_input = QComboBox(self)
        self.currency_input.setObjectName("displayCurrencyInput")
        for currency in Currency:
            self.currency_input.addItem(f"{currency.symbol} ({currency.value})", currency.value)
        self.currency_input.currentIndexChanged.connect(self._on_currency_chosen)
        currency_label = QLabel("Show amounts in", self)
        currency_label.setBuddy(self.currency_input)
        main_form.addRow(currency_label, self.currency_input)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setText("Source figures (advanced)")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self._show_advanced(False)

        self.reset_button = QPushButton("Reset to the article's figures", self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(document.reset_to_source)

        layout = QVBoxLayout(self)
        layout.addLayout(main_form)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.reset_button)

        self._labelled = dataset
        self._relabel(dataset)
        document.changed.connect(self.refresh)
        self.refresh()

    def _relabel(self, dataset: Dataset) -> None:
        """The figures behind the advanced inputs can change (a newer figure was added)."""
        base, latest, target = dataset.base, dataset.latest, dataset.target
        texts = {
            "target_value": f"Target ({_symbol(target.reported_currency)} bn)",
            "base_value": f"{base.label} ({_symbol(base.reported_currency)} bn, reported)",
            "latest_value": f"{latest.label} ({_symbol(latest.reported_currency)} bn, reported)",
            "latest_months": f"Months covered by the {latest.year} figure",
        }
        for field, text in texts.items():
            if self._labels[field].text() != text:
                self._labels[field].setText(text)

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        muted(hint)
        return hint

    def _submitter(self, name: str, field: NumberField) -> Callable[[object, int], None]:
        def submit(value: object, merge_token: int) -> None:
            try:
                self._document.edit_input(name, value, merge_token)
            except InputError as exc:
                field.show_error(exc.message)

        return submit

    def _on_currency_chosen(self, index: int) -> None:
        self._document.set_currency(Currency(self.currency_input.itemData(index)))

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def refresh(self) -> None:
        inputs = self._document.inputs
        for name, field in self.fields.items():
            field.set_value(getattr(inputs, name))
        dataset = self._document.dataset
        if dataset is not self._labelled:
            self._labelled = dataset
            self._relabel(dataset)
        summary = self._document.summary
        self.years_hint.setText(
            f"Target year {summary.target_year}. An assumption: the source states no "
            f"deadline ({YEARS_MIN}–{YEARS_MAX} years from {summary.base_year})."
        )
        with QSignalBlocker(self.currency_input):
            self.currency_input.setCurrentIndex(
                self.currency_input.findData(self._document.currency.value)
            )


def _symbol(currency: Currency | None) -> str:
    return (currency or Currency.USD).symbol
