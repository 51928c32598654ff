"""Every sentence the core asks to translate is one the translators were given.

While a core test runs, `translate` answers in English as usual, and also checks that the
(context, text) pair the code asked for is a message of the translation sources: a context
or a sentence typed differently from what lupdate extracted would stay English in a Malay or
Turkish window. tests/test_translations.py checks that the sources are current; this checks,
sentence by sentence, every message that the core tests make the code say.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from trade_target.core import i18n

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUE = SOURCES / "trade_target_ms.ts"
# Functions that pass any text through `translate` (the embedded dataset's own words are in
# the catalogue; a user's own label is not, and comes back unchanged).
PASS_THROUGH = {("trade_target.core.dataset", "shown")}
_MUTATED_NAME = re.compile(r"^x_|__mutmut_\w+$")  # a mutation-testing copy of a function


@cache
def catalogue() -> frozenset[tuple[str, str, str | None]]:
    """(context, source, disambiguation) of every current message of the sources."""
    entries = set()
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            source, comment = message.findtext("source") or "", message.findtext("comment")
            entries.add((context.findtext("name") or "", source, comment))
    return frozenset(entries)


def _passed_over(module: object) -> bool:
    return module == i18n.__name__ or str(module).split(".")[0] == "mutmut"


def caller() -> tuple[str, str]:
    """The module and function that called `translate`, past i18n's own frames (and those
    of a mutation-testing tool's wrappers)."""
    frame = sys._getframe(2)
    while frame.f_back is not None and _passed_over(frame.f_globals.get("__name__")):
        frame = frame.f_back
    return str(frame.f_globals.get("__name__")), _MUTATED_NAME.sub("", frame.f_code.co_name)


class CheckingTranslator:
    """English, like `i18n`'s own, noting every request the sources do not have."""

    def __init__(self, english: i18n.Translator) -> None:
        self.english = english
        self.unknown: list[str] = []

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        module, function = caller()
        if module.startswith("trade_target."):
            known = catalogue()
            contexts = {entry[0] for entry in known}
            passes = (module, function) in PASS_THROUGH and context in contexts
            if not passes and (context, text, disambiguation) not in known:
                self.unknown.append(
                    f"{module}.{function}: translate({context!r}, {text!r}, {disambiguation!r})"
                )
        return self.english(context, text, disambiguation, n)


@pytest.fixture(autouse=True)
def sentences_are_in_the_catalogue() -> Iterator[CheckingTranslator]:
    checking = CheckingTranslator(i18n._translator)
    i18n.install(checking)
    yield checking
    i18n.install(None)
    assert not checking.unknown, (
        f"not in {CATALOGUE.name} (run packaging/update_translations.py, or fix the call):\n"
        + "\n".join(dict.fromkeys(checking.unknown))
    )
