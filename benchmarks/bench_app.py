"""Trade Target's two speed figures, each against a goal.

(a) Start-up to the first painted main window, from source, against a minimal
    PySide6 + pyqtgraph window started the same way (goal: ratio ≤ 1.15).
(b) Input edit → repainted plot, over many edits in one process (goal: p99 < 8 ms).

    .venv/bin/python benchmarks/bench_app.py [--runs 5] [--edits 1000] [--platform offscreen|xvfb]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph
import PySide6
from benchlib import ms, paint_counter, percentile, qt_platform, time_to_painted, verdict
from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QLineEdit

if TYPE_CHECKING:
    from trade_target.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
STARTUP_CHILD = Path(__file__).resolve().parent / "startup_child.py"

STARTUP_RATIO_GOAL = 1.15
EDIT_P99_GOAL_MS = 8.0
CHILD_TIMEOUT_S = 120.0
WARMUP_EDITS = 20

PLATFORM_NAMES = {"offscreen": "offscreen", "xvfb": "xcb on a private Xvfb"}
# The headless plugin says this of every top-level window (pyproject's qt_log_ignore too).
KNOWN_QT_NOISE = "does not support propagateSizeHints"


@dataclass(frozen=True)
class EditedInput:
    """One input to edit: consecutive texts always differ, so every edit changes the document."""

    label: str
    object_name: str
    field: str  # the Inputs attribute the edit must reach
    texts: tuple[str, ...]


EDITED_INPUTS = (
    EditedInput(
        "exchange rate", "exchangeRateInput", "exchange_rate", ("4.05", "4.31", "4.18", "4.44")
    ),
    # Each of these changes the number of trajectory rows (a model reset).
    EditedInput("years to target", "yearsToTargetInput", "years_to_target", ("4", "5", "6", "7")),
)


@dataclass(frozen=True)
class StartupRun:
    """One start-up, in seconds; the phases come from the child's marks on the same clock."""

    total: float  # parent: just before spawning → "painted" line read
    interpreter: float  # spawn → first line of the child script
    build: float  # first line → window.show() (imports, QApplication, widgets)
    paint: float  # show() → first paint pass finished


# ---------------------------------------------------------------------------- platform


# ---------------------------------------------------------------------------- (a) start-up


