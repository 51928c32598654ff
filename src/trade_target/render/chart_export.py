"""The trajectory chart as a file for a brief or a slide: PNG, SVG, or painted anywhere.

Everything is laid out once at a fixed logical size, in pixel-sized fonts, and the painter is
scaled to the target: a 200-pixel thumbnail, a 10 000-pixel poster, an SVG and a page of PDF
are the same picture, and text is drawn as text at the final size, never a scaled bitmap.
The chart is the one the window shows (TrajectoryChart), made off screen for the occasion.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem

from trade_target import APP_NAME, version
from trade_target.core import annualise
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Citation, Dataset, shown
from trade_target.core.errors import InputError
from trade_target.core.files.storage import write_atomically
from trade_target.core.files.table_export import extension_of
from trade_target.core.history import Series
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.outlook import Outlook
from trade_target.core.scenario import Summary
from trade_target.core.verdict import verdict_sentence
from trade_target.render import formatting, outlook_words
from trade_target.render.chart_extras import ChartExtras, reporter_of
from trade_target.render.charts.legend_row import LegendRow
from trade_target.render.charts.trajectory import INK, TrajectoryChart
from trade_target.render.formatting import published_words
from trade_target.render.overlay_choice import Overlay
from trade_target.render.svg_export import svg_drawing

LAYOUT_WIDTH = 1000.0  # logical pixels the whole chart is laid out in, whatever its real size
ASPECT = 0.6  # height ÷ width of an exported chart
PNG_WIDTH_MIN, PNG_WIDTH_MAX = 200, 10_000
MARGIN = 24.0
TITLE_PX, SUBTITLE_PX, FOOTNOTE_PX = 24, 15, 12.5
TICK_PX, AXIS_TITLE_PX, LEGEND_PX, LABEL_PX = 13, 14, 13, 13
MUTED = "#555555"
CHART_EXTENSIONS = (".png", ".svg")


@dataclass(frozen=True)
class ChartContent:
    """What to draw: one scenario's summary and figures, in a currency, with other scenarios'
    required paths beside it; the annual history and the outlook's fan when given
    (render.chart_extras.extras_for gathers them)."""

    summary: Summary
    dataset: Dataset
    currency: Currency
    name: str = ""
    overlays: tuple[Overlay, ...] = ()
    ticked: int | None = None  # other scenarios ticked, drawn or not (the chart says so)
    history: Series = ()  # US$ bn by year, the report the sums use
    outlook: Outlook | None = None

    @property
    def extras(self) -> ChartExtras:
        """The history and the fan, as the chart takes them."""
        return ChartExtras(self.history, reporter_of(self.summary, self.dataset), self.outlook)


def pixel_font(size: float, bold: bool = False) -> QFont:
    """A font sized in pixels, so it measures the same on a screen, an image and a page."""
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    # No “ﬁ” ligatures: a PDF reader's search and copy then find “figures” as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def amount_words(value: float, currency: Currency) -> str:
    """“US$10 billion”, “US$5.2 billion”: as few decimals as the value needs (up to two)."""
    decimals = next((d for d in (0, 1, 2) if math.isclose(value, round(value, d))), 2)
    return translate("ChartExport", "{symbol}{amount} billion").format(
        symbol=currency.symbol, amount=formatting.number(value, decimals)
    )


def target_words(content: ChartContent) -> str:
    currency = content.dataset.target.reported_currency or Currency.USD
    return amount_words(content.summary.inputs.target_value, currency)


def chart_title(content: ChartContent) -> str:
    return translate(
        "ChartExport", "Malaysia–Türkiye bilateral trade: the path to {target} by {year}"
    ).format(target=target_words(content), year=content.summary.target_year)


def chart_subtitle(content: ChartContent) -> str:
    """The verdict, the window's banner sentence, after the scenario's name if it has one."""
    sentence = verdict_sentence(content.summary, content.currency, content.outlook)
    if not content.name:
        return sentence
    return translate("ChartExport", "Scenario “{name}” · {verdict}").format(
        name=content.name, verdict=sentence
    )


def annualisation_words(summary: Summary, dataset: Dataset) -> str:
    """How the latest year's estimate was made, by the scenario's method."""
    if summary.latest_months >= 12:
        return translate("ChartExport", "{year} is a full-year figure.").format(
            year=summary.latest_year
        )
    if summary.annualisation is not Annualisation.RUN_RATE:
        return annualise.explanation(
            summary.estimate, summary.latest_partial_usd, summary.latest_months, summary.latest_year
        )
    return translate(
        "ChartExport",
        "{year} is estimated from {months} of 12 months by run-rate annualisation "
        "(× 12/{months}), seasonality not corrected.",
    ).format(year=summary.latest_year, months=summary.latest_months)


def citation_words(citation: Citation) -> str:
    """“News article, 8 January 2026: the visit.”: the source in one sentence."""
    return translate("ChartExport", "{kind}, {published}: {subject}.").format(
        kind=shown(citation.kind),
        published=published_words(citation),
        subject=shown(citation.subject),
    )


def source_words(dataset: Dataset) -> str:
    citation = dataset.citation
    attributed = translate("ChartExport", "Trade figures attributed to {source}.").format(
        source=shown(citation.trade_figures_attributed_to)
    )
    return f"{citation_words(citation)} {attributed}"


def assumption_words(summary: Summary, dataset: Dataset) -> str:
    years = summary.inputs.years_to_target
    rate_and_deadline = translate(
        "ChartExport",
        "Exchange rate RM{rate} per US$; target in %n year(s) ({base_year} → {target_year}), "
        "a deadline the source does not state;",
        None,
        years,
    ).format(
        rate=formatting.rate(summary.exchange_rate),
        base_year=summary.base_year,
        target_year=summary.target_year,
    )
    return f"{rate_and_deadline} {annualisation_words(summary, dataset)}"


def footnote(content: ChartContent) -> str:
    """The source and the assumptions, as printed under the chart; how the trend was taken
    from the history and what the fan rests on, when they are drawn."""
    lines = [
        translate("ChartExport", "Source: {source}").format(source=source_words(content.dataset)),
        translate("ChartExport", "Assumptions: {assumptions}").format(
            assumptions=assumption_words(content.summary, content.dataset)
        ),
    ]
    lines += outlook_words.footnote_lines(content.summary, content.dataset, content.outlook)
    lines.append(
        translate("ChartExport", "Made with {app} {version}.").format(
            app=APP_NAME, version=version()
        )
    )
    return "\n".join(lines)


def paint_chart(painter: QPainter, rect: QRectF, content: ChartContent) -> None:
    """Title, chart and footnote, filling `rect` (the chart's aspect follows the rect's)."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    scale = rect.width() / LAYOUT_WIDTH
    height = rect.height() / scale
    painter.save()
    try:
        painter.translate(rect.topLeft())
        painter.scale(scale, scale)
        painter.fillRect(QRectF(0, 0, LAYOUT_WIDTH, height), QColor("white"))
        inner = LAYOUT_WIDTH - 2 * MARGIN
        top = MARGIN
        for text, font, colour in (
            (chart_title(content), pixel_font(TITLE_PX, bold=True), INK),
            (chart_subtitle(content), pixel_font(SUBTITLE_PX), MUTED),
        ):
            top += _draw_wrapped(painter, QRectF(MARGIN, top, inner, height), text, font, colour)
            top += 4
        note_font = pixel_font(FOOTNOTE_PX)
        note = footnote(content)
        note_height = _text_height(note, note_font, inner)
        note_top = height - MARGIN * 0.75 - note_height
        plot_rect = QRectF(MARGIN * 0.5, top + 6, LAYOUT_WIDTH - MARGIN, note_top - top - 16)
        paint_plot(painter, plot_rect, content)
        _draw_wrapped(painter, QRectF(MARGIN, note_top, inner, note_height), note, note_font, MUTED)
    finally:
        painter.restore()


