"""Tables for briefs and spreadsheets: the trajectory, the scenario comparison, and their
assumptions and sources, as CSV, clipboard text and an Excel workbook.

Cells hold plain numbers at full precision, never formatted text: a spreadsheet then computes
with exactly what the app computed. Units live in the column headers, not in the cells.
"""

from __future__ import annotations

import datetime
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trade_target import version
from trade_target.core import annualise
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset, Figure, FigureKind, shown
from trade_target.core.errors import TradeTargetError
from trade_target.core.files.csv_style import CsvStyle, csv_bytes
from trade_target.core.files.spreadsheet_text import (
    Cell,
    clean_text,
    defused,
    one_line,
    runs_as_formula,
)
from trade_target.core.files.storage import write_atomically
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.numbers import written
from trade_target.core.scenario import Summary
from trade_target.core.workbook import Scenario

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.cell.cell import MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

AssumptionValue = str | float | int
Assumptions = tuple[tuple[str, AssumptionValue], ...]
Sources = tuple[tuple[str, str, str], ...]

EXTENSIONS = (".csv", ".xlsx")
# Sheet names, in English here; a workbook gets them in the installed language.
ASSUMPTIONS_SHEET = QT_TRANSLATE_NOOP("Tables", "Assumptions")
SOURCES_SHEET = QT_TRANSLATE_NOOP("Tables", "Sources")

# Excel number formats for a column (None: by the value, "0" for whole, "0.00" otherwise).
_WHOLE = "0"
_AMOUNT = "0.00"
_RATE = "0.0000"
_FRACTION = "0.00%"

_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_MAX = 31
_COLUMN_WIDTH_MAX = 80


class ExportError(TradeTargetError):
    """A table could not be exported; `message` is one sentence that names the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


@dataclass(frozen=True)
class Table:
    """A titled grid of plain values; `None` is an empty cell.

    `number_formats` gives each column's Excel number format (None: by the value). Headers
    are in the installed language, so the format cannot be read from them; a table without
    formats has them guessed from English headers."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    number_formats: tuple[str | None, ...] = ()


# --- Building the tables ------------------------------------------------------------------------


def trajectory_table(summary: Summary) -> Table:
    """Year by year: the required path, the path at the observed trend, and the gap."""
    return Table(
        title=translate("Tables", "Trajectory"),
        headers=(
            translate("Tables", "Year"),
            translate("Tables", "Required (US$ bn)"),
            translate("Tables", "Required (RM bn)"),
            translate("Tables", "At observed trend (US$ bn)"),
            translate("Tables", "At observed trend (RM bn)"),
            translate("Tables", "Gap, trend − required (US$ bn)"),
            translate("Tables", "Gap, trend − required (RM bn)"),
        ),
        rows=tuple(
            (
                row.year,
                row.required_usd,
                row.required_myr,
                row.trend_usd,
                row.trend_myr,
                row.gap_usd,
                row.gap_myr,
            )
            for row in summary.trajectory
        ),
        number_formats=(_WHOLE, *(_AMOUNT,) * 6),
    )


def comparison_table(scenarios_and_summaries: Sequence[tuple[Scenario, Summary]]) -> Table:
    """One row a scenario. Growth is a fraction (0.1151), so a spreadsheet can format it."""
    return Table(
        title=translate("Tables", "Scenario comparison"),
        headers=(
            translate("Tables", "Scenario"),
            translate("Tables", "Exchange rate (RM per US$)"),
            translate("Tables", "Years to target"),
            translate("Tables", "Target year"),
            translate("Tables", "Required growth (fraction a year)"),
            translate("Tables", "Observed growth (fraction a year)"),
            translate("Tables", "Progress ratio"),
            translate("Tables", "Status"),
            translate("Tables", "Year reached at trend"),
        ),
        rows=tuple(
            (
                scenario.name,
                summary.exchange_rate,
                summary.inputs.years_to_target,
                summary.target_year,
                summary.required_growth,
                summary.observed_growth,
                summary.progress_ratio,
                summary.status.words,
                summary.year_reached_at_trend,
            )
            for scenario, summary in scenarios_and_summaries
        ),
        number_formats=(None, _RATE, _WHOLE, _WHOLE, _FRACTION, _FRACTION, _AMOUNT, None, _WHOLE),
    )


