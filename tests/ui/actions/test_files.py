"""File › New / Open / Save / Save As / Recent, the unsaved mark and questions, autosave."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from trade_target.core.files import storage
from trade_target.core.files.file_format import load_workbook
from trade_target.ui.actions import dialogs
from trade_target.ui.actions.dialogs import SaveChoice
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow


class Answers:
    """Stands in for the modal dialogs: records each question, gives the planned answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, object]] = []
        self.errors: list[str] = []
        self.save_path = ""
        self.open_path = ""
        # Discard unless a test says otherwise: the test's window is closed after the test,
        # and a window that refuses to close stays on screen under the next tests.
        self.save_choice = SaveChoice.DISCARD
        self.restore = True
        monkeypatch.setattr(dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", self._open_path)
        monkeypatch.setattr(dialogs, "ask_save_changes", self._save_changes)
        monkeypatch.setattr(dialogs, "ask_restore", self._restore)
        monkeypatch.setattr(dialogs, "show_error", self._error)

    def _save_path(self, parent, suggested):
        self.asked.append(("save path", suggested))
        return self.save_path

    def _open_path(self, parent, folder):
        self.asked.append(("open path", folder))
        return self.open_path

    def _save_changes(self, parent, name):
        self.asked.append(("save changes", name))
        return self.save_choice

    def _restore(self, parent, text):
        self.asked.append(("restore", text))
        return self.restore

    def _error(self, parent, title, text, details=""):
        self.errors.append(text)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def shown_title(window: MainWindow) -> str:
    """The title as the window manager shows it: [*] becomes * when there is unsaved work."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def make_edits(document: ScenarioDocument) -> None:
    document.duplicate_scenario()
    document.rename_scenario(1, "Deadline 2028 at RM4.05")
    document.edit_input("years_to_target", 4)
    document.edit_input("exchange_rate", 4.05)


def test_save_as_then_open_gives_the_same_workbook(qtbot, window, answers, tmp_path):
    document = window.document
    make_edits(document)
    assert shown_title(window) == "Untitled* — Trade Target"
    answers.save_path = str(tmp_path / "cases.tradetarget")
    window.files.save()  # never saved: Save asks where, like Save As
    [(kind, suggested)] = answers.asked
    assert kind == "save path" and Path(suggested).name == "Untitled.tradetarget"
    assert shown_title(window) == "cases.tradetarget — Trade Target"
    assert not document.modified and document.path == answers.save_path
    saved = document.workbook

    window.files.new()
    assert document.workbook != saved and shown_title(window) == "Untitled — Trade Target"
    assert window.files.open(answers.save_path)
    assert document.workbook == saved
    assert document.undo_stack.count() == 0 and not document.modified
    assert window.scenarios_panel.model.rowCount() == 2


def test_the_unsaved_mark_follows_edits_undo_and_save(qtbot, window, answers, tmp_path):
    document = window.document
    answers.save_path = str(tmp_path / "a.tradetarget")
    window.files.save_as()
    document.edit_input("exchange_rate", 4.2)
    assert window.isWindowModified()
    document.undo_stack.undo()
    assert not window.isWindowModified()  # back where the file is
    document.edit_input("exchange_rate", 4.2)
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert load_workbook(answers.save_path).scenario.exchange_rate == 4.2


@pytest.mark.parametrize("choice", list(SaveChoice))
def test_opening_over_unsaved_work_asks_first(qtbot, window, answers, tmp_path, choice):
    document = window.document
    other = tmp_path / "other.tradetarget"
    answers.save_path = str(other)
    window.files.save_as()
    mine = tmp_path / "mine.tradetarget"
    window.files.new()
    make_edits(document)
    edited = document.workbook
    answers.save_choice = choice
    answers.save_path = str(mine)
    opened = window.files.open(str(other))
    assert ("save changes", "Untitled") in answers.asked
    if choice is SaveChoice.CANCEL:
        assert not opened and document.workbook is edited and document.modified
    else:
        assert opened and document.path == str(other) and not document.modified
    assert mine.exists() == (choice is SaveChoice.SAVE)
    if choice is SaveChoice.SAVE:
        assert load_workbook(mine) == edited
    answers.save_choice = SaveChoice.DISCARD


def test_closing_with_unsaved_work_can_be_cancelled(qtbot, window, answers):
    window.document.edit_input("years_to_target", 6)
    answers.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    answers.save_choice = SaveChoice.DISCARD
    assert window.close()


def test_a_clean_window_closes_without_a_question(qtbot, window, answers):
    assert window.close()
    assert answers.asked == []


BAD_FILES = {
    "not JSON": ("{ this is not json", "not"),
    "a JSON list": ("[1, 2, 3]", "not"),
    "newer format": (
        '{"format": "trade-target-workbook", "format_version": 99, "scenarios": []}',
        "99",
    ),
}


@pytest.mark.parametrize(("text", "says"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_gives_a_message_and_changes_nothing(
    qtbot, window, answers, tmp_path, text, says
):
    document = window.document
    make_edits(document)
    before = (document.workbook, document.path, document.modified, document.undo_stack.count())
    bad = tmp_path / "broken.tradetarget"
    bad.write_text(text, encoding="utf-8")
    answers.save_choice = SaveChoice.DISCARD
    assert not window.files.open(str(bad))
    assert len(answers.errors) == 1
    assert "broken.tradetarget" in answers.errors[0] and says in answers.errors[0]
    after = (document.workbook, document.path, document.modified, document.undo_stack.count())
    assert after == before


def test_a_file_over_10_mb_is_refused(qtbot, window, answers, tmp_path):
    big = tmp_path / "big.tradetarget"
    big.write_bytes(b" " * (10 * 1024 * 1024 + 1))
    assert not window.files.open(str(big))
    assert "big.tradetarget" in answers.errors[0] and "10 MB" in answers.errors[0]


def test_a_failed_save_keeps_the_old_file_and_the_work(
    qtbot, window, answers, tmp_path, monkeypatch
):
    document = window.document
    folder = tmp_path / "files"
    folder.mkdir()
    target = folder / "cases.tradetarget"
    answers.save_path = str(target)
    window.files.save_as()
    old_bytes = target.read_bytes()
    document.edit_input("years_to_target", 7)

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage.os, "write", disk_full)
    assert not window.files.save()
    assert "disk is full" in answers.errors[0] and "still open" in answers.errors[0]
    assert target.read_bytes() == old_bytes
    assert document.modified and window.isWindowModified()
    assert document.inputs.years_to_target == 7
    assert sorted(os.listdir(folder)) == ["cases.tradetarget"]  # no temporary left


def test_saving_over_a_file_that_vanished_or_into_a_folder_that_did(
    qtbot, window, answers, tmp_path
):
    folder = tmp_path / "shared"
    folder.mkdir()
    answers.save_path = str(folder / "cases.tradetarget")
    window.files.save_as()
    window.document.edit_input("years_to_target", 8)
    (folder / "cases.tradetarget").unlink()
    folder.rmdir()
    assert not window.files.save()
    assert "the folder “shared” does not exist" in answers.errors[0]
    assert window.document.modified


def test_recent_files_list_newest_first_and_forget_vanished_ones(qtbot, window, answers, tmp_path):
    first, second = tmp_path / "first.tradetarget", tmp_path / "second.tradetarget"
    for path in (first, second):
        answers.save_path = str(path)
        window.files.save_as()
    assert window.files.recent_files() == [str(second), str(first)]
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts[:2] == ["&1 second.tradetarget", "&2 first.tradetarget"]
    first.unlink()
    window.recent_menu.actions()[1].trigger()
    assert "does not exist" in answers.errors[0]
    assert window.files.recent_files() == [str(second)]
    # A new window (next session) still knows the list.
    again = MainWindow(ScenarioDocument(window.document.source))
    qtbot.addWidget(again)
    assert again.files.recent_files() == [str(second)]


def test_open_asks_for_a_path_and_cancel_does_nothing(qtbot, window, answers):
    answers.open_path = ""
    before = window.document.workbook
    assert not window.files.open()
    assert window.document.workbook is before


def test_the_window_and_the_file_format_agree_on_the_extension():
    from trade_target.core.files import file_format
    from trade_target.ui.actions import autosave

    assert dialogs.EXTENSION == file_format.EXTENSION
    assert autosave.SLOT_EXTENSION == file_format.EXTENSION
