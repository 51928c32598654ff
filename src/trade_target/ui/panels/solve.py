"""A calculator on top of the scenario: give three of base, target, years and growth, and
it works out the fourth (core.solve), with the answer in one sentence.

It never edits the document. It starts from the current scenario's summary and follows it
while the user has typed nothing; once they type, their figures stay until they take the
scenario's figures again. Amounts are in billions of the document's display currency, and
are converted when that currency changes, so a typed figure never silently changes unit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency, convert
from trade_target.core.numbers import parse_decimal
from trade_target.core.solve import UNKNOWNS, Solution, explain, solve
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel
from trade_target.ui.panels.wrapped_label import WrappedLabel

_LABELS = {
    "base": QT_TRANSLATE_NOOP("SolvePanel", "Base value ({symbol} bn)"),
    "target": QT_TRANSLATE_NOOP("SolvePanel", "Target ({symbol} bn)"),
    "years": QT_TRANSLATE_NOOP("SolvePanel", "Years required"),
    "growth": QT_TRANSLATE_NOOP("SolvePanel", "Growth a year (%)"),
}
"""Each row's radio button, which also labels its field; {symbol} is the display currency.
No mnemonics: the four are one group, reached with Tab and chosen with the arrow keys (the
window's letters are all taken by the controls always on screen)."""

_NAMES = {
    "base": QT_TRANSLATE_NOOP("SolvePanel", "Base value"),
    "target": QT_TRANSLATE_NOOP("SolvePanel", "Target"),
    "years": QT_TRANSLATE_NOOP("SolvePanel", "Years required"),
    "growth": QT_TRANSLATE_NOOP("SolvePanel", "Growth a year"),
}
"""The fields' names, in messages about them and for screen readers."""

_FIELD_DESCRIPTIONS = {
    "base": QT_TRANSLATE_NOOP(
        "SolvePanel",
        "The starting value, in billions of the display currency; "
        "the scenario's is its base-year trade",
    ),
    "target": QT_TRANSLATE_NOOP(
        "SolvePanel", "The value to reach, in billions of the display currency"
    ),
    "years": QT_TRANSLATE_NOOP(
        "SolvePanel", "Years from the base value to the target; fractions are allowed"
    ),
    "growth": QT_TRANSLATE_NOOP(
        "SolvePanel", "Compound growth a year in per cent: type 13.97 for 13.97 %"
    ),
}

_CHOICE_NAMES = {
    "base": QT_TRANSLATE_NOOP("SolvePanel", "Work out the base value"),
    "target": QT_TRANSLATE_NOOP("SolvePanel", "Work out the target"),
    "years": QT_TRANSLATE_NOOP("SolvePanel", "Work out the years required"),
    "growth": QT_TRANSLATE_NOOP("SolvePanel", "Work out the growth a year"),
}

_DECIMALS = {"base": 4, "target": 4, "years": 2, "growth": 2}
"""Places shown; trailing zeros are dropped (5.2, not 5.2000)."""

_OBJECT_NAMES = {
    "base": "solveBase",
    "target": "solveTarget",
    "years": "solveYears",
    "growth": "solveGrowth",
}


def _trimmed(value: float, decimals: int) -> str:
    """`value` as the locale writes it, to `decimals` places, without trailing zeros."""
    text = formatting.number(value, decimals)
    mark = QLocale().decimalPoint()
    text = text.rstrip("0").rstrip(mark) if mark in text else text
    return "0" if text in ("-0", "\u22120") else text


class SolvePanel(QWidget):
    """objectName solvePanel. `fields[key]` and `choices[key]` for key in core.solve.UNKNOWNS
    ("base", "target", "years", "growth"); the growth field is in per cent."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("solvePanel")
        self._document = document
        self._currency: Currency = document.currency
        self._following = True
        self._shown: dict[str, tuple[str, float]] = {}
        """Per field, the text the panel wrote and the unrounded value behind it, so an
        answer used as a given is used at full precision."""
        self.solution: Solution | None = None
        """The last answer, or None while the entries have none."""

        self.intro = WrappedLabel(self)
        self.intro.setObjectName("solveIntro")
        muted(self.intro)
        self.heading = QLabel(self)
        self.heading.setObjectName("solveHeading")
        muted(self.heading)

        self.choices: dict[str, QRadioButton] = {}
        self.fields: dict[str, QLineEdit] = {}
        self._group = QButtonGroup(self)
        grid = QGridLayout()
        grid.addWidget(self.heading, 0, 0)
        for row, key in enumerate(UNKNOWNS, start=1):
            choice = QRadioButton(self)
            choice.setObjectName(f"{_OBJECT_NAMES[key]}Choice")
            field = QLineEdit(self)
            field.setObjectName(f"{_OBJECT_NAMES[key]}Input")
            self._group.addButton(choice, row)
            grid.addWidget(choice, row, 0)
            grid.addWidget(field, row, 1)
            self.choices[key] = choice
            self.fields[key] = field
            field.textEdited.connect(self._on_edited)
            choice.toggled.connect(self._on_choice_toggled)
        grid.setColumnStretch(1, 1)

        self.message = MessageLabel(self, "solveMessage")
        self.message.hide()
        self.sentence = WrappedLabel(self)
        self.sentence.setObjectName("solveSentence")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.from_scenario_button = QPushButton(self)
        self.from_scenario_button.setObjectName("solveFromScenario")
        self.from_scenario_button.clicked.connect(self.fill_from_scenario)

        buttons = QHBoxLayout()
        buttons.addWidget(self.from_scenario_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.choices["growth"].setChecked(True)
        document.changed.connect(self._on_document_changed)
        self._fill(document)
        self.retranslate()

    # --- What the window needs ------------------------------------------------------------------

    @property
    def unknown(self) -> str:
        """The quantity being worked out: "base", "target", "years" or "growth"."""
        return next(key for key, choice in self.choices.items() if choice.isChecked())

    def set_unknown(self, key: str) -> None:
        self.choices[key].setChecked(True)

    @property
    def focus_order(self) -> list[QWidget]:
        """The controls in reading order, for the window's tab order."""
        order: list[QWidget] = []
        for key in UNKNOWNS:
            order += [self.choices[key], self.fields[key]]
        return [*order, self.from_scenario_button]

    def fill_from_scenario(self) -> None:
        """Take the current scenario's figures again and follow the scenario from now on."""
        self._following = True
        self._fill(self._document)
        self._recompute()

    # --- Texts ----------------------------------------------------------------------------------

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed; numbers in its locale."""
        self.setAccessibleName(translate("SolvePanel", "Solve"))
        self.intro.setText(
            translate(
                "SolvePanel",
                "A calculator: give three of the four and it works out the one you choose. "
                "It does not change the scenario.",
            )
        )
        self.heading.setText(translate("SolvePanel", "Choose the one to work out:"))
        self._relabel()
        for key in UNKNOWNS:
            self.choices[key].setAccessibleName(translate("SolvePanel", _CHOICE_NAMES[key]))
            self.choices[key].setAccessibleDescription(
                translate(
                    "SolvePanel",
                    "Choose the one to work out from the other three; its field shows the answer",
                )
            )
            self.fields[key].setAccessibleDescription(
                translate("SolvePanel", _FIELD_DESCRIPTIONS[key])
            )
        self.message.setAccessibleName(translate("SolvePanel", "Problem with the entries"))
        self.sentence.setAccessibleName(translate("SolvePanel", "The answer in words"))
        self.sentence.setAccessibleDescription(
            translate("SolvePanel", "The unknown worked out from the other three, as a sentence")
        )
        self.from_scenario_button.setText(translate("SolvePanel", "Ta&ke the scenario's figures"))
        self.from_scenario_button.setAccessibleName(
            translate("SolvePanel", "Take the scenario's figures")
        )
        self.from_scenario_button.setAccessibleDescription(
            translate(
                "SolvePanel",
                "Fills in the base value, target, years and growth of the current scenario "
                "and follows the scenario until you type",
            )
        )
        self._write_again()
        self._recompute()

    def _relabel(self) -> None:
        """The row labels name the display currency, so they change with it too."""
        for key in UNKNOWNS:
            text = translate("SolvePanel", _LABELS[key]).format(symbol=self._currency.symbol)
            self.choices[key].setText(text)
            self.fields[key].setAccessibleName(text.replace("&", ""))

    def _write_again(self) -> None:
        """Numbers the panel wrote, written again as the locale now writes them."""
        for key, (text, value) in list(self._shown.items()):
            if self.fields[key].text() == text:
                self._write(key, value)

    # --- Values ---------------------------------------------------------------------------------

    def _write(self, key: str, value: float) -> None:
        """Show `value` (growth in per cent) and remember it unrounded."""
        text = _trimmed(value, _DECIMALS[key])
        self.fields[key].setText(text)
        self._shown[key] = (text, value)

    def _read(self, key: str) -> float:
        """The field's number (growth as a fraction); InputError naming it if unreadable."""
        text = self.fields[key].text()
        shown = self._shown.get(key)
        if shown is not None and shown[0] == text:
            value = shown[1]
        else:
            name = translate("SolvePanel", _NAMES[key])
            if key == "growth":
                text = text.strip().removesuffix("%")
            value = parse_decimal(text, key, name)
        return value / 100 if key == "growth" else value

    def _fill(self, document: ScenarioDocument) -> None:
        summary = document.summary
        self._currency = document.currency
        self._write("base", summary.in_currency(summary.base_usd, self._currency))
        self._write("target", summary.in_currency(summary.target_usd, self._currency))
        self._write("years", float(summary.inputs.years_to_target))
        self._write("growth", summary.required_growth * 100)

    def _on_document_changed(self) -> None:
        if self._following:
            self._fill(self._document)
        elif self._document.currency is not self._currency:
            self._convert_amounts(self._document.currency)
        self._relabel()
        self._recompute()

    def _convert_amounts(self, currency: Currency) -> None:
        """The typed amounts in the new display currency, at the scenario's rate."""
        rate = self._document.summary.exchange_rate
        for key in ("base", "target"):
            try:
                value = self._read(key)
            except InputError:
                continue  # not a number: nothing to convert, the message stays
            self._write(key, convert(value, self._currency, currency, rate))
        self._currency = currency

    def _on_edited(self, _text: str) -> None:
        self._following = False
        self._recompute()

    def _on_choice_toggled(self, checked: bool) -> None:
        if checked:
            self._recompute()

    def _recompute(self) -> None:
        unknown = self.unknown
        for key, field in self.fields.items():
            field.setReadOnly(key == unknown)
            font = QFont(field.font())
            font.setBold(key == unknown)
            field.setFont(font)
        try:
            given = {key: None if key == unknown else self._read(key) for key in UNKNOWNS}
            solution = solve(given["base"], given["target"], given["years"], given["growth"])
        except InputError as exc:
            self._show_problem(exc.message)
            return
        self.solution = solution
        answer = getattr(solution, unknown)
        self._write(unknown, answer * 100 if unknown == "growth" else answer)
        self.message.clear()
        self.message.hide()
        self.sentence.setText(explain(solution, self._currency))

    def _show_problem(self, text: str) -> None:
        """The message under the fields; no answer and no sentence while it stands."""
        self.solution = None
        unknown = self.unknown
        self.fields[unknown].clear()
        self._shown.pop(unknown, None)
        self.sentence.clear()
        self.message.setText(text)
        self.message.show()
