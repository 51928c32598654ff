"""Numbers at the edge of the floating-point range: every input is refused with a message
naming it, or every figure made from it is finite and means something (no inf, no NaN, no
growth of 10^66 % a year), in the summary, its JSON, the tables and the sensitivity."""

from __future__ import annotations

import json
import math
import sys
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trade_target.core import figure_edits, limits, sensitivity, tables
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset, dataset_to_object
from trade_target.core.errors import DatasetError, InputError, TradeTargetError
from trade_target.core.evaluation import evaluate
from trade_target.core.files.csv_style import CsvStyle
from trade_target.core.files.dataset_file import dataset_from_object, load_default_dataset
from trade_target.core.files.table_export import table_csv
from trade_target.core.money import Currency
from trade_target.core.scenario import Inputs, Summary
from trade_target.core.workbook import Scenario

SUBNORMAL = [5e-324, 1e-321, 1e-310]
TINY = [1e-300, 1e-100, 1e-12, 1e-9]
HUGE = [1e12, 1e13, 1e100, 1e300, 1e308, sys.float_info.max]
ORDINARY = [0.5, 4.05, 4.3089, 5.2, 10.0, 21.2]
EDGES = SUBNORMAL + TINY + HUGE + ORDINARY

# What a message starts with for each input it can blame (English, as the tests run).
LABELS = {
    "exchange_rate": "Exchange rate",
    "years_to_target": "Years to target",
    "target_value": "Target",
    "base_value": "Base-year trade",
    "latest_value": "Latest trade",
    "latest_months": "Months covered",
    "annualisation": "Whole-year estimate",
}

positive = st.one_of(
    st.sampled_from(EDGES),
    st.floats(min_value=5e-324, max_value=sys.float_info.max, allow_infinity=False),
)
rates = st.one_of(st.sampled_from(EDGES), st.floats(min_value=5e-324, max_value=20.0))


@pytest.fixture(scope="module")
def article() -> Dataset:
    return load_default_dataset()


def _strict_json(text: str) -> Any:
    """JSON as a strict reader takes it: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in JSON")

    return json.loads(text, parse_constant=refuse)


def _numbers(summary: Summary) -> list[float]:
    values: list[float | int | None] = [
        summary.base_usd,
        summary.target_usd,
        summary.latest_partial_usd,
        summary.latest_estimate_usd,
        summary.required_growth,
        summary.observed_growth,
        summary.progress_ratio,
        summary.years_to_reach_at_trend,
        summary.rated_against,
    ]
    for row in summary.trajectory:
        values += [row.required_usd, row.required_myr, row.trend_usd, row.trend_myr]
        values += [row.gap_usd, row.gap_myr]
    return [float(value) for value in values if value is not None]


def assert_refused_by_name(exc: InputError) -> None:
    assert exc.field in LABELS, exc.field
    assert exc.message.startswith(LABELS[exc.field] + ":"), exc.message
    for word in ("inf", "nan", "Traceback"):
        assert word not in exc.message.lower().split(), exc.message


def assert_every_figure_means_something(summary: Summary, dataset: Dataset) -> None:
    assert all(math.isfinite(value) for value in _numbers(summary))
    assert -1.0 <= summary.required_growth <= 1e4  # at most 1,000,000 % a year
    assert -1.0 <= summary.observed_growth <= 1e4
    for row in summary.trajectory:
        for amount in (row.required_usd, row.required_myr, row.trend_usd, row.trend_myr):
            assert 0.0 <= amount <= 1e12
    data = _strict_json(limits.json_text(summary.as_json()))
    assert data["status"] == summary.status.value
    csv = table_csv(tables.trajectory_table(summary), CsvStyle.COMMA).decode("utf-8-sig")
    cells = {cell.strip().lower() for line in csv.splitlines() for cell in line.split(",")}
    assert not cells & {"inf", "-inf", "nan", "infinity", "-infinity"}, csv


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rate=rates,
    years=st.integers(1, 50),
    target=positive,
    base=positive,
    latest=positive,
    months=st.integers(1, 12),
)
def test_every_input_is_refused_by_name_or_every_figure_is_finite(
    article: Dataset,
    rate: float,
    years: int,
    target: float,
    base: float,
    latest: float,
    months: int,
) -> None:
    inputs = Inputs(rate, years, target, base, latest, months)
    try:
        summary = evaluate(article, inputs)
    except InputError as exc:
        assert_refused_by_name(exc)
        return
    assert_every_figure_means_something(summary, article)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"exchange_rate": 1e-321}, "exchange_rate"),  # the brief's report that crashed
        ({"exchange_rate": 5e-324}, "exchange_rate"),
        ({"exchange_rate": 1e-300}, "exchange_rate"),
        ({"exchange_rate": 0.001}, "exchange_rate"),  # RM21.2 bn would be US$21,200 bn
        ({"base_value": 5e-324}, "base_value"),  # the workbook whose tab raised
        ({"base_value": 1e-300}, "base_value"),
        ({"base_value": 1e-6}, "base_value"),  # a 5-million-fold rise in a year
        ({"latest_value": 1e308}, "latest_value"),
        ({"target_value": 1e308}, "target_value"),
        ({"target_value": 1e13}, "target_value"),  # a hundred times world output
        ({"latest_value": 200.0, "years_to_target": 50}, "years_to_target"),
    ],
)
def test_the_message_names_the_input_to_blame(
    article: Dataset, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(article, replace(Inputs.defaults(article), **changes))
    assert caught.value.field == field
    assert_refused_by_name(caught.value)


def test_amounts_all_too_small_to_draw_are_refused(article: Dataset) -> None:
    """Consistent with each other, but less than a dollar: no axis has steps that small."""
    tiny = replace(Inputs.defaults(article), base_value=1e-300, latest_value=1e-300)
    with pytest.raises(InputError, match="too small") as caught:
        evaluate(article, replace(tiny, target_value=2e-300))
    assert_refused_by_name(caught.value)


def test_the_worked_examples_still_pass(article: Dataset) -> None:
    """PRODUCT.md: 13.97 %/yr required, 3.22 % observed; at 4.05, +9.8 % observed."""
    summary = evaluate(article, Inputs.defaults(article))
    assert summary.required_growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1)
    assert summary.observed_growth == pytest.approx(0.0322, abs=5e-5)
    at_405 = evaluate(article, replace(Inputs.defaults(article), exchange_rate=4.05))
    assert at_405.observed_growth == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.2 - 1)


def test_a_large_but_real_spread_is_accepted(article: Dataset) -> None:
    """A base a tenth of the article's, a rate of 0.5: odd, but every figure is finite."""
    inputs = replace(Inputs.defaults(article), base_value=0.52, exchange_rate=0.5)
    assert_every_figure_means_something(evaluate(article, inputs), article)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(low=rates, high=rates, base=positive)
