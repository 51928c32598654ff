"""The one-page brief on paper: its HTML (brief_content.py) laid out on one A4 page, as a
PDF, an image or on a printer.

The page is a QTextDocument, so its text stays text in a PDF (a reader can search and copy
the numbers). The chart is a text object drawn by the chart painter into the space the
layout gives it, so it is vector in a PDF and sharp on paper. Laid out at a fixed logical
width in pixel-sized fonts and then scaled to the page, it looks the same on every device;
when it is too tall for the page it is laid out wider and scaled down until it fits.
"""

from __future__ import annotations

import datetime
import math
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from trade_target import APP_NAME, version
from trade_target.core.files.storage import write_atomically
from trade_target.core.files.table_export import extension_of
from trade_target.render.brief_content import (
    BODY_PX,
    CHART_HEIGHT,
    LAYOUT_WIDTH,
    brief_html,
    question,
)
from trade_target.render.chart_export import (
    ChartContent,
    chart_title,
    logical_dpi,
    paint_plot,
    pixel_font,
)
from trade_target.render.guard import qt_guard
from trade_target.render.pdf_metadata import DocumentInfo, completed, describe

CHART_RESOURCE = "trade-target:chart"
PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 210.0, 297.0, 15.0
FIT_ROUNDS = 7
BRIEF_EXTENSIONS = (".pdf",)

_CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_CHART_WIDTH = QTextFormat.Property.UserProperty + 1
_CHART_HEIGHT = QTextFormat.Property.UserProperty + 2


class _ChartObject(QPyTextObject):
    """Draws the chart wherever the document's layout puts its object character."""

    def __init__(self, content: ChartContent) -> None:
        super().__init__()
        self._content = content
        self.failure: Exception | None = None

    @qt_guard(fallback=QSizeF())
    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return QSizeF(float(fmt.property(_CHART_WIDTH)), float(fmt.property(_CHART_HEIGHT)))

    @qt_guard
    def drawObject(
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        # An exception must not cross into Qt: a second one escaping this override crashed
        # the process inside shiboken. It is kept, and raised once the drawing returns.
        try:
            paint_plot(painter, rect, self._content)
        except Exception as exc:
            self.failure = self.failure or exc


def _document(content: ChartContent, today: datetime.date, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(pixel_font(BODY_PX))
    chart = _ChartObject(content)
    chart.setParent(document)  # lives as long as the document
    document.documentLayout().registerHandler(_CHART_OBJECT, chart)
    size = QSizeF(math.floor(width) - 1, CHART_HEIGHT)  # a hair narrower: never wraps
    document.setHtml(brief_html(content, today, CHART_RESOURCE, size))
    cursor = document.find("\ufffc")
    while not cursor.isNull():
        image = cursor.charFormat()
        if image.isImageFormat() and image.toImageFormat().name() == CHART_RESOURCE:
            chart_format = QTextCharFormat()
            chart_format.setObjectType(_CHART_OBJECT)
            chart_format.setProperty(_CHART_WIDTH, size.width())
            chart_format.setProperty(_CHART_HEIGHT, size.height())
            cursor.insertText("\ufffc", chart_format)
            break
        cursor = document.find("\ufffc", cursor)
    document.setTextWidth(width)
    return document


def _fitted(
    content: ChartContent, today: datetime.date, page: QSizeF
) -> tuple[QTextDocument, float]:
    """The document and the scale that fill the page's width, or, if that is too tall, its
    height. A brief too tall for the page is laid out wider, so it wraps less, and scaled
    down: the narrowest width that fits is found by halving the interval."""

    def laid_out(width: float) -> tuple[QTextDocument, float, bool]:
        document = _document(content, today, width)
        scale = page.width() / width
        return document, scale, document.size().height() * scale <= page.height()

    document, scale, fits = laid_out(LAYOUT_WIDTH)
    if fits:
        return document, scale
    narrow, wide = LAYOUT_WIDTH, LAYOUT_WIDTH
    best: tuple[QTextDocument, float] | None = None
    for _ in range(FIT_ROUNDS):
        wide *= 2
        document, scale, fits = laid_out(wide)
        if fits:
            best = (document, scale)
            break
        narrow = wide
    if best is None:  # nothing fits by widening (a page too small): shrink to the height
        return document, page.height() / document.size().height()
    for _ in range(FIT_ROUNDS):
        middle = (narrow + wide) / 2
        document, scale, fits = laid_out(middle)
        if fits:
            wide, best = middle, (document, scale)
        else:
            narrow = middle
    return best


def paint_brief(
    painter: QPainter, page: QRectF, content: ChartContent, today: datetime.date
) -> None:
    """Lay the brief out on `page` (the printable area, in the painter's coordinates)."""
    _paint_laid_out(painter, page, *_fitted(content, today, page.size()))


def _paint_laid_out(painter: QPainter, page: QRectF, document: QTextDocument, scale: float) -> None:
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(page.topLeft())
        painter.scale(scale, scale)
        document.drawContents(painter)
    finally:
        painter.restore()
    for chart in document.findChildren(_ChartObject):
        if chart.failure is not None:
            raise chart.failure


def brief_pdf(content: ChartContent, today: datetime.date) -> bytes:
    """The brief as a one-page A4 PDF with its title and creator set."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(logical_dpi())
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    info = DocumentInfo(title=chart_title(content), subject=question(content))
    describe(writer, info)
    painter = QPainter(writer)
    try:
        paint_brief(painter, QRectF(0, 0, writer.width(), writer.height()), content, today)
    finally:
        painter.end()
    buffer.close()
    return completed(bytes(data.data()), info)  # with the subject and the language


def brief_image(content: ChartContent, today: datetime.date, width_px: int = 1240) -> QImage:
    """The page as a white A4 image `width_px` wide (1240 is 150 dots an inch)."""
    width = max(200, int(width_px))
    image = QImage(width, round(width * PAGE_HEIGHT_MM / PAGE_WIDTH_MM), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(logical_dpi() / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    margin = width * MARGIN_MM / PAGE_WIDTH_MM
    painter = QPainter(image)
    try:
        page = QRectF(margin, margin, width - 2 * margin, image.height() - 2 * margin)
        paint_brief(painter, page, content, today)
    finally:
        painter.end()
    return image


def print_brief(printer: QPrinter, content: ChartContent, today: datetime.date) -> bool:
    """Paint the brief on the printer's page, whatever its size; False if the printer
    could not be started."""
    printer.setResolution(logical_dpi())  # the chart's axes are recorded at this resolution
    printer.setDocName(chart_title(content))
    printer.setCreator(f"{APP_NAME} {version()}")
    page = QRectF(0, 0, printer.width(), printer.height())
    # Laid out before the painter starts the printer: a brief that cannot be made leaves
    # no half-printed page (nor, printing to a file, a half-written file).
    laid_out = _fitted(content, today, page.size())
    painter = QPainter(printer)
    if not painter.isActive():
        return False
    try:
        _paint_laid_out(painter, page, *laid_out)
    finally:
        painter.end()
    return True


def save_brief(path: str | os.PathLike[str], content: ChartContent, today: datetime.date) -> None:
    """Write the brief as a PDF, all or nothing; any other extension is an ExportError."""
    extension_of(path, BRIEF_EXTENSIONS)
    write_atomically(path, brief_pdf(content, today))
