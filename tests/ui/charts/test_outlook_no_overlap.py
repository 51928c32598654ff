"""The no-overlap rule with the catch-up path, the annual history and the fan of chances on
the chart: no label and no legend over a line, a marker, another label or the plot's edge,
in the window at the laptop sizes and in the PNG, SVG and PDF files, in English, Malay and
Turkish. Measured by chart_overlap.problems, as test_chart_no_overlap does for the rest.

The history is the illustrative one of tests/illustrative_history.py (invented, not
statistics).
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator

import pytest
from chart_overlap import problems
from illustrative_history import with_history
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QApplication

from trade_target import translations
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render import chart_export
from trade_target.render.brief import brief_pdf
from trade_target.render.chart_export import ChartContent, chart_png, chart_svg
from trade_target.render.chart_extras import extras_for
from trade_target.render.charts.trajectory import TrajectoryChart
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

TODAY = datetime.date(2026, 1, 20)
LANGUAGES = ("en", "ms", "tr")
WINDOW_WIDTHS = (1024, 1366)
FILES = ("png800", "png1600", "svg", "brief")


def use_language(code: str) -> None:
    assert translations.use(code), f"the {code} translations are not compiled"


def _plot_problems(plot: TrajectoryChart) -> list[str]:
    return problems(plot.plot_widget.getPlotItem(), plot.legend)


# The window -------------------------------------------------------------------------------


@pytest.fixture
def history_window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """A window on the article's figures with the illustrative history, at a laptop size."""
    opened: list[MainWindow] = []

    def open_(width: int, height: int = 768) -> MainWindow:
        window = MainWindow(ScenarioDocument(with_history()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.showNormal()
        window.resize(width, height)
        settle(window)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()


def settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.plot.plot_widget.getPlotItem().layout.activate()


def window_case(window: MainWindow, years: int, currency: Currency) -> list[str]:
    document = window.document
    document.edit_input("years_to_target", years)
    if document.currency is not currency:
        document.set_currency(currency)
    settle(window)
    return _plot_problems(window.plot)


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_with_the_history_and_the_fan(history_window, language):
    use_language(language)
    window = history_window(1024)
    plot = window.plot
    names = plot.legend_names()
    assert len(names) == 8, names  # the five of the scenario, catch-up, history, fan
    assert plot.catch_up_label.isVisible() and plot.fan_outer.isVisible()
    assert len(plot.history.data) == 9  # 2015–2023: before the base year
    assert _plot_problems(plot) == []


@pytest.mark.slow
@pytest.mark.parametrize("width", WINDOW_WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_window_matrix_with_the_history_and_the_fan(history_window, language, width):
    use_language(language)
    window = history_window(width)
    found = []
    for years, currency in itertools.product((1, 4, 5, 6, 50), (Currency.USD, Currency.MYR)):
        for problem in window_case(window, years, currency):
            found.append(f"{years} years, {currency.value}: {problem}")
    assert found == []


# The files --------------------------------------------------------------------------------


@pytest.fixture
def laid_out(qapp, monkeypatch) -> list[tuple[TrajectoryChart, QRectF]]:  # type: ignore[no-untyped-def]
    """Every chart an export lays out, with the part of its scene that is drawn."""
    kept: list[tuple[TrajectoryChart, QRectF]] = []
    original = chart_export.lay_out_plot

    def keep(size: QSizeF, content: ChartContent) -> TrajectoryChart:
        plot = original(size, content)
        kept.append((plot, QRectF(QPointF(0, 0), size)))
        return plot

    monkeypatch.setattr(chart_export, "lay_out_plot", keep)
    return kept


def content_with_history(years: int = 5, currency: Currency = Currency.USD) -> ChartContent:
    dataset = with_history()
    case = Scenario.from_source("Article figures", dataset).with_input("years_to_target", years)
    summary = case.summary()
    extras = extras_for(summary, dataset)
    return ChartContent(
        summary,
        dataset,
        currency,
        case.name,
        history=extras.history,
        outlook=extras.outlook,
    )


def export_problems(kind: str, content: ChartContent, laid_out: list) -> list[str]:
    laid_out.clear()
    if kind == "png800":
        chart_png(content, 800)
    elif kind == "png1600":
        chart_png(content, 1600)
    elif kind == "svg":
        chart_svg(content)
    else:
        brief_pdf(content, TODAY)
    assert laid_out, f"the {kind} drew no chart"
    return [
        problem
        for plot, drawn in laid_out
        for problem in problems(plot.plot_widget.getPlotItem(), plot.legend, drawn)
    ]


@pytest.mark.parametrize("kind", FILES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_files_with_the_history_and_the_fan(laid_out, language, kind):
    use_language(language)
    content = content_with_history()
    assert export_problems(kind, content, laid_out) == []
    plot, _ = laid_out[-1]
    assert plot.catch_up_label.isVisible()


@pytest.mark.slow
def test_files_matrix_with_the_history_and_the_fan(laid_out):
    found = []
    for language, years, currency, kind in itertools.product(
        LANGUAGES, (1, 4, 6, 50), (Currency.USD, Currency.MYR), FILES
    ):
        use_language(language)
        content = content_with_history(years, currency)
        for problem in export_problems(kind, content, laid_out):
            found.append(f"{kind}, {language}, {years} years, {currency.value}: {problem}")
    assert found == []
