"""Reading the rows of a UN Comtrade data export: which columns say which trade a row is
(year, reporter, partner, flow) and its value in US dollars.

An export may hold rows about other trade: other partners, re-exports, services, single
commodities, breakdowns by customs procedure or transport. Added to the total they would
count trade twice, so such a row is left out (the reader returns None) and not listed as a
fault: the export is right, it only says more than the history needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trade_target.core.files.history_rows import (
    DOLLARS_PER_BILLION,
    MAX_YEAR_BILLIONS,
    Flow,
    FlowRow,
    amount,
    cell,
    cells_of,
    fault,
    too_much,
    width_checked,
    year_of,
)
from trade_target.core.history import MALAYSIA, TURKIYE
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.monthly import forms
from trade_target.core.shown_text import excerpt


def key(heading: str) -> str:
    """A heading as compared: letters and digits only, lower case, without accents
    ("Trade Value (US$)" → "tradevalueus", "refYear" → "refyear")."""
    return re.sub(r"[^a-z0-9]", "", forms.simplified(heading))


# Each role's headings, the first present wins: Comtrade Plus first, then the legacy export's.
_COMTRADE = {
    "year": ("refyear", "year", "period"),
    "flow": ("flowcode", "flowdesc", "tradeflowcode", "tradeflow"),
    "reporter": ("reporteriso", "reportercode", "reporterdesc", "reporter"),
    "partner": ("partneriso", "partnercode", "partnerdesc", "partner"),
    "value": ("primaryvalue", "tradevalueus", "tradevalue"),
}
FLOW_HEADINGS = frozenset(_COMTRADE["flow"])
# Breakdowns a Comtrade export may carry: a row counts only with the value meaning "all"
# (or an empty cell).
_ALL_OF_IT = {
    "typecode": {"c"},  # goods (S is services)
    "cmdcode": {"total"},
    "commoditycode": {"total"},
    "partner2code": {"0"},
    "partner2iso": {"w00", "wld"},
    "customscode": {"c00"},
    "motcode": {"0"},
}
_FLOWS = {
    **dict.fromkeys(("x", "export", "exports", "2"), Flow.EXPORTS),
    **dict.fromkeys(("m", "import", "imports", "1"), Flow.IMPORTS),
}  # "1" and "2" are the legacy export's trade flow codes
_COUNTRIES = {
    **dict.fromkeys(("mys", "458", "malaysia", "malezya"), MALAYSIA),
    **dict.fromkeys(("tur", "792", "turkiye", "turkey", "turki"), TURKIYE),
}
_ROLE_WORDS = {
    "year": QT_TRANSLATE_NOOP("HistoryCsv", "year (refYear)"),
    "flow": QT_TRANSLATE_NOOP("HistoryCsv", "flow (flowCode)"),
    "reporter": QT_TRANSLATE_NOOP("HistoryCsv", "reporter (reporterISO)"),
    "partner": QT_TRANSLATE_NOOP("HistoryCsv", "partner (partnerISO)"),
    "value": QT_TRANSLATE_NOOP("HistoryCsv", "trade value (primaryValue)"),
}


_TRADE_VALUE_LABEL = QT_TRANSLATE_NOOP("HistoryCsv", "Trade value")


@dataclass(frozen=True)
class ComtradeReader:
    """The columns of a UN Comtrade export that say which trade a row is, and its value."""

    separator: str
    width: int
    last_year: int
    columns: dict[str, int]  # role → column
    breakdowns: dict[int, set[str]]  # column → the values that mean "all of it"
    frequency: int | None  # the freqCode column

    @classmethod
    def of(cls, cells: list[str], separator: str, line: int, last_year: int) -> ComtradeReader:
        keys = [key(cell) for cell in cells]
        columns: dict[str, int] = {}
        for role, headings in _COMTRADE.items():
            found = next((keys.index(name) for name in headings if name in keys), None)
            if found is not None:
                columns[role] = found
        missing = [role for role in _COMTRADE if role not in columns]
        if missing:
            raise fault(
                translate(
                    "HistoryCsv",
                    "The header (line {line}) names a flow, as a UN Comtrade export does, but "
                    "no {columns} column: export the data again with every column.",
                ).format(
                    line=line,
                    columns=", ".join(translate("HistoryCsv", _ROLE_WORDS[r]) for r in missing),
                )
            )
        breakdowns = {i: _ALL_OF_IT[name] for i, name in enumerate(keys) if name in _ALL_OF_IT}
        frequency = keys.index("freqcode") if "freqcode" in keys else None
        return cls(separator, len(cells), last_year, columns, breakdowns, frequency)

    def row(self, line: str) -> FlowRow | None:
        """The row's flow; None for a row about other trade; InputError saying what is wrong."""
        cells = width_checked(cells_of(line, self.separator), self.width)
        reporter = self._country(cells, "reporter")
        partner = self._country(cells, "partner")
        if {reporter, partner} != {MALAYSIA, TURKIYE}:
            return None
        if any(
            cell(cells, i).strip().casefold() not in ("", *alls)
            for i, alls in self.breakdowns.items()
        ):
            return None
        flow_text = cell(cells, self.columns["flow"])
        if not flow_text.strip():
            raise fault(translate("HistoryCsv", "The flow is missing: write X or M."))
        flow = _FLOWS.get(forms.simplified(flow_text).strip())
        if flow is None:
            return None  # re-exports, re-imports and the other flows are not bilateral trade
        if self.frequency is not None and cell(cells, self.frequency).strip().upper() not in (
            "",
            "A",
        ):
            raise fault(
                translate(
                    "HistoryCsv",
                    "The row is not annual (freqCode {code}); export annual figures (frequency A).",
                ).format(code=excerpt(cell(cells, self.frequency).strip()))
            )
        year = year_of(cell(cells, self.columns["year"]), self.last_year)
        dollars = amount(
            cell(cells, self.columns["value"]), translate("HistoryCsv", _TRADE_VALUE_LABEL)
        )
        if dollars / DOLLARS_PER_BILLION > MAX_YEAR_BILLIONS:
            raise too_much(
                translate("HistoryCsv", _TRADE_VALUE_LABEL),
                dollars / DOLLARS_PER_BILLION,
                translate("HistoryCsv", "a UN Comtrade value is in US dollars."),
            )
        return FlowRow(year, reporter, flow, dollars)

    def _country(self, cells: list[str], role: str) -> str:
        """MYS or TUR, or "" for another country; InputError for an empty cell."""
        text = cell(cells, self.columns[role]).strip()
        if not text:
            raise fault(
                translate("HistoryCsv", "The row names no {role}.").format(
                    role=translate("HistoryCsv", _ROLE_WORDS[role])
                )
            )
        return _COUNTRIES.get(key(text), "")
