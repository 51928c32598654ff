"""Autosave every minute to the per-user data folder, and the offer to restore after a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trade_target.core.files.file_format import load_workbook, load_workbook_with_origin
from trade_target.ui.actions import autosave, dialogs
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "autosave"


class RestoreQuestion:
    """Stands in for the restore question: records it and answers `restore`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.restore = True

    def __call__(self, parent: object, text: str) -> bool:
        self.asked.append(text)
        return self.restore


@pytest.fixture
def question(monkeypatch: pytest.MonkeyPatch) -> RestoreQuestion:
    answer = RestoreQuestion()
    monkeypatch.setattr(dialogs, "ask_restore", answer)
    return answer


def open_window(qtbot, dataset, folder: Path) -> MainWindow:
    window = MainWindow(ScenarioDocument(dataset), autosave_folder=str(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def crash(window: MainWindow) -> None:
    """What a crash leaves behind: the autosave file, and a lock whose owner is gone."""
    assert window.autosaver is not None and window.autosaver._lock is not None
    window.autosaver._timer.stop()
    window.autosaver._lock.unlock()
    window.autosaver._lock = None
    window.autosaver.path = ""  # the dead session writes and removes nothing more
    window.document.undo_stack.setClean()  # and asks nothing when the test closes it


def test_the_autosave_runs_every_minute_in_the_user_data_folder(qtbot, dataset, folder):
    window = open_window(qtbot, dataset, folder)
    assert autosave.INTERVAL_MS == 60_000
    assert window.autosaver._timer.interval() == 60_000 and window.autosaver._timer.isActive()
    assert Path(window.autosaver.path).parent == folder
    assert autosave.default_folder().endswith(os.path.join("Trade Target", "autosave"))


def test_changed_work_is_autosaved_and_a_clean_close_leaves_nothing(qtbot, dataset, folder):
    window = open_window(qtbot, dataset, folder)
    saver = window.autosaver
    saver._timer.setInterval(20)
    assert not saver.save_now()  # nothing changed: nothing written
    window.document.edit_input("years_to_target", 4)
    qtbot.waitUntil(lambda: os.path.exists(saver.path), timeout=2000)
    assert load_workbook(saver.path) == window.document.workbook
    window.document.undo_stack.setClean()  # as if saved
    assert not os.path.exists(saver.path)
    window.document.edit_input("years_to_target", 6)
    qtbot.waitUntil(lambda: os.path.exists(saver.path), timeout=2000)
    assert window.close()  # the unsaved work is discarded (the test's answer)
    assert not os.path.exists(saver.path)


def test_after_a_crash_the_next_start_offers_the_work_back(
    qtbot, dataset, folder, tmp_path, question
):
    first = open_window(qtbot, dataset, folder)
    saved_file = tmp_path / "cases.tradetarget"
    from trade_target.core.files.file_writing import save_workbook

    save_workbook(saved_file, first.document.workbook)
    first.document.load(first.document.workbook, str(saved_file))
    first.document.duplicate_scenario()
    first.document.edit_input("exchange_rate", 4.31)
    assert first.autosaver.save_now()
    lost = first.document.workbook
    crash(first)

    second = open_window(qtbot, dataset, folder)
    second.offer_restore()
    assert len(question.asked) == 1 and "cases.tradetarget" in question.asked[0]
    document = second.document
    assert document.workbook == lost
    assert document.path == str(saved_file)  # Save goes back to the user's file
    assert document.modified and second.isWindowModified()
    # The restored work is safe again at once, in the new session's own slot.
    assert load_workbook_with_origin(second.autosaver.path) == (lost, str(saved_file))


def test_declining_the_restore_discards_the_autosave(qtbot, dataset, folder, question):
    first = open_window(qtbot, dataset, folder)
    first.document.edit_input("years_to_target", 9)
    assert first.autosaver.save_now()
    crash(first)
    question.restore = False
    second = open_window(qtbot, dataset, folder)
    second.offer_restore()
    assert len(question.asked) == 1
    assert second.document.inputs.years_to_target == 5 and not second.document.modified
    assert not [name for name in os.listdir(folder) if name.endswith(".tradetarget")]


def test_two_windows_at_once_take_separate_slots_and_ask_nothing(qtbot, dataset, folder, question):
    first = open_window(qtbot, dataset, folder)
    first.document.edit_input("years_to_target", 9)
    assert first.autosaver.save_now()
    second = open_window(qtbot, dataset, folder)
    assert second.autosaver.path != first.autosaver.path
    second.offer_restore()
    assert question.asked == []  # the first window is alive: its work is not an orphan


def test_an_unreadable_autosave_is_reported_and_removed(
    qtbot, dataset, folder, monkeypatch, question
):
    folder.mkdir()
    (folder / "slot-0.tradetarget").write_text("{ half a file", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": errors.append(text)
    )
    window = open_window(qtbot, dataset, folder)
    window.offer_restore()
    assert question.asked == [] and len(errors) == 1 and "cannot be read" in errors[0]
    assert not (folder / "slot-0.tradetarget").exists()
    assert window.document.inputs.years_to_target == 5


def test_an_autosave_folder_that_cannot_be_made_turns_autosave_off(qtbot, dataset, tmp_path):
    blocker = tmp_path / "file-in-the-way"
    blocker.write_text("", encoding="utf-8")
    window = open_window(qtbot, dataset, blocker / "autosave")
    assert window.autosaver.path == "" and "Autosave is off" in window.autosaver.last_error
    assert "Autosave is off" in window.statusBar().currentMessage()
    window.document.edit_input("years_to_target", 4)
    assert not window.autosaver.save_now()
