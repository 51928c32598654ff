"""Figure 2 of bench_app.py: edits typed into the real window, each keystroke timed until the
window, chart included, is repainted; and where a keystroke's time goes (edit_costs).

An edit is typed as a person types it, with QTest on the field: Ctrl+A, the characters one
by one, Return. Against it, a minimal PySide6 + pyqtgraph window making the same kind of
update: one setData, then the event loop.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchlib import ms, paint_counter, percentile
from edit_costs import BASELINE_TARGETS, REST, TARGETS, CostMeter, categories
from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QLineEdit

if TYPE_CHECKING:
    from trade_target.ui.main_window import MainWindow

SRC = Path(__file__).resolve().parent.parent / "src"
WARMUP_EDITS = 20
FRAME_MS = 1000 / 60  # one frame at 60 Hz: the goal for every edit
STRETCH_MS = 8.0  # half a frame: the stretch goal for rate edits
# The headless plugin says this of every top-level window (pyproject's qt_log_ignore too).
KNOWN_QT_NOISE = "does not support propagateSizeHints"
SELECT_ALL, RETURN = "Ctrl+A", "Return"
SETTLE_PASSES_MOST = 10


@dataclass(frozen=True)
class EditedInput:
    """One input to edit: consecutive texts always differ, so every edit changes the document."""

    label: str
    object_name: str
    field: str  # the Inputs attribute the edit must reach
    texts: tuple[str, ...]
    stretch: bool  # judged against the stretch goal too


EDITED_INPUTS = (
    EditedInput(
        "exchange rate",
        "exchangeRateInput",
        "exchange_rate",
        ("4.05", "4.31", "4.18", "4.44"),
        stretch=True,
    ),
    # Each of these changes the number of trajectory rows and the chart's x range.
    EditedInput(
        "years to target", "yearsToTargetInput", "years_to_target", ("4", "5", "6", "7"), False
    ),
)


@dataclass(frozen=True)
class Keystroke:
    seconds: float
    changed: bool  # the document changed: everything it shows was redrawn
    costs: dict[str, float]  # exclusive seconds by category (edit_costs), REST included


@dataclass
class TypedEdits:
    keystrokes: list[Keystroke] = field(default_factory=list)
    worst: list[float] = field(default_factory=list)  # per edit: its slowest keystroke
    forced_repaints: int = 0  # keystrokes whose chart the event loop had not painted


def _forward_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if KNOWN_QT_NOISE not in message:
        print(message, file=sys.stderr)


def build_window(meter: CostMeter) -> tuple[QApplication, MainWindow]:
    """The real window on the real dataset, shown and exposed, its chart made, as the user
    has it; the timing wrappers go on first (signals bind the functions of the moment)."""
    sys.path.insert(0, str(SRC))
    from PySide6.QtTest import QTest

    meter.install(TARGETS, collector=True)
    from trade_target.core.files.dataset_file import load_default_dataset
    from trade_target.ui.document import ScenarioDocument
    from trade_target.ui.main_window import MainWindow

    qInstallMessageHandler(_forward_qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    window = MainWindow(ScenarioDocument(load_default_dataset()))
    window.show()
    if not QTest.qWaitForWindowExposed(window):
        raise RuntimeError("the main window was never exposed")
    settle(app)
    window.plot  # noqa: B018  (made now if the first idle moment has not made it yet)
    settle(app)
    return app, window


def settle(app: QApplication) -> int:
    """Run the event loop until it has nothing left to do; the passes it took after the first.

    One processEvents() is not enough: the layout a new text asks for is posted while it
    runs, and the repaint that follows (the verdict banner's, ~1 ms) would fall to the next
    keystroke. Bounded, for a timer that keeps firing.
    """
    app.processEvents()
    dispatcher = app.eventDispatcher()
    passes = 0
    while passes < SETTLE_PASSES_MOST and dispatcher.processEvents(
        QEventLoop.ProcessEventsFlag.AllEvents
    ):
        passes += 1
    return passes


def _press(edit: QLineEdit, key: str) -> None:
    from PySide6.QtTest import QTest

    if key == SELECT_ALL:
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    elif key == RETURN:
        QTest.keyClick(edit, Qt.Key.Key_Return)
    else:
        QTest.keyClicks(edit, key)


def type_edits(
    app: QApplication,
    window: MainWindow,
    edited: EditedInput,
    count: int,
    meter: CostMeter,
    always_repaint: bool,
) -> TypedEdits:
    """Each keystroke timed from just before it is sent until the window is repainted.

    The event loop runs, until it is idle, the queued model, layout and scene work and
    paints what changed, chart included; when the keystroke changed the document, the
    chart's viewport is then repainted synchronously unless the event loop painted it (or
    always, with `always_repaint`). Each edit is checked, outside the timed span, to have
    reached the document and repainted the chart.
    """
    edit = window.findChild(QLineEdit, edited.object_name)
    if edit is None:
        raise LookupError(f"no QLineEdit named {edited.object_name!r}")
    edit.setFocus()
    viewport = window.plot.plot_widget.viewport()
    counter = paint_counter()
    viewport.installEventFilter(counter)
    document = window.document
    typed = TypedEdits()
    for number in range(WARMUP_EDITS + count):
        text = edited.texts[number % len(edited.texts)]
        counted = number >= WARMUP_EDITS
        paints_at_start = counter.paints
        worst = 0.0
        for key in (SELECT_ALL, *text, RETURN):
            state, paints = document.workbook, counter.paints
            meter.take()
            meter.recording = True
            started = time.perf_counter()
            _press(edit, key)
            settle(app)
            changed = document.workbook is not state
            forced = changed and (always_repaint or counter.paints == paints)
            if forced:
                viewport.repaint()
            seconds = time.perf_counter() - started
            meter.recording = False
            costs = meter.take()
            costs[REST] = seconds - sum(costs.values())
            worst = max(worst, seconds)
            if counted:
                typed.keystrokes.append(Keystroke(seconds, changed, costs))
                typed.forced_repaints += forced
        if counted:
            typed.worst.append(worst)
        if not math.isclose(getattr(document.inputs, edited.field), float(text)):
            raise AssertionError(f"edit {number}: {text!r} did not reach {edited.field}")
        if counter.paints == paints_at_start:
            raise AssertionError(f"edit {number}: the chart was not repainted")
    viewport.removeEventFilter(counter)
    return typed


def baseline_updates(
    app: QApplication, count: int, moving_range: bool, meter: CostMeter
) -> list[dict[str, float]]:
    """The same loop on a minimal PySide6 + pyqtgraph window: one line, setData, the event
    loop. Per update: "total", "setData", "chart paint" and "rest", in seconds.

    With `moving_range` the line gains and loses points, so the x range moves as a years
    edit moves it; without, only the y values change, as in a rate edit.
    """
    import pyqtgraph
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    plot = pyqtgraph.PlotWidget(background="w")
    window.setCentralWidget(plot)
    window.resize(1280, 800)
    curve = plot.plot(pen=pyqtgraph.mkPen("#0072B2", width=2.5))
    plot.getPlotItem().setRange(xRange=(2023.5, 2031.5), yRange=(0, 12), padding=0)
    if moving_range:
        plot.getPlotItem().enableAutoRange()
    window.show()
    settle(app)
    updates: list[dict[str, float]] = []
    for number in range(WARMUP_EDITS + count):
        years = 4 + number % 4 if moving_range else 5
        growth = (0.02, 0.09, 0.05, 0.12)[number % 4]
        xs = list(range(2024, 2025 + years))
        ys = [5.2 * (1 + growth) ** (x - 2024) for x in xs]
        meter.take()
        meter.recording = True
        started = time.perf_counter()
        curve.setData(xs, ys)
        set_data = time.perf_counter() - started
        settle(app)
        total = time.perf_counter() - started
        meter.recording = False
        if number >= WARMUP_EDITS:
            paint = meter.take().get("chart paint", 0.0)
            updates.append(
                {
                    "total": total,
                    "setData": set_data,
                    "chart paint": paint,
                    REST: total - set_data - paint,
                }
            )
    window.close()
    return updates


def _median_ms(values: list[float]) -> float:
    return statistics.median(ms(v) for v in values) if values else math.nan


def report_edits(edits: int, always_repaint: bool) -> dict[str, float]:
    """Print figures 2 and 3 for each input; return each input's per-edit p99 in ms."""
    meter = CostMeter()
    app, window = build_window(meter)
    how = "repainted again after the event loop" if always_repaint else "painted once"
    print(
        f"(2) Edits typed into the window (QTest: Ctrl+A, each character, Return): {edits} "
        f"edits of each input after {WARMUP_EDITS} uncounted; Qt platform "
        f"{app.platformName()}; chart {how}. Each keystroke timed until the window, chart "
        "included, is repainted (the event loop run until idle); an edit's time is its "
        "slowest keystroke."
    )
    if meter.missing:
        print(f"  note: not found, so counted in '{REST}': {', '.join(meter.missing)}")
    edit_p99: dict[str, float] = {}
    for edited in EDITED_INPUTS:
        moving = edited.field == "years_to_target"
        baseline_meter = CostMeter()
        baseline_meter.install(BASELINE_TARGETS)
        try:
            baseline = baseline_updates(app, edits, moving, baseline_meter)
        finally:
            baseline_meter.uninstall()
        typed = type_edits(app, window, edited, edits, meter, always_repaint)
        edit_p99[edited.label] = _print_input(edited, typed, baseline, moving)
    window.document.undo_stack.setClean()  # the edits are throwaways: close without asking
    window.close()
    meter.uninstall()
    print()
    return edit_p99


