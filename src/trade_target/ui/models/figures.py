"""The figures table: the source's figures and the user's own, editable where it makes sense.

Edits go to the document as undoable commands; a refused entry is reported through
`edit_refused` (the core's message), and the cell keeps its value.

The figures' labels, periods and texts are the dataset's, shown through `shown` (a
translation where the dataset's English has one); the article's quotes are shown as the
article wrote them, in English, and marked as such.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from trade_target.core.dataset import Dataset, Figure, FigureKind, shown
from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency, convert
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.roles import (
    ALIGN,
    CHECK,
    DISPLAY,
    EDIT,
    FONT,
    RIGHT,
    TOOLTIP,
    ColumnsModel,
    Index,
    italic,
)
from trade_target.ui.models.row_sync import replace_rows

ROLE_WORDS = {
    "base": QT_TRANSLATE_NOOP("FiguresModel", "Base year"),
    "latest": QT_TRANSLATE_NOOP("FiguresModel", "Latest"),
    "target": QT_TRANSLATE_NOOP("FiguresModel", "Target"),
}


def _role(dataset: Dataset, figure: Figure) -> str:
    for role, words in ROLE_WORDS.items():
        if getattr(dataset, f"{role}_id") == figure.id:
            return translate("FiguresModel", words)
    return ""


class FiguresModel(ColumnsModel):
    """One row a figure: as reported, what the sums use it as, the other currency derived."""

    FIGURE, USED_AS, REPORTED, CURRENCY, YEAR, MONTHS, DERIVED, PERIOD, QUOTE = range(9)
    PARTNER, PARTNER_SOURCE, USE_PARTNER, DIFFERENCE, PREVIOUS_SAME = range(9, 14)
    CONTEXT = "FiguresModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresModel", "Figure"),
        QT_TRANSLATE_NOOP("FiguresModel", "Used as"),
        QT_TRANSLATE_NOOP("FiguresModel", "As reported"),
        QT_TRANSLATE_NOOP("FiguresModel", "Currency"),
        QT_TRANSLATE_NOOP("FiguresModel", "Year"),
        QT_TRANSLATE_NOOP("FiguresModel", "Months"),
        QT_TRANSLATE_NOOP("FiguresModel", "Other currency (derived)"),
        QT_TRANSLATE_NOOP("FiguresModel", "Period"),
        QT_TRANSLATE_NOOP("FiguresModel", "Source quote or note"),
        QT_TRANSLATE_NOOP("FiguresModel", "Partner's value"),
        QT_TRANSLATE_NOOP("FiguresModel", "Partner's source"),
        QT_TRANSLATE_NOOP("FiguresModel", "Use partner's"),
        QT_TRANSLATE_NOOP("FiguresModel", "Partner vs reporter"),
        QT_TRANSLATE_NOOP("FiguresModel", "Previous year, same months"),
    )
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        DERIVED: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "Converted through the exchange rate you set; not a figure from the source.",
        ),
        USED_AS: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "Which figures the sums use. “Latest” is the newest trade figure after the "
            "base year: add a newer one and every result follows it.",
        ),
        QUOTE: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "The article's own words, quoted in the original English, or your note on a "
            "figure you added.",
        ),
        PARTNER: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "The same trade as the partner country's statistics report it (Türkiye's exports "
            "to Malaysia are Malaysia's imports from Türkiye), in the same currency and "
            "period. Double-click to enter; clear it to remove.",
        ),
        USE_PARTNER: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "Tick to make the sums use the partner's value instead of the reporter's.",
        ),
        DIFFERENCE: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "How far the partner's value is from the reporter's, as a share of the reporter's.",
        ),
        PREVIOUS_SAME: QT_TRANSLATE_NOOP(
            "FiguresModel",
            "For the latest figure: the previous year's trade over the same months, which "
            "same-period annualisation needs.",
        ),
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
        PARTNER: "partner_value",
        PARTNER_SOURCE: "partner_source",
        USE_PARTNER: "use_partner",
        PREVIOUS_SAME: "previous_same_period",
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

    @qt_guard(fallback=0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dataset.figures)

    @qt_guard(fallback=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        figure = self.figure_at(index.row())
        if index.column() == self.USE_PARTNER:
            if figure.partner_value is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            return flags
        if self._editable(figure, index.column()):
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
        if column in (self.PARTNER, self.PARTNER_SOURCE, self.PREVIOUS_SAME):
            return money
        return False

    @qt_guard
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        figure = self.figure_at(index.row())
        column = index.column()
        if column >= self.PARTNER:
            return self._second_data(figure, column, role)
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
            return shown(figure.label)
        if column == self.USED_AS:
            return _role(self._dataset, figure)
        if column == self.PERIOD:
            return shown(figure.period)
        if column == self.QUOTE:
            return self._quoted(figure) if figure.quote else ""
        if column == self.YEAR:
            return "" if figure.year is None else str(figure.year)
        if column == self.MONTHS:
            return "" if figure.months is None else str(figure.months)
        if figure.kind is not FigureKind.MONEY or figure.value is None:
            return shown(figure.text) if column == self.REPORTED else "—"
        currency = figure.reported_currency or Currency.USD
        if column == self.CURRENCY:
            return currency.value
        qualifier = shown(figure.qualifier) if figure.qualifier else ""
        if column == self.REPORTED:
            amount = formatting.number(figure.value, 1)
            if qualifier:
                return translate("FiguresModel", "{qualifier} {symbol}{amount} billion").format(
                    qualifier=qualifier[:1].upper() + qualifier[1:],
                    symbol=currency.symbol,
                    amount=amount,
                )
            return translate("FiguresModel", "{symbol}{amount} billion").format(
                symbol=currency.symbol, amount=amount
            )
        derived = formatting.money(
            convert(figure.value, currency, currency.other, self._rate), currency.other
        )
        if qualifier:
            return translate("FiguresModel", "≈ {qualifier} {amount}").format(
                qualifier=qualifier.lower(), amount=derived
            )
        return translate("FiguresModel", "≈ {amount}").format(amount=derived)

    def _second_data(self, figure: Figure, column: int, role: int) -> Any:
        """The partner's value, the choice between the two, their difference, and the
        previous year's same months."""
        money = figure.kind is FigureKind.MONEY and figure.reported_currency is not None
        if role == TOOLTIP:
            return (
                translate(self.CONTEXT, self.HEADER_TIPS[column])
                if column in self.HEADER_TIPS
                else None
            )
        if role == ALIGN and column in (self.PARTNER, self.DIFFERENCE, self.PREVIOUS_SAME):
            return RIGHT
        if column == self.USE_PARTNER:
            if role == CHECK and figure.partner_value is not None:
                return Qt.CheckState.Checked if figure.use_partner else Qt.CheckState.Unchecked
            return None
        if role not in (DISPLAY, EDIT):
            return None
        if column == self.PARTNER_SOURCE:
            return figure.partner_source
        if not money:
            return "" if role == EDIT else "—"
        currency = figure.reported_currency or Currency.USD
        value = figure.partner_value if column == self.PARTNER else figure.previous_same_period
        if column == self.DIFFERENCE:
            difference = figure.partner_difference
            return "" if difference is None else formatting.percent(difference, 1)
        if value is None:
            return ""
        if role == EDIT:
            return formatting.rate(value)
        return translate("FiguresModel", "{symbol}{amount} billion").format(
            symbol=currency.symbol, amount=formatting.number(value, 2)
        )

    def _quoted(self, figure: Figure) -> str:
        """The source's words as it wrote them (English); the user's note as typed."""
        if _added_by_user(figure):
            return f"“{figure.quote}”"
        return translate(
            "FiguresModel",
            "“{quote}”",
            "the article's words, always shown in the original English; a translation "
            "may say so, e.g. “{quote}” (in English)",
        ).format(quote=figure.quote)

    def _edit_text(self, figure: Figure, column: int) -> str | None:
        """What an editor starts from: the bare value, not the formatted text."""
        if column == self.REPORTED:
            return None if figure.value is None else formatting.rate(figure.value)
        if column == self.QUOTE:
            return figure.quote
        return self._display(figure, column)

    def _tooltip(self, figure: Figure, column: int) -> str | None:
        if column == self.QUOTE:
            if _added_by_user(figure):
                if figure.quote:
                    return translate("FiguresModel", "Added by you: {note}").format(
                        note=figure.quote
                    )
                return translate("FiguresModel", "Added by you.")
            citation = self._document.dataset.citation
            return translate(
                "FiguresModel",
                "“{quote}”\n\n{citation}",
                "the article's words in the original English, then where they were published",
            ).format(quote=figure.quote, citation=citation.one_line())
        if column == self.REPORTED and figure.kind is FigureKind.MONEY:
            return translate(
                "FiguresModel",
                "Billions, in the currency the source reported. Double-click to correct.",
            )
        if column != self.DERIVED:
            return None
        if figure.kind is not FigureKind.MONEY or figure.reported_currency is None:
            return translate("FiguresModel", "Not an amount of money: nothing to convert.")
        text = translate(
            "FiguresModel",
            "Derived, not reported: converted at {rate} RM per US$ (the rate in the inputs).",
        ).format(rate=formatting.rate(self._rate))
        if figure.article_conversion:
            other = figure.reported_currency.other
            text += "\n" + translate(
                "FiguresModel", "The article's own conversion: {symbol}{amount} billion."
            ).format(symbol=other.symbol, amount=formatting.number(figure.article_conversion, 2))
        return text

    @qt_guard(fallback=False)
    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role == CHECK and index.isValid() and index.column() == self.USE_PARTNER:
            figure = self.figure_at(index.row())
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            try:
                self._document.edit_figure(figure.id, "use_partner", checked)
            except InputError as exc:
                self.edit_refused.emit(exc.message)
                return False
            return True
        if role != EDIT or not index.isValid() or not (self.flags(index) & _EDITABLE):
            return False
        figure = self.figure_at(index.row())
        field = self.FIELDS[index.column()]
        if field in ("label", "period") and _unchanged_shown(getattr(figure, field), value):
            return True  # the editor started from the translation and was left as it was
        try:
            self._document.edit_figure(figure.id, field, self._parse(field, value))
        except InputError as exc:
            self.edit_refused.emit(exc.message)
            return False
        return True

    @staticmethod
    def _parse(field: str, value: Any) -> Any:
        text = value if isinstance(value, str) else str(value)
        if field in ("partner_value", "previous_same_period"):
            if not text.strip():
                return None  # cleared
            return parse_decimal(text, field, translate("FiguresModel", "Value"))
        if field == "value":
            return parse_decimal(text, field, translate("FiguresModel", "Value"))
        if field == "year":
            return parse_whole(text, field, translate("FiguresModel", "Year"))
        if field == "months":
            return parse_whole(text, field, translate("FiguresModel", "Months covered"))
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


def _added_by_user(figure: Figure) -> bool:
    return figure.id.startswith("observation_")


def _unchanged_shown(stored: str, entered: Any) -> bool:
    """An entry that is the stored English text's translation, left as the editor began."""
    return isinstance(entered, str) and entered != stored and entered == shown(stored)
