"""Annualisation choices and partner-country figures, against sums written out here.

The article's figures: 2024 US$5.2 bn (full year), Jan–Nov 2025 RM21.2 bn, target US$10 bn,
rate 21.2/4.92 RM per US$. The previous year's Jan–Nov (RM19.0 bn), the monthly series and
the partner's values are made up for the tests; each expected value is worked out by hand.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from trade_target.core import annualise, figure_edits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import DatasetError, InputError
from trade_target.core.files.file_format import parse_workbook
from trade_target.core.files.file_writing import workbook_to_text
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.workbook import Scenario, Workbook

RATE = 21.2 / 4.92


def scenario_of(dataset: Dataset, method: Annualisation = Annualisation.RUN_RATE) -> Scenario:
    return replace(Scenario.from_source("Test", dataset), annualisation=method)


def with_previous_same_months(dataset: Dataset, ringgit: float) -> Dataset:
    return figure_edits.edit_figure(dataset, dataset.latest_id, "previous_same_period", ringgit)


def twelve_months(end_year: int = 2025, end_month: int = 11, each: float = 2.0):
    figures = []
    year, month = end_year, end_month
    for _ in range(12):
        figures.append(MonthlyFigure(year, month, each, Currency.MYR))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return figures


# --- Run-rate (the default) -------------------------------------------------------------------


def test_run_rate_is_the_default_and_matches_the_worked_example(dataset):
    summary = scenario_of(dataset).summary()
    assert summary.annualisation is Annualisation.RUN_RATE
    assert summary.latest_estimate_usd == pytest.approx(21.2 / RATE * 12 / 11, rel=1e-12)
    assert "12/11" in annualise.explanation(summary.estimate, summary.latest_partial_usd, 11, 2025)


# --- Same period ------------------------------------------------------------------------------


def test_same_period_growth_applied_to_the_previous_full_year(dataset):
    data = with_previous_same_months(dataset, 19.0)
    summary = scenario_of(data, Annualisation.SAME_PERIOD).summary()
    # Jan–Nov 2025 over Jan–Nov 2024 (both RM, so the rate cancels), times 2024's total.
    assert summary.latest_estimate_usd == pytest.approx(5.2 * 21.2 / 19.0, rel=1e-12)
    assert summary.observed_growth == pytest.approx(21.2 / 19.0 - 1, rel=1e-12)
    words = annualise.explanation(summary.estimate, summary.latest_partial_usd, 11, 2025)
    assert "Same period" in words and "2024" in words
    assert f"+{(21.2 / 19.0 - 1) * 100:.2f} %" in words


def test_same_period_from_the_monthly_figures(dataset):
    """With no figure entered, the previous year's same months come from monthly data."""
    months = [MonthlyFigure(2024, m, 1.5, Currency.MYR) for m in range(1, 12)]
    data = figure_edits.with_monthly(dataset, months)
    summary = scenario_of(data, Annualisation.SAME_PERIOD).summary()
    assert summary.latest_estimate_usd == pytest.approx(5.2 * 21.2 / (11 * 1.5), rel=1e-9)


def test_same_period_without_the_previous_year_says_what_to_add(dataset):
    with pytest.raises(InputError) as refused:
        scenario_of(dataset, Annualisation.SAME_PERIOD).summary()
    assert refused.value.field == "annualisation"
    assert "previous year" in refused.value.message
    assert Annualisation.SAME_PERIOD not in annualise.available(dataset, 11, RATE)


# --- Trailing twelve months ---------------------------------------------------------------------


def test_trailing_twelve_months_is_the_sum_of_the_last_twelve(dataset):
    data = figure_edits.with_monthly(dataset, twelve_months(each=2.0))
    summary = scenario_of(data, Annualisation.TRAILING_12).summary()
    assert summary.latest_estimate_usd == pytest.approx(12 * 2.0 / RATE, rel=1e-12)
    assert summary.estimate is not None and summary.estimate.ttm_end == (2025, 11)
    assert "2025-11" in annualise.short_words(summary.estimate, 11)


def test_trailing_twelve_months_needs_twelve_in_a_row(dataset):
    gappy = [f for f in twelve_months() if (f.year, f.month) != (2025, 6)]
    data = figure_edits.with_monthly(dataset, gappy)
    with pytest.raises(InputError) as refused:
        scenario_of(data, Annualisation.TRAILING_12).summary()
    assert "twelve consecutive" in refused.value.message


