"""The trajectory chart: required path, target line, observed points, path at the trend.

An edit must repaint within half a frame, so items are made once and only what changed
is handed to pyqtgraph: axes are re-framed only when the range really moves, and the
legend names never change (the growth rates are written at the ends of the lines).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from ..core.money import Currency
from ..core.scenario import Summary
from . import formatting

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLACK = "#000000"
INK = "#222222"

Series = tuple[tuple[float, ...], tuple[float, ...]]


def nice_ceiling(value: float) -> float:
    """Round up to a step of a fifth of the value's power of ten, so edits rarely move the axis."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 5
    return float(math.ceil(value / step) * step)


class TrajectoryPlot(QWidget):
    """pyqtgraph chart (objectName trajectoryPlot) with a read-out line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("trajectoryPlot")
        self.plot_widget.setMinimumHeight(260)
        self.readout = QLabel("Point at the chart to read a year's values.", self)
        self.readout.setObjectName("plotReadout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.readout)

        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setLabel("bottom", "Year")
        item.layout.setContentsMargins(4, 12, 12, 4)  # room for the top tick label
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("#444444"))
            axis.setTextPen(pg.mkPen(INK))
            axis.enableAutoSIPrefix(False)  # amounts are already in billions; saves a relayout
        self.legend = item.addLegend(offset=(-10, -10), labelTextColor=INK)
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.legend.setPen(pg.mkPen("#BBBBBB"))

        self.required = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2.5), name="Required path")
        self.required_points = pg.ScatterPlotItem(size=6, brush=BLUE, pen=pg.mkPen(BLUE))
        self.trend = pg.PlotCurveItem(
            pen=pg.mkPen(ORANGE, width=2.5, style=Qt.PenStyle.DashLine), name="At observed trend"
        )
        self.target = pg.PlotCurveItem(
            pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DotLine), name="Target"
        )
        self.actual = pg.ScatterPlotItem(
            symbol="s", size=11, brush=BLACK, pen=pg.mkPen(BLACK), name="Reported"
        )
        self.estimate = pg.ScatterPlotItem(
            symbol="o", size=12, brush=None, pen=pg.mkPen(BLACK, width=2), name="Estimate"
        )
        for curve in (self.required, self.required_points, self.trend, self.target):
            item.addItem(curve)
        item.addItem(self.actual)
        item.addItem(self.estimate)
        self.estimate_label = pg.TextItem(color=INK, anchor=(0, -0.3))
        self.required_label = pg.TextItem(color=BLUE, anchor=(1, 1))
        self.trend_label = pg.TextItem(color="#9A6A00", anchor=(1, -0.7))
        self.target_label = pg.TextItem(color=VERMILLION, anchor=(0, 1))
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

        self._summary: Summary | None = None
        self._currency = Currency.USD
        self._shown: dict[object, object] = {}
        self._view: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def show_summary(self, summary: Summary, currency: Currency) -> None:
        """Redraw for `summary` in `currency` (existing items updated, none re-created)."""
        self._summary, self._currency = summary, currency
        rows = summary.trajectory
        years = tuple(float(row.year) for row in rows)
        usd = currency is Currency.USD
        required = tuple(row.required_usd if usd else row.required_myr for row in rows)
        trend = tuple(row.trend_usd if usd else row.trend_myr for row in rows)
        target = summary.in_currency(summary.target_usd, currency)
        base = summary.in_currency(summary.base_usd, currency)
        estimate = summary.in_currency(summary.latest_estimate_usd, currency)
        first, last = years[0], years[-1]

        if self._changed(self.required, (years, required)):
            self.required.setData(np.array(years), np.array(required))
            self.required_points.setData(years, required)
        if self._changed(self.trend, (years, trend)):
            self.trend.setData(np.array(years), np.array(trend))
        if self._changed(self.target, ((first - 0.4, last + 0.4), (target, target))):
            self.target.setData(np.array((first - 0.4, last + 0.4)), np.array((target, target)))
            self.target_label.setText(f"Target {formatting.money(target, currency, 1)}")
            self.target_label.setPos(first - 0.4, target)
        if self._changed(self.actual, ((float(summary.base_year),), (base,))):
            self.actual.setData((summary.base_year,), (base,))
        if self._changed(self.estimate, ((float(summary.latest_year),), (estimate,))):
            self.estimate.setData((summary.latest_year,), (estimate,))
            self.estimate_label.setPos(summary.latest_year, estimate)
        if self._changed(self.estimate_label, summary.latest_year):
            self.estimate_label.setText(f" {summary.latest_year} estimate")

        required_text = f"{formatting.percent(summary.required_growth)} a year"
        if self._changed(self.required_label, (required_text, last, required[-1])):
            self.required_label.setText(required_text)
            self.required_label.setPos(last, required[-1])
        trend_text = f"{formatting.percent(summary.observed_growth)} a year"
        if self._changed(self.trend_label, (trend_text, last, trend[-1])):
            self.trend_label.setText(trend_text)
            self.trend_label.setPos(last, trend[-1])
        estimate_name = (
            f"{summary.latest_year} estimate (run-rate, {summary.latest_months} of 12 months)"
        )
        if self._changed("names", (summary.base_year, estimate_name)):
            self._rename(self.actual, f"{summary.base_year} reported")
            self._rename(self.estimate, estimate_name)

        self._frame(first, last, max(*required, *trend, target, estimate), currency)

    def _changed(self, key: object, value: object) -> bool:
        """Remember what each item shows; an unchanged item costs nothing to redraw."""
        if self._shown.get(key) == value:
            return False
        self._shown[key] = value
        return True

    def _frame(self, first: float, last: float, highest: float, currency: Currency) -> None:
        """Axes and range, touched only when they change: redrawing axes dominates an edit."""
        item = self.plot_widget.getPlotItem()
        if self._changed("axis", currency):
            item.setLabel("left", f"Bilateral trade ({currency.symbol} billion)")
        major = 1 if last - first <= 12 else 5
        if self._changed("ticks", major):
            item.getAxis("bottom").setTickSpacing(major=major, minor=1)
        view = (first - 0.5, last + 0.5, 0.0, nice_ceiling(highest * 1.05))
        if view != self._view:
            item.setRange(xRange=view[:2], yRange=view[2:], padding=0)
            self._view = view

    def _rename(self, curve: pg.GraphicsObject, name: str) -> None:
        label = self.legend.getLabel(curve)
        if label is not None and label.text != name:
            label.setText(name)
            curve.opts["name"] = name

    def legend_names(self) -> list[str]:
        return [label.text for _, label in self.legend.items]

    def readout_for_year(self, year: int) -> str:
        """The read-out text for one year (also what hovering shows)."""
        if self._summary is None:
            return ""
        row = next((row for row in self._summary.trajectory if row.year == year), None)
        if row is None:
            return ""
        usd = self._currency is Currency.USD
        required = row.required_usd if usd else row.required_myr
        trend = row.trend_usd if usd else row.trend_myr
        return (
            f"{year}: required {formatting.money(required, self._currency)} · "
            f"at observed trend {formatting.money(trend, self._currency)}"
        )

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        text = self.readout_for_year(round(view.mapSceneToView(scene_pos).x()))
        if text:
            self.readout.setText(text)
