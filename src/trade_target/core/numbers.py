"""Reading numbers typed by people whose desktops write "4,31" or "4.31".

A stock spin box in an English locale reads "4,31" as 431 (the comma taken as a
thousands separator). For the quantities here — rates near 4, amounts in billions,
whole years — a thousands separator is never needed, so either mark is read as the
decimal mark and anything ambiguous is refused with a message instead of guessed.
"""

from __future__ import annotations

import math
import re

from trade_target.core.errors import InputError
from trade_target.core.i18n import number, translate
from trade_target.core.shown_text import excerpt

_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_PLAIN_DECIMAL = re.compile(r"-?\d+\.(\d+)")


def parse_decimal(text: str, field: str, label: str) -> float:
    """Parse `text` as a decimal with '.' or ',' as the decimal mark."""
    cleaned = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise InputError(
            field, translate("Numbers", "{label}: enter a number.").format(label=label)
        )
    if cleaned.count(".") + cleaned.count(",") > 1:
        raise InputError(
            field,
            translate(
                "Numbers",
                "{label}: “{text}” has more than one decimal mark; "
                "type the number without thousands separators.",
            ).format(label=label, text=excerpt(text)),
        )
    if not _DECIMAL.fullmatch(cleaned):
        raise InputError(
            field,
            translate("Numbers", "{label}: “{text}” is not a number.").format(
                label=label, text=excerpt(text)
            ),
        )
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(
            field, translate("Numbers", "{label}: enter a finite number.").format(label=label)
        )
    return value


def parse_whole(text: str, field: str, label: str) -> int:
    """Parse `text` as a whole number; "5,0" is accepted, "5,5" is refused."""
    value = parse_decimal(text, field, label)
    if value != int(value):
        raise InputError(
            field,
            translate("Numbers", "{label}: enter a whole number (no fraction).").format(
                label=label
            ),
        )
    return int(value)


def written(text: str) -> str:
    """A number Python wrote as `text` (with repr or `:g`), as the installed language writes
    it: the same digits and decimals, the language's decimal mark. Whole numbers, exponents,
    inf and nan have no decimal mark to change and come back as they are."""
    match = _PLAIN_DECIMAL.fullmatch(text)
    if match is None:
        return text
    return number(float(text), len(match.group(1)))
