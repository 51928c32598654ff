"""The Linux package, built from a clean checkout, checked, installed, started and removed.

Slow: building the bundle and the .deb takes a couple of minutes. The install test needs
root (apt-get), as CI has; elsewhere it is skipped with a reason.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from committed_tree import copy_committed_tree
from xserver import (
    ARTIFACTS,
    ROOT,
    App,
    XServer,
    check_app_window,
    require_programs,
    require_tools,
)

sys.path.insert(0, str(ROOT / "packaging"))
from version import project_version

pytestmark = pytest.mark.slow

APP_ID = "org.tradetarget.TradeTarget"
DEB_SIZE_LIMIT = 50 * 1024 * 1024
BUILD_TOOLS = {
    "dpkg-deb": "dpkg-dev",
    "dpkg-shlibdeps": "dpkg-dev",
    "lintian": "lintian",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "strip": "binutils",
}


@dataclass(frozen=True)
class Build:
    checkout: Path
    deb: Path
    stage: Path  # the package's file tree, as dpkg-deb packed it
    bundle: Path
    log: str


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Copy the files git knows (no build/, dist/ or venv) and run the documented command."""
    require_programs(BUILD_TOOLS, "building and checking the .deb")
    checkout = copy_committed_tree(tmp_path_factory.mktemp("checkout"))
    result = subprocess.run(
        ["bash", "packaging/build-deb.sh"],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"build-deb.sh failed:\n{log[-6000:]}"
    deb = checkout / "dist" / f"trade-target_{project_version()}_amd64.deb"
    assert deb.is_file(), f"no {deb.name} in dist/:\n{log[-3000:]}"
    return Build(checkout, deb, checkout / "build/deb/root", checkout / "dist/trade-target", log)


def _elf_files(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]


def test_bundle_keeps_only_what_the_app_needs(build: Build) -> None:
    internal = build.bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    translations = sorted(p.name for p in (qt / "translations").glob("*.qm"))
    assert translations == ["qtbase_tr.qm"], "Qt's Turkish for its dialogs, and nothing more"
    plugins = {p.parent.name for p in (qt / "plugins").rglob("*.so")}
    assert {"platforms", "imageformats", "iconengines", "printsupport"} <= plugins  # printing
    assert not plugins & {"wayland-shell-integration", "sqldrivers", "tls"}
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    names = {p.name for p in internal.rglob("*.so*")}
    assert any(name.startswith("libQt6OpenGL.") for name in names)  # pyqtgraph imports it
    assert not any(name.startswith(("libQt6Quick", "libQt6Qml", "libQt6Pdf")) for name in names)
    # Nothing the app never loads: no network library, no TLS, no Pillow, no pyqtgraph logo.
    assert not any(name.startswith(("libQt6Network.", "_ssl.", "_hashlib.")) for name in names)
    assert not list(internal.glob("PIL")) and not list(internal.rglob("peegee"))
    assert (internal / "trade_target" / "resources" / "article-2026-01-08.json").is_file()
    ours = internal / "trade_target" / "resources" / "translations"
    compiled = sorted(p.name for p in ours.glob("*.qm"))
    assert compiled == ["trade_target_en.qm", "trade_target_ms.qm", "trade_target_tr.qm"]
    assert not list(ours.glob("*.ts")), "the translators' sources are not shipped"


def test_bundle_binaries_are_stripped_but_numpy_and_resolve(build: Build) -> None:
    elf = _elf_files(build.bundle)
    described = {
        path: subprocess.run(["file", "-b", str(path)], capture_output=True, text=True).stdout
        for path in elf
    }
    numpy = [path for path in elf if "numpy" in str(path.relative_to(build.bundle))]
    others = [path for path in elf if path not in numpy]
    assert numpy and others
    # numpy's libraries go in exactly as its wheel ships them (stripping them breaks numpy).
    (site,) = (build.checkout / "build" / "bundle-venv").glob("lib/python3*/site-packages")
    for path in numpy:
        shipped = site / path.relative_to(build.bundle / "_internal")
        assert path.read_bytes() == shipped.read_bytes(), f"{path.name} was changed"
    unstripped = [path.name for path in others if "not stripped" in described[path]]
    assert not unstripped, f"left unstripped: {unstripped[:10]}"
    for path in elf:
        linked = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        assert "not found" not in linked, f"{path.name}:\n{linked}"
        runpath = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True
        ).stdout
        for entry in re.findall(r"R(?:UN)?PATH.*\[(.*)\]", runpath):
            assert all(part.startswith("$ORIGIN") for part in entry.split(":")), (path, entry)


