"""Reading the rows of a monthly figures file: which column holds what (from the header
row), and each row's month, value, currency and unit, or what is wrong with it."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, translate
from trade_target.core.money import Currency
from trade_target.core.monthly import forms
from trade_target.core.monthly.forms import Descriptor, Role, Scale
from trade_target.core.numbers import parse_decimal
from trade_target.core.shown_text import excerpt

MAX_COLUMNS = 100
MAX_MONTHLY_BILLIONS = 100.0  # more in one month is a unit slip (millions read as billions)
SEPARATORS = (";", "\t", ",")  # tried in this order; the first that gives a header wins
FIELD = "monthly_file"

_THOUSANDS_LOOK = re.compile(r"[+-]?\d{1,3}[.,]\d{3}")


def _cells(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator, skipinitialspace=True), [])
    except csv.Error:
        raise InputError(
            FIELD, translate("Monthly", "A cell is too long to be a month's figure.")
        ) from None


@dataclass(frozen=True)
class RowReader:
    """Which column holds what, and the currency and scale the headings state."""

    separator: str
    width: int
    columns: Mapping[Role, int]
    stated: Descriptor  # by the value columns' headings

    @classmethod
    def read(cls, header: str, line: int) -> RowReader:
        widest = max(header.count(separator) + 1 for separator in SEPARATORS)
        if widest > MAX_COLUMNS:
            raise InputError(
                FIELD,
                translate(
                    "Monthly",
                    "The header (line {line}) has {count} columns; a file of monthly "
                    "figures has a few.",
                ).format(line=line, count=widest),
            )
        for separator in SEPARATORS:
            try:
                cells = _cells(header, separator)
            except InputError:
                break
            layout = cls._of(cells, separator, line)
            if layout is not None:
                return layout
        raise InputError(
            FIELD,
            translate(
                "Monthly",
                "Line {line} is not a header row: it must name a month column (like Month or "
                "Period) and a value column (like Value or Total trade), separated by commas "
                "or semicolons.",
            ).format(line=line),
        )

    @classmethod
    def _of(cls, cells: list[str], separator: str, line: int) -> RowReader | None:
        columns: dict[Role, int] = {}
        described: dict[Role, Descriptor] = {}
        for index, cell in enumerate(cells):
            role, descriptor = forms.heading(cell)
            if role is None:
                continue
            if role in columns:
                raise InputError(
                    FIELD,
                    translate(
                        "Monthly",
                        "The header (line {line}) has two {role} columns, “{first}” and "
                        "“{second}”; keep one.",
                    ).format(
                        line=line,
                        role=_role_words(role),
                        first=excerpt(cells[columns[role]]),
                        second=excerpt(cell),
                    ),
                )
            columns[role] = index
            described[role] = descriptor
        has_value = Role.VALUE in columns or {Role.EXPORTS, Role.IMPORTS} <= columns.keys()
        if Role.PERIOD not in columns or not has_value:
            return None
        values = [Role.VALUE] if Role.VALUE in columns else [Role.EXPORTS, Role.IMPORTS]
        stated = [described[role] for role in values]
        if len({(d.currency, d.scale) for d in stated}) > 1:
            raise InputError(
                FIELD,
                translate(
                    "Monthly",
                    "The exports and imports headings state different currencies or units.",
                ),
            )
        other = next((d.other_currency for d in stated if d.other_currency), "")
        if other:
            raise InputError(FIELD, _other_currency(other))
        descriptor = stated[0]
        if any(d.clash for d in stated):
            raise InputError(
                FIELD,
                translate("Monthly", "The value's heading names two currencies or two units."),
            )
        if (
            descriptor.currency is None
            and Role.CURRENCY not in columns
            and Role.UNIT not in columns
        ):
            raise InputError(
                FIELD,
                translate(
                    "Monthly",
                    "The file does not say which currency the values are in: add a Currency "
                    "column (MYR, RM, USD or US$), or write it in the value's heading, like "
                    "“Value (RM billion)”.",
                ),
            )
        return cls(separator, len(cells), columns, descriptor)

    def figure(self, line: str) -> tuple[int, int, float, Currency] | None:
        """The row's (year, month, value in billions, currency); None for a row of empty
        cells; InputError saying what is wrong."""
        cells = _cells(line, self.separator)
        if not any(cell.strip() for cell in cells):
            return None
        if any(cell.strip() for cell in cells[self.width :]):
            raise InputError(
                FIELD,
                translate(
                    "Monthly",
                    "The row has {count} cells but the header names {width} columns: is a "
                    "decimal comma splitting a value? Put such values in quotes, or separate "
                    "the columns with semicolons.",
                ).format(count=len(cells), width=self.width),
            )
        period = self._cell(cells, Role.PERIOD).strip()
        if Role.YEAR in self.columns:  # a Year column and a Month column of 1–12 or names
            year_text = self._cell(cells, Role.YEAR).strip()
            period = f"{year_text}-{period}" if period.isdigit() else f"{period} {year_text}"
        year, month = forms.period(period)
        currency, scale = self._currency_and_scale(cells)
        if Role.VALUE in self.columns:
            value = _amount(self._cell(cells, Role.VALUE), scale, _VALUE_LABEL)
        else:
            value = _amount(self._cell(cells, Role.EXPORTS), scale, _EXPORTS_LABEL) + _amount(
                self._cell(cells, Role.IMPORTS), scale, _IMPORTS_LABEL
            )
        if value <= 0:
            raise InputError(FIELD, translate("Monthly", "The value must be greater than zero."))
        return year, month, value, currency

    def _cell(self, cells: list[str], role: Role) -> str:
        index = self.columns[role]
        return cells[index] if index < len(cells) else ""

    def _currency_and_scale(self, cells: list[str]) -> tuple[Currency, Scale]:
        said = [self.stated]
        for role in (Role.CURRENCY, Role.UNIT):
            if role in self.columns and self._cell(cells, role).strip():
                said.append(_cell_descriptor(self._cell(cells, role), role is Role.UNIT))
        currencies = {d.currency for d in said if d.currency is not None}
        scales = {d.scale for d in said if d.scale is not None}
        if len(currencies) > 1:
            raise InputError(
                FIELD,
                translate("Monthly", "Two currencies are named for this row: {names}.").format(
                    names=", ".join(sorted(currency.symbol for currency in currencies))
                ),
            )
        if len(scales) > 1:
            raise InputError(
                FIELD,
                translate("Monthly", "Two units are named for this row: {names}.").format(
                    names=", ".join(sorted(scale.words for scale in scales))
                ),
            )
        if not currencies:
            raise InputError(
                FIELD,
                translate("Monthly", "No currency: write MYR, RM, USD or US$."),
            )
        return currencies.pop(), scales.pop() if scales else Scale.BILLIONS


_VALUE_LABEL = QT_TRANSLATE_NOOP("Monthly", "Value")
_EXPORTS_LABEL = QT_TRANSLATE_NOOP("Monthly", "Exports")
_IMPORTS_LABEL = QT_TRANSLATE_NOOP("Monthly", "Imports")
_ROLE_WORDS = {
    Role.PERIOD: QT_TRANSLATE_NOOP("Monthly", "month"),
    Role.YEAR: QT_TRANSLATE_NOOP("Monthly", "year"),
    Role.VALUE: QT_TRANSLATE_NOOP("Monthly", "value"),
    Role.EXPORTS: QT_TRANSLATE_NOOP("Monthly", "exports"),
    Role.IMPORTS: QT_TRANSLATE_NOOP("Monthly", "imports"),
    Role.CURRENCY: QT_TRANSLATE_NOOP("Monthly", "currency"),
    Role.UNIT: QT_TRANSLATE_NOOP("Monthly", "unit"),
}


def _role_words(role: Role) -> str:
    return translate("Monthly", _ROLE_WORDS[role])


def _other_currency(name: str) -> str:
    return translate(
        "Monthly",
        "The values are in {currency}; only US$ and RM figures can be used. Convert them "
        "to one of these first.",
    ).format(currency=name.upper())


def _cell_descriptor(text: str, exponent_allowed: bool) -> Descriptor:
    descriptor = forms.describe(forms.words(text), exponent_allowed)
    if descriptor.other_currency:
        raise InputError(FIELD, _other_currency(descriptor.other_currency))
    if descriptor.unknown or descriptor.clash:
        raise InputError(
            FIELD,
            translate(
                "Monthly",
                "“{text}” is not a currency or unit: write MYR, RM, USD or US$, and if the "
                "values are not in billions, million or thousand.",
            ).format(text=excerpt(text)),
        )
    return descriptor


def _amount(text: str, scale: Scale, label: str) -> float:
    """A cell's amount in billions; InputError for no number, an ambiguous one or an
    implausible one."""
    shown = translate("Monthly", label)
    if not text.strip():
        raise InputError(FIELD, translate("Monthly", "{label}: no figure.").format(label=shown))
    value = parse_decimal(text, FIELD, shown)
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    # In billions 1,930 can only be 1.93; in millions it may be 1930 written with a separator.
    if scale is not Scale.BILLIONS and _THOUSANDS_LOOK.fullmatch(cleaned):
        raise InputError(
            FIELD,
            translate(
                "Monthly",
                "{label}: in {unit}, “{text}” could mean thousands or decimals; write it "
                "without a thousands separator.",
            ).format(label=shown, unit=scale.words, text=excerpt(text)),
        )
    if value < 0:
        raise InputError(
            FIELD, translate("Monthly", "{label}: trade cannot be negative.").format(label=shown)
        )
    billions = value / scale.per_billion
    if billions > MAX_MONTHLY_BILLIONS:
        raise InputError(
            FIELD,
            translate(
                "Monthly",
                "{label}: {amount} billion in one month is far more than this trade; if the "
                "values are in millions, say so in a Unit column or in the heading, like "
                "“Value (RM million)”.",
            ).format(label=shown, amount=number(billions, 0)),
        )
    return billions
