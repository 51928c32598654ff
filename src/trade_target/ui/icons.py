"""The application icon, read from the package's resources like every other data file."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

ICON_RESOURCE = "trade-target.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_svg() -> bytes:
    return resources.files("trade_target.resources").joinpath(ICON_RESOURCE).read_bytes()


def render_icon(size: int) -> QPixmap:
    """The icon drawn at `size` pixels (crisp at every size, not a scaled bitmap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(icon_svg()))
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    return QPixmap.fromImage(reader.read())


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_icon(size))
    return icon
