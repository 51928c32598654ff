"""The child process that shows the main window on a real X server for a test to look at.

tests/ui/show_window.py and tests/ui/screen_fit.py are such children, each run as

    python CHILD.py LANG REPORT.json

`run(argv, report_of, size)` is the whole of one: with DISPLAY set and Qt's normal xcb
plugin, it builds the application as trade_target.ui.app does (its names, the language LANG)
and MainWindow on the article's figures (no autosave), at `size` or, when None, at the size
the window chooses for itself; waits until it is exposed and painted; writes
`report_of(window)` to REPORT.json, whole, and then keeps the window up until File › Quit
(Ctrl+Q), so that the parent can take the framebuffer's screenshot. A language whose
translations are missing fails at once, with exit code 2 and the reason on stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trade_target.ui.main_window import MainWindow


def run(
    argv: list[str],
    report_of: Callable[[MainWindow], dict[str, Any]],
    size: tuple[int, int] | None = None,
) -> int:
    if len(argv) != 3:
        print(f"usage: {argv[0]} LANG REPORT.json", file=sys.stderr)
        return 2
    code, report = argv[1], Path(argv[2])

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from trade_target import APP_NAME, translations

    app = QApplication(argv[:1])
    # As trade_target.ui.app does: the names QSettings files the choices under.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("Trade Target")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.tradetarget.TradeTarget")
    if not translations.use(code):
        print(
            f"translations.use({code!r}) returned False: no compiled translations for it "
            "(build them with `pip install -e .`)",
            file=sys.stderr,
        )
        return 2

    from trade_target.core.files.dataset_file import load_default_dataset
    from trade_target.ui.document import ScenarioDocument
    from trade_target.ui.main_window import MainWindow

    window = MainWindow(ScenarioDocument(load_default_dataset()))
    if size is not None:
        window.resize(*size)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 20_000):
        print("the window was not exposed within 20 s", file=sys.stderr)
        return 2
    for _ in range(5):  # the layouts settle and the first paint happens
        QTest.qWait(50)
        app.processEvents()

    partial = report.with_name(report.name + ".partial")
    partial.write_text(
        json.dumps(report_of(window), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    os.replace(partial, report)  # the parent never reads half a report
    return app.exec()