def test_the_sensitivity_sweep_is_refused_or_finite(
    article: Dataset, low: float, high: float, base: float
) -> None:
    inputs = replace(Inputs.defaults(article), base_value=base)
    try:
        points = sensitivity.sweep(article, inputs, low, high, 11)
        break_even = sensitivity.break_even_rate(article, inputs, low, high)
    except InputError as exc:
        assert exc.message.strip()
        return
    for point in points:
        assert math.isfinite(point.required_growth) and math.isfinite(point.observed_growth)
        assert abs(point.gap) <= 2e4
    assert break_even is None or low <= break_even <= high
    _strict_json(limits.json_text([point.rate for point in points]))


@pytest.mark.parametrize("method", list(Annualisation))
@pytest.mark.parametrize("value", SUBNORMAL + TINY + HUGE)
def test_a_saved_scenario_at_the_edge_is_refused_or_finite(
    article: Dataset, method: Annualisation, value: float
) -> None:
    """The way a workbook file reaches the summary: through Scenario, any method."""
    for field in ("base_value", "latest_value", "target_value", "exchange_rate"):
        try:
            scenario = Scenario.from_source("Edge", article).with_input(field, value)
            summary = replace(scenario, annualisation=method).summary()
        except InputError as exc:
            assert exc.message.strip()
            continue
        assert_every_figure_means_something(summary, article)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_json_text_refuses_what_is_not_json(value: float) -> None:
    with pytest.raises(TradeTargetError):
        limits.json_text({"growth": value})


@pytest.mark.parametrize("value", [1e13, 1e300, sys.float_info.max])
def test_a_figure_past_any_amount_is_refused_where_it_is_typed(article: Dataset, value: float):
    """Even a figure no sum uses: the table shows it in the other currency too (1e308 US$
    was "≈ RMinf bn")."""
    with pytest.raises(InputError, match="at most 1000000000000 billion"):
        figure_edits.edit_figure(article, "ee_exports_us", "value", value)
    with pytest.raises(InputError, match="at most"):
        figure_edits.add_observation(
            article, value=value, reported_currency=Currency.USD, year=2024, months=6
        )


def test_a_file_with_a_figure_past_any_amount_is_not_opened(article: Dataset) -> None:
    raw = dataset_to_object(article)
    raw["figures"][3]["value"] = 1e300
    with pytest.raises(DatasetError, match="too large to be an amount"):
        dataset_from_object(raw, article.citation, "the file")
