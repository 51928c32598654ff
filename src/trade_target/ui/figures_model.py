"""The figures table: the source's figures and the user's own, editable where it makes sense.

Edits go to the document as undoable commands; a refused entry is reported through
`edit_refused` (the core's message), and the cell keeps its value.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from ..core.dataset import Dataset, Figure, FigureKind
from ..core.errors import InputError
from ..core.money import Currency, convert
from ..core.numbers import parse_decimal, parse_whole
from . import formatting
from .document import ScenarioDocument
from .item_roles import ALIGN, DISPLAY, EDIT, FONT, RIGHT, TOOLTIP, ColumnsModel, Index, italic
from .row_sync import replace_rows

ROLE_WORDS = {"base": "Base year", "latest": "Latest", "target": "Target"}


def _role(dataset: Dataset, figure: Figure) -> str:
    for role, words in ROLE_WORDS.items():
        if getattr(dataset, f"{role}_id") == figure.id:
            return words
    return ""


class FiguresModel(ColumnsModel):
    """One row a figure: as reported, what the sums use it as, the other currency derived."""

    FIGURE, USED_AS, REPORTED, CURRENCY, YEAR, MONTHS, DERIVED, PERIOD, QUOTE = range(9)
    HEADERS = (
        "Figure",
        "Used as",
        "As reported",
        "Currency",
        "Year",
        "Months",
        "Other currency (derived)",
        "Period",
        "Source quote or note",
    )
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        DERIVED: "Converted through the exchange rate you set; not a figure from the source.",
        USED_AS: "Which figures the sums use. “Latest” is the newest trade figure after the "
        "base year: add a newer one and every result follows it.",
    }
    # Column → the figure field an edit changes.
    FIELDS: ClassVar[dict[int, str]] = {
        FIGURE: "label",
        REPORTED: "value",
        CURRENCY: "reported_currency",
        YEAR: "year",
        MONTHS: "months",
        PERIOD: "period",
        QUOTE: "quote",
    }

    edit_refused = Signal(str)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._dataset = document.dataset
        self._rate = document.inputs.exchange_rate
        document.changed.connect(self._on_document_changed)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self._dataset.figures

    def figure_at(self, row: int) -> Figure:
        return self._dataset.figures[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dataset.figures)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(self.figure_at(index.row()), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, figure: Figure, column: int) -> bool:
        if column in (self.FIGURE, self.PERIOD, self.QUOTE):
            return True
        money = figure.kind is FigureKind.MONEY
        if column in (self.REPORTED, self.CURRENCY):
            return money
        if column in (self.YEAR, self.MONTHS):
            return money and figure.year is not None
        return False

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        figure = self.figure_at(index.row())
        column = index.column()
        if role == DISPLAY:
            return self._display(figure, column)
        if role == EDIT:
            return self._edit_text(figure, column)
        if role == TOOLTIP:
            return self._tooltip(figure, column)
        if role == FONT and column == self.DERIVED and figure.kind is FigureKind.MONEY:
            return italic()
        if role == ALIGN and column in (self.YEAR, self.MONTHS):
            return RIGHT
        return None

    def _display(self, figure: Figure, column: int) -> str:
        if column == self.FIGURE:
            return figure.label
        if column == self.USED_AS:
            return _role(self._dataset, figure)
        if column == self.PERIOD:
            return figure.period
        if column == self.QUOTE:
            return f"“{figure.quote}”" if figure.quote else ""
        if column == self.YEAR:
            return "" if figure.year is None else str(figure.year)
        if column == self.MONTHS:
            return "" if figure.months is None else str(figure.months)
        if figure.kind is not FigureKind.MONEY or figure.value is None:
            return figure.text if column == self.REPORTED else "—"
        currency = figure.reported_currency or Currency.USD
        if column == self.CURRENCY:
            return currency.value
        qualifier = f"{figure.qualifier.capitalize()} " if figure.qualifier else ""
        if column == self.REPORTED:
            return f"{qualifier}{currency.symbol}{formatting.number(figure.value, 1)} billion"
        derived = convert(figure.value, currency, currency.other, self._rate)
        return f"≈ {qualifier.lower()}{formatting.money(derived, currency.other)}"

    def _edit_text(self, figure: Figure, column: int) -> str | None:
        """What an editor starts from: the bare value, not the formatted text."""
        if column == self.REPORTED:
            return None if figure.value is None else formatting.rate(figure.value)
        if column == self.QUOTE:
            return figure.quote
        return self._display(figure, column)

    def _tooltip(self, figure: Figure, column: int) -> str | None:
        if column == self.QUOTE:
            citation = self._document.dataset.citation
            if figure.id.startswith("observation_"):
                return f"Added by you: {figure.quote}" if figure.quote else "Added by you."
            return f"“{figure.quote}”\n\n{citation.one_line()}"
        if column == self.REPORTED and figure.kind is FigureKind.MONEY:
            return "Billions, in the currency the source reported. Double-click to correct."
        if column != self.DERIVED:
            return None
        if figure.kind is not FigureKind.MONEY or figure.reported_currency is None:
            return "Not an amount of money: nothing to convert."
        text = (
            f"Derived, not reported: converted at {formatting.rate(self._rate)} RM per US$ "
            "(the rate in the inputs)."
        )
        if figure.article_conversion:
            other = figure.reported_currency.other
            text += (
                f"\nThe article's own conversion: {other.symbol}"
                f"{formatting.number(figure.article_conversion, 2)} billion."
            )
        return text

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or not (self.flags(index) & _EDITABLE):
            return False
        figure = self.figure_at(index.row())
        field = self.FIELDS[index.column()]
        try:
            self._document.edit_figure(figure.id, field, self._parse(field, value))
        except InputError as exc:
            self.edit_refused.emit(exc.message)
            return False
        return True

    @staticmethod
    def _parse(field: str, value: Any) -> Any:
        text = value if isinstance(value, str) else str(value)
        if field == "value":
            return parse_decimal(text, field, "Value")
        if field in ("year", "months"):
            return parse_whole(text, field, "Year" if field == "year" else "Months covered")
        if field == "reported_currency":
            words = text.strip().upper().replace("US$", "USD").replace("RM", "MYR")
            return words
        return text

    def _on_document_changed(self) -> None:
        """Tell views exactly what changed: rows added or removed at the end, cells edited."""
        new = self._document.dataset
        old = self._dataset
        self._rate, rate_changed = (
            self._document.inputs.exchange_rate,
            self._document.inputs.exchange_rate != self._rate,
        )
        if new is old:
            if rate_changed and old.figures:
                last = len(old.figures) - 1
                self.dataChanged.emit(self.index(0, self.DERIVED), self.index(last, self.DERIVED))
            return
        old_ids = [figure.id for figure in old.figures]
        new_ids = [figure.id for figure in new.figures]

        def commit() -> None:
            self._dataset = new

        if replace_rows(self, old_ids, new_ids, commit) and new.figures:
            last = len(new.figures) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, self.columnCount() - 1))


_EDITABLE = Qt.ItemFlag.ItemIsEditable
