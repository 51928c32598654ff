"""The annual history and the fan of chances on the trajectory chart.

The history is the illustrative one of tests/illustrative_history.py (invented numbers, not
statistics). Its μ and σ, the normal quantiles and so the fan's band edges
L·exp(kμ ± zσ√k) are worked out there with the standard library, not by the app.
"""

from __future__ import annotations

import dataclasses

import pytest
from illustrative_history import (
    ARTICLE_RATE,
    DEVIATION,
    MEAN,
    VALUES,
    Z75,
    Z90,
    band_edge,
    chance,
    with_history,
)
from PySide6.QtCore import QSizeF

from trade_target import translations
from trade_target.core.history import AnnualRecord
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.chart_export import ChartContent, footnote, lay_out_plot
from trade_target.render.chart_extras import NO_EXTRAS, extras_for
from trade_target.render.charts.trajectory import TrajectoryChart
from trade_target.render.overlay_choice import Overlay

FAN_NAME = "Chance bands from the 2015–2024 volatility: 25–75 %, 10–90 %"


def article_with_history() -> Scenario:
    return Scenario.from_source("Article", with_history())


@pytest.fixture
def chart(qtbot) -> TrajectoryChart:  # type: ignore[no-untyped-def]
    plot = TrajectoryChart()
    plot.resize(900, 560)
    qtbot.addWidget(plot)
    return plot


def show(chart: TrajectoryChart, currency: Currency = Currency.USD) -> None:
    case = article_with_history()
    summary = case.summary()
    chart.show_summary(summary, currency, extras=extras_for(summary, case.dataset))


def test_the_outlook_rests_on_the_worked_volatility(qapp) -> None:
    case = article_with_history()
    found = extras_for(case.summary(), case.dataset).outlook
    assert found is not None
    assert found.volatility.mean == pytest.approx(MEAN, rel=1e-12)
    assert found.volatility.deviation == pytest.approx(DEVIATION, rel=1e-12)
    assert found.chance == pytest.approx(chance(4), rel=1e-9)


@pytest.mark.parametrize("currency", [Currency.USD, Currency.MYR])
def test_the_fans_band_edges(chart: TrajectoryChart, currency: Currency) -> None:
    show(chart, currency)
    rate = 1.0 if currency is Currency.USD else ARTICLE_RATE
    outer_low, outer_high, inner_low, inner_high = (
        curve.getData() for curve in (*chart.fan_outer.curves, *chart.fan_inner.curves)
    )
    years = list(outer_low[0])
    assert years == [2025, 2026, 2027, 2028, 2029]
    for (_, values), z in (
        (outer_low, -Z90),
        (outer_high, Z90),
        (inner_low, -Z75),
        (inner_high, Z75),
    ):
        expected = [band_edge(k, z) * rate for k in range(5)]
        assert list(values) == pytest.approx(expected, rel=1e-9)
    assert outer_low[1][0] == outer_high[1][0]  # no width at the latest estimate


def test_the_fan_lies_under_the_required_paths(chart: TrajectoryChart) -> None:
    case = article_with_history()
    summary = case.summary()
    other = Overlay(1, "Six years", dataclasses.replace(case, years_to_target=6).summary())
    extras = extras_for(summary, case.dataset)
    chart.show_summary(summary, Currency.USD, "Article", (other,), extras=extras)
    for fill in (chart.fan_outer, chart.fan_inner):
        assert fill.isVisible()
        assert fill.zValue() < chart.required.zValue()
        assert fill.zValue() < chart.overlay_items[0].path.zValue()
        assert 0 < fill.brush().color().alpha() < 128  # a light fill: the lines show through
    assert FAN_NAME in chart.legend_names()


def test_the_history_before_the_base_year_as_points(chart: TrajectoryChart) -> None:
    show(chart, Currency.MYR)
    data = chart.history.data
    points = sorted(zip(data["x"], data["y"], strict=True))
    assert [year for year, _ in points] == list(range(2015, 2024))  # 2024 is the reported square
    for year, value in points:
        assert value == pytest.approx(VALUES[int(year)] * ARTICLE_RATE, rel=1e-12)
    left, _ = chart.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert left <= 2014.5
    assert "Annual history (Malaysia's report)" in chart.legend_names()


def test_the_legend_reads_in_order(chart: TrajectoryChart) -> None:
    show(chart)
    assert chart.legend_names() == [
        "Required path",
        "At observed trend",
        "Target",
        "2024 reported",
        "2025 estimate (run-rate, 11 of 12 months)",
        "Catch-up from 2025",
        "Annual history (Malaysia's report)",
        FAN_NAME,
    ]


def test_without_an_outlook_no_fan_and_no_history(chart: TrajectoryChart) -> None:
    show(chart)
    case = article_with_history()
    chart.show_summary(case.summary(), Currency.USD, extras=NO_EXTRAS)
    for curve in (*chart.fan_outer.curves, *chart.fan_inner.curves):
        years, _ = curve.getData()
        assert years is None or len(years) == 0
    assert len(chart.history.data) == 0
    names = chart.legend_names()
    assert FAN_NAME not in names and not any("history" in name for name in names)


def test_a_history_too_short_for_a_chance_draws_no_fan(qapp) -> None:
    short = tuple(AnnualRecord(year, VALUES[year], reporter="MYS") for year in range(2020, 2025))
    dataset = dataclasses.replace(with_history(), history=short)  # 4 growths: fewer than 5
    case = Scenario.from_source("Article", dataset)
    extras = extras_for(case.summary(), dataset)
    assert extras.outlook is None and len(extras.history) == 5
    content = ChartContent(case.summary(), dataset, Currency.USD, history=extras.history)
    plot = lay_out_plot(QSizeF(900, 500), content)
    assert FAN_NAME not in plot.legend_names()
    assert "Annual history (Malaysia's report)" in plot.legend_names()


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("ms", "Jalur peluang daripada kemeruapan 2015–2024: 25–75 %, 10–90 %"),
        ("tr", "2015–2024 oynaklığından olasılık bantları: %25–75, %10–90"),
    ],
)
def test_the_fan_is_named_in_each_language(chart: TrajectoryChart, code: str, name: str) -> None:
    assert translations.use(code)
    show(chart)
    assert name in chart.legend_names()


def test_the_charts_footnote_gives_the_volatility(qapp) -> None:
    case = article_with_history()
    extras = extras_for(case.summary(), case.dataset)
    content = ChartContent(
        case.summary(), case.dataset, Currency.USD, history=extras.history, outlook=extras.outlook
    )
    note = footnote(content)
    assert f"μ = +{MEAN * 100:.2f} %" in note
    assert f"σ = {DEVIATION * 100:.2f} %" in note
