"""The SVG chart is drawn alike by every program: lines in page coordinates with ordinary
stroke widths (no `vector-effect`, no matrix that stretches a line), fonts named down to the
generic `sans-serif`, and librsvg's rendering of the file matching the PNG export pixel by
pixel, for several charts and in every language.

librsvg ignores `vector-effect`, as LibreOffice does; a file that relied on it comes out
with lines as wide bands, which the comparison sees. Each case's SVG and librsvg's
rendering are written to test-artifacts/svg-export/ for a person to look at.
"""

from __future__ import annotations

import dataclasses
import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import numpy as np
import pytest
import xserver
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render import svg_export
from trade_target.render.chart_export import (
    ChartContent,
    chart_png,
    chart_svg,
    chart_title,
    footnote,
)
from trade_target.render.overlay_choice import Overlay
from trade_target.render.svg_export import svg_drawing

SVG = "{http://www.w3.org/2000/svg}"
SHAPES = {"path", "polyline", "polygon", "line", "rect", "circle", "ellipse"}
ARTIFACTS = xserver.ARTIFACTS / "svg-export"
# The bar: on average under 3 % of full scale apart, and no 32×32 block a third.
MEAN_LIMIT, BLOCK_LIMIT, BLOCK = 0.03, 1 / 3, 32


def article(**changes: object) -> Scenario:
    return dataclasses.replace(Scenario.from_source("Article", load_default_dataset()), **changes)


def content_of(scenario: Scenario, currency: Currency = Currency.USD) -> ChartContent:
    return ChartContent(scenario.summary(), scenario.dataset, currency, scenario.name)


def with_overlays() -> ChartContent:
    late = article(name="Deadline 2032", years_to_target=8)
    dear = article(name="At RM4.70", exchange_rate=4.70)
    current = article(name="Deadline 2030", years_to_target=6)
    overlays = tuple(Overlay(key, s.name, s.summary()) for key, s in ((1, late), (2, dear)))
    return dataclasses.replace(content_of(current), overlays=overlays)


CASES: dict[str, Callable[[], ChartContent]] = {
    "defaults": lambda: content_of(article()),
    "falling-trend": lambda: content_of(article(exchange_rate=5.0)),
    "fifty-years": lambda: content_of(article(years_to_target=50)),
    "ringgit": lambda: content_of(article(), Currency.MYR),
    "overlays": with_overlays,
}


