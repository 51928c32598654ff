"""The monthly chart's items: each month's trade (bars), the total from January (solid line)
and the required pace (dashed line), with the legend under the plot and the months named
under their bars as often as the names fit.

It draws what it is given; the panel (monthly) works the numbers out.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from trade_target.core.i18n import translate
from trade_target.core.monthly.months import MONTHS_IN_YEAR, month_name
from trade_target.render.charts.frame import nice_ceiling
from trade_target.render.charts.legend_row import LegendRow
from trade_target.render.charts.look import colour_frame
from trade_target.render.charts.trajectory import BLUE, ORANGE
from trade_target.render.colours import mix, readable
from trade_target.ui.charts.labels import keep_axis_title_whole, ticks_that_fit

SHORTEST_CHART = 240  # pixels: the chart's least height, axes and legend included
MONTHS_SHOWN = (0.4, MONTHS_IN_YEAR + 0.6)  # the x range: January to December, bars whole

Series = tuple[Sequence[float], Sequence[float]]  # months, values


class MonthlyChart:
    """The items on `plot_widget`, made once and refilled."""

    def __init__(self, plot_widget: pg.PlotWidget) -> None:
        self.plot_widget = plot_widget
        self._look = ("", "")
        item = plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.getAxis("left").enableAutoSIPrefix(False)
        self.legend = LegendRow(item)  # under the plot: over it, it hid the first months
        self.bars = pg.BarGraphItem(x=np.array([]), height=np.array([]), width=0.6)
        self.cumulative = pg.PlotDataItem(symbol="s", symbolSize=7)
        self.pace = pg.PlotDataItem()
        for plotted in (self.bars, self.pace, self.cumulative):
            item.addItem(plotted)
            self.legend.addItem(plotted, "-")
        item.setRange(xRange=MONTHS_SHOWN, yRange=(0, 1), padding=0)
        item.getViewBox().sigResized.connect(self.fit_texts)
        scene = plot_widget.scene()
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        for action in scene.contextMenu:
            action.setParent(None)  # then only the list holds it, and it goes with the list
        scene.contextMenu = []

    def name_lines(self) -> None:
        """The legend's names in the language now installed, and the texts fitted again."""
        self.legend.rename(self.bars, translate("MonthlyPanel", "Month's trade"))
        self.legend.rename(self.cumulative, translate("MonthlyPanel", "Total from January"))
        self.legend.rename(self.pace, translate("MonthlyPanel", "Required pace"))
        self.fit_texts()

    def legend_names(self) -> list[str]:
        return [label.text for _, label in self.legend.items]

    def fit_texts(self) -> None:
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)
        self._name_months()

    def _name_months(self) -> None:
        """Every month named under its bar where the names fit, else every second, third…"""
        item = self.plot_widget.getPlotItem()
        axis = item.getAxis("bottom")
        months = [(month, month_name(month)) for month in range(1, MONTHS_IN_YEAR + 1)]
        spacing = item.getViewBox().width() / (MONTHS_IN_YEAR + 0.2)  # the x range's width
        font = axis.style["tickFont"] or axis.font()
        levels = ticks_that_fit(months, spacing, font, (1, 2, 3, 4, 6, 12))
        if levels != getattr(axis, "_tickLevels", None):
            axis.setTicks(levels)

    def set_amount_title(self, symbol: str) -> None:
        """The amount axis' title, in the display currency."""
        self.plot_widget.getPlotItem().setLabel(
            "left",
            translate("MonthlyPanel", "Bilateral trade ({symbol} billion)").format(symbol=symbol),
        )
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)

    def clear(self) -> None:
        self.bars.setOpts(x=np.array([]), height=np.array([]))
        self.cumulative.setData([], [])
        self.pace.setData([], [])

    def draw(self, bars: Series, cumulative: Series, pace: Series) -> None:
        """The year's bars, its total from January and the required pace, each as (months,
        values); the amount axis runs from 0 to a round value over the highest."""
        months, heights = bars
        self.bars.setOpts(x=np.array(months), height=np.array(heights))
        self.cumulative.setData(*cumulative)
        self.pace.setData(*pace)
        highest = max([*heights, *cumulative[1], *pace[1], 0.0])
        self.plot_widget.getPlotItem().setRange(
            xRange=MONTHS_SHOWN, yRange=(0, nice_ceiling(highest * 1.05)), padding=0
        )

    def apply_look(self, background: QColor, ink: QColor) -> None:
        """The chart in these Base and Text colours; lines keep their hue."""
        look = (background.name(), ink.name())
        if look == self._look:
            return
        self._look = look
        colour_frame(self.plot_widget, self.legend, background, ink)
        self.bars.setOpts(brush=pg.mkBrush(mix(ORANGE, background, 0.45)), pen=pg.mkPen(None))
        line = readable(ink, background)
        self.cumulative.setPen(pg.mkPen(line, width=2.5))
        self.cumulative.setSymbolBrush(line)
        self.cumulative.setSymbolPen(pg.mkPen(line))
        self.pace.setPen(pg.mkPen(BLUE, width=2, style=Qt.PenStyle.DashLine))
        for sample, _ in self.legend.items:
            sample.update()
