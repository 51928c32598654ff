"""The CSV exported in each language, opened by LibreOffice Calc set to that language's locale
(Tools › Options › Language Settings › Locale setting) with the import options its Text
Import dialog offers by default: every number arrives as a number, equal to PRODUCT.md's
worked example. And the check can fail: the Turkish export written comma-separated, as it
was before, arrives in a Turkish LibreOffice as text.

LibreOffice converts the files headless to .xlsx, which openpyxl reads back. Needs the
Debian package libreoffice-calc-nogui (.ci/run installs it).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import openpyxl
import pytest
import xserver
from cli_runs import run_main

pytestmark = pytest.mark.slow

LOCALES = {"en": "en-GB", "ms": "ms-MY", "tr": "tr-TR"}
FIRST_HEADER = {"en": "Year", "ms": "Tahun", "tr": "Yıl"}
# What LibreOffice's Text Import dialog offers on a fresh profile (Calc's configuration
# schema, Dialogs/CSVImport): comma, semicolon and tab all ticked as separators, '"' around
# text, UTF-8 (which the dialog reads from the byte-order mark), from line 1, standard
# columns, language 0 (the locale setting), quoted fields not forced to text, no detection
# of special numbers.
IMPORT_FILTER = "Text - txt - csv (StarCalc):44/59/9,34,76,1,,0,false,false"
CONVERT_TIMEOUT = 120  # seconds; a fresh profile's first start takes a few

RATE = 21.2 / 4.92
REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # 13.97 %
OBSERVED = 21.2 / RATE * 12 / 11 / 5.2 - 1  # 3.22 %
YEARS = range(2024, 2030)
LATEST = 21.2 / RATE * 12 / 11  # the 2025 estimate, US$5.367 bn
CATCH_UP = (10 / LATEST) ** (1 / 4) - 1  # +16.83 % a year from 2025 to 2029


def expected_row(year: int) -> list[float]:
    """The trajectory table's row for `year`, from PRODUCT.md's formulas."""
    required = 5.2 * (1 + REQUIRED) ** (year - 2024)
    trend = 5.2 * (1 + OBSERVED) ** (year - 2024)
    gap = trend - required
    return [year, required, required * RATE, trend, trend * RATE, gap, gap * RATE]


def expected_catch_up(year: int) -> list[float | None]:
    """The catch-up path's two cells: blank before the latest year (2025)."""
    if year < 2025:
        return [None, None]
    value = LATEST * (1 + CATCH_UP) ** (year - 2025)
    return [value, value * RATE]


def user_profile(folder: Path, locale: str) -> str:
    """A LibreOffice user profile whose locale setting is `locale`, as a user sets it."""
    (folder / "user").mkdir(parents=True)
    (folder / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Setup/L10N">'
        '<prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        "</oor:items>\n",
        encoding="utf-8",
    )
    return folder.as_uri()


def start_conversion(files: list[Path], locale: str, work: Path) -> subprocess.Popen[str]:
    """LibreOffice, set to `locale`, converting `files` to .xlsx in work/out-<locale>."""
    profile = user_profile(work / f"profile-{locale}", locale)
    # The process's own locale is neutral: the profile's setting is what decides.
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    return subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            f"--infilter={IMPORT_FILTER}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(work / f"out-{locale}"),
            *(str(path) for path in files),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )


def sheet_cells(path: Path) -> list[list[openpyxl.cell.cell.Cell]]:
    assert path.exists(), f"LibreOffice wrote no {path.name}"
    return [list(row) for row in openpyxl.load_workbook(path).worksheets[0].iter_rows()]


def test_every_languages_csv_opens_with_numbers_as_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xserver.require_programs(
        {"soffice": "libreoffice-calc-nogui"}, "opening the CSV exports in LibreOffice"
    )
    started = time.monotonic()
    exports = {}
    for code in LOCALES:
        exports[code] = tmp_path / f"table-{code}.csv"
        status, _, err = run_main(["export", "--table", str(exports[code]), "--lang", code], capsys)
        assert status == 0, err
    before = tmp_path / "table-tr-comma.csv"  # the Turkish export as it used to be written
    status, _, err = run_main(
        ["export", "--table", str(before), "--lang", "tr", "--csv-style", "comma"], capsys
    )
    assert status == 0, err

    conversions = {
        code: start_conversion(
            [exports[code], *([before] if code == "tr" else [])], locale, tmp_path
        )
        for code, locale in LOCALES.items()
    }
    for code, process in conversions.items():
        output, _ = process.communicate(timeout=CONVERT_TIMEOUT)
        assert process.returncode == 0, f"{code}: {output}"

    for code, locale in LOCALES.items():
        header, *body = sheet_cells(tmp_path / f"out-{locale}" / f"table-{code}.xlsx")
        assert len(header) == 9 and all(cell.data_type == "s" for cell in header), code
        assert header[0].value == FIRST_HEADER[code]
        assert len(body) == len(YEARS)
        for cells, year in zip(body, YEARS, strict=True):
            assert [cell.data_type for cell in cells[:7]] == ["n"] * 7, (code, year)
            values = [cell.value for cell in cells]
            # LibreOffice keeps 15 significant digits in the .xlsx it writes.
            assert values[:7] == pytest.approx(expected_row(year), rel=1e-13, abs=1e-13), code
            catch_up = expected_catch_up(year)
            if catch_up[0] is None:
                assert values[7:] in ([], [None], [None, None]), (code, year)  # blank cells
            else:
                assert [cell.data_type for cell in cells[7:]] == ["n"] * 2, (code, year)
                assert values[7:] == pytest.approx(catch_up, rel=1e-13), code

    header, *body = sheet_cells(tmp_path / "out-tr-TR" / "table-tr-comma.xlsx")
    as_text = [cell.value for cells in body for cell in cells[1:] if cell.data_type == "s"]
    assert "5.2" in as_text  # "5.2" is not a number in Turkish: the check sees the fault
    elapsed = time.monotonic() - started
    assert elapsed < 120, f"took {elapsed:.0f} s"
