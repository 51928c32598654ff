"""The trajectory chart: required path, target line, observed points, path at the trend."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.money import Currency
from ..core.scenario import Summary
from . import formatting

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLACK = "#000000"


class TrajectoryPlot(QWidget):
    """pyqtgraph chart (objectName trajectoryPlot) with a read-out line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("trajectoryPlot")
        self.plot_widget.setMinimumHeight(260)
        self.readout = QLabel(self)
        self.readout.setObjectName("plotReadout")
        self.readout.setText("Point at the chart to read a year's values.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.readout)

        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("bottom", "Year")
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen("#444444"))
            axis.setTextPen(pg.mkPen("#222222"))
        self.legend = item.addLegend(offset=(-10, -10), labelTextColor="#222222")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.legend.setPen(pg.mkPen("#BBBBBB"))

        self.required = item.plot(
            pen=pg.mkPen(BLUE, width=2.5),
            symbol="o",
            symbolSize=6,
            symbolBrush=BLUE,
            symbolPen=BLUE,
            name="Required path",
        )
        self.trend = item.plot(
            pen=pg.mkPen(ORANGE, width=2.5, style=Qt.PenStyle.DashLine), name="At observed trend"
        )
        self.target = item.plot(
            pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DotLine), name="Target"
        )
        self.actual = item.plot(
            pen=None,
            symbol="s",
            symbolSize=11,
            symbolBrush=BLACK,
            symbolPen=BLACK,
            name="Reported",
        )
        self.estimate = item.plot(
            pen=None,
            symbol="o",
            symbolSize=12,
            symbolBrush=None,
            symbolPen=pg.mkPen(BLACK, width=2),
            name="Estimate",
        )
        self.estimate_label = pg.TextItem(color=BLACK, anchor=(0, 1))
        item.addItem(self.estimate_label)

        self._summary: Summary | None = None
        self._currency = Currency.USD
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def show_summary(self, summary: Summary, currency: Currency) -> None:
        """Redraw for `summary` in `currency` (existing items updated, none re-created)."""
        self._summary, self._currency = summary, currency
        rows = summary.trajectory
        years = [row.year for row in rows]
        usd = currency is Currency.USD
        required = [row.required_usd if usd else row.required_myr for row in rows]
        trend = [row.trend_usd if usd else row.trend_myr for row in rows]
        target = summary.in_currency(summary.target_usd, currency)
        base = summary.in_currency(summary.base_usd, currency)
        estimate = summary.in_currency(summary.latest_estimate_usd, currency)

        self.required.setData(years, required)
        self.trend.setData(years, trend)
        self.target.setData([years[0] - 0.4, years[-1] + 0.4], [target, target])
        self.actual.setData([summary.base_year], [base])
        self.estimate.setData([summary.latest_year], [estimate])
        self.estimate_label.setText(f" {summary.latest_year} estimate")
        self.estimate_label.setPos(summary.latest_year, estimate)

        self._rename(
            self.required, f"Required path ({formatting.percent(summary.required_growth)} a year)"
        )
        self._rename(
            self.trend, f"At observed trend ({formatting.percent(summary.observed_growth)} a year)"
        )
        self._rename(self.target, f"Target {formatting.money(target, currency, 1)}")
        self._rename(self.actual, f"{summary.base_year} reported")
        self._rename(
            self.estimate,
            f"{summary.latest_year} estimate (run-rate, {summary.latest_months} of 12 months)",
        )

        item = self.plot_widget.getPlotItem()
        item.setLabel("left", f"Bilateral trade ({currency.symbol} billion)")
        span = years[-1] - years[0]
        item.getAxis("bottom").setTickSpacing(major=1 if span <= 12 else 5, minor=1)
        top = max(*required, *trend, target, estimate) * 1.08
        item.setRange(xRange=(years[0] - 0.5, years[-1] + 0.5), yRange=(0, top), padding=0)

    def _rename(self, curve: pg.PlotDataItem, name: str) -> None:
        label = self.legend.getLabel(curve)
        if label is not None and label.text != name:
            label.setText(name)
            curve.opts["name"] = name

    def readout_for_year(self, year: int) -> str:
        """The read-out text for one year (also what hovering shows)."""
        if self._summary is None:
            return ""
        rows = {row.year: row for row in self._summary.trajectory}
        row = rows.get(year)
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
        year = round(view.mapSceneToView(scene_pos).x())
        text = self.readout_for_year(year)
        if text:
            self.readout.setText(text)
