"""SVG drawings that every program draws the same.

Qt's SVG writer puts the painter's transform on each group as a matrix and marks a cosmetic
pen (pyqtgraph's, whose width is in device pixels) `vector-effect="non-scaling-stroke"`. A
chart's lines then stand in data coordinates under a scaling matrix, and a program that
ignores vector-effect (librsvg, LibreOffice) scales their strokes with the data: wide bands
and blobs. Painted through PageDevice, every shape is first mapped into page coordinates
and stroked with an ordinary pen as wide as Qt draws it on an image, so the file needs no
SVG 1.2 feature and no matrix scales a line. Text keeps its own (uniform) transform and is
named by a font list that ends in the generic `sans-serif`, a family every program knows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontInfo,
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
    QTextItem,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator

from trade_target.render.guard import qt_guard

GENERIC_FAMILY = "sans-serif"  # the charts draw in the user interface's sans font
_Dirty = QPaintEngine.DirtyFlag
ALL_FONT_PROPERTIES = 0xFFFFFFFF  # QFont's resolve mask, every property set
# What Qt may hand a paint engine, as PySide6 declares it.
_Point = QPointF | QPoint | QPainterPath.Element
_Rect = QRectF | QRect
_Picture = QPixmap | QImage


def svg_drawing(
    size: QSize,
    resolution: int,
    title: str,
    description: str,
    paint: Callable[[QPainter], None],
) -> bytes:
    """An SVG document of `size` (its view box in the same units) holding what `paint`
    draws on the painter it is given; the title and description are the file's own."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(resolution)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    target = QPainter(generator)
    try:
        target.setFont(page_font(target.font()))  # the family the file starts with
        device = PageDevice(generator, target)
        painter = QPainter(device)
        try:
            paint(painter)
        finally:
            painter.end()
        device.raise_failure()
    finally:
        target.end()
        buffer.close()
    return bytes(data.data())


def _keep(engine: _PageEngine, failure: Exception) -> None:
    engine.keep(failure)


def _keep_on_device(device: PageDevice, failure: Exception) -> None:
    device.keep(failure)


class PageDevice(QPaintDevice):
    """A paint device that hands everything painted on it to `target` (a painter on an SVG
    generator, whose size and resolution it takes) in page coordinates."""

    def __init__(self, generator: QSvgGenerator, target: QPainter) -> None:
        super().__init__()
        self._generator = generator
        self._engine = _PageEngine(target)

    @qt_guard(keep=_keep_on_device)
    def paintEngine(self) -> QPaintEngine | None:  # type: ignore[override]  # Qt takes null
        return self._engine

    @qt_guard(fallback=0, keep=_keep_on_device)
    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        return self._generator.metric(metric)

    def keep(self, failure: BaseException) -> None:
        self._engine.keep(failure)

    def raise_failure(self) -> None:
        """Raise what went wrong while painting, if anything did: Qt called the engine and
        could not have been given the exception then."""
        if self._engine.failure is not None:
            raise self._engine.failure


