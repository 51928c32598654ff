"""A month's figure of bilateral trade, and the words that name a month or a span of months.

Reading a statistics office's CSV (files/monthly_csv), the pace sums (pace), the check for
months still to come (future) and the dataset that holds the figures all take these; keeping
them here lets those modules use each other without importing one another back.
"""

from __future__ import annotations

from dataclasses import dataclass

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency

MONTHS_IN_YEAR = 12

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Monthly", "Jan"),
    QT_TRANSLATE_NOOP("Monthly", "Feb"),
    QT_TRANSLATE_NOOP("Monthly", "Mar"),
    QT_TRANSLATE_NOOP("Monthly", "Apr"),
    QT_TRANSLATE_NOOP("Monthly", "May"),
    QT_TRANSLATE_NOOP("Monthly", "Jun"),
    QT_TRANSLATE_NOOP("Monthly", "Jul"),
    QT_TRANSLATE_NOOP("Monthly", "Aug"),
    QT_TRANSLATE_NOOP("Monthly", "Sep"),
    QT_TRANSLATE_NOOP("Monthly", "Oct"),
    QT_TRANSLATE_NOOP("Monthly", "Nov"),
    QT_TRANSLATE_NOOP("Monthly", "Dec"),
)


@dataclass(frozen=True)
class MonthlyFigure:
    year: int
    month: int  # 1–12
    value: float  # billions, in `currency`
    currency: Currency


def month_name(month: int) -> str:
    """The month's short name in the installed language: Jan … Dec."""
    return translate("Monthly", MONTH_NAMES[month - 1])


def period_label(year: int, month: int) -> str:
    return translate("Monthly", "{month} {year}").format(month=month_name(month), year=year)


def span_label(year: int, first: int, last: int) -> str:
    """Jan–Oct 2025; one month alone is Jan 2025."""
    if first == last:
        return period_label(year, first)
    return translate("Monthly", "{first}–{last} {year}").format(
        first=month_name(first), last=month_name(last), year=year
    )
