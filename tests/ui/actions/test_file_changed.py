"""Two windows saving one file: the second save notices the first and asks before it
overwrites it (Overwrite / Save As / Cancel), instead of the last save silently winning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from trade_target.core.files.file_format import load_workbook
from trade_target.ui.actions import dialogs
from trade_target.ui.actions.dialogs import ChangedChoice, SaveChoice
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow


class Answers:
    """Stands in for the modal dialogs: records each question, gives the planned answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []
        self.changed_choice = ChangedChoice.CANCEL
        self.save_choice = SaveChoice.DISCARD
        self.save_path = ""
        monkeypatch.setattr(dialogs, "ask_file_changed", self._changed)
        monkeypatch.setattr(dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(dialogs, "ask_save_changes", self._save_changes)
        monkeypatch.setattr(dialogs, "show_error", self._error)

    def _changed(self, parent, name):  # type: ignore[no-untyped-def]
        self.asked.append(("file changed", name))
        return self.changed_choice

    def _save_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        self.asked.append(("save path", suggested))
        return self.save_path

    def _save_changes(self, parent, name):  # type: ignore[no-untyped-def]
        self.asked.append(("save changes", name))
        return self.save_choice

    def _error(self, parent, title, text, details=""):  # type: ignore[no-untyped-def]
        self.asked.append(("error", text))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def shared(window, answers, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """The test's window saved `cases.tradetarget`; a second window opened it and saved its
    own edit (a deadline of 9 years) over it."""
    path = tmp_path / "cases.tradetarget"
    answers.save_path = str(path)
    assert window.files.save_as()
    other = MainWindow(ScenarioDocument(window.document.source))
    qtbot.addWidget(other)
    assert other.files.open(str(path))
    other.document.edit_input("years_to_target", 9)
    assert other.files.save()  # it opened the file as it is on disk: no question
    assert [kind for kind, _ in answers.asked] == ["save path"]
    answers.asked.clear()
    window.document.edit_input("years_to_target", 4)  # this window's own edit
    return path


def years_in(path: Path) -> int:
    return load_workbook(path).scenario.years_to_target


def test_the_second_save_asks_and_cancel_keeps_both(window, answers, shared: Path) -> None:
    answers.changed_choice = ChangedChoice.CANCEL
    assert not window.files.save()
    assert answers.asked == [("file changed", "cases.tradetarget")]
    assert years_in(shared) == 9, "the other window's save is still there"
    assert window.document.modified and window.document.inputs.years_to_target == 4


def test_overwrite_replaces_the_other_save(window, answers, shared: Path) -> None:
    answers.changed_choice = ChangedChoice.OVERWRITE
    assert window.files.save()
    assert years_in(shared) == 4 and not window.document.modified
    answers.asked.clear()
    window.document.edit_input("years_to_target", 5)
    assert window.files.save()  # the file is again as this window saved it: no question
    assert answers.asked == [] and years_in(shared) == 5


def test_save_as_keeps_both_files(window, answers, shared: Path) -> None:
    answers.changed_choice = ChangedChoice.SAVE_AS
    mine = shared.with_name("mine.tradetarget")
    answers.save_path = str(mine)
    assert window.files.save()
    assert [kind for kind, _ in answers.asked] == ["file changed", "save path"]
    assert years_in(shared) == 9 and years_in(mine) == 4
    assert window.document.path == str(mine)


def test_closing_over_a_changed_file_can_still_be_cancelled(window, answers, shared) -> None:
    answers.save_choice = SaveChoice.SAVE
    answers.changed_choice = ChangedChoice.CANCEL
    assert not window.close()
    assert [kind for kind, _ in answers.asked] == ["save changes", "file changed"]
    assert years_in(shared) == 9
    answers.save_choice = SaveChoice.DISCARD
    assert window.close()


def test_no_question_when_nothing_would_be_lost(window, answers, tmp_path: Path) -> None:
    path = tmp_path / "cases.tradetarget"
    answers.save_path = str(path)
    assert window.files.save_as()
    for years in (6, 7):  # repeated saves of one's own work
        window.document.edit_input("years_to_target", years)
        assert window.files.save()
    path.touch()  # a newer time, the same bytes
    window.document.edit_input("years_to_target", 8)
    assert window.files.save()
    path.unlink()  # gone: nothing to overwrite
    window.document.edit_input("years_to_target", 9)
    assert window.files.save()
    assert [kind for kind, _ in answers.asked] == ["save path"] and years_in(path) == 9


def test_a_change_made_after_opening_is_noticed(window, answers, tmp_path: Path) -> None:
    path = tmp_path / "cases.tradetarget"
    answers.save_path = str(path)
    assert window.files.save_as()
    window.files.new()
    assert window.files.open(str(path))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"years_to_target": 5', '"years_to_target": 3'), "utf-8")
    window.document.edit_input("exchange_rate", 4.1)
    answers.changed_choice = ChangedChoice.CANCEL
    assert not window.files.save()
    assert ("file changed", "cases.tradetarget") in answers.asked
    answers.save_choice = SaveChoice.DISCARD


# --- The question itself, answered as a person would ------------------------------------------


def answer_with(qtbot, text: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """When the question shows, click the button named `text` (None: press Escape); return
    what the box said and the buttons it offered."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        buttons = {b.text(): b for b in box.findChildren(QPushButton) if b.text()}
        seen.extend([box.windowTitle(), box.text(), box.informativeText(), *sorted(buttons)])
        seen.append("default: " + box.defaultButton().text())
        if text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(buttons[text], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("&Overwrite", ChangedChoice.OVERWRITE),
        ("Save &As…", ChangedChoice.SAVE_AS),
        ("Cancel", ChangedChoice.CANCEL),
        (None, ChangedChoice.CANCEL),
    ],
)
def test_the_question_offers_three_answers_and_defaults_to_save_as(
    qtbot, window, button, choice
) -> None:
    seen = answer_with(qtbot, button)
    assert dialogs.ask_file_changed(window, "cases.tradetarget") is choice
    title, text, informative, *buttons, default = seen
    assert title == "File changed on disk"
    assert "“cases.tradetarget” has been changed on disk since you opened" in text
    assert "Save As keeps both" in informative
    assert buttons == sorted(["&Overwrite", "Save &As…", "Cancel"])
    assert default == "default: Save &As…"


# --- A read-only file ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["save", "save as"])
def test_a_read_only_file_is_not_replaced(window, answers, tmp_path: Path, how: str) -> None:
    path = tmp_path / "cases.tradetarget"
    answers.save_path = str(path)
    assert window.files.save_as()
    before = path.read_bytes()
    path.chmod(0o444)
    window.document.edit_input("years_to_target", 8)
    assert not (window.files.save() if how == "save" else window.files.save_as())
    [text] = [text for kind, text in answers.asked if kind == "error"]
    assert "“cases.tradetarget”: the file is read-only" in text
    assert "still open and not saved" in text
    assert path.read_bytes() == before and window.document.modified
    path.chmod(0o644)
