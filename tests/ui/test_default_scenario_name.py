"""The default scenario is named in the language it is made in, and follows a switch of
language until it is saved or renamed; a name the user typed is kept as typed. The command
line gives its default scenario the same name as the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from trade_target import translations
from trade_target.cli import parser as cli
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.workbook import Workbook
from trade_target.ui.actions import dialogs
from trade_target.ui.main_window import MainWindow

DEFAULT = {"en": "Article figures", "ms": "Angka artikel", "tr": "Makaledeki rakamlar"}


def choose(qtbot, window: MainWindow, code: str) -> None:
    """View › Language › the language."""
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


def names_shown(window: MainWindow) -> list[str]:
    model = window.scenarios_panel.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def type_name(qtbot, window: MainWindow, name: str) -> None:
    """Rename the chosen scenario in the list, as a person does (F2, type, Enter)."""
    panel = window.scenarios_panel
    panel.start_rename()
    editor = panel.list.indexWidget(panel.list.currentIndex())
    assert isinstance(editor, QLineEdit), "the name opens for typing"
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Return commits and closes the editor in the next turn of the event loop.
    qtbot.waitUntil(lambda: panel.list.state() is not QAbstractItemView.State.EditingState)


@pytest.mark.parametrize("code", ["ms", "tr"])
def test_the_default_name_follows_a_live_switch(qtbot, window, code: str) -> None:
    assert names_shown(window) == [DEFAULT["en"]]
    window.document.edit_input("exchange_rate", 4.05)  # an edit made in English
    choose(qtbot, window, code)
    assert names_shown(window) == [DEFAULT[code]]
    assert window.document.workbook.names == (DEFAULT[code],)
    window.document.undo_stack.undo()  # undo does not bring the English name back
    assert window.document.workbook.names == (DEFAULT[code],)
    assert window.document.inputs.exchange_rate == pytest.approx(21.2 / 4.92)
    window.document.undo_stack.redo()
    assert window.document.workbook.names == (DEFAULT[code],)
    choose(qtbot, window, "en")
    assert names_shown(window) == [DEFAULT["en"]]


def test_a_switch_is_no_edit_to_save(qtbot, window) -> None:
    assert not window.document.modified
    choose(qtbot, window, "ms")
    assert not window.document.modified
    assert window.document.undo_stack.count() == 0


def test_a_typed_name_stays_as_typed(qtbot, window) -> None:
    type_name(qtbot, window, "Deadline 2028")
    assert names_shown(window) == ["Deadline 2028"]
    choose(qtbot, window, "tr")
    assert names_shown(window) == ["Deadline 2028"]


def test_the_default_name_typed_by_the_user_stays_too(qtbot, window) -> None:
    window.document.add_scenario()  # "Scenario", the current one
    window.document.delete_scenario(0)
    type_name(qtbot, window, "Article figures")  # typed, in English
    choose(qtbot, window, "ms")
    assert names_shown(window) == ["Article figures"]


def test_a_saved_workbook_keeps_its_names(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "brief.tradetarget"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: str(path))
    assert window.files.save_as()
    choose(qtbot, window, "tr")
    assert names_shown(window) == [DEFAULT["en"]]  # the file's name for it, not renamed
    assert not window.document.modified


def test_a_new_workbook_is_named_in_the_language_of_the_moment(qtbot, window) -> None:
    choose(qtbot, window, "tr")
    window.files.new()
    assert names_shown(window) == [DEFAULT["tr"]]
    choose(qtbot, window, "ms")
    assert names_shown(window) == [DEFAULT["ms"]]


@pytest.mark.parametrize("code", ["en", "ms", "tr"])
def test_the_command_line_names_it_as_the_window_does(tmp_path, capsys, code: str) -> None:
    out = tmp_path / f"brief-{code}.pdf"
    assert cli.main(["report", "--lang", code, "--out", str(out)]) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert f"“{DEFAULT[code]}”" in text, text[:500]
    if code != "en":
        assert translations.use(code)
    assert Workbook.from_source(load_default_dataset()).names == (DEFAULT[code],)
