"""CSV the reader's spreadsheet reads right: numbers as numbers, in the reader's language.

A spreadsheet opens a CSV file with its language's conventions. Where the decimal mark is
a point (English, Malay) Excel and LibreOffice expect "," between fields and "5.926"; where
it is a comma (Turkish) they expect ";" between fields and "5,926", and read "5.926" as
5926 and "5.2" as text or a date. So a CSV is written in the style of the language it is
exported in (`for_language`), unless the user or a script chooses one.

Every text cell is quoted, and in the semicolon style so is every number with a decimal
comma: LibreOffice's text-import dialog ticks comma, semicolon and tab together by default,
and a quoted field is never split, yet is still read as a number.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence

from trade_target.core.files.spreadsheet_text import Cell, clean_text, defused
from trade_target.core.i18n import number

CSV_BOM = "\ufeff"
AUTO = "auto"
_QUOTE = '"'
_LINE_END = "\r\n"


class CsvStyle(enum.Enum):
    """How fields are separated and how a decimal is written."""

    COMMA = "comma"  # 5.926,13.97 — English, Malay
    SEMICOLON = "semicolon"  # 5,926;13,97 — Turkish, and most of continental Europe

    @property
    def separator(self) -> str:
        return "," if self is CsvStyle.COMMA else ";"

    @property
    def decimal_mark(self) -> str:
        return "." if self is CsvStyle.COMMA else ","


CHOICES = (AUTO, *(style.value for style in CsvStyle))


def decimal_mark() -> str:
    """The installed language's decimal mark, as the app writes numbers in it."""
    return re.sub(r"\d", "", number(1.5, 1)) or "."


def for_language() -> CsvStyle:
    """The style a spreadsheet in the installed language expects."""
    return CsvStyle.SEMICOLON if decimal_mark() == "," else CsvStyle.COMMA


def chosen(name: str) -> CsvStyle:
    """A style by its name in `CHOICES`; "auto" is the installed language's."""
    return for_language() if name == AUTO else CsvStyle(name)


def _quoted(text: str) -> str:
    return _QUOTE + text.replace(_QUOTE, _QUOTE * 2) + _QUOTE


def _field(cell: Cell, style: CsvStyle) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        text = repr(cell)  # the shortest text that reads back as the same float
        if style.decimal_mark == "." or "." not in text:
            return text
        return _quoted(text.replace(".", style.decimal_mark))
    if isinstance(cell, int):
        return str(int(cell))
    return _quoted(defused(clean_text(cell)))


def csv_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[Cell]], style: CsvStyle | None = None
) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads the accents), a header row, CRLF lines;
    `style` None is the installed language's."""
    style = style or for_language()
    lines = [style.separator.join(_field(cell, style) for cell in row) for row in (headers, *rows)]
    return (CSV_BOM + _LINE_END.join(lines) + _LINE_END).encode("utf-8")
