"""The inputs: exchange rate, years to target, target, currency, and the source figures."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
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

from trade_target.core import annualise
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset, shown
from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.scenario import YEARS_MAX, YEARS_MIN
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.input_fields import SPECS, amount, parser
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel
from trade_target.ui.panels.number_field import NumberField
from trade_target.ui.panels.wrapped_label import WrappedLabel

_METHODS = {
    Annualisation.RUN_RATE: QT_TRANSLATE_NOOP("InputsPanel", "Run-rate (× 12/months)"),
    Annualisation.SAME_PERIOD: QT_TRANSLATE_NOOP("InputsPanel", "Same months a year earlier"),
    Annualisation.TRAILING_12: QT_TRANSLATE_NOOP("InputsPanel", "Trailing twelve months"),
}


class InputsPanel(QGroupBox):
    """Sends each good entry to the document; shows the document's values when it changes."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputsPanel")
        self._document = document
        dataset = document.dataset
        self._labels: dict[str, QLabel] = {}

        self.fields: dict[str, NumberField] = {}
        main_form = QFormLayout()
        self.advanced_box = QWidget(self)
        self.advanced_box.setObjectName("advancedInputs")
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        # The advanced labels name a figure ("Bilateral trade, 2024 (US$ bn, reported)"),
        # long in any language: each sits above its field, across the panel's width.
        advanced_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in SPECS:
            field = NumberField(
                spec.object_name,
                parser(spec),
                spec.format_value,
                spec.step,
                self,
                check=self._checker(spec.field),
            )
            field.submitted.connect(self._submitter(spec.field, field))
            label = WrappedLabel(self) if spec.advanced else QLabel(self)
            self._labels[spec.field] = label
            label.setBuddy(field.edit)
            # Short labels stay on one line (with a mnemonic, a wrapping label is measured
            # too narrow); the advanced ones name a figure and may need two.
            label.setWordWrap(spec.advanced)
            label.setContentsMargins(0, 0, 2, 0)  # a closing ")" keeps its last pixel column
            (advanced_form if spec.advanced else main_form).addRow(label, field)
            self.fields[spec.field] = field

        self.rate_hint = self._hint()
        main_form.insertRow(1, "", self.rate_hint)
        self.years_hint = self._hint()
        main_form.insertRow(3, "", self.years_hint)

        self.currency_input = QComboBox(self)
        self.currency_input.setObjectName("displayCurrencyInput")
        for currency in Currency:
            self.currency_input.addItem(f"{currency.symbol} ({currency.value})", currency.value)
        self.currency_input.currentIndexChanged.connect(self._on_currency_chosen)
        self.currency_label = QLabel(self)
        self.currency_label.setBuddy(self.currency_input)
        main_form.addRow(self.currency_label, self.currency_input)

        # How the latest part year becomes a full year (with the figures it needs).
        self.annualisation_input = QComboBox(self)
        self.annualisation_input.setObjectName("annualisationInput")
        for method in Annualisation:
            self.annualisation_input.addItem("", method.value)
        self.annualisation_input.currentIndexChanged.connect(self._on_annualisation_chosen)
        self.annualisation_label = QLabel(self)
        self.annualisation_label.setBuddy(self.annualisation_input)
        self.annualisation_label.setContentsMargins(0, 0, 2, 0)
        self.annualisation_message = MessageLabel(self, "annualisationMessage")
        self.annualisation_message.hide()
        advanced_form.addRow(self.annualisation_label, self.annualisation_input)
        advanced_form.addRow(self.annualisation_message)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self._show_advanced(False)

        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(document.reset_to_source)

        layout = QVBoxLayout(self)
        layout.addLayout(main_form)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced_box)
        layout.addWidget(self.reset_button)
        self.focus_order: list[QWidget] = [
            *(self.fields[spec.field].edit for spec in SPECS if not spec.advanced),
            self.currency_input,
            self.advanced_toggle,
            *(self.fields[spec.field].edit for spec in SPECS if spec.advanced),
            self.annualisation_input,
            self.reset_button,
        ]
        """The panel's controls in the order they are seen, which Tab follows."""
        for before, after in itertools.pairwise(self.focus_order):
            QWidget.setTabOrder(before, after)

        self._labelled = dataset
        document.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Every text again, in the language now installed (on a LanguageChange). What is
        typed in the fields stays; each field words its own message and numbers again."""
        self.setTitle(translate("InputsPanel", "Inputs"))
        for spec in SPECS:
            self.fields[spec.field].edit.setAccessibleDescription(
                translate(
                    "InputsPanel", "{description}. Up and Down arrows step the value."
                ).format(description=translate("InputsPanel", spec.description))
            )
            if spec.label:
                self._labels[spec.field].setText(translate("InputsPanel", spec.label))

        source_latest = self._document.source.latest
        self.rate_hint.setText(
            translate(
                "InputsPanel",
                "Default: the rate the article's own figures imply "
                "(RM{ringgit} bn = US${dollars} bn).",
            ).format(
                ringgit=amount(source_latest.value or 0),
                dollars=amount(source_latest.article_conversion or 0),
            )
        )

        self.currency_input.setAccessibleName(translate("InputsPanel", "Show amounts in"))
        self.currency_input.setAccessibleDescription(
            translate(
                "InputsPanel", "Currency of every amount in the summary, the chart and the tables"
            )
        )
        self.currency_label.setText(translate("InputsPanel", "Show amounts &in"))

        self.annualisation_label.setText(translate("InputsPanel", "&Whole-year estimate"))
        self.annualisation_input.setAccessibleName(translate("InputsPanel", "Whole-year estimate"))
        self.annualisation_input.setAccessibleDescription(
            translate(
                "InputsPanel",
                "How the latest part-year figure is made a full year: run-rate, growth over "
                "the same months a year earlier, or the trailing twelve months",
            )
        )
        for index, method in enumerate(Annualisation):
            self.annualisation_input.setItemText(index, translate("InputsPanel", _METHODS[method]))
        self._show_methods()

        self.advanced_toggle.setText(translate("InputsPanel", "S&ource figures (advanced)"))
        self.advanced_toggle.setAccessibleName(
            translate("InputsPanel", "Source figures (advanced)")
        )
        self.advanced_toggle.setAccessibleDescription(
            translate(
                "InputsPanel",
                "Shows or hides the base-year and latest trade figures the growth is worked "
                "out from",
            )
        )

        self.reset_button.setText(translate("InputsPanel", "Reset to the &article's figures"))
        self.reset_button.setAccessibleName(
            translate("InputsPanel", "Reset to the article's figures")
        )
        self.reset_button.setAccessibleDescription(
            translate(
                "InputsPanel",
                "Puts every input back to the figures in the source article (Undo brings "
                "yours back)",
            )
        )

        self._relabel(self._labelled)
        self._show_target_year()

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _relabel(self, dataset: Dataset) -> None:
        """The figures behind the advanced inputs can change (a newer figure was added)."""
        base, latest, target = dataset.base, dataset.latest, dataset.target
        # The mnemonic sits in our words, not in the figure's label, which may change.
        base_label, latest_label = (_escaped(shown(f.label)) for f in (base, latest))
        texts = {
            "target_value": translate("InputsPanel", "&Target ({symbol} bn)").format(
                symbol=_symbol(target.reported_currency)
            ),
            "base_value": translate("InputsPanel", "{figure} ({symbol} &bn, reported)").format(
                figure=base_label, symbol=_symbol(base.reported_currency)
            ),
            "latest_value": translate("InputsPanel", "{figure} ({symbol} bn, re&ported)").format(
                figure=latest_label, symbol=_symbol(latest.reported_currency)
            ),
            "latest_months": translate(
                "InputsPanel", "Months &covered by the {year} figure"
            ).format(year=latest.year),
        }
        for field, text in texts.items():
            if self._labels[field].text() != text:
                self._labels[field].setText(text)
        for field, label in self._labels.items():
            name = _plain(label.text())
            if self.fields[field].edit.accessibleName() != name:
                self.fields[field].edit.setAccessibleName(name)

    def _hint(self) -> QLabel:
        hint = WrappedLabel(self)
        muted(hint)
        return hint

    def _submitter(self, name: str, field: NumberField) -> Callable[[object, int], None]:
        def submit(value: object, merge_token: int) -> None:
            try:
                self._document.edit_input(name, value, merge_token)
            except InputError as exc:
                field.show_error(exc.message)

        return submit

    def _checker(self, name: str) -> Callable[[float], None]:
        """Whether the document would take `value` for the input (raises InputError if not)."""

        def check(value: float) -> None:
            # Computed too: inputs each fine alone can be too far apart together.
            self._document.workbook.edit_current(name, value).scenario.summary()

        return check

    def _on_currency_chosen(self, index: int) -> None:
        self._document.set_currency(Currency(self.currency_input.itemData(index)))

    def _on_annualisation_chosen(self, index: int) -> None:
        method = Annualisation(self.annualisation_input.itemData(index))
        try:
            self._document.set_annualisation(method)
        except InputError as exc:
            self.annualisation_message.setText(exc.message)
            self.annualisation_message.show()
            self._show_methods()
            return
        self.annualisation_message.hide()

    def _show_methods(self) -> None:
        """The scenario's method chosen; the ones its figures do not allow greyed out, with
        what they need as their tooltip."""
        summary = self._document.summary
        dataset = self._document.dataset
        model = self.annualisation_input.model()
        for index, method in enumerate(Annualisation):
            why = annualise.unavailable(
                method, dataset, summary.latest_months, summary.exchange_rate
            )
            item = model.item(index)  # type: ignore[attr-defined]
            item.setEnabled(why is None)
            self.annualisation_input.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)
        with QSignalBlocker(self.annualisation_input):
            self.annualisation_input.setCurrentIndex(
                self.annualisation_input.findData(summary.annualisation.value)
            )

    def _show_advanced(self, visible: bool) -> None:
        self.advanced_box.setVisible(visible)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        )

    def refresh(self) -> None:
        inputs = self._document.inputs
        for name, field in self.fields.items():
            field.set_value(getattr(inputs, name))
        dataset = self._document.dataset
        if dataset is not self._labelled:
            self._labelled = dataset
            self._relabel(dataset)
        self._show_target_year()
        with QSignalBlocker(self.currency_input):
            self.currency_input.setCurrentIndex(
                self.currency_input.findData(self._document.currency.value)
            )
        self._show_methods()

    def _show_target_year(self) -> None:
        summary = self._document.summary
        self.years_hint.setText(
            translate(
                "InputsPanel",
                "Target year {target_year}. An assumption: the source states no deadline "
                "({min}–{max} years from {base_year}).",
            ).format(
                target_year=summary.target_year,
                min=YEARS_MIN,
                max=YEARS_MAX,
                base_year=summary.base_year,
            )
        )


def _escaped(text: str) -> str:
    """A label shown as it is written: a lone & would otherwise become a mnemonic."""
    return text.replace("&", "&&")


def _plain(text: str) -> str:
    """A label's words without its mnemonic marker, as a screen reader should say them."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _symbol(currency: Currency | None) -> str:
    return (currency or Currency.USD).symbol
