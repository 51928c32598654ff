"""What a scenario name may hold: text that shows as it reads and compares as it looks.

A name appears in titles, legends, tables and exported files. Control characters (a NUL, an
escape, a bell; tabs and line breaks are tidied into spaces before this check) would break
those lines or hide in them, and the
Unicode direction controls (embeddings, overrides and isolates, U+202A–U+202E and
U+2066–U+2069) can make a name display as something other than what it is, so both are
refused, however the name arrives: typed, pasted or read from a file. Names are kept in
Unicode's composed form (NFC), so "Türkiye" typed as "u" plus a combining mark and as "ü"
are one name.
"""

from __future__ import annotations

import unicodedata

DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def forbidden_character(text: str) -> str | None:
    """The first control or direction-control character in `text`, or None."""
    for char in text:
        if char in DIRECTION_CONTROLS or unicodedata.category(char) == "Cc":
            return char
    return None


def code_point(char: str) -> str:
    """A character as a person can look it up: U+202E."""
    return f"U+{ord(char):04X}"


def composed(text: str) -> str:
    return unicodedata.normalize("NFC", text)
