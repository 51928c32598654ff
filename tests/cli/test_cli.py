"""The command line: `trade-target summary`, its JSON, and one-line errors for bad arguments."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main, run_module
from summary_json import SUMMARY_KEYS

# --- Summary text and JSON ----------------------------------------------------------------------


def test_summary_text_through_python_m(tmp_path: Path) -> None:
    result = run_module("summary", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    assert "4.3089" in text
    assert "2029" in text
    assert "+13.97 %" in text
    assert "5.367" in text
    assert "+3.22 %" in text
    assert "0.23" in text
    assert "Limited progress" in text
    assert "2045" in text


def test_summary_json_through_python_m(tmp_path: Path) -> None:
    result = run_module("summary", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == SUMMARY_KEYS
    assert data["exchange_rate"] == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert data["base_year"] == 2024
    assert data["base_value_usd"] == pytest.approx(5.2)
    assert data["target_value_usd"] == pytest.approx(10.0)
    assert data["target_year"] == 2029
    assert data["years_to_target"] == 5
    assert data["required_growth"] == pytest.approx(0.1397, abs=0.00005)
    assert data["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)
    assert data["latest_estimate_usd"] == pytest.approx(5.367, abs=0.0005)
    assert data["observed_growth"] == pytest.approx(0.0322, abs=0.00005)
    assert data["progress_ratio"] == pytest.approx(0.23, abs=0.005)
    assert data["status"] == "limited_progress"
    assert data["year_reached_at_trend"] == 2045


def test_rate_and_years_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["summary", "--rate", "4.05", "--years", "6", "--json"], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == SUMMARY_KEYS
    assert data["exchange_rate"] == 4.05
    assert data["years_to_target"] == 6
    assert data["target_year"] == 2030
    assert data["required_growth"] == pytest.approx(0.1151, abs=0.00005)
    assert data["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 6) - 1, rel=1e-12)
    assert data["latest_estimate_usd"] == pytest.approx(5.71, abs=0.005)
    assert data["observed_growth"] == pytest.approx(0.0982, abs=0.00005)
    assert data["observed_growth"] == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.2 - 1, rel=1e-9)
    assert data["status"] == "needs_acceleration"
    estimate = 21.2 / 4.05 * 12 / 11
    years = math.log(10 / estimate) / math.log(estimate / 5.2)
    assert data["year_reached_at_trend"] == 2025 + math.ceil(years)


@pytest.mark.parametrize("rate", ["4,05", " 4.05 ", "4.05"])
def test_rate_accepts_either_decimal_mark(capsys: pytest.CaptureFixture[str], rate: str) -> None:
    status, out, err = run_main(["summary", "--json", "--rate", rate], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["exchange_rate"] == 4.05
    assert data["observed_growth"] == pytest.approx(0.0982, abs=0.00005)


def test_decimal_comma_through_python_m(tmp_path: Path) -> None:
    result = run_module("summary", "--rate", "4,05", "--years", "6", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["exchange_rate"] == 4.05
    assert data["required_growth"] == pytest.approx(0.1151, abs=0.00005)
    assert data["target_year"] == 2030


def test_summary_text_shows_the_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["summary", "--rate", "4,05", "--years", "6"], capsys)
    assert status == 0
    assert "4.0500" in out
    assert "2030" in out
    assert "+11.51 %" in out
    assert "+9.82 %" in out
    assert "Needs acceleration" in out


def test_years_written_with_a_zero_fraction(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["summary", "--json", "--years", "6,0"], capsys)
    assert status == 0
    assert json.loads(out)["target_year"] == 2030


# --- Bad arguments ------------------------------------------------------------------------------

BAD_ARGUMENTS = [
    ["summary", "--rate", "0"],
    ["summary", "--rate", "-1"],
    ["summary", "--rate", "nan"],
    ["summary", "--rate", "inf"],
    ["summary", "--rate", "abc"],
    ["summary", "--rate", ""],
    ["summary", "--rate", "1,234.5"],
    ["summary", "--rate", "431"],
    ["summary", "--years", "0"],
    ["summary", "--years", "51"],
    ["summary", "--years", "5.5"],
    ["summary", "--years", "-1"],
    ["summary", "--years", "five"],
    ["summary", "--rate"],
    ["summary", "--years"],
    ["summary", "--unknown-option"],
    ["summary", "extra"],
    ["no-such-command"],
]


@pytest.mark.parametrize("argv", BAD_ARGUMENTS, ids=" ".join)
def test_bad_argument_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = run_main(argv, capsys)
    assert_one_line_error(status, out, err)
    assert err.startswith("trade-target")


PYTHON_M_BAD_ARGUMENTS = [
    (["--rate", "0"], "Exchange rate"),
    (["--rate", "nan"], "--rate"),
    (["--years", "5.5"], "--years"),
    (["--rate"], "--rate"),
    (["--bogus"], "--bogus"),
]


@pytest.mark.parametrize(
    ("args", "says"),
    PYTHON_M_BAD_ARGUMENTS,
    ids=[" ".join(args) for args, _ in PYTHON_M_BAD_ARGUMENTS],
)
def test_bad_argument_through_python_m(tmp_path: Path, args: list[str], says: str) -> None:
    result = run_module("summary", *args, cwd=tmp_path)
    assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert says in result.stderr


@pytest.mark.parametrize(
    ("args", "command_line"),
    [
        (["summary"], True),
        (["summary", "--json"], True),
        (["--version"], True),
        (["--help"], True),
        ([], False),
        (["missing.tradetarget"], True),  # only an existing file opens the window
        (["C:\\Users\\me\\case.tradetarget"], True),
        (["sumary"], True),  # a mistyped command is told so, on the terminal
        (["-psn_0_12345"], False),  # what macOS adds to an app launch
    ],
)
def test_the_window_gets_files_and_the_command_line_gets_commands(args, command_line):
    from trade_target.__main__ import _for_the_command_line

    assert _for_the_command_line(args) is command_line


def test_an_existing_file_opened_from_the_desktop_goes_to_the_window(tmp_path: Path) -> None:
    from trade_target.__main__ import _for_the_command_line

    path = tmp_path / "scenario.tradetarget"
    path.write_text("{}", encoding="utf-8")
    assert _for_the_command_line([str(path)]) is False
    assert _for_the_command_line([str(tmp_path)]) is True  # a folder is not a file to open


# --- Saved scenarios: summary --scenario FILE [--name NAME] --------------------------------------

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "malaysia-turkey.tradetarget"
EXAMPLE_NAMES = ("Article figures, 5 years", "Deadline 2028 at RM4.05", "Deadline 2030 at RM4.31")


def test_the_example_deadline_2028_through_python_m() -> None:
    result = run_module(
        "summary",
        "--scenario",
        "examples/malaysia-turkey.tradetarget",
        "--name",
        "Deadline 2028 at RM4.05",
        "--json",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == SUMMARY_KEYS | {"scenario"}
    assert data["scenario"] == "Deadline 2028 at RM4.05"
    assert data["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 4) - 1, rel=1e-12)
    assert data["required_growth"] == pytest.approx(0.1776, abs=0.00005)
    assert data["exchange_rate"] == 4.05
    assert (data["years_to_target"], data["target_year"]) == (4, 2028)
    assert data["observed_growth"] == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.2 - 1, rel=1e-9)


def test_without_a_name_the_files_current_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["summary", "--scenario", str(EXAMPLE), "--json"], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == SUMMARY_KEYS | {"scenario"}
    assert data["scenario"] == "Article figures, 5 years"
    assert data["exchange_rate"] == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert data["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)
    assert data["target_year"] == 2029


def test_rate_and_years_apply_on_top_of_the_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["summary", "--scenario", str(EXAMPLE), "--name", "Deadline 2030 at RM4.31"]
    status, out, _ = run_main([*argv, "--json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert (data["exchange_rate"], data["years_to_target"], data["target_year"]) == (4.31, 6, 2030)
    status, out, _ = run_main([*argv, "--json", "--rate", "4,05", "--years", "4"], capsys)
    assert status == 0
    data = json.loads(out)
    assert data["scenario"] == "Deadline 2030 at RM4.31"
    assert (data["exchange_rate"], data["years_to_target"], data["target_year"]) == (4.05, 4, 2028)
    assert data["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 4) - 1, rel=1e-12)
    assert data["observed_growth"] == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.2 - 1, rel=1e-9)


def test_the_text_starts_with_the_verdict_then_the_scenario_and_the_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["summary", "--scenario", str(EXAMPLE), "--name", "Deadline 2028 at RM4.05"]
    status, out, err = run_main(argv, capsys)
    assert (status, err) == (0, "")
    verdict, first, *rest = out.splitlines()
    assert verdict == (
        "Limited progress: the target needs +17.76 % a year to 2028; trade is growing +9.82 % "
        "a year and would reach US$10 bn in 2031, 3 years late. From the 2025 estimate, it "
        "now takes +20.53 % a year to 2028."  # 9.82 ÷ 17.76 = 0.55; (10 / 5.710)^(1/3) − 1
    )
    assert f"{((10 / (21.2 / 4.05 * 12 / 11)) ** (1 / 3) - 1) * 100:.2f}" == "20.53"
    assert first.startswith("Scenario:")
    assert "“Deadline 2028 at RM4.05”" in first
    assert "malaysia-turkey.tradetarget" in first
    assert rest[0].startswith("Exchange rate:")
    assert "4.0500" in out
    assert "+17.76 %" in out
    assert "2028" in out


def test_without_a_scenario_the_text_has_no_scenario_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run_main(["summary"], capsys)
    assert status == 0
    verdict, first, *_ = out.splitlines()
    assert verdict.startswith("Limited progress: the target needs +13.97 % a year to 2029;")
    assert first.startswith("Exchange rate:")
    assert "Scenario" not in out


def test_an_unknown_name_lists_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["summary", "--scenario", str(EXAMPLE), "--name", "Deadline 2040", "--json"]
    status, out, err = run_main(argv, capsys)
    assert status == 2
    assert_one_line_error(status, out, err)
    assert "“Deadline 2040”" in err
    for name in EXAMPLE_NAMES:
        assert f"“{name}”" in err


def test_a_name_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["summary", "--name", "Deadline 2028 at RM4.05"], capsys)
    assert status == 2
    assert_one_line_error(status, out, err)
    assert "--scenario" in err


def valid_file_text() -> str:
    return EXAMPLE.read_text("utf-8")


BAD_SCENARIO_FILES = [
    ("missing", None, "does not exist"),
    ("empty", "", "not valid JSON"),
    ("not JSON", "Deadline 2028 at RM4.05\n", "not valid JSON"),
    ("a list", "[]\n", "not a workbook"),
    ("newer version", None, "this version of Trade Target reads version 1"),
    ("infinite rate", None, "“exchange_rate”"),
    ("no scenarios", None, "holds no scenarios"),
    ("a hostile id", None, "not a Trade Target file"),
    ("not UTF-8", None, "not UTF-8"),
]


def write_bad_file(folder: Path, case: str, text: str | None) -> Path:
    path = folder / "cases.tradetarget"
    obj = json.loads(valid_file_text())
    if case == "missing":
        return path
    if case == "newer version":
        obj["format_version"] = 2
    elif case == "infinite rate":
        obj["scenarios"][1]["exchange_rate"] = math.inf
    elif case == "no scenarios":
        obj["scenarios"] = []
    elif case == "a hostile id":
        obj["scenarios"][0]["figures"][0]["id"] = "line one\nline two\n" * 1000
    elif case == "not UTF-8":
        path.write_bytes("Türkiye".encode("latin-1"))
        return path
    path.write_text(json.dumps(obj) if text is None else text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("case", "text", "says"), BAD_SCENARIO_FILES, ids=[c[0] for c in BAD_SCENARIO_FILES]
)
def test_a_bad_scenario_file_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, text: str | None, says: str
) -> None:
    path = write_bad_file(tmp_path, case, text)
    for extra in ([], ["--json"], ["--name", "Deadline 2028 at RM4.05"]):
        status, out, err = run_main(["summary", "--scenario", str(path), *extra], capsys)
        assert_one_line_error(status, out, err)
        assert "“cases.tradetarget”" in err
        assert says in err
        assert len(err) < 600


def test_a_folder_given_as_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["summary", "--scenario", str(tmp_path)], capsys)
    assert_one_line_error(status, out, err)
    assert "folder" in err


def test_a_bad_scenario_file_through_python_m(tmp_path: Path) -> None:
    path = write_bad_file(tmp_path, "infinite rate", None)
    result = run_module("summary", "--scenario", str(path), "--json", cwd=tmp_path)
    assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert result.stderr.startswith("trade-target: error: “cases.tradetarget” is not a Trade")
    assert "scenario “Deadline 2028 at RM4.05”: “exchange_rate”" in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`trade-target sensitivity | head -1`: the pipe closes, the command ends quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "trade_target", "sensitivity", "--steps", "200"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(20)
    process.stdout.close()
    code = process.wait(timeout=60)
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert "Traceback" not in errors, errors
    assert code == 0, errors


def test_annualise_chooses_the_method_and_refuses_one_the_figures_do_not_allow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trade_target.core import figure_edits
    from trade_target.core.files.dataset_file import load_default_dataset
    from trade_target.core.files.file_writing import save_workbook
    from trade_target.core.money import Currency
    from trade_target.core.monthly.months import MonthlyFigure
    from trade_target.core.workbook import Scenario, Workbook

    months = [MonthlyFigure(2024, 12, 2.0, Currency.MYR)]
    months += [MonthlyFigure(2025, m, 1.9, Currency.MYR) for m in range(1, 12)]
    dataset = figure_edits.with_monthly(load_default_dataset(), months)
    path = tmp_path / "monthly.tradetarget"
    save_workbook(path, Workbook((Scenario.from_source("Monthly", dataset),)))

    status, out, err = run_main(
        ["summary", "--scenario", str(path), "--annualise", "trailing_12", "--json"], capsys
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["annualisation"] == "trailing_12"
    rate = 21.2 / 4.92
    assert data["latest_estimate_usd"] == pytest.approx((2.0 + 11 * 1.9) / rate, rel=1e-12)

    status, out, err = run_main(["summary", "--annualise", "same_period"], capsys)
    assert_one_line_error(status, out, err)
    assert "previous year" in err


def test_without_a_terminal_a_missing_file_goes_to_the_window_to_be_told(monkeypatch) -> None:
    """A windowed launch has no standard error: a word there would be said to nobody."""
    from trade_target.__main__ import _for_the_command_line

    monkeypatch.setattr(sys, "stderr", None)
    assert _for_the_command_line(["missing.tradetarget"]) is False
    assert _for_the_command_line(["summary"]) is True
