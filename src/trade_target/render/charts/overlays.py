"""The other scenarios on the chart: the items drawing one, and how the chart fills its pool
of them (OverlaidPlot). Which scenarios, in which colours, is render.overlay_choice.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.render.overlay_choice import (
    Overlay,
    Series,
    a_year,
    overlay_colour,
    overlay_note,
    required_path,
)


class OverlayItems:
    """The items drawing one overlay: made once, recoloured and refilled when reused."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.path = pg.PlotCurveItem()
        self.points = pg.ScatterPlotItem(size=5)
        self.target = pg.PlotCurveItem()
        self.label = pg.TextItem(anchor=(1, -0.2))
        for item in (self.path, self.points, self.target, self.label):
            plot_item.addItem(item)
        for item in (self.path, self.points, self.target):
            item.setZValue(-1)  # under the current scenario's lines
        self.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.target.setVisible(False)  # drawn only for a target other than the current's
        self.in_legend = False

    def set_colour(self, colour: str, label_colour: QColor | str | None = None) -> None:
        """The lines in `colour`; the label in `label_colour`, a shade of it that reads on
        the chart's background (the plot works it out for dark and high-contrast themes)."""
        self.path.setPen(pg.mkPen(colour, width=2))
        self.points.setPen(pg.mkPen(colour))
        self.points.setBrush(pg.mkBrush(colour))
        self.target.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
        self.label.setColor(colour if label_colour is None else label_colour)

    def set_visible(self, visible: bool) -> None:
        for item in (self.path, self.points, self.label):
            item.setVisible(visible)
        if not visible:
            self.target.setVisible(False)


class OverlaidPlot:
    """How TrajectoryChart fills one pooled slot of items per overlay, reused as overlays
    come and go; the plot provides its items and the `_changed` memory of what is shown."""

    plot_widget: pg.PlotWidget
    legend: pg.LegendItem
    overlay_items: list[OverlayItems]
    overlay_note_sample: pg.PlotCurveItem  # draws nothing: the note's place in the legend
    _overlays: tuple[Overlay, ...]
    _ticked: int  # other scenarios ticked, drawn or not
    _shown: dict[object, object]
    _changed: Callable[[object, object], bool]
    _text_colour: Callable[[str], QColor]
    _rename: Callable[[pg.GraphicsObject, str], None]

    def _show_overlays(
        self,
        target: float,
        currency: Currency,
        highest: float,
    ) -> tuple[float, float, float]:
        """Fill one pooled slot per overlay, hide the rest; return the first and last years
        and the highest value the overlays reach. `target` is the current scenario's (an
        overlay's equal target is not drawn again)."""
        if not self._overlays and not self.overlay_items:
            return (math.inf, -math.inf, -math.inf)
        paths = [required_path(overlay.summary, currency) for overlay in self._overlays]
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
        while len(self.overlay_items) < len(self._overlays):
            self.overlay_items.append(OverlayItems(self.plot_widget.getPlotItem()))
        for slot, overlay, path, own_target in zip(
            self.overlay_items, self._overlays, paths, own_targets, strict=False
        ):
            self._fill_slot(slot, overlay, path, own_target)
            years, values = path
            text = a_year(overlay.summary.required_growth, 1)
            if self._changed(slot.label, (text, years[-1], values[-1])):
                slot.label.setText(text)
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

    def _show_overlay_note(self) -> None:
        """The legend's last entry, in italics, when more scenarios are ticked than drawn."""
        shown = len(self._overlays)
        text = html.escape(overlay_note(shown, self._ticked)) if self._ticked > shown else ""
        if not self._changed("overlay note", text):
            return
        sample = self.overlay_note_sample
        if self.legend.getLabel(sample) is not None:
            self.legend.removeItem(sample)
        if text:
            self.legend.addItem(sample, text)  # after the overlays' entries, so the last
            self.legend.getLabel(sample).setText(text, italic=True)

    def _repaint_sample(self, curve: pg.GraphicsObject) -> None:
        for sample, _ in self.legend.items:
            if sample.item is curve:
                sample.update()
