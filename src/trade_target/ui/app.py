"""Start-up: check for a display, build the application and the window, catch the unforeseen."""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from trade_target import APP_NAME
from trade_target.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trade_target.ui.actions.session_end import SessionEnd
    from trade_target.ui.main_window import MainWindow


def _display_problem() -> str | None:
    """Say why no window can open, before Qt aborts the process on its own."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return translate(
        "App",
        "{app} needs a desktop session to open its window, and none was found "
        "(neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or use "
        "`trade-target summary` on the command line.",
    ).format(app=APP_NAME)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def error_reporter(parent: QWidget | None) -> ExceptHook:
    """An excepthook that shows a plain message (details folded away) instead of a traceback.

    Edits are validated before they reach the document, so an unforeseen error leaves the
    last good state in place; the message says so.
    """

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr)
        from trade_target.ui.actions import dialogs

        dialogs.show_error(
            parent,
            APP_NAME,
            translate(
                "App",
                "Something went wrong. Your inputs are unchanged; the last good result stays "
                "on screen.",
            ),
            details,
        )

    return report


def _report_first_paint(window: MainWindow) -> None:
    """For start-up benchmarks of the frozen app: once the chart has been painted for the
    first time, print one line and quit:

        painted first=<t> chart=<t> rss_kb=<n> pyqtgraph_at_first_paint=<0|1>

    first: the window's first paint pass drawn; chart: the first pass that reached the
    chart (trajectoryPlot or its viewport) drawn, both time.perf_counter(); rss_kb: VmRSS
    then; and whether pyqtgraph was loaded when the first paint began. The filter watches
    the window, then the chart once it is made: a zero-delay timer posted at the window's
    own Paint, the first of its pass, fires once the pass is drawn. Not application-wide:
    there PySide would make a Python type for every class of object it is handed, a cost
    of the probe that no real start pays (benchmarks/minimal_window.py does the same)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    from trade_target.render.guard import qt_guard

    def resident_kb() -> int:
        """Resident memory now, in kB (VmRSS); -1 where /proc is not there."""
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                return next(int(ln.split()[1]) for ln in status if ln.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):
            return -1

    class Probe(QObject):
        first = 0.0
        first_seen = chart_seen = pyqtgraph_loaded = False
        charts: tuple[QObject, ...] = ()

        def watch_chart(self) -> None:
            chart = window.findChild(QAbstractScrollArea, "trajectoryPlot")
            if chart is not None:
                self.charts = (chart, chart.viewport())
                for widget in self.charts:
                    widget.installEventFilter(self)

        @qt_guard(fallback=False)
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if not self.first_seen:
                    self.first_seen = True
                    self.pyqtgraph_loaded = "pyqtgraph" in sys.modules
                    QTimer.singleShot(0, self.first_drawn)
                if not self.chart_seen and watched in self.charts:
                    self.chart_seen = True
                    QTimer.singleShot(0, self.report)
            return False

        def first_drawn(self) -> None:
            self.first = time.perf_counter()

        def report(self) -> None:
            chart = time.perf_counter()
            print(
                f"painted first={self.first!r} chart={chart!r} rss_kb={resident_kb()} "
                f"pyqtgraph_at_first_paint={int(self.pyqtgraph_loaded)}",
                flush=True,
            )
            QApplication.quit()

    probe = Probe(window)
    window.installEventFilter(probe)
    window.trajectory_slot.chart_made.connect(probe.watch_chart)


def _identify() -> None:
    """The names QSettings files the remembered choices under."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("Trade Target")


def _set_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from trade_target.ui.panels.icons import app_icon

    QApplication.setWindowIcon(app_icon())


IF_NEVER_PAINTED_MS = 1000  # a window started minimised still gets what waited for its paint


def _after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """`work`, once the window's first paint pass is drawn: a zero-delay timer posted at the
    first Paint fires after that pass, where one posted at show() fires before the paint, in
    the idle moment between the layouts and the painting, and holds the paint up."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from trade_target.render.guard import qt_guard

    def once() -> None:
        if watch.waiting:
            watch.waiting = False
            work()

    class Watch(QObject):
        waiting = True

        @qt_guard(fallback=False)
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, once)
            return False

    watch = Watch(window)
    window.installEventFilter(watch)
    QTimer.singleShot(IF_NEVER_PAINTED_MS, once)


def run() -> int:
    from trade_target.ui.actions.language import start_language

    _identify()
    start_language()  # the remembered language, for the first message as for the window
    problem = _display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    _identify()
    start_language()  # again, now that the application can carry Qt's own translators
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.tradetarget.TradeTarget")  # the .desktop file's id

    from trade_target.core.errors import DatasetError
    from trade_target.core.files.dataset_file import load_default_dataset

    try:
        dataset = load_default_dataset()
    except (DatasetError, OSError) as exc:
        from trade_target.ui.actions import dialogs

        dialogs.show_error(
            None,
            APP_NAME,
            translate("App", "The article's figures could not be read: {error}").format(error=exc),
        )
        return 1

    from trade_target.ui.actions.autosave import default_folder
    from trade_target.ui.document import ScenarioDocument
    from trade_target.ui.main_window import MainWindow

    probe = os.environ.get("TRADE_TARGET_STARTUP_PROBE") == "1"
    window = MainWindow(ScenarioDocument(dataset), autosave_folder=default_folder())
    sys.excepthook = error_reporter(window)
    # Once the window is on screen: the icon (and the SVG engine that draws it), the watch
    # on the session's end, whose sockets and signal handlers are no part of a first paint
    # (before it, nobody has edited anything a termination signal could lose), then the
    # offer of autosaved work, asked over the window rather than before it.
    session_ends: list[SessionEnd] = []

    def after_first_paint() -> None:
        _set_icon()
        from trade_target.ui.actions.session_end import SessionEnd

        session_ends.append(SessionEnd(window))  # a termination signal or a logout keeps work
        if not probe:  # the start-up probe must not wait on a question
            window.offer_restore()

    _after_first_paint(window, after_first_paint)
    if probe:  # watching after the work above, so its moment is taken first (the last
        _report_first_paint(window)  # filter installed on the window is the first called)
    files = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if files and not probe:
        window.open_later(files[0])  # before the first paint: the file's figures, at once
    window.show()
    try:
        return app.exec()
    finally:
        for session_end in session_ends:
            session_end.close()
        sys.excepthook = sys.__excepthook__  # the error reporter holds on to the window
        from trade_target.ui.actions.session_end import tear_down

        tear_down(window)