def assumptions(summary: Summary, dataset: Dataset, today: datetime.date) -> Assumptions:
    """What the numbers rest on, as label/value pairs, so a brief can state them."""
    months = summary.latest_months
    latest = dataset.latest
    return (
        (translate("Tables", "Exchange rate (RM per US$)"), summary.exchange_rate),
        (translate("Tables", "Years to target"), summary.inputs.years_to_target),
        (translate("Tables", "Base year"), summary.base_year),
        (translate("Tables", "Base value (US$ bn)"), summary.base_usd),
        (translate("Tables", "Target (US$ bn)"), summary.target_usd),
        (translate("Tables", "Target year"), summary.target_year),
        (translate("Tables", "Latest figure"), shown(latest.label)),
        (translate("Tables", "Latest figure's year"), summary.latest_year),
        (translate("Tables", "Months covered by the latest figure"), months),
        (translate("Tables", "Latest figure, months covered (US$ bn)"), summary.latest_partial_usd),
        (translate("Tables", "Latest figure, annualised (US$ bn)"), summary.latest_estimate_usd),
        (
            translate("Tables", "How the latest figure is annualised"),
            translate("Tables", "run-rate × 12/{months}, no seasonal correction").format(
                months=months
            )
            if summary.annualisation is Annualisation.RUN_RATE
            else annualise.explanation(
                summary.estimate, summary.latest_partial_usd, months, summary.latest_year
            ),
        ),
        (translate("Tables", "App version"), version()),
        (translate("Tables", "Date of export"), today.isoformat()),
    )


def as_reported(figure: Figure) -> str:
    """The figure in the source's own terms: "RM21.2 billion", "more than US$30 billion",
    in the installed language (the article's own strings through `dataset.shown`)."""
    if figure.kind is not FigureKind.MONEY or figure.value is None:
        return shown(figure.text)
    symbol = figure.reported_currency.symbol if figure.reported_currency else ""
    amount = translate("Tables", "{symbol}{amount} billion").format(
        symbol=symbol, amount=written(_plain_number(figure.value))
    )
    if not figure.qualifier:
        return amount
    return translate("Tables", "{qualifier} {amount}").format(
        qualifier=shown(figure.qualifier), amount=amount
    )


def sources(dataset: Dataset) -> Sources:
    """(figure, as reported, quote) for every figure, then the citation. The quotes stay in
    the source's words."""
    citation = dataset.citation
    return (
        *((shown(figure.label), as_reported(figure), figure.quote) for figure in dataset.figures),
        (
            translate("Tables", "Source"),
            citation.one_line(),
            translate("Tables", "Trade figures attributed to {who}.").format(
                who=shown(citation.trade_figures_attributed_to)
            ),
        ),
    )


def _plain_number(value: float) -> str:
    """The shortest text that reads back as `value`, without a needless ".0"."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# --- CSV and clipboard text ---------------------------------------------------------------------


def _cell_text(cell: Cell) -> str:
    """One cell of tab-separated text: numbers at full precision, text on one line and
    never a formula."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell)  # the shortest text that reads back as the same float
    if isinstance(cell, int):
        return str(int(cell))
    return defused(one_line(clean_text(cell)))


def table_csv(table: Table, style: CsvStyle | None = None) -> bytes:
    """The table as CSV in `style` (None: as the installed language's spreadsheets read it);
    see csv_style."""
    return csv_bytes(table.headers, table.rows, style)


def table_tsv(
    table: Table, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None
) -> str:
    """Tab-separated text with a header row, for the clipboard; optionally only a selection.

    The selection is taken in table order whatever order it is given in, once each."""
    row_indices = range(len(table.rows)) if rows is None else sorted(set(rows))
    column_indices = range(len(table.headers)) if columns is None else sorted(set(columns))

    def line(cells: Sequence[Cell]) -> str:
        return "\t".join(_cell_text(cells[i]) for i in column_indices)

    lines = [line(table.headers), *(line(table.rows[i]) for i in row_indices)]
    return "\n".join(lines) + "\n"


# --- Excel workbook -----------------------------------------------------------------------------


def _number_format(header: str, value: int | float, given: str | None = None) -> str:
    """How a spreadsheet should show a number: the column's given format, else read from an
    English header's unit, else by the value."""
    if given is not None:
        return given
    if "fraction a year" in header:
        return _FRACTION
    if "RM per US$" in header:
        return _RATE
    if isinstance(value, int):
        return _WHOLE
    return _AMOUNT


