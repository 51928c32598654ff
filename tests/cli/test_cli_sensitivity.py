"""`trade-target sensitivity`: growth at each exchange rate, the break-even rate, its JSON,
and one-line errors for a bad range."""

from __future__ import annotations

import json

import pytest
from cli_runs import run_main

from trade_target.cli import parser as cli

REQUIRED_5 = (10 / 5.2) ** (1 / 5) - 1  # +13.97 % a year


def observed(rate: float) -> float:
    """RM21.2 bn for Jan–Nov 2025, in US$ at `rate`, × 12/11, over US$5.2 bn in 2024."""
    return 21.2 / rate * 12 / 11 / 5.2 - 1


def break_even(years: int) -> float:
    return 21.2 * 12 / 11 / 5.2 / (10 / 5.2) ** (1 / years)


def test_the_command_is_listed() -> None:
    assert "sensitivity" in cli.COMMANDS


def test_json_lists_every_rate_with_both_growths(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(
        ["sensitivity", "--from", "3.5", "--to", "5", "--steps", "4", "--json"], capsys
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert [set(item) for item in data] == [{"rate", "required_growth", "observed_growth"}] * 4
    assert [item["rate"] for item in data] == pytest.approx([3.5, 4.0, 4.5, 5.0])
    for item in data:
        assert item["observed_growth"] == pytest.approx(observed(item["rate"]), rel=1e-12)
        assert item["required_growth"] == pytest.approx(REQUIRED_5, rel=1e-12)


def test_the_default_range_is_3_5_to_5_in_tenths(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["sensitivity", "--json"], capsys)
    assert status == 0
    rates = [item["rate"] for item in json.loads(out)]
    assert rates == pytest.approx([3.5 + i / 10 for i in range(16)])


def test_years_change_the_required_growth(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["sensitivity", "--years", "6", "--steps", "2", "--json"], capsys)
    assert status == 0
    for item in json.loads(out):
        assert item["required_growth"] == pytest.approx((10 / 5.2) ** (1 / 6) - 1, rel=1e-12)


def test_the_text_table_and_the_break_even_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(
        ["sensitivity", "--from", "3,5", "--to", "4.5", "--steps", "3"], capsys
    )
    assert (status, err) == (0, "")
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if "Rate (RM per US$)" in line)
    assert "Required growth" in lines[header] and "Observed growth" in lines[header]
    rows = [line.split() for line in lines[header + 1 : header + 4]]
    for row, rate in zip(rows, (3.5, 4.0, 4.5), strict=True):
        gap = (observed(rate) - REQUIRED_5) * 100
        assert row == [
            f"{rate:.4f}",
            f"{REQUIRED_5 * 100:+.2f}",
            "%",
            f"{observed(rate) * 100:+.2f}",
            "%",
            f"{gap:+.2f}",
        ]
    assert f"Break-even rate: {break_even(5):.4f} RM per US$" in out
    assert "3.9023" in out
    assert "does not depend on the rate" in out


def test_no_break_even_in_the_range_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["sensitivity", "--from", "4", "--to", "5"], capsys)
    assert status == 0
    assert "Break-even rate: none from 4.0000 to 5.0000 RM per US$" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--from", "5", "--to", "4"], "must be below the highest"),
        (["--from", "0"], "greater than zero"),
        (["--to", "431"], "check the decimal mark"),
        (["--from", "4,3,1"], "more than one decimal mark"),
        (["--to", "abc"], "is not a number"),
        (["--steps", "1"], "Steps"),
        (["--steps", "2.5"], "Steps: enter a whole number"),
        (["--years", "0"], "Years to target"),
    ],
)
def test_bad_options_get_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    status, out, err = run_main(["sensitivity", *argv], capsys)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("trade-target: error: ")
    assert words in err
    assert "Traceback" not in err
