"""Start-up of the frozen app against the minimal frozen window, for bench_packaging.py.

Each program is spawned with TRADE_TARGET_STARTUP_PROBE=1 and prints one line when its
chart has been painted (src/trade_target/ui/app.py, minimal_window.py):

    painted first=<t> chart=<t> rss_kb=<n> pyqtgraph_at_first_paint=<0|1>

The three figures: the window's first paint (goal: app ÷ minimal ≤ 0.6), the chart painted
(≤ 1.05) and resident memory then (≤ 1.2), medians of runs interleaved app, minimal, app…
"""

from __future__ import annotations

import contextlib
import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchlib import StartupError, ms, painted_marks, time_to_painted, verdict

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "trade-target"
BUNDLE_EXE = BUNDLE / "trade-target"
MINIMAL_NAME = "minimal-window"
MINIMAL_ROOT = ROOT / "build" / "bench-minimal"
MINIMAL_BUNDLE = MINIMAL_ROOT / "dist" / MINIMAL_NAME
MINIMAL_EXE = MINIMAL_BUNDLE / MINIMAL_NAME
INSTALLED = Path("/opt/trade-target")
INSTALLED_EXE = INSTALLED / "trade-target"
LAUNCHER = Path("/usr/bin/trade-target")

FIRST_PAINT_GOAL = 0.6  # app ÷ minimal: the window on screen well before a plain plot window
CHART_PAINT_GOAL = 1.05  # the chart no later than a plain plot window's, give or take
RSS_GOAL = 1.2
CHILD_TIMEOUT_S = 120.0
EXIT_TIMEOUT_S = 10.0


def relative(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.relative_to(ROOT))
    return str(path)


def installed_present() -> bool:
    return INSTALLED_EXE.is_file() and LAUNCHER.is_file()


# ---------------------------------------------------------------------------- start-up


@dataclass(frozen=True)
class StartupRun:
    """One start-up, in seconds from just before Popen, on the parent's clock
    (CLOCK_MONOTONIC, the child's too)."""

    total: float  # → the "painted" line read by the parent
    first: float  # → the child's first paint pass drawn
    chart: float  # → the child's first pass that reached the chart drawn (it prints then)
    rss_kb: float | None  # VmRSS at the chart moment; None from a probe of the old kind
    pyqtgraph_at_first_paint: bool | None

    @property
    def pipe(self) -> float:  # the child's print → the parent's read
        return self.total - self.chart


