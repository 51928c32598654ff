"""JSON text read strictly: an object that gives one key twice is refused.

Python's json module keeps the last of two equal keys without a word, so a hand-edited file
with `"exchange_rate": 4.05` and, further down, `"exchange_rate": 3.9` would load with a rate
its author may never have meant. A file that says two things is refused, naming the key.
"""

from __future__ import annotations

import json
from typing import Any

KEY_SHOWN_MAX = 60


class DuplicateKeyError(ValueError):
    """An object gives `key` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKeyError(key)
        obj[key] = value
    return obj


def loads(text: str) -> Any:
    """json.loads, refusing duplicate keys with DuplicateKeyError (a ValueError)."""
    return json.loads(text, object_pairs_hook=_object)


def shown_key(key: str) -> str:
    """A key from the file as a message quotes it: printable and short."""
    printable = "".join(char if char.isprintable() else " " for char in key)
    if len(printable) > KEY_SHOWN_MAX:
        printable = printable[: KEY_SHOWN_MAX - 1] + "…"
    return f"“{printable}”"
