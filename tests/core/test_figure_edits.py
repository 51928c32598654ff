"""Editing figures: a bad entry changes nothing, and 'latest' follows the newest observation."""

from __future__ import annotations

import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.figure_edits import (
    YEAR_MAX,
    YEAR_MIN,
    add_observation,
    edit_figure,
    newest_observation,
    remove_figure,
)
from trade_target.core.money import Currency


def test_the_article_latest_is_the_newest_observation(dataset: Dataset) -> None:
    newest = newest_observation(dataset)
    assert newest is not None and newest.id == dataset.latest_id == "trade_2025_jan_nov"


def test_an_added_observation_gets_its_own_id_label_and_period(dataset: Dataset) -> None:
    first = add_observation(
        dataset, value=5.6, reported_currency=Currency.USD, year=2025, months=12
    )
    second = add_observation(first, value=3.0, reported_currency=Currency.USD, year=2026, months=6)
    assert [f.id for f in second.figures[-2:]] == ["observation_1", "observation_2"]
    added = second.figure("observation_1")
    assert added.label == "Bilateral trade, 2025"
    assert added.period == "Calendar 2025 (full year)"
    assert second.figure("observation_2").period == "2026, 6 months"
    assert second.latest_id == "observation_2", "a later year wins over more months"
    assert dataset.latest_id == "trade_2025_jan_nov", "the original is unchanged"


def test_an_older_or_shorter_observation_does_not_take_over(dataset: Dataset) -> None:
    shorter = add_observation(
        dataset, value=18.0, reported_currency=Currency.MYR, year=2025, months=9
    )
    assert shorter.latest_id == "trade_2025_jan_nov"
    older = add_observation(
        dataset, value=4.0, reported_currency=Currency.USD, year=2020, months=12
    )
    assert older.latest_id == "trade_2025_jan_nov"


def test_moving_the_latest_figure_to_an_earlier_year_moves_the_role(dataset: Dataset) -> None:
    with_2025 = add_observation(
        dataset, value=5.6, reported_currency=Currency.USD, year=2025, months=12
    )
    with_2026 = add_observation(
        with_2025, value=3.0, reported_currency=Currency.USD, year=2026, months=3
    )
    assert with_2026.latest_id == "observation_2"
    edited = edit_figure(with_2026, "observation_2", "year", 2025)
    assert edited.latest_id == "observation_1", "2025 full year beats 2025 three months"


def test_removing_the_latest_falls_back_to_the_next_newest(dataset: Dataset) -> None:
    with_2025 = add_observation(
        dataset, value=5.6, reported_currency=Currency.USD, year=2025, months=12
    )
    assert remove_figure(with_2025, "observation_1") == dataset


@pytest.mark.parametrize("figure_id", ["trade_2024", "trade_target"])
def test_the_base_and_the_target_cannot_be_removed(dataset: Dataset, figure_id: str) -> None:
    with pytest.raises(InputError) as raised:
        remove_figure(dataset, figure_id)
    assert raised.value.field == "figure"


def test_removing_the_only_later_observation_is_refused(dataset: Dataset) -> None:
    with pytest.raises(InputError) as raised:
        remove_figure(dataset, "trade_2025_jan_nov")
    assert "2024" in raised.value.message


def test_an_unknown_figure_is_refused(dataset: Dataset) -> None:
    with pytest.raises(InputError):
        remove_figure(dataset, "no_such_figure")
    with pytest.raises(InputError):
        edit_figure(dataset, "no_such_figure", "value", 1.0)


BAD_FIGURE_EDITS = [
    ("trade_2024", "value", 0),
    ("trade_2024", "value", float("nan")),
    ("trade_2024", "value", "5.2"),
    ("trade_2024", "value", True),
    ("trade_2024", "year", 2026),  # the base would come after the latest
    ("trade_2024", "year", YEAR_MIN - 1),
    ("trade_2025_jan_nov", "year", YEAR_MAX + 1),
    ("trade_2025_jan_nov", "year", 2025.0),
    ("trade_2025_jan_nov", "months", 13),
    ("trade_2025_jan_nov", "reported_currency", "EUR"),
    ("trade_target", "label", "   "),
    ("trade_target", "label", 3),
    ("trade_target", "quote", "x" * 2001),
    ("roundtable", "value", 1.0),
    ("roundtable", "year", 2026),
    ("trade_2024", "id", "renamed"),
]


@pytest.mark.parametrize(
    ("figure_id", "field", "value"),
    BAD_FIGURE_EDITS,
    ids=[f"{i}.{f}={v!r}"[:60] for i, f, v in BAD_FIGURE_EDITS],
)
def test_a_bad_figure_edit_names_its_field(
    dataset: Dataset, figure_id: str, field: str, value: object
) -> None:
    with pytest.raises(InputError) as raised:
        edit_figure(dataset, figure_id, field, value)
    assert raised.value.field == field
    assert raised.value.message


def test_text_is_trimmed(dataset: Dataset) -> None:
    edited = edit_figure(dataset, "trade_target", "label", "  Target  ")
    assert edited.target.label == "Target"


def test_changing_a_reported_currency_drops_the_articles_conversion(dataset: Dataset) -> None:
    edited = edit_figure(dataset, "trade_2025_jan_nov", "reported_currency", "USD")
    assert edited.latest.reported_currency is Currency.USD
    assert edited.latest.article_conversion is None
    same = edit_figure(dataset, "trade_2025_jan_nov", "reported_currency", "MYR")
    assert same.latest.article_conversion == 4.92


def test_a_blank_name_or_period_for_a_new_figure_gets_the_usual_words(dataset: Dataset) -> None:
    added = add_observation(
        dataset,
        value=5.6,
        reported_currency=Currency.USD,
        year=2025,
        months=12,
        label="   ",
        period=" ",
    )
    assert added.latest.label == "Bilateral trade, 2025"
    assert added.latest.period == "Calendar 2025 (full year)"