def _print_input(
    edited: EditedInput, typed: TypedEdits, baseline: list[dict[str, float]], moving: bool
) -> float:
    every = [ms(k.seconds) for k in typed.keystrokes]
    changing = [k for k in typed.keystrokes if k.changed]
    changing_ms = [ms(k.seconds) for k in changing]
    worst = [ms(s) for s in typed.worst]
    edit_p99 = percentile(worst, 0.99)
    base_total = [ms(u["total"]) for u in baseline]
    pad = " " * 4
    print(f"  {edited.label}, typing {' / '.join(edited.texts)} in turn")
    print(
        f"{pad}per keystroke    median {statistics.median(every):6.2f} ms   p99 "
        f"{percentile(every, 0.99):6.2f} ms   max {max(every):6.2f} ms   ({len(every):,} "
        f"keystrokes; {len(changing):,} changed the document, chart repaint forced after "
        f"{typed.forced_repaints})"
    )
    print(
        f"{pad}  that changed   median {statistics.median(changing_ms):6.2f} ms   p99 "
        f"{percentile(changing_ms, 0.99):6.2f} ms   max {max(changing_ms):6.2f} ms"
    )
    print(
        f"{pad}per edit (worst) median {statistics.median(worst):6.2f} ms   p99 "
        f"{edit_p99:6.2f} ms   max {max(worst):6.2f} ms"
    )
    base_median, base_p99 = statistics.median(base_total), percentile(base_total, 0.99)
    print(
        f"{pad}baseline         minimal window, one setData + event loop "
        f"({'x range moving' if moving else 'fixed x range'}): median {base_median:.2f} ms, "
        f"p99 {base_p99:.2f} ms; app ÷ baseline: median {_ratio(changing_ms, base_median)} "
        f"(keystrokes that changed the document), p99 {edit_p99 / base_p99:.1f}× (per edit)"
    )
    parts = categories()
    line = " | ".join(
        f"{name} {_median_ms([k.costs.get(name, 0.0) for k in changing]):.2f}" for name in parts
    )
    print(
        f"{pad}(3) where a keystroke that changed the document goes, median ms: {line} "
        f"(total {statistics.median(changing_ms):.2f}; medians need not add up)"
    )
    line = " | ".join(
        f"{name} {_median_ms([u[name] for u in baseline]):.2f}"
        for name in ("setData", "chart paint", REST)
    )
    print(f"{pad}    baseline, median ms: {line} (total {base_median:.2f})")
    return edit_p99


def _ratio(values: list[float], baseline_median: float) -> str:
    return f"{statistics.median(values) / baseline_median:.1f}×"


def goal_lines(edit_p99: dict[str, float], verdict: Any) -> list[str]:
    """The PASS/MISS lines of figure 2."""
    lines = []
    for edited in EDITED_INPUTS:
        p99 = edit_p99[edited.label]
        line = (
            f"(2) {edited.label} edit p99 {p99:.2f} ms (worst keystroke) vs goal ≤ "
            f"{FRAME_MS:.1f} ms: {verdict(p99 <= FRAME_MS)}"
        )
        if edited.stretch:
            line += f"; stretch ≤ {STRETCH_MS:g} ms: {verdict(p99 <= STRETCH_MS)}"
        lines.append(line)
    return lines
