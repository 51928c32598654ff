"""Chart axes whose tick numbers use the language's decimal mark ("3,5" in Turkish).

pyqtgraph writes its tick labels with Python's "%f", always with a point; every other number
in the window follows the language, so the axes do too.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from trade_target.render.guard import qt_guard


def with_decimal_mark(texts: list[str]) -> list[str]:
    """Tick texts written with a point, written with the installed language's decimal mark."""
    mark = QLocale().decimalPoint()
    if mark == ".":
        return texts
    return [text.replace(".", mark) for text in texts]


class LocaleAxis(pg.AxisItem):
    """An axis whose tick numbers are written as the installed language writes them."""

    @qt_guard(fallback=[])
    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
        return with_decimal_mark(super().tickStrings(values, scale, spacing))


def locale_axes() -> dict[str, pg.AxisItem]:
    """The left and bottom axes for a new PlotWidget (its `axisItems`)."""
    return {"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")}
