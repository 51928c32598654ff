"""Every sentence a person reads passes through `translate`, so it can be shown in Malay or
Turkish; every number in a sentence passes through `number`, so it is written as the chosen
language writes it (4.3089 in English, 4,3089 in Turkish).

The core has no Qt, so both are hooks: with nothing installed they give the English source
text and Python's own number format (what the core's tests and the plain command line see).
The window and the command line's `--lang` install Qt's translators and locale
(trade_target.translations). Qt's extraction tool (pyside6-lupdate) finds every
`translate("Context", "text")` call and every `QT_TRANSLATE_NOOP("Context", "text")` mark,
so the first two arguments must be string literals; sentences with values in them keep
`{name}` placeholders that the caller fills after translating, and a count goes in `n`
(the source then says `%n`, and each language gives its plural forms).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
NumberFormat = Callable[[float, int], str]

_PLURAL_S = re.compile(r"\((s|es)\)")


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The source text, with `%n` filled and "year(s)" made "year" or "years"."""
    if n < 0:
        return text
    text = _PLURAL_S.sub("" if n == 1 else r"\1", text)
    return text.replace("%n", str(n))


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


_translator: Translator = _english
_number: NumberFormat = _plain_number


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (English when none is installed)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for extraction where it is defined; `translate` it where it is shown."""
    return text


def number(value: float, decimals: int) -> str:
    """`value` with `decimals` places, as the installed locale writes it (no grouping)."""
    return _number(value, decimals)


def percent(fraction: float, decimals: int = 2) -> str:
    """A growth fraction as a signed percentage in the installed locale: 0.13966 → "+13.97 %"."""
    sign = "+" if fraction >= 0 else "\u2212"
    return f"{sign}{number(abs(fraction) * 100, decimals)} %"


def install(translator: Translator | None, number_format: NumberFormat | None = None) -> None:
    """Route `translate` and `number` through a language; None restores English."""
    global _translator, _number
    _translator = translator or _english
    _number = number_format or _plain_number
