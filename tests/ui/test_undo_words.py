"""Edit › Undo names the step in words a person would use, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from trade_target import translations

RENAMED = {
    "en": "&Undo Change a figure's name",
    "ms": "&Buat Asal Ubah nama angka",
    "tr": "&Geri Al: Rakamın adını değiştir",
}


@pytest.mark.parametrize("code", sorted(RENAMED))
def test_renaming_a_figure_is_undone_by_name(qtbot, window, code: str) -> None:
    if code != "en":
        action = next(a for a in window.language_menu.actions() if a.data() == code)
        action.trigger()
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    window.document.edit_figure("roundtable", "label", "Business roundtable")
    assert window.undo_action.text() == RENAMED[code]
    assert "figure's figure" not in window.undo_action.text()
    translations.reset()
