"""What the exchange-rate and monthly charts add to the shared label placement
(render.charts.labels over core.label_layout): candidate places beside a vertical line, a chart
tall enough for its axis title, and month names thinned out where they would touch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from trade_target.core.trajectory_labels import GAP

TICK_GAP = 8.0  # pixels between two tick names on an axis, and round an axis title

Corner = tuple[float, float]


def beside_vertical(
    x: float, preferred_y: float, span: tuple[float, float], size: tuple[float, float], clear: float
) -> list[Corner]:
    """Top-left corners for a label of `size` (width, height) beside a vertical line at `x`
    that takes `clear` pixels each side: right, then left, its middle at `preferred_y`
    first, then ever further up and down in steps of half its height, within `span` (the
    top and bottom its middle may reach)."""
    width, height = size
    top, bottom = span
    step = max(height / 2, 1.0)
    offsets = [0.0]
    distance = step
    while preferred_y - distance >= top or preferred_y + distance <= bottom:
        offsets += [-distance, distance]
        distance += step
    corners = []
    for offset in offsets:
        middle = preferred_y + offset
        if top <= middle <= bottom:
            corners.append((x + clear + GAP, middle - height / 2))
            corners.append((x - clear - GAP - width, middle - height / 2))
    return corners


def keep_axis_title_whole(plot_widget: pg.PlotWidget, floor: int) -> None:
    """Make the chart at least as tall (and `floor` pixels) as its left axis' title needs:
    pyqtgraph centres the upright title on the axis and lets a title longer than the axis
    run off the chart, as a long translation does in a short window."""
    item = plot_widget.getPlotItem()
    axis = item.getAxis("left")
    if axis.label is None:
        return
    title = axis.label.boundingRect().width() if axis.label.isVisible() else 0.0
    around = plot_widget.height() - item.getViewBox().height()  # axes, legend, margins
    needed = max(floor, math.ceil(title + around + 2 * TICK_GAP))
    if plot_widget.minimumHeight() != needed:
        plot_widget.setMinimumHeight(needed)


def ticks_that_fit(
    ticks: Sequence[tuple[float, str]], spacing: float, font: QFont, steps: Sequence[int]
) -> list[list[tuple[float, str]]]:
    """Tick levels for an axis whose `ticks` stand `spacing` pixels apart: every tick named
    if the names fit side by side, else every second, third… (the first of `steps` that
    fits), the others marked but unnamed. pyqtgraph draws every name it is given, touching
    or not."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(name) for _, name in ticks), default=0.0)
    step = next((n for n in steps if widest + TICK_GAP <= n * spacing), steps[-1])
    named = [tick for index, tick in enumerate(ticks) if index % step == 0]
    unnamed = [(position, "") for index, (position, _) in enumerate(ticks) if index % step]
    return [named, unnamed]
