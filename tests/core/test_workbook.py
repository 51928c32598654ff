"""Workbooks of named scenarios: unique names, deleting, and inputs that are really figures."""

from __future__ import annotations

from dataclasses import replace

import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.figure_edits import add_observation, remove_figure
from trade_target.core.money import Currency
from trade_target.core.workbook import NAME_MAX, Scenario, Workbook, check_name

ARTICLE_RATE = 21.2 / 4.92


@pytest.fixture
def workbook(dataset: Dataset) -> Workbook:
    return Workbook.from_source(dataset)


def three(dataset: Dataset) -> Workbook:
    workbook = Workbook.from_source(dataset)
    for name in ("Deadline 2028", "Deadline 2030"):
        workbook = workbook.added(Scenario.from_source(name, dataset))
    return workbook


# --- Names ---------------------------------------------------------------------------------------


def test_a_new_workbook_holds_the_article_figures(workbook: Workbook, dataset: Dataset) -> None:
    assert workbook.names == ("Article figures",)
    assert workbook.current == 0
    assert workbook.display_currency is Currency.USD
    scenario = workbook.scenario
    assert scenario.dataset == dataset
    assert scenario.exchange_rate == pytest.approx(ARTICLE_RATE, rel=1e-12)
    assert scenario.years_to_target == 5
    assert scenario.shown


def test_adding_a_taken_name_numbers_it(workbook: Workbook, dataset: Dataset) -> None:
    workbook = workbook.added(Scenario.from_source("Article figures", dataset))
    workbook = workbook.added(Scenario.from_source("Article figures", dataset))
    assert workbook.names == ("Article figures", "Article figures (2)", "Article figures (3)")
    assert workbook.current == 2, "the added scenario becomes the one being edited"


def test_duplicates_get_copy_names_and_are_shown(workbook: Workbook) -> None:
    workbook = workbook.with_shown(0, False)
    workbook = workbook.duplicated(0).duplicated(0).duplicated(1)
    assert workbook.names == (
        "Article figures",
        "Article figures (copy)",
        "Article figures (copy 2)",
        "Article figures (copy) (copy)",
    )
    assert len(set(workbook.names)) == len(workbook.names)
    assert [scenario.shown for scenario in workbook.scenarios] == [False, True, True, True]
    assert workbook.current == 3
    assert all(s.dataset == workbook.scenarios[0].dataset for s in workbook.scenarios)


@pytest.mark.parametrize("name", ["Plan {A}", "Plan {", "Plan }", "{0} {name} {number}"])
def test_braces_in_a_name_are_only_text(workbook: Workbook, name: str) -> None:
    workbook = workbook.renamed(0, name)
    workbook = workbook.duplicated(0).duplicated(0)
    workbook = workbook.added(workbook.scenarios[0]).added(workbook.scenarios[0])
    assert workbook.names == (
        name,
        f"{name} (copy)",
        f"{name} (copy 2)",
        f"{name} (2)",
        f"{name} (3)",
    )


def test_long_names_are_shortened_to_fit(workbook: Workbook) -> None:
    long_name = "A" * NAME_MAX
    workbook = workbook.renamed(0, long_name)
    workbook = workbook.duplicated(0).duplicated(0).added(workbook.scenarios[0])
    assert len(set(workbook.names)) == 4
    assert all(len(name) <= NAME_MAX for name in workbook.names)
    assert workbook.names[1].endswith(" (copy)")
    assert workbook.names[2].endswith(" (copy 2)")
    assert workbook.names[3].endswith(" (2)")


def test_rename_tidies_spaces_and_refuses_duplicates_and_blanks(dataset: Dataset) -> None:
    workbook = three(dataset)
    assert workbook.renamed(1, "  Deadline\t2028  at RM4.05 ").names[1] == "Deadline 2028 at RM4.05"
    assert workbook.renamed(1, "Deadline 2028").names == workbook.names, "its own name is fine"
    for bad, says in [
        ("Deadline 2030", "already named “Deadline 2030”"),
        (" Deadline  2030 ", "already named “Deadline 2030”"),
        ("", "needs a name"),
        ("   ", "needs a name"),
        ("x" * (NAME_MAX + 1), f"at most {NAME_MAX}"),
    ]:
        with pytest.raises(InputError) as raised:
            workbook.renamed(1, bad)
        assert raised.value.field == "name"
        assert says in raised.value.message
    assert workbook.names == ("Article figures", "Deadline 2028", "Deadline 2030")


@pytest.mark.parametrize("bad", [None, 3, ["a"], ""])
def test_check_name_refuses_what_is_not_a_name(bad: object) -> None:
    with pytest.raises(InputError) as raised:
        check_name(bad)
    assert raised.value.field == "name"


def test_find_and_an_unknown_name(dataset: Dataset) -> None:
    workbook = three(dataset)
    assert workbook.find("Deadline 2030") is workbook.scenarios[2]
    with pytest.raises(InputError) as raised:
        workbook.find("Deadline 2040")
    assert raised.value.field == "name"


# --- Deleting ------------------------------------------------------------------------------------


def test_the_last_scenario_cannot_be_deleted(workbook: Workbook) -> None:
    with pytest.raises(InputError) as raised:
        workbook.removed(0)
    assert raised.value.field == "scenarios"
    assert workbook.names == ("Article figures",)


@pytest.mark.parametrize(
    ("current", "deleted", "still_current"),
    [
        (2, 0, "Deadline 2030"),  # deleting before the current one shifts it
        (0, 2, "Article figures"),  # deleting after it changes nothing
        (1, 2, "Deadline 2028"),
        (2, 1, "Deadline 2030"),
    ],
)
def test_deleting_keeps_the_current_scenario(
    dataset: Dataset, current: int, deleted: int, still_current: str
) -> None:
    workbook = three(dataset).with_current(current).removed(deleted)
    assert len(workbook.scenarios) == 2
    assert workbook.scenario.name == still_current


