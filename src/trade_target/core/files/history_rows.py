"""Reading the rows of an annual history file: the cells, years and amounts both layouts
share, and the plain layout (a year column and a value column, its currency in the heading
or in a column). history_comtrade reads a UN Comtrade export's rows; files/history_csv reads
the file, tells the layouts apart by the header row and pairs a Comtrade export's exports
with its imports; resources/history-format.md documents both layouts.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from enum import Enum

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, translate
from trade_target.core.money import Currency
from trade_target.core.monthly import forms
from trade_target.core.monthly.forms import Role, Scale
from trade_target.core.numbers import parse_decimal
from trade_target.core.shown_text import excerpt

FIELD = "history_file"
FIRST_YEAR = 1950
MAX_COLUMNS = 200  # a Comtrade export has about fifty
MAX_YEAR_BILLIONS = 1000.0  # more in a year is a unit slip (millions or dollars read as billions)
SEPARATORS = (";", "\t", ",")  # tried in this order; the first that gives a header wins
DOLLARS_PER_BILLION = 1e9

_YEAR = re.compile(r"\d{4}(?:\.0+)?")  # 2019, or 2019.0 as a spreadsheet may write it
_EXPONENT = re.compile(r"[+-]?\d+(?:\.\d+)?[eE][+-]?\d+")  # 5.2E+09, as a spreadsheet writes


class Layout(Enum):
    COMTRADE = "comtrade"  # a UN Comtrade data export: one row per year, flow and reporter
    PLAIN = "plain"  # a year column and a value column


class Flow(Enum):
    EXPORTS = "exports"
    IMPORTS = "imports"


@dataclass(frozen=True)
class FlowRow:
    """One flow of one year as one country reports it, in US dollars (Comtrade's unit)."""

    year: int
    reporter: str  # MYS or TUR
    flow: Flow
    dollars: float


@dataclass(frozen=True)
class PlainRow:
    year: int
    value: float  # billions
    currency: Currency


def cells_of(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator, skipinitialspace=True), [])
    except csv.Error:
        raise InputError(
            FIELD, translate("HistoryCsv", "A cell is too long to be a year's figure.")
        ) from None


def fault(text: str) -> InputError:
    return InputError(FIELD, text)


def year_of(text: str, last_year: int) -> int:
    """The year a cell holds, from FIRST_YEAR to `last_year` (the current year)."""
    cleaned = text.strip()
    if not cleaned:
        raise fault(translate("HistoryCsv", "The year is missing."))
    if not _YEAR.fullmatch(cleaned):
        raise fault(
            translate(
                "HistoryCsv", "“{text}” is not a year: write it with four digits, like 2019."
            ).format(text=excerpt(text))
        )
    year = int(cleaned[:4])
    if not FIRST_YEAR <= year <= last_year:
        raise fault(
            translate(
                "HistoryCsv",
                "{year} is not a year of the history: years from {first} to {last} are read "
                "(a year after the current one has no figure yet).",
            ).format(year=year, first=FIRST_YEAR, last=last_year)
        )
    return year


def amount(text: str, shown: str) -> float:
    """A cell's number (plain, with either decimal mark, or with an exponent), at least 0;
    `shown` is the column's name in messages."""
    cleaned = text.strip()
    if not cleaned:
        raise fault(translate("HistoryCsv", "{label}: no figure.").format(label=shown))
    value = float(cleaned) if _EXPONENT.fullmatch(cleaned) else parse_decimal(text, FIELD, shown)
    if not math.isfinite(value):
        raise fault(
            translate("HistoryCsv", "{label}: “{text}” is not a finite number.").format(
                label=shown, text=excerpt(text)
            )
        )
    if value < 0:
        raise fault(
            translate("HistoryCsv", "{label}: trade cannot be negative.").format(label=shown)
        )
    return value


def too_much(shown: str, billions: float, hint: str) -> InputError:
    return fault(
        translate(
            "HistoryCsv",
            "{label}: {amount} billion in one year is far more than this trade; {hint}",
        ).format(label=shown, amount=number(billions, 0), hint=hint)
    )


_VALUE_LABEL = QT_TRANSLATE_NOOP("HistoryCsv", "Value")


