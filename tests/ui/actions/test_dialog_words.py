"""The dialogs' buttons say what they do in every language.

The unsaved-changes question offers Save, Discard and Cancel: in Turkish "Discard" was
"Vazgeç", which means Cancel, beside "İptal" (Cancel), so a person who meant to cancel threw
their work away. Qt's own dialogs (file, print, message boxes) speak Turkish through Qt's
Turkish translation, loaded with ours; Qt has none for Malay, so the app names its own
dialogs' buttons itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from trade_target import translations
from trade_target.ui.actions import dialogs

# The real dialog, taken before tests/ui/conftest.py puts a stand-in in its place.
ask_save_changes = dialogs.ask_save_changes
# Words that mean "cancel" or "give up" in Turkish: never on a button that throws work away.
TURKISH_CANCEL = {"iptal", "vazgeç", "vazgec"}


@pytest.fixture
def speak() -> Iterator[None]:
    yield
    translations.reset()


def _answer(qtbot, press: QMessageBox.StandardButton, seen: dict[str, str]) -> None:
    """When the question is up, read its buttons and press one, as a person would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        for which in (
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        ):
            seen[which.name] = box.button(which).text()
        qtbot.mouseClick(box.button(press), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def _plain(text: str) -> str:
    return text.replace("&", "").casefold()


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_discard_never_reads_as_cancel(qtbot, speak, code: str) -> None:
    assert translations.use(code)
    seen: dict[str, str] = {}
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    assert ask_save_changes(None, "brief.tradetarget") is dialogs.SaveChoice.CANCEL
    discard, cancel, save = seen["Discard"], seen["Cancel"], seen["Save"]
    assert len({_plain(discard), _plain(cancel), _plain(save)}) == 3, seen
    mnemonics = [re.search(r"&(\w)", text) for text in (save, discard)]
    assert all(mnemonics) and mnemonics[0][1].casefold() != mnemonics[1][1].casefold(), seen
    if code == "tr":
        assert _plain(discard) not in TURKISH_CANCEL, seen
        assert discard == "Kaydet&me"  # "Don't save", as Turkish desktops word it
        assert cancel == "İptal"


def test_discard_discards_in_turkish(qtbot, speak) -> None:
    assert translations.use("tr")
    seen: dict[str, str] = {}
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    assert ask_save_changes(None, "brief.tradetarget") is dialogs.SaveChoice.DISCARD
    assert seen["Discard"] == "Kaydet&me"


def test_qts_own_dialogs_speak_turkish(qtbot, speak) -> None:
    assert translations.use("tr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Arama konumu:"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Tamam", "İptal"}, texts


def test_qts_own_dialogs_go_back_to_english(qtbot, speak) -> None:
    assert translations.use("tr")
    assert translations.use("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_malay_has_no_qt_translation_so_the_app_names_its_buttons(qtbot, speak) -> None:
    """Qt ships no Malay: its own texts stay English (the README says so), and so every
    dialog of the app's own sets its buttons' texts from the app's Malay."""
    assert translations.use("ms")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    seen: dict[str, str] = {}
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    ask_save_changes(None, "brief.tradetarget")
    assert seen == {"Save": "&Simpan", "Discard": "&Buang", "Cancel": "Batal"}