@pytest.mark.parametrize(("current", "then"), [(0, "Deadline 2028"), (2, "Deadline 2028")])
def test_deleting_the_current_scenario_moves_to_a_neighbour(
    dataset: Dataset, current: int, then: str
) -> None:
    workbook = three(dataset).with_current(current).removed(current)
    assert workbook.scenario.name == then
    assert 0 <= workbook.current < len(workbook.scenarios)


def test_a_workbook_must_hold_a_scenario_and_point_at_one(dataset: Dataset) -> None:
    with pytest.raises(InputError):
        Workbook(())
    scenario = Scenario.from_source("Only", dataset)
    for current in (-1, 1):
        with pytest.raises(InputError) as raised:
            Workbook((scenario,), current)
        assert raised.value.field == "current"
    with pytest.raises(InputError):
        three(dataset).with_current(3)


# --- Inputs that are figures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "figure_id", "figure_field"),
    [
        ("base_value", 5.5, "trade_2024", "value"),
        ("latest_value", 22.0, "trade_2025_jan_nov", "value"),
        ("latest_months", 10, "trade_2025_jan_nov", "months"),
        ("target_value", 12.0, "trade_target", "value"),
    ],
)
def test_editing_a_figure_input_edits_the_figure(
    workbook: Workbook, field: str, value: float, figure_id: str, figure_field: str
) -> None:
    edited = workbook.edit_current(field, value)
    assert getattr(edited.scenario.dataset.figure(figure_id), figure_field) == value
    assert getattr(edited.scenario.inputs, field) == value
    assert getattr(workbook.scenario.dataset.figure(figure_id), figure_field) != value


def test_editing_the_jan_nov_value_drops_the_articles_own_conversion(workbook: Workbook) -> None:
    edited = workbook.edit_current("latest_value", 22.0)
    assert edited.scenario.dataset.latest.article_conversion is None
    assert workbook.scenario.dataset.latest.article_conversion == 4.92


def test_the_summary_follows_the_edited_inputs(workbook: Workbook) -> None:
    edited = workbook.edit_current("target_value", 12.0).edit_current("years_to_target", 6)
    edited = edited.edit_current("exchange_rate", 4.05).edit_current("base_value", 5.0)
    summary = edited.scenario.summary()
    assert summary.required_growth == pytest.approx((12 / 5.0) ** (1 / 6) - 1, rel=1e-12)
    assert summary.observed_growth == pytest.approx(21.2 / 4.05 * 12 / 11 / 5.0 - 1, rel=1e-12)
    assert summary.target_year == 2030


def test_a_full_year_figure_becomes_the_latest_and_removing_it_brings_back_jan_nov(
    workbook: Workbook,
) -> None:
    scenario = workbook.scenario
    with_2025 = add_observation(
        scenario.dataset, value=5.6, reported_currency=Currency.USD, year=2025, months=12
    )
    added = workbook.replace_scenario(0, replace(scenario, dataset=with_2025))
    latest = added.scenario.dataset.latest
    assert (latest.value, latest.reported_currency, latest.year, latest.months) == (
        5.6,
        Currency.USD,
        2025,
        12,
    )
    summary = added.scenario.summary()
    assert summary.latest_estimate_usd == pytest.approx(5.6, rel=1e-12)
    assert summary.observed_growth == pytest.approx(5.6 / 5.2 - 1, rel=1e-12)
    assert summary.required_growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1, rel=1e-12)

    without = remove_figure(added.scenario.dataset, latest.id)
    back = added.replace_scenario(0, replace(added.scenario, dataset=without))
    assert back.scenario.dataset.latest_id == "trade_2025_jan_nov"
    assert back.scenario.dataset == workbook.scenario.dataset
    observed = 21.2 / ARTICLE_RATE * 12 / 11 / 5.2 - 1
    assert back.scenario.summary().observed_growth == pytest.approx(observed, rel=1e-12)


BAD_EDITS = [
    ("exchange_rate", 0),
    ("exchange_rate", -4.3),
    ("exchange_rate", float("nan")),
    ("exchange_rate", float("inf")),
    ("exchange_rate", 431.0),
    ("exchange_rate", "4.31"),
    ("years_to_target", 0),
    ("years_to_target", 51),
    ("years_to_target", 5.5),
    ("years_to_target", True),
    ("base_value", 0.0),
    ("base_value", -5.2),
    ("base_value", float("inf")),
    ("latest_value", float("nan")),
    ("latest_value", None),
    ("latest_months", 0),
    ("latest_months", 13),
    ("latest_months", 11.5),
    ("target_value", -10.0),
    ("target_value", True),
]


@pytest.mark.parametrize(("field", "value"), BAD_EDITS, ids=[f"{f}={v!r}" for f, v in BAD_EDITS])
def test_a_bad_edit_names_its_field_and_changes_nothing(
    dataset: Dataset, field: str, value: object
) -> None:
    workbook = three(dataset).with_current(1)
    before = three(dataset).with_current(1)
    with pytest.raises(InputError) as raised:
        workbook.edit_current(field, value)
    assert raised.value.field == field
    assert raised.value.message
    assert workbook == before


def test_an_unknown_input_is_refused(workbook: Workbook) -> None:
    with pytest.raises(InputError) as raised:
        workbook.edit_current("colour", "red")
    assert raised.value.field == "colour"


def test_showing_and_hiding_and_the_display_currency(dataset: Dataset) -> None:
    workbook = three(dataset).with_shown(1, False)
    assert [s.shown for s in workbook.scenarios] == [True, False, True]
    assert replace(workbook, display_currency=Currency.MYR).display_currency is Currency.MYR