def test_a_month_imported_again_takes_the_revised_value(dataset):
    first = figure_edits.with_monthly(dataset, [MonthlyFigure(2025, 1, 1.0, Currency.MYR)])
    revised = figure_edits.with_monthly(
        first,
        [MonthlyFigure(2025, 1, 1.2, Currency.MYR), MonthlyFigure(2025, 2, 1.1, Currency.MYR)],
    )
    assert [(f.month, f.value) for f in revised.monthly] == [(1, 1.2), (2, 1.1)]
    assert figure_edits.without_monthly(revised).monthly == ()


# --- Reporter and partner values ---------------------------------------------------------


def test_the_partner_value_is_used_when_chosen_and_the_difference_shown(dataset):
    data = figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", 5.0)
    base = data.base
    assert base.partner_difference == pytest.approx(5.0 / 5.2 - 1)
    assert scenario_of(data).summary().base_usd == pytest.approx(5.2)  # reporter's by default
    chosen = figure_edits.edit_figure(data, data.base_id, "use_partner", True)
    summary = scenario_of(chosen).summary()
    assert summary.base_usd == pytest.approx(5.0)
    assert summary.required_growth == pytest.approx((10 / 5.0) ** (1 / 5) - 1, rel=1e-12)


def test_editing_the_input_edits_the_value_in_use(dataset):
    data = figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", 5.0)
    data = figure_edits.edit_figure(data, data.base_id, "use_partner", True)
    scenario = scenario_of(data).with_input("base_value", 4.8)
    assert scenario.dataset.base.partner_value == 4.8
    assert scenario.dataset.base.value == 5.2  # the reporter's stays as reported


def test_the_partner_value_must_exist_before_it_is_used(dataset):
    with pytest.raises(InputError) as refused:
        figure_edits.edit_figure(dataset, dataset.base_id, "use_partner", True)
    assert "partner" in refused.value.message.lower()
    data = figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", 5.0)
    data = figure_edits.edit_figure(data, data.base_id, "use_partner", True)
    cleared = figure_edits.edit_figure(data, data.base_id, "partner_value", None)
    assert cleared.base.use_partner is False and cleared.base.used_value == 5.2


@pytest.mark.parametrize("bad", [0, -1.0, math.inf, "five", True])
def test_a_bad_partner_value_is_refused(dataset, bad):
    with pytest.raises(InputError):
        figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", bad)


# --- The file keeps all of it ------------------------------------------------------------


def test_a_file_keeps_partner_values_monthly_figures_and_the_method(dataset):
    data = figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", 5.0)
    data = figure_edits.edit_figure(data, data.base_id, "partner_source", "TurkStat")
    data = figure_edits.edit_figure(data, data.base_id, "use_partner", True)
    data = with_previous_same_months(data, 19.0)
    data = figure_edits.with_monthly(data, twelve_months())
    workbook = Workbook((scenario_of(data, Annualisation.TRAILING_12),))
    again, _ = parse_workbook(workbook_to_text(workbook), "test.tradetarget")
    assert again == workbook
    assert again.scenario.summary().latest_estimate_usd == pytest.approx(24 / RATE)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda s: s.replace('"annualisation": "trailing_12"', '"annualisation": "magic"'),
            "annualisation",
        ),
        (lambda s: s.replace('"use_partner": true', '"use_partner": 1'), "use_partner"),
        (lambda s: s.replace('"month": 11', '"month": 13', 1), "month"),
    ],
)
def test_a_damaged_file_names_what_is_wrong(dataset, change, words):
    from trade_target.core.files.file_format import FileFormatError

    data = figure_edits.edit_figure(dataset, dataset.base_id, "partner_value", 5.0)
    data = figure_edits.edit_figure(data, data.base_id, "use_partner", True)
    data = figure_edits.with_monthly(data, twelve_months())
    text = workbook_to_text(Workbook((scenario_of(data, Annualisation.TRAILING_12),)))
    damaged = change(text)
    assert damaged != text
    with pytest.raises((FileFormatError, DatasetError)) as refused:
        parse_workbook(damaged, "test.tradetarget")
    assert words in str(refused.value)
