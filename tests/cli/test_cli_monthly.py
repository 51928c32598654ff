"""`trade-target import-monthly FILE`: the figures, each year against the required pace, the
rows left out, JSON, and one-line errors — through cli.main on files written here."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from cli_runs import run_main

from trade_target.cli import parser as cli

RATE = 21.2 / 4.92  # the article's implied rate, 4.3089 RM per US$ (the default)
REQUIRED_2025 = 5.2 * (10 / 5.2) ** (1 / 5)  # one year along the path to 10 in 5 years


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "monthly-sample.csv"
    text = (
        resources.files("trade_target.resources").joinpath("monthly-sample.csv").read_text("utf-8")
    )
    path.write_text(text, "utf-8")
    return path


def test_import_monthly_is_a_command() -> None:
    assert "import-monthly" in cli.COMMANDS


def test_the_sample_against_the_required_pace(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_main(["import-monthly", str(sample)], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Monthly figures from monthly-sample.csv, at 4.3089 RM per US$:"
    assert any(line.split() == ["Jan", "2025", "RM1.84", "bn", "US$0.427", "bn"] for line in lines)
    assert any(line.split() == ["Dec", "2024", "US$0.47", "bn", "US$0.470", "bn"] for line in lines)
    pace = REQUIRED_2025 * 11 / 12
    behind = (pace - 21.2 / RATE) / pace * 100
    assert (
        f"Jan–Nov 2025: US${21.2 / RATE:.2f} bn, {behind:.1f} % behind the required pace "
        f"(US${pace:.2f} bn)." in lines
    )
    assert "Jan–Dec 2024: US$5.20 bn, on the required pace (US$5.20 bn)." in lines
    latest = 0.47 + 21.2 / RATE  # Dec 2024 and Jan–Nov 2025
    assert f"Latest twelve months (Dec 2024–Nov 2025): US${latest:.2f} bn" in lines
    assert "left out" not in out


def test_json_at_another_rate_and_years(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(
        ["import-monthly", str(sample), "--json", "--rate", "4,05", "--years", "6"], capsys
    )
    assert status == 0
    data = json.loads(out)
    assert data["exchange_rate"] == 4.05
    assert len(data["figures"]) == 23
    january = data["figures"][12]
    assert january == {
        "year": 2025,
        "month": 1,
        "value": 1.84,
        "currency": "MYR",
        "value_usd": pytest.approx(1.84 / 4.05),
    }
    year_2025 = next(year for year in data["years"] if year["year"] == 2025)
    required = 5.2 * (10 / 5.2) ** (1 / 6)
    assert year_2025["months"] == 11
    assert year_2025["cumulative_usd"] == pytest.approx(21.2 / 4.05)
    assert year_2025["required_year_usd"] == pytest.approx(required)
    assert year_2025["required_pace_usd"] == pytest.approx(required * 11 / 12)
    assert year_2025["difference_usd"] == pytest.approx(21.2 / 4.05 - required * 11 / 12)
    running = 0.0
    ringgit = [1.84, 1.76, 1.95, 1.88, 2.02, 1.90, 2.05, 1.97, 1.93, 2.01, 1.89]
    for month, entry in enumerate(year_2025["by_month"], 1):
        running += ringgit[month - 1] / 4.05
        assert entry["month"] == month
        assert entry["cumulative_usd"] == pytest.approx(running)
        assert entry["required_pace_usd"] == pytest.approx(required * month / 12)
    assert data["trailing_twelve_months"]["end_year"] == 2025
    assert data["trailing_twelve_months"]["end_month"] == 11
    assert data["trailing_twelve_months"]["total_usd"] == pytest.approx(0.47 + 21.2 / 4.05)
    assert data["problems"] == []


def test_bad_rows_are_listed_with_their_lines_and_the_rest_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "release.csv"
    path.write_text(
        "Dönem;Değer (RM milyon);Birim\n2025M01;1840\n2025M02;abc\n\n2025M03;1950\n2025M03;1\n",
        "utf-8",
    )
    status, out, err = run_main(["import-monthly", str(path)], capsys)
    assert (status, err) == (0, "")
    assert "2 rows left out:" in out.splitlines()
    assert "Line 3: Value: “abc” is not a number." in out.splitlines()
    assert "Line 6: Mar 2025 is given twice: it is already on line 5." in out.splitlines()
    assert "Jan 2025: US$0.43 bn" in out  # February was left out, so the total stops
    assert "Feb 2025 is missing" in out
    status, out, _ = run_main(["import-monthly", str(path), "--json"], capsys)
    problems = json.loads(out)["problems"]
    assert [problem["line"] for problem in problems] == [3, 6]


def test_a_gap_stops_the_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gap.csv"
    path.write_text("Month,Value,Currency\n2025-01,0.4,USD\n2025-03,0.5,USD\n", "utf-8")
    status, out, _ = run_main(["import-monthly", str(path)], capsys)
    assert status == 0
    pace = REQUIRED_2025 / 12
    assert f"Jan 2025: US$0.40 bn, {(pace - 0.4) / pace * 100:.1f} % behind" in out
    assert "Feb 2025 is missing, so the later months are not in the total." in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("Month,Value,Currency\n2025-13,1,RM\n", "No month could be read. Line 2:"),
        ("", "empty"),
        ("just some text\n", "not a header row"),
        ("Month,Value\n2025-01,1\n", "which currency"),
    ],
)
def test_no_good_row_is_one_error_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, "utf-8")
    status, out, err = run_main(["import-monthly", str(path)], capsys)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("trade-target: error: ")
    assert words in err


def test_a_missing_file_and_bad_options_are_one_line(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_main(["import-monthly", str(tmp_path / "nowhere.csv")], capsys)
    assert status == 1 and out == ""
    assert err == "trade-target: error: Could not open “nowhere.csv”: the file does not exist.\n"
    status, out, err = run_main(["import-monthly", str(sample), "--rate", "4,3,1"], capsys)
    assert status == 2 and out == "" and len(err.splitlines()) == 1
    status, out, err = run_main(["import-monthly"], capsys)
    assert status == 2 and out == "" and len(err.splitlines()) == 1


def test_binary_garbage_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 50)
    status, out, err = run_main(["import-monthly", str(path)], capsys)
    assert status == 2 and out == ""
    assert "not a text file" in err and len(err.splitlines()) == 1
