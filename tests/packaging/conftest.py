"""Fixtures for the packaging tests: the Linux bundle, built at most once a session."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "trade-target"
LOCK = ROOT / "build" / "bundle.lock"
# What makes the bundle from src/ and resources/. The installer scripts take the bundle and
# give nothing to it, so a change to them does not make it stale.
BUNDLE_SCRIPTS = (
    "build-bundle.sh",
    "trade-target.spec",
    "launch.py",
    "make_icons.py",
    "version.py",
)
SKIPPED_PARTS = {"__pycache__", "trade_target.egg-info"}


def _bundle_inputs() -> Iterator[Path]:
    yield ROOT / "pyproject.toml"
    yield from (ROOT / "packaging" / name for name in BUNDLE_SCRIPTS)
    for folder in ("src", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and not SKIPPED_PARTS.intersection(path.parts):
                yield path


def _is_stale(executable: Path) -> bool:
    if not executable.is_file():
        return True
    built = executable.stat().st_mtime
    return any(path.stat().st_mtime > built for path in _bundle_inputs())


@pytest.fixture(scope="session")
def linux_bundle() -> Path:
    """dist/trade-target, rebuilt by packaging/build-bundle.sh if missing or older than its
    inputs. A lock keeps two test runs from building into the same folder at once."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    import fcntl  # POSIX only: the import stays out of Windows' way

    executable = BUNDLE / "trade-target"
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_stale(executable):
            result = subprocess.run(
                ["bash", "packaging/build-bundle.sh"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=1800,
                check=False,
            )
            if result.returncode != 0:
                pytest.fail(
                    f"packaging/build-bundle.sh failed ({result.returncode}):\n"
                    f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}",
                    pytrace=False,
                )
    assert executable.is_file(), f"{executable} missing after packaging/build-bundle.sh"
    return BUNDLE
