"""The verdict in what the window exports: the chart's subtitle (after the scenario's name)
and the line under the brief's title, in the chart's currency and the chosen language.

The sentences are written out here, their numbers worked from PRODUCT.md's formulas."""

from __future__ import annotations

import dataclasses
import datetime
import io
import math

import pypdf
import pytest

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.brief import brief_pdf
from trade_target.render.chart_export import ChartContent, chart_subtitle, chart_svg

TODAY = datetime.date(2026, 1, 20)
RATE, YEARS = 4.05, 6
REQUIRED = (10 / 5.2) ** (1 / YEARS) - 1  # +11.51 % a year to 2030
LATEST = 21.2 / RATE * 12 / 11
OBSERVED = LATEST / 5.2 - 1  # +9.82 %
REACHED = 2025 + math.ceil(math.log(10 / LATEST) / math.log(1 + OBSERVED))  # 2031
CATCH_UP = (10 / LATEST) ** (1 / (2030 - 2025)) - 1  # +11.86 % a year from the estimate
# Trade falls short, so the verdict goes on to what it takes from the latest estimate.
CATCH_UP_EN = f" From the 2025 estimate, it now takes +{CATCH_UP * 100:.2f} % a year to 2030."

VERDICTS = {
    "en": "Needs acceleration: the target needs +11.51 % a year to 2030; trade is growing "
    "+9.82 % a year and would reach RM40.5 bn in 2031, 1 year late.",
    "ms": "Perlu dipercepatkan: sasaran memerlukan pertumbuhan +11.51 % setahun hingga 2030; "
    "perdagangan berkembang +9.82 % setahun dan akan mencapai RM40.5 bilion pada 2031, lewat "
    "1 tahun.",
    "tr": "Hızlanma gerekli: hedef, 2030 yılına kadar yılda +\u2060%11,51 büyüme gerektiriyor; "
    "ticaret yılda +\u2060%9,82 büyüyor ve RM40,5 milyar düzeyine 2031 yılında, 1 yıl geç "
    "ulaşacak.",
}


def content(name: str = "Deadline 2030 at RM4.05") -> ChartContent:
    source = Scenario.from_source(name, load_default_dataset())
    case = dataclasses.replace(source, exchange_rate=RATE, years_to_target=YEARS)
    return ChartContent(case.summary(), case.dataset, Currency.MYR, name)


def words(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_worked_numbers() -> None:
    assert (f"{REQUIRED * 100:.2f}", f"{OBSERVED * 100:.2f}") == ("11.51", "9.82")
    assert (REACHED, REACHED - 2030, f"{10 * RATE:.1f}") == (2031, 1, "40.5")
    assert f"{CATCH_UP * 100:.2f}" == "11.86"


def test_the_subtitle_is_the_scenario_then_the_verdict(qapp) -> None:
    assert (
        chart_subtitle(content())
        == f"Scenario “Deadline 2030 at RM4.05” · {VERDICTS['en']}{CATCH_UP_EN}"
    )


def test_without_a_name_the_subtitle_is_the_verdict_alone(qapp) -> None:
    unnamed = dataclasses.replace(content(), name="")  # a chart of no named scenario
    assert chart_subtitle(unnamed) == VERDICTS["en"] + CATCH_UP_EN


def test_the_svg_carries_the_verdicts_words(qapp) -> None:
    svg = chart_svg(content()).decode("utf-8")
    for piece in ("Needs acceleration:", "+11.51 %", "RM40.5 bn", "1 year late."):
        assert piece in svg


@pytest.mark.parametrize("code", sorted(VERDICTS))
def test_the_brief_opens_with_the_verdict(qapp, code: str) -> None:
    if code != "en":
        assert translations.use(code)
    text = words(brief_pdf(content(), TODAY))
    verdict = VERDICTS[code].replace("\u2060", " ")  # a word joiner reads back as a gap
    assert verdict in text, text[:600]
    byline = {"en": "Brief of", "ms": "Nota taklimat bertarikh", "tr": "tarihli bilgi notu"}[code]
    title_end = {"en": "by 2030", "ms": "menjelang 2030", "tr": "giden yol"}[code]
    assert text.index(title_end) < text.index(verdict), "directly under the title"
    assert text.index(verdict) < text.index(byline), "before the brief's date and scenario"
