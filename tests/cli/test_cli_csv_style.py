"""`trade-target export --table FILE.csv`: the CSV in the style the --lang language's
spreadsheets read (";" and decimal commas in Turkish, "," and decimal points in English and
Malay), or the style --csv-style names; the numbers are PRODUCT.md's worked example."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main
from trajectory_rows import assert_trajectory_row

RATE = 21.2 / 4.92
REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # 13.97 %
OBSERVED = 21.2 / RATE * 12 / 11 / 5.2 - 1  # 3.22 %


def read(path: Path, separator: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def test_the_worked_example() -> None:
    assert round(REQUIRED * 100, 2) == 13.97
    assert round(OBSERVED * 100, 2) == 3.22


@pytest.mark.parametrize(
    ("args", "separator", "mark"),
    [
        ((), ",", "."),
        (("--lang", "ms"), ",", "."),  # Malaysia writes a decimal point
        (("--lang", "tr"), ";", ","),
        (("--lang", "tr", "--csv-style", "comma"), ",", "."),
        (("--csv-style", "semicolon"), ";", ","),
        (("--lang", "ms", "--csv-style", "auto"), ",", "."),
    ],
)
def test_export_csv_style(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    separator: str,
    mark: str,
) -> None:
    path = tmp_path / "t.csv"
    status, _, err = run_main(["export", "--table", str(path), *args], capsys)
    assert status == 0, err
    header, *rows = read(path, separator)
    assert len(header) == 9 and len(rows) == 6  # the last two: the catch-up path
    other = "," if mark == "." else "."
    for row in rows:
        year = int(row[0])
        assert all(other not in cell for cell in row)
        assert_trajectory_row(
            year,
            [float(cell.replace(mark, ".")) for cell in row[1:7]],
            base=5.2,
            base_year=2024,
            required_growth=REQUIRED,
            observed_growth=OBSERVED,
            rate=RATE,
        )


def test_an_unknown_csv_style_is_one_line_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "t.csv"
    status, out, err = run_main(["export", "--table", str(path), "--csv-style", "tab"], capsys)
    assert_one_line_error(status, out, err)
    assert "--csv-style" in err and "semicolon" in err
    assert not path.exists()
