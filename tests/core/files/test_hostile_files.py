"""Every file of the hostile corpus (tests/hostile/) gets a clear, typed, one-line message.

The README there lists each file with the words its message must hold; a file without a
line, or a line without a file, fails here too, so the corpus and its notes stay together.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main

from trade_target.core.errors import TradeTargetError
from trade_target.core.files.file_format import FileFormatError, load_workbook
from trade_target.core.files.monthly_csv import read_monthly_csv

CORPUS = Path(__file__).resolve().parents[2] / "hostile"
TODAY = datetime.date(2026, 12, 5)


def listed() -> dict[str, str]:
    """File name → expected words, from the README's table."""
    rows: dict[str, str] = {}
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("`"):
            name, words, reason = (cell.strip() for cell in line.split(" | ", 2))
            assert reason, f"{name}: say what it reproduces"
            rows[name.strip("`")] = words
    return rows


CASES = listed()


def test_every_file_has_a_line_and_every_line_a_file() -> None:
    files = {path.name for path in CORPUS.iterdir() if path.name != "README.md"}
    assert files == set(CASES)
    assert len(CASES) >= 8


def opened(path: Path) -> TradeTargetError:
    """What opening the file in the core raises: the error the window shows."""
    with pytest.raises(TradeTargetError) as raised:
        if path.suffix == ".csv":
            read_monthly_csv(path, TODAY)
        else:
            load_workbook(path, TODAY)
    return raised.value


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_core_refuses_it_with_a_clear_message(name: str) -> None:
    error = opened(CORPUS / name)
    message = getattr(error, "message", str(error))
    assert CASES[name] in message
    assert "\n" not in message and "Traceback" not in message
    assert message.isprintable(), "the message must not carry the file's control characters"
    if name.endswith(".tradetarget"):
        assert isinstance(error, FileFormatError)
        assert message.startswith(f"“{name}” is not a Trade Target file: ")


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_command_line_refuses_it_in_one_line(name: str, capsys) -> None:
    path = str(CORPUS / name)
    argv = ["import-monthly", path] if name.endswith(".csv") else ["summary", "--scenario", path]
    status, out, err = run_main(argv, capsys)
    assert_one_line_error(status, out, err)
    assert CASES[name] in err
