"""The command line at the edge of the floating-point range, each run in a child process (a
crash there is a negative exit status, not a dead test run): every command either refuses in
one line that names the input, or writes output with no inf or NaN in it. Before, `report
--rate 1e-321` killed the process and `summary --json` printed Infinity."""

from __future__ import annotations

import csv
import decimal
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_writing import save_workbook
from trade_target.core.workbook import Workbook


def typed(value: float) -> str:
    """The number written out in full, as a person types it (the command line reads no
    exponents): 1e-321 becomes 0.000…00099801… with every digit of the float."""
    return format(decimal.Decimal(value), "f")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "trade_target", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode >= 0, f"the process crashed (signal {-done.returncode}): {done.stderr}"
    return done


def strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def assert_refused_in_one_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr


TINY_RATES = [1e-321, 5e-324, 1e-300]


@pytest.mark.parametrize("rate", TINY_RATES)
def test_report_at_a_tiny_rate_is_refused_not_a_crash(tmp_path: Path, rate: float) -> None:
    done = run("report", "--out", "brief.pdf", "--rate", typed(rate), cwd=tmp_path)
    assert_refused_in_one_line(done, "Exchange rate:", "too far apart")
    assert not (tmp_path / "brief.pdf").exists()


@pytest.mark.parametrize("rate", TINY_RATES)
def test_summary_json_at_a_tiny_rate_is_refused_not_infinity(tmp_path: Path, rate: float) -> None:
    done = run("summary", "--json", "--rate", typed(rate), cwd=tmp_path)
    assert_refused_in_one_line(done, "Exchange rate:")


def test_export_at_a_tiny_rate_writes_nothing(tmp_path: Path) -> None:
    done = run(
        "export", "--chart", "c.png", "--table", "t.csv", "--rate", typed(1e-321), cwd=tmp_path
    )
    assert_refused_in_one_line(done, "Exchange rate:")
    assert list(tmp_path.iterdir()) == []


def test_the_lowest_rate_that_computes_gives_valid_json_csv_and_png(tmp_path: Path) -> None:
    """0.5 RM per US$ is far from any real rate, yet computable: every output is sound."""
    done = run("summary", "--json", "--rate", "0.5", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = strict_json(done.stdout)
    assert data["observed_growth"] == pytest.approx(21.2 / 0.5 * 12 / 11 / 5.2 - 1)
    done = run("export", "--chart", "c.png", "--table", "t.csv", "--rate", "0.5", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = (tmp_path / "t.csv").read_text("utf-8-sig")
    cells = {cell.strip().lower() for row in csv.reader(text.splitlines()) for cell in row}
    assert not cells & {"inf", "-inf", "nan"}


def _saved(tmp_path: Path, field: str, value: float) -> Path:
    """A workbook file whose one scenario holds `value`, as a file edited by hand could."""
    path = tmp_path / "edge.tradetarget"
    save_workbook(path, Workbook.from_source(load_default_dataset()))
    raw = json.loads(path.read_text("utf-8"))
    scenario = raw["scenarios"][0]
    if field == "exchange_rate":
        scenario["exchange_rate"] = value
    else:
        role = scenario["roles"][field.removesuffix("_value")]
        figure = next(f for f in scenario["figures"] if f["id"] == role)
        figure["value"] = value
    path.write_text(json.dumps(raw), "utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("base_value", 5e-324, "Base-year trade:"),
        ("latest_value", 1e308, "too large to be an amount"),
        ("latest_value", 1e-300, "Latest trade:"),
        ("exchange_rate", 1e-321, "Exchange rate:"),
    ],
)
def test_a_saved_workbook_at_the_edge_is_refused_by_name(
    tmp_path: Path, field: str, value: float, words: str
) -> None:
    path = _saved(tmp_path, field, value)
    done = run("summary", "--json", "--scenario", str(path), cwd=tmp_path)
    assert done.returncode != 0 and done.stdout == ""
    assert "Traceback" not in done.stderr and words in done.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--base", typed(1e-321), "--target", "10", "--years", "5"], "too far apart"),
        (["--base", "5.2", "--target", "10", "--growth", typed(1e-321)], "more than 10000 years"),
        (["--base", "5.2", "--target", "10", "--growth", typed(1e-300)], "more than 10000 years"),
        (["--base", "5.2", "--years", "5", "--growth", "1000000000"], "Growth: at most"),
        (["--base", "5.2", "--target", typed(1e308), "--years", "5"], "Target: at most"),
        (["--target", "10", "--years", "10000", "--growth", "9999"], "too far apart"),
        # the base would be 1e-309, a subnormal float whose digits are already lost
        (["--target", "0.000000001", "--years", "75", "--growth", "9999"], "too far apart"),
    ],
)
def test_solve_at_the_edge_answers_in_words(tmp_path: Path, args: list[str], words: str) -> None:
    done = run("solve", "--json", *args, cwd=tmp_path)
    assert_refused_in_one_line(done, words)


def test_solve_near_the_edge_prints_finite_json(tmp_path: Path) -> None:
    done = run("solve", "--json", "--base", "0.001", "--target", "10", "--years", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert strict_json(done.stdout)["growth"] == pytest.approx(10 / 0.001 - 1)


@pytest.mark.parametrize(
    ("low", "high"),
    [(typed(1e-321), "5"), (typed(1e-300), "0.001"), ("0.0001", "0.001")],
)
def test_sensitivity_over_tiny_rates_is_refused(tmp_path: Path, low: str, high: str) -> None:
    done = run("sensitivity", "--json", "--from", low, "--to", high, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stdout == "" and "Traceback" not in done.stderr


def test_sensitivity_json_is_strict_json(tmp_path: Path) -> None:
    done = run("sensitivity", "--json", "--from", "0.5", "--to", "20", "--steps", "5", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(strict_json(done.stdout)) == 5


@pytest.mark.parametrize("value", ["0." + "0" * 320 + "1", "1e-321", "99.9999", "0"])
def test_import_monthly_with_edge_values_is_refused_or_finite(tmp_path: Path, value: str) -> None:
    rows = ["Period,Total trade,Currency,Unit"]
    rows += [f"2025M{month:02d},{value},MYR,billion" for month in range(1, 13)]
    (tmp_path / "m.csv").write_text("\n".join(rows) + "\n", "utf-8")
    done = run("import-monthly", "m.csv", "--json", "--rate", typed(1e-321), cwd=tmp_path)
    assert_refused_in_one_line(done, "Exchange rate:")
    done = run("import-monthly", "m.csv", "--json", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        strict_json(done.stdout)