@dataclass(frozen=True)
class PlainReader:
    """A year column, a value column and the currency, stated by a heading or a column."""

    separator: str
    width: int
    last_year: int
    year: int
    value: int
    currency: int | None
    stated: Currency | None
    scale: Scale

    @classmethod
    def of(cls, cells: list[str], separator: str, line: int, last_year: int) -> PlainReader | None:
        roles: dict[Role, int] = {}
        described: forms.Descriptor | None = None
        for index, heading in enumerate(cells):
            role, descriptor = forms.heading(heading)
            if role is None and descriptor.currency and not descriptor.unknown:
                role = Role.VALUE  # a heading that is only its currency: "US$ bn", "MYR"
            if role is Role.VALUE and Role.VALUE in roles:
                raise fault(
                    translate(
                        "HistoryCsv",
                        "The header (line {line}) has two value columns, “{first}” and "
                        "“{second}”; keep one.",
                    ).format(line=line, first=excerpt(cells[roles[role]]), second=excerpt(heading))
                )
            if role is Role.VALUE:
                described = descriptor
            if role is not None and role not in roles:
                roles[role] = index
        year = roles.get(Role.YEAR, roles.get(Role.PERIOD))
        if year is None or described is None:
            return None
        if described.other_currency:
            raise fault(_other_currency(described.other_currency))
        if described.clash:
            raise fault(
                translate("HistoryCsv", "The value's heading names two currencies or two units.")
            )
        currency = roles.get(Role.CURRENCY)
        if described.currency is None and currency is None:
            raise fault(
                translate(
                    "HistoryCsv",
                    "The file does not say which currency the values are in: add a Currency "
                    "column (MYR, RM, USD or US$), or write it in the value's heading, like "
                    "“Value (US$ bn)”.",
                )
            )
        scale = described.scale or Scale.BILLIONS
        return cls(
            separator, len(cells), last_year, year, roles[Role.VALUE], currency,
            described.currency, scale,
        )  # fmt: skip

    def row(self, line: str) -> PlainRow:
        cells = width_checked(cells_of(line, self.separator), self.width)
        year = year_of(cell(cells, self.year), self.last_year)
        currency = self._currency(cells)
        value = (
            amount(cell(cells, self.value), translate("HistoryCsv", _VALUE_LABEL))
            / self.scale.per_billion
        )
        if value == 0:
            raise fault(translate("HistoryCsv", "The value must be greater than zero."))
        if value > MAX_YEAR_BILLIONS:
            raise too_much(
                translate("HistoryCsv", _VALUE_LABEL),
                value,
                translate(
                    "HistoryCsv",
                    "values are read as billions: if they are in millions, say so in the "
                    "heading, like “Value (US$ million)”.",
                ),
            )
        return PlainRow(year, value, currency)

    def _currency(self, cells: list[str]) -> Currency:
        text = cell(cells, self.currency).strip() if self.currency is not None else ""
        if not text:
            if self.stated is None:
                raise fault(translate("HistoryCsv", "No currency: write MYR, RM, USD or US$."))
            return self.stated
        descriptor = forms.describe(forms.words(text))
        if descriptor.other_currency:
            raise fault(_other_currency(descriptor.other_currency))
        if descriptor.currency is None or descriptor.unknown or descriptor.clash:
            raise fault(
                translate(
                    "HistoryCsv", "“{text}” is not a currency: write MYR, RM, USD or US$."
                ).format(text=excerpt(text))
            )
        if self.stated is not None and descriptor.currency is not self.stated:
            raise fault(
                translate(
                    "HistoryCsv", "The row says {row}, but the value's heading says {heading}."
                ).format(row=descriptor.currency.symbol, heading=self.stated.symbol)
            )
        return descriptor.currency


def cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def width_checked(cells: list[str], width: int) -> list[str]:
    if any(text.strip() for text in cells[width:]):
        raise fault(
            translate(
                "HistoryCsv",
                "The row has {count} cells but the header names {width} columns: is a "
                "decimal comma splitting a value? Put such values in quotes, or separate "
                "the columns with semicolons.",
            ).format(count=len(cells), width=width)
        )
    return cells


def _other_currency(name: str) -> str:
    return translate(
        "HistoryCsv",
        "The values are in {currency}; only US$ and RM figures can be used. Convert them "
        "to one of these first.",
    ).format(currency=name.upper())
