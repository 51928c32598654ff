"""Show the main window in one language on the real X server and report the texts that do not fit.

Run by tests/ui/test_languages_on_x.py as a child process on a private Xvfb:

    python tests/ui/show_window.py LANG REPORT.json

With DISPLAY set and Qt's normal xcb plugin, it builds the window as the app does (the
application's names, the language, MainWindow on the article's figures; no autosave), at
1280×800, waits until it is exposed and painted, writes
{"language", "title", "size", "clipped"} to REPORT.json (clipped: label_fit.clipped_texts)
and then keeps the window up until File › Quit (Ctrl+Q), so that the parent can take the
framebuffer's screenshot. A language whose translations are missing fails at once, with
exit code 2 and the reason on stderr.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

WIDTH, HEIGHT = 1280, 800


def main(argv: list[str]) -> int:
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

    from label_fit import clipped_texts  # beside this script, on sys.path[0]

    from trade_target.core.dataset import load_default_dataset
    from trade_target.ui.document import ScenarioDocument
    from trade_target.ui.main_window import MainWindow

    window = MainWindow(ScenarioDocument(load_default_dataset()))
    window.resize(WIDTH, HEIGHT)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 20_000):
        print("the window was not exposed within 20 s", file=sys.stderr)
        return 2
    for _ in range(5):  # the layouts settle and the first paint happens
        QTest.qWait(50)
        app.processEvents()

    data = {
        "language": translations.current(),
        "title": window.windowTitle(),
        "size": [window.width(), window.height()],
        "clipped": clipped_texts(window),
    }
    partial = report.with_name(report.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, report)  # the parent never reads half a report
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