@pytest.fixture(params=["en", "ms", "tr"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The chart in each language (conftest's english_again puts English back)."""
    code: str = request.param
    if code != "en":
        assert translations.use(code), f"the {code} translations are not compiled"
    yield code


# --- reading the SVG as a renderer would ----------------------------------------------------


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


def parse_matrix(text: str | None) -> Matrix:
    if not text:
        return IDENTITY
    match = re.fullmatch(r"\s*matrix\(([^)]*)\)\s*", text)
    assert match, f"a transform other than matrix(): {text}"
    values = tuple(float(v) for v in re.split(r"[\s,]+", match.group(1).strip()))
    assert len(values) == 6
    return values  # type: ignore[return-value]


def times(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    g, h, i, j, k, m = inner
    return (
        a * g + c * h,
        b * g + d * h,
        a * i + c * j,
        b * i + d * j,
        a * k + c * m + e,
        b * k + d * m + f,
    )


def is_uniform(matrix: Matrix) -> bool:
    """Scales lengths equally in every direction (turns and mirrors allowed)."""
    a, b, c, d, _, _ = matrix
    x_axis, y_axis = math.hypot(a, b), math.hypot(c, d)
    return math.isclose(x_axis, y_axis, rel_tol=1e-4) and abs(a * c + b * d) <= 1e-4 * x_axis**2


def drawn(
    root: ET.Element,
) -> Iterator[tuple[ET.Element, dict[str, str], Matrix]]:
    """Every element with the presentation attributes it inherits and its whole transform."""

    def walk(
        element: ET.Element, inherited: dict[str, str], matrix: Matrix
    ) -> Iterator[tuple[ET.Element, dict[str, str], Matrix]]:
        attributes = {**inherited, **element.attrib}
        matrix = times(matrix, parse_matrix(element.get("transform")))
        yield element, attributes, matrix
        for child in element:
            yield from walk(child, attributes, matrix)

    yield from walk(root, {}, IDENTITY)


def local(element: ET.Element) -> str:
    return element.tag.removeprefix(SVG)


def stroked_shapes(root: ET.Element) -> list[tuple[ET.Element, dict[str, str], Matrix]]:
    return [
        (element, attributes, matrix)
        for element, attributes, matrix in drawn(root)
        if local(element) in SHAPES and attributes.get("stroke", "none") != "none"
    ]


def vertices(path_data: str) -> list[tuple[float, float]]:
    numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", path_data)]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


# --- the file itself ------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(CASES))
def test_lines_are_in_page_coordinates_with_ordinary_widths(qapp, case: str) -> None:
    root = ET.fromstring(chart_svg(CASES[case]()))
    assert len(stroked_shapes(root)) > 20, "too few lines: the chart was not drawn"
    for element, attributes, matrix in drawn(root):
        if local(element) not in SHAPES:
            continue
        described = f"{local(element)} {attributes.get('d', attributes.get('points', ''))[:60]}"
        assert attributes.get("vector-effect", "none") == "none", described
        assert is_uniform(matrix), f"{described} is stretched by {matrix}"
        if attributes.get("stroke", "none") != "none":
            scale = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
            width = float(attributes.get("stroke-width", "1")) * scale
            assert 0.5 <= width <= 5, f"{described}: a stroke {width} page units wide"


def test_the_required_path_is_drawn_where_its_values_put_it(qapp) -> None:
    """The article's defaults: US$5.2 bn in 2024 to US$10 bn in 2029, so year i of the
    required path is 5.2 × (10/5.2)^(i/5). In page coordinates the years are evenly spaced
    and the heights linear in the values, to a hundredth of a pixel."""
    root = ET.fromstring(chart_svg(CASES["defaults"]()))
    segments = [
        vertices(attributes.get("d", "") + " " + attributes.get("points", ""))
        for _, attributes, matrix in stroked_shapes(root)
        if attributes["stroke"].lower() == "#0072b2"
        and float(attributes["stroke-width"]) == 2.5
        and matrix == IDENTITY
    ]
    # The legend's sample of the line is level; every piece of the path climbs.
    points = sorted(
        {point for segment in segments if segment[0][1] != segment[-1][1] for point in segment}
    )
    assert len(points) == 6, points
    values = [5.2 * (10 / 5.2) ** (i / 5) for i in range(6)]
    xs = [x for x, _ in points]
    step = (xs[-1] - xs[0]) / 5
    assert step > 50  # a year is well over fifty units of a 1000-wide page
    for i, x in enumerate(xs):
        assert x == pytest.approx(xs[0] + i * step, abs=0.01)
    (_, top), (_, first) = points[-1], points[0]
    per_billion = (first - top) / (values[-1] - values[0])
    for (_, y), value in zip(points, values, strict=True):
        assert y == pytest.approx(first - (value - values[0]) * per_billion, abs=0.01)


@pytest.mark.parametrize("case", ["defaults", "overlays"])
def test_every_font_list_ends_in_the_generic_sans_serif(qapp, language: str, case: str) -> None:
    root = ET.fromstring(chart_svg(CASES[case]()))
    texts = [attributes for element, attributes, _ in drawn(root) if local(element) == "text"]
    assert len(texts) > 20
    assert all("font-family" in attributes for attributes in texts)
    for element, _, _ in drawn(root):
        if "font-family" in element.attrib:
            families = [f.strip().strip("'\"") for f in element.attrib["font-family"].split(",")]
            assert families[-1] == "sans-serif", element.attrib["font-family"]
            assert all(families), element.attrib["font-family"]


def test_the_file_is_valid_xml_with_the_charts_title_and_description(qapp) -> None:
    content = CASES["defaults"]()
    root = ET.fromstring(chart_svg(content))
    assert local(root) == "svg"
    assert root.get("viewBox") == "0 0 1000 600"
    assert root.findtext(f"{SVG}title") == chart_title(content)
    assert root.findtext(f"{SVG}desc") == footnote(content)


# --- rendered by librsvg, compared with the PNG export --------------------------------------


def pixels(image: QImage) -> np.ndarray:
    """The image's red, green and blue as an array of shape (height, width, 3), 0 to 255."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = rows.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4)[:, :, :3].astype(np.float64)


def difference(first: QImage, second: QImage) -> tuple[float, float]:
    """The mean absolute difference and the largest mean over a 32×32 block, as fractions
    of full scale."""
    assert (first.width(), first.height()) == (second.width(), second.height())
    apart = np.abs(pixels(first) - pixels(second)).mean(axis=2) / 255
    rows, columns = apart.shape[0] // BLOCK, apart.shape[1] // BLOCK
    blocks = apart[: rows * BLOCK, : columns * BLOCK].reshape(rows, BLOCK, columns, BLOCK)
    return float(apart.mean()), float(blocks.mean(axis=(1, 3)).max())


def rendered_by_librsvg(svg: bytes, size: QSize, name: str) -> QImage:
    xserver.require_programs({"rsvg-convert": "librsvg2-bin"}, "rendering the SVG chart")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    source, target = ARTIFACTS / f"{name}.svg", ARTIFACTS / f"{name}-librsvg.png"
    source.write_bytes(svg)
    subprocess.run(
        [
            "rsvg-convert",
            f"--width={size.width()}",
            f"--height={size.height()}",
            "--background-color=white",
            f"--output={target}",
            str(source),
        ],
        check=True,
        timeout=60,
    )
    image = QImage(str(target))
    assert not image.isNull(), f"librsvg wrote no image to {target}"
    return image


def png_image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def assert_drawn_alike(content: ChartContent, width: int, name: str) -> None:
    png = png_image(chart_png(content, width))
    rendering = rendered_by_librsvg(chart_svg(content), png.size(), name)
    mean, worst_block = difference(png, rendering)
    assert mean < MEAN_LIMIT and worst_block < BLOCK_LIMIT, (
        f"{name}: librsvg's rendering differs from the PNG export by {mean:.1%} on average, "
        f"{worst_block:.1%} in the worst 32×32 block (see {ARTIFACTS})"
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_librsvg_draws_the_svg_as_the_png_export_looks(qapp, case: str) -> None:
    assert_drawn_alike(CASES[case](), 1000, case)


@pytest.mark.parametrize("language", ["ms", "tr"], indirect=True)
@pytest.mark.parametrize("case", ["defaults", "overlays"])
def test_librsvg_draws_it_alike_in_malay_and_turkish(qapp, language: str, case: str) -> None:
    assert_drawn_alike(CASES[case](), 1000, f"{case}-{language}")


def test_librsvg_draws_it_alike_at_the_default_png_width(qapp) -> None:
    """Scaled up to the PNG export's default 1600 pixels, the widths still agree: the PNG
    widens its pixel-wide pens with the size, and the SVG's strokes scale with the page."""
    assert_drawn_alike(CASES["overlays"](), 1600, "overlays-1600")


def test_the_comparison_sees_lines_drawn_as_bands(qapp) -> None:
    """The bar is not slack: the same chart with its lines ten times too wide fails it."""
    content = CASES["defaults"]()
    png = png_image(chart_png(content, 1000))
    svg = re.sub(
        rb'stroke-width="2\.5"', b'stroke-width="25"', chart_svg(content)
    )  # the required and trend lines
    rendering = rendered_by_librsvg(svg, png.size(), "bands")
    mean, worst_block = difference(png, rendering)
    assert worst_block > BLOCK_LIMIT, (mean, worst_block)


# --- the page-coordinate device on its own --------------------------------------------------


def drawing(paint: Callable[[QPainter], None]) -> ET.Element:
    return ET.fromstring(svg_drawing(QSize(200, 100), 96, "t", "d", paint))


def test_a_pixel_wide_line_under_a_stretching_transform_is_mapped_not_stretched(qapp) -> None:
    def paint(painter: QPainter) -> None:
        painter.scale(100, 10)  # x stretched ten times more than y
        pen = QPen(QColor("red"), 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(QLineF(0.5, 1, 1.5, 9))

    ((_, attributes, matrix),) = stroked_shapes(drawing(paint))
    assert matrix == IDENTITY
    assert float(attributes["stroke-width"]) == 2
    assert vertices(attributes.get("d", "") + attributes.get("points", "")) == [(50, 10), (150, 90)]


def test_a_page_wide_pen_under_a_stretching_transform_becomes_its_filled_outline(qapp) -> None:
    """A non-cosmetic pen stretched one way is wider one way: no stroke can say that, so its
    outline is filled, as Qt draws it on an image."""

    def paint(painter: QPainter) -> None:
        painter.scale(10, 1)
        painter.setPen(QPen(QColor("blue"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QLineF(1, 50, 19, 50))

    root = drawing(paint)
    assert not stroked_shapes(root)
    ((outline, _, _),) = [
        (e, a, m) for e, a, m in drawn(root) if local(e) in SHAPES and a.get("fill") == "#0000ff"
    ]
    ys = {y for _, y in vertices(outline.get("d", ""))}
    xs = {x for x, _ in vertices(outline.get("d", ""))}
    assert (min(xs), max(xs), min(ys), max(ys)) == (10, 190, 48, 52)


def test_turned_text_keeps_its_turn_and_its_size(qapp) -> None:
    def paint(painter: QPainter) -> None:
        font = QFont()
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.translate(20, 90)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), "Bilateral trade")

    ((text, attributes, matrix),) = [x for x in drawn(drawing(paint)) if local(x[0]) == "text"]
    assert text.text and "Bilateral trade" in text.text
    assert float(attributes["font-size"]) == 14
    assert is_uniform(matrix) and matrix[1] == pytest.approx(-1) and matrix[4:] == (20, 90)


def test_a_failure_while_painting_is_raised_to_the_caller(qapp, monkeypatch) -> None:
    """Qt calls the device's engine; what goes wrong there comes back as an exception from
    svg_drawing, never a half-drawn file or a crash."""

    def broken(pen: QPen, transform: object) -> QPen:
        raise RuntimeError("broken pen")

    monkeypatch.setattr(svg_export, "ordinary_pen", broken)
    with pytest.raises(RuntimeError, match="broken pen"):
        drawing(lambda painter: painter.drawRect(QRectF(1, 1, 10, 10)))


def test_the_device_measures_as_the_svg_page(qapp) -> None:
    sizes: list[tuple[int, int, int]] = []
    drawing(
        lambda p: sizes.append((p.device().width(), p.device().height(), p.device().logicalDpiX()))
    )
    assert sizes == [(200, 100, 96)]
