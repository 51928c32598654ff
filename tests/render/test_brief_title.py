"""The brief's title never leaves the year, or any one word, alone on its last line.

The title is laid out as the page lays it out (the brief's document at its layout width,
in its title font) in English, Malay and Turkish, for a few targets and deadlines; each
line is read back from Qt's text layout.
"""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtGui import QFontMetricsF, QTextDocument

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render import brief, brief_content
from trade_target.render.balanced_lines import SLACK, balanced_lines
from trade_target.render.chart_export import ChartContent, chart_title, pixel_font

TODAY = datetime.date(2026, 1, 20)


def _content(years: int, target: float) -> ChartContent:
    source = Scenario.from_source("Article figures", load_default_dataset())
    scenario = source.with_input("years_to_target", years).with_input("target_value", target)
    return ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)


def _title_lines(document: QTextDocument) -> list[str]:
    """The first paragraph's lines as the document's layout broke them."""
    block = document.begin()
    layout = block.layout()
    text = block.text()
    lines = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    return [" ".join(line.replace("\u2028", " ").split()) for line in lines]


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
@pytest.mark.parametrize(("years", "target"), [(5, 10.0), (6, 10.0), (21, 12.5)])
def test_the_title_keeps_more_than_the_year_on_its_last_line(
    qapp, code: str, years: int, target: float
) -> None:
    assert translations.use(code)
    content = _content(years, target)
    document = brief._document(content, TODAY, brief.LAYOUT_WIDTH)
    lines = _title_lines(document)
    title = chart_title(content)
    assert " ".join(lines) == " ".join(title.split()), lines  # every word, in order
    year = str(2024 + years)
    assert year in title
    if len(lines) > 1:
        last = lines[-1]
        assert last != year and len(last.split()) >= 2, f"a lone last line: {lines}"
        # Balanced: the last line is no mere tail of the one before.
        metrics = QFontMetricsF(pixel_font(brief_content.TITLE_PX, bold=True))
        widths = [metrics.horizontalAdvance(line) for line in lines]
        assert widths[-1] >= 0.5 * max(widths), lines


def test_balancing_moves_words_down_to_a_lone_last_word(qapp) -> None:
    """Wrapped greedily at this width the year would be alone; balanced, it is not."""
    font = pixel_font(20, bold=True)
    metrics = QFontMetricsF(font)
    text = "Bilateral trade: the path to the target by 2029"
    width = metrics.horizontalAdvance("Bilateral trade: the path to the target by") + SLACK + 1
    assert metrics.horizontalAdvance(text) > width - SLACK  # two lines are needed
    lines = balanced_lines(text, font, width)
    assert len(lines) == 2
    assert lines[-1] != "2029" and len(lines[-1].split()) >= 3, lines
    assert all(metrics.horizontalAdvance(line) <= width - SLACK for line in lines)


def test_a_title_that_fits_stays_on_one_line(qapp) -> None:
    font = pixel_font(20, bold=True)
    assert balanced_lines("The path to 2029", font, 680) == ["The path to 2029"]
    # A no-break space holds its words together.
    assert balanced_lines("path to US$10\u00a0billion", font, 1) == [
        "path",
        "to",
        "US$10\u00a0billion",
    ]
