"""The trajectory chart as drawn: required path, target line, observed points, path at the
trend, and the required paths of the other scenarios the user ticked (overlays).

An edit must repaint within half a frame, so items are made once and only what changed
is handed to pyqtgraph: axes are re-framed only when the range really moves, and the
legend names change only when the set of overlays does (the growth rates are written at
the ends of the lines). Overlay items are pooled by position and reused, so editing the
current scenario redraws the current scenario's items and nothing else.

Nothing written on the chart hides its data: the legend is a row under the plot
(legend_flow), and the labels are placed by measuring (frame, labels), again
whenever the plot changes size.

A chart drawn for a file (chart_export) is this one, in the paper look: dark ink on white.
The window shows it too, with what only a person at the screen needs (ui.charts.trajectory):
the read-out under it, the values under the pointer, the system palette's colours. The line
colours are the same in both.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from trade_target.core import annualise, limits
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.render import formatting
from trade_target.render.chart_extras import NO_EXTRAS, ChartExtras
from trade_target.render.charts.extras import ExtrasPlot
from trade_target.render.charts.frame import FramedPlot
from trade_target.render.charts.labels import YearAxis
from trade_target.render.charts.legend_flow import FlowLegend
from trade_target.render.charts.locale_axis import LocaleAxis
from trade_target.render.charts.look import colour_frame
from trade_target.render.charts.overlays import OverlaidPlot, OverlayItems
from trade_target.render.colours import readable
from trade_target.render.overlay_choice import OVERLAYS_MOST, Overlay, a_year, required_path

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLACK = "#000000"
INK = "#222222"
PAPER = "#FFFFFF"
TREND_TEXT = "#9A6A00"  # the orange, darkened to read as text on white


class TrajectoryChart(FramedPlot, OverlaidPlot, ExtrasPlot, QWidget):
    """pyqtgraph chart (objectName trajectoryPlot) in the paper look, named in the language
    installed when it is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_axis = YearAxis("bottom")
        self.plot_widget = pg.PlotWidget(
            background="w", axisItems={"bottom": self.year_axis, "left": LocaleAxis("left")}
        )
        self.plot_widget.setObjectName("trajectoryPlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.plot_widget, 1)

        item = self.plot_widget.getPlotItem()
        item.hideButtons()
        item.layout.setContentsMargins(4, 12, 12, 4)  # room for the top tick label
        for side in ("left", "bottom"):
            # amounts are already in billions; saves a relayout
            item.getAxis(side).enableAutoSIPrefix(False)
        self.legend = FlowLegend(item, labelTextColor=INK)  # under the plot, never over it

        # Named now so that they join the legend; name_items() gives the names.
        self.required = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2.5), name="-")
        self.required_points = pg.ScatterPlotItem(size=6, brush=BLUE, pen=pg.mkPen(BLUE))
        self.trend = pg.PlotCurveItem(
            pen=pg.mkPen(ORANGE, width=2.5, style=Qt.PenStyle.DashLine), name="-"
        )
        self.target = pg.PlotCurveItem(
            pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DotLine), name="-"
        )
        self.actual = pg.ScatterPlotItem(
            symbol="s", size=11, brush=BLACK, pen=pg.mkPen(BLACK), name="-"
        )
        self.estimate = pg.ScatterPlotItem(
            symbol="o", size=12, brush=None, pen=pg.mkPen(BLACK, width=2), name="-"
        )
        for curve in (self.required, self.required_points, self.trend, self.target):
            item.addItem(curve)
        item.addItem(self.actual)
        item.addItem(self.estimate)
        # Anchored where labels.place_labels finds them room.
        self.estimate_label = pg.TextItem(color=INK)
        self.required_label = pg.TextItem(color=BLUE)
        self.trend_label = pg.TextItem(color=TREND_TEXT)
        self.target_label = pg.TextItem(color=VERMILLION)
        for label in (
            self.estimate_label,
            self.required_label,
            self.trend_label,
            self.target_label,
        ):
            item.addItem(label)
            # Text is the slowest thing to draw; cached as a pixmap, a label (or the legend)
            # that an edited line passes over is not rendered again.
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._make_extras(item)  # the catch-up path, the history and the fan (charts.extras)
        self._look: tuple[str, str] = ("", "")
        self._apply_look(QColor(PAPER), QColor(INK), on_screen=False)

        self._summary: Summary | None = None
        self._name = ""
        self._overlays: tuple[Overlay, ...] = ()
        self.overlay_items: list[OverlayItems] = []  # by position in the overlays; grows only
        self._ticked = 0
        self.overlay_note_sample = pg.PlotCurveItem(pen=None)
        self._currency = Currency.USD
        self._shown: dict[object, object] = {}
        self._view: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self._framed: tuple[float, float, float] | None = None  # first, last, highest
        item.getViewBox().sigResized.connect(self.arrange)
        self.name_items()

    def name_items(self) -> None:
        """Every text on the chart in the current language: the lines' names, the axis
        titles, the legend and the labels, redrawn for the summary last shown."""
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", translate("Plot", "Year"))
        self._rename(self.required, translate("Plot", "Required path"))
        self._rename(self.trend, translate("Plot", "At observed trend"))
        self._rename(self.target, translate("Plot", "Target"))
        self._rename(self.actual, translate("Plot", "Reported"))
        self._rename(self.estimate, translate("Plot", "Estimate"))
        if self._summary is not None:
            # Forget what was shown, so that every text is set again in the new language.
            self._shown.clear()
            self.show_again()

    def show_again(self) -> None:
        """The summary last shown, drawn again (nothing before the first)."""
        if self._summary is not None:
            self.show_summary(
                self._summary,
                self._currency,
                self._name,
                self._overlays,
                self._ticked,
                self._extras,
            )

    def _apply_look(self, background: QColor, ink: QColor, on_screen: bool) -> None:
        """Background, axes, legend and text in the given colours; the lines keep theirs.
        On screen every text colour is made to read on the background (dark mode)."""
        look = (background.name(), ink.name())
        if look == self._look:
            return
        self._look = look

        def text(colour: str) -> QColor:
            return readable(colour, background) if on_screen else QColor(colour)

        self._text_colour = text  # for the overlays' labels, drawn later
        for slot in getattr(self, "overlay_items", ()):
            self._shown.pop((slot, "colour"), None)  # recoloured when next drawn

        colour_frame(self.plot_widget, self.legend, background, ink)
        marker = text(BLACK)
        self.actual.setBrush(marker)
        self.actual.setPen(pg.mkPen(marker))
        self.estimate.setPen(pg.mkPen(marker, width=2))
        self.estimate_label.setColor(ink)
        self.required_label.setColor(text(BLUE))
        self.trend_label.setColor(text(TREND_TEXT))
        self.target_label.setColor(text(VERMILLION))
        self._colour_extras(text)
        for sample, _ in self.legend.items:
            sample.update()

    def show_summary(
        self,
        summary: Summary,
        currency: Currency,
        name: str = "",
        overlays: Sequence[Overlay] = (),
        ticked: int | None = None,
        extras: ChartExtras | None = None,
    ) -> None:
        """Redraw for `summary` (the scenario called `name`) in `currency`, with the required
        paths of the first OVERLAYS_MOST `overlays` beside it; existing items are updated,
        none re-created. `ticked` counts the other scenarios ticked, drawn or not (as many
        as `overlays` if not given): the legend says when some are left out. The catch-up
        path is drawn when the summary has a catch-up growth; `extras` adds the annual
        history and the fan of chances (render.chart_extras)."""
        if limits.out_of_range(summary):  # the core refuses such inputs: never draw them
            raise ValueError("a figure out of range reached the chart")
        self._summary, self._currency = summary, currency
        self._overlays = tuple(overlays[:OVERLAYS_MOST])
        self._ticked = max(len(overlays), ticked or 0)
        self._name = name
        self._extras = extras or NO_EXTRAS
        usd = currency is Currency.USD
        years, required = required_path(summary, currency)
        trend = tuple(row.trend_usd if usd else row.trend_myr for row in summary.trajectory)
        target = summary.in_currency(summary.target_usd, currency)
        base = summary.in_currency(summary.base_usd, currency)
        estimate = summary.in_currency(summary.latest_estimate_usd, currency)
        first, last = years[0], years[-1]

        if self._changed(self.required, (years, required)):
            self.required.setData(np.array(years), np.array(required))
            self.required_points.setData(years, required)
        if self._changed(self.trend, (years, trend)):
            self.trend.setData(np.array(years), np.array(trend))
        if self._changed(self.actual, ((float(summary.base_year),), (base,))):
            self.actual.setData((summary.base_year,), (base,))
        if self._changed(self.estimate, ((float(summary.latest_year),), (estimate,))):
            self.estimate.setData((summary.latest_year,), (estimate,))
            self.estimate_label.setPos(summary.latest_year, estimate)
        if self._changed(self.estimate_label, summary.latest_year):
            estimate_text = translate("Plot", "{year} estimate").format(year=summary.latest_year)
            self.estimate_label.setText(estimate_text)

        required_text = a_year(summary.required_growth)
        if self._changed(self.required_label, (required_text, last, required[-1])):
            self.required_label.setText(required_text)
            self.required_label.setPos(last, required[-1])
        trend_text = a_year(summary.observed_growth)
        if self._changed(self.trend_label, (trend_text, last, trend[-1])):
            self.trend_label.setText(trend_text)
            self.trend_label.setPos(last, trend[-1])
        estimate_name = translate("Plot", "{year} estimate ({method})").format(
            year=summary.latest_year,
            method=annualise.short_words(summary.estimate, summary.latest_months),
        )
        actual_name = translate("Plot", "{year} reported").format(year=summary.base_year)
        if self._changed("names", (actual_name, estimate_name)):
            self._rename(self.actual, actual_name)
            self._rename(self.estimate, estimate_name)
        required_name = (
            html.escape(translate("Plot", "Required path — {name}").format(name=name))
            if name and self._overlays
            else translate("Plot", "Required path")
        )
        if self._changed("required name", required_name):
            self._rename(self.required, required_name)

        highest = max(*required, *trend, target, estimate)
        extra = self._show_extras(summary, currency, highest)
        span = self._show_overlays(target, currency, max(highest, extra[2]))
        self._show_overlay_note()
        self._framed = (
            min(first, span[0], extra[0]),
            max(last, span[1], extra[1]),
            max(highest, span[2], extra[2]),
        )
        # The target line runs under every path that the overlays add, too.
        xs = (self._framed[0] - 0.4, self._framed[1] + 0.4)
        if self._changed(self.target, (xs, target)):
            self.target.setData(np.array(xs), np.array((target, target)))
            self.target_label.setText(
                translate("Plot", "Target {amount}").format(
                    amount=formatting.money_to_figures(target, currency)
                )
            )
            self.target_label.setPos(xs[0], target)
        self._frame(currency)
        self._place_labels()

    def _changed(self, key: object, value: object) -> bool:
        """Remember what each item shows; an unchanged item costs nothing to redraw."""
        if self._shown.get(key) == value:
            return False
        self._shown[key] = value
        return True

    def _rename(self, curve: pg.GraphicsObject, name: str) -> None:
        self.legend.rename(curve, name)
        curve.opts["name"] = name

    def legend_order(self) -> list[object]:
        """The chart's own legend entries in reading order (the overlays come after)."""
        return [
            self.required,
            self.trend,
            self.target,
            self.actual,
            self.estimate,
            self.catch_up_path,  # from the estimate just named
            self.history,
            self.fan_outer,
        ]

    def legend_names(self) -> list[str]:
        """The legend's entries, top to bottom."""
        return [html.unescape(label.text) for _, label in self.legend.items]
