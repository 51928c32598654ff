"""Editing the figures: correct a value, add a newer observation, remove one that was added.

Every edit returns a new Dataset or raises InputError naming the field, so a bad entry
changes nothing. The latest figure follows the data: after each edit it is the newest
observation (by year, then months covered) later than the base year, so adding the
full-year figure when it is published moves every result to it.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from .dataset import Dataset, Figure, FigureKind, role_problem
from .errors import InputError
from .money import Currency

YEAR_MIN, YEAR_MAX = 1900, 2200
TEXT_MAX = 2000

# Fields a person may edit, with the words used in messages.
EDITABLE = {
    "label": "Figure",
    "value": "Value",
    "reported_currency": "Reported currency",
    "year": "Year",
    "months": "Months covered",
    "period": "Period",
    "quote": "Source note",
}


def _checked(figure: Figure, field: str, value: Any) -> Any:
    label = EDITABLE[field]
    if field in ("label", "period", "quote"):
        if not isinstance(value, str):
            raise InputError(field, f"{label}: enter text.")
        value = value.strip()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: it could be saved but never read back
            raise InputError(field, f"{label}: holds a character that is not text.") from None
        if field == "label" and not value:
            raise InputError(field, f"{label}: a figure needs a name.")
        if len(value) > TEXT_MAX:
            raise InputError(field, f"{label}: at most {TEXT_MAX} characters.")
        return value
    if field == "value":
        if figure.kind is not FigureKind.MONEY:
            raise InputError(field, f"{label}: “{figure.label}” is not an amount of money.")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(field, f"{label}: enter a number.")
        if not math.isfinite(value):
            raise InputError(field, f"{label}: enter a finite number.")
        if value <= 0:
            raise InputError(field, f"{label}: must be greater than zero.")
        return float(value)
    if field == "reported_currency":
        if figure.kind is not FigureKind.MONEY:
            raise InputError(field, f"{label}: “{figure.label}” is not an amount of money.")
        try:
            return Currency(value)
        except ValueError:
            raise InputError(field, f"{label}: USD or MYR.") from None
    whole = not isinstance(value, bool) and isinstance(value, int)
    if field == "year":
        if not whole or not YEAR_MIN <= value <= YEAR_MAX:
            raise InputError(field, f"{label}: a year from {YEAR_MIN} to {YEAR_MAX}.")
        return value
    if not whole or not 1 <= value <= 12:  # months
        raise InputError(field, f"{label}: a whole number from 1 to 12.")
    return value


def _observation(figure: Figure) -> bool:
    return (
        figure.kind is FigureKind.MONEY
        and figure.value is not None
        and figure.year is not None
        and figure.months is not None
    )


def newest_observation(dataset: Dataset) -> Figure | None:
    """The observation the sums should use as 'latest': the newest after the base year.

    Between equally new figures the current latest wins, so the choice never flickers."""
    base_year = dataset.base.year
    if base_year is None:
        return None
    candidates = [
        figure
        for figure in dataset.figures
        if _observation(figure) and figure.id != dataset.base_id and figure.year > base_year  # type: ignore[operator]
    ]
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda f: (f.year, f.months, f.id == dataset.latest_id),
    )


def _settled(dataset: Dataset, field: str) -> Dataset:
    """Move 'latest' to the newest observation and check the roles still add up."""
    newest = newest_observation(dataset)
    if newest is None:
        raise InputError(
            field,
            "The sums need a figure for a later year than the base year "
            f"({dataset.base.year}); this change would leave none.",
        )
    if newest.id != dataset.latest_id:
        dataset = replace(dataset, latest_id=newest.id)
    problem = role_problem(dataset)
    if problem:
        raise InputError(field, problem[0].upper() + problem[1:])
    return dataset


def edit_figure(dataset: Dataset, figure_id: str, field: str, value: Any) -> Dataset:
    """The dataset with one field of one figure changed; InputError if the value is bad."""
    if field not in EDITABLE:
        raise InputError(field, f"“{field}” cannot be edited.")
    index = next((i for i, f in enumerate(dataset.figures) if f.id == figure_id), None)
    if index is None:
        raise InputError(field, f"There is no figure “{figure_id}”.")
    figure = dataset.figures[index]
    if field in ("year", "months") and figure.kind is not FigureKind.MONEY:
        raise InputError(field, f"{EDITABLE[field]}: “{figure.label}” is not a trade figure.")
    changed = replace(figure, **{field: _checked(figure, field, value)})
    if field == "value" and changed.value != figure.value:
        changed = replace(changed, article_conversion=None)  # the source's conversion is stale
    if field == "reported_currency" and changed.reported_currency != figure.reported_currency:
        changed = replace(changed, article_conversion=None)
    figures = (*dataset.figures[:index], changed, *dataset.figures[index + 1 :])
    return _settled(replace(dataset, figures=figures), field)


def _new_id(dataset: Dataset) -> str:
    taken = {figure.id for figure in dataset.figures}
    number = 1
    while f"observation_{number}" in taken:
        number += 1
    return f"observation_{number}"


def add_observation(
    dataset: Dataset,
    *,
    value: float,
    reported_currency: Currency,
    year: int,
    months: int,
    label: str = "",
    period: str = "",
    quote: str = "",
) -> Dataset:
    """The dataset with a new trade figure appended (and made 'latest' if it is the newest)."""
    draft = Figure(
        id=_new_id(dataset),
        label="",
        kind=FigureKind.MONEY,
        period="",
        quote="",
        value=1.0,
        reported_currency=Currency.USD,
        year=YEAR_MIN,
        months=12,
    )
    entered = {
        "value": value,
        "reported_currency": reported_currency,
        "year": year,
        "months": months,
        "label": label.strip() or f"Bilateral trade, {year}",
        "period": period.strip() or _period_words(year, months),
        "quote": quote,
    }
    checked = {field: _checked(draft, field, raw) for field, raw in entered.items()}
    figure = replace(draft, **checked)
    return _settled(replace(dataset, figures=(*dataset.figures, figure)), "value")


def _period_words(year: object, months: object) -> str:
    if months == 12:
        return f"Calendar {year} (full year)"
    return f"{year}, {months} months"


def remove_figure(dataset: Dataset, figure_id: str) -> Dataset:
    """The dataset without one figure; the base and the target cannot be removed."""
    if figure_id == dataset.base_id:
        raise InputError("figure", "The base-year figure cannot be removed: the sums start there.")
    if figure_id == dataset.target_id:
        raise InputError("figure", "The target cannot be removed.")
    figures = tuple(figure for figure in dataset.figures if figure.id != figure_id)
    if len(figures) == len(dataset.figures):
        raise InputError("figure", f"There is no figure “{figure_id}”.")
    return _settled(replace(dataset, figures=figures), "figure")
