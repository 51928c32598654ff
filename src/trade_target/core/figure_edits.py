"""Editing the figures: correct a value, add a newer observation, remove one that was added.

Every edit returns a new Dataset or raises InputError naming the field, so a bad entry
changes nothing. The latest figure follows the data: after each edit it is the newest
observation (by year, then months covered) later than the base year, so adding the
full-year figure when it is published moves every result to it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from trade_target.core.dataset import Dataset, Figure, FigureKind, role_problem
from trade_target.core.errors import InputError
from trade_target.core.history import REPORTERS, AnnualRecord
from trade_target.core.i18n import QT_TRANSLATE_NOOP, number, translate
from trade_target.core.limits import AMOUNT_MOST
from trade_target.core.money import Currency
from trade_target.core.shown_text import excerpt

if TYPE_CHECKING:
    from trade_target.core.monthly.months import MonthlyFigure

YEAR_MIN, YEAR_MAX = 1900, 2200
TEXT_MAX = 2000

# Fields a person may edit, with the words used in messages (English here: `field_label`
# gives them in the installed language).
EDITABLE = {
    "label": QT_TRANSLATE_NOOP("FigureEdits", "Figure"),
    "value": QT_TRANSLATE_NOOP("FigureEdits", "Value"),
    "reported_currency": QT_TRANSLATE_NOOP("FigureEdits", "Reported currency"),
    "year": QT_TRANSLATE_NOOP("FigureEdits", "Year"),
    "months": QT_TRANSLATE_NOOP("FigureEdits", "Months covered"),
    "period": QT_TRANSLATE_NOOP("FigureEdits", "Period"),
    "quote": QT_TRANSLATE_NOOP("FigureEdits", "Source note"),
    "partner_value": QT_TRANSLATE_NOOP("FigureEdits", "Partner's value"),
    "partner_source": QT_TRANSLATE_NOOP("FigureEdits", "Partner's source"),
    "use_partner": QT_TRANSLATE_NOOP("FigureEdits", "Use the partner's value"),
    "previous_same_period": QT_TRANSLATE_NOOP("FigureEdits", "Previous year, same months"),
}


def field_label(field: str) -> str:
    """The words for an editable field in the installed language; `field` itself if unknown."""
    return translate("FigureEdits", EDITABLE[field]) if field in EDITABLE else field


def _fault(field: str, message: str, **values: Any) -> InputError:
    """An InputError whose translated `message` has the field's words as {label}."""
    return InputError(field, message.format(label=field_label(field), **values))


def _second_value(figure: Figure, field: str, value: Any) -> Any:
    """A partner's value or the previous year's same months: an amount, or None to clear."""
    if figure.kind is FigureKind.MONEY and (value is None or value == ""):
        return None
    return _amount(figure, field, value)


def _amount(figure: Figure, field: str, value: Any) -> float:
    """A positive finite number of billions, for a figure that is an amount of money."""
    if figure.kind is not FigureKind.MONEY:
        raise _fault(
            field,
            translate("FigureEdits", "{label}: “{figure}” is not an amount of money."),
            figure=excerpt(figure.label),
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fault(field, translate("FigureEdits", "{label}: enter a number."))
    if not math.isfinite(value):
        raise _fault(field, translate("FigureEdits", "{label}: enter a finite number."))
    if value <= 0:
        raise _fault(field, translate("FigureEdits", "{label}: must be greater than zero."))
    if value > AMOUNT_MOST:  # its value in the other currency must be a number too
        raise _fault(
            field,
            translate("FigureEdits", "{label}: at most {most} billion."),
            most=number(AMOUNT_MOST, 0),
        )
    return float(value)


def _checked(figure: Figure, field: str, value: Any) -> Any:
    if field in ("partner_value", "previous_same_period"):
        return _second_value(figure, field, value)
    if field == "use_partner":
        if not isinstance(value, bool):
            raise _fault(field, translate("FigureEdits", "{label}: yes or no."))
        if value and figure.partner_value is None:
            raise _fault(
                field,
                translate(
                    "FigureEdits",
                    "{label}: enter the partner's value for “{figure}” first.",
                ),
                figure=excerpt(figure.label),
            )
        return value
    if field in ("label", "period", "quote", "partner_source"):
        if not isinstance(value, str):
            raise _fault(field, translate("FigureEdits", "{label}: enter text."))
        value = value.strip()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: it could be saved but never read back
            raise _fault(
                field, translate("FigureEdits", "{label}: holds a character that is not text.")
            ) from None
        if field == "label" and not value:
            raise _fault(field, translate("FigureEdits", "{label}: a figure needs a name."))
        if len(value) > TEXT_MAX:
            raise _fault(
                field,
                translate("FigureEdits", "{label}: at most {most} characters."),
                most=TEXT_MAX,
            )
        return value
    if field == "value":
        return _amount(figure, field, value)
    if field == "reported_currency":
        if figure.kind is not FigureKind.MONEY:
            raise _fault(
                field,
                translate("FigureEdits", "{label}: “{figure}” is not an amount of money."),
                figure=excerpt(figure.label),
            )
        try:
            return Currency(value)
        except ValueError:
            raise _fault(field, translate("FigureEdits", "{label}: USD or MYR.")) from None
    whole = not isinstance(value, bool) and isinstance(value, int)
    if field == "year":
        if not whole or not YEAR_MIN <= value <= YEAR_MAX:
            raise _fault(
                field,
                translate("FigureEdits", "{label}: a year from {low} to {high}."),
                low=YEAR_MIN,
                high=YEAR_MAX,
            )
        return value
    if not whole or not 1 <= value <= 12:  # months
        raise _fault(
            field,
            translate("FigureEdits", "{label}: a whole number from {low} to {high}."),
            low=1,
            high=12,
        )
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
            translate(
                "FigureEdits",
                "The sums need a figure for a later year than the base year "
                "({year}); this change would leave none.",
            ).format(year=dataset.base.year),
        )
    if newest.id != dataset.latest_id:
        dataset = replace(dataset, latest_id=newest.id)
    problem = role_problem(dataset, sentence=True)
    if problem:
        raise InputError(field, problem)
    return dataset


