"""The exchange-rate and the monthly charts never hide their data: whatever the rate, the
range shown, the years to target, the language, the currency and the window's width, no label
and no legend covers a line, a marker, a bar, another label or the plot's edge, as measured
on the laid-out chart by chart_overlap.problems. The legend sits under the plot, and each
label beside what it names.

The whole matrix is slow (twelve windows, some three hundred charts); the fast tests take one
language and width and the extreme inputs. Neither chart has an export of its own.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from importlib import resources

import pyqtgraph as pg
import pytest
from chart_overlap import problems
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QLineEdit, QSplitter

from trade_target import translations
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.ui.charts import monthly as monthly_plot
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.main_window import MainWindow

RATES = (3.5, 4.3089, 5.0)  # RM per US$: the default range's ends and the article's rate
RANGES = ((3.5, 5.0), (4.25, 4.35))  # the default range, and a narrow one round 4.3089
YEARS = (1, 5, 50)
CURRENCIES = ("USD", "MYR")
WIDTHS = (1024, 1366)
LANGUAGES = ("en", "ms", "tr")
HEIGHT = 768
BESIDE = 12.0  # pixels: a label beside a vertical line starts or ends this close to it
NEAR = 60.0  # pixels: the break-even label is at most this far from its marker


def break_even(years: int) -> float:
    """The rate at which RM21.2 bn for Jan–Nov 2025 (× 12/11) grows from US$5.2 bn at
    exactly the required (10/5.2)^(1/years) − 1 a year."""
    return 21.2 * 12 / 11 / 5.2 / (10 / 5.2) ** (1 / years)


def settle(qtbot) -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(1)


@pytest.fixture
def window_in(qtbot) -> Callable[[str, int], MainWindow]:
    """A main window speaking a language, at a width and 768 high, on the article's figures."""

    def make(code: str, width: int) -> MainWindow:
        assert translations.use(code), f"the {code} translations are not compiled"
        window = MainWindow(ScenarioDocument(load_default_dataset()))
        qtbot.addWidget(window)
        # The offscreen screen is small: the window would open maximised on it.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(width, HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert window.width() == width
        return window

    return make


def open_tab(qtbot, window: MainWindow, page: str) -> None:
    """Click the chart tab whose page is named `page`, as a person would."""
    tabs = window.charts
    index = next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == page)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    settle(qtbot)


def paste_into(qtbot, edit: QLineEdit, value: float) -> None:
    """Replace the field's text with `value`, written as the language writes numbers."""
    text = f"{value:g}".replace(".", QLocale().decimalPoint())
    if edit.text() == text:
        return
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == text


def set_inputs(qtbot, window: MainWindow, rate: float, years: int, currency: str) -> None:
    paste_into(qtbot, window.findChild(QLineEdit, "exchangeRateInput"), rate)
    paste_into(qtbot, window.findChild(QLineEdit, "yearsToTargetInput"), years)
    combo = window.inputs_panel.currency_input
    combo.setCurrentIndex(combo.findData(currency))
    inputs = window.document.inputs
    # 4.3089 on screen is the article's 21.2 / 4.92 until another rate is typed.
    assert inputs.exchange_rate == pytest.approx(rate, abs=5e-5)
    assert inputs.years_to_target == years
    assert window.document.currency.name == currency


def legend_under_the_plot(plot_item: pg.PlotItem, legend: pg.LegendItem) -> list[str]:
    """The legend, with every entry, below the plotting area (problems() checks that it lies
    inside the chart)."""
    found = []
    frame = legend.sceneBoundingRect()
    view = plot_item.getViewBox().sceneBoundingRect()
    if not legend.isVisible() or len(legend.items) < 3:
        found.append("the legend is not shown whole")
    if frame.top() < view.bottom():
        found.append(f"the legend (top {frame.top():.0f}) is not under the plot ({view})")
    return found


