"""Numbers as the user's locale writes them (4.3089 in English, 4,3089 in Turkish), and
amounts with the language's abbreviation of "billion"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..core.i18n import translate
from ..core.money import Currency


def number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 2, signed: bool = True) -> str:
    text = number(abs(fraction) * 100, decimals)
    sign = ("+" if fraction >= 0 else "−") if signed else ("−" if fraction < 0 else "")
    return f"{sign}{text} %"


def money(value: float, currency: Currency, decimals: int = 2) -> str:
    """Like US$5.20 bn; the abbreviation of "billion", and where it goes, are the language's."""
    sign = "−" if value < 0 else ""
    amount = translate("Formatting", "{symbol}{amount} bn").format(
        symbol=currency.symbol, amount=number(abs(value), decimals)
    )
    return f"{sign}{amount}"


def rate(value: float) -> str:
    """Up to four decimals, trailing zeros dropped: 4.3089, 4.05, 4."""
    text = number(value, 4)
    mark = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(mark) if mark in text else text
