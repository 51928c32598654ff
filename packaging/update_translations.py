"""Bring the translation sources up to date: `python packaging/update_translations.py`.

Runs Qt's lupdate (from PySide6) over every module under src/trade_target and updates
resources/translations/trade_target_<language>.ts: new sentences arrive marked unfinished
for the translator, sentences gone from the code are dropped. English gets its plural
forms only ("%n year(s)" → "1 year", "5 years"). Edit the .ts files with Qt Linguist
(`pyside6-linguist`) or any XML editor; the build compiles them (setup.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "trade_target"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"ms": "ms_MY", "tr": "tr_TR", "en": "en_GB"}
LUPDATE = (
    "import sys; from PySide6.scripts.pyside_tool import lupdate; "
    "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())"
)


def ts_file(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"trade_target_{code}.ts"


def modules() -> list[str]:
    """Every module, relative to the project root (so the .ts files name no machine path)."""
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update(code: str, target: Path) -> subprocess.CompletedProcess[str]:
    """Run lupdate for one language into `target` (created if missing); its output kept."""
    command = [
        sys.executable,
        "-c",
        LUPDATE,
        *modules(),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en_GB",
        "-target-language",
        LANGUAGES[code],
        *(["-pluralonly"] if code == "en" else []),
        "-ts",
        str(target),
    ]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)


def main() -> int:
    for code in LANGUAGES:
        result = update(code, ts_file(code))
        print(f"{code}: {result.stdout.strip().splitlines()[-1].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
