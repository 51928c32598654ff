"""Show the main window in one language on the real X server and report the texts that do not fit.

Run by tests/ui/test_languages_on_x.py as a child process on a private Xvfb:

    python tests/ui/show_window.py LANG REPORT.json

It shows the window as window_child.run does (the app's names and language, MainWindow on
the article's figures, no autosave, kept up until Ctrl+Q), at 1280×800, and writes
{"language", "title", "size", "clipped"} to REPORT.json (clipped: label_fit.clipped_texts).
"""

from __future__ import annotations

import sys
from typing import Any

from label_fit import clipped_texts  # beside this script, on sys.path[0]
from PySide6.QtWidgets import QMainWindow
from window_child import run

WIDTH, HEIGHT = 1280, 800


def report_of(window: QMainWindow) -> dict[str, Any]:
    from trade_target import translations

    return {
        "language": translations.current(),
        "title": window.windowTitle(),
        "size": [window.width(), window.height()],
        "clipped": clipped_texts(window),
    }


if __name__ == "__main__":
    sys.exit(run(sys.argv, report_of, (WIDTH, HEIGHT)))
