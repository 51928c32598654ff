"""A copy of the files git knows, for the packaging tests that build from a clean checkout."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from xserver import ROOT


def copy_committed_tree(checkout: Path) -> Path:
    """The files git knows (tracked, or new and not ignored) copied into `checkout`: no
    build/, dist/ or venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (item.decode() for item in listed)):
        source = ROOT / name
        if source.is_file():
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, checkout / name)
    return checkout
