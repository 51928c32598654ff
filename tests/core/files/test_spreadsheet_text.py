"""Text that looks like a formula leaves the app as text in every form — CSV in both styles,
tab-separated text and an Excel workbook — with each of the six starts spreadsheets act on,
put where a user can put it: a scenario name, a figure's label, its source note. Numbers,
and text that is simply a number, stay as they are."""

from __future__ import annotations

import csv
import datetime
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.figure_edits import edit_figure
from trade_target.core.files.csv_style import CsvStyle
from trade_target.core.files.spreadsheet_text import defused, runs_as_formula
from trade_target.core.files.table_export import (
    Table,
    save_table,
    table_csv,
    table_tsv,
    workbook_xlsx,
)
from trade_target.core.tables import export_contents
from trade_target.core.workbook import Workbook

TODAY = datetime.date(2026, 1, 9)
# What an attacker would type: each runs as a formula in Excel or LibreOffice if pasted as is.
PAYLOADS = {
    "equals": '=HYPERLINK("http://example.com/x","Open")',
    "plus": "+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
}
# A tab or carriage return in front hides the start from a careless check. The core's edit
# functions trim them from names and labels, so these go straight into a table.
HIDDEN = {
    "tab": "\t=1+1",
    "carriage return": "\r=1+1",
    "spaces": "  @SUM(1)",
    "tab before text": "\tcmd|' /C calc'!A0",
    "carriage return before text": "\rcmd|' /C calc'!A0",
}
# On one line of tab-separated text the tab or line break is gone; what is left is defused
# if it still starts a formula.
HIDDEN_ON_ONE_LINE = {
    "\t=1+1": "'=1+1",
    "\r=1+1": "'=1+1",
    "  @SUM(1)": "'@SUM(1)",
    "\tcmd|' /C calc'!A0": "cmd|' /C calc'!A0",
    "\rcmd|' /C calc'!A0": "cmd|' /C calc'!A0",
}
NUMBERS_AS_TEXT = ["-0.56", "+13.97 %", "-0,56", "-1e-05", "+0.00", "-5", " -3", "+%13,97"]


@pytest.mark.parametrize("text", [*PAYLOADS.values(), *HIDDEN.values()])
def test_each_formula_start_is_defused(text: str) -> None:
    assert runs_as_formula(text)
    assert defused(text) == "'" + text


@pytest.mark.parametrize("text", [*NUMBERS_AS_TEXT, "Article figures", "", "5 = 5", "e-mail"])
def test_numbers_and_ordinary_text_are_left_alone(text: str) -> None:
    assert not runs_as_formula(text)
    assert defused(text) == text


# --- Through the core's edit functions ----------------------------------------------------------


def edited_workbook(dataset: Dataset, payload: str) -> Workbook:
    """A scenario named `payload`, and the 2024 figure's label and source note set to it,
    each through the edit function the window uses."""
    edited = edit_figure(dataset, "trade_2024", "label", payload)
    edited = edit_figure(edited, "trade_2024", "quote", payload)
    return Workbook.from_source(edited).renamed(0, payload)


def contents(workbook: Workbook):  # type: ignore[no-untyped-def]
    scenario = workbook.scenario
    pairs = [(s, s.summary()) for s in workbook.scenarios]
    return export_contents(scenario.summary(), scenario.dataset, pairs, TODAY)


def sources_table(sources) -> Table:  # type: ignore[no-untyped-def]
    return Table("Sources", ("Figure", "As reported", "Quote"), tuple(sources))


def read_csv(data: bytes, style: CsvStyle) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=style.separator))


@pytest.mark.parametrize("style", list(CsvStyle))
@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_csv_holds_the_payloads_as_text(dataset: Dataset, payload: str, style: CsvStyle) -> None:
    (_, comparison), _, sources = contents(edited_workbook(dataset, payload))
    _, row = read_csv(table_csv(comparison, style), style)
    assert row[0] == "'" + payload
    rows = read_csv(table_csv(sources_table(sources), style), style)
    label, _, quote = rows[1]
    assert label == quote == "'" + payload
    rate = 21.2 / 4.92
    assert float(row[1].replace(style.decimal_mark, ".")) == pytest.approx(rate, rel=1e-15)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_tab_separated_text_holds_the_payloads_as_text(dataset: Dataset, payload: str) -> None:
    (_, comparison), _, sources = contents(edited_workbook(dataset, payload))
    _, row, _ = table_tsv(comparison).split("\n")
    assert row.split("\t")[0] == "'" + payload
    _, first, *_ = table_tsv(sources_table(sources)).split("\n")
    label, _, quote = first.split("\t")
    assert label == quote == "'" + payload


@pytest.mark.parametrize("text", HIDDEN.values(), ids=HIDDEN)
def test_hidden_starts_are_defused_in_csv_and_tab_separated_text(text: str) -> None:
    table = Table("t", ("Name", "n"), ((text, -0.56),))
    for style in CsvStyle:
        _, row = read_csv(table_csv(table, style), style)
        assert row == ["'" + text, f"-0{style.decimal_mark}56"]
    _, line, _ = table_tsv(table).split("\n")
    assert line.split("\t") == [HIDDEN_ON_ONE_LINE[text], "-0.56"]


def sheet_formulas(data: bytes) -> list[str]:
    """Every <f> (formula) element in the workbook's sheets, read from the raw XML."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                root = ET.fromstring(archive.read(name))
                found += [name for element in root.iter() if element.tag.endswith("}f")]
    return found


@pytest.mark.parametrize("payload", [*PAYLOADS.values(), *HIDDEN.values()])
def test_workbook_cells_are_text_never_formulas(
    dataset: Dataset, payload: str, tmp_path: Path
) -> None:
    if payload in HIDDEN.values():  # the edit functions would trim it
        sheets: tuple[Table, ...] = (Table("t", ("Name",), ((payload,),)),)
        facts, cited = (("Note", payload),), (("Figure", payload, payload),)
    else:
        sheets, facts, cited = contents(edited_workbook(dataset, payload))
    path = tmp_path / "brief.xlsx"
    save_table(path, sheets, facts, cited)
    data = path.read_bytes()
    assert sheet_formulas(data) == []
    book = openpyxl.load_workbook(path)
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.strip() == payload.strip()
    ]
    # The scenario name (or the table's cell), the note, the label and the source note.
    assert len(cells) == (3 if payload in PAYLOADS.values() else 4)
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix  # editing the cell in Excel keeps it text


def test_numbers_stay_numbers_in_every_form() -> None:
    table = Table("t", ("Gap", "As text"), ((-0.56, "-0.56"), (0.1397, "+13.97 %")))
    comma = read_csv(table_csv(table, CsvStyle.COMMA), CsvStyle.COMMA)
    assert comma[1:] == [["-0.56", "-0.56"], ["0.1397", "+13.97 %"]]
    semicolon = read_csv(table_csv(table, CsvStyle.SEMICOLON), CsvStyle.SEMICOLON)
    assert semicolon[1:] == [["-0,56", "-0.56"], ["0,1397", "+13.97 %"]]
    assert table_tsv(table).split("\n")[1:3] == ["-0.56\t-0.56", "0.1397\t+13.97 %"]
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_xlsx([table], (), ()))).worksheets[0]
    number, text = sheet["A2"], sheet["B2"]
    assert number.data_type == "n" and number.value == pytest.approx(-0.56, rel=1e-15)
    assert (text.value, text.data_type, text.quotePrefix) == ("-0.56", "s", False)
