"""Running the command line in tests: in a fresh interpreter, or `cli.main` in this process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from trade_target.cli import parser as cli


def environment(*unset: str, **values: str) -> dict[str, str]:
    """This process's environment without the variables `unset`, with `values` set."""
    kept = {key: value for key, value in os.environ.items() if key not in unset}
    return {**kept, **values}


def run_module(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdout: int | IO[str] = subprocess.PIPE,
    encoding: str | None = "utf-8",
    timeout: float = 60,
) -> subprocess.CompletedProcess[Any]:
    """`python -m trade_target …` in a fresh interpreter, in `cwd` (most tests run it away
    from the checkout). By default in this process's environment, asked for UTF-8 output;
    `env` replaces that environment. The output is read as `encoding`, or kept as bytes when
    that is None."""
    return subprocess.run(
        [sys.executable, "-m", "trade_target", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        encoding=encoding,
        cwd=cwd,
        env=environment(PYTHONIOENCODING="utf-8") if env is None else env,
        timeout=timeout,
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
