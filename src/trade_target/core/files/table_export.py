"""A table as files and text for spreadsheets: CSV, tab-separated clipboard text and an Excel
workbook, and the file an export goes into, chosen by its extension.

Cells hold plain numbers at full precision, never formatted text: a spreadsheet then computes
with exactly what the app computed. Units live in the column headers, not in the cells; a
column's number format says how a spreadsheet shows it. Text never runs as a formula
(spreadsheet_text).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.cell.cell import MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

AssumptionValue = str | float | int

EXTENSIONS = (".csv", ".xlsx")
# Sheet names, in English here; a workbook gets them in the installed language.
ASSUMPTIONS_SHEET = QT_TRANSLATE_NOOP("Tables", "Assumptions")
SOURCES_SHEET = QT_TRANSLATE_NOOP("Tables", "Sources")

# Excel number formats for a column (None: by the value, "0" for whole, "0.00" otherwise).
WHOLE = "0"
AMOUNT = "0.00"
RATE = "0.0000"
FRACTION = "0.00%"

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
        return FRACTION
    if "RM per US$" in header:
        return RATE
    if isinstance(value, int):
        return WHOLE
    return AMOUNT


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