def edit_figure(dataset: Dataset, figure_id: str, field: str, value: Any) -> Dataset:
    """The dataset with one field of one figure changed; InputError if the value is bad."""
    if field not in EDITABLE:
        raise InputError(
            field, translate("FigureEdits", "“{field}” cannot be edited.").format(field=field)
        )
    index = next((i for i, f in enumerate(dataset.figures) if f.id == figure_id), None)
    if index is None:
        raise InputError(
            field, translate("FigureEdits", "There is no figure “{id}”.").format(id=figure_id)
        )
    figure = dataset.figures[index]
    if field in ("year", "months") and figure.kind is not FigureKind.MONEY:
        raise _fault(
            field,
            translate("FigureEdits", "{label}: “{figure}” is not a trade figure."),
            figure=excerpt(figure.label),
        )
    changed = replace(figure, **{field: _checked(figure, field, value)})
    if field == "partner_value" and changed.partner_value is None:
        changed = replace(changed, use_partner=False)  # nothing left to use
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
        "label": label.strip()
        or translate("FigureEdits", "Bilateral trade, {year}").format(year=year),
        "period": period.strip() or _period_words(year, months),
        "quote": quote,
    }
    checked = {field: _checked(draft, field, raw) for field, raw in entered.items()}
    figure = replace(draft, **checked)
    return _settled(replace(dataset, figures=(*dataset.figures, figure)), "value")


def _period_words(year: object, months: object) -> str:
    if months == 12:
        return translate("FigureEdits", "Calendar {year} (full year)").format(year=year)
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        return ""  # not a count of months: the months check refuses the entry before this
    return translate("FigureEdits", "{year}, %n month(s)", None, months).format(year=year)


def remove_figure(dataset: Dataset, figure_id: str) -> Dataset:
    """The dataset without one figure; the base and the target cannot be removed."""
    if figure_id == dataset.base_id:
        raise InputError(
            "figure",
            translate(
                "FigureEdits", "The base-year figure cannot be removed: the sums start there."
            ),
        )
    if figure_id == dataset.target_id:
        raise InputError("figure", translate("FigureEdits", "The target cannot be removed."))
    figures = tuple(figure for figure in dataset.figures if figure.id != figure_id)
    if len(figures) == len(dataset.figures):
        raise InputError(
            "figure", translate("FigureEdits", "There is no figure “{id}”.").format(id=figure_id)
        )
    return _settled(replace(dataset, figures=figures), "figure")


def with_monthly(dataset: Dataset, figures: Iterable[MonthlyFigure]) -> Dataset:
    """The dataset with monthly figures merged in: a month imported again takes the new
    value (a revised release), the other months stay."""
    merged = {(f.year, f.month): f for f in dataset.monthly}
    merged.update({(f.year, f.month): f for f in figures})
    return replace(dataset, monthly=tuple(merged[key] for key in sorted(merged)))


def without_monthly(dataset: Dataset) -> Dataset:
    return replace(dataset, monthly=())


def with_history(dataset: Dataset, records: Iterable[AnnualRecord]) -> Dataset:
    """The dataset with annual records merged in: a year a reporter gives again takes the new
    value (a revised release), the other years stay. Malaysia's report comes first, then
    Türkiye's, then an unnamed one, each by year, so a file saves the same bytes however the
    history arrived. (Every year from 1900 to 2200 of the three reports is under the file's
    limits.HISTORY_MOST.)"""
    merged = {(r.reporter, r.year): r for r in dataset.history}
    for record in records:
        if not _usable(record):
            raise InputError(
                "history",
                translate(
                    "FigureEdits",
                    "Annual history: the record of {year} cannot be used; years run from {low} "
                    "to {high}, amounts are more than zero and at most {most} billion.",
                ).format(
                    year=record.year, low=YEAR_MIN, high=YEAR_MAX, most=number(AMOUNT_MOST, 0)
                ),
            )
        merged[record.reporter, record.year] = record
    order = (*REPORTERS, "")
    kept = sorted(merged, key=lambda key: (order.index(key[0]), key[1]))
    return replace(dataset, history=tuple(merged[key] for key in kept))


def _usable(record: AnnualRecord) -> bool:
    value = record.value
    return (
        record.reporter in (*REPORTERS, "")
        and isinstance(record.currency, Currency)
        and YEAR_MIN <= record.year <= YEAR_MAX
        and isinstance(value, (int, float))
        and math.isfinite(value)
        and 0 < value <= AMOUNT_MOST
    )


def without_history(dataset: Dataset) -> Dataset:
    return replace(dataset, history=())
