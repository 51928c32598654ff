"""Trade Target's speed figures, each against a baseline measured in the same run.

(1) Start-up from source, against a minimal PySide6 + pyqtgraph window started the same way:
    (a) the window's first paint (goal: ratio ≤ 0.6), (b) the chart painted (≤ 1.05),
    (c) resident memory then (≤ 1.2).
(2) Edits typed into the window, each keystroke until the window is repainted: p99 of the
    worst keystroke per edit ≤ 16.7 ms (a 60 Hz frame); for rate edits, stretch ≤ 8 ms.
(3) Where a keystroke's time goes: core, document, models and tables, summary and verdict,
    inputs panel, chart, painting, the rest.

    .venv/bin/python benchmarks/bench_app.py [--runs 9] [--edits 1000] [--platform offscreen|xvfb]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph
import PySide6
from benchlib import ms, painted_marks, qt_platform, time_to_painted, verdict
from edit_latency import FRAME_MS, STRETCH_MS, goal_lines, report_edits
from PySide6.QtCore import qVersion

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
STARTUP_CHILD = Path(__file__).resolve().parent / "startup_child.py"

FIRST_PAINT_GOAL = 0.6  # the window on screen well before a plain plot window is
CHART_PAINT_GOAL = 1.05  # the chart no later than a plain plot window's, give or take
RSS_GOAL = 1.2
CHILD_TIMEOUT_S = 120.0

PLATFORM_NAMES = {"offscreen": "offscreen", "xvfb": "xcb on a private Xvfb"}


@dataclass(frozen=True)
class StartupRun:
    """One start-up, in seconds from the spawn, on one clock (the child's marks included)."""

    first: float  # the first paint pass drawn
    chart: float  # the first pass that reached the chart drawn
    script: float  # the child script's first line
    show: float  # window.show() called
    rss_kb: float  # VmRSS at the chart moment
    pyqtgraph_at_first_paint: bool


# ---------------------------------------------------------------------------- (1) start-up


def child_environment(qt_env: dict[str, str], bytecode_cache: Path) -> dict[str, str]:
    """src/ first on the path; bytecode cached as on a developer's machine, but not in src/.

    PYTHONPYCACHEPREFIX applies to every module, so app and baseline alike read their
    bytecode from the private cache that the uncounted warm-up runs fill. The app's own
    start-up probe stays off: the child brings its own.
    """
    env = {**os.environ, **qt_env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TRADE_TARGET_STARTUP_PROBE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    return env


def start_once(mode: str, env: dict[str, str]) -> StartupRun:
    """Spawn one child and read its line; every moment is measured from the spawn."""
    line, spawned, _read = time_to_painted(
        [sys.executable, str(STARTUP_CHILD), mode], env, str(ROOT), CHILD_TIMEOUT_S, 10.0
    )
    marks = painted_marks(line)
    return StartupRun(
        first=marks["first"] - spawned,
        chart=marks["chart"] - spawned,
        script=marks["script"] - spawned,
        show=marks["show"] - spawned,
        rss_kb=marks["rss_kb"],
        pyqtgraph_at_first_paint=bool(marks["pyqtgraph_at_first_paint"]),
    )


KINDS = ("app", "baseline", "floor")


def bench_startup(runs: int, env: dict[str, str]) -> dict[str, list[StartupRun]]:
    """Interleaved app, baseline, floor, app… so drift on the machine falls on all alike."""
    for mode in KINDS:  # fills bytecode and disk caches; not counted
        start_once(mode, env)
    kinds: dict[str, list[StartupRun]] = {mode: [] for mode in KINDS}
    print(
        f"  {'':>3}  {'first paint (ms)':>26}  {'chart painted (ms)':>18}  {'RSS (MB)':>15}\n"
        f"  {'run':>3}  {'app':>8}  {'baseline':>8}  {'floor':>6}  {'app':>8}  {'baseline':>8}  "
        f"{'app':>6}  {'baseline':>8}"
    )
    for number in range(1, runs + 1):
        for mode in KINDS:
            kinds[mode].append(start_once(mode, env))
        app, base, floor = (kinds[mode][-1] for mode in KINDS)
        print(
            f"  {number:>3}  {ms(app.first):>8.1f}  {ms(base.first):>8.1f}  "
            f"{ms(floor.first):>6.1f}  "
            f"{ms(app.chart):>8.1f}  {ms(base.chart):>8.1f}  "
            f"{app.rss_kb / 1000:>6.1f}  {base.rss_kb / 1000:>8.1f}"
        )
    return kinds


def report_startup(runs: int, env: dict[str, str]) -> dict[str, float]:
    """Print figure 1; return its three ratios of medians."""
    print(
        f"(1) Start-up from source: {runs} fresh process{'es' if runs > 1 else ''} of each, "
        "interleaved app / baseline (a QMainWindow with a pg.PlotWidget showing 6 points) / "
        "floor (the same window with one label and no pyqtgraph: the least a PySide6 window "
        "can do), after one uncounted warm-up each; times from the spawn"
    )
    kinds = bench_startup(runs, env)
    apps, baselines, floors = (kinds[mode] for mode in KINDS)
    ratios: dict[str, float] = {}
    for key, label, unit, scale in (
        ("first", "(a) first paint   ", "ms", 1000.0),
        ("chart", "(b) chart painted ", "ms", 1000.0),
        ("rss_kb", "(c) RSS at (b)    ", "MB", 0.001),
    ):
        app = statistics.median(getattr(r, key) for r in apps) * scale
        base = statistics.median(getattr(r, key) for r in baselines) * scale
        ratios[key] = app / base
        print(
            f"  {label} median: app {app:7.1f} {unit}, baseline {base:7.1f} {unit}, "
            f"ratio {ratios[key]:.3f}"
        )
    floor = statistics.median(r.first for r in floors) * 1000.0
    base_first = statistics.median(r.first for r in baselines) * 1000.0
    app_first = statistics.median(r.first for r in apps) * 1000.0
    print(
        f"  floor: first paint median {floor:7.1f} ms, {floor / base_first:.3f} of the "
        "baseline's; "
        f"the app's first paint is the floor + {app_first - floor:.1f} ms, and the goal "
        f"leaves it {FIRST_PAINT_GOAL * base_first - floor:.1f} ms"
    )
    loaded = sum(r.pyqtgraph_at_first_paint for r in apps)
    print(
        f"  pyqtgraph already imported at the app's first paint: {_yes_no(loaded, runs)} "
        f"(baseline: {_yes_no(sum(r.pyqtgraph_at_first_paint for r in baselines), runs)})"
    )
    print(
        "  phases, median ms: interpreter start / imports + build to show() / show() to "
        "first paint / first paint to chart painted"
    )
    for name, kind in zip(KINDS, (apps, baselines, floors), strict=True):
        phases = [
            statistics.median(ms(b(r) - a(r)) for r in kind)
            for a, b in (
                (lambda r: 0.0, lambda r: r.script),
                (lambda r: r.script, lambda r: r.show),
                (lambda r: r.show, lambda r: r.first),
                (lambda r: r.first, lambda r: r.chart),
            )
        ]
        print(f"    {name:<8} " + " / ".join(f"{p:7.1f}" for p in phases))
    print()
    return ratios


def _yes_no(yes: int, runs: int) -> str:
    return "yes" if yes == runs else "no" if yes == 0 else f"in {yes} of {runs} runs"


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
        f"  Goals      (1) app ÷ baseline: (a) first paint ≤ {FIRST_PAINT_GOAL:g}, (b) chart "
        f"painted ≤ {CHART_PAINT_GOAL:g}, (c) RSS ≤ {RSS_GOAL:g}; (2) edit p99 ≤ "
        f"{FRAME_MS:.1f} ms (rate edits: stretch ≤ {STRETCH_MS:g} ms)"
    )
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-ups of each kind (default 9)")
    parser.add_argument(
        "--edits", type=int, default=1000, help="edits of each input (default 1000)"
    )
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument(
        "--always-repaint",
        action="store_true",
        help="repaint the chart after every keystroke that changed the document, even if "
        "the event loop just painted it",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.edits < 1:
        parser.error("--runs and --edits must be at least 1")

    print_header(args)
    with qt_platform(args.platform) as qt_env, tempfile.TemporaryDirectory() as bytecode_cache:
        os.environ.update(qt_env)
        ratios = report_startup(args.runs, child_environment(qt_env, Path(bytecode_cache)))
        edit_p99 = report_edits(args.edits, args.always_repaint)

    for key, label, goal in (
        ("first", "(1a) first paint", FIRST_PAINT_GOAL),
        ("chart", "(1b) chart painted", CHART_PAINT_GOAL),
        ("rss_kb", "(1c) RSS", RSS_GOAL),
    ):
        ratio = ratios[key]
        print(f"{label} ratio {ratio:.3f} vs goal ≤ {goal:g}: {verdict(ratio <= goal)}")
    for line in goal_lines(edit_p99, verdict):
        print(line)
    return 0  # the figures are for people, not a gate


if __name__ == "__main__":
    sys.exit(main())
