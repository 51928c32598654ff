"""Chart files (PNG, SVG) and the one-page PDF brief, checked as a reader of the files would:
the PNG's size and ink, the SVG's text, the PDF's page and the numbers a PDF reader extracts.

The numbers are worked out here from the article's figures, not taken from the app. The
brief is also written to test-artifacts/brief.png for a person to look at, and to
docs/brief.png (shown in the README) when TRADE_TARGET_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import dataclasses
import datetime
import errno
import io
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
import xserver
from PySide6.QtGui import QImage

from trade_target import version
from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.storage import StorageError
from trade_target.core.files.table_export import ExportError
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.brief import brief_image, brief_pdf, print_brief, save_brief
from trade_target.render.chart_export import (
    ChartContent,
    chart_png,
    chart_svg,
    footnote,
    save_chart,
)
from trade_target.render.overlay_choice import Overlay

TODAY = datetime.date(2026, 1, 20)
RATE, YEARS = 4.05, 6
A4_POINTS = (595.276, 841.89)
TITLE = "Malaysia–Türkiye bilateral trade: the path to US$10 billion by 2030"

# Worked from the article: US$5.2 bn in 2024 to US$10 bn in 6 years; RM21.2 bn for 11
# months of 2025 at RM4.05 per US$, annualised by run-rate.
REQUIRED = (10 / 5.2) ** (1 / YEARS) - 1
OBSERVED = 21.2 / RATE * 12 / 11 / 5.2 - 1


def scenario() -> Scenario:
    source = Scenario.from_source("Deadline 2030 at RM4.05", load_default_dataset())
    return dataclasses.replace(source, exchange_rate=RATE, years_to_target=YEARS)


@pytest.fixture
def content(qapp) -> ChartContent:  # type: ignore[no-untyped-def]
    case = scenario()
    return ChartContent(case.summary(), case.dataset, Currency.USD, case.name)


def png_image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def colours(image: QImage, step: int = 3) -> set[int]:
    return {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(page.extract_text() for page in reader.pages)


def words(text: str) -> str:
    """Extracted PDF text with its tabs and line breaks as single spaces."""
    return " ".join(text.split())


def test_the_worked_numbers_are_those_of_the_product_brief() -> None:
    assert f"{REQUIRED * 100:.2f}" == "11.51"
    assert f"{OBSERVED * 100:.2f}" == "9.82"


# --- PNG ----------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [1600, 800])
def test_png_has_exactly_the_asked_width_and_is_drawn(content: ChartContent, width: int) -> None:
    data = chart_png(content) if width == 1600 else chart_png(content, width)
    image = png_image(data)
    assert image.width() == width
    assert image.height() == round(width * 0.6)
    assert len(colours(image)) > 50, "a blank or flat image"


def test_png_text_is_drawn_at_the_final_size_not_scaled_up(content: ChartContent) -> None:
    """A chart rasterised small and scaled up has soft, wide edges; drawn at size, the title's
    strokes are as sharp at 3200 pixels as at 1600: as many pure-ink pixels in proportion."""

    def ink_share(width: int) -> float:
        image = png_image(chart_png(content, width))
        band = image.copy(0, 0, width, round(width * 0.06))  # the title's strip
        pixels = [band.pixel(x, y) & 0xFFFFFF for y in range(band.height()) for x in range(width)]
        dark = sum(1 for p in pixels if p == 0x222222)
        grey = sum(1 for p in pixels if p not in (0x222222, 0xFFFFFF))
        return dark / max(1, dark + grey)

    assert ink_share(3200) >= ink_share(1600) * 0.9


@pytest.mark.parametrize("width", [199, 10_001, 0, -5, 1600.0, True])
def test_png_width_out_of_range_is_a_typed_error(content: ChartContent, width: object) -> None:
    with pytest.raises(InputError) as raised:
        chart_png(content, width)  # type: ignore[arg-type]
    assert raised.value.field == "width"
    assert "200" in raised.value.message and "10000" in raised.value.message


def test_png_at_the_extreme_widths(content: ChartContent) -> None:
    assert png_image(chart_png(content, 200)).width() == 200
    assert png_image(chart_png(content, 4000)).width() == 4000


# --- SVG ----------------------------------------------------------------------------------


def test_svg_parses_and_holds_the_title_and_axis_titles_as_text(content: ChartContent) -> None:
    root = ET.fromstring(chart_svg(content))
    assert root.tag.endswith("svg")
    text = " ".join(" ".join(element.itertext()) for element in root.iter() if element.text)
    assert TITLE in text
    assert "Year" in text
    assert "Bilateral trade (US$ billion)" in text
    assert not [e for e in root.iter() if e.tag.endswith("image")], "a bitmap in the drawing"


def test_svg_in_ringgit_says_so(content: ChartContent) -> None:
    ringgit = dataclasses.replace(content, currency=Currency.MYR)
    assert "Bilateral trade (RM billion)" in chart_svg(ringgit).decode("utf-8")


def test_footnote_gives_source_and_assumptions(content: ChartContent) -> None:
    note = footnote(content)
    assert "News article, 8 January 2026" in note  # the date in the chosen language
    assert "Wisma Putra" in note
    assert "RM4.05 per US$" in note
    assert "6 years" in note and "2030" in note
    assert "run-rate" in note and "11 of 12 months" in note


def test_chart_with_overlays_draws(content: ChartContent) -> None:
    other = Scenario.from_source("Article figures", load_default_dataset())
    overlaid = dataclasses.replace(content, overlays=(Overlay(1, other.name, other.summary()),))
    svg = chart_svg(overlaid).decode("utf-8")
    assert "Article figures — required path" in svg
    assert len(colours(png_image(chart_png(overlaid, 800)))) > 50


# --- PDF brief ----------------------------------------------------------------------------


def test_brief_pdf_is_one_a4_page_holding_the_key_numbers(content: ChartContent) -> None:
    data = brief_pdf(content, TODAY)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_POINTS[0], abs=1)
    assert float(box.height) == pytest.approx(A4_POINTS[1], abs=1)
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.creator == f"Trade Target {version()}"

    text = words(pdf_text(data))
    assert f"{REQUIRED * 100:.2f} %" in text
    assert f"{OBSERVED * 100:.2f} %" in text
    assert "2030" in text
    assert content.summary.status.words in text
    assert content.summary.status.words == "Needs acceleration"  # 9.82 ÷ 11.51 = 0.85
    assert "US$5.2 billion" in text
    assert "Is the US$10 billion target reachable, and what growth does it take?" in text
    assert version() in text
    assert "Wisma Putra" in text
    assert "official" in text, "ligatures would make “official” unsearchable"


def test_brief_pdf_trajectory_rows_are_worked_values(content: ChartContent) -> None:
    text = words(pdf_text(brief_pdf(content, TODAY)))
    for years in range(YEARS + 1):
        required = 5.2 * (1 + REQUIRED) ** years
        assert f"{2024 + years} {required:.2f} {required * RATE:.2f}" in text


def test_a_fifty_year_brief_still_fits_one_page(content: ChartContent) -> None:
    case = dataclasses.replace(scenario(), years_to_target=50)
    long = dataclasses.replace(content, summary=case.summary())
    data = brief_pdf(long, TODAY)
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    text = words(pdf_text(data))
    assert "2074 10.00 40.50" in text


def test_brief_image_is_a_page_for_a_person(content: ChartContent) -> None:
    image = brief_image(content, TODAY)
    assert image.width() == 1240
    assert image.height() == round(1240 * 297 / 210)
    assert len(colours(image, step=4)) > 50
    # Nothing is drawn in the margins (1.5 cm of 21 cm): nothing was cut or spilled.
    margin = int(1240 * 15 / 210) - 2
    for x, y in ((5, 5), (margin, image.height() // 2), (image.width() - margin, 400)):
        assert image.pixel(x, y) & 0xFFFFFF == 0xFFFFFF
    bottom = image.copy(0, image.height() - margin, image.width(), margin)
    assert colours(bottom) == {0xFFFFFFFF}

    xserver.ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(xserver.ARTIFACTS / "brief.png"))
    if os.environ.get("TRADE_TARGET_UPDATE_SCREENSHOT") == "1":
        assert image.save(str(xserver.ROOT / "docs" / "brief.png"))


def test_print_brief_paints_one_page(content: ChartContent, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_brief(printer, content, TODAY)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 1
    assert f"{REQUIRED * 100:.2f}" in reader.pages[0].extract_text()


# --- Saving -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["chart.PNG", "chart.svg"])
def test_save_chart_by_extension(content: ChartContent, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    save_chart(path, content, 800)
    data = path.read_bytes()
    if name.endswith(".PNG"):
        assert png_image(data).width() == 800
    else:
        assert ET.fromstring(data).tag.endswith("svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_save_brief_writes_a_pdf(content: ChartContent, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    save_brief(path, content, TODAY)
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("save", "name"),
    [
        (lambda path, content: save_chart(path, content), "chart.jpg"),
        (lambda path, content: save_chart(path, content), "chart"),
        (lambda path, content: save_brief(path, content, TODAY), "brief.png"),
    ],
)
def test_unknown_extension_is_a_typed_error_and_writes_nothing(
    content: ChartContent, tmp_path: Path, save: object, name: str
) -> None:
    with pytest.raises(ExportError) as raised:
        save(tmp_path / name, content)  # type: ignore[operator]
    assert isinstance(raised.value, TradeTargetError)
    assert name in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("save", "name"),
    [
        (lambda path, content: save_chart(path, content, 400), "chart.png"),
        (lambda path, content: save_chart(path, content), "chart.svg"),
        (lambda path, content: save_brief(path, content, TODAY), "brief.pdf"),
    ],
)
def test_a_full_disk_leaves_no_file_and_no_temporary(
    content: ChartContent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save: object,
    name: str,
) -> None:
    def full_disk(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StorageError) as raised:
        save(tmp_path / name, content)  # type: ignore[operator]
    monkeypatch.undo()
    assert "the disk is full" in raised.value.message
    assert list(tmp_path.iterdir()) == []
