"""The inputs: exchange rate, years to target, target, currency, and the source figures."""

from __future__ import annotations

import itertools
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
    description: str
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
                "&Rate (RM per US$)",
                decimal("exchange_rate", "Exchange rate"),
                formatting.rate,
                0.01,
                "Ringgit per US dollar used to convert every figure",
            ),
            _FieldSpec(
                "years_to_target",
                "yearsToTargetInput",
                "&Years to target",
                lambda text: parse_whole(text, "years_to_target", "Years to target"),
                lambda value: str(int(value)),
                1,
                "Years from the base year by which the target should be reached",
            ),
            _FieldSpec(
                "target_value",
                "targetInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("target_value", "Target"),
                _amount,
                0.5,
                "The trade target, in billions of the currency it was announced in",
            ),
            _FieldSpec(
                "base_value",
                "baseValueInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("base_value", "Base-year trade"),
                _amount,
                0.1,
                "Trade in the base year as reported, in billions; growth is measured from it",
                advanced=True,
            ),
            _FieldSpec(
                "latest_value",
                "latestValueInput",
                "",  # set by _relabel: the figure behind it can change
                decimal("latest_value", "Latest trade"),
                _amount,
                0.1,
                "The latest reported trade figure, in billions, possibly for part of a year",
                advanced=True,
            ),
            _FieldSpec(
                "latest_months",
                "latestMonthsInput",
                "",  # set by _relabel: the figure behind it can change
                lambda text: parse_whole(text, "latest_months", "Months covered"),
                lambda value: str(int(value)),
                1,
                "How many months of the year the latest figure covers; it is scaled to 12",
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
            field.edit.setAccessibleDescription(
                f"{spec.description}. Up and Down arrows step the value."
            )
            label = QLabel(spec.label, self)
            self._labels[spec.field] = label
            label.setBuddy(field.edit)
            # Short labels stay on one line (with a mnemonic, a wrapping label is measured
            # too narrow); the advanced ones name a figure and may need two.
            label.setWordWrap(spec.advanced)
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
        self.currency_input.setAccessibleName("Show amounts in")
        self.currency_input.setAccessibleDescription(
            "Currency of every amount in the summary, the chart and the tables"
        )
        currency_label = QLabel("Show amounts &in", self)
        currency_label.setBuddy(self.currency_input)
        main_form.addRow(currency_label, self.currency_input)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setText("S&ource figures (advanced)")
        self.advanced_toggle.setAccessibleName("Source figures (advanced)")
        self.advanced_toggle.setAccessibleDescription(
            "Shows or hides the base-year and latest trade figures the growth is worked out from"
        )
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self._show_advanced(False)

        self.reset_button = QPushButton("Reset to the &article's figures", self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.setAccessibleName("Reset to the article's figures")
        self.reset_button.setAccessibleDescription(
            "Puts every input back to the figures in the source article (Undo brings yours back)"
        )
        self.reset_button.clicked.connect(document.reset_to_source)

        layout = QVBoxLayout(self)
        layout.addLayout(main_form)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.reset_button)
        self.focus_order: list[QWidget] = [
            *(self.fields[spec.field].edit for spec in specs if not spec.advanced),
            self.currency_input,
            self.advanced_toggle,
            *(self.fields[spec.field].edit for spec in specs if spec.advanced),
            self.reset_button,
        ]
        """The panel's controls in the order they are seen, which Tab follows."""
        for before, after in itertools.pairwise(self.focus_order):
            QWidget.setTabOrder(before, after)

        self._labelled = dataset
        self._relabel(dataset)
        document.changed.connect(self.refresh)
        self.refresh()

    def _relabel(self, dataset: Dataset) -> None:
        """The figures behind the advanced inputs can change (a newer figure was added)."""
        base, latest, target = dataset.base, dataset.latest, dataset.target
        # The mnemonic sits in our words, not in the figure's label, which may change.
        base_label, latest_label = (_escaped(f.label) for f in (base, latest))
        texts = {
            "target_value": f"&Target ({_symbol(target.reported_currency)} bn)",
            "base_value": f"{base_label} ({_symbol(base.reported_currency)} &bn, reported)",
            "latest_value": f"{latest_label} ({_symbol(latest.reported_currency)} bn, re&ported)",
            "latest_months": f"Months &covered by the {latest.year} figure",
        }
        for field, text in texts.items():
            if self._labels[field].text() != text:
                self._labels[field].setText(text)
        for field, label in self._labels.items():
            name = _plain(label.text())
            if self.fields[field].edit.accessibleName() != name:
                self.fields[field].edit.setAccessibleName(name)

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


def _escaped(text: str) -> str:
    """A label shown as it is written: a lone & would otherwise become a mnemonic."""
    return text.replace("&", "&&")


def _plain(text: str) -> str:
    """A label's words without its mnemonic marker, as a screen reader should say them."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _symbol(currency: Currency | None) -> str:
    return (currency or Currency.USD).symbol