def child_environment(qt_env: dict[str, str]) -> dict[str, str]:
    """The caller's environment without PYTHON* variables, plus Qt's platform and the probe."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(qt_env)
    env["TRADE_TARGET_STARTUP_PROBE"] = "1"
    return env


def start_once(argv: Sequence[str], env: dict[str, str]) -> StartupRun:
    """Spawn one frozen program and time it to its "painted" line; then let it exit, untimed."""
    line, spawned, painted = time_to_painted(argv, env, str(ROOT), CHILD_TIMEOUT_S, EXIT_TIMEOUT_S)
    return parse_run(line, spawned, painted)


def parse_run(line: bytes, spawned: float, read: float) -> StartupRun:
    """A probe's line (src/trade_target/ui/app.py, minimal_window.py) as one run. A bundle
    built before the probe reported the chart says only "painted <t>": its one moment
    stands for both, and the memory is not known."""
    marks = painted_marks(line)
    loaded = marks.get("pyqtgraph_at_first_paint")
    rss = marks.get("rss_kb")
    return StartupRun(
        total=read - spawned,
        first=marks["first"] - spawned,
        chart=marks["chart"] - spawned,
        rss_kb=rss if rss is not None and rss >= 0 else None,
        pyqtgraph_at_first_paint=None if loaded is None else bool(loaded),
    )


@dataclass
class AppUnderTest:
    """The installed app if /opt/trade-target is there, else dist/; falls back if it vanishes."""

    installed: bool = field(default_factory=installed_present)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # "installed" or "dist", per counted run

    @property
    def argv(self) -> list[str]:
        return [str(LAUNCHER)] if self.installed else [str(BUNDLE_EXE)]

    @property
    def source(self) -> str:
        return "installed" if self.installed else "dist"

    def _fall_back(self, when: str) -> None:
        self.installed = False
        self.notes.append(
            f"{INSTALLED} vanished {when} (package removed by someone else?): "
            f"{relative(BUNDLE_EXE)} from then on"
        )
        print(f"  note: {self.notes[-1]}", flush=True)

    def start(self, env: dict[str, str], when: str) -> StartupRun:
        if self.installed and not installed_present():
            self._fall_back(when)
        try:
            return start_once(self.argv, env)
        except StartupError:
            if not self.installed or installed_present():
                raise
            self._fall_back(when)
            return start_once(self.argv, env)


def bench_startup(
    runs: int, env: dict[str, str], app: AppUnderTest
) -> tuple[list[StartupRun], list[StartupRun]]:
    """Interleaved app, minimal, app, minimal… so drift on the machine falls on both alike."""
    app.start(env, "during the warm-up")  # fills the page cache; not counted
    start_once([str(MINIMAL_EXE)], env)
    app_runs: list[StartupRun] = []
    minimal_runs: list[StartupRun] = []
    print(
        f"  {'':>3}  {'first paint (ms)':>17}  {'chart painted (ms)':>17}  {'RSS (MB)':>15}\n"
        f"  {'run':>3}  {'app':>8}  {'minimal':>7}  {'app':>8}  {'minimal':>7}  {'app':>7}  "
        f"{'minimal':>7}  app from"
    )
    for number in range(1, runs + 1):
        app_runs.append(app.start(env, f"before run {number}"))
        app.sources.append(app.source)
        minimal_runs.append(start_once([str(MINIMAL_EXE)], env))
        one, base = app_runs[-1], minimal_runs[-1]
        print(
            f"  {number:>3}  {ms(one.first):>8.1f}  {ms(base.first):>7.1f}  {ms(one.chart):>8.1f}"
            f"  {ms(base.chart):>7.1f}  {_mb(one.rss_kb):>7}  {_mb(base.rss_kb):>7}  {app.source}"
        )
    return app_runs, minimal_runs


def _mb(kb: float | None) -> str:
    return "?" if kb is None else f"{kb / 1000:.1f}"


def report_startup(runs: int, env: dict[str, str]) -> dict[str, float | None]:
    """Print the start-up figures; return the ratios of the medians (None: not known)."""
    app = AppUnderTest()
    where = (
        f"installed: {LAUNCHER} → {INSTALLED_EXE}"
        if app.installed
        else (f"{relative(BUNDLE_EXE)} ({INSTALLED} is not installed)")
    )
    print(
        f"Start-up, frozen: {runs} fresh process{'es' if runs > 1 else ''} of each, "
        "interleaved app/minimal, after one uncounted warm-up each; times from the spawn"
    )
    print(f"  app        {where}")
    print(f"  minimal    {relative(MINIMAL_EXE)}")
    app_runs, minimal_runs = bench_startup(runs, env, app)
    ratios: dict[str, float | None] = {}
    for key, label, unit in (
        ("first", "first paint   ", "ms"),
        ("chart", "chart painted ", "ms"),
        ("rss_kb", "RSS at chart  ", "MB"),
    ):
        values = [[getattr(r, key) for r in runs] for runs in (app_runs, minimal_runs)]
        if any(v is None for v in values[0] + values[1]):
            print(f"  {label} not reported by every run (a bundle built before the probe did)")
            ratios[key] = None
            continue
        app_median, minimal_median = (statistics.median(v) for v in values)
        ratios[key] = app_median / minimal_median
        scale = 1000.0 if unit == "ms" else 0.001
        print(
            f"  {label} median: app {app_median * scale:7.1f} {unit}, minimal "
            f"{minimal_median * scale:7.1f} {unit}, ratio {ratios[key]:.3f}"
        )
    loaded = [r.pyqtgraph_at_first_paint for r in app_runs]
    if None not in loaded:
        imported = sum(1 for was in loaded if was)
        print(f"  pyqtgraph imported at the app's first paint: in {imported} of {runs} runs")
    print(
        "  split, median ms: spawn → first paint / → chart painted (the child's print) / "
        "its print → parent's read"
    )
    for name, kind_runs in (("app", app_runs), ("minimal", minimal_runs)):
        first, chart, pipe = (
            statistics.median(ms(getattr(r, key)) for r in kind_runs)
            for key in ("first", "chart", "pipe")
        )
        print(f"    {name:<8} {first:7.1f} / {chart:7.1f} / {pipe:5.2f}")
    if len(set(app.sources)) > 1:
        counts = ", ".join(f"{app.sources.count(s)} {s}" for s in ("installed", "dist"))
        print(f"  app runs: {counts} (the same bundle, if the .deb was built from dist/)")
    for note in app.notes:
        print(f"  note: {note}")
    print()
    return ratios


def goal_lines(ratios: dict[str, float | None]) -> list[str]:
    """The PASS/MISS lines of the three start-up figures."""
    lines = []
    for key, label, goal in (
        ("first", "first paint", FIRST_PAINT_GOAL),
        ("chart", "chart painted", CHART_PAINT_GOAL),
        ("rss_kb", "RSS at the chart painted", RSS_GOAL),
    ):
        ratio = ratios[key]
        shown = "not known (rebuild the bundle)" if ratio is None else f"{ratio:.3f}"
        passed = "—" if ratio is None else verdict(ratio <= goal)
        lines.append(
            f"{label} ratio {shown} (app ÷ minimal frozen window) vs goal ≤ {goal:g}: {passed}"
        )
    return lines
