"""What the trajectory chart draws beyond the required path and the trend: the catch-up path
from the latest point to the target, the annual history before the base year, and the
outlook's fan of chances (render.chart_extras gathers the figures).

The catch-up path is Okabe–Ito's black, dash-dotted: the one colour of the set that the
required path, the trend, the target and the overlays leave free and that reads on white
(yellow does not), and the colour of the observed points it starts from. The fan is drawn
under every line, in light fills of sky blue, from zero width at the latest value; its
legend entry names the years its volatility comes from, its footnote the model. Each is
left out, legend entry and all, when there is nothing to draw.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from trade_target.core import growth
from trade_target.core.money import Currency
from trade_target.core.outlook import Outlook
from trade_target.core.scenario import Summary
from trade_target.render import outlook_words
from trade_target.render.chart_extras import NO_EXTRAS, ChartExtras
from trade_target.render.guard import qt_guard
from trade_target.render.overlay_choice import a_year

if TYPE_CHECKING:
    from trade_target.render.charts.legend_row import LegendRow

CATCH_UP = "#000000"  # Okabe–Ito black
HISTORY = "#5F5F5F"  # a grey: past figures, quieter than the reported ones
FAN = "#56B4E9"  # Okabe–Ito sky blue, as light fills
OUTER_ALPHA, INNER_ALPHA = 45, 70  # the inner band lies over the outer: about 17 % and 42 %
FAN_Z = -2.0  # under the overlays (−1) and the current scenario's lines (0)
FAN_REACH = 2.0  # the frame grows for the fan up to twice the other lines' highest value
Span = tuple[float, float, float]  # first year, last year, highest value


def fan_brush(alpha: int) -> QColor:
    colour = QColor(FAN)
    colour.setAlpha(alpha)
    return colour


class FanSample(ItemSample):
    """The fan's legend sample: the outer band's shade with the inner band's across it."""

    @qt_guard
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem | None = None,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fan_brush(OUTER_ALPHA))
        painter.drawRect(QRectF(1, 2, 18, 16))
        painter.setBrush(fan_brush(INNER_ALPHA))
        painter.drawRect(QRectF(1, 6, 18, 8))

    def mouseClickEvent(self, event: object) -> None:
        pass  # the bands are not switched off from the legend: the footnote describes them


