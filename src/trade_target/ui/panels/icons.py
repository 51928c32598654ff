"""The application icon, read from the package's resources like every other data file."""

from __future__ import annotations

from PySide6.QtGui import QIcon

ICON_RESOURCE = "trade-target.svg"


def app_icon() -> QIcon:
    """The SVG icon; Qt's SVG icon engine draws it at each size when first asked for it.

    The resources are real files in a checkout, an installed wheel and the frozen bundle,
    so the path stays valid for the life of the process.
    """
    from trade_target import resources

    return QIcon(str(resources.path(ICON_RESOURCE)))
