"""The trajectory chart never hides its data: no label and no legend over a line, a marker,
another label or the plot's edge, in the window, the PNG and SVG files and the PDF brief.

Measured in the laid-out scene by chart_overlap.problems. The five cases found by outside
checks are run every time; the whole matrix (rates, deadlines, overlays, languages,
currencies, window and file widths) is marked slow.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from chart_overlap import problems
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QApplication

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_format import load_workbook
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render import chart_export
from trade_target.render.brief import brief_image, brief_pdf
from trade_target.render.chart_export import ChartContent, chart_png, chart_svg
from trade_target.render.charts.trajectory import TrajectoryChart
from trade_target.render.overlay_choice import Overlay
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "malaysia-turkey.tradetarget"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
TODAY = datetime.date(2026, 1, 20)
RATES = (3.5, 4.3089, 5.0)
YEARS = (1, 4, 5, 6, 50)
OTHERS = (0, 1, 3)
LANGUAGES = ("en", "ms", "tr")
CURRENCIES = (Currency.USD, Currency.MYR)
WINDOW_WIDTHS = (1024, 1366)
# The other scenarios that can be ticked beside the current one: (name, rate, years).
OTHER_SCENARIOS = (
    ("Deadline 2028 at RM4.05", 4.05, 4),
    ("Deadline 2030 at RM4.31", 4.31, 6),
    ("Ten years", 4.3089, 10),
)


def use_language(code: str) -> None:
    assert translations.use(code), f"the {code} translations are not compiled"


def _plot_problems(plot: TrajectoryChart) -> list[str]:
    return problems(plot.plot_widget.getPlotItem(), plot.legend)


# The window -------------------------------------------------------------------------------


def _workbook_document(current_rate: float, current_years: int) -> ScenarioDocument:
    """A document of the article's scenario (edited) and the other scenarios, none ticked."""
    document = ScenarioDocument(load_default_dataset())
    for name, rate, years in OTHER_SCENARIOS:
        document.add_scenario()
        document.edit_input("exchange_rate", rate)
        document.edit_input("years_to_target", years)
        document.rename_scenario(document.workbook.current, name)
    document.select_scenario(0)
    for index in range(1, len(OTHER_SCENARIOS) + 1):
        document.set_shown(index, False)
    document.edit_input("exchange_rate", current_rate)
    document.edit_input("years_to_target", current_years)
    return document


@pytest.fixture
def open_window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """Open a main window on a document at a size; closed after the test."""
    opened: list[MainWindow] = []

    def open_(document: ScenarioDocument, width: int, height: int = 768) -> MainWindow:
        window = MainWindow(document)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.showNormal()  # a small (headless) screen opens it maximised
        window.resize(width, height)
        settle(window)
        assert (window.width(), window.height()) == (width, height)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()


def settle(window: MainWindow) -> None:
    """Let the window lay itself out, as it does between a person's edits."""
    for _ in range(3):
        QApplication.processEvents()
    window.plot.plot_widget.getPlotItem().layout.activate()


def window_case(window: MainWindow, rate: float, years: int, others: int, currency: Currency):
    document = window.document
    document.edit_input("exchange_rate", rate)
    document.edit_input("years_to_target", years)
    for index in range(1, len(OTHER_SCENARIOS) + 1):
        if document.workbook.scenarios[index].shown != (index <= others):
            document.set_shown(index, index <= others)
    if document.currency is not currency:
        document.set_currency(currency)
    settle(window)
    return _plot_problems(window.plot)


def test_window_1280_by_742_keeps_the_trend_label_clear(open_window):
    window = open_window(ScenarioDocument(load_default_dataset()), 1280, 742)
    assert "+3.22 % a year" in window.plot.trend_label.toPlainText()
    assert window.plot.trend_label.isVisible()
    assert _plot_problems(window.plot) == []


def test_window_1024_wide_keeps_the_trend_label_clear(open_window):
    window = open_window(ScenarioDocument(load_default_dataset()), 1024, 742)
    assert window.plot.trend_label.isVisible()
    assert _plot_problems(window.plot) == []


def test_window_moving_away_keeps_the_falling_trend_clear(open_window, qtbot):
    window = open_window(ScenarioDocument(load_default_dataset()), 1280, 742)
    field = window.inputs_panel.fields["exchange_rate"].edit
    field.selectAll()
    qtbot.keyClicks(field, "5.0")
    settle(window)
    plot = window.plot
    assert "−11.05 % a year" in plot.trend_label.toPlainText()
    assert "2025 estimate" in plot.estimate_label.toPlainText()
    assert plot.trend_label.isVisible() and plot.estimate_label.isVisible()
    assert _plot_problems(plot) == []


def test_window_fifty_years_keeps_the_required_path_clear(open_window):
    window = open_window(_workbook_document(4.3089, 50), 1024)
    assert _plot_problems(window.plot) == []


def test_example_deadline_2028_with_two_other_scenarios(open_window, qtbot):
    """The example file's "Deadline 2028" scenario chosen and the other two ticked, as a
    person would: their end labels (+14.0 % and +11.5 %) must not run into each other."""
    document = ScenarioDocument(load_default_dataset())
    document.load(load_workbook(EXAMPLE))
    window = open_window(document, 1280, 742)
    panel = window.scenarios_panel
    panel.list.setCurrentIndex(panel.model.index(1))
    settle(window)
    assert document.workbook.current == 1
    shown = [scenario.shown for scenario in document.workbook.scenarios]
    assert shown == [True, True, True]
    labels = [slot.label.toPlainText() for slot in window.plot.overlay_items[:2]]
    assert labels == ["+14.0 % a year", "+11.5 % a year"]
    assert all(slot.label.isVisible() for slot in window.plot.overlay_items[:2])
    assert _plot_problems(window.plot) == []


