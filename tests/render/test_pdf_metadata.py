"""The brief's PDF says what it is: title, subject, author, creating app and language.

Read back as an archive or a screen reader would, with poppler's `pdfinfo` (the document
information, and with -meta the XMP stream) and with pypdf (the same, and the catalog's
/Lang), in English, Malay and Turkish. The titles and questions are written out here as
the translators worded them.
"""

from __future__ import annotations

import datetime
import io
import subprocess
from pathlib import Path

import pypdf
import pytest
from xserver import require_programs

from trade_target import translations, version
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.brief import brief_pdf, print_brief, save_brief
from trade_target.render.chart_export import ChartContent
from trade_target.render.pdf_metadata import DocumentInfo, completed

TODAY = datetime.date(2026, 1, 20)
APP = "Trade Target"
EXPECTED = {
    "en": (
        "Malaysia–Türkiye bilateral trade: the path to US$10 billion by 2029",
        "Is the US$10 billion target reachable, and what growth does it take?",
    ),
    "ms": (
        "Perdagangan dua hala Malaysia–Türkiye: laluan ke US$10 bilion menjelang 2029",
        "Bolehkah sasaran US$10 bilion dicapai, dan berapakah pertumbuhan yang diperlukan?",
    ),
    "tr": (
        "Malezya–Türkiye ikili ticareti: 2029 yılına kadar US$10 milyar hedefine giden yol",
        "US$10 milyar hedefine ulaşılabilir mi ve bunun için ne kadar büyüme gerekir?",
    ),
}


@pytest.fixture
def content(qapp) -> ChartContent:  # type: ignore[no-untyped-def]
    scenario = Scenario.from_source("Article figures", load_default_dataset())
    return ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)


def _pdfinfo(path: Path, *options: str) -> str:
    require_programs({"pdfinfo": "poppler-utils"}, "reading a PDF's metadata")
    result = subprocess.run(
        ["pdfinfo", *options, str(path)], capture_output=True, text=True, timeout=30, check=True
    )
    assert result.stderr == "", result.stderr  # no complaint about the file's structure
    return result.stdout


def _fields(report: str) -> dict[str, str]:
    fields = {}
    for line in report.splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_the_brief_carries_its_metadata(content, tmp_path: Path, code: str) -> None:
    assert translations.use(code)
    title, subject = EXPECTED[code]
    path = tmp_path / f"brief-{code}.pdf"
    save_brief(path, content, TODAY)

    info = _fields(_pdfinfo(path))
    assert info["Title"] == title
    assert info["Subject"] == subject
    assert info["Author"] == APP
    assert info["Creator"] == f"{APP} {version()}"
    assert info["Pages"] == "1"
    xmp = _pdfinfo(path, "-meta")
    assert f"<dc:language><rdf:Bag><rdf:li>{code}</rdf:li></rdf:Bag></dc:language>" in xmp

    reader = pypdf.PdfReader(path, strict=True)
    assert reader.metadata is not None
    assert reader.metadata.title == title
    assert reader.metadata.subject == subject
    assert reader.metadata.author == APP
    assert reader.metadata.creator == f"{APP} {version()}"
    assert reader.trailer["/Root"]["/Lang"] == code
    assert reader.xmp_metadata is not None
    assert reader.xmp_metadata.dc_language == [code]
    assert reader.xmp_metadata.dc_title == {"x-default": title}
    assert reader.xmp_metadata.dc_description == {"x-default": subject}
    text = " ".join(reader.pages[0].extract_text().split())
    assert subject in text  # the page itself is whole


def test_the_printed_brief_names_its_document_and_creator(content, tmp_path: Path) -> None:
    """A printer takes no subject or language; printed to a PDF, title and creator stay."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_brief(printer, content, TODAY)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert reader.metadata is not None
    assert reader.metadata.title == EXPECTED["en"][0]
    assert reader.metadata.creator == f"{APP} {version()}"


def test_an_unexpected_pdf_is_left_as_it_is() -> None:
    """The update only touches the structure Qt writes; anything else passes unchanged."""
    info = DocumentInfo(title="T", subject="S", language="en")
    for data in (
        b"",
        b"%PDF-1.4\nnot a pdf",
        b"%PDF-1.4\ntrailer\n<<\n/Size 3\n>>\nstartxref\n9\n%%EOF\n",
    ):
        assert completed(data, info) == data


def test_the_update_keeps_qts_bytes_and_adds_a_section(content) -> None:
    data = brief_pdf(content, TODAY)
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    assert reader.metadata is not None and reader.metadata.subject == EXPECTED["en"][1]
    assert data.count(b"%%EOF") == 2  # Qt's file, then the update after it
    first_end = data.index(b"%%EOF") + len(b"%%EOF\n")
    assert b"/Subject" not in data[:first_end]
    assert b"/Lang (en)" in data[first_end:]
