"""`trade-target report` and `trade-target export`: headless (no display at all), one line
and a non-zero exit on bad options or an unwritable path, and nothing half-written."""

from __future__ import annotations

import csv
import io
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cli_runs import environment, run_module

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "malaysia-turkey.tradetarget"
REQUIRED_6 = (10 / 5.2) ** (1 / 6) - 1  # 11.51 %
OBSERVED_405 = 21.2 / 4.05 * 12 / 11 / 5.2 - 1  # 9.82 %


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as a user types it, with no display and no Qt platform chosen."""
    env = environment("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return run_module(*args, cwd=cwd, env=env, timeout=180)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_writes_a_one_page_pdf_with_the_key_numbers(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    done = run("report", "--out", str(out), "--rate", "4.05", "--years", "6", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert f"{REQUIRED_6 * 100:.2f}" == "11.51" and "11.51" in text
    assert f"{OBSERVED_405 * 100:.2f}" in text
    assert "2030" in text


def test_report_on_a_saved_scenario(tmp_path: Path) -> None:
    out = tmp_path / "deadline.pdf"
    done = run(
        "report",
        "--out",
        str(out),
        "--scenario",
        str(EXAMPLE),
        "--name",
        "Deadline 2028 at RM4.05",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert f"{((10 / 5.2) ** (1 / 4) - 1) * 100:.2f}" in text and "2028" in text


def test_export_writes_chart_and_table(tmp_path: Path) -> None:
    chart, table = tmp_path / "chart.svg", tmp_path / "table.xlsx"
    done = run("export", "--chart", str(chart), "--table", str(table), "--years", "6", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    ET.parse(chart)  # parses as XML
    from openpyxl import load_workbook

    sheet = load_workbook(table).worksheets[0]
    years = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert years == list(range(2024, 2031))


def test_export_png_width(tmp_path: Path) -> None:
    chart = tmp_path / "chart.png"
    done = run("export", "--chart", str(chart), "--width", "640", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = chart.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 640  # the IHDR width


def test_export_csv_matches_the_formula(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    done = run("export", "--table", str(table), "--rate", "4.05", "--years", "6", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    for row in rows[1:]:
        year = int(row[0])
        assert float(row[1]) == pytest.approx(5.2 * (1 + REQUIRED_6) ** (year - 2024))


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("report",), "--out"),
        (("report", "--out", "b.pdf", "--rate", "4,3.1"), "decimal mark"),
        (("report", "--out", "b.docx"), ".pdf"),
        (("export",), "--chart"),
        (("export", "--chart", "c.gif"), ".png"),
        (("export", "--table", "t.ods"), ".csv"),
        (("export", "--chart", "c.png", "--width", "5"), "width"),
        (("report", "--out", "missing-folder/b.pdf"), "b.pdf"),
        (("export", "--table", "missing-folder/t.csv"), "t.csv"),
    ],
)
def test_bad_options_or_paths_get_one_line_and_leave_nothing(
    tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert says in lines[0] and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