def tick_names(axis: pg.AxisItem) -> list[tuple[str, QRectF]]:
    """The names the axis draws under its ticks, with the rectangle each takes."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _, text in texts if text]


def distance(rect: QRectF, point: QPointF) -> float:
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return math.hypot(dx, dy)


def sensitivity_problems(
    qtbot,
    window: MainWindow,
    rates: Sequence[float] = RATES,
    ranges: Sequence[tuple[float, float]] = RANGES,
    years_to_target: Sequence[int] = YEARS,
    currencies: Sequence[str] = CURRENCIES,
) -> list[str]:
    """Open the exchange-rate tab, then for every case: the chart's problems, each naming
    its case; [] when every case is clear."""
    open_tab(qtbot, window, "sensitivityPage")
    panel = window.sensitivity_panel
    item = panel.plot_widget.getPlotItem()
    view = item.getViewBox()
    found: list[str] = []
    for (low, high), rate, years, currency in itertools.product(
        ranges, rates, years_to_target, currencies
    ):
        paste_into(qtbot, panel.from_edit, low)
        paste_into(qtbot, panel.to_edit, high)
        set_inputs(qtbot, window, rate, years, currency)
        settle(qtbot)
        case = f"rate {rate}, range {low}–{high}, {years} years, {currency}"
        found += [f"{case}: {problem}" for problem in problems(item, panel.legend)]
        found += [f"{case}: {problem}" for problem in legend_under_the_plot(item, panel.legend)]
        inside = low <= rate <= high
        even = break_even(years)
        for label, shown in (
            (panel.current_label, inside),
            (panel.gap_label, inside),
            (panel.break_even_label, low <= even <= high),
        ):
            if label.isVisible() != shown:
                found.append(f"{case}: {label.toPlainText()!r} shown is not {shown}")
        if inside:
            line = view.mapViewToScene(QPointF(rate, 0.0)).x()
            for label in (panel.current_label, panel.gap_label):
                box = label.sceneBoundingRect()
                if min(abs(box.left() - line), abs(box.right() - line)) > BESIDE:
                    found.append(f"{case}: {label.toPlainText()!r} is not beside its line")
        if panel.break_even_label.isVisible():
            marker = view.mapViewToScene(QPointF(even, panel.break_even_marker.getData()[1][0]))
            if distance(panel.break_even_label.sceneBoundingRect(), marker) > NEAR:
                found.append(f"{case}: the break-even label is far from its marker")
    return found


def monthly_problems(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    rates: Sequence[float] = RATES,
    years_to_target: Sequence[int] = YEARS,
    currencies: Sequence[str] = CURRENCIES,
) -> list[str]:
    """Open the monthly tab, import the sample by clicking, then for every case and both of
    its years: the chart's problems, each naming its case."""
    open_tab(qtbot, window, "monthlyPage")
    panel = window.monthly_panel
    sample = resources.files("trade_target.resources").joinpath("monthly-sample.csv")
    monkeypatch.setattr(monthly_plot, "ask_monthly_path", lambda parent: str(sample))
    with qtbot.waitSignal(panel.imported, timeout=2000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.years() == [2024, 2025]
    item = panel.plot_widget.getPlotItem()
    found: list[str] = []
    for rate, years, currency in itertools.product(rates, years_to_target, currencies):
        set_inputs(qtbot, window, rate, years, currency)
        for year in (2024, 2025):
            panel.year_box.setCurrentIndex(panel.year_box.findText(str(year)))
            settle(qtbot)
            assert len(panel.bars.opts["height"]) == (12 if year == 2024 else 11)
            case = f"{year} at rate {rate}, {years} years, {currency}"
            found += [f"{case}: {problem}" for problem in problems(item, panel.legend)]
            found += [f"{case}: {p}" for p in legend_under_the_plot(item, panel.legend)]
    return found


# --- Fast: one language and width, the extreme inputs -------------------------------------------


def test_the_exchange_rate_chart_hides_nothing(qtbot, window_in) -> None:
    window = window_in("en", 1024)
    found = sensitivity_problems(
        qtbot, window, rates=(3.5, 5.0), years_to_target=(1, 50), currencies=("USD",)
    )
    assert found == []


def test_the_monthly_chart_hides_nothing(qtbot, window_in, monkeypatch) -> None:
    window = window_in("tr", 1024)
    found = monthly_problems(qtbot, window, monkeypatch, rates=(3.5, 5.0), years_to_target=(1, 50))
    assert found == []


def test_the_defaults_label_all_three(qtbot, window_in) -> None:
    """At the article's figures the current rate, the gap and the break-even rate are all
    named on the chart, the legend is one row under it at 1366 wide, and nothing collides."""
    window = window_in("en", 1366)
    open_tab(qtbot, window, "sensitivityPage")
    panel = window.sensitivity_panel
    item = panel.plot_widget.getPlotItem()
    assert problems(item, panel.legend) == []
    assert [label.isVisible() for label in (panel.current_label, panel.gap_label)] == [True] * 2
    assert panel.break_even_label.toPlainText() == f"Break-even {break_even(5):.4f}"
    assert panel.break_even_label.isVisible()
    assert panel.legend.columns() == 4


def test_a_narrow_chart_wraps_its_legend_and_keeps_it_whole(qtbot, window_in, monkeypatch) -> None:
    """Squeezed by the divider, the monthly chart's legend takes more rows, its entries
    without touching, all inside the chart, and the month names under the bars thin out
    rather than run into each other; given the room back, one row and every month again."""
    window = window_in("ms", 1024)
    assert monthly_problems(qtbot, window, monkeypatch, (4.3089,), (5,), ("USD",)) == []
    panel = window.monthly_panel
    item = panel.plot_widget.getPlotItem()
    legend = panel.legend
    splitter = window.findChild(QSplitter, "inputsAndResults")
    rows = {}
    for left in (300, 700):
        splitter.setSizes([left, window.width() - left])
        settle(qtbot)
        assert problems(item, legend) == []
        assert legend_under_the_plot(item, legend) == []
        entries = [part.sceneBoundingRect() for entry in legend.items for part in entry]
        chart = item.sceneBoundingRect()
        assert all(chart.contains(entry) for entry in entries)
        for one, other in itertools.combinations(entries, 2):
            assert not one.intersects(other)
        rows[left] = len({round(label.sceneBoundingRect().top()) for _, label in legend.items})
        names = tick_names(item.getAxis("bottom"))
        for (_, one), (_, other) in itertools.combinations(names, 2):
            assert not one.adjusted(-2, 0, 2, 0).intersects(other), names
        if left == 300:
            assert len(names) == 12, "with room, every month is named"
    assert rows[300] == 1
    assert rows[700] > 1


# --- Slow: every language, width and input ------------------------------------------------------

MATRIX = list(itertools.product(LANGUAGES, WIDTHS))


@pytest.mark.slow
@pytest.mark.parametrize(("code", "width"), MATRIX, ids=[f"{c}-{w}" for c, w in MATRIX])
def test_the_exchange_rate_chart_hides_nothing_anywhere(qtbot, window_in, code, width) -> None:
    assert sensitivity_problems(qtbot, window_in(code, width)) == []


@pytest.mark.slow
@pytest.mark.parametrize(("code", "width"), MATRIX, ids=[f"{c}-{w}" for c, w in MATRIX])
def test_the_monthly_chart_hides_nothing_anywhere(
    qtbot, window_in, monkeypatch, code, width
) -> None:
    assert monthly_problems(qtbot, window_in(code, width), monkeypatch) == []
