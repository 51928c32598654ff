"""What the Windows installer must do, checked as a person's machine would see it.

One list of checks for both places that run them: the release workflow on a Windows runner
and tests/packaging/test_windows.py under Wine. Windows' own Python runs this file, with the
standard library only, in three steps around the app's start:

    python check_install.py install SETUP --older OLDER_SETUP --dir DIR --foreign DIR2 --version V
    python check_install.py command-line --dir DIR
    python check_install.py uninstall --dir DIR --foreign DIR2

Every step checks what was (or was not) installed, not only exit codes: an installer that
cannot start at all (a 32-bit one where only 64-bit programs run) may still report 0.
Each check prints "ok: …"; the first that fails prints "failed: …" and exits 1.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import subprocess
import sys
import threading
import time
import winreg
from collections.abc import Sequence
from pathlib import Path

EXE = "trade-target.exe"
CLI_EXE = "trade-target-cli.exe"
MARKER = "trade-target-install.txt"
UNINSTALLER = "uninstall.exe"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\TradeTarget"
CLASSES = r"Software\Classes"
PROGID = "TradeTarget.Scenario"
SHORTCUT = "Trade Target.lnk"
CSIDL_PROGRAMS, CSIDL_DESKTOPDIRECTORY = 0x0002, 0x0010
SETUP_TIMEOUT = 600  # seconds: unpacking 120 MB, on a slow runner or under Wine
GONE_TIMEOUT = 120  # seconds for the uninstaller, which returns at once, to finish

# The worked example (PRODUCT.md): (10 / 5.2) ** (1 / 5) - 1 = 13.97 % a year; at the observed
# +3.22 % the target is reached during 2045. Digits either way round, since Malay and Turkish
# write the percentage differently ("+13.97 %", "+%13,97").
REQUIRED_GROWTH = ("13.97", "13,97")
YEAR_REACHED = "2045"
LABELS = {  # the summary's "Required annual growth:" line, as each language says it
    "en": "Required annual growth:",
    "ms": "Pertumbuhan tahunan diperlukan:",
    "tr": "Gerekli yıllık büyüme:",
}


class CheckError(Exception):
    pass


def check(ok: object, what: str) -> None:
    if not ok:
        raise CheckError(what)
    print(f"ok: {what}", flush=True)


def folder(csidl: int) -> Path:
    """A shell folder (Start menu's Programs, Desktop) as this user's Windows has it."""
    buffer = ctypes.create_unicode_buffer(260)
    if ctypes.windll.shell32.SHGetFolderPathW(None, csidl, None, 0, buffer) != 0:
        raise CheckError(f"no shell folder {csidl:#x}")
    return Path(buffer.value)


def registry_value(key: str, name: str = "") -> object | None:
    """A value under HKEY_CURRENT_USER (name "" for the key's default), None if absent."""
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as opened:
            return winreg.QueryValueEx(opened, name)[0]
    except FileNotFoundError:
        return None


def registry_key_exists(key: str) -> bool:
    try:
        winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, key))
    except FileNotFoundError:
        return False
    return True


def run_setup(setup: Path, target: Path) -> int:
    # /D= comes last and takes the rest of the line, spaces and all: no quotes around it.
    command = f'"{setup}" /S /D={target}'
    return subprocess.run(command, timeout=SETUP_TIMEOUT, check=False).returncode


