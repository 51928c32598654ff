"""The trajectory chart's frame and the places of its labels, fitted to its size.

The x range ends in a gutter as wide as the widest line-end label, the y range leaves room
for a label over the highest line, the years are labelled as often as they fit, and the
y axis's title is shortened when the chart is too low for it. Then every label is placed
where it hides nothing (labels). Done on every edit and whenever the plot is resized.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QPointF

from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.trajectory_labels import GAP, along_line, beside_line_end, beside_marker
from trade_target.render.charts.labels import (
    LabelSpot,
    Point,
    Size,
    axis_title_length,
    gutter_years,
    label_widths,
    place_labels,
    text_size,
)

if TYPE_CHECKING:
    from trade_target.render.charts.labels import YearAxis
    from trade_target.render.charts.overlays import OverlayItems
    from trade_target.render.overlay_choice import Overlay


def nice_ceiling(value: float) -> float:
    """Round up to a step of a fifth of the value's power of ten, so edits rarely move the axis."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 5
    return float(math.ceil(value / step) * step)


class FramedPlot:
    """What TrajectoryChart does to fit its frame and labels to its size; it provides the
    chart's items and the summary last shown (`_framed` is first year, last year, highest
    value over all the lines; None before the first summary)."""

    plot_widget: pg.PlotWidget
    year_axis: YearAxis
    required_label: pg.TextItem
    trend_label: pg.TextItem
    catch_up_label: pg.TextItem
    estimate_label: pg.TextItem
    target_label: pg.TextItem
    overlay_items: list[OverlayItems]
    _overlays: tuple[Overlay, ...]
    _framed: tuple[float, float, float] | None
    _view: tuple[float, float, float, float]
    _currency: Currency
    _changed: Callable[[object, object], bool]

    def arrange(self, *_: object) -> None:
        """Fit the chart to its present size: the gutter for the line-end labels, then every
        label's place. Called when the plot is resized, and by an export once its fonts are set."""
        if self._framed is not None:
            self._frame(self._currency)
            self._place_labels()

    def _place_labels(self) -> None:
        """The current scenario's labels first (its line ends, the estimate, the target),
        then the overlays'; each takes the first place that hides nothing."""
        view = self.plot_widget.getPlotItem().getViewBox()
        (left, right), _ = view.viewRange()
        first, last, _ = self._framed or (0.0, 0.0, 0.0)
        target_px = (last - first + 0.8) * view.width() / max(right - left, 1e-9)

        gutter = view.mapViewToScene(QPointF(last, 0.0)).x() + 4.0 + GAP

        def spot(label: pg.TextItem, where: Callable[[Point, Size], Iterator[Point]]) -> LabelSpot:
            return LabelSpot(label, (label.pos().x(), label.pos().y()), where)

        def line_end(point: Point, size: Size) -> Iterator[Point]:
            return beside_line_end(point, size, gutter=gutter)

        def target_line(start: Point, size: Size) -> Iterator[Point]:
            """Along the target line; failing that, beside its end, with the growth rates."""
            end = (start[0] + target_px, start[1])
            yield from along_line(start, size, target_px)
            yield from beside_line_end(end, size, 0.0, gutter)

        overlays = self.overlay_items[: len(self._overlays)]
        spots = [
            spot(self.required_label, line_end),
            spot(self.trend_label, line_end),
            spot(self.catch_up_label, line_end),
            spot(self.estimate_label, lambda point, size: beside_marker(point, size, 7.0)),
            spot(self.target_label, target_line),
            *(spot(slot.label, line_end) for slot in overlays),
        ]
        place_labels(self.plot_widget.getPlotItem(), spots)

    def _frame(self, currency: Currency) -> None:
        """Axes and range, touched only when they change: redrawing axes dominates an edit.
        Right of the last year, a gutter as wide as the widest line-end label."""
        item = self.plot_widget.getPlotItem()
        first, last, highest = self._framed or (0.0, 0.0, 0.0)
        axis_title = translate("Plot", "Bilateral trade ({symbol} billion)").format(
            symbol=currency.symbol
        )
        if axis_title_length(item.getAxis("left"), axis_title) > item.getViewBox().height() - 8:
            # A low chart (a small screen, a long legend): the title must not run off it.
            axis_title = translate("Plot", "{symbol} billion").format(symbol=currency.symbol)
        if self._changed("axis", axis_title):
            item.setLabel("left", axis_title)
            item.getAxis("left").resizeEvent(None)  # pyqtgraph centres a title only on resize
        ends = [self.required_label, self.trend_label, self.catch_up_label]
        ends += [slot.label for slot in self.overlay_items[: len(self._overlays)]]
        span = last - first + 1.0
        width = item.getViewBox().width()
        gutter = gutter_years(label_widths(ends), width, span)
        major = max(1 if last - first <= 12 else 5, self.year_axis.step_for(span + gutter, width))
        self.year_axis.set_years(last, major)
        view = (first - 0.5, last + 0.5 + gutter, 0.0, self._top(highest))
        if view != self._view:
            item.setRange(xRange=view[:2], yRange=view[2:], padding=0)
            self._view = view

    def _top(self, highest: float) -> float:
        """The y axis's top: 5 % over the highest value, and room for a label over it."""
        height = self.plot_widget.getPlotItem().getViewBox().height()
        room = text_size(self.target_label)[1] + 2 * GAP + 6.0
        if height > 3 * room:
            return nice_ceiling(max(highest * 1.05, highest / (1 - room / height)))
        return nice_ceiling(highest * 1.05)
