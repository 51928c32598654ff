"""The layers hold: import-linter's contracts in pyproject.toml pass on the source, and an import
planted the wrong way in a scratch copy of it breaks the contract that forbids it.

The planted cases are the point: a contract that nothing can break proves nothing. Each copy
gets one wrong import, and the check must fail on that contract and keep the others.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "trade_target"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports" + (".exe" if os.name == "nt" else ""))

LAYERS = "Layers: the window and the command line over drawing, drawing over the core"
NO_QT = "The core needs no Qt"
RENDER_DOWN = "Drawing never reaches up into the window or the command line"
CLI_NOT_UI = "The command line never imports the window"
NO_CIRCLES = "No import circles, at any depth"
CONTRACTS = (LAYERS, NO_QT, RENDER_DOWN, CLI_NOT_UI, NO_CIRCLES)


def lint_imports(source_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the package under `source_root` (put first on the path, so a scratch
    copy is read rather than the installed package)."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=source_root,
        env=env,
        timeout=120,
        check=False,
    )


def verdicts(output: str) -> dict[str, str]:
    """Each contract's name → KEPT or BROKEN, from the check's summary lines."""
    found = {}
    for line in output.splitlines():
        for name in CONTRACTS:
            if line.startswith(name + " "):
                found[name] = line.rsplit(" ", 1)[-1]
    return found


def test_the_contracts_hold_on_the_source() -> None:
    result = lint_imports(ROOT / "src", ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert verdicts(result.stdout) == dict.fromkeys(CONTRACTS, "KEPT"), result.stdout


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A copy of the package and of pyproject.toml, to plant imports in."""
    shutil.copytree(
        SOURCE, tmp_path / "src" / "trade_target", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def plant(scratch: Path, module: str, line: str) -> None:
    """Add `line` at the end of `module` (a path under trade_target/) in the scratch copy."""
    path = scratch / "src" / "trade_target" / module
    assert path.is_file(), module
    path.write_text(path.read_text("utf-8") + "\n" + line + "\n", "utf-8")


def test_the_untouched_copy_passes(scratch: Path) -> None:
    """The control: the copy itself is clean, so a broken planted case is the plant's doing."""
    result = lint_imports(scratch / "src", scratch / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr


# What each plant must break, reasoned from the imports (a forbidden contract follows chains):
# core → ui reaches Qt through ui, is reached by render and cli through core, and closes a
# circle core ↔ ui; render → ui is reached by cli (its brief) and closes render ↔ ui; render →
# cli closes render ↔ cli; cli → ui and ui → cli only cross the side-by-side layer.
@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("core/verdict.py", "import trade_target.ui.document", set(CONTRACTS)),
        ("core/growth.py", "from PySide6 import QtCore", {NO_QT}),
        ("core/numbers.py", "import pyqtgraph", {NO_QT}),
        (
            "render/balanced_lines.py",
            "from trade_target.ui import main_window",
            {LAYERS, RENDER_DOWN, CLI_NOT_UI, NO_CIRCLES},
        ),
        (
            "render/pdf_metadata.py",
            "import trade_target.cli.parser",
            {LAYERS, RENDER_DOWN, NO_CIRCLES},
        ),
        ("cli/guard.py", "import trade_target.ui.app", {LAYERS, CLI_NOT_UI}),
        ("ui/app.py", "import trade_target.cli.parser", {LAYERS}),
        # growth is imported by verdict; growth importing verdict closes a circle in core.
        ("core/growth.py", "import trade_target.core.verdict", {NO_CIRCLES}),
    ],
)
def test_a_planted_wrong_way_import_breaks_its_contract(
    scratch: Path, module: str, line: str, broken: set[str]
) -> None:
    plant(scratch, module, line)
    result = lint_imports(scratch / "src", scratch / "pyproject.toml")
    assert result.returncode != 0, result.stdout
    expected = {name: ("BROKEN" if name in broken else "KEPT") for name in CONTRACTS}
    assert verdicts(result.stdout) == expected, result.stdout
