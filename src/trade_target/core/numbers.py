"""Reading numbers typed by people whose desktops write "4,31" or "4.31".

A stock spin box in an English locale reads "4,31" as 431 (the comma taken as a
thousands separator). For the quantities here — rates near 4, amounts in billions,
whole years — a thousands separator is never needed, so either mark is read as the
decimal mark and anything ambiguous is refused with a message instead of guessed.
"""

from __future__ import annotations

import math
import re

from .errors import InputError

_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


def parse_decimal(text: str, field: str, label: str) -> float:
    """Parse `text` as a decimal with '.' or ',' as the decimal mark."""
    cleaned = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise InputError(field, f"{label}: enter a number.")
    if cleaned.count(".") + cleaned.count(",") > 1:
        raise InputError(
            field,
            f"{label}: “{text.strip()}” has more than one decimal mark; "
            "type the number without thousands separators.",
        )
    if not _DECIMAL.fullmatch(cleaned):
        raise InputError(field, f"{label}: “{text.strip()}” is not a number.")
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(field, f"{label}: enter a finite number.")
    return value


def parse_whole(text: str, field: str, label: str) -> int:
    """Parse `text` as a whole number; "5,0" is accepted, "5,5" is refused."""
    value = parse_decimal(text, field, label)
    if value != int(value):
        raise InputError(field, f"{label}: enter whole years (no fraction).")
    return int(value)
