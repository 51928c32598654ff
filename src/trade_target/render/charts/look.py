"""What every chart of the window shares: its frame in the palette's colours."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from trade_target.render.colours import mix


def colour_frame(
    plot_widget: pg.PlotWidget, legend: pg.LegendItem, background: QColor, ink: QColor
) -> None:
    """Background, axes and legend in the palette's colours, so a chart reads in a dark or
    high-contrast theme as in a light one; the lines keep their own colours."""
    plot_widget.setBackground(background)
    item = plot_widget.getPlotItem()
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(mix(ink, background, 0.2)))
        axis.setTextPen(pg.mkPen(ink))
    legend.setLabelTextColor(ink)
    fill = QColor(background)
    fill.setAlpha(230)
    legend.setBrush(pg.mkBrush(fill))
    legend.setPen(pg.mkPen(mix(ink, background, 0.7)))
