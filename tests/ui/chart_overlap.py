"""Whether a pyqtgraph chart hides any of its own data under its text, measured in the scene.

A chart must never put a label or its legend over a data line, a marker, a bar or another
label, nor cut a label off at the edge of the plot. `problems(plot_item, legend)` measures the
chart as it is laid out and describes every such overlap, so a test asserts `== []` and a
person reads what collided where:

    plot_item.layout.activate()          # or let the event loop lay the chart out
    assert problems(plot_item, legend) == []

What is measured, all in scene coordinates (pixels of the laid-out chart):

- Text: every visible, non-empty `pg.TextItem` inside `plot_item` (labels on the data, and
  an InfiniteLine's label), as the box of its lines of text (the QGraphicsTextItem's bounding
  rect less the document margin, which is blank).
- The legend (`legend`, a `pg.LegendItem` anywhere in the plot item, or None to skip it): its
  frame, and each of its entries' texts.
- Data, where the view box shows it (the view box clips its children): each visible
  `PlotCurveItem` as the polyline of `getData()` (mapped through the item's scene transform,
  so through the view box's view-to-scene mapping), thickened by half its pen's width; each
  `ScatterPlotItem` point as a box of its symbol size (pixels, ± half) plus half its pen;
  each `BarGraphItem` bar as its rectangle; each `InfiniteLine` as a line across the view.

What is reported, one sentence each:

- a text box crossing a data line, or overlapping a marker or a bar, or another text box;
- a text box not lying fully inside the view box (cut off at the plot's edge);
- the legend's frame (or one of its texts) crossing a line, marker, bar, axis or text box,
  not lying fully inside the chart, or an entry's text running out of the frame;
- an axis title longer than the chart is high or wide (cut off), or running under the legend.

"The chart" is the plot item's rect, cut to what the scene's views show of it (a window);
for a chart painted into a file, pass the rectangle of the scene that is drawn as `shown`.

Touching is allowed: boxes must overlap by more than `TOLERANCE` pixels to count.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

TOLERANCE = 0.5  # pixels of overlap forgiven (antialiasing, rounding of text metrics)
EDGE_TOLERANCE = 1.0  # pixels a box may stand past an edge it must stay inside


@dataclass(frozen=True)
class Box:
    """A named rectangle in scene coordinates."""

    name: str
    rect: QRectF


@dataclass(frozen=True)
class Polyline:
    """A data line in scene coordinates, with half its pen's width."""

    name: str
    xs: np.ndarray
    ys: np.ndarray
    half_width: float


def problems(
    plot_item: pg.PlotItem, legend: pg.LegendItem | None = None, shown: QRectF | None = None
) -> list[str]:
    """Every overlap or cut-off text in the laid-out chart, described; [] if there is none.

    `shown` is the part of the scene that is drawn (an export's rectangle); by default the
    plot item's rect, cut to what the scene's views show of it."""
    plot_item.layout.activate()
    if legend is not None and legend.layout is not None:
        legend.layout.activate()
    view = plot_item.getViewBox()
    area = view.sceneBoundingRect()
    chart = _shown_rect(plot_item, shown)
    lines, markers = data_geometry(plot_item)
    texts = text_boxes(plot_item)
    found: list[str] = []
    for index, text in enumerate(texts):
        if not _inside(text.rect, area):
            found.append(f"text {text.name} {_show(text.rect)} is cut off by the plot's edge")
        found += _against_data(f"text {text.name}", text.rect, area, lines, markers)
        for other in texts[index + 1 :]:
            if _overlap(text.rect, other.rect):
                found.append(f"text {text.name} overlaps text {other.name}")
    frame = None
    if legend is not None and legend.isVisible() and legend.items:
        frame = legend.sceneBoundingRect()
        found += _legend_problems(plot_item, legend, chart, area, lines, markers, texts)
    found += _axis_title_problems(plot_item, chart, frame)
    return found


def _shown_rect(plot_item: pg.PlotItem, shown: QRectF | None) -> QRectF:
    rect = plot_item.sceneBoundingRect() if shown is None else QRectF(shown)
    scene = plot_item.scene()
    for graphics_view in scene.views() if scene is not None and shown is None else ():
        if graphics_view.isVisible():
            viewport = graphics_view.viewport().rect()
            rect = rect.intersected(graphics_view.mapToScene(viewport).boundingRect())
    return rect


def _axis_title_problems(plot_item: pg.PlotItem, chart: QRectF, frame: QRectF | None) -> list[str]:
    """An axis title longer than its axis runs off the chart or under the legend."""
    found = []
    for side in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(side)
        if not axis.isVisible() or not axis.label.isVisible() or not axis.labelText:
            continue
        rect = _text_rect(axis.label)
        name = repr(axis.label.toPlainText())
        if not _inside(rect, chart):
            found.append(f"the {side} axis title {name} {_show(rect)} is cut off {_show(chart)}")
        if frame is not None and _overlap(rect, frame):
            found.append(f"the {side} axis title {name} runs under the legend")
    return found


