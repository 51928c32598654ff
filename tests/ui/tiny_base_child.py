"""The reported crash, replayed with a person's hands for test_tiny_base.py.

Run as `python tiny_base_child.py MODE WORKBOOK`: the app starts as `trade-target WORKBOOK`
starts it (a workbook whose base-year trade is 5e-324 bn), then the child clicks the
Exchange rate tab, types 5e-324 into "Base-year trade", goes from tab to tab, and closes
the window. MODE:
  as-is         the app as it is: the core refuses such figures
  past-the-core the core's range check taken away (the app before it had one), so the
                tiny base reaches the charts and the Exchange rate tab's showEvent raises
                OverflowError, which once killed the process: the guard's case
Error dialogs are not shown but reported. One line per event, "EVENT {json}", flushed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

from trade_target.__main__ import main
from trade_target.core import limits
from trade_target.ui import main_window
from trade_target.ui.actions import dialogs

MODE, WORKBOOK = sys.argv[1], sys.argv[2]
sys.argv[1:] = [WORKBOOK]  # as the desktop opens a file with the app


def report(event: str, **details: object) -> None:
    print(f"{event} {json.dumps(details)}", flush=True)


def show_error(parent: object, title: str, text: str, details: str = "") -> None:
    report("DIALOG", text=text, details=details)


dialogs.show_error = show_error
dialogs.ask_save_changes = lambda *_: dialogs.SaveChoice.DISCARD

if MODE == "past-the-core":
    limits.checked = lambda evaluate, dataset, inputs, method: evaluate(dataset, inputs, method)
    limits.out_of_range = lambda summary: False


def click_tab(tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def type_base(window: main_window.MainWindow) -> None:
    field = window.findChild(QLineEdit, "baseValueInput")
    if not field.isVisible():
        QTest.mouseClick(window.inputs_panel.advanced_toggle, Qt.MouseButton.LeftButton)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, "5e-324")
    QTest.keyClick(field, Qt.Key.Key_Return)
    report("TYPED", text=field.text(), base=window.document.inputs.base_value)


def steps(window: main_window.MainWindow) -> list[Callable[[], None]]:
    charts = window.charts
    return [
        lambda: report("OPENED", base=window.document.inputs.base_value),
        lambda: click_tab(charts, 1),  # Exchange rate
        lambda: report("SHOWN", tab=charts.tabText(charts.currentIndex())),
        lambda: click_tab(charts, 0),
        lambda: click_tab(charts, 1),
        lambda: type_base(window),
        lambda: click_tab(charts, 0),
        lambda: click_tab(charts, 1),
        lambda: report("SHOWN", tab=charts.tabText(charts.currentIndex())),
        window.close,
        QApplication.quit,
    ]


def run_steps(todo: list[Callable[[], None]]) -> None:
    """One step per turn of the event loop, a paint and the guard's report between them."""
    if todo:
        todo.pop(0)()
        QTimer.singleShot(100, lambda: run_steps(todo))


shown = main_window.MainWindow.show


def show_and_act(window: main_window.MainWindow) -> None:
    shown(window)
    QTimer.singleShot(300, lambda: run_steps(steps(window)))


main_window.MainWindow.show = show_and_act  # type: ignore[method-assign]
code = main()
report("RETURNED", code=code)
sys.exit(code)
