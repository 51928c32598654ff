"""The app as `python -m trade_target` starts it, with a person's hands for test_quit.py.

Run as `python quit_child.py MODE`. Once the window is up the child types 4.5 into the
exchange-rate field and presses Return, then, by MODE:
  quit      QApplication.quit(); the unsaved-changes question is answered Discard
  exit      QApplication.exit(0): the event loop ends with the edited window open
  wait      nothing: the parent sends a signal
  question  the window is closed, and the unsaved-changes question left unanswered
  restore   (no typing) the restore question is answered Restore; the rate is reported
It prints one line per event, "EVENT {json}", flushed, for the parent to follow.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from trade_target.__main__ import main
from trade_target.ui import main_window

MODE = sys.argv[1]
del sys.argv[1:]  # the window would take it for a file to open


def report(event: str, **details: object) -> None:
    print(f"{event} {json.dumps(details)}", flush=True)


def when_asked(answer: QMessageBox.StandardButton | None) -> None:
    """Wait for a question box; report its text and click `answer` (None: leave it open)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            report("ASKED", text=widget.text())
            if answer is not None:
                widget.button(answer).click()
            return
    QTimer.singleShot(50, lambda: when_asked(answer))


def type_rate(window: main_window.MainWindow) -> None:
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    rate.setFocus()
    QTest.keyClick(rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(rate, "4.5")
    QTest.keyClick(rate, Qt.Key.Key_Return)
    report(
        "EDITED",
        text=rate.text(),
        rate=window.document.inputs.exchange_rate,
        modified=window.document.modified,
    )


def act(window: main_window.MainWindow) -> None:
    if MODE == "restore":
        when_asked(QMessageBox.StandardButton.Yes)
        QTimer.singleShot(200, lambda: report_restored(window))
        return
    type_rate(window)
    if MODE == "quit":
        QTimer.singleShot(50, QApplication.quit)
        when_asked(QMessageBox.StandardButton.Discard)
    elif MODE == "exit":
        QTimer.singleShot(50, lambda: QApplication.exit(0))
    elif MODE == "question":
        QTimer.singleShot(50, window.close)
        when_asked(None)


def report_restored(window: main_window.MainWindow) -> None:
    if window.document.modified:  # the restore has happened
        rate = window.findChild(QLineEdit, "exchangeRateInput")
        report("RESTORED", text=rate.text(), rate=window.document.inputs.exchange_rate)
        QApplication.exit(0)
    else:
        QTimer.singleShot(100, lambda: report_restored(window))


shown = main_window.MainWindow.show


def show_and_act(window: main_window.MainWindow) -> None:
    shown(window)
    QTimer.singleShot(300, lambda: act(window))


main_window.MainWindow.show = show_and_act  # type: ignore[method-assign]
code = main([])
# What the interpreter's own teardown would have to delete, in whatever order it picks.
left = [widget.metaObject().className() for widget in QApplication.topLevelWidgets()]
report("RETURNED", code=code, left=left)
sys.exit(code)