def text_boxes(plot_item: pg.PlotItem) -> list[Box]:
    """The box of each visible, non-empty TextItem in the plot item, in scene coordinates."""
    boxes = []
    for item in _descendants(plot_item):
        if not isinstance(item, pg.TextItem) or not item.isVisible():
            continue
        text = item.toPlainText().strip()
        if not text:
            continue
        item.updateTransform()  # as painting does: the text's size follows the view
        boxes.append(Box(repr(text), _text_rect(item.textItem)))
    return boxes


def data_geometry(plot_item: pg.PlotItem) -> tuple[list[Polyline], list[Box]]:
    """The visible data lines (as polylines) and markers and bars (as boxes), in scene
    coordinates."""
    view = plot_item.getViewBox()
    area = view.sceneBoundingRect()
    lines: list[Polyline] = []
    boxes: list[Box] = []
    for item in _descendants(view):
        if not item.isVisible():
            continue
        if isinstance(item, pg.PlotCurveItem):
            line = _curve(item)
            if line is not None:
                lines.append(line)
        elif isinstance(item, pg.ScatterPlotItem):
            boxes += _markers(item)
        elif isinstance(item, pg.BarGraphItem):
            boxes += _bars(item)
        elif isinstance(item, pg.InfiniteLine):
            lines.append(_infinite(item, area))
    return lines, boxes


def _descendants(root: QGraphicsItem) -> Iterator[QGraphicsItem]:
    for child in root.childItems():
        yield child
        yield from _descendants(child)


def _name(item: QGraphicsItem) -> str:
    opts = getattr(item, "opts", None)
    name = opts.get("name") if isinstance(opts, dict) else None
    return repr(html.unescape(name)) if name else type(item).__name__


def _text_rect(text_item: QGraphicsItem) -> QRectF:
    """The lines of text: the bounding rect less the blank document margin around them."""
    margin = text_item.document().documentMargin()
    rect = text_item.boundingRect().adjusted(margin, margin, -margin, -margin)
    return text_item.mapRectToScene(rect)


def _pen_half_width(item: QGraphicsItem, pen: object) -> float:
    if pen is None or not hasattr(pen, "widthF"):
        return 0.5
    if pen.style() == Qt.PenStyle.NoPen:
        return 0.0
    width = max(pen.widthF(), 1.0)
    export = getattr(item, "_exportOpts", False)
    if export and pen.isCosmetic():  # an export widens cosmetic pens by the device's scale
        width /= export.get("resolutionScale", 1.0) or 1.0
    return width / 2


def _scene_points(item: QGraphicsItem, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, ...]:
    t = item.sceneTransform()
    sx = t.m11() * xs + t.m21() * ys + t.dx()
    sy = t.m12() * xs + t.m22() * ys + t.dy()
    return sx, sy


