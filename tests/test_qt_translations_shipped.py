"""Qt's own Turkish (its dialogs' standard buttons and labels) is loaded wherever the app runs,
and the bundle ships that one file of Qt's translations, no more.

The bundle itself is checked in tests/packaging/test_deb.py (slow); this reads the filter of
packaging/trade-target.spec and applies it to the translations the PySide6 here ships.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

from trade_target import translations

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "trade-target.spec"


def kept_translations() -> re.Pattern[str]:
    found = re.search(r"^KEPT_TRANSLATIONS = re\.compile\((r\".*\")\)$", SPEC.read_text(), re.M)
    assert found, "packaging/trade-target.spec names no KEPT_TRANSLATIONS"
    return re.compile(ast.literal_eval(found[1]))


def test_the_bundle_keeps_qts_turkish_and_nothing_else_of_qts() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = {path.name for path in folder.glob("*.qm")}
    assert "qtbase_tr.qm" in shipped, "PySide6 ships Qt's Turkish"
    assert not {name for name in shipped if name.endswith("_ms.qm")}, "Qt has no Malay"
    kept = {name for name in shipped if kept_translations().match(name)}
    assert kept == {"qtbase_tr.qm"}
    assert kept_translations().match("trade_target_ms.qm")  # and the app's own


def test_the_file_kept_is_the_one_loaded(qapp) -> None:
    assert translations._qts_own("tr") is not None
    assert translations._qts_own("ms") is None
    assert translations._qts_own("en") is None
