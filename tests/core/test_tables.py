"""Table exports: the numbers a brief pastes, checked against PRODUCT.md's formulas for a
non-default case (4.05 RM per US$, six years), and the files they go into read back."""

from __future__ import annotations

import csv
import datetime
import errno
import io
import math
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from trajectory_rows import assert_trajectory_row

from trade_target import version
from trade_target.core.dataset import Dataset
from trade_target.core.errors import TradeTargetError
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.storage import StorageError
from trade_target.core.files.table_export import (
    ExportError,
    Table,
    save_table,
    table_csv,
    table_tsv,
    workbook_xlsx,
)
from trade_target.core.scenario import Summary
from trade_target.core.tables import assumptions, comparison_table, sources, trajectory_table
from trade_target.core.workbook import Scenario

TODAY = datetime.date(2026, 1, 9)

# PRODUCT.md's formulas for the 4.05 RM per US$, six-year case, written out independently.
RATE = 4.05
YEARS = 6
BASE_YEAR, BASE = 2024, 5.2
TARGET = 10.0
TARGET_YEAR = BASE_YEAR + YEARS  # 2030
REQUIRED = (TARGET / BASE) ** (1 / YEARS) - 1  # 11.51 %
LATEST_USD = 21.2 / RATE  # Jan–Nov 2025
ANNUALISED = LATEST_USD * 12 / 11
OBSERVED = ANNUALISED / BASE - 1  # 9.82 %
REACHED = 2025 + math.ceil(math.log(TARGET / ANNUALISED) / math.log(1 + OBSERVED))

OLD = b"an existing brief\n"
REAL_WRITE = os.write


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_default_dataset()


@pytest.fixture(scope="module")
def scenario(dataset: Dataset) -> Scenario:
    return replace(Scenario.from_source("x", dataset), exchange_rate=RATE, years_to_target=YEARS)


@pytest.fixture(scope="module")
def summary(scenario: Scenario) -> Summary:
    return scenario.summary()


@pytest.fixture(scope="module")
def trajectory(summary: Summary) -> Table:
    return trajectory_table(summary)


@pytest.fixture(scope="module")
def comparison(scenario: Scenario, summary: Summary, dataset: Dataset) -> Table:
    article = Scenario.from_source("Article figures", dataset)
    return comparison_table([(scenario, summary), (article, article.summary())])


def test_the_worked_case_is_the_one_product_md_states() -> None:
    assert round(REQUIRED * 100, 2) == 11.51
    assert round(OBSERVED * 100, 2) == 9.82
    assert round(ANNUALISED, 2) == 5.71
    assert TARGET_YEAR == 2030


# --- The tables ---------------------------------------------------------------------------------


def test_trajectory_table(trajectory: Table) -> None:
    assert trajectory.headers == (
        "Year",
        "Required (US$ bn)",
        "Required (RM bn)",
        "At observed trend (US$ bn)",
        "At observed trend (RM bn)",
        "Gap, trend − required (US$ bn)",
        "Gap, trend − required (RM bn)",
        "Catch-up path (US$ bn)",
        "Catch-up path (RM bn)",
    )
    assert [row[0] for row in trajectory.rows] == list(range(BASE_YEAR, TARGET_YEAR + 1))
    for row in trajectory.rows:
        year, *numbers = row
        assert isinstance(year, int)
        assert_trajectory_row(
            year,
            numbers[:6],  # the catch-up path: tests/core/test_catch_up_tables.py
            base=BASE,
            base_year=BASE_YEAR,
            required_growth=REQUIRED,
            observed_growth=OBSERVED,
            rate=RATE,
        )
    assert trajectory.rows[-1][1] == pytest.approx(TARGET, rel=1e-12)