def test_package_passes_lintian_and_the_desktop_validators(build: Build) -> None:
    lintian = subprocess.run(
        ["lintian", "--fail-on", "error", str(build.deb)], capture_output=True, text=True
    )
    errors = [line for line in lintian.stdout.splitlines() if line.startswith("E:")]
    assert not errors and lintian.returncode == 0, lintian.stdout + lintian.stderr
    desktop = build.stage / "usr/share/applications" / f"{APP_ID}.desktop"
    checked = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr
    metainfo = build.stage / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_package_layout_and_one_version_everywhere(build: Build) -> None:
    version = project_version()
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(build.deb)], capture_output=True, text=True, check=True
    ).stdout
    assert f"Version: {version}\n" in fields
    for library in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert re.search(rf"Depends:.*\b{library}\b", fields), f"Depends lacks {library}"
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(build.deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/trade-target/trade-target",
        "./usr/bin/trade-target",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        "./usr/share/doc/trade-target/copyright",
    ):
        assert path in listing, f"{path} is not in the package"
    metainfo = (build.stage / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml").read_text()
    assert f'<release version="{version}"' in metainfo
    changelog = gzip.decompress(
        (build.stage / "usr/share/doc/trade-target/changelog.gz").read_bytes()
    ).decode()
    assert changelog.startswith(f"trade-target ({version})")
    shown = subprocess.run(
        [str(build.bundle / "trade-target"), "--version"], capture_output=True, text=True
    )
    assert shown.stdout.strip() == f"trade-target {version}", shown.stdout + shown.stderr
    assert build.deb.stat().st_size <= DEB_SIZE_LIMIT, f"{build.deb.stat().st_size:,} bytes"


def test_bundle_opens_its_window_headless(build: Build) -> None:
    """Every module the window imports made it into the bundle (the CLI alone imports few)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRADE_TARGET_STARTUP_PROBE": "1"}
    shown = subprocess.run(
        [str(build.bundle / "trade-target")], capture_output=True, text=True, env=env, timeout=60
    )
    assert shown.returncode == 0 and shown.stdout.startswith("painted "), (
        shown.stdout + shown.stderr
    )


@pytest.mark.xvfb
def test_installed_package_starts_on_x11_and_removes_cleanly(
    build: Build, start_xserver: Callable[[], XServer], start_app: Callable[..., App]
) -> None:
    require_tools()
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root to install the .deb with apt-get", pytrace=False)
        pytest.skip("installing the .deb needs root (apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = subprocess.run(
        ["apt-get", "install", "-y", "-q", str(build.deb)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    try:
        assert install.returncode == 0, install.stdout[-3000:] + install.stderr
        assert Path("/opt/trade-target/trade-target").is_file()
        server = start_xserver()
        app = start_app(server, ["/usr/bin/trade-target"])
        check_app_window(server, app, ARTIFACTS / "installed-deb-xvfb.png")
        turkish = subprocess.run(
            ["/usr/bin/trade-target", "summary", "--lang", "tr"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert turkish.returncode == 0, turkish.stderr
        assert "Gerekli yıllık büyüme" in turkish.stdout and "+%13,97" in turkish.stdout
    finally:
        remove = subprocess.run(
            ["apt-get", "remove", "-y", "-q", "trade-target"],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
    assert remove.returncode == 0, remove.stdout[-3000:] + remove.stderr
    assert not Path("/opt/trade-target").exists(), "files left under /opt/trade-target"
    assert not Path("/usr/bin/trade-target").exists()