def run_program(args: Sequence[str], timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run a program with its output into pipes; done when it exits, not when its pipes close:
    a windowed program may be the first on the desktop, and the desktop's process (Wine's
    explorer.exe) then keeps copies of its pipes open."""
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    chunks: dict[str, list[bytes]] = {"stdout": [], "stderr": []}

    def read(name: str) -> None:
        pipe = getattr(process, name)
        for chunk in iter(lambda: pipe.read1(65536), b""):
            chunks[name].append(chunk)

    readers = [threading.Thread(target=read, args=(name,), daemon=True) for name in chunks]
    for reader in readers:
        reader.start()
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise CheckError(
            f"{Path(args[0]).name} {' '.join(args[1:])}: still running after "
            f"{timeout:.0f} s (an error box waiting for a click?)"
        ) from None
    for reader in readers:
        reader.join(timeout=5)
    out, err = (b"".join(chunks[name]) for name in ("stdout", "stderr"))
    return subprocess.CompletedProcess(args, code, out, err)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shortcuts() -> tuple[Path, Path]:
    return folder(CSIDL_PROGRAMS) / SHORTCUT, folder(CSIDL_DESKTOPDIRECTORY) / SHORTCUT


# --- the steps -------------------------------------------------------------------------------


def install(setup: Path, older: Path, target: Path, foreign: Path, version: str) -> None:
    for round_ in ("install", "reinstall over it"):
        code = run_setup(setup, target)
        check(code == 0, f"{round_}: the installer exits 0 (got {code})")
        for name in (EXE, CLI_EXE, MARKER, UNINSTALLER):
            check((target / name).is_file(), f"{round_}: {name} is in {target}")
        if round_ == "install":
            (target / "left-over.txt").write_text("from an earlier version", encoding="utf-8")
    check(not (target / "left-over.txt").exists(), "the reinstall replaced the earlier files")

    check(registry_value(UNINSTALL_KEY, "DisplayVersion") == version, f"DisplayVersion {version}")
    check(registry_value(UNINSTALL_KEY, "InstallLocation") == str(target), "InstallLocation")
    size = registry_value(UNINSTALL_KEY, "EstimatedSize")
    check(isinstance(size, int) and size > 10_000, f"EstimatedSize ({size} KB)")
    quiet = str(registry_value(UNINSTALL_KEY, "QuietUninstallString"))
    check(quiet == f'"{target}\\{UNINSTALLER}" /S', f"QuietUninstallString {quiet}")
    check(registry_value(rf"{CLASSES}\.tradetarget") == PROGID, f".tradetarget is {PROGID}")
    opener = registry_value(rf"{CLASSES}\{PROGID}\shell\open\command")
    check(opener == f'"{target}\\{EXE}" "%1"', f"the open command is {opener}")
    start_menu, desktop = shortcuts()
    check(start_menu.is_file(), f"Start-menu shortcut {start_menu}")
    check(not desktop.exists(), "no desktop shortcut unless chosen")

    installed = digest(target / EXE)
    code = run_setup(older, target)
    check(code != 0, f"an older version's installer is refused (exit code {code})")
    check(registry_value(UNINSTALL_KEY, "DisplayVersion") == version, "the newer version stays")
    check(digest(target / EXE) == installed, f"{EXE} is untouched")

    foreign.mkdir(parents=True, exist_ok=True)
    (foreign / "keep.txt").write_text("not ours", encoding="utf-8")
    code = run_setup(setup, foreign)
    check(code != 0, f"a non-empty folder without the marker is refused (exit code {code})")
    check(not (foreign / EXE).exists(), "nothing is installed into it")


def command_line(target: Path) -> None:
    """The console exe prints the worked example in each language, in UTF-8 into a pipe; a
    bad input is one line and exit code 2; the windowed exe, given a command, never opens an
    error box (which would hang here until the timeout)."""
    for language, label in LABELS.items():
        result = run_program([str(target / CLI_EXE), "summary", "--lang", language])
        text = result.stdout.decode("utf-8")  # strict: anything but UTF-8 fails here
        check(result.returncode == 0, f"summary --lang {language} exits 0")
        check(label in text, f"summary --lang {language} says {label!r}")
        check(any(d in text for d in REQUIRED_GROWTH), f"--lang {language}: required +13.97 %")
        check(YEAR_REACHED in text, f"--lang {language}: the target is reached in 2045")

    result = run_program([str(target / CLI_EXE), "summary", "--rate", "abc"])
    lines = result.stderr.decode("utf-8").splitlines()
    check(result.returncode == 2, f"a bad --rate exits 2 (got {result.returncode})")
    check(len(lines) == 1 and lines[0].startswith("trade-target: error:"), f"one line: {lines}")

    version = run_program([str(target / CLI_EXE), "--version"])
    check(version.stdout.decode("utf-8").startswith("trade-target "), "--version")

    windowed = run_program([str(target / EXE), "summary", "--lang", "tr"])
    check(windowed.returncode == 0, f"{EXE} summary --lang tr exits 0 into a pipe")
    check(LABELS["tr"] in windowed.stdout.decode("utf-8"), f"{EXE} writes UTF-8 too")


def uninstall(target: Path, foreign: Path) -> None:
    code = subprocess.run(
        [str(target / UNINSTALLER), "/S"], timeout=SETUP_TIMEOUT, check=False
    ).returncode
    check(code == 0, f"the uninstaller exits 0 (got {code})")
    # It copies itself to %TEMP% and returns at once: wait for the folder to go.
    deadline = time.monotonic() + GONE_TIMEOUT
    while target.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    check(not target.exists(), f"{target} is gone")
    check(not registry_key_exists(UNINSTALL_KEY), "the Apps & features entry is gone")
    check(not registry_key_exists(rf"{CLASSES}\.tradetarget"), ".tradetarget is gone")
    check(not registry_key_exists(rf"{CLASSES}\{PROGID}"), f"{PROGID} is gone")
    start_menu, desktop = shortcuts()
    check(not start_menu.exists() and not desktop.exists(), "the shortcuts are gone")
    check((foreign / "keep.txt").is_file(), "the foreign folder is untouched")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    first = steps.add_parser("install", help="install, reinstall, refuse older and foreign")
    first.add_argument("setup", type=Path)
    first.add_argument("--older", type=Path, required=True, help="an older version's setup")
    first.add_argument("--version", required=True, help="the version SETUP installs")
    between = steps.add_parser("command-line", help="the installed command line")
    last = steps.add_parser("uninstall", help="uninstall; check nothing is left")
    for step in (first, between, last):
        step.add_argument("--dir", type=Path, required=True, help="where to install")
    for step in (first, last):
        step.add_argument("--foreign", type=Path, required=True, help="a folder not ours")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # Turkish in a pipe
    # Absolute Windows paths: the registry and the shortcuts hold them so.
    args.dir = args.dir.absolute()
    try:
        if args.step == "install":
            setup, older = args.setup.resolve(), args.older.resolve()
            install(setup, older, args.dir, args.foreign.absolute(), args.version)
        elif args.step == "command-line":
            command_line(args.dir)
        else:
            uninstall(args.dir, args.foreign.absolute())
    except CheckError as failure:
        print(f"failed: {failure}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