def test_comparison_table(comparison: Table) -> None:
    assert comparison.headers == (
        "Scenario",
        "Exchange rate (RM per US$)",
        "Years to target",
        "Target year",
        "Required growth (fraction a year)",
        "Observed growth (fraction a year)",
        "Progress ratio",
        "Status",
        "Year reached at trend",
        "Catch-up growth (fraction a year)",
    )
    first = comparison.rows[0][:9]  # the catch-up growth: tests/core/test_catch_up_tables.py
    name, rate, years, target_year, required, observed, ratio, status, reached = first
    assert (name, rate, years, target_year) == ("x", RATE, YEARS, TARGET_YEAR)
    assert required == pytest.approx(REQUIRED, rel=1e-12)
    assert observed == pytest.approx(OBSERVED, rel=1e-12)
    assert ratio == pytest.approx(OBSERVED / REQUIRED, rel=1e-12)
    assert status == "Needs acceleration"  # 0.85 lies in 0.60–0.95
    assert reached == REACHED
    article = comparison.rows[1]
    assert article[0] == "Article figures"
    assert article[4] == pytest.approx((TARGET / BASE) ** (1 / 5) - 1, rel=1e-12)
    assert article[7] == "Limited progress"


def test_a_target_never_reached_at_the_trend_is_an_empty_cell(dataset: Dataset) -> None:
    shrinking = replace(Scenario.from_source("Shrinking", dataset), exchange_rate=6.0)
    table = comparison_table([(shrinking, shrinking.summary())])
    assert table.rows[0][8] is None
    assert read_csv(table_csv(table))[1][8] == ""


def test_assumptions(summary: Summary, dataset: Dataset) -> None:
    pairs = dict(assumptions(summary, dataset, TODAY))
    assert pairs["Exchange rate (RM per US$)"] == RATE
    assert pairs["Years to target"] == YEARS
    assert pairs["Base year"] == BASE_YEAR
    assert pairs["Base value (US$ bn)"] == BASE
    assert pairs["Target (US$ bn)"] == TARGET
    assert pairs["Target year"] == TARGET_YEAR
    assert pairs["Latest figure's year"] == 2025
    assert pairs["Months covered by the latest figure"] == 11
    assert pairs["Latest figure, annualised (US$ bn)"] == pytest.approx(ANNUALISED, rel=1e-12)
    annualising = pairs["How the latest figure is annualised"]
    assert annualising == "run-rate × 12/11, no seasonal correction"
    assert pairs["App version"] == version()
    assert pairs["Date of export"] == "2026-01-09"


def test_sources_quote_the_article(dataset: Dataset) -> None:
    rows = sources(dataset)
    by_label = {label: (reported, quote) for label, reported, quote in rows}
    reported, quote = by_label["Bilateral trade, Jan–Nov 2025"]
    assert reported == "RM21.2 billion"
    assert "RM21.2 billion (US$4.92 billion)" in quote
    assert by_label["Bilateral trade, 2024"][0] == "US$5.2 billion"
    assert by_label["Bilateral trade target"][0] == "US$10 billion"
    assert by_label["Malaysia’s E&E semiconductor exports to the US"][0] == (
        "more than US$30 billion"
    )
    assert by_label["Roundtable participants"][0] == "39 Turkish and 7 Malaysian companies"
    label, citation, attribution = rows[-1]
    assert label == "Source"
    assert citation == dataset.citation.one_line()
    assert "2026-01-08" in citation
    assert dataset.citation.trade_figures_attributed_to in attribution
    assert len(rows) == len(dataset.figures) + 1


# --- CSV and clipboard text ---------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_reads_back_to_the_same_numbers(trajectory: Table) -> None:
    data = table_csv(trajectory)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    header, *rows = read_csv(data)
    assert tuple(header) == trajectory.headers
    assert len(rows) == len(trajectory.rows)
    for text_row, row in zip(rows, trajectory.rows, strict=True):
        assert int(text_row[0]) == row[0]
        # Exactly, not approx; a blank cell (no catch-up path that year) stays blank.
        assert [float(text) if text else None for text in text_row[1:]] == list(row[1:])


def test_csv_keeps_growth_as_exact_fractions(comparison: Table) -> None:
    _, first, _ = read_csv(table_csv(comparison))
    assert first[0] == "x"
    assert float(first[4]) == comparison.rows[0][4]
    assert float(first[5]) == comparison.rows[0][5]
    assert "," not in first[1] and "%" not in first[4]


