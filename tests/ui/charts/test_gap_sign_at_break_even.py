"""At the break-even rate the gap between observed and required growth is zero, left by
floating-point sums as about ±1e-16: it is written "+0.00", never "−0.00", in the Exchange
rate tab's caption and chart and in the brief's year-by-year table (issue 14)."""

from __future__ import annotations

import datetime
import math
import re

from PySide6.QtWidgets import QLabel
from test_axis_decimal_mark import open_tab

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render import brief_content
from trade_target.render.chart_export import ChartContent

# Where observed growth, 21.2 × 12/11 ÷ 5.2 ÷ rate − 1, equals the required (10/5.2)^(1/5) − 1.
BREAK_EVEN = 21.2 * 12 / 11 / 5.2 / (10 / 5.2) ** (1 / 5)


def tiny_negative_gap_rate() -> float:
    """The first rate above the break-even whose computed gap is below zero (a few ulps)."""
    scenario = Scenario.from_source("Article figures", load_default_dataset())
    rate = BREAK_EVEN
    for _ in range(64):
        summary = scenario.with_input("exchange_rate", rate).summary()
        gap = summary.observed_growth - summary.required_growth
        if -1e-12 < gap < 0 and any(-1e-12 < row.gap_usd < 0 for row in summary.trajectory):
            return rate
        rate = math.nextafter(rate, math.inf)
    raise AssertionError("no rate near the break-even leaves a tiny negative gap")


def test_the_caption_and_the_gap_label_write_a_zero_gap_without_a_minus(qtbot, window):
    rate = tiny_negative_gap_rate()
    window.document.edit_input("exchange_rate", rate)
    open_tab(qtbot, window, "sensitivityPage")
    panel = window.sensitivity_panel
    caption = window.findChild(QLabel, "sensitivityCaption").text()
    assert "(a gap of +0.00 percentage points)" in caption, caption
    gap_label = panel.chart.gap_label.toPlainText()
    assert gap_label in ("", "Gap +0.00 percentage points"), gap_label
    assert "−0.00" not in caption and "−0.00" not in gap_label


def test_the_briefs_table_writes_a_zero_gap_without_a_minus(qapp):
    rate = tiny_negative_gap_rate()
    scenario = Scenario.from_source("Article figures", load_default_dataset())
    scenario = scenario.with_input("exchange_rate", rate)
    content = ChartContent(scenario.summary(), scenario.dataset, Currency.USD, scenario.name)
    text = brief_content.brief_html(content, datetime.date(2026, 1, 20), "chart")
    assert "−0.00" not in text
    # Every year's gap cell: the base year's and the five after it, all zero to two decimals.
    assert len(re.findall(r">\+0\.00</td>", text)) >= 6
