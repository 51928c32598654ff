"""The trajectory chart: required path, target line, observed points, path at the trend,
and the required paths of the other scenarios the user ticked (overlays).

An edit must repaint within half a frame, so items are made once and only what changed
is handed to pyqtgraph: axes are re-framed only when the range really moves, and the
legend names change only when the set of overlays does (the growth rates are written at
the ends of the lines). Overlay items are pooled by position and reused, so editing the
current scenario redraws the current scenario's items and nothing else.

On screen the chart takes its background and ink from the system palette (light, dark or
high contrast) and follows it when it changes; a chart drawn for a file keeps the paper
look, dark ink on white. The line colours are the same in both.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import annualise
from ..core.i18n import translate
from ..core.money import Currency
from ..core.scenario import Summary, TrajectoryRow
from . import (
    formatting,
    pyqtgraph_guard,  # noqa: F401 - installs the guard before any legend
)
from .chart_look import colour_frame
from .look import readable
from .plot_overlays import (
    LABEL_CLEARANCE,
    Overlay,
    OverlayItems,
    clear_drop,
    overlay_colour,
)

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLACK = "#000000"
INK = "#222222"
PAPER = "#FFFFFF"
TREND_TEXT = "#9A6A00"  # the orange, darkened to read as text on white
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
        self.readout = QLabel(self)
        self.readout.setObjectName("plotReadout")
        # With overlays the read-out can outgrow the chart: it wraps rather than widen the window.
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)  # scenario names are the user's
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.readout)

        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.layout.setContentsMargins(4, 12, 12, 4)  # room for the top tick label
        for side in ("left", "bottom"):
            # amounts are already in billions; saves a relayout
            item.getAxis(side).enableAutoSIPrefix(False)
        self.legend = item.addLegend(offset=(-10, -10), labelTextColor=INK)

        # Named now so that they join the legend; retranslate() gives the names.
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
        self.estimate_label = pg.TextItem(color=INK, anchor=(0, -0.3))
        self.required_label = pg.TextItem(color=BLUE, anchor=(1, 1))
        self.trend_label = pg.TextItem(color=TREND_TEXT, anchor=(1, -0.7))
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
        self._follows_palette = False
        self._language_changed_unseen = False
        self._look: tuple[str, str] = ("", "")
        self._apply_look(QColor(PAPER), QColor(INK), on_screen=False)

        self._summary: Summary | None = None
        self._name = ""
        self._readout_year: int | None = None
        self._overlays: tuple[Overlay, ...] = ()
        self.overlay_items: list[OverlayItems] = []  # by position in the overlays; grows only
        self._currency = Currency.USD
        self._shown: dict[object, object] = {}
        self._view: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        scene = self.plot_widget.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        for action in scene.contextMenu:
            action.setParent(None)  # then only the list holds it, and it goes with the list
        scene.contextMenu = []
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._follows_palette:
            self._follows_palette = True
            self._follow_palette()
        if self._language_changed_unseen:
            self.retranslate()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._follows_palette:
            self._follow_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            # A plot off screen (an export's, done with and waiting to be collected) is
            # renamed when it is next shown, if ever.
            if self.isVisible():
                self.retranslate()
            else:
                self._language_changed_unseen = True

    def retranslate(self) -> None:
        """Every text in the current language: names, axis titles, legend, labels on the
        chart and the read-out, redrawn for the summary last shown."""
        self._language_changed_unseen = False
        self.plot_widget.setAccessibleName(translate("Plot", "Trade trajectory chart"))
        self.plot_widget.setAccessibleDescription(
            translate(
                "Plot",
                "Chart of the required path to the target, the path at the observed trend, the "
                "target line and the reported figures. The same values are in the Year by year "
                "table below the chart.",
            )
        )
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", translate("Plot", "Year"))
        self._rename(self.required, translate("Plot", "Required path"))
        self._rename(self.trend, translate("Plot", "At observed trend"))
        self._rename(self.target, translate("Plot", "Target"))
        self._rename(self.actual, translate("Plot", "Reported"))
        self._rename(self.estimate, translate("Plot", "Estimate"))
        year = self._readout_year
        text = self.readout_for_year(year) if year is not None else ""
        self.readout.setText(
            text or translate("Plot", "Point at the chart to read a year's values.")
        )
        if self._summary is not None:
            # Forget what was shown, so that every text is set again in the new language.
            self._shown.clear()
            self.show_summary(self._summary, self._currency, self._name, self._overlays)

    def _follow_palette(self) -> None:
        palette = self.palette()
        look = self._look
        self._apply_look(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            on_screen=True,
        )
        if self._look != look and self._summary is not None and self._overlays:
            self.show_summary(self._summary, self._currency, self._name, self._overlays)

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
        for sample, _ in self.legend.items:
            sample.update()

    def show_summary(
        self,
        summary: Summary,
        currency: Currency,
        name: str = "",
        overlays: Sequence[Overlay] = (),
    ) -> None:
        """Redraw for `summary` (the scenario called `name`) in `currency`, with the required
        paths of `overlays` beside it; existing items are updated, none re-created."""
        self._summary, self._currency, self._overlays = summary, currency, tuple(overlays)
        self._name = name
        usd = currency is Currency.USD
        years, required = _required_path(summary, currency)
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
        if self._changed(self.target, ((first - 0.4, last + 0.4), (target, target))):
            self.target.setData(np.array((first - 0.4, last + 0.4)), np.array((target, target)))
            self.target_label.setText(
                translate("Plot", "Target {amount}").format(
                    amount=formatting.money(target, currency, 1)
                )
            )
            self.target_label.setPos(first - 0.4, target)
        if self._changed(self.actual, ((float(summary.base_year),), (base,))):
            self.actual.setData((summary.base_year,), (base,))
        if self._changed(self.estimate, ((float(summary.latest_year),), (estimate,))):
            self.estimate.setData((summary.latest_year,), (estimate,))
            self.estimate_label.setPos(summary.latest_year, estimate)
        if self._changed(self.estimate_label, summary.latest_year):
            estimate_text = translate("Plot", "{year} estimate").format(year=summary.latest_year)
            self.estimate_label.setText(f" {estimate_text}")

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

        # With overlays the legend goes to two columns: kept low, under the lines, it leaves
        # the line-end labels clear.
        if self._changed("legend columns", 2 if self._overlays else 1):
            self.legend.setColumnCount(2 if self._overlays else 1)
        highest = max(*required, *trend, target, estimate)
        ends = ((last, required[-1], 1.0), (last, trend[-1], -0.7))
        span = self._show_overlays(target, currency, highest, ends)
        self._frame(min(first, span[0]), max(last, span[1]), max(highest, span[2]), currency)

    def _show_overlays(
        self,
        target: float,
        currency: Currency,
        highest: float,
        labels: tuple[tuple[float, float, float], ...],
    ) -> tuple[float, float, float]:
        """Fill one pooled slot per overlay, hide the rest; return the first and last years
        and the highest value the overlays reach.

        `target` is the current scenario's (an overlay's equal target is not drawn again);
        `labels` are the current's line-end labels as (year, value, anchor), which the
        overlays' labels are stacked clear of.
        """
        if not self._overlays and not self.overlay_items:
            return (math.inf, -math.inf, -math.inf)
        paths = [_required_path(overlay.summary, currency) for overlay in self._overlays]
        targets = [
            overlay.summary.in_currency(overlay.summary.target_usd, currency)
            for overlay in self._overlays
        ]
        own_targets = [
            None if math.isclose(value, target, rel_tol=1e-9) else value for value in targets
        ]
        highest = max(
            (
                highest,
                *(max(values) for _, values in paths),
                *(value for value in own_targets if value is not None),
            )
        )
        text_height = LABEL_CLEARANCE * nice_ceiling(highest * 1.05)
        taken = [
            (x, y - (1 - anchor) * text_height, y + anchor * text_height) for x, y, anchor in labels
        ]
        while len(self.overlay_items) < len(self._overlays):
            self.overlay_items.append(OverlayItems(self.plot_widget.getPlotItem()))
        for slot, overlay, path, own_target in zip(
            self.overlay_items, self._overlays, paths, own_targets, strict=False
        ):
            self._fill_slot(slot, overlay, path, own_target)
            years, values = path
            drop = clear_drop(taken, years[-1], values[-1], text_height)
            text = a_year(overlay.summary.required_growth, 1)
            if self._changed(slot.label, (text, years[-1], values[-1], drop)):
                slot.label.setText(text)
                slot.label.setAnchor((1, -drop))
                slot.label.setPos(years[-1], values[-1])
        for slot in self.overlay_items[len(self._overlays) :]:
            if self._changed(slot, False):
                slot.set_visible(False)
                self._shown.pop(slot.target, None)
            if slot.in_legend:
                self.legend.removeItem(slot.path)
                slot.in_legend = False

        if not paths:
            return (math.inf, -math.inf, highest)
        return (
            min(years[0] for years, _ in paths),
            max(years[-1] for years, _ in paths),
            highest,
        )

    def _fill_slot(
        self, slot: OverlayItems, overlay: Overlay, path: Series, own_target: float | None
    ) -> None:
        years, values = path
        if self._changed(slot, True):
            slot.set_visible(True)
        colour = overlay_colour(overlay.key)
        label_colour = self._text_colour(colour)
        if self._changed((slot, "colour"), (colour, label_colour.name())):
            slot.set_colour(colour, label_colour)
            self._repaint_sample(slot.path)
        if self._changed(slot.path, path):
            slot.path.setData(np.array(years), np.array(values))
            slot.points.setData(years, values)
        self._show_overlay_target(slot, years, own_target)
        legend_name = html.escape(  # the legend reads HTML
            translate("Plot", "{name} — required path").format(name=overlay.name)
        )
        if not slot.in_legend:
            self.legend.addItem(slot.path, legend_name)
            slot.in_legend = True
            self._shown[(slot, "name")] = legend_name
        elif self._changed((slot, "name"), legend_name):
            self._rename(slot.path, legend_name)

    def _show_overlay_target(
        self, slot: OverlayItems, years: tuple[float, ...], target: float | None
    ) -> None:
        """A thin dotted target line, only for an overlay whose target is not the current's."""
        xs = (years[0] - 0.4, years[-1] + 0.4)
        if not self._changed(slot.target, None if target is None else (xs, target)):
            return
        if target is None:
            slot.target.setVisible(False)
        else:
            slot.target.setData(np.array(xs), np.array((target, target)))
            slot.target.setVisible(True)

    def _repaint_sample(self, curve: pg.GraphicsObject) -> None:
        for sample, _ in self.legend.items:
            if sample.item is curve:
                sample.update()

    def _changed(self, key: object, value: object) -> bool:
        """Remember what each item shows; an unchanged item costs nothing to redraw."""
        if self._shown.get(key) == value:
            return False
        self._shown[key] = value
        return True

    def _frame(self, first: float, last: float, highest: float, currency: Currency) -> None:
        """Axes and range, touched only when they change: redrawing axes dominates an edit."""
        item = self.plot_widget.getPlotItem()
        axis_title = translate("Plot", "Bilateral trade ({symbol} billion)").format(
            symbol=currency.symbol
        )
        if self._changed("axis", axis_title):
            item.setLabel("left", axis_title)
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
        """The legend's entries, top to bottom."""
        return [html.unescape(label.text) for _, label in self.legend.items]

    def readout_for_year(self, year: int) -> str:
        """The read-out text for one year (also what hovering shows)."""
        if self._summary is None:
            return ""
        currency = self._currency
        usd = currency is Currency.USD
        parts = []
        row = _row(self._summary, year)
        if row is not None:
            required = row.required_usd if usd else row.required_myr
            trend = row.trend_usd if usd else row.trend_myr
            parts.append(
                translate("Plot", "required {required} · at observed trend {trend}").format(
                    required=formatting.money(required, currency),
                    trend=formatting.money(trend, currency),
                )
            )
        for overlay in self._overlays:
            row = _row(overlay.summary, year)
            if row is not None:
                value = row.required_usd if usd else row.required_myr
                parts.append(
                    translate("Plot", "{name}: {amount}").format(
                        name=overlay.name, amount=formatting.money(value, currency)
                    )
                )
        if not parts:
            return ""
        return translate("Plot", "{year}: {values}").format(year=year, values=" · ".join(parts))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        year = round(view.mapSceneToView(scene_pos).x())
        text = self.readout_for_year(year)
        if text:
            self._readout_year = year
            self.readout.setText(text)


def a_year(growth: float, decimals: int = 2) -> str:
    """“+13.97 % a year”: a growth rate as written at the end of its line."""
    return translate("Plot", "{rate} a year").format(rate=formatting.percent(growth, decimals))


def _required_path(summary: Summary, currency: Currency) -> Series:
    usd = currency is Currency.USD
    rows = summary.trajectory
    return (
        tuple(float(row.year) for row in rows),
        tuple(row.required_usd if usd else row.required_myr for row in rows),
    )


def _row(summary: Summary, year: int) -> TrajectoryRow | None:
    return next((row for row in summary.trajectory if row.year == year), None)
