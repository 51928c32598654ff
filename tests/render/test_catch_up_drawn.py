"""The catch-up path on the chart, in the chart's file and in the brief: from the latest
estimate to the target in the target year, at the growth still needed.

The article's worked example (issue 19): from the 2025 estimate, US$5.367 bn, to US$10 bn by
2029 takes (10 / 5.367)^(1/4) − 1 = 16.83 % a year, so the path's points are
(10 / L)^(k/4) × L for k = 0 … 4, with L = 21.2 / 4.3089 × 12/11 worked out here.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
import re

import pytest
from illustrative_history import LATEST, with_history

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.history import TrendChoice, TrendMethod
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.brief_content import brief_html
from trade_target.render.chart_export import ChartContent, chart_subtitle, footnote
from trade_target.render.chart_extras import extras_for
from trade_target.render.charts.trajectory import TrajectoryChart

TODAY = datetime.date(2026, 1, 20)
RATE = 21.2 / 4.92  # the default: the rate the article implies, 4.3089
CATCH_UP = (10 / LATEST) ** (1 / 4) - 1


def article(**changes: object) -> Scenario:
    return dataclasses.replace(Scenario.from_source("Article", load_default_dataset()), **changes)


@pytest.fixture
def chart(qtbot) -> TrajectoryChart:  # type: ignore[no-untyped-def]
    plot = TrajectoryChart()
    plot.resize(900, 520)
    qtbot.addWidget(plot)
    return plot


def test_the_worked_numbers() -> None:
    assert round(LATEST, 3) == 5.367
    assert f"{CATCH_UP * 100:.2f}" == "16.83"


def test_the_path_runs_from_the_estimate_to_the_target(chart: TrajectoryChart) -> None:
    chart.show_summary(article().summary(), Currency.USD)
    years, values = chart.catch_up_path.getData()
    assert list(years) == [2025, 2026, 2027, 2028, 2029]
    expected = [(10 / LATEST) ** (k / 4) * LATEST for k in range(5)]
    assert list(values) == pytest.approx(expected, rel=1e-9)
    assert values[0] == pytest.approx(5.367, abs=5e-4) and values[-1] == pytest.approx(10)
    assert chart.catch_up_label.toPlainText() == "+16.83 % a year"
    where = chart.catch_up_label.pos()
    assert (where.x(), where.y()) == pytest.approx((2029, 10))
    assert "Catch-up from 2025" in chart.legend_names()


def test_in_ringgit_the_path_is_at_the_exchange_rate(chart: TrajectoryChart) -> None:
    chart.show_summary(article().summary(), Currency.MYR)
    _, values = chart.catch_up_path.getData()
    expected = [(10 / LATEST) ** (k / 4) * LATEST * RATE for k in range(5)]
    assert list(values) == pytest.approx(expected, rel=1e-9)
    assert chart.catch_up_label.toPlainText() == "+16.83 % a year"  # a rate has no currency


def test_its_own_style_dash_dotted_in_the_set_left_free(chart: TrajectoryChart) -> None:
    pen = chart.catch_up_path.opts["pen"]
    taken = {chart.required.opts["pen"].color().name(), chart.trend.opts["pen"].color().name()}
    taken.add(chart.target.opts["pen"].color().name())
    assert pen.color().name() not in taken
    assert pen.style().name == "DashDotLine"


@pytest.mark.parametrize(
    "changes",
    [
        {"years_to_target": 1},  # the target year is the latest year: no year left
        {"exchange_rate": 1.0},  # RM21.2 bn at RM1 per US$ is over US$23 bn: already met
    ],
    ids=["no-year-left", "met"],
)
def test_absent_when_there_is_no_catch_up(chart: TrajectoryChart, changes: dict) -> None:
    chart.show_summary(article().summary(), Currency.USD)
    assert len(chart.catch_up_path.getData()[0]) == 5
    summary = article(**changes).summary()
    assert summary.catch_up_growth is None
    chart.show_summary(summary, Currency.USD)
    years, _ = chart.catch_up_path.getData()
    assert years is None or len(years) == 0
    assert not any(name.startswith("Catch-up") for name in chart.legend_names())
    assert not chart.catch_up_label.isVisible() or not chart.catch_up_label.toPlainText()


@pytest.mark.parametrize(
    ("code", "name"), [("ms", "Kejar dari 2025"), ("tr", "2025 yılından telafi")]
)
def test_named_in_the_legend_in_each_language(qapp, code: str, name: str) -> None:
    assert translations.use(code)
    plot = TrajectoryChart()
    plot.show_summary(article().summary(), Currency.USD)
    assert name in plot.legend_names()


# The chart's file and the brief ----------------------------------------------------------


def with_outlook() -> ChartContent:
    dataset = with_history()
    case = dataclasses.replace(
        Scenario.from_source("Article", dataset), trend=TrendChoice(TrendMethod.LOG_LINEAR)
    )
    summary = case.summary()
    extras = extras_for(summary, dataset)
    assert extras.outlook is not None
    return ChartContent(
        summary, dataset, Currency.USD, "", history=extras.history, outlook=extras.outlook
    )


def brief_words(content: ChartContent) -> str:
    text = re.sub(r"<[^>]+>", " ", brief_html(content, TODAY, "chart"))
    return " ".join(html.unescape(text).split())


def test_the_brief_gives_the_catch_up_growth_with_its_sum(qapp) -> None:
    case = article()
    words = brief_words(ChartContent(case.summary(), case.dataset, Currency.USD))
    assert "Catch-up growth +16.83 % a year = (US$10.00 bn ÷ US$5.367 bn)^(1/4) − 1" in words
    assert "from the 2025 estimate to 2029" in words
    assert "Chance of reaching the target" not in words  # no history, no chance


def test_the_brief_says_the_chance_and_the_years_it_passes(qapp) -> None:
    content = with_outlook()
    found = content.outlook
    assert found is not None
    words = brief_words(content)
    percent = f"{round(found.chance * 100)} %"
    sentence = f"At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is {percent}."
    assert sentence in words
    assert f"Chance of reaching the target {percent} — {sentence}" in words
    assert f"The chance passes 50 % in {found.year_half} and 90 % in {found.year_most}." in words
    # The trend is taken from the history: its method is named.
    assert "by log-linear fit over the window, 2015–2024, Malaysia's report" in words


def test_the_charts_file_names_the_fans_assumptions(qapp) -> None:
    content = with_outlook()
    note = footnote(content)
    assert "Observed trend: log-linear fit over the window, 2015–2024, Malaysia's report." in note
    assert "log-normal random walk from the 2025 value" in note
    assert "of the 9 year-on-year log growths of 2015–2024" in note
    assert "the bands hold 25–75 % and 10–90 % of its paths" in note
    assert "the chance of reaching US$10 bn by 2029 is" in chart_subtitle(content)
    plain = article()
    plain_note = footnote(ChartContent(plain.summary(), plain.dataset, Currency.USD))
    assert "Chance bands" not in plain_note and "Observed trend" not in plain_note
