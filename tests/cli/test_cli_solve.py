"""`trade-target solve`: three of base, target, years and growth in, the fourth out, as text
or JSON; an ask without an answer is one line on stderr and exit status 2."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main, run_module

KEYS = {"base", "target", "years", "growth"}


def test_growth_needed_as_json_through_python_m(tmp_path: Path) -> None:
    result = run_module(
        "solve", "--base", "5.2", "--target", "10", "--years", "5", "--json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    answer = json.loads(result.stdout)
    assert set(answer) == KEYS
    assert all(isinstance(value, float) for value in answer.values())
    assert answer["growth"] == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)
    assert answer["growth"] * 100 == pytest.approx(13.97, abs=0.005)  # PRODUCT.md
    assert (answer["base"], answer["target"], answer["years"]) == (5.2, 10.0, 5.0)


def test_years_needed_at_a_growth(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(
        ["solve", "--growth", "0.05", "--base", "5.2", "--target", "10", "--json"], capsys
    )
    assert (status, err) == (0, "")
    answer = json.loads(out)
    assert set(answer) == KEYS
    assert answer["years"] == pytest.approx(math.log(10 / 5.2) / math.log(1.05), rel=1e-12)
    assert answer["growth"] == 0.05


def test_target_and_base_with_either_decimal_mark(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(
        ["solve", "--base", "5,2", "--years", "4,5", "--growth", "0,1", "--json"], capsys
    )
    assert status == 0
    assert json.loads(out)["target"] == pytest.approx(5.2 * 1.1**4.5, rel=1e-12)
    status, out, _ = run_main(
        ["solve", "--target", "10", "--years", "5", "--growth=-0,02", "--json"], capsys
    )
    assert status == 0
    assert json.loads(out)["base"] == pytest.approx(10 / 0.98**5, rel=1e-12)


def test_text_has_the_sentence_and_the_four_values(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(
        ["solve", "--base", "5.2", "--target", "10", "--years", "5"], capsys
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "At +13.97 % a year, US$5.20 bn reaches US$10.00 bn in 5.00 years."
    rows = {line.split(":")[0]: line for line in lines[2:]}
    assert set(rows) == {"Base", "Target", "Years", "Growth"}
    assert "5.2000" in rows["Base"]
    assert "10.0000" in rows["Target"]
    assert "5.0000" in rows["Years"]
    growth = (10 / 5.2) ** 0.2 - 1
    assert f"+{growth * 100:.4f} %" in rows["Growth"]
    assert "(solved)" in rows["Growth"]
    assert "(solved)" not in rows["Years"]


def test_text_in_turkish_writes_decimal_commas(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(
        ["solve", "--lang", "tr", "--base", "5.2", "--target", "10", "--years", "5"], capsys
    )
    assert status == 0
    assert "13,97" in out
    assert "13.97" not in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--base", "5.2", "--target", "10", "--growth", "-0.05"], "never rises"),
        (["--base", "5.2", "--target", "10", "--growth", "0"], "never reaches"),
        (["--base", "10", "--target", "5.2", "--growth", "0.05"], "never falls"),
        (["--base", "5.2", "--target", "10"], "Give three"),
        ([], "Give three"),
        (["--base", "5.2", "--target", "10", "--years", "5", "--growth", "0.1"], "leave out"),
        (["--base", "0", "--target", "10", "--years", "5"], "base must be more than zero"),
        (["--base", "5.2", "--target", "10", "--years", "0"], "years must be more than zero"),
        (["--base", "5.2", "--years", "5", "--growth", "-1"], "Growth must be more than"),
        (["--base", "five", "--target", "10", "--years", "5"], "--base"),
        (["--base", "5.2", "--target", "10", "--growth", "5%"], "a fraction, not a percentage"),
    ],
)
def test_no_answer_is_one_line_and_exit_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_main(["solve", *argv], capsys)
    assert status == 2
    assert_one_line_error(status, out, err)
    assert err.startswith("trade-target: error: ")
    assert words in err


def test_never_reached_through_python_m(tmp_path: Path) -> None:
    result = run_module(
        "solve", "--base", "5.2", "--target", "10", "--growth=-0.05", "--json", cwd=tmp_path
    )
    assert result.returncode == 2
    assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert "never" in result.stderr


def test_help_says_growth_is_a_fraction(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["solve", "--help"], capsys)
    assert status == 0
    assert "0.1397 for 13.97 %" in out
    assert "US$ bn" in out
