"""A workbook whose base-year trade is 5e-324 bn, opened and its Exchange rate tab shown,
once killed the app: the tab's showEvent raised OverflowError, and under PySide6 an
exception escaping a Qt virtual can take the process down. The core now refuses such
figures; the guard on every override (render.guard) is the second line of defence. The app runs
in a child process (tiny_base_child.py), so a crash fails the test instead of the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_writing import workbook_to_object
from trade_target.core.workbook import Workbook

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the child's private folders are given through the XDG variables",
)

CHILD = Path(__file__).with_name("tiny_base_child.py")
TIMEOUT = 120  # seconds, start to exit, on a busy two-core machine
TINY = 5e-324  # the smallest positive float: 5.2 / TINY overflows
SOMETHING_WENT_WRONG = (
    "Something went wrong. Your inputs are unchanged; the last good result stays on screen."
)
CRASH_WORDS = ("Segmentation fault", "Fatal Python error", "Aborted")


def tiny_workbook(folder: Path) -> Path:
    raw = workbook_to_object(Workbook.from_source(load_default_dataset()))
    scenario = raw["scenarios"][0]
    base_id = scenario["roles"]["base"]
    (base,) = [figure for figure in scenario["figures"] if figure["id"] == base_id]
    base["value"] = TINY
    path = folder / "tiny base.tradetarget"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def run_child(mode: str, tmp_path: Path) -> tuple[int, list[tuple[str, dict]], str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "en",
        "PYTHONFAULTHANDLER": "1",  # a crash prints where it happened
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), mode, str(tiny_workbook(tmp_path))],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    events = []
    for line in done.stdout.splitlines():
        name, _, details = line.partition(" ")
        events.append((name, json.loads(details)))
    return done.returncode, events, done.stderr


def assert_survived(returncode: int, events: list[tuple[str, dict]], stderr: str) -> None:
    assert returncode == 0, f"exit code {returncode} (-11 is a crash), {events}:\n{stderr}"
    assert not [word for word in CRASH_WORDS if word in stderr], stderr
    names = [name for name, _ in events]
    assert names.count("SHOWN") == 2, events  # the tab was shown, before and after typing
    assert names[-1] == "RETURNED"


def dialog_texts(events: list[tuple[str, dict]]) -> list[str]:
    return [details["text"] for name, details in events if name == "DIALOG"]


def test_a_tiny_base_is_refused_with_a_message_and_the_tab_shows(tmp_path):
    returncode, events, stderr = run_child("as-is", tmp_path)
    assert_survived(returncode, events, stderr)
    (text,) = dialog_texts(events)
    assert text.startswith("“tiny base.tradetarget” is not a Trade Target file"), text
    assert "Traceback" not in text
    # The file was refused: the window kept the article's figures (US$5.2 bn in 2024).
    assert dict(events)["OPENED"] == {"base": 5.2}
    assert dict(events)["TYPED"]["base"] != TINY


def test_the_guard_keeps_the_app_alive_when_a_tiny_base_gets_past_the_core(tmp_path):
    """The reported crash, with the core's range check taken away: the Exchange rate tab's
    showEvent raises, and the person sees the error dialog's plain sentence instead."""
    returncode, events, stderr = run_child("past-the-core", tmp_path)
    assert_survived(returncode, events, stderr)
    assert dict(events)["OPENED"] == {"base": TINY}
    texts = dialog_texts(events)
    assert texts and set(texts) == {SOMETHING_WENT_WRONG}, texts
    guarded = [
        details["details"]
        for name, details in events
        if name == "DIALOG" and "in showEvent" in details["details"]
    ]
    assert guarded and "OverflowError" in guarded[0], events