def _sheet_name(title: str, taken: set[str]) -> str:
    """`title` as Excel allows a sheet name (31 characters, no []:*?/\\), unique in `taken`."""
    base = _SHEET_NAME_FORBIDDEN.sub(" ", clean_text(title)).strip(" '") or translate(
        "Tables", "Table"
    )
    base = base[:_SHEET_NAME_MAX]
    name, number = base, 1
    while name.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        name = base[: _SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def _put_text(cell: SheetCell | MergedCell, text: str) -> None:
    """Text into an Excel cell, stored as text (never a formula, whatever it starts with),
    with Excel's quote-prefix mark where it could run as one, so editing it keeps it text."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    if runs_as_formula(cell.value):
        cell.quotePrefix = True


def _fill_sheet(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    number_formats: Sequence[str | None] = (),
) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    widths = [len(header) for header in headers]
    for column, header in enumerate(headers, start=1):
        heading = sheet.cell(row=1, column=column)
        _put_text(heading, header)
        heading.font = bold
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                _put_text(cell, value)
                if len(value) > _COLUMN_WIDTH_MAX:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                shown = len(value)
            else:
                cell.value = value
                given = number_formats[column - 1] if column <= len(number_formats) else None
                cell.number_format = _number_format(headers[column - 1], value, given)
                shown = 12
            widths[column - 1] = max(widths[column - 1], shown)
    sheet.freeze_panes = "A2"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width, _COLUMN_WIDTH_MAX) + 2


def workbook_xlsx(
    sheets: Sequence[Table],
    assumptions: Sequence[tuple[str, AssumptionValue]],
    sources: Sequence[tuple[str, str, str]],
) -> bytes:
    """An Excel workbook: one sheet a table, then "Assumptions" and "Sources"."""
    from openpyxl import Workbook

    book = Workbook()
    default_sheet = book.active
    if default_sheet is not None:
        book.remove(default_sheet)
    assumptions_sheet = _sheet_name(translate("Tables", ASSUMPTIONS_SHEET), set())
    sources_sheet = _sheet_name(translate("Tables", SOURCES_SHEET), {assumptions_sheet.casefold()})
    taken = {assumptions_sheet.casefold(), sources_sheet.casefold()}
    for table in sheets:
        _fill_sheet(
            book.create_sheet(_sheet_name(table.title, taken)),
            table.headers,
            table.rows,
            table.number_formats,
        )
    _fill_sheet(
        book.create_sheet(assumptions_sheet),
        (translate("Tables", "Assumption"), translate("Tables", "Value")),
        assumptions,
    )
    _fill_sheet(
        book.create_sheet(sources_sheet),
        (
            translate("Tables", "Figure"),
            translate("Tables", "As reported"),
            translate("Tables", "Quote from the source"),
        ),
        sources,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- Saving -------------------------------------------------------------------------------------


def extension_of(path: str | os.PathLike[str], allowed: Sequence[str]) -> str:
    """The file's extension in lower case, or ExportError naming the file and the choices."""
    path = os.fspath(path)
    name = os.path.basename(path.rstrip("/\\")) or path
    extension = os.path.splitext(name)[1].lower()
    if extension not in allowed:
        choices = allowed[0] if allowed else ""
        for other in allowed[1:]:
            choices = translate("Tables", "{choices} or {extension}").format(
                choices=choices, extension=other
            )
        raise ExportError(
            path,
            translate(
                "Tables", "Could not export “{name}”: choose a file ending in {choices}."
            ).format(name=name, choices=choices),
        )
    return extension


def export_contents(
    summary: Summary,
    dataset: Dataset,
    scenarios_and_summaries: Sequence[tuple[Scenario, Summary]],
    today: datetime.date,
) -> tuple[tuple[Table, ...], Assumptions, Sources]:
    """What "export table" writes, from the window or the command line alike: the year-by-year
    table, the scenario comparison when there are scenarios to compare, the assumptions and
    the sources."""
    sheets: tuple[Table, ...] = (trajectory_table(summary),)
    if scenarios_and_summaries:
        sheets += (comparison_table(scenarios_and_summaries),)
    return sheets, assumptions(summary, dataset, today), sources(dataset)


def save_table(
    path: str | os.PathLike[str],
    tables: Sequence[Table],
    assumptions: Sequence[tuple[str, AssumptionValue]],
    sources: Sequence[tuple[str, str, str]],
    csv_style: CsvStyle | None = None,
) -> None:
    """Write `tables` to `path`, the format chosen by its extension, all or nothing.

    A .csv file holds the first table only, in `csv_style` (None: the installed language's);
    a .xlsx file holds them all with the assumptions and sources. Raises ExportError for
    anything else, StorageError if the save fails."""
    write_atomically(path, table_file(path, tables, assumptions, sources, csv_style))


def table_file(
    path: str | os.PathLike[str],
    tables: Sequence[Table],
    assumptions: Sequence[tuple[str, AssumptionValue]],
    sources: Sequence[tuple[str, str, str]],
    csv_style: CsvStyle | None = None,
) -> bytes:
    """The bytes `save_table` writes to `path`; ExportError as it says."""
    path = os.fspath(path)
    name = os.path.basename(path.rstrip("/\\")) or path
    extension = extension_of(path, EXTENSIONS)
    if not tables:
        raise ExportError(
            path,
            translate("Tables", "Could not export “{name}”: there is no table to export.").format(
                name=name
            ),
        )
    if extension == ".csv":
        return table_csv(tables[0], csv_style)
    return workbook_xlsx(tables, assumptions, sources)
