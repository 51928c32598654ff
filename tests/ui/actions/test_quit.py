"""Quitting never crashes, and an end nobody asked about keeps the work for the next start.

The app runs in a child process (quit_child.py, started as `python -m trade_target` starts
it, with private settings and data folders) so that a crash at teardown fails the test, with
the child's output in the message, instead of taking the test run down with it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from trade_target.core.files.file_format import load_workbook
from trade_target.ui.actions import dialogs
from trade_target.ui.actions.session_end import SIGNALS, SessionEnd
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the child's private folders are given through the XDG variables",
)

CHILD = Path(__file__).with_name("quit_child.py")
TIMEOUT = 90  # seconds for one child, start to exit, on a busy two-core machine
TYPED_RATE = 4.5  # what the child types into the exchange-rate field
CRASH_WORDS = ("Segmentation fault", "Fatal Python error", "Traceback", "Aborted")


@dataclass
class Child:
    """One run of the app; `events` are the child's reports, `returncode` how it ended."""

    process: subprocess.Popen[str]
    stderr_path: Path
    events: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    def next_event(self) -> tuple[str, dict[str, object]]:
        line = self.process.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise AssertionError(f"the child ended before reporting:\n{self.output()}")
        name, _, details = line.partition(" ")
        event = (name, json.loads(details))
        self.events.append(event)
        return event

    def wait_for(self, name: str) -> dict[str, object]:
        while True:
            event_name, details = self.next_event()
            if event_name == name:
                return details

    def finish(self) -> int:
        rest, _ = self.process.communicate(timeout=TIMEOUT)
        for line in rest.splitlines():
            event_name, _, details = line.partition(" ")
            self.events.append((event_name, json.loads(details)))
        return self.process.returncode

    def output(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


@pytest.fixture
def start_child(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Start the app in MODE on the test's own folders; killed after TIMEOUT whatever happens."""
    started: list[tuple[Child, threading.Timer]] = []
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C.UTF-8",  # English, whatever the desktop running the tests speaks
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "en",
        "PYTHONFAULTHANDLER": "1",  # a crash prints where it happened
    }

    def start(mode: str) -> Child:
        stderr_path = tmp_path / f"child-{len(started)}-{mode}.err"
        with stderr_path.open("w", encoding="utf-8") as stderr:
            process = subprocess.Popen(
                [sys.executable, str(CHILD), mode],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        watchdog = threading.Timer(TIMEOUT, process.kill)
        watchdog.start()
        child = Child(process, stderr_path)
        started.append((child, watchdog))
        return child

    yield start
    for child, watchdog in started:
        watchdog.cancel()
        if child.process.poll() is None:
            child.process.kill()
        child.process.wait()
        child.process.stdout.close()  # type: ignore[union-attr]


def autosaved(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "data" / "Trade Target" / "autosave").glob("*.tradetarget"))


def assert_clean_exit(child: Child, returncode: int) -> None:
    output = child.output()
    assert returncode == 0, (
        f"exit code {returncode} (-11 is a crash), events {child.events}:\n{output}"
    )
    assert not [word for word in CRASH_WORDS if word in output], output
    name, details = child.events[-1]
    assert name == "RETURNED"
    # Nothing left for the interpreter's exit to delete in an order of its own choosing: a
    # window still open then crashes about one exit in three (see session_end.tear_down).
    assert details["left"] == []


def assert_typed_edit(child: Child) -> None:
    edited = dict(child.events)["EDITED"]
    assert edited == {"text": "4.5", "rate": TYPED_RATE, "modified": True}


def test_quit_with_an_edited_window_asks_and_ends_cleanly(start_child, tmp_path):
    child = start_child("quit")
    assert_clean_exit(child, child.finish())
    assert_typed_edit(child)
    assert "Save the changes" in str(dict(child.events)["ASKED"]["text"])  # answered Discard
    assert autosaved(tmp_path) == []  # discarded work leaves nothing to restore


def test_leaving_the_event_loop_with_the_window_open_keeps_the_work(start_child, tmp_path):
    child = start_child("exit")
    assert_clean_exit(child, child.finish())
    assert_typed_edit(child)
    [kept] = autosaved(tmp_path)
    assert load_workbook(kept).scenario.inputs.exchange_rate == TYPED_RATE


def test_sigterm_keeps_the_edit_and_the_next_start_offers_it_back(start_child, tmp_path):
    child = start_child("wait")
    child.wait_for("EDITED")
    child.process.send_signal(signal.SIGTERM)
    assert_clean_exit(child, child.finish())
    assert_typed_edit(child)
    [kept] = autosaved(tmp_path)
    assert load_workbook(kept).scenario.inputs.exchange_rate == TYPED_RATE

    after = start_child("restore")
    assert_clean_exit(after, after.finish())
    events = dict(after.events)
    assert "Restore the unsaved work" in str(events["ASKED"]["text"])
    assert events["RESTORED"] == {"text": "4.5", "rate": TYPED_RATE}


def test_sigterm_while_the_save_question_is_open_keeps_the_edit(start_child, tmp_path):
    child = start_child("question")
    assert "Save the changes" in str(child.wait_for("ASKED")["text"])
    child.process.send_signal(signal.SIGTERM)
    assert_clean_exit(child, child.finish())
    [kept] = autosaved(tmp_path)
    assert load_workbook(kept).scenario.inputs.exchange_rate == TYPED_RATE


# The desktop's logout, in this process: Qt asks the application to commit its data -------


def not_asked(*args: object) -> dialogs.SaveChoice:
    raise AssertionError("the unsaved-changes question was asked at logout")


def type_rate(qtbot, window: MainWindow, text: str) -> None:
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    rate.selectAll()
    qtbot.keyClicks(rate, text)
    qtbot.keyClick(rate, Qt.Key.Key_Return)


def commit_data_receivers() -> int:
    return QApplication.instance().receivers(SIGNAL("commitDataRequest(QSessionManager&)"))


@pytest.fixture
def window_with_autosave(qtbot, dataset, tmp_path):  # type: ignore[no-untyped-def]
    window = MainWindow(ScenarioDocument(dataset), autosave_folder=str(tmp_path / "autosave"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = {number: signal.getsignal(number) for number in SIGNALS}
    receivers = commit_data_receivers()
    session_end = SessionEnd(window)
    assert commit_data_receivers() == receivers + 1  # listens for the logout
    yield window, session_end
    session_end.close()
    assert {number: signal.getsignal(number) for number in SIGNALS} == before


def test_logout_writes_the_autosave_instead_of_asking(
    qtbot, window_with_autosave, monkeypatch, tmp_path
):
    window, session_end = window_with_autosave
    type_rate(qtbot, window, "4.5")
    assert window.document.modified
    session_end.keep_work()  # what commitDataRequest calls
    [kept] = sorted((tmp_path / "autosave").glob("*.tradetarget"))
    assert load_workbook(kept).scenario.inputs.exchange_rate == TYPED_RATE
    monkeypatch.setattr(dialogs, "ask_save_changes", not_asked)
    assert window.close()
    assert kept.exists()  # left for the next start to offer back


def test_an_edit_after_a_cancelled_logout_is_asked_about_again(
    qtbot, window_with_autosave, monkeypatch, tmp_path
):
    window, session_end = window_with_autosave
    type_rate(qtbot, window, "4.5")
    session_end.keep_work()
    type_rate(qtbot, window, "4.6")  # the logout was cancelled; work goes on
    asked: list[str] = []

    def answer(parent: object, name: str) -> dialogs.SaveChoice:
        asked.append(name)
        return dialogs.SaveChoice.DISCARD

    monkeypatch.setattr(dialogs, "ask_save_changes", answer)
    assert window.close()
    assert len(asked) == 1
    assert list((tmp_path / "autosave").glob("*.tradetarget")) == []  # discarded
