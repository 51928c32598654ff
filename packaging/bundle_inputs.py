"""What the bundle is made from, so a test or benchmark can tell whether dist/ is stale.

The installer scripts take the bundle and give nothing to it, so they are not inputs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_SCRIPTS = (
    "build-bundle.sh",
    "trade-target.spec",
    "launch.py",
    "launch_cli.py",
    "make_icons.py",
    "version.py",
)
SKIPPED_PARTS = {"__pycache__", "trade_target.egg-info"}


def bundle_inputs() -> Iterator[Path]:
    yield ROOT / "pyproject.toml"
    yield from (ROOT / "packaging" / name for name in BUNDLE_SCRIPTS)
    for folder in ("src", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and not SKIPPED_PARTS.intersection(path.parts):
                yield path


def stale_inputs(executable: Path) -> list[Path]:
    """Inputs changed after `executable` was built, oldest first; all of them if it is missing."""
    built = executable.stat().st_mtime if executable.is_file() else float("-inf")
    return sorted(
        (path for path in bundle_inputs() if path.stat().st_mtime > built),
        key=lambda path: path.stat().st_mtime,
    )
