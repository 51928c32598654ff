"""Monthly figures for months that have not happened yet are refused, naming the month.

No statistics office has published a figure for next month: such a row is a typing slip
(2062 for 2026) or a file from a computer whose clock is wrong, and taken as data it would
make the pace and the trailing twelve months look further along than they are. Today's date
is passed in, so a test can say which day it is; the month in progress has begun and may
carry a preliminary figure, so only months after it are refused.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from trade_target.core.errors import DatasetError
from trade_target.core.i18n import translate
from trade_target.core.monthly.months import MonthlyFigure, period_label


def is_future(year: int, month: int, today: datetime.date) -> bool:
    return (year, month) > (today.year, today.month)


def future_sentence(year: int, month: int, today: datetime.date) -> str:
    """Why a row of a monthly CSV is left out."""
    return translate(
        "Monthly", "{month} has not happened yet (today is {today}); it can have no figure."
    ).format(month=period_label(year, month), today=today.isoformat())


def first_future(figures: Iterable[MonthlyFigure], today: datetime.date) -> MonthlyFigure | None:
    return next((f for f in figures if is_future(f.year, f.month, today)), None)


def refuse_in_scenarios(
    scenarios: Iterable[tuple[str, Iterable[MonthlyFigure]]], today: datetime.date
) -> None:
    """DatasetError naming the scenario and the month, for the first monthly figure of a
    month after today's; `scenarios` gives each scenario's name and monthly figures."""
    for name, monthly in scenarios:
        figure = first_future(monthly, today)
        if figure is not None:
            place = translate("FileFormat", "scenario {name}").format(name=f"“{name}”")
            raise DatasetError(
                translate(
                    "Monthly",
                    "{where}: a monthly figure is given for {month}, which has not happened "
                    "yet (today is {today}).",
                ).format(
                    where=place,
                    month=period_label(figure.year, figure.month),
                    today=today.isoformat(),
                )
            )
