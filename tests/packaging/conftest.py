"""Fixtures for the packaging tests: the Linux bundle, built at most once a session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "trade-target"
LOCK = ROOT / "build" / "bundle.lock"
sys.path.insert(0, str(ROOT / "packaging"))
from bundle_inputs import stale_inputs  # noqa: E402


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
        if stale_inputs(executable):
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
