"""Pack the rendered PNG icons into one Windows .ico, with the standard library only.

    python packaging/windows/make_ico.py ICONDIR OUT.ico

ICONDIR holds trade-target-<size>.png from packaging/make_icons.py. Each size goes into the
.ico as it is, PNG-compressed: Windows reads such entries from Vista on, and NSIS and
PyInstaller take them as they are. Windows picks 16 and 24 for small icons, 32 and 48 for
Explorer's lists, 64 and 256 for large tiles and high DPI.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG format puts first."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pack_ico(images: list[bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image (a byte of 0 means 256 pixels), then the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = []
    for data in images:
        width, height = png_size(data)
        if not (0 < width <= 256 and 0 < height <= 256):
            raise ValueError(f"an .ico entry is at most 256 pixels wide, not {width}×{height}")
        entries.append(
            struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        )
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def main(icon_dir: str, out: str) -> int:
    images = []
    for size in SIZES:
        path = Path(icon_dir) / f"trade-target-{size}.png"
        data = path.read_bytes()
        if png_size(data) != (size, size):
            raise SystemExit(f"{path}: {png_size(data)}, expected {size}×{size}")
        images.append(data)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(pack_ico(images))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