class _PageEngine(QPaintEngine):
    """Maps each primitive through the painter's transform and draws it on the target with
    an identity transform; only text and images are drawn under their transform. Clipping
    is not passed on: Qt's SVG Tiny 1.2 writer leaves it out of the file in any case."""

    def __init__(self, target: QPainter) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self._target = target
        self._transform = QTransform()
        self._pen = QPen()
        self._brush = QBrush()
        self._brush_origin = QPointF()
        self.failure: BaseException | None = None

    def keep(self, failure: BaseException) -> None:
        """The first exception is kept for the caller of the painting (PageDevice
        .raise_failure), not raised into Qt."""
        if self.failure is None:
            self.failure = failure

    @qt_guard(fallback=QPaintEngine.Type.User, keep=_keep)
    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    @qt_guard(fallback=False, keep=_keep)
    def begin(self, device: QPaintDevice) -> bool:
        return True

    @qt_guard(fallback=False, keep=_keep)
    def end(self) -> bool:
        return True

    @qt_guard(keep=_keep)
    def updateState(self, state: QPaintEngineState) -> None:
        dirty = state.state()
        target = self._target
        if dirty & _Dirty.DirtyTransform:
            self._transform = state.transform()
        if dirty & _Dirty.DirtyPen:
            self._pen = state.pen()
        if dirty & _Dirty.DirtyBrush:
            self._brush = state.brush()
        if dirty & _Dirty.DirtyBrushOrigin:
            self._brush_origin = state.brushOrigin()
        if dirty & _Dirty.DirtyOpacity:
            target.setOpacity(state.opacity())
        if dirty & _Dirty.DirtyHints:
            target.setRenderHints(target.renderHints(), False)
            target.setRenderHints(state.renderHints(), True)
        if dirty & _Dirty.DirtyCompositionMode:
            target.setCompositionMode(state.compositionMode())
        if dirty & _Dirty.DirtyBackground:
            target.setBackground(state.backgroundBrush())
        if dirty & _Dirty.DirtyBackgroundMode:
            target.setBackgroundMode(state.backgroundMode())

    @qt_guard(keep=_keep)
    def drawPath(self, path: QPainterPath) -> None:
        self._draw(path, filled=True)

    @qt_guard(keep=_keep)
    def drawPolygon(self, points: Iterable[QPointF], mode: QPaintEngine.PolygonDrawMode) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF(list(points)))
        filled = mode != QPaintEngine.PolygonDrawMode.PolylineMode
        if filled:
            path.closeSubpath()
            if mode == QPaintEngine.PolygonDrawMode.OddEvenMode:
                path.setFillRule(Qt.FillRule.OddEvenFill)
            else:
                path.setFillRule(Qt.FillRule.WindingFill)
        self._draw(path, filled)

    @qt_guard(keep=_keep)
    def drawTextItem(self, p: _Point, text_item: QTextItem) -> None:
        target = self._target
        target.setTransform(self._transform)
        target.setFont(page_font(text_item.font()))
        target.setPen(QPen(self._pen.brush(), 1.0))
        target.drawText(p, text_item.text())

    @qt_guard(keep=_keep)
    def drawPixmap(self, r: _Rect, pm: _Picture, sr: _Rect) -> None:
        self._target.setTransform(self._transform)
        self._target.drawPixmap(r, pm, sr)

    @qt_guard(keep=_keep)
    def drawImage(
        self,
        r: _Rect,
        pm: QImage,
        sr: _Rect,
        flags: Qt.ImageConversionFlag = Qt.ImageConversionFlag.AutoColor,
    ) -> None:
        self._target.setTransform(self._transform)
        self._target.drawImage(r, pm, sr, flags)

    @qt_guard(keep=_keep)
    def drawTiledPixmap(self, r: _Rect, pixmap: _Picture, s: _Point) -> None:
        self._target.setTransform(self._transform)
        self._target.drawTiledPixmap(r, pixmap, s)

    def _draw(self, path: QPainterPath, filled: bool) -> None:
        """Fill and stroke `path` (in the painter's coordinates) in page coordinates."""
        target = self._target
        target.setTransform(QTransform())
        brush = self._page_brush() if filled else QBrush()
        page = self._transform.map(path)
        pen = ordinary_pen(self._pen, self._transform)
        if pen is not None:
            target.setPen(pen)
            target.setBrush(brush)
            target.drawPath(page)
            return
        # A pen that is wider one way than the other: its outline, filled, is what Qt draws.
        target.setPen(Qt.PenStyle.NoPen)
        if brush.style() != Qt.BrushStyle.NoBrush:
            target.setBrush(brush)
            target.drawPath(page)
        target.setBrush(self._pen.brush())
        target.drawPath(self._transform.map(QPainterPathStroker(self._pen).createStroke(path)))

    def _page_brush(self) -> QBrush:
        """The brush, its gradient or texture placed as the painter would place it."""
        brush = QBrush(self._brush)
        if brush.style() not in (Qt.BrushStyle.NoBrush, Qt.BrushStyle.SolidPattern):
            origin = QTransform.fromTranslate(self._brush_origin.x(), self._brush_origin.y())
            brush.setTransform(brush.transform() * origin * self._transform)
        return brush


def page_font(font: QFont) -> QFont:
    """The font, named as the family it resolved to here, then the generic family: a program
    without that family draws a sans font of its own, not its default serif."""
    named = QFont(font)
    named.setFamilies([QFontInfo(font).family(), GENERIC_FAMILY])
    # A text layout's font may leave its size unmarked as set; every property is marked, or
    # the painter would take the size from the font it had before.
    named.setResolveMask(ALL_FONT_PROPERTIES)
    return named


def ordinary_pen(pen: QPen, transform: QTransform) -> QPen | None:
    """The pen, as wide in page units as it is drawn under `transform`, as a pen that is not
    cosmetic; None when a non-cosmetic pen is stretched more one way than the other."""
    page_pen = QPen(pen)
    page_pen.setCosmetic(False)
    if pen.style() == Qt.PenStyle.NoPen:
        return page_pen
    if pen.isCosmetic():
        page_pen.setWidthF(pen.widthF() or 1.0)  # width 0 is Qt's one-pixel line
        return page_pen
    scale = uniform_scale(transform)
    if scale is None:
        return None
    page_pen.setWidthF(pen.widthF() * scale)
    return page_pen


def uniform_scale(transform: QTransform) -> float | None:
    """How much `transform` enlarges lengths, if it does so equally in every direction
    (turning and mirroring allowed); None otherwise."""
    x_axis = math.hypot(transform.m11(), transform.m12())
    y_axis = math.hypot(transform.m21(), transform.m22())
    skew = transform.m11() * transform.m21() + transform.m12() * transform.m22()
    longer = max(x_axis, y_axis)
    if (
        transform.isAffine()
        and abs(x_axis - y_axis) <= 1e-9 * longer
        and abs(skew) <= 1e-9 * longer**2
    ):
        return x_axis
    return None
