"""The command line as a process: UTF-8 whatever the code page, one line for any failure."""

from __future__ import annotations

import subprocess

import pytest
from cli_runs import environment, run_module

from trade_target import console


def _run(*args: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m trade_target ARGS` into a pipe, as a Windows console whose code page is
    `encoding` would start it; the output as bytes."""
    env = environment("PYTHONPATH", PYTHONIOENCODING=encoding, PYTHONUTF8="0")
    return run_module(*args, env=env, encoding=None, timeout=120)


def test_turkish_summary_is_utf8_into_a_pipe_whatever_the_code_page() -> None:
    result = _run("summary", "--lang", "tr", encoding="cp1252")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: a cp1252 byte would fail here
    assert "Gerekli yıllık büyüme" in text
    assert "13,97" in text  # (10 / 5.2) ** (1 / 5) - 1 = 13.97 %, Turkish decimal comma
    assert "2045" in text  # ln(10 / 5.367) / ln(1.0322) = 19.6 years from 2025


def test_bad_input_is_one_line_and_exit_code_two() -> None:
    result = _run("summary", "--rate", "abc", "--lang", "tr", encoding="cp1252")
    assert result.returncode == 2
    lines = result.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("trade-target: error:"), lines
    assert result.stdout == b""


def test_an_unexpected_failure_is_one_line_and_exit_code_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: list[str]) -> int:
        raise RuntimeError("the disk\nwent away")

    monkeypatch.setattr("trade_target.cli.parser.main", broken)
    assert console.run_command_line(["summary"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "trade-target: error: the disk went away\n"