def test_a_name_wider_than_the_chart_wraps_in_the_legend(open_window):
    document = ScenarioDocument(load_default_dataset())
    document.duplicate_scenario()
    long_name = ("Deadline 2028 with the ringgit at 4.05 and the tariff cuts " * 2)[:120]
    document.rename_scenario(1, long_name.strip())
    window = open_window(document, 1024)
    names = window.plot.legend_names()
    assert any(long_name.strip() in name for name in names), names
    assert _plot_problems(window.plot) == []


@pytest.mark.slow
@pytest.mark.parametrize("width", WINDOW_WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_window_matrix(open_window, language, width):
    use_language(language)
    window = open_window(_workbook_document(4.3089, 5), width)
    found = []
    for rate, years, others, currency in itertools.product(RATES, YEARS, OTHERS, CURRENCIES):
        for problem in window_case(window, rate, years, others, currency):
            found.append(
                f"rate {rate}, {years} years, {others} others, {currency.value}: {problem}"
            )
    assert found == []


# The files --------------------------------------------------------------------------------


@pytest.fixture
def laid_out(qapp, monkeypatch) -> list[tuple[TrajectoryChart, QRectF]]:  # type: ignore[no-untyped-def]
    """Every chart an export lays out, with the part of its scene that is drawn, kept to be
    measured after it is drawn."""
    kept: list[tuple[TrajectoryChart, QRectF]] = []
    original = chart_export.lay_out_plot

    def keep(size: QSizeF, content: ChartContent) -> TrajectoryChart:
        plot = original(size, content)
        kept.append((plot, QRectF(QPointF(0, 0), size)))
        return plot

    monkeypatch.setattr(chart_export, "lay_out_plot", keep)
    return kept


def content_for(
    rate: float, years: int, others: int, currency: Currency, name: str = "Article figures"
) -> ChartContent:
    dataset = load_default_dataset()
    source = Scenario.from_source(name, dataset)
    current = dataclasses.replace(source, exchange_rate=rate, years_to_target=years)
    overlays = tuple(
        Overlay(
            key,
            other,
            dataclasses.replace(source, name=other, exchange_rate=r, years_to_target=y).summary(),
        )
        for key, (other, r, y) in enumerate(OTHER_SCENARIOS[:others], start=1)
    )
    return ChartContent(current.summary(), dataset, currency, name, overlays)


def export(kind: str, content: ChartContent) -> None:
    if kind == "png800":
        chart_png(content, 800)
    elif kind == "png1600":
        chart_png(content, 1600)
    elif kind == "svg":
        chart_svg(content)
    else:
        brief_pdf(content, TODAY)


def export_problems(kind: str, content: ChartContent, laid_out: list) -> list[str]:
    laid_out.clear()
    export(kind, content)
    assert laid_out, f"the {kind} drew no chart"
    return [
        problem
        for plot, drawn in laid_out
        for problem in problems(plot.plot_widget.getPlotItem(), plot.legend, drawn)
    ]


def test_malay_brief_legend_fits_the_plot(laid_out):
    use_language("ms")
    content = content_for(4.3089, 5, 3, Currency.MYR)
    assert export_problems("brief", content, laid_out) == []
    ARTIFACTS.mkdir(exist_ok=True)
    brief_image(content, TODAY, 1240).save(str(ARTIFACTS / "brief-ms-no-overlap.png"))


@pytest.mark.parametrize("kind", ["png800", "png1600", "svg", "brief"])
def test_moving_away_keeps_the_falling_trend_clear_in_files(laid_out, kind):
    content = content_for(5.0, 5, 0, Currency.USD)
    assert export_problems(kind, content, laid_out) == []
    plot, _ = laid_out[-1]
    assert plot.trend_label.isVisible() and plot.estimate_label.isVisible()


def test_fifty_years_with_three_others_in_files(laid_out):
    content = content_for(4.3089, 50, 3, Currency.USD)
    assert export_problems("png1600", content, laid_out) == []
    assert export_problems("brief", content, laid_out) == []


def _pairwise_cases() -> list[tuple]:
    """A covering set: every pair of values of any two factors appears in some case, in far
    fewer cases than the full product (greedy pairwise selection, fixed order)."""
    factors = (RATES, YEARS, OTHERS, LANGUAGES, CURRENCIES, ("png800", "png1600", "svg", "brief"))
    uncovered = {
        (i, a, j, b)
        for i, j in itertools.combinations(range(len(factors)), 2)
        for a in factors[i]
        for b in factors[j]
    }
    cases = []
    candidates = list(itertools.product(*factors))
    while uncovered:

        def gain(case: tuple) -> int:
            return sum(
                (i, case[i], j, case[j]) in uncovered
                for i, j in itertools.combinations(range(len(case)), 2)
            )

        best = max(candidates, key=gain)
        cases.append(best)
        for i, j in itertools.combinations(range(len(best)), 2):
            uncovered.discard((i, best[i], j, best[j]))
    return sorted(cases, key=lambda case: LANGUAGES.index(case[3]))


@pytest.mark.slow
def test_files_matrix(laid_out):
    found = []
    for rate, years, others, language, currency, kind in _pairwise_cases():
        use_language(language)
        content = content_for(rate, years, others, currency)
        for problem in export_problems(kind, content, laid_out):
            found.append(
                f"{kind}, {language}, rate {rate}, {years} years, {others} others, "
                f"{currency.value}: {problem}"
            )
    assert found == []
