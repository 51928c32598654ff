"""Currencies and conversion through the user's exchange rate (RM per US$)."""

from __future__ import annotations

from enum import Enum


class Currency(str, Enum):
    USD = "USD"
    MYR = "MYR"

    @property
    def symbol(self) -> str:
        return "US$" if self is Currency.USD else "RM"

    @property
    def other(self) -> Currency:
        return Currency.MYR if self is Currency.USD else Currency.USD


def convert(value: float, source: Currency, target: Currency, myr_per_usd: float) -> float:
    """Convert `value` between currencies; `myr_per_usd` is ringgit per US dollar."""
    if source is target:
        return value
    if source is Currency.USD:
        return value * myr_per_usd
    return value / myr_per_usd