class ExtrasPlot:
    """How TrajectoryChart draws its catch-up path, history and fan; it provides the plot,
    the legend and the `_changed` memory of what is shown."""

    plot_widget: pg.PlotWidget
    legend: LegendRow
    _changed: Callable[[object, object], bool]
    _rename: Callable[[pg.GraphicsObject, str], None]
    _shown: dict[object, object]
    _extras: ChartExtras
    legend_order: Callable[[], list[object]]  # the chart's own entries, in reading order

    def _make_extras(self, item: pg.PlotItem) -> None:
        """The items, made once and empty; added to the legend only when they draw something."""
        self.catch_up_path = pg.PlotCurveItem(
            pen=pg.mkPen(CATCH_UP, width=2, style=Qt.PenStyle.DashDotLine)
        )
        self.history = pg.ScatterPlotItem(
            symbol="o", size=7, brush=pg.mkBrush(HISTORY), pen=pg.mkPen(HISTORY)
        )
        self._band_edges = [pg.PlotCurveItem() for _ in range(4)]  # not drawn: the fills are
        self.fan_outer = pg.FillBetweenItem(*self._band_edges[:2], brush=fan_brush(OUTER_ALPHA))
        self.fan_inner = pg.FillBetweenItem(*self._band_edges[2:], brush=fan_brush(INNER_ALPHA))
        for fill in (self.fan_outer, self.fan_inner):
            fill.setZValue(FAN_Z)
            item.addItem(fill)
        item.addItem(self.catch_up_path)
        item.addItem(self.history)
        self.catch_up_label = pg.TextItem(color=CATCH_UP)
        item.addItem(self.catch_up_label)
        self.catch_up_label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._extras = NO_EXTRAS
        self._in_legend: dict[str, object] = {}  # entry → the item it samples

    def _colour_extras(self, text: Callable[[str], QColor]) -> None:
        """The catch-up path and its label, and the history, in shades that read on the
        background (`text` finds them)."""
        ink = text(CATCH_UP)
        self.catch_up_path.setPen(pg.mkPen(ink, width=2, style=Qt.PenStyle.DashDotLine))
        self.catch_up_label.setColor(ink)
        grey = text(HISTORY)
        self.history.setBrush(pg.mkBrush(grey))
        self.history.setPen(pg.mkPen(grey))

    def _show_extras(self, summary: Summary, currency: Currency, highest: float) -> Span:
        """Draw the catch-up path, the history and the fan for `summary`; return the years
        they span and the highest value the frame must show."""
        spans = [
            self._show_catch_up(summary, currency),
            self._show_history(summary, currency),
            self._show_fan(self._extras.outlook, summary, currency, highest),
        ]
        return (
            min(span[0] for span in spans),
            max(span[1] for span in spans),
            max(span[2] for span in spans),
        )

    def _show_catch_up(self, summary: Summary, currency: Currency) -> Span:
        rate = summary.catch_up_growth
        if rate is None:
            self._leave_legend("catch-up")
            if self._changed(self.catch_up_path, None):
                self.catch_up_path.setData([], [])
                self.catch_up_label.setText("")
            return (math.inf, -math.inf, -math.inf)
        path = growth.path(
            summary.latest_estimate_usd, rate, summary.latest_year, summary.target_year
        )
        years = tuple(float(year) for year, _ in path)
        values = tuple(summary.in_currency(value, currency) for _, value in path)
        if self._changed(self.catch_up_path, (years, values)):
            self.catch_up_path.setData(np.array(years), np.array(values))
        text = a_year(rate)
        if self._changed(self.catch_up_label, (text, years[-1], values[-1])):
            self.catch_up_label.setText(text)
            self.catch_up_label.setPos(years[-1], values[-1])
        self._join_legend("catch-up", self.catch_up_path, outlook_words.catch_up_name(summary))
        return (years[0], years[-1], max(values))

    def _show_history(self, summary: Summary, currency: Currency) -> Span:
        """The history's years before the base year (from the base year on, the reported
        figures and the estimate stand)."""
        shown = [(year, value) for year, value in self._extras.history if year < summary.base_year]
        years = tuple(float(year) for year, _ in shown)
        values = tuple(summary.in_currency(value, currency) for _, value in shown)
        if self._changed(self.history, (years, values)):
            self.history.setData(years, values)
        if not shown:
            self._leave_legend("history")
            return (math.inf, -math.inf, -math.inf)
        self._join_legend(
            "history", self.history, outlook_words.history_name(self._extras.reporter)
        )
        return (years[0], years[-1], max(values))

    def _show_fan(
        self, found: Outlook | None, summary: Summary, currency: Currency, highest: float
    ) -> Span:
        rows = found.fan if found is not None else ()
        if len(rows) < 2:
            if self._changed("fan", None):
                for edge in self._band_edges:
                    edge.setData([], [])
            self._leave_legend("fan")
            return (math.inf, -math.inf, -math.inf)
        years = np.array([float(row.year) for row in rows])
        edges = [
            np.array([summary.in_currency(row.bands[band][side], currency) for row in rows])
            for band in range(2)
            for side in range(2)
        ]
        if self._changed("fan", (tuple(years), tuple(tuple(edge) for edge in edges))):
            for curve, values in zip(self._band_edges, edges, strict=True):
                curve.setData(years, values)
        assert found is not None
        self._join_legend("fan", self.fan_outer, outlook_words.fan_name(found))
        top = float(max(edges[1].max(), edges[3].max()))
        return (years[0], years[-1], min(top, FAN_REACH * highest))

    # The legend's entries: the chart's own lines first, then these, then the overlays.

    def _join_legend(self, key: str, item: object, name: str) -> None:
        if key in self._in_legend:
            if self._changed(("legend", key), name):
                if hasattr(item, "opts"):  # a line or markers: its name goes with it
                    self._rename(item, name)  # type: ignore[arg-type]
                else:
                    self.legend.rename(item, name)
            return
        self._in_legend[key] = item
        self._shown[("legend", key)] = name
        self.legend.addItem(FanSample(item) if key == "fan" else item, name)
        self._order_legend()

    def _leave_legend(self, key: str) -> None:
        item = self._in_legend.pop(key, None)
        if item is not None:
            self.legend.removeItem(item)
            self._shown.pop(("legend", key), None)

    def _order_legend(self) -> None:
        """Entries in the order the chart reads: its own lines (`legend_order`), then the
        rest (overlays, the note on them) in the order they came."""
        order = self.legend_order()
        entries = list(self.legend.items)

        def rank(position: int) -> float:
            sample = entries[position][0]
            found = next((i for i, item in enumerate(order) if sample.item is item), None)
            return float(found) if found is not None else len(order) + position

        ranked = [entries[i] for i in sorted(range(len(entries)), key=rank)]
        if ranked != entries:
            self.legend.items[:] = ranked
            self.legend.reflow(force=True)