def _curve(curve: pg.PlotCurveItem) -> Polyline | None:
    xs, ys = curve.getData()
    if xs is None or ys is None or len(xs) == 0:
        return None
    sx, sy = _scene_points(curve, np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
    return Polyline(_name(curve), sx, sy, _pen_half_width(curve, curve.opts.get("pen")))


def _markers(scatter: pg.ScatterPlotItem) -> list[Box]:
    data = scatter.data
    if len(data) == 0:
        return []
    xs = np.asarray(data["x"], dtype=float)
    ys = np.asarray(data["y"], dtype=float)
    sizes = np.asarray(data["size"], dtype=float)
    sizes = np.where(sizes < 0, float(scatter.opts["size"]), sizes)
    visible = np.asarray(data["visible"], dtype=bool)
    pad = _pen_half_width(scatter, scatter.opts.get("pen"))
    name = _name(scatter)
    boxes = []
    if scatter.opts["pxMode"]:
        sx, sy = _scene_points(scatter, xs, ys)
        for x, y, size, shown in zip(sx, sy, sizes, visible, strict=True):
            if shown and math.isfinite(x) and math.isfinite(y):
                half = size / 2 + pad
                boxes.append(
                    Box(f"marker(s) of {name}", QRectF(x - half, y - half, 2 * half, 2 * half))
                )
    else:
        for x, y, size, shown in zip(xs, ys, sizes, visible, strict=True):
            if shown and math.isfinite(x) and math.isfinite(y):
                rect = QRectF(x - size / 2, y - size / 2, size, size)
                boxes.append(Box(f"marker(s) of {name}", scatter.mapRectToScene(rect)))
    return boxes


def _bars(bars: pg.BarGraphItem) -> list[Box]:
    x0, y0, x1, y1 = (np.ravel(v) for v in np.broadcast_arrays(*bars._getNormalizedCoords()))
    name = _name(bars)
    return [
        Box(
            f"bar of {name}", bars.mapRectToScene(QRectF(QPointF(a, b), QPointF(c, d)).normalized())
        )
        for a, b, c, d in zip(x0, y0, x1, y1, strict=True)
        if all(math.isfinite(v) for v in (a, b, c, d))
    ]


def _infinite(line: pg.InfiniteLine, area: QRectF) -> Polyline:
    """The line across the whole view: its two points where it leaves the view box."""
    origin = line.mapToScene(QPointF(0, 0))
    ahead = line.mapToScene(QPointF(1, 0))
    dx, dy = ahead.x() - origin.x(), ahead.y() - origin.y()
    norm = math.hypot(dx, dy) or 1.0
    reach = 4 * (area.width() + area.height()) + abs(origin.x()) + abs(origin.y())
    ux, uy = dx / norm * reach, dy / norm * reach
    return Polyline(
        _name(line),
        np.array((origin.x() - ux, origin.x() + ux)),
        np.array((origin.y() - uy, origin.y() + uy)),
        _pen_half_width(line, line.pen),
    )


def _against_data(
    what: str, rect: QRectF, area: QRectF, lines: list[Polyline], markers: list[Box]
) -> list[str]:
    found = []
    shown = rect.intersected(area)  # the view box clips the data: only this part can hide it
    if shown.isEmpty():
        return found
    for line in lines:
        if _crosses(line, shown):
            found.append(f"{what} {_show(rect)} crosses the line of {line.name}")
    covered: dict[str, list[QRectF]] = {}
    for marker in markers:
        if _overlap(shown, marker.rect):
            covered.setdefault(marker.name, []).append(marker.rect)
    for name, rects in covered.items():
        where = ", ".join(_show(marker) for marker in rects[:3]) + (", …" if len(rects) > 3 else "")
        found.append(f"{what} {_show(rect)} covers {len(rects)} {name}: {where}")
    return found


def _legend_problems(
    plot_item: pg.PlotItem,
    legend: pg.LegendItem,
    chart: QRectF,
    area: QRectF,
    lines: list[Polyline],
    markers: list[Box],
    texts: list[Box],
) -> list[str]:
    frame = legend.sceneBoundingRect()
    found = []
    if not _inside(frame, chart):
        found.append(f"the legend {_show(frame)} is cut off by the chart's edge {_show(chart)}")
    found += _against_data("the legend", frame, area, lines, markers)
    for text in texts:
        if _overlap(frame, text.rect):
            found.append(f"the legend overlaps text {text.name}")
    for side in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(side)
        if axis.isVisible():
            axis_rect = axis.mapRectToScene(axis.rect())
            if _overlap(frame, axis_rect):
                found.append(f"the legend overlaps the {side} axis")
    for _, label in legend.items:
        if not label.isVisible():
            continue
        rect = _text_rect(label.item)
        if not _inside(rect, frame):
            found.append(
                f"the legend's text {html.unescape(label.text)!r} {_show(rect)} runs out of "
                f"its frame {_show(frame)}"
            )
        if not _inside(rect, chart):
            found.append(f"the legend's text {html.unescape(label.text)!r} is cut off")
    return found


def _overlap(a: QRectF, b: QRectF) -> bool:
    width = min(a.right(), b.right()) - max(a.left(), b.left())
    height = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    return width > TOLERANCE and height > TOLERANCE


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - EDGE_TOLERANCE
        and inner.top() >= outer.top() - EDGE_TOLERANCE
        and inner.right() <= outer.right() + EDGE_TOLERANCE
        and inner.bottom() <= outer.bottom() + EDGE_TOLERANCE
    )


def _crosses(line: Polyline, rect: QRectF) -> bool:
    """Whether the thick polyline passes through the rect (by more than the tolerance)."""
    grow = line.half_width - TOLERANCE
    left, top = rect.left() - grow, rect.top() - grow
    right, bottom = rect.right() + grow, rect.bottom() + grow
    if right <= left or bottom <= top:
        return False
    xs, ys = line.xs, line.ys
    if len(xs) == 1:
        return bool(left < xs[0] < right and top < ys[0] < bottom)
    x0, x1, y0, y1 = xs[:-1], xs[1:], ys[:-1], ys[1:]
    finite = np.isfinite(x0) & np.isfinite(x1) & np.isfinite(y0) & np.isfinite(y1)
    near = (
        finite
        & (np.maximum(x0, x1) > left)
        & (np.minimum(x0, x1) < right)
        & (np.maximum(y0, y1) > top)
        & (np.minimum(y0, y1) < bottom)
    )
    return any(
        segment_crosses_rect(x0[i], y0[i], x1[i], y1[i], left, top, right, bottom)
        for i in np.flatnonzero(near)
    )


def segment_crosses_rect(
    x0: float, y0: float, x1: float, y1: float, left: float, top: float, right: float, bottom: float
) -> bool:
    """Whether the segment passes through the open rect (Liang–Barsky clipping)."""
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


def _show(rect: QRectF) -> str:
    return f"({rect.left():.0f}, {rect.top():.0f}, {rect.width():.0f}×{rect.height():.0f})"
