"""Workbooks and year-to-date pace at their edges: removing a scenario before the current one,
the display currency kept through edits, names one character too long for a copy, refusals
naming their field, and years without a January or given out of order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.money import Currency
from trade_target.core.monthly import pace as monthly_pace
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.workbook import NAME_MAX, Scenario, Workbook, check_name


def four(dataset: Dataset) -> Workbook:
    scenarios = tuple(Scenario.from_source(name, dataset) for name in "ABCD")
    return Workbook(scenarios, 2, Currency.MYR)  # C is current


def test_removing_a_scenario_keeps_the_current_one_current(dataset: Dataset) -> None:
    book = four(dataset)
    after = book.removed(0)
    assert after.names == ("B", "C", "D")
    assert after.scenario.name == "C"
    assert after.display_currency is Currency.MYR
    assert book.removed(3).scenario.name == "C"
    two = Workbook(book.scenarios[:2], 0, Currency.MYR)
    assert two.removed(1).names == ("A",)


def test_adding_keeps_the_display_currency(dataset: Dataset) -> None:
    added = four(dataset).added(Scenario.from_source("E", dataset))
    assert (added.scenario.name, added.display_currency) == ("E", Currency.MYR)


def test_a_copy_of_a_long_name_is_shortened_to_fit(dataset: Dataset) -> None:
    """ "{name} (copy)" adds 7 characters: a name of NAME_MAX − 6 is cut by one."""
    name = "n" * (NAME_MAX - 6)
    book = Workbook((Scenario.from_source(name, dataset),), 0)
    copy = book.duplicated(0).scenario.name
    assert copy == "n" * (NAME_MAX - 7) + " (copy)"
    assert len(copy) == NAME_MAX


@pytest.mark.parametrize(
    ("make", "field", "message"),
    [
        (lambda s: Workbook((), 0), "scenarios", "A workbook holds at least one scenario."),
        (lambda s: Workbook((s,), 1), "current", "The current scenario is not in the workbook."),
        (
            lambda s: Workbook((s,), 0).removed(0),
            "scenarios",
            "The last scenario cannot be deleted.",
        ),
        (lambda s: Workbook((s,), 0).find("Plan B"), "name", "No scenario is named “Plan B”."),
        (
            lambda s: check_name("a\x00b"),
            "name",
            "A scenario name cannot hold control characters or text-direction overrides; "
            "it holds U+0000.",
        ),
    ],
)
def test_workbook_refusals_name_their_field(
    dataset: Dataset, make: Callable[[Scenario], object], field: str, message: str
) -> None:
    with pytest.raises(InputError) as refused:
        make(Scenario.from_source("A", dataset))
    assert (refused.value.field, refused.value.message) == (field, message)


def test_a_year_without_january_has_no_year_to_date() -> None:
    figures = [
        MonthlyFigure(2025, 3, 1.0, Currency.USD),
        MonthlyFigure(2025, 2, 1.0, Currency.USD),
        MonthlyFigure(2024, 2, 1.0, Currency.USD),
        MonthlyFigure(2024, 1, 1.0, Currency.USD),
    ]
    checks = {check.year: check for check in monthly_pace.pace_checks(figures, 4.0, {2025: 12.0})}
    assert checks[2025] == monthly_pace.PaceCheck(2025, 0, 3, 0.0, 12.0)
    assert checks[2024] == monthly_pace.PaceCheck(2024, 2, 2, 2.0, None)


def test_a_missing_month_is_said_after_the_pace() -> None:
    """Jan–Feb 2025 US$2.00 bn against 2 × 12/12 = US$2.00 bn; March missing, April given."""
    check = monthly_pace.PaceCheck(2025, 2, 4, 2.0, 12.0)
    assert monthly_pace.pace_sentence(check, Currency.USD, 4.0) == (
        "Jan–Feb 2025: US$2.00 bn, on the required pace (US$2.00 bn). "
        "Mar 2025 is missing, so the later months are not in the total."
    )


@pytest.mark.parametrize("months", [0, 13])
def test_month_counts_outside_a_year_are_refused(months: int) -> None:
    with pytest.raises(ValueError, match=r"^months must be 1–12$"):
        monthly_pace.required_pace(12.0, months)
    with pytest.raises(ValueError, match=r"^months must be 1–12$"):
        monthly_pace.same_months_total([], 2025, months, 4.0)
