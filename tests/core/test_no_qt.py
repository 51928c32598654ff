"""The core and the command line work with Qt blocked: no core module may import it.

Each check runs in a fresh interpreter whose import system refuses PySide6, shiboken6 and
pyqtgraph, so a Qt import anywhere under trade_target.core (or in the CLI) fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BLOCKER = """
import importlib.abc
import sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")
assert not [name for name in sys.modules if name.split(".")[0] in BLOCKED]


class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked: the core must not need Qt")
        return None


sys.meta_path.insert(0, QtBlocker())
"""

IMPORT_CORE_AND_RUN_CLI = """
import importlib
import json
import pkgutil

import trade_target.core

names = sorted(
    module.name
    for module in pkgutil.walk_packages(trade_target.core.__path__, "trade_target.core.")
)
for name in names:
    importlib.import_module(name)
for name in sys.argv[1:]:
    importlib.import_module(name)

from trade_target.cli import parser as cli

status = cli.main(["summary"])
leaked = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
print("---")
print(json.dumps({"status": status, "modules": names, "leaked": leaked}))
sys.exit(status)
"""


def run_blocked(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def test_core_and_cli_run_with_qt_blocked(tmp_path: Path) -> None:
    result = run_blocked(IMPORT_CORE_AND_RUN_CLI, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary_text, _, report_line = result.stdout.rpartition("---\n")
    report = json.loads(report_line)
    assert report["status"] == 0
    assert report["leaked"] == []
    expected = {"errors", "money", "numbers", "growth", "dataset", "scenario"}
    assert {f"trade_target.core.{name}" for name in expected} <= set(report["modules"])
    assert "+13.97 %" in summary_text
    assert "Limited progress" in summary_text


@pytest.mark.parametrize("module", ["PySide6", "PySide6.QtCore", "shiboken6", "pyqtgraph"])
def test_the_blocker_blocks(tmp_path: Path, module: str) -> None:
    result = run_blocked(f"import {module}", cwd=tmp_path)
    assert result.returncode != 0
    assert "ImportError" in result.stderr
    assert "is blocked" in result.stderr


def test_a_core_module_that_imports_qt_would_fail(tmp_path: Path) -> None:
    # A stand-in for a core module that imports Qt: the same check must reject it.
    (tmp_path / "leaky_core_module.py").write_text("from PySide6 import QtCore\n", "utf-8")
    result = run_blocked(IMPORT_CORE_AND_RUN_CLI, "leaky_core_module", cwd=tmp_path)
    assert result.returncode != 0
    assert "PySide6 is blocked" in result.stderr
