"""The annual history of bilateral trade, read from a CSV: a UN Comtrade data export, or a
plain year and value.

The layouts are documented for people in resources/history-format.md. In short: a Comtrade
export has one row per year, flow (X exports, M imports) and reporting country, values in US
dollars; a year's bilateral trade as one country reports it is its exports plus its imports,
in billions. Malaysia's and Türkiye's reports of the same trade differ (mirror data), so each
is kept as its own series. A plain file has a year column and a value column in billions,
its currency in the heading or in a column. Rows that cannot be read are listed with their
line numbers and the rest load; a file with no readable year at all is an InputError.

Here: the import's types, the file, which layout its header row has, the loop over its
lines, and the pairing of a year's exports with its imports. history_comtrade reads a
Comtrade export's rows, history_rows a plain file's and the cells both share.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass

from trade_target.core.errors import InputError
from trade_target.core.files.csv_text import decoded_text, looks_binary
from trade_target.core.files.history_comtrade import FLOW_HEADINGS, ComtradeReader, key
from trade_target.core.files.history_rows import (
    DOLLARS_PER_BILLION,
    FIELD,
    MAX_COLUMNS,
    SEPARATORS,
    Flow,
    FlowRow,
    Layout,
    PlainReader,
    PlainRow,
    cells_of,
    fault,
)
from trade_target.core.files.monthly_csv import RowProblem as RowProblem  # for the views
from trade_target.core.files.storage import display_name, read_limited_bytes, size_in_words
from trade_target.core.history import REPORTERS, AnnualRecord
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency

MAX_BYTES = 10 * 1024 * 1024  # a Comtrade export of one country with every partner fits
MAX_PROBLEMS = 1000  # more bad rows than this: not a file of annual trade

Reader = ComtradeReader | PlainReader


@dataclass(frozen=True)
class HistoryImport:
    records: tuple[AnnualRecord, ...]  # Malaysia's report, then Türkiye's, then unnamed; by year
    problems: tuple[RowProblem, ...]  # by line
    skipped: int  # rows about other trade (partners, flows, commodities): left out, not faults
    layout: Layout


# Reading ----------------------------------------------------------------------------------


def read_history_csv(
    path: str | os.PathLike[str], today: datetime.date | None = None
) -> HistoryImport:
    """Read the CSV at `path`: UTF-8 (with or without a byte-order mark), UTF-16 with a
    byte-order mark (Excel's "Unicode text"), else Windows Turkish (cp1254), which also
    reads English and Malay text. StorageError when it cannot be opened or is over 10 MB."""
    name = os.fspath(path)
    too_large = translate(
        "HistoryCsv", "“{name}” is larger than {size}; a file of annual trade is smaller."
    )
    return parse_history_csv(_decoded(read_limited_bytes(name, MAX_BYTES, too_large), name), today)


def _decoded(data: bytes, path: str) -> str:
    text = decoded_text(data)
    if text is None:
        raise InputError(FIELD, _not_text(path))
    return text


def _not_text(path: str = "") -> str:
    if path:
        return translate(
            "HistoryCsv",
            "“{name}” is not a text file: save the figures as CSV (comma- or "
            "semicolon-separated values).",
        ).format(name=display_name(path))
    return translate(
        "HistoryCsv",
        "This is not text: save the figures as CSV (comma- or semicolon-separated values).",
    )


def parse_history_csv(text: str, today: datetime.date | None = None) -> HistoryImport:
    """The annual records of a CSV text; InputError if it has no header or no readable year.
    Years after `today`'s (by default the computer's date) are rows that cannot be read."""
    today = datetime.date.today() if today is None else today
    if len(text) > MAX_BYTES:
        raise InputError(
            FIELD,
            translate(
                "HistoryCsv", "The text is longer than {size}; a file of annual trade is shorter."
            ).format(size=size_in_words(MAX_BYTES)),
        )
    text = text.removeprefix("\ufeff").rstrip("\x1a")
    if looks_binary(text):
        raise InputError(FIELD, _not_text())
    lines = re.split(r"\r\n|\r|\n", text)
    header_index = next((i for i, line in enumerate(lines) if not _skipped(line)), None)
    if header_index is None:
        raise InputError(FIELD, translate("HistoryCsv", "The file is empty: it has no header row."))
    reader = read_header(lines[header_index], header_index + 1, today.year)
    rows = _Rows()
    for index in range(header_index + 1, len(lines)):
        if _skipped(lines[index]):
            continue
        line = index + 1
        try:
            rows.add(line, reader.row(lines[index]))
        except InputError as exc:
            rows.problems.append(RowProblem(line, exc.message))
        if len(rows.problems) > MAX_PROBLEMS:
            first = rows.problems[0]
            raise InputError(
                FIELD,
                translate(
                    "HistoryCsv",
                    "More than {count} rows cannot be read; is this a file of annual trade? "
                    "The first, line {line}: {message}",
                ).format(count=MAX_PROBLEMS, line=first.line, message=first.message),
            )
    records = rows.records()
    problems = tuple(sorted(rows.problems, key=lambda problem: problem.line))
    if not records:
        raise InputError(FIELD, _nothing_read(problems, rows.skipped))
    return HistoryImport(records, problems, rows.skipped, _layout(reader))


def read_header(header: str, line: int, last_year: int) -> Reader:
    """The reader for the layout the header row has; InputError when it is neither."""
    widest = max(header.count(separator) + 1 for separator in SEPARATORS)
    if widest > MAX_COLUMNS:
        raise fault(
            translate(
                "HistoryCsv",
                "The header (line {line}) has {count} columns; a file of annual trade has fewer.",
            ).format(line=line, count=widest)
        )
    for separator in SEPARATORS:
        try:
            cells = cells_of(header, separator)
        except InputError:
            break
        if any(key(cell) in FLOW_HEADINGS for cell in cells):
            return ComtradeReader.of(cells, separator, line, last_year)
        plain = PlainReader.of(cells, separator, line, last_year)
        if plain is not None:
            return plain
    raise fault(
        translate(
            "HistoryCsv",
            "Line {line} is not a header row: it must name a year column and a value column, "
            "like “Year,Value (US$ bn)”, or be the header of a UN Comtrade export, with its "
            "year, reporter, partner, flow and value columns (refYear, reporterISO, partnerISO, "
            "flowCode, primaryValue).",
        ).format(line=line)
    )


def _layout(reader: Reader) -> Layout:
    return Layout.PLAIN if isinstance(reader, PlainReader) else Layout.COMTRADE


class _Rows:
    """The rows read so far: a plain file's years, a Comtrade export's flows by reporter and
    year, the rows about other trade, and the problems."""

    def __init__(self) -> None:
        self.plain: dict[int, tuple[int, PlainRow]] = {}
        self.flows: dict[tuple[str, int], dict[Flow, tuple[int, float]]] = {}
        self.skipped = 0
        self.problems: list[RowProblem] = []

    def add(self, line: int, row: FlowRow | PlainRow | None) -> None:
        if row is None:
            self.skipped += 1
        elif isinstance(row, PlainRow):
            if row.year in self.plain:
                self.problems.append(RowProblem(line, _year_twice(row.year, self.plain[row.year])))
            else:
                self.plain[row.year] = (line, row)
        else:
            flows = self.flows.setdefault((row.reporter, row.year), {})
            if row.flow in flows:
                self.problems.append(RowProblem(line, _flow_twice(row, flows[row.flow][0])))
            else:
                flows[row.flow] = (line, row.dollars)

    def records(self) -> tuple[AnnualRecord, ...]:
        """The years read; a Comtrade year with one flow only is a problem, not half a year."""
        records = [
            AnnualRecord(year, row.value, row.currency)
            for year, (_, row) in sorted(self.plain.items())
        ]
        for (reporter, year), flows in sorted(
            self.flows.items(), key=lambda item: (REPORTERS.index(item[0][0]), item[0][1])
        ):
            if len(flows) < 2:
                ((flow, (line, _)),) = flows.items()
                self.problems.append(RowProblem(line, _one_flow(reporter, year, flow)))
                continue
            total = flows[Flow.EXPORTS][1] + flows[Flow.IMPORTS][1]
            if total <= 0:
                line = max(line for line, _ in flows.values())
                self.problems.append(RowProblem(line, _no_trade(reporter, year)))
                continue
            records.append(AnnualRecord(year, total / DOLLARS_PER_BILLION, Currency.USD, reporter))
        return tuple(records)


def _skipped(line: str) -> bool:
    """Blank lines, lines of separators alone and comment lines (starting with #) are not
    rows."""
    stripped = line.strip()
    return not stripped.strip("".join(SEPARATORS) + '"') or stripped.startswith("#")


# Words ------------------------------------------------------------------------------------

_COUNTRY_NAMES = {
    "MYS": QT_TRANSLATE_NOOP("HistoryCsv", "Malaysia"),
    "TUR": QT_TRANSLATE_NOOP("HistoryCsv", "Türkiye"),
}
_FLOW_WORDS = {
    Flow.EXPORTS: QT_TRANSLATE_NOOP("HistoryCsv", "exports"),
    Flow.IMPORTS: QT_TRANSLATE_NOOP("HistoryCsv", "imports"),
}


def reporter_words(reporter: str) -> str:
    """The reporting country's name in the installed language ("" for an unnamed report)."""
    return translate("HistoryCsv", _COUNTRY_NAMES[reporter]) if reporter in _COUNTRY_NAMES else ""


def _year_twice(year: int, first: tuple[int, PlainRow]) -> str:
    return translate("HistoryCsv", "{year} is given twice: it is already on line {line}.").format(
        year=year, line=first[0]
    )


def _flow_twice(row: FlowRow, first_line: int) -> str:
    return translate(
        "HistoryCsv",
        "{year}, reported by {reporter}: the {flow} are given twice: they are already on "
        "line {line}.",
    ).format(
        year=row.year,
        reporter=reporter_words(row.reporter),
        flow=translate("HistoryCsv", _FLOW_WORDS[row.flow]),
        line=first_line,
    )


def _one_flow(reporter: str, year: int, present: Flow) -> str:
    missing = Flow.IMPORTS if present is Flow.EXPORTS else Flow.EXPORTS
    return translate(
        "HistoryCsv",
        "{year}, reported by {reporter}: the {present} are given but not the {missing}; a "
        "year's bilateral trade is exports plus imports, so the year is left out.",
    ).format(
        year=year,
        reporter=reporter_words(reporter),
        present=translate("HistoryCsv", _FLOW_WORDS[present]),
        missing=translate("HistoryCsv", _FLOW_WORDS[missing]),
    )


def _no_trade(reporter: str, year: int) -> str:
    return translate(
        "HistoryCsv", "{year}, reported by {reporter}: exports and imports are both zero."
    ).format(year=year, reporter=reporter_words(reporter))


def _nothing_read(problems: tuple[RowProblem, ...], skipped: int) -> str:
    if problems:
        return translate("HistoryCsv", "No year could be read. Line {line}: {message}").format(
            line=problems[0].line, message=problems[0].message
        )
    if skipped:
        return translate(
            "HistoryCsv",
            "None of the %n row(s) is Malaysia–Türkiye trade in goods: export from UN Comtrade "
            "with Malaysia and Türkiye as reporters and partners, commodity TOTAL, flows "
            "exports and imports.",
            None,
            skipped,
        )
    return translate("HistoryCsv", "The file has a header row but no years.")


def skipped_words(skipped: int) -> str:
    """What the import left out as other trade, for the views to say beside the problems."""
    return translate(
        "HistoryCsv",
        "%n row(s) about other countries, flows or commodities left out: they are not "
        "Malaysia–Türkiye trade in goods.",
        None,
        skipped,
    )
