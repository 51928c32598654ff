"""The Windows installer script compiles: makensis on Linux, with the Linux bundle inside.

Only Windows builds the Windows bundle, so here packaging/windows/build-installer.sh wraps
the Linux one as a stand-in payload (STANDIN=1); the installer's name says so. Compression
is off, which turns a minute and a half of LZMA into seconds and makes the size check exact:
every byte of the payload must be in the installer. The release workflow compiles the real
installer on Windows with the same script.
"""

from __future__ import annotations

import hashlib
import os
import re
import runpy
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from xserver import require_programs

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "trade-target.nsi"
BUILD_INSTALLER = ROOT / "packaging" / "windows" / "build-installer.sh"
MAKE_ICO = ROOT / "packaging" / "windows" / "make_ico.py"
VERSION: str = runpy.run_path(str(ROOT / "packaging" / "version.py"))["project_version"]()


@pytest.fixture(scope="module")
def makensis() -> str:
    """Skip without makensis on a developer's machine; on CI its absence is a failure."""
    require_programs({"makensis": "nsis"}, "compiling the Windows installer script")
    path = shutil.which("makensis")
    assert path is not None
    return path


def _compile(makensis: str, script: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [makensis, "-NOCD", "-V2", "-WX", *(f"-D{define}" for define in defines), str(script)],
        cwd=script.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _utf16(text: str) -> bytes:
    """The exe's version resource keeps its strings in UTF-16."""
    return re.escape(text.encode("utf-16-le"))


def _distinct_content_bytes(folder: Path) -> int:
    """What an uncompressed installer must hold at least: makensis stores identical files once
    (the Linux bundle's library symlinks point at files also in it)."""
    sizes = {
        hashlib.sha256(path.read_bytes()).digest(): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }
    return sum(sizes.values())


def test_standin_installer_compiles_around_the_linux_bundle(
    makensis: str, linux_bundle: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "STANDIN": "1",
        "COMPRESSION": "off",
        "OUTDIR": str(tmp_path),
        "PYTHON": sys.executable,  # make_icons.py needs PySide6 if build/icons is gone
        "MAKENSIS": makensis,
    }
    result = subprocess.run(
        ["bash", str(BUILD_INSTALLER), str(linux_bundle)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    installer = tmp_path / f"trade-target-{VERSION}-setup-STANDIN-linux-payload.exe"
    assert sorted(tmp_path.iterdir()) == [installer]
    with installer.open("rb") as file:
        header = file.read(1 << 20)
    assert header[:2] == b"MZ"
    (pe_offset,) = struct.unpack_from("<I", header, 0x3C)
    assert header[pe_offset : pe_offset + 4] == b"PE\0\0"
    assert b"NullsoftInst" in header
    assert re.search(_utf16("STAND-IN test build, Linux payload"), header)
    # The key, padding to a 32-bit boundary, the value, its terminating NUL.
    assert re.search(_utf16("ProductVersion") + b"(?:\0\0)+" + _utf16(VERSION + "\0"), header)
    # The icon make_ico.py packed: its 256-pixel PNG, the last entry, is the exe's as it is.
    ico = (ROOT / "build" / "icons" / "trade-target.ico").read_bytes()
    (count,) = struct.unpack_from("<H", ico, 4)
    length, offset = struct.unpack_from("<II", ico, 6 + 16 * (count - 1) + 8)
    assert ico[offset : offset + length] in header

    assert installer.stat().st_size > _distinct_content_bytes(linux_bundle)


@pytest.fixture
def small_payload(tmp_path: Path) -> Path:
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "trade-target").write_bytes(b"\x7fELF stand-in")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    return payload


def _script_copy(tmp_path: Path, replace: tuple[str, str] | None = None) -> Path:
    text = SCRIPT.read_text(encoding="utf-8")
    if replace is not None:
        old, new = replace
        assert text.count(old) == 1, f"{old!r} is not in the script once"
        text = text.replace(old, new)
    copy = tmp_path / "trade-target.nsi"
    copy.write_text(text, encoding="utf-8")
    return copy


def test_intact_copy_compiles_with_a_small_payload(
    makensis: str, small_payload: Path, tmp_path: Path
) -> None:
    """The control for the failures below: the copy itself is fine."""
    outfile = tmp_path / "trade-target-test-setup.exe"
    script = _script_copy(tmp_path)
    result = _compile(
        makensis, script, "VERSION=1.2.3", f"PAYLOAD_DIR={small_payload}", "STANDIN",
        f"OUTFILE={outfile}",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert outfile.read_bytes()[:2] == b"MZ"


def test_invalid_instruction_fails_the_build(
    makensis: str, small_payload: Path, tmp_path: Path
) -> None:
    script = _script_copy(
        tmp_path, ("  SectionIn RO\n", '  SectionIn RO\n  NotAnNsisInstruction "$INSTDIR"\n')
    )
    result = _compile(
        makensis, script, "VERSION=1.2.3", f"PAYLOAD_DIR={small_payload}", "STANDIN",
        f"OUTFILE={tmp_path / 'trade-target-test-setup.exe'}",
    )  # fmt: skip
    assert result.returncode != 0
    assert "NotAnNsisInstruction" in result.stdout + result.stderr
    assert not (tmp_path / "trade-target-test-setup.exe").exists()


@pytest.mark.parametrize(
    ("defines", "message"),
    [
        (("PAYLOAD_DIR={payload}", "STANDIN"), "VERSION is not defined"),
        (("VERSION=1.2.3rc1", "PAYLOAD_DIR={payload}", "STANDIN"), "VERSION_QUAD"),
        (("VERSION=1.2.3", "PAYLOAD_DIR={payload}"), "trade-target.exe is missing"),
    ],
    ids=["no-version", "version-not-numeric", "real-build-without-windows-exe"],
)
def test_missing_or_wrong_inputs_fail_the_build(
    makensis: str, small_payload: Path, tmp_path: Path, defines: tuple[str, ...], message: str
) -> None:
    filled = [define.format(payload=small_payload) for define in defines]
    result = _compile(
        makensis, SCRIPT, *filled, f"OUTFILE={tmp_path / 'trade-target-test-setup.exe'}"
    )
    assert result.returncode != 0
    assert message in result.stdout + result.stderr


def _png(size: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"\x10\x20\x30\xff" * size for _ in range(size))
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_make_ico_packs_each_png_unchanged(tmp_path: Path) -> None:
    sizes = (16, 24, 32, 48, 64, 256)
    pngs = {size: _png(size) for size in sizes}
    for size, data in pngs.items():
        (tmp_path / f"trade-target-{size}.png").write_bytes(data)
    out = tmp_path / "trade-target.ico"
    subprocess.run([sys.executable, str(MAKE_ICO), str(tmp_path), str(out)], check=True)

    ico = out.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, len(sizes))
    for index, size in enumerate(sizes):
        width, height, colours, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert (width, height) == (size % 256, size % 256)  # 0 stands for 256
        assert (colours, planes, bits) == (0, 1, 32)
        assert ico[offset : offset + length] == pngs[size]
