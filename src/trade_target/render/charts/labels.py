"""The trajectory chart's labels, placed where they hide nothing: measured in pixels as the
chart is laid out, on every edit and every resize.

Each label stays positioned at what it names (the end of its line, its marker, the start of
the target line); only its anchor moves, so the box of text sits at the first clear candidate
of core.trajectory_labels. A label with no clear place is hidden (the legend and the read-out
still give it). Placing costs a fraction of a millisecond: lines are indexed by columns and
a label's anchor is set only when it really moves.

The lines end short of the right edge: a gutter as wide as the widest line-end label is
added to the x range, and the year axis has no ticks in it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF

from trade_target.core.label_layout import Box, Label, Line, Obstacles, place
from trade_target.core.trajectory_labels import GAP
from trade_target.render.charts.locale_axis import LocaleAxis
from trade_target.render.guard import qt_guard

EDGE = 1.0  # pixels kept between a label and the plot's edge
MOVED = 0.05  # pixels: a smaller change of place is no move
GUTTER_SHARE = 0.4  # the most of the plot's width the gutter may take
YEAR_STEPS = (1, 2, 5, 10, 20, 50)

Point = tuple[float, float]
Size = tuple[float, float]


@dataclass(frozen=True)
class LabelSpot:
    """A label, what it names (a point in data coordinates) and its candidate places: a
    function of that point in pixels and the text's size giving top-left corners, best first."""

    label: pg.TextItem
    subject: Point
    candidates: Callable[[Point, Size], Iterable[Point]]


def place_labels(plot_item: pg.PlotItem, spots: Sequence[LabelSpot]) -> None:
    """Move each label's text to its first clear candidate, in the order given; hide a label
    that has none. Nothing is touched for a label that stays where it is."""
    view = plot_item.getViewBox()
    rect = view.sceneBoundingRect()
    if rect.width() < 1 or rect.height() < 1:
        return  # not laid out yet: placed when the view box gets its size
    lines, boxes = obstacles_in(plot_item, leave_out=[spot.label for spot in spots])
    area = Box(rect.left(), rect.top(), rect.right(), rect.bottom()).grown(-EDGE)
    obstacles = Obstacles(area, lines, boxes)
    points = [view.mapViewToScene(QPointF(*spot.subject)) for spot in spots]
    labels = []
    for key, (spot, point) in enumerate(zip(spots, points, strict=True)):
        size = text_size(spot.label)
        if spot.label.toPlainText().strip():
            labels.append(Label(key, *size, spot.candidates((point.x(), point.y()), size)))
    found = place(labels, obstacles)
    for key, (spot, point) in enumerate(zip(spots, points, strict=True)):
        box = found.get(key)
        label = spot.label
        if box is None:
            if label.isVisible():
                label.setVisible(False)
            continue
        _anchor_at(label, point, box)
        if not label.isVisible():
            label.setVisible(True)


def _anchor_at(label: pg.TextItem, point: QPointF, box: Box) -> None:
    """Anchor the label so that its lines of text fill `box` (scene pixels), its position
    staying at `point`: the anchor is the point's place in the text's box, margins and all."""
    margin = label.textItem.document().documentMargin()
    full = label.textItem.boundingRect()
    width, height = max(full.width(), 1.0), max(full.height(), 1.0)
    anchor = (
        (point.x() - box.left + margin) / width,
        (point.y() - box.top + margin) / height,
    )
    old = label.anchor
    if abs(old[0] - anchor[0]) * width > MOVED or abs(old[1] - anchor[1]) * height > MOVED:
        label.setAnchor(anchor)


def text_size(label: pg.TextItem) -> Size:
    """The label's lines of text in pixels (a TextItem is drawn unscaled), without the blank
    document margin round them."""
    margin = label.textItem.document().documentMargin()
    rect = label.textItem.boundingRect()
    return rect.width() - 2 * margin, rect.height() - 2 * margin