def test_csv_text_that_looks_like_a_formula_stays_text() -> None:
    table = Table("t", ("Scenario", "n"), (("=HYPERLINK(1)", -1.5), ('İstanbul, "RM"', 2)))
    _, first, second = read_csv(table_csv(table))
    assert first == ["'=HYPERLINK(1)", "-1.5"]
    assert second == ['İstanbul, "RM"', "2"]


def test_tsv_of_a_selection(trajectory: Table) -> None:
    text = table_tsv(trajectory, rows=[3, 0], columns=[2, 0])
    lines = text.splitlines()
    assert len(lines) == 3
    assert all(len(line.split("\t")) == 2 for line in lines)
    assert lines[0].split("\t") == ["Year", "Required (RM bn)"]
    assert lines[1].split("\t") == ["2024", repr(trajectory.rows[0][2])]
    assert lines[2].split("\t") == ["2027", repr(trajectory.rows[3][2])]


def test_tsv_of_everything_and_awkward_cells() -> None:
    table = Table("t", ("A\tB", "C"), (("one\ttwo\nthree", None), ("x", 1.25)))
    assert table_tsv(table) == "A B\tC\none two three\t\nx\t1.25\n"


# --- Excel workbook -----------------------------------------------------------------------------


def test_workbook_sheets_headers_and_numbers(
    trajectory: Table, comparison: Table, summary: Summary, dataset: Dataset
) -> None:
    data = workbook_xlsx(
        [trajectory, comparison], assumptions(summary, dataset, TODAY), sources(dataset)
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Trajectory", "Scenario comparison", "Assumptions", "Sources"]

    sheet = book["Trajectory"]
    assert tuple(cell.value for cell in sheet[1]) == trajectory.headers
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    for cells, row in zip(sheet.iter_rows(min_row=2), summary.trajectory, strict=True):
        assert cells[0].value == row.year and cells[0].data_type == "n"
        assert all(cell.data_type == "n" for cell in cells)
        values = [row.required_usd, row.required_myr, row.trend_usd, row.trend_myr]
        # The file holds 16 significant digits, as spreadsheets do.
        assert [cell.value for cell in cells[1:5]] == pytest.approx(values, rel=1e-15)
        assert cells[1].number_format == "0.00"
    assert sheet.column_dimensions["B"].width >= len("Required (US$ bn)")

    sheet = book["Scenario comparison"]
    cells = list(sheet[2])
    assert cells[0].value == "x"
    assert cells[1].value == RATE
    assert cells[2].value == YEARS and cells[3].value == TARGET_YEAR
    assert cells[4].value == pytest.approx(summary.required_growth, rel=1e-15)
    assert cells[4].value == pytest.approx(REQUIRED, rel=1e-12)
    assert cells[4].number_format == "0.00%" and cells[5].number_format == "0.00%"
    assert cells[5].value == pytest.approx(OBSERVED, rel=1e-12)
    assert cells[8].value == REACHED


def test_workbook_assumptions_and_sources(
    trajectory: Table, summary: Summary, dataset: Dataset
) -> None:
    data = workbook_xlsx([trajectory], assumptions(summary, dataset, TODAY), sources(dataset))
    book = openpyxl.load_workbook(io.BytesIO(data))
    pairs = {row[0]: row[1] for row in book["Assumptions"].iter_rows(min_row=2, values_only=True)}
    assert pairs["Exchange rate (RM per US$)"] == RATE
    assert pairs["Years to target"] == YEARS
    assert pairs["Target year"] == TARGET_YEAR
    text = " ".join(
        str(value) for row in book["Sources"].iter_rows(values_only=True) for value in row
    )
    for figure in dataset.figures:
        assert figure.quote in text
    assert "RM21.2 billion" in text
    assert dataset.citation.one_line() in text


def test_workbook_text_is_never_a_formula(dataset: Dataset) -> None:
    odd = replace(Scenario.from_source("=1+1", dataset), exchange_rate=RATE)
    table = comparison_table([(odd, odd.summary())])
    table = replace(table, title="Comparison: [a/b]?")
    data = workbook_xlsx([table, replace(table, title="Assumptions")], (), ())
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Comparison   a b", "Assumptions (2)", "Assumptions", "Sources"]
    cell = book.worksheets[0]["A2"]
    assert cell.value == "=1+1"
    assert cell.data_type == "s"


# --- Saving -------------------------------------------------------------------------------------


def save_all(path: Path, trajectory: Table, summary: Summary, dataset: Dataset) -> None:
    save_table(path, [trajectory], assumptions(summary, dataset, TODAY), sources(dataset))


@pytest.mark.parametrize("name", ["brief.csv", "BRIEF.CSV"])
def test_save_csv_writes_the_first_table(
    tmp_path: Path, name: str, trajectory: Table, comparison: Table
) -> None:
    path = tmp_path / name
    save_table(path, [trajectory, comparison], (), ())
    assert path.read_bytes() == table_csv(trajectory)
    assert [entry.name for entry in tmp_path.iterdir()] == [name]


def test_save_xlsx_writes_them_all(
    tmp_path: Path, trajectory: Table, comparison: Table, summary: Summary, dataset: Dataset
) -> None:
    path = tmp_path / "brief.xlsx"
    save_table(str(path), [trajectory, comparison], assumptions(summary, dataset, TODAY), ())
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Trajectory", "Scenario comparison", "Assumptions", "Sources"]


@pytest.mark.parametrize("name", ["brief.txt", "brief", "brief.csv.bak"])
def test_an_unknown_extension_writes_nothing(
    tmp_path: Path, name: str, trajectory: Table, summary: Summary, dataset: Dataset
) -> None:
    path = tmp_path / name
    with pytest.raises(ExportError) as raised:
        save_all(path, trajectory, summary, dataset)
    assert isinstance(raised.value, TradeTargetError)
    message = raised.value.message
    assert name in message and ".csv" in message and ".xlsx" in message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_extension_leaves_an_existing_file(tmp_path: Path, trajectory: Table) -> None:
    path = tmp_path / "brief.pdfx"
    path.write_bytes(OLD)
    with pytest.raises(ExportError):
        save_table(path, [trajectory], (), ())
    assert path.read_bytes() == OLD
    assert [entry.name for entry in tmp_path.iterdir()] == ["brief.pdfx"]


def test_nothing_to_export_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no table"):
        save_table(tmp_path / "brief.csv", [], (), ())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["brief.csv", "brief.xlsx"])
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_a_full_disk_leaves_no_file_and_no_temporary(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    existing: bool,
    trajectory: Table,
    summary: Summary,
    dataset: Dataset,
) -> None:
    path = tmp_path / name
    if existing:
        path.write_bytes(OLD)

    def full_disk(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StorageError) as raised:
        save_all(path, trajectory, summary, dataset)
    monkeypatch.undo()
    assert name in raised.value.message and "full" in raised.value.message
    if existing:
        assert path.read_bytes() == OLD
        assert [entry.name for entry in tmp_path.iterdir()] == [name]
    else:
        assert list(tmp_path.iterdir()) == []


def test_export_contents_adds_the_comparison_only_when_there_are_scenarios(
    dataset: Dataset,
) -> None:

    from trade_target.core.tables import export_contents

    scenario = replace(Scenario.from_source("x", dataset), exchange_rate=RATE, years_to_target=6)
    summary = scenario.summary()
    today = datetime.date(2026, 1, 20)
    alone, facts, cited = export_contents(summary, dataset, [], today)
    assert [sheet.title for sheet in alone] == ["Trajectory"]
    both, _, _ = export_contents(summary, dataset, [(scenario, summary)], today)
    assert [sheet.title for sheet in both] == ["Trajectory", "Scenario comparison"]
    assert ("Exchange rate (RM per US$)", RATE) in facts
    assert cited[0][0] == "Bilateral trade, 2024"
