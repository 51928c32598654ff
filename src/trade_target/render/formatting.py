"""Numbers and dates as the user's locale writes them (4.3089 in English, 4,3089 in Turkish;
8 January 2026, 8 Ocak 2026), and amounts with the language's abbreviation of "billion"."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, Qt

from trade_target.core.dataset import Citation, shown
from trade_target.core.i18n import percent_sign, shows_negative, translate
from trade_target.core.money import Currency

MOST_DECIMALS = 12  # a smaller amount is written 0.000000000000


def number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 2, signed: bool = True) -> str:
    """+13.97 % (+%13,97 in Turkish: the language places the percent sign). What rounds to
    zero takes no minus: −1e-9 is +0.00 % (0.00 % unsigned)."""
    text = number(abs(fraction) * 100, decimals)
    sign = "−" if shows_negative(fraction, text) else ("+" if signed else "")
    return percent_sign(text, sign)


def signed_number(value: float, decimals: int) -> str:
    """+1.25 or −1.25; what rounds to zero is +0.00, never −0.00."""
    text = number(abs(value), decimals)
    return ("−" if shows_negative(value, text) else "+") + text


def money(value: float, currency: Currency, decimals: int = 2) -> str:
    """Like US$5.20 bn; the abbreviation of "billion", and where it goes, are the language's."""
    written_amount = number(abs(value), decimals)
    sign = "−" if shows_negative(value, written_amount) else ""
    amount = translate("Formatting", "{symbol}{amount} bn").format(
        symbol=currency.symbol, amount=written_amount
    )
    return f"{sign}{amount}"


def money_to_figures(value: float, currency: Currency, least: int = 1, figures: int = 3) -> str:
    """Like money(), with as many decimals as `figures` significant figures need, at least
    `least`, trailing zeros beyond those dropped: a target of 0.02 is US$0.02 bn, not
    US$0.0 bn; 10 stays US$10.0 bn."""
    magnitude = math.floor(math.log10(abs(value))) if value and math.isfinite(value) else 0
    decimals = min(max(least, figures - 1 - magnitude), MOST_DECIMALS)
    rounded = round(value, decimals)
    decimals = next(
        d for d in range(least, decimals + 1) if math.isclose(rounded, round(rounded, d))
    )
    return money(value, currency, decimals)


def rate(value: float) -> str:
    """Up to four decimals, trailing zeros dropped: 4.3089, 4.05, 4."""
    text = number(value, 4)
    mark = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(mark) if mark in text else text


def date_words(date: QDate) -> str:
    """“8 January 2026”, the month named in the current language: what QLocale writes for
    "d MMMM yyyy" (the same in every locale Qt has), put together from its parts because
    a QDate handed to QLocale.toString has PySide load Python's datetime to tell the two
    kinds of date apart, a cost the status line paid before the window's first paint."""
    locale = QLocale()
    year = locale.toString(date.year()).replace(locale.groupSeparator(), "")
    return f"{locale.toString(date.day())} {locale.monthName(date.month())} {year}"


def published_words(citation: Citation) -> str:
    """The source's date of publication in the current language (as given if not a date)."""
    date = QDate.fromString(citation.published, Qt.DateFormat.ISODate)
    return date_words(date) if date.isValid() else shown(citation.published)
