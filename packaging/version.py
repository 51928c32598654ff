"""Print the project's version, read from pyproject.toml (the one place it is written).

Used by the build scripts, the PyInstaller spec and the installers, so that the bundle,
the .deb, the Windows installer and the metainfo all carry the same version.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project_version() -> str:
    text = PYPROJECT.read_text(encoding="utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    if not match:
        raise SystemExit("pyproject.toml: no version in [project]")
    return match.group(1)


if __name__ == "__main__":
    sys.stdout.write(project_version() + "\n")
