"""Text that leaves the app for a spreadsheet — a CSV or TSV cell, an Excel cell, a Ctrl+C
paste — arrives as text and is never run as a formula.

Excel, LibreOffice and Google Sheets run a cell that starts with "=", "+", "-" or "@" as a
formula, even from a CSV file or a paste; a leading tab or carriage return can hide such a
start (OWASP's CSV-injection list names all six). A scenario named `=HYPERLINK("http://…")`
or `+cmd|' /C calc'!A0` would otherwise become a link or a command on the reader's desk.
Every writer asks `runs_as_formula`: the text forms put an apostrophe in front (`defused`),
which a spreadsheet shows as a plain character; an .xlsx cell keeps its text, stored as text,
and gets Excel's own "quote prefix" mark so that editing the cell keeps it text. A number
written as text ("-0.56", "+13.97 %", "-0,56", "+%13,97") reads back as that number and is
left alone.
"""

from __future__ import annotations

import re

from trade_target.core.i18n import WORD_JOINER

Cell = int | float | str | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE_PREFIX = "'"
# Characters XML 1.0 (and so an .xlsx file) cannot hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A plain number, as a spreadsheet reads one: a sign, digits with "." or "," marks, an
# exponent, a percent sign after the number or, as Turkish writes it, before ("+%13,97"),
# the sign perhaps held to it by the word joiner that keeps a line from breaking there.
_NUMBER = re.compile(rf"[+-]?({WORD_JOINER}?%\s?)?(\d+([.,]\d+)*|[.,]\d+)([eE][+-]?\d+)?(\s?%)?")


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula: it starts with one of
    `FORMULA_STARTS`, or does so after spaces, and is not simply a number."""
    start = text.lstrip()
    if not text.startswith(FORMULA_STARTS) and not start.startswith(FORMULA_STARTS):
        return False
    return _NUMBER.fullmatch(start.rstrip()) is None


def defused(text: str) -> str:
    """`text` as a spreadsheet shows it in a text form (CSV, TSV, the clipboard's text and
    HTML): with a leading apostrophe when it could run as a formula."""
    return QUOTE_PREFIX + text if runs_as_formula(text) else text


def clean_text(text: str) -> str:
    """Text every file format can hold: no XML-illegal controls, no lone surrogates."""
    text = _NOT_XML.sub(" ", text)
    return text.encode("utf-8", "replace").decode("utf-8")


def one_line(text: str) -> str:
    """Text for one cell of a tab-separated paste: tabs and line breaks would split it."""
    return " ".join(text.split())
