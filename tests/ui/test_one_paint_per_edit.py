"""A typed edit paints the verdict and the summary once, with their new texts already laid
out: the window lays out what the new texts asked for before the event loop repaints
(ui.main_window: `_lay_out_now`). Without it the keystroke's own repaint came first, with
the old layout, then again once the texts were laid out (the verdict three times)."""

from __future__ import annotations

import collections

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

WATCHED = ("verdictText", "summaryPanel", "latestEstimateValue")


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints: collections.Counter[str] = collections.Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints[watched.objectName()] += 1
        return False


def label(window, name: str) -> str:  # type: ignore[no-untyped-def]
    return window.findChild(QLabel, name).text()


def settle(qtbot) -> None:
    qtbot.wait(120)  # the repaints and the fit of the table's columns that follow


def test_one_typed_keystroke_paints_the_verdict_and_summary_once(qtbot, window):
    rate = window.findChild(QLineEdit, "exchangeRateInput")
    rate.setFocus()
    qtbot.keyClick(rate, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rate, "4.4")
    settle(qtbot)
    counter = PaintCounter()
    widgets = [window.findChild(QObject, name) for name in WATCHED]
    for widget in widgets:
        widget.installEventFilter(counter)
    before = window.verdict_banner.text.text(), label(window, "latestEstimateValue")
    qtbot.keyClicks(rate, "7")  # 4.47: the verdict's and the summary's texts change
    settle(qtbot)
    for widget in widgets:
        widget.removeEventFilter(counter)
    assert window.document.inputs.exchange_rate == 4.47
    after = window.verdict_banner.text.text(), label(window, "latestEstimateValue")
    assert after[0] != before[0] and after[1] != before[1]
    assert dict(counter.paints) == dict.fromkeys(WATCHED, 1)
