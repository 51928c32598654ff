"""The verdict on the command line: the first line of `summary`'s text, and the line under
the title of `report`'s PDF brief, in English, Malay and Turkish; `--json` keeps its keys.

The sentences are written out here, their numbers worked from PRODUCT.md's formulas."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from cli_runs import run_main
from pypdf import PdfReader

RATE = 21.2 / 4.92
REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # +13.97 % a year to 2029
OBSERVED = 21.2 / RATE * 12 / 11 / 5.2 - 1  # +3.22 %
REACHED = 2025 + math.ceil(math.log(10 / (21.2 / RATE * 12 / 11)) / math.log(1 + OBSERVED))
CATCH_UP = (10 / (21.2 / RATE * 12 / 11)) ** (1 / 4) - 1  # +16.83 % a year from 2025 to 2029

VERDICTS = {
    "en": "Limited progress: the target needs +13.97 % a year to 2029; trade is growing +3.22 % "
    "a year and would reach US$10 bn in 2045, 16 years late. From the 2025 estimate, it now "
    "takes +16.83 % a year to 2029.",
    "ms": "Kemajuan terhad: sasaran memerlukan pertumbuhan +13.97 % setahun hingga 2029; "
    "perdagangan berkembang +3.22 % setahun dan akan mencapai US$10 bilion pada 2045, lewat "
    "16 tahun. Dari anggaran 2025, kini diperlukan pertumbuhan +16.83 % setahun hingga 2029.",
    "tr": "Sınırlı ilerleme: hedef, 2029 yılına kadar yılda +\u2060%13,97 büyüme gerektiriyor; "
    "ticaret yılda +\u2060%3,22 büyüyor ve US$10 milyar düzeyine 2045 yılında, 16 yıl geç "
    "ulaşacak. 2025 tahmininden 2029 yılına kadar artık yılda +\u2060%16,83 büyüme gerekiyor.",
}


def test_the_sentences_hold_the_worked_numbers() -> None:
    assert (f"{REQUIRED * 100:.2f}", f"{OBSERVED * 100:.2f}", REACHED) == ("13.97", "3.22", 2045)
    assert REACHED - 2029 == 16
    assert f"{CATCH_UP * 100:.2f}" == "16.83"


@pytest.mark.parametrize("lang", sorted(VERDICTS))
def test_the_summary_opens_with_the_verdict(capsys, lang: str) -> None:
    status, out, err = run_main(["summary", "--lang", lang], capsys)
    assert (status, err) == (0, "")
    first, second, *_ = out.splitlines()
    assert first == VERDICTS[lang].replace("\u2060", "")  # plain text: no joiners
    assert ":" in second and VERDICTS[lang] not in second  # then the labelled figures


def test_json_is_unchanged_by_the_verdict(capsys) -> None:
    status, out, _ = run_main(["summary", "--json"], capsys)
    assert status == 0
    data = json.loads(out)  # one JSON object: no sentence before it
    assert "verdict" not in data
    assert data["status"] == "limited_progress"


@pytest.mark.parametrize("lang", sorted(VERDICTS))
def test_the_brief_puts_the_verdict_under_its_title(tmp_path: Path, capsys, lang: str) -> None:
    out = tmp_path / f"brief-{lang}.pdf"
    status, _, err = run_main(["report", "--lang", lang, "--out", str(out)], capsys)
    assert (status, err) == (0, "")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    verdict = VERDICTS[lang].replace("\u2060", " ")  # a word joiner reads back as a gap
    assert verdict in text, text[:600]
    title = {"en": "Malaysia–Türkiye", "ms": "Malaysia–Türkiye", "tr": "Malezya–Türkiye"}[lang]
    question = {"en": "The question:", "ms": "Soalan:", "tr": "Soru:"}[lang]
    assert text.index(title) < text.index(verdict), "the title comes first"
    assert question in text
    assert text.index(verdict) < text.index(question), "the verdict opens the brief"