def _text_flags() -> int:
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _text_height(text: str, font: QFont, width: float) -> float:
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), _text_flags(), text).height()


def _draw_wrapped(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str) -> float:
    """Draw `text` wrapped to the rect's width; return the height it took."""
    painter.setFont(font)
    painter.setPen(QColor(colour))
    used = painter.boundingRect(rect, _text_flags(), text)
    painter.drawText(rect, _text_flags(), text)
    return used.height()


def lay_out_plot(size: QSizeF, content: ChartContent) -> TrajectoryChart:
    """The chart made off screen and laid out at `size` in pixel fonts, every label placed:
    what paint_plot draws (and what a test measures for overlaps)."""
    plot = TrajectoryChart()
    item = plot.plot_widget.getPlotItem()
    _use_pixel_fonts(item)
    item.setGeometry(QRectF(0, 0, size.width(), size.height()))
    plot.show_summary(
        content.summary,
        content.currency,
        content.name,
        content.overlays,
        content.ticked,
        content.extras,
    )
    _use_pixel_fonts(item)  # show_summary names things: its labels get the fonts too
    for _ in range(2):  # the legend's rows set the plot's height, the labels follow it
        item.layout.activate()
        plot.arrange()
    return plot


def paint_plot(painter: QPainter, rect: QRectF, content: ChartContent) -> None:
    """The plot alone (axes, axis titles, legend), laid out at the rect's size in the painter's
    coordinates; scale the painter to draw it larger. Vector on SVG and PDF devices."""
    if rect.width() < 50 or rect.height() < 50:
        return
    plot = lay_out_plot(rect.size(), content)  # owned here alone: it goes when this returns
    scene = plot.plot_widget.scene()
    device_scale = math.sqrt(abs(painter.combinedTransform().determinant())) or 1.0
    _prepare_for_export(scene.items(), device_scale)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(
            painter,
            rect,
            QRectF(0, 0, rect.width(), rect.height()),
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
    finally:
        painter.restore()


def _use_pixel_fonts(item: pg.PlotItem) -> None:
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setStyle(tickFont=pixel_font(TICK_PX))
        axis.setLabel(axis.labelText or None, **{"font-size": f"{AXIS_TITLE_PX}px", "color": INK})
    legend = item.legend
    if legend is not None:
        # On screen the legend keeps its size whatever the zoom; here it scales with the rest.
        legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        legend.opts["labelTextSize"] = f"{LEGEND_PX}px"
        for _, label in legend.items:
            label.setText(label.text, size=f"{LEGEND_PX}px", color=INK)
        if isinstance(legend, LegendRow):
            legend.reflow(force=True)  # as many columns as fit, in these fonts
    for child in item.scene().items():
        if isinstance(child, pg.TextItem):
            child.setFont(pixel_font(LABEL_PX))


def _prepare_for_export(items: list[QGraphicsItem], device_scale: float) -> None:
    """Draw every item afresh at the device's resolution, in vector form.

    pyqtgraph's pens are cosmetic (their width is in device pixels) and its markers are sized
    in device pixels, so both are widened by the device's scale to keep their look; cached
    pixmaps are turned off so that nothing is drawn as a bitmap.
    """
    options = {"antialias": True, "resolutionScale": device_scale}
    for child in items:
        child.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if isinstance(child, (pg.PlotCurveItem, pg.ScatterPlotItem)):
            pen = child.opts.get("pen")
            if isinstance(pen, QPen):
                child.setPen(_widened(pen, device_scale))
        elif isinstance(child, pg.AxisItem):
            child.setPen(_widened(child.pen(), device_scale))
            child.setTextPen(_widened(child.textPen(), device_scale))
        elif isinstance(child, pg.LegendItem):
            child.setPen(_widened(child.pen(), device_scale))
        if hasattr(child, "setExportMode"):
            child.setExportMode(True, options)


def _widened(pen: QPen, scale: float) -> QPen:
    wide = QPen(pen)
    if pen.isCosmetic():
        wide.setWidthF(max(pen.widthF(), 1.0) * scale)
    return wide


def logical_dpi() -> int:
    """The resolution pyqtgraph records its axes in (as QPicture): a device painted on must
    report the same, or replaying the axes rescales their text."""
    return QPicture().logicalDpiX()


def check_width(width_px: object) -> int:
    if (
        isinstance(width_px, bool)
        or not isinstance(width_px, int)
        or not PNG_WIDTH_MIN <= width_px <= PNG_WIDTH_MAX
    ):
        raise InputError(
            "width",
            translate(
                "ChartExport", "Chart width: enter whole pixels from {lowest} to {highest}."
            ).format(lowest=PNG_WIDTH_MIN, highest=PNG_WIDTH_MAX),
        )
    return width_px


def chart_image(content: ChartContent, width_px: int = 1600) -> QImage:
    """The chart on a white image exactly `width_px` wide."""
    width = check_width(width_px)
    image = QImage(width, max(1, round(width * ASPECT)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(logical_dpi() / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, image.width(), image.height()), content)
    finally:
        painter.end()
    return image


def chart_png(content: ChartContent, width_px: int = 1600) -> bytes:
    image = chart_image(content, width_px)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def chart_svg(content: ChartContent) -> bytes:
    """The chart as an SVG drawing, text as text, at the logical size."""
    size = QSize(round(LAYOUT_WIDTH), round(LAYOUT_WIDTH * ASPECT))
    return svg_drawing(
        size,
        logical_dpi(),
        chart_title(content),
        footnote(content),
        lambda painter: paint_chart(painter, QRectF(0, 0, size.width(), size.height()), content),
    )


def chart_file(path: str | os.PathLike[str], content: ChartContent, width_px: int = 1600) -> bytes:
    """The chart as PNG or SVG, chosen by the file's extension (ExportError for another)."""
    if extension_of(path, CHART_EXTENSIONS) == ".svg":
        return chart_svg(content)
    return chart_png(content, width_px)


def save_chart(path: str | os.PathLike[str], content: ChartContent, width_px: int = 1600) -> None:
    """Write the chart as PNG or SVG, chosen by the file's extension; all or nothing."""
    write_atomically(path, chart_file(path, content, width_px))
