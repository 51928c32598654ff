"""Charts at the edge of the floating-point range: whatever the core accepts is drawn, and
what it would not accept never reaches pyqtgraph or Qt.

Before, a rate of 1e-321 gave an infinite summary; the chart's axis step raised
OverflowError, and inside the brief (a text object Qt draws) the second such exception
crashed the process in shiboken."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from trade_target.core.annualise import Annualisation
from trade_target.core.errors import InputError
from trade_target.core.evaluation import _evaluate, evaluate
from trade_target.core.money import Currency
from trade_target.core.scenario import Inputs
from trade_target.render.chart_export import ChartContent, chart_png, chart_svg
from trade_target.render.charts.trajectory import TrajectoryChart

EDGES = [5e-324, 1e-321, 1e-300, 1e-9, 0.01, 0.1, 0.5, 4.3089, 5.2, 10.0, 21.2, 200.0]
EDGES += [1e4, 1e11, 1e12, 1e13, 1e300, sys.float_info.max]
values = st.one_of(
    st.sampled_from(EDGES),
    st.floats(min_value=5e-324, max_value=1e308),
    st.floats(min_value=0.01, max_value=1000.0),  # mostly accepted: drawn
)
rates = st.one_of(st.sampled_from([*EDGES[:8], 20.0]), st.floats(min_value=5e-324, max_value=20))


def _drawn_or_refused(dataset, inputs: Inputs, currency: Currency) -> None:
    try:
        summary = evaluate(dataset, inputs)
    except InputError as exc:
        assert exc.message.strip()
        return
    png = QImage.fromData(chart_png(ChartContent(summary, dataset, currency), 320))
    assert not png.isNull() and png.width() == 320
    assert b"<svg" in chart_svg(ChartContent(summary, dataset, currency))


def _check_many(qapp, dataset, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        rate=rates,
        years=st.integers(1, 50),
        base=values,
        latest=values,
        target=values,
        currency=st.sampled_from(Currency),
    )
    def check(rate, years, base, latest, target, currency) -> None:
        _drawn_or_refused(dataset, Inputs(rate, years, target, base, latest, 11), currency)

    check()


def test_what_the_core_accepts_is_drawn(qapp, dataset) -> None:
    _check_many(qapp, dataset, examples=12)


@pytest.mark.slow
def test_what_the_core_accepts_is_drawn_many(qapp, dataset) -> None:
    _check_many(qapp, dataset, examples=150)


@pytest.mark.parametrize(
    "changes",
    [
        {"base_value": 0.01, "latest_value": 0.04, "target_value": 0.02},  # the least amounts
        {"latest_value": 200.0, "years_to_target": 9},  # a trend to RM17.6 billion billion
        {"exchange_rate": 0.5},
    ],
)
def test_accepted_extremes_are_drawn(qapp, dataset, changes) -> None:
    _drawn_or_refused(dataset, replace(Inputs.defaults(dataset), **changes), Currency.MYR)
    evaluate(dataset, replace(Inputs.defaults(dataset), **changes))  # and were accepted


def test_the_chart_refuses_a_summary_the_core_would_not_make(qtbot, dataset) -> None:
    """The defence behind the core's check: an infinite figure never reaches pyqtgraph."""
    infinite = _evaluate(
        dataset, replace(Inputs.defaults(dataset), exchange_rate=1e-321), Annualisation.RUN_RATE
    )
    assert infinite.latest_estimate_usd == float("inf")
    plot = TrajectoryChart()
    qtbot.addWidget(plot)
    with pytest.raises(ValueError, match="out of range"):
        plot.show_summary(infinite, Currency.USD)


CHILD = textwrap.dedent(
    """
    import datetime
    from dataclasses import replace
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from trade_target.core import limits
    from trade_target.core.annualise import Annualisation
    from trade_target.core.files.dataset_file import load_default_dataset
    from trade_target.core.money import Currency
    from trade_target.core.evaluation import _evaluate
    from trade_target.core.scenario import Inputs
    from trade_target.render import brief, brief_content
    from trade_target.render.chart_export import ChartContent

    # The infinite summary of a rate of 1e-321, as it was before the core refused it, with
    # the checks in front of the chart turned off: the chart fails inside Qt's drawing.
    limits.out_of_range = lambda summary: False
    brief_content.verdict_sentence = lambda *args: "A verdict."
    dataset = load_default_dataset()
    inputs = replace(Inputs.defaults(dataset), exchange_rate=1e-321)
    summary = _evaluate(dataset, inputs, Annualisation.RUN_RATE)
    try:
        brief.brief_pdf(ChartContent(summary, dataset, Currency.USD), datetime.date(2026, 1, 9))
    except OverflowError as exc:
        print("refused:", exc)
    """
)


def test_a_chart_that_cannot_be_drawn_fails_the_brief_in_python_not_in_qt(tmp_path) -> None:
    """Qt draws the brief's chart through an override; an exception escaping it twice killed
    the process. Now it is kept and raised when the drawing returns."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, f"status {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "refused: cannot convert float infinity to integer"