def obstacles_in(
    plot_item: pg.PlotItem, leave_out: Sequence[pg.TextItem] = ()
) -> tuple[list[Line], list[Box]]:
    """The plot's visible lines (with half their pen's width), markers and other labels,
    in scene pixels."""
    view = plot_item.getViewBox()
    view.updateMatrix()
    lines: list[Line] = []
    boxes: list[Box] = []
    for item in plot_item.items:
        if not item.isVisible() or any(item is other for other in leave_out):
            continue
        if isinstance(item, pg.PlotCurveItem):
            xs, ys = item.getData()
            if xs is not None and len(xs):
                sx, sy = _to_scene(item, xs, ys)
                lines.append(Line(sx.tolist(), sy.tolist(), _half_width(item.opts.get("pen"))))
        elif isinstance(item, pg.ScatterPlotItem) and len(item.data):
            data = item.data
            sx, sy = _to_scene(item, data["x"], data["y"])
            sizes = np.where(data["size"] < 0, item.opts["size"], data["size"])
            halves = sizes / 2 + _half_width(item.opts.get("pen"))
            for x, y, half, shown in zip(sx, sy, halves, data["visible"], strict=True):
                if shown:
                    boxes.append(Box(x - half, y - half, x + half, y + half))
        elif isinstance(item, pg.TextItem) and item.toPlainText().strip():
            rect = item.sceneBoundingRect()
            boxes.append(Box(rect.left(), rect.top(), rect.right(), rect.bottom()))
    return lines, boxes


def _to_scene(item: pg.GraphicsObject, xs: object, ys: object) -> tuple[np.ndarray, np.ndarray]:
    t = item.sceneTransform()
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    return t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy()


def _half_width(pen: object) -> float:
    width = getattr(pen, "widthF", None)
    return max(float(width()), 1.0) / 2 if callable(width) else 0.5


def axis_title_length(axis: pg.AxisItem, text: str) -> float:
    """How long `text` is, in pixels, written as the axis's title in the axis's style."""
    font = QFont(axis.label.font())
    size = str(axis.labelStyle.get("font-size", ""))
    if size.endswith("px"):
        font.setPixelSize(max(1, round(float(size[:-2]))))
    elif size.endswith("pt"):
        font.setPointSizeF(float(size[:-2]))
    return QFontMetricsF(font).horizontalAdvance(text)


def gutter_years(widths: Sequence[float], plot_width: float, span: float) -> float:
    """Years to add right of the last year so that the widest line-end label (`widths` in
    pixels) fits beside the lines' ends, in a plot `plot_width` pixels wide now showing
    `span` years."""
    if not widths or plot_width <= 0 or span <= 0:
        return 0.0
    # In steps of 16 pixels, so that an edit changing a label by a digit keeps the axes.
    room = min(math.ceil((max(widths) + 4.0 + 2 * GAP + EDGE) / 16) * 16, GUTTER_SHARE * plot_width)
    return span * room / (plot_width - room)


def label_widths(labels: Sequence[pg.TextItem]) -> list[float]:
    return [text_size(label)[0] for label in labels if label.toPlainText()]


class YearAxis(LocaleAxis):
    """The year axis: its ticks stop at the last year, leaving the gutter of labels bare."""

    def __init__(self, orientation: str = "bottom", **options: object) -> None:
        super().__init__(orientation, **options)
        self.last = math.inf
        self.step = 1

    def set_years(self, last: float, step: int) -> None:
        """Ticks up to the `last` year, labelled every `step` years, a tick every year."""
        if (last, step) != (self.last, self.step):
            self.last, self.step = last, step
            self.setTickSpacing(major=step, minor=1)  # redraws the axis

    def step_for(self, years: float, width: float) -> int:
        """The fewest years between labelled ticks for which “2024”, “2025” … do not touch,
        `years` being shown over `width` pixels."""
        font = self.style.get("tickFont") or self.font()
        needed = QFontMetricsF(font).horizontalAdvance("2024") + 12
        per_year = width / years if years > 0 else 0.0
        return next((step for step in YEAR_STEPS if step * per_year >= needed), YEAR_STEPS[-1])

    @qt_guard(fallback=[])
    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
        """Yearly minor ticks stay bare when the labels are every few years: pyqtgraph would
        label them too wherever it guesses there is room, and the years then run together."""
        if spacing < self.step - 1e-9:
            return ["" for _ in values]
        return super().tickStrings(values, scale, spacing)

    @qt_guard(fallback=[])
    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
        return [
            (spacing, [value for value in np.asarray(values) if value <= self.last + 1e-9])
            for spacing, values in super().tickValues(minVal, maxVal, size)
        ]
