"""The chart with other scenarios' required paths drawn beside the current one."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import Qt

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario
from trade_target.render.charts.trajectory import BLUE, ORANGE, VERMILLION
from trade_target.render.overlay_choice import Overlay
from trade_target.ui.charts.trajectory import TrajectoryPlot

# The article's figures, written out here rather than taken from the code.
BASE_YEAR = 2024
BASE_USD = 5.2
TARGET_USD = 10.0
ARTICLE_RATE = 21.2 / 4.92  # RM per US$ implied by the 2025 figure in both currencies

FIXED = (
    "Required path — Article",
    "At observed trend",
    "Target",
    "2024 reported",
    "2025 estimate (run-rate, 11 of 12 months)",
    "Catch-up from 2025",  # (10 / 5.367)^(1/4) − 1 from the estimate: the article falls short
)


def expected_path(rate: float, years: int, currency: Currency) -> list[float]:
    """base × (1 + g)^t with g = (target / base)^(1 / years) − 1, in `currency`."""
    growth = (TARGET_USD / BASE_USD) ** (1 / years) - 1
    scale = 1.0 if currency is Currency.USD else rate
    return [BASE_USD * scale * (1 + growth) ** t for t in range(years + 1)]


@pytest.fixture(scope="module")
def article() -> Scenario:
    return Scenario.from_source("Article", load_default_dataset())


def variant(article: Scenario, name: str, **changes: float | int) -> Scenario:
    return dataclasses.replace(article, name=name, **changes)


@pytest.fixture
def plot(qtbot) -> TrajectoryPlot:
    widget = TrajectoryPlot()
    widget.resize(900, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def overlays_of(*keyed: tuple[int, Scenario]) -> list[Overlay]:
    return [Overlay(key, scenario.name, scenario.summary()) for key, scenario in keyed]


def test_legend_entries_come_and_go_with_the_overlays(plot, article):
    weak = variant(article, "Weak ringgit", exchange_rate=4.6)
    longer = variant(article, "Eight years", years_to_target=8)
    summary = article.summary()

    plot.show_summary(summary, Currency.USD, "Article")
    assert plot.legend_names() == ["Required path", *FIXED[1:]]

    plot.show_summary(summary, Currency.USD, "Article", overlays_of((1, weak), (2, longer)))
    assert plot.legend_names() == [
        *FIXED,
        "Weak ringgit — required path",
        "Eight years — required path",
    ]

    plot.show_summary(summary, Currency.USD, "Article", overlays_of((2, longer)))
    assert plot.legend_names() == [*FIXED, "Eight years — required path"]
    assert plot.overlay_items[0].path.isVisible()
    assert not plot.overlay_items[1].path.isVisible()
    assert not plot.overlay_items[1].label.isVisible()

    plot.show_summary(summary, Currency.USD, "Article")
    assert plot.legend_names() == ["Required path", *FIXED[1:]]
    assert not any(items.path.isVisible() for items in plot.overlay_items)

    # Back again: the pooled items are reused, not made anew.
    pool = list(plot.overlay_items)
    plot.show_summary(summary, Currency.USD, "Article", overlays_of((1, weak), (2, longer)))
    assert plot.overlay_items == pool
    assert plot.legend_names()[-2:] == [
        "Weak ringgit — required path",
        "Eight years — required path",
    ]


@pytest.mark.parametrize("currency", [Currency.USD, Currency.MYR])
def test_overlay_curves_are_the_overlays_required_paths(plot, article, currency):
    weak = variant(article, "Weak ringgit", exchange_rate=4.6, years_to_target=4)
    longer = variant(article, "Eight years", years_to_target=8)
    overlays = overlays_of((1, weak), (2, longer))
    plot.show_summary(article.summary(), currency, "Article", overlays)

    for items, overlay, (rate, years) in zip(
        plot.overlay_items, overlays, [(4.6, 4), (ARTICLE_RATE, 8)], strict=True
    ):
        xs, ys = items.path.getData()
        assert list(xs) == list(range(BASE_YEAR, BASE_YEAR + years + 1))
        expected = expected_path(rate, years, currency)
        assert ys == pytest.approx(expected, rel=1e-4)  # the dataset rounds its implied rate
        usd = currency is Currency.USD
        own = [row.required_usd if usd else row.required_myr for row in overlay.summary.trajectory]
        assert list(ys) == own
        points_x, points_y = items.points.getData()
        assert list(points_x) == list(xs) and list(points_y) == list(ys)


def test_each_overlay_has_its_own_colour(plot, article):
    overlays = overlays_of(
        *((key, variant(article, f"Case {key}", years_to_target=3 + key)) for key in range(1, 4))
    )
    plot.show_summary(article.summary(), Currency.USD, "Article", overlays)
    colours = [items.path.opts["pen"].color().name().upper() for items in plot.overlay_items]
    assert len(set(colours)) == 3
    assert not set(colours) & {BLUE, ORANGE, VERMILLION}
    assert plot.required.opts["pen"].color().name().upper() == BLUE
    for items, colour in zip(plot.overlay_items, colours, strict=True):
        assert items.points.opts["brush"].color().name().upper() == colour
        assert items.path.opts["pen"].widthF() == 2

    # The colour follows the scenario (its key), not its place in the list.
    plot.show_summary(article.summary(), Currency.USD, "Article", overlays[2:])
    assert plot.overlay_items[0].path.opts["pen"].color().name().upper() == colours[2]


def test_growth_rate_is_written_at_the_end_of_each_overlay(plot, article):
    longer = variant(article, "Eight years", years_to_target=8)
    plot.show_summary(article.summary(), Currency.USD, "Article", overlays_of((1, longer)))
    growth = (TARGET_USD / BASE_USD) ** (1 / 8) - 1
    label = plot.overlay_items[0].label
    assert label.textItem.toPlainText() == f"+{growth * 100:.1f} % a year"
    assert (label.pos().x(), label.pos().y()) == pytest.approx((2032, TARGET_USD))


def test_axes_cover_the_overlays(plot, article):
    view = plot.plot_widget.getPlotItem().getViewBox()
    plot.show_summary(article.summary(), Currency.MYR, "Article")
    (_, right), (_, top) = view.viewRange()
    # A weaker ringgit makes the same dollar target a larger ringgit sum.
    weak = variant(article, "Weak ringgit", exchange_rate=5.5, years_to_target=12)
    plot.show_summary(article.summary(), Currency.MYR, "Article", overlays_of((1, weak)))
    (_, new_right), (_, new_top) = view.viewRange()
    highest = max(expected_path(5.5, 12, Currency.MYR))
    assert math.isclose(highest, TARGET_USD * 5.5, rel_tol=1e-9)
    assert top < highest <= new_top <= highest * 1.25
    assert right < BASE_YEAR + 12 <= new_right


def test_an_overlays_target_is_drawn_only_when_it_differs(plot, article):
    same_target = variant(article, "Eight years", years_to_target=8)
    plot.show_summary(article.summary(), Currency.USD, "Article", overlays_of((1, same_target)))
    assert not plot.overlay_items[0].target.isVisible()

    weak = variant(article, "Weak ringgit", exchange_rate=4.6)
    plot.show_summary(article.summary(), Currency.MYR, "Article", overlays_of((1, weak)))
    target = plot.overlay_items[0].target
    assert target.isVisible()
    _, ys = target.getData()
    assert list(ys) == pytest.approx([TARGET_USD * 4.6] * 2)
    pen = target.opts["pen"]
    assert pen.style() == Qt.PenStyle.DotLine and pen.widthF() < 2


def test_readout_adds_each_overlays_value(plot, article):
    longer = variant(article, "Eight years", years_to_target=8)
    shorter = variant(article, "Three years", years_to_target=3)
    overlays = overlays_of((1, longer), (2, shorter))
    plot.show_summary(article.summary(), Currency.USD, "Article", overlays)

    eight = BASE_USD * (TARGET_USD / BASE_USD) ** (3 / 8)
    three = TARGET_USD  # 2027 is the end of the three-year path
    text = plot.readout_for_year(2027)
    assert text.startswith("2027: required US$")
    assert text.endswith(f" · Eight years: US${eight:.2f} bn · Three years: US${three:.2f} bn")

    # Past the current path's end only the longer path has a value.
    late = BASE_USD * (TARGET_USD / BASE_USD) ** (7 / 8)
    assert plot.readout_for_year(2031) == f"2031: Eight years: US${late:.2f} bn"
    assert plot.readout_for_year(2040) == ""


def test_unchanged_overlays_are_not_redrawn(plot, article, monkeypatch):
    # Paths that end in other years than the current's, so no label has to make room.
    longer = variant(article, "Eight years", years_to_target=8)
    weak = variant(article, "Weak ringgit", exchange_rate=4.6, years_to_target=4)

    def show(current: Scenario) -> None:
        overlays = overlays_of((1, longer), (2, weak))
        plot.show_summary(current.summary(), Currency.MYR, "Article", overlays)

    show(article)
    calls: list[str] = []

    def spy(item: object, method: str) -> None:
        original = getattr(item, method)

        def record(*args: object, **kwargs: object) -> object:
            calls.append(f"{type(item).__name__}.{method}")
            return original(*args, **kwargs)

        monkeypatch.setattr(item, method, record)

    for items in plot.overlay_items:
        for item in (items.path, items.points, items.target):
            spy(item, "setData")
            spy(item, "setPen")
            spy(item, "setVisible")
        for method in ("setText", "setPos", "setAnchor", "setColor"):
            spy(items.label, method)
    spy(plot.required, "setData")

    show(article)  # the same scenarios, summarised afresh (equal, not identical)
    assert calls == []

    # Editing the current scenario redraws its own path and none of the overlays'.
    show(variant(article, "Article", years_to_target=6))
    assert calls == ["PlotCurveItem.setData"]


def test_names_are_shown_as_typed_not_as_markup(plot, article):
    odd = variant(article, "Tariffs <5% & <b>quotas</b>", years_to_target=7)
    plot.show_summary(article.summary(), Currency.USD, "A & B", overlays_of((1, odd)))
    assert plot.legend_names()[0] == "Required path — A & B"
    assert plot.legend_names()[-1] == "Tariffs <5% & <b>quotas</b> — required path"
    assert "&lt;b&gt;" in plot.legend.getLabel(plot.overlay_items[0].path).text
    plot.readout.setText(plot.readout_for_year(2030))
    assert plot.readout.textFormat() == Qt.TextFormat.PlainText
    assert "Tariffs <5% & <b>quotas</b>: US$" in plot.readout.text()
