"""The spreadsheet files at their edges: number formats, column widths, wrapped long text,
sheet names Excel accepts, file names in messages, and the figures "as reported".

Each expectation is Excel's own rule or the format the column holds, written out here.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from trade_target.core import figure_edits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.evaluation import evaluate
from trade_target.core.files.csv_style import CsvStyle
from trade_target.core.files.table_export import (
    EXTENSIONS,
    ExportError,
    Table,
    extension_of,
    save_table,
    table_file,
    workbook_xlsx,
)
from trade_target.core.scenario import Inputs
from trade_target.core.tables import as_reported, assumptions

LONG = "a note longer than a column may grow: " * 3  # 114 characters
RATE = 21.2 / 4.92


def sheets(tables: tuple[Table, ...]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_xlsx(tables, (), ())))


def test_formats_by_column_or_by_header_and_value() -> None:
    given = Table("Given", ("Label", "Share"), (("x", 0.25),), (None, "0.00%"))
    guessed = Table(
        "Guessed",
        ("Growth (fraction a year)", "Exchange rate (RM per US$)", "Amount", "Year"),
        ((0.1397, 4.3089, 5.2, 2024),),
    )
    book = sheets((given, guessed))
    assert book["Given"]["B2"].number_format == "0.00%"
    row = book["Guessed"][2]
    assert [cell.number_format for cell in row] == ["0.00%", "0.0000", "0.00", "0"]


def test_an_empty_cell_leaves_the_rest_of_its_row() -> None:
    book = sheets((Table("Gaps", ("A", "B", "C"), ((None, 5.0, "text"),)),))
    assert [cell.value for cell in book["Gaps"][2]] == [None, 5.0, "text"]


def test_column_widths_follow_the_widest_cell() -> None:
    """A number column is 12 wide, a text column as wide as its text; 2 more for the margin,
    80 at most before the margin."""
    table = Table(
        "Widths", ("Year", "Label", "Note"), ((2024, "a label of 26 characters..", LONG),)
    )
    columns = sheets((table,))["Widths"].column_dimensions
    assert [columns[letter].width for letter in "ABC"] == [14, 28, 82]
    beside = Table("Beside", ("A header of 20 chars", "B"), ((1.0, 2.0),))
    columns = sheets((beside,))["Beside"].column_dimensions
    assert [columns[letter].width for letter in "AB"] == [22, 14]


def test_only_text_longer_than_a_column_wraps() -> None:
    exactly = "x" * 80
    book = sheets((Table("Wrap", ("Note",), ((LONG,), (exactly,))),))
    wrapped, kept = book["Wrap"]["A2"].alignment, book["Wrap"]["A3"].alignment
    assert (wrapped.wrap_text, wrapped.vertical) == (True, "top")
    assert (kept.wrap_text, kept.vertical) in ((None, None), (False, None))


def test_sheet_names_excel_accepts() -> None:
    """31 characters at most, unique (case-blind), no []:*?/\\, no leading or trailing
    apostrophe; a title with nothing left is "Table"."""
    title = "Trajectory of the bilateral trade target"  # 40 characters
    book = sheets(
        (
            Table(title, ("A",), ()),
            Table(title.upper(), ("A",), ()),
            Table("'Quoted'", ("A",), ()),
            Table("X-ray X", ("A",), ()),
            Table("[]", ("A",), ()),
        )
    )
    assert book.sheetnames[:5] == [
        title[:31],
        title.upper()[:27] + " (2)",
        "Quoted",
        "X-ray X",
        "Table",
    ]


def test_a_file_name_in_a_message_is_the_files_own(tmp_path: Path) -> None:
    for path, name in [
        ("reports/draft.d/table.txt", "table.txt"),
        ("reports/NOTES.TX", "NOTES.TX"),
        ("reports/tax/", "tax"),
    ]:
        with pytest.raises(ExportError) as refused:
            extension_of(path, EXTENSIONS)
        assert refused.value.path == path
        assert refused.value.message == (
            f"Could not export “{name}”: choose a file ending in .csv or .xlsx."
        )
    for path, name in [("out/t.xlsx", "t.xlsx"), ("out/SUMMARY.XLSX/", "SUMMARY.XLSX")]:
        with pytest.raises(ExportError) as refused:
            table_file(path, (), (), ())
        assert refused.value.path == path
        assert refused.value.message == (f"Could not export “{name}”: there is no table to export.")


def test_a_csv_is_saved_in_the_style_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    save_table(path, (Table("T", ("A", "B"), ((1.5, 2),)),), (), (), CsvStyle.SEMICOLON)
    assert path.read_bytes().decode("utf-8-sig") == '"A";"B"\r\n"1,5";2\r\n'


def test_figures_as_reported(dataset: Dataset) -> None:
    target = dataset.figure(dataset.target_id)
    assert as_reported(target) == "US$10 billion"
    assert as_reported(replace(target, reported_currency=None)) == "10 billion"
    assert as_reported(replace(target, value=None)) == target.text


def test_a_same_period_estimate_is_explained_in_the_assumptions(dataset: Dataset) -> None:
    """Jan–Nov 2024 entered as RM19.0 bn, i.e. US$19.0 × 4.92 / 21.2 = 4.41 bn; growth over
    it 21.2 / 19.0 − 1 = +11.58 %."""
    data = figure_edits.edit_figure(dataset, dataset.latest_id, "previous_same_period", 19.0)
    summary = evaluate(data, Inputs.defaults(data), Annualisation.SAME_PERIOD)
    pairs = dict(assumptions(summary, data, datetime.date(2026, 1, 9)))
    assert pairs["How the latest figure is annualised"] == (
        "Same period: US$4.92 bn in 11 months of 2025 against US$4.41 bn in the same months "
        "of 2024 (+11.58 %), applied to 2024's US$5.20 bn. Seasonality cancels out."
    )
    run_rate = evaluate(data, Inputs.defaults(data))
    pairs = dict(assumptions(run_rate, data, datetime.date(2026, 1, 9)))
    assert pairs["How the latest figure is annualised"] == (
        "run-rate × 12/11, no seasonal correction"
    )
