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
# Where a language puts the percent sign and the sign of the number: English and Malay
# write "+13.97 %", Turkish "+%13,97" (the percent sign first, no space).
PercentPattern = str
PLAIN_PERCENT: PercentPattern = "{sign}{number} %"
WORD_JOINER = "\u2060"

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
_percent_pattern: PercentPattern = PLAIN_PERCENT


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (English when none is installed)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for extraction where it is defined; `translate` it where it is shown."""
    return text


def number(value: float, decimals: int) -> str:
    """`value` with `decimals` places, as the installed locale writes it (no grouping)."""
    return _number(value, decimals)


def percent_sign(written_number: str, sign: str = "") -> str:
    """A number already written, and its sign, with the percent sign where the installed
    language puts it: "+13.97 %" in English and Malay, "+%13,97" in Turkish.

    A line may break after "+" or "−" before "%" (Unicode's line breaking rules), which
    would leave "+" at the end of one line and "%3,22" on the next: an invisible word
    joiner (U+2060) between them says not to."""
    text = _percent_pattern.format(sign=sign, number=written_number)
    return text.replace(sign + "%", sign + WORD_JOINER + "%", 1) if sign else text


def percent(fraction: float, decimals: int = 2) -> str:
    """A growth fraction as a signed percentage in the installed language: 0.13966 →
    "+13.97 %" ("+%13,97" in Turkish); −1e-9 is "+0.00 %", never "−0.00 %"."""
    written_number = number(abs(fraction) * 100, decimals)
    sign = "\u2212" if shows_negative(fraction, written_number) else "+"
    return percent_sign(written_number, sign)


def shows_negative(value: float, written_number: str) -> bool:
    """Whether `value`, written as `written_number` (without its sign), takes a minus:
    not when it rounds to zero, which has no sign ("0.00", not "−0.00")."""
    return value < 0 and any(digit in written_number for digit in "123456789")


def install(
    translator: Translator | None,
    number_format: NumberFormat | None = None,
    percent_pattern: PercentPattern | None = None,
) -> None:
    """Route `translate`, `number` and `percent` through a language; None restores English."""
    global _translator, _number, _percent_pattern
    _translator = translator or _english
    _number = number_format or _plain_number
    _percent_pattern = percent_pattern or PLAIN_PERCENT