def child_environment(qt_env: dict[str, str], bytecode_cache: Path) -> dict[str, str]:
    """src/ first on the path; bytecode cached as on a developer's machine, but not in src/.

    PYTHONPYCACHEPREFIX applies to every module, so app and baseline alike read their
    bytecode from the private cache that the uncounted warm-up runs fill.
    """
    env = {**os.environ, **qt_env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    return env


def start_once(mode: str, env: dict[str, str]) -> StartupRun:
    """Spawn one child and time it to its "painted" line (the same clock for both modes)."""
    line, spawned, painted = time_to_painted(
        [sys.executable, str(STARTUP_CHILD), mode], env, str(ROOT), CHILD_TIMEOUT_S, 10.0
    )
    marks = {key: float(value) for key, value in (p.split("=") for p in line.decode().split()[1:])}
    return StartupRun(
        total=painted - spawned,
        interpreter=marks["script"] - spawned,
        build=marks["show"] - marks["script"],
        paint=marks["done"] - marks["show"],
    )


def bench_startup(runs: int, env: dict[str, str]) -> tuple[list[StartupRun], list[StartupRun]]:
    """Interleaved A B A B… so drift on the machine falls on both alike."""
    for mode in ("app", "baseline"):  # fills bytecode and disk caches; not counted
        start_once(mode, env)
    app_runs: list[StartupRun] = []
    baseline_runs: list[StartupRun] = []
    print(f"  {'run':>3}  {'app (ms)':>9}  {'baseline (ms)':>13}")
    for number in range(1, runs + 1):
        app_runs.append(start_once("app", env))
        baseline_runs.append(start_once("baseline", env))
        print(
            f"  {number:>3}  {ms(app_runs[-1].total):>9.1f}  {ms(baseline_runs[-1].total):>13.1f}"
        )
    return app_runs, baseline_runs


# ---------------------------------------------------------------------------- (b) edits


def _forward_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if KNOWN_QT_NOISE not in message:
        print(message, file=sys.stderr)


def build_window() -> tuple[QApplication, MainWindow]:
    """The real window on the real dataset, shown and exposed, as the user has it."""
    sys.path.insert(0, str(SRC))
    from PySide6.QtTest import QTest

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
    app.processEvents()
    return app, window


@dataclass(frozen=True)
class EditTimes:
    """Seconds per edit: the whole span, and its two parts."""

    total: list[float]
    handling: list[float]  # setText + textEdited: document, models, widgets updated
    drawing: list[float]  # event loop and plot repaint until the window is drawn
    forced_repaints: int  # edits whose plot the event loop had not painted


def time_edits(
    app: QApplication, window: MainWindow, edited: EditedInput, count: int, always_repaint: bool
) -> EditTimes:
    """Type-style edits, each timed until the window and the plot in it are repainted.

    The event loop runs the queued scene, model and layout work and paints what changed,
    plot included; the plot's viewport is then repainted synchronously unless that pass
    already painted it (or always, with `always_repaint`, which paints the plot twice).
    Each edit is checked, outside the timed span, to have reached the document and the plot.
    """
    edit = window.findChild(QLineEdit, edited.object_name)
    if edit is None:
        raise LookupError(f"no QLineEdit named {edited.object_name!r}")
    viewport = window.plot.plot_widget.viewport()
    counter = paint_counter()
    viewport.installEventFilter(counter)
    total: list[float] = []
    handling: list[float] = []
    drawing: list[float] = []
    forced = 0
    for number in range(WARMUP_EDITS + count):
        text = edited.texts[number % len(edited.texts)]
        paints_before = counter.paints
        started = time.perf_counter()
        edit.setText(text)
        edit.textEdited.emit(text)
        handled = time.perf_counter()
        app.processEvents()
        repaint = always_repaint or counter.paints == paints_before
        if repaint:
            viewport.repaint()
        finished = time.perf_counter()
        if number >= WARMUP_EDITS:
            total.append(finished - started)
            handling.append(handled - started)
            drawing.append(finished - handled)
            forced += repaint
        if not math.isclose(getattr(window.document.inputs, edited.field), float(text)):
            raise AssertionError(f"edit {number}: {text!r} did not reach {edited.field}")
        if counter.paints == paints_before:
            raise AssertionError(f"edit {number}: the plot was not repainted")
    viewport.removeEventFilter(counter)
    return EditTimes(total, handling, drawing, forced)


def time_baseline_edits(app: QApplication, count: int, moving_range: bool) -> list[float]:
    """The same loop on a minimal PySide6 + pyqtgraph window: one 6-point line, setData.

    With `moving_range` the line gains and loses points, so the x range moves as a years
    edit moves it; without, only the y values change, as in a rate edit.
    """
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
    app.processEvents()
    times: list[float] = []
    for number in range(WARMUP_EDITS + count):
        years = 4 + number % 4 if moving_range else 5
        growth = (0.02, 0.09, 0.05, 0.12)[number % 4]
        xs = list(range(2024, 2025 + years))
        ys = [5.2 * (1 + growth) ** (x - 2024) for x in xs]
        started = time.perf_counter()
        curve.setData(xs, ys)
        app.processEvents()
        if number >= WARMUP_EDITS:
            times.append(time.perf_counter() - started)
    window.close()
    return times


# ---------------------------------------------------------------------------- report


def print_header(args: argparse.Namespace) -> None:
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print("Trade Target benchmarks (benchmarks/bench_app.py)")
    print(f"  Python     {platform.python_version()} ({sys.executable})")
    print(f"  PySide6    {PySide6.__version__} (Qt {qVersion()})")
    print(f"  pyqtgraph  {pyqtgraph.__version__}")
    print(f"  Platform   {platform.platform()}, {os.cpu_count()} CPUs, load {load}")
    print(f"  Qt         platform: {PLATFORM_NAMES[args.platform]}")
    print(
        f"  Goals      (a) start-up app ÷ baseline ≤ {STARTUP_RATIO_GOAL:.2f}; "
        f"(b) edit → repainted plot p99 < {EDIT_P99_GOAL_MS:g} ms"
    )
    print()


def report_startup(runs: int, env: dict[str, str]) -> float:
    """Print (a) and return the ratio of the medians."""
    print(
        f"(a) Start-up to the first painted main window, from source: {runs} fresh "
        f"process{'es' if runs > 1 else ''} of each, interleaved app/baseline, after one "
        "uncounted warm-up each"
    )
    app_runs, baseline_runs = bench_startup(runs, env)
    app_median = statistics.median(ms(r.total) for r in app_runs)
    baseline_median = statistics.median(ms(r.total) for r in baseline_runs)
    ratio = app_median / baseline_median
    print(
        f"  median: app {app_median:.1f} ms, baseline {baseline_median:.1f} ms, ratio {ratio:.3f}"
    )
    print("  phases, median ms: interpreter start / imports + build to show() / show() to painted")
    for name, kind_runs in (("app", app_runs), ("baseline", baseline_runs)):
        interpreter, build, paint = (
            statistics.median(ms(getattr(r, phase)) for r in kind_runs)
            for phase in ("interpreter", "build", "paint")
        )
        print(f"    {name:<8} {interpreter:7.1f} / {build:7.1f} / {paint:6.1f}")
    print()
    return ratio


def report_edits(edits: int, always_repaint: bool) -> dict[str, float]:
    """Print (b) and return the p99 in ms of each input."""
    app, window = build_window()
    how = "always repainted after the event loop" if always_repaint else "painted once"
    print(
        f"(b) Input edit → repainted plot: {edits} edits of each input in one process after "
        f"{WARMUP_EDITS} uncounted; Qt platform {app.platformName()}; plot {how}"
    )
    p99: dict[str, float] = {}
    for edited in EDITED_INPUTS:
        moving = edited.field == "years_to_target"
        baseline = [ms(t) for t in time_baseline_edits(app, edits, moving)]
        times = time_edits(app, window, edited, edits, always_repaint)
        total = [ms(t) for t in times.total]
        label = edited.label
        p99[label] = percentile(total, 0.99)
        print(
            f"  {label:<16} median {statistics.median(total):6.2f} ms   "
            f"p99 {p99[label]:6.2f} ms   max {max(total):6.2f} ms   "
            f"values {' / '.join(edited.texts)}"
        )
        print(
            f"  {'':<16} median split: {statistics.median(ms(t) for t in times.handling):.2f} ms "
            f"handling the edit + {statistics.median(ms(t) for t in times.drawing):.2f} ms "
            f"event loop and painting; plot repaint forced after {times.forced_repaints} edits"
        )
        print(
            f"  {'':<16} baseline, minimal window, setData "
            f"({'x range moving' if moving else 'fixed range'}): "
            f"median {statistics.median(baseline):.2f} ms, p99 {percentile(baseline, 0.99):.2f} ms"
        )
    window.document.undo_stack.setClean()  # the edits are throwaways: close without asking
    window.close()
    print()
    return p99


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each kind (default 5)")
    parser.add_argument(
        "--edits", type=int, default=1000, help="edits of each input (default 1000)"
    )
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument(
        "--always-repaint",
        action="store_true",
        help="repaint the plot after every event-loop pass even if it was just painted",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.edits < 1:
        parser.error("--runs and --edits must be at least 1")

    print_header(args)
    with qt_platform(args.platform) as qt_env, tempfile.TemporaryDirectory() as bytecode_cache:
        os.environ.update(qt_env)
        ratio = report_startup(args.runs, child_environment(qt_env, Path(bytecode_cache)))
        edit_p99 = report_edits(args.edits, args.always_repaint)

    passed = ratio <= STARTUP_RATIO_GOAL
    print(f"(a) start-up ratio {ratio:.3f} vs goal ≤ {STARTUP_RATIO_GOAL:.2f}: {verdict(passed)}")
    for label, p99 in edit_p99.items():
        goal = f"goal < {EDIT_P99_GOAL_MS:g} ms"
        print(f"(b) {label} edit p99 {p99:.2f} ms vs {goal}: {verdict(p99 < EDIT_P99_GOAL_MS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
