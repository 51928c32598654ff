"""The exchange-rate chart's items: the required and observed lines, the current rate with
the gap at it, the break-even marker, their labels and the legend under the plot.

It draws what it is given; the panel (exchange_rate) works the numbers out. Labels are
placed by measuring (render.charts.labels, labels) whenever the lines, the texts or the plot's
size change.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from trade_target.core.i18n import translate
from trade_target.core.sensitivity import RatePoint
from trade_target.core.trajectory_labels import beside_marker
from trade_target.render.charts.labels import LabelSpot, Point, Size, place_labels
from trade_target.render.charts.legend_row import LegendRow
from trade_target.render.charts.look import colour_frame
from trade_target.render.charts.trajectory import BLACK, BLUE, INK, ORANGE, VERMILLION
from trade_target.render.colours import mix, readable
from trade_target.ui.charts.labels import Corner, beside_vertical, keep_axis_title_whole

GAP = "#CC79A7"  # Okabe–Ito reddish purple: the gap at the current rate
GRID_STEP = 5.0  # percentage points between the y-axis' round ends
GAP_WIDTH = 5  # the gap bar's width in pixels
SHORTEST_CHART = 240  # pixels: the chart's least height, axes and legend included
BREAK_EVEN_SIZE = 13  # the break-even diamond's width in pixels


class SensitivityChart:
    """The items on `plot_widget`, made once and refilled."""

    def __init__(self, plot_widget: pg.PlotWidget) -> None:
        self.plot_widget = plot_widget
        item = plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.layout.setContentsMargins(4, 12, 12, 4)
        for side in ("left", "bottom"):
            item.getAxis(side).enableAutoSIPrefix(False)
        self.legend = LegendRow(item, labelTextColor=INK)
        self.view: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self._break_even: tuple[float, float] | None = None
        self._current: tuple[float, float, float] | None = None  # rate, required, observed
        # Named now so that they join the legend; name_lines() gives the names.
        self.zero_line = pg.PlotCurveItem()
        self.zero_line.setZValue(-2)
        item.addItem(self.zero_line)  # unnamed: not in the legend
        self.required_curve = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2.5), name="-")
        self.observed_curve = pg.PlotCurveItem(
            pen=pg.mkPen(ORANGE, width=2.5, style=Qt.PenStyle.DashLine), name="-"
        )
        self.current_line = pg.PlotCurveItem(
            pen=pg.mkPen(BLACK, width=1.5, style=Qt.PenStyle.DotLine), name="-"
        )
        self.break_even_marker = pg.ScatterPlotItem(
            symbol="d", size=BREAK_EVEN_SIZE, brush=VERMILLION, pen=pg.mkPen(BLACK), name="-"
        )
        for curve in (
            self.required_curve,
            self.observed_curve,
            self.current_line,
            self.break_even_marker,
        ):
            item.addItem(curve)
        # The gap at the current rate: a bar from the observed to the required line.
        self.gap_bar = pg.PlotCurveItem(pen=pg.mkPen(GAP, width=GAP_WIDTH))
        self.gap_bar.setZValue(-1)
        self.current_points = pg.ScatterPlotItem(size=8)
        item.addItem(self.gap_bar)
        item.addItem(self.current_points)
        self.gap_label = pg.TextItem(color=GAP)
        self.current_label = pg.TextItem(color=INK)
        self.break_even_label = pg.TextItem(color=VERMILLION)
        for label in (self.current_label, self.break_even_label, self.gap_label):
            item.addItem(label)
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            label.setVisible(False)
        item.getViewBox().sigResized.connect(self._fit_texts)
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        scene = plot_widget.scene()
        for action in scene.contextMenu:
            action.setParent(None)
        scene.contextMenu = []

    # Texts ---------------------------------------------------------------------------------

    def name_lines(self) -> None:
        """The legend's names and the axes' titles in the language now installed."""
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", translate("SensitivityPanel", "Exchange rate (RM per US$)"))
        item.setLabel("left", translate("SensitivityPanel", "Growth (% a year)"))
        for curve, name in (
            (self.required_curve, translate("SensitivityPanel", "Required growth")),
            (self.observed_curve, translate("SensitivityPanel", "Observed growth")),
            (self.current_line, translate("SensitivityPanel", "Current rate")),
            (self.break_even_marker, translate("SensitivityPanel", "Break-even rate")),
        ):
            self.legend.rename(curve, html.escape(name))  # the legend reads HTML
            curve.opts["name"] = name
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)

    def legend_names(self) -> list[str]:
        """The legend's entries, in reading order."""
        return [html.unescape(label.text) for _, label in self.legend.items]

    # Drawing -------------------------------------------------------------------------------

    def draw_lines(
        self,
        points: Sequence[RatePoint],
        low: float,
        high: float,
        break_even: tuple[float, float, str] | None,
    ) -> None:
        """The two lines over `low`–`high` and the break-even marker (rate, growth in %,
        label text), or none."""
        rates = [point.rate for point in points]
        required = [point.required_growth * 100 for point in points]
        observed = [point.observed_growth * 100 for point in points]
        self.required_curve.setData(rates, required)
        self.observed_curve.setData(rates, observed)
        bottom = min(0.0, *required, *observed)
        top = max(0.0, *required, *observed)
        bottom = math.floor(bottom / GRID_STEP) * GRID_STEP
        top = math.ceil(top / GRID_STEP) * GRID_STEP
        if top - bottom < GRID_STEP:
            top = bottom + GRID_STEP
        self.zero_line.setData([low, high], [0.0, 0.0])
        view = (low, high, bottom, top)
        if view != self.view:
            self.plot_widget.getPlotItem().setRange(xRange=view[:2], yRange=view[2:], padding=0.02)
            self.view = view
        if break_even is None:
            self.break_even_marker.setData([], [])
            self._break_even = None
        else:
            rate, growth, text = break_even
            self.break_even_marker.setData([rate], [growth])
            self.break_even_label.setText(text)
            self._break_even = (rate, growth)
        self.place_labels()

    def draw_current(
        self, current: tuple[float, float, float] | None, label_text: str, gap_text: str
    ) -> None:
        """The current rate's line, its growth on both lines (rate, required %, observed %)
        and the gap between them; None when the rate is outside the range shown."""
        self._current = current
        if current is None:
            for curve in (self.current_line, self.gap_bar, self.current_points):
                curve.setData([], [])
            self.place_labels()
            return
        rate, required, observed = current
        bottom, top = self.view[2:]
        self.current_line.setData([rate, rate], [bottom, top])
        self.gap_bar.setData([rate, rate], [observed, required])
        self.current_points.setData(
            [rate, rate],
            [required, observed],
            brush=[pg.mkBrush(BLUE), pg.mkBrush(ORANGE)],
            pen=[pg.mkPen(BLUE), pg.mkPen(ORANGE)],
        )
        self.current_label.setText(label_text)
        self.gap_label.setText(gap_text)
        self.place_labels()

    def _fit_texts(self) -> None:
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)
        self.place_labels()

    def place_labels(self) -> None:
        """Each label beside what it names, clear of every line, marker, label and the edge
        (render.charts.labels): the break-even label round its marker, the gap label beside the
        gap bar nearest its middle, the current-rate label beside its line nearest the top.
        A label with nothing to name, or no clear place, is hidden."""
        plot_item = self.plot_widget.getPlotItem()
        spots = []
        if self._break_even is not None:
            spots.append(LabelSpot(self.break_even_label, self._break_even, self._round_marker))
        if self._current is not None:
            rate, required, observed = self._current
            middle = (rate, (required + observed) / 2)
            spots.append(LabelSpot(self.gap_label, middle, self._beside_gap))
            spots.append(LabelSpot(self.current_label, (rate, self.view[3]), self._at_top))
        named = {id(spot.label) for spot in spots}
        for label in (self.break_even_label, self.gap_label, self.current_label):
            if id(label) not in named and label.isVisible():
                label.setVisible(False)
        for spot in spots:
            spot.label.setPos(*spot.subject)  # placing moves the text about this point
        place_labels(plot_item, spots)

    @staticmethod
    def _round_marker(point: Point, size: Size) -> list[Corner]:
        return beside_marker(point, size, radius=BREAK_EVEN_SIZE / 2 + 1)

    def _beside_gap(self, point: Point, size: Size) -> list[Corner]:
        return self._along_line(point, size, to_top=False)

    def _at_top(self, point: Point, size: Size) -> list[Corner]:
        return self._along_line(point, size, to_top=True)

    def _along_line(self, point: Point, size: Size, to_top: bool) -> list[Corner]:
        """Beside the current rate's line (as wide as the gap bar), the whole plot's height."""
        bounds = self.plot_widget.getPlotItem().getViewBox().sceneBoundingRect()
        span = (bounds.top() + size[1] / 2 + 2, bounds.bottom() - size[1] / 2 - 2)
        preferred = span[0] if to_top else point[1]
        return beside_vertical(point[0], preferred, span, size, clear=GAP_WIDTH / 2 + 1)

    # Colours -------------------------------------------------------------------------------

    def apply_look(self, background: QColor, ink: QColor, on_screen: bool) -> None:
        """Background, axes, legend and text in the given colours; the lines keep the
        chart's. On screen every text colour is made to read on the background."""

        def text(colour: str) -> QColor:
            return readable(colour, background) if on_screen else QColor(colour)

        colour_frame(self.plot_widget, self.legend, background, ink)
        self.zero_line.setPen(pg.mkPen(mix(ink, background, 0.6), width=1))
        marker = text(BLACK)
        self.current_line.setPen(pg.mkPen(marker, width=1.5, style=Qt.PenStyle.DotLine))
        self.break_even_marker.setPen(pg.mkPen(marker))
        self.current_label.setColor(ink)
        self.break_even_label.setColor(text(VERMILLION))
        self.gap_label.setColor(text(GAP))
        for sample, _ in self.legend.items:
            sample.update()
