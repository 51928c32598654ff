"""Trade Target with many scenarios: five figures, each against the same measure on a small
workbook in the same run (the baseline) and against a goal.

(a) Opening a 10,000-scenario workbook (9.8 MB) by double-click: a fresh process to the
    window painted with the file open; the goal is on the opening itself (File › Open
    called → painted), against a 1-scenario file.
(b) `trade-target export --chart` of that workbook (800 ticked): the whole child process.
(c) A click choosing a scenario in the list of 500 (50 ticked), the comparison table in
    view, until the window is repainted.
(d) A redraw with 50 other scenarios ticked: an exchange-rate edit until repainted.
(e) The same with 800 ticked.

Medians of wall-clock time, each with the CPU time it took (user + system): on a shared
machine the wall clock also counts the waits for a core, the CPU time does not.
The window is 1366 × 768, a common laptop's screen.

    .venv/bin/python benchmarks/bench_scale.py [--runs 5] [--clicks 30] [--platform …]

Run with PYTHONPATH pointing at another source tree to measure that tree instead.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pyqtgraph
import PySide6
from benchlib import ms, paint_counter, qt_platform, time_to_painted, verdict
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLineEdit, QListView

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from big_workbook import big_workbook, write_big_workbook  # noqa: E402

import trade_target  # noqa: E402

SRC = Path(trade_target.__file__).resolve().parent.parent  # the tree measured
OPEN_CHILD = Path(__file__).resolve().parent / "open_child.py"
CHILD_TIMEOUT_S = 600.0
WARMUP = 3
BIG, BIG_TICKED = 10_000, 800
GOALS_MS = {"open": 2000.0, "export": 2000.0, "click": 100.0, "redraw 50": 50.0}
RATES = ("4.05", "4.31", "4.18", "4.44")


def child_environment(qt_env: dict[str, str], home: Path) -> dict[str, str]:
    """The measured tree first on the path; settings, recent files and autosaves kept in a
    throwaway home, so the runs neither read nor change the user's."""
    env = {**os.environ, **qt_env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def children_cpu() -> float:
    """CPU seconds (user + system) of the child processes that have ended so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def time_open(path: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(spawn → painted with the file open, File › Open called → painted, CPU of the
    whole child), in seconds."""
    cpu = children_cpu()
    line, spawned, painted = time_to_painted(
        [sys.executable, str(OPEN_CHILD), str(path)], env, str(ROOT), CHILD_TIMEOUT_S, 10.0
    )
    marks = {key: float(value) for key, value in (p.split("=") for p in line.decode().split()[1:])}
    return painted - spawned, marks["done"] - marks["open"], children_cpu() - cpu


def time_export(path: Path, env: dict[str, str], out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one export child."""
    out.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "trade_target", "export", "--scenario", str(path)]
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [*argv, "--chart", str(out)], env=env, cwd=ROOT, capture_output=True, timeout=600
    )
    took = time.perf_counter() - started
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"export failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return took, children_cpu() - cpu


def interleaved(runs: int, big: Callable[[], object], small: Callable[[], object]) -> None:
    big()  # warm-up, not counted: disk and bytecode caches
    small()
    for _ in range(runs):
        big()
        small()


# ---------------------------------------------------------------------------- in the window


class Window:
    """The real window, shown; workbooks are loaded into it as File › Open would."""

    def __init__(self) -> None:
        from PySide6.QtTest import QTest

        from trade_target.core.files.dataset_file import load_default_dataset
        from trade_target.ui.document import ScenarioDocument
        from trade_target.ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.window = MainWindow(ScenarioDocument(load_default_dataset()))
        self.window.show()
        self.window.resize(1366, 768)
        if not QTest.qWaitForWindowExposed(self.window):
            raise RuntimeError("the main window was never exposed")
        self.viewport = self.window.plot.plot_widget.viewport()
        self.counter = paint_counter()
        self.viewport.installEventFilter(self.counter)

    def load(self, count: int, ticked: int) -> None:
        self.window.document.load(big_workbook(count, ticked), "bench.tradetarget")
        self.app.processEvents()

    def timed(self, action: Callable[[], None]) -> tuple[float, float]:
        """`action`, then the event loop, until the plot has been repainted: (wall, CPU)."""
        before = self.counter.paints
        started, cpu = time.perf_counter(), time.process_time()
        action()
        self.app.processEvents()
        if self.counter.paints == before:
            self.viewport.repaint()
        return time.perf_counter() - started, time.process_time() - cpu

    def clicks(self, count: int) -> list[tuple[float, float]]:
        """Choose scenarios in the list by clicking their names, as a person would, with
        the comparison table in view."""
        from PySide6.QtTest import QTest

        self.window.tables.setCurrentWidget(self.window.comparison_table)
        view = self.window.findChild(QListView, "scenarioList")
        model = view.model()
        rows = model.rowCount()
        times = []
        for number in range(WARMUP + count):
            row = (number * 97 + 1) % rows
            if row == self.window.document.workbook.current:
                row = (row + 1) % rows
            index = model.index(row, 0)
            view.scrollTo(index)
            self.app.processEvents()
            centre = view.visualRect(index).center()
            took = self.timed(
                lambda centre=centre: QTest.mouseClick(
                    view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), centre
                )
            )
            if self.window.document.workbook.current != row:
                raise AssertionError(f"clicking row {row} did not choose it")
            if number >= WARMUP:
                times.append(took)
        return times

    def rate_edits(self, count: int) -> list[tuple[float, float]]:
        edit = self.window.findChild(QLineEdit, "exchangeRateInput")
        times = []
        for number in range(WARMUP + count):
            text = RATES[number % len(RATES)]

            def type_rate(text: str = text) -> None:
                edit.setText(text)
                edit.textEdited.emit(text)

            took = self.timed(type_rate)
            if abs(self.window.document.inputs.exchange_rate - float(text)) > 1e-9:
                raise AssertionError(f"{text} did not reach the exchange rate")
            if number >= WARMUP:
                times.append(took)
        return times

    def close(self) -> None:
        self.window.document.undo_stack.setClean()
        self.window.close()


# ---------------------------------------------------------------------------- report


Timing = tuple[float, float]  # wall, CPU seconds


def line(name: str, times: Sequence[Timing], baseline: Sequence[Timing], goal: str = "") -> None:
    """One figure: median wall (CPU) time, its baseline's, and the goal's verdict."""
    wall, cpu = (statistics.median(ms(t[k]) for t in times) for k in (0, 1))
    base_wall, base_cpu = (statistics.median(ms(t[k]) for t in baseline) for k in (0, 1))
    passed = "" if goal not in GOALS_MS else f"  goal ≤ {GOALS_MS[goal]:g} ms: "
    if passed:
        passed += verdict(wall <= GOALS_MS[goal])
    print(
        f"  {name:<38} {wall:8.1f} ms (CPU {cpu:7.1f})  n={len(times):<3}"
        f" baseline {base_wall:7.1f} ms (CPU {base_cpu:6.1f}){passed}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="child processes of each kind")
    parser.add_argument("--clicks", type=int, default=30, help="clicks and edits of each kind")
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--skip", default="", help="comma-separated: open,export,window")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print("Trade Target at scale (benchmarks/bench_scale.py)")
    print(f"  Source     {SRC}")
    print(f"  Python     {platform.python_version()}; PySide6 {PySide6.__version__}", end="")
    print(f" (Qt {qVersion()})")
    print(f"  pyqtgraph  {pyqtgraph.__version__}; {platform.platform()}, {os.cpu_count()} CPUs")
    print(f"  Load       {load}; Qt platform {args.platform}\n")

    with tempfile.TemporaryDirectory() as folder, qt_platform(args.platform) as qt_env:
        here = Path(folder)
        big, small = here / "big.tradetarget", here / "one.tradetarget"
        size = write_big_workbook(big, BIG, BIG_TICKED)
        write_big_workbook(small, 1)
        print(f"  {BIG:,} scenarios, {BIG_TICKED} ticked: {size / 1e6:.1f} MB; baseline 1 scenario")
        env = child_environment(qt_env, here)
        if "open" not in skip:
            totals: dict[Path, list[Timing]] = {big: [], small: []}
            phases: dict[Path, list[Timing]] = {big: [], small: []}

            def opening(path: Path) -> Callable[[], None]:
                def run() -> None:
                    total, phase, cpu = time_open(path, env)
                    totals[path].append((total, cpu))
                    phases[path].append((phase, math.nan))

                return run

            interleaved(args.runs, opening(big), opening(small))
            print("(a) open by double-click, fresh process each")
            line("spawn → painted with the file", totals[big][1:], totals[small][1:])
            line("File › Open → painted", phases[big][1:], phases[small][1:], "open")
        if "export" not in skip:
            out = here / "chart.png"
            exports: dict[Path, list[Timing]] = {big: [], small: []}

            def exporting(path: Path) -> Callable[[], None]:
                return lambda: exports[path].append(time_export(path, env, out))

            interleaved(args.runs, exporting(big), exporting(small))
            print("(b) trade-target export --chart, fresh process each")
            line("whole process", exports[big][1:], exports[small][1:], "export")
        if "window" not in skip:
            os.environ.update(qt_env)
            window = Window()
            print("(c–e) in the shown window, one process")
            window.load(2, 0)
            two = window.clicks(args.clicks)
            window.load(500, 0)
            line("(c) click a scenario, 500 in the list", window.clicks(args.clicks), two, "click")
            window.load(1, 1)
            alone = window.rate_edits(args.clicks)
            window.load(51, 51)
            fifty = window.rate_edits(args.clicks)
            line("(d) rate edit, 50 others ticked", fifty, alone, "redraw 50")
            window.load(801, 801)
            line("(e) rate edit, 800 others ticked", window.rate_edits(args.clicks), alone)
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
