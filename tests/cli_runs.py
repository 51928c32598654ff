"""Running the command line in tests: in a fresh interpreter, or `cli.main` in this process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trade_target import cli


def run_module(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m trade_target …` in a fresh interpreter, away from the checkout."""
    return subprocess.run(
        [sys.executable, "-m", "trade_target", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """cli.main in this process; argparse's own exits come back as their status."""
    try:
        status = cli.main(argv)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(status: int, out: str, err: str) -> None:
    assert status != 0
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.endswith("\n")
    assert "error" in err
    assert "Traceback" not in err
