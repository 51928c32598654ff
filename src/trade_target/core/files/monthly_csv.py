"""Monthly figures of bilateral trade, read from the CSV a statistics office exports.

The layout is documented for people in resources/monthly-format.md; in short: a header row
naming a month column and a value column (or exports and imports columns, which are added),
the currency in a column or in the value's heading, values in billions unless a unit column
or the heading says millions or thousands. Rows that cannot be read are listed with their
line numbers and the rest load; a file with no readable month at all is an InputError.

Here: the import's types, the file and the loop over its lines. In core/monthly, rows reads
the header and each row, forms knows the words a file may use, months holds the figure
itself, and pace the sums that check the figures against the required path.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass

from trade_target.core.errors import InputError
from trade_target.core.files.csv_text import decoded_text, looks_binary
from trade_target.core.files.storage import display_name, read_limited_bytes, size_in_words
from trade_target.core.i18n import translate
from trade_target.core.monthly import future as future_months
from trade_target.core.monthly.months import MonthlyFigure, period_label
from trade_target.core.monthly.rows import FIELD, SEPARATORS, RowReader

MAX_BYTES = 1024 * 1024  # years of monthly figures take a few kilobytes
MAX_PROBLEMS = 1000  # more bad rows than this: not a file of monthly figures


@dataclass(frozen=True)
class RowProblem:
    """A row left out of an import: its line in the file (the header is line 1 when it is
    the first line) and what is wrong with it."""

    line: int
    message: str


@dataclass(frozen=True)
class MonthlyImport:
    figures: tuple[MonthlyFigure, ...]  # sorted by month
    problems: tuple[RowProblem, ...]  # by line


# Reading ----------------------------------------------------------------------------------


def read_monthly_csv(
    path: str | os.PathLike[str], today: datetime.date | None = None
) -> MonthlyImport:
    """Read the CSV at `path`: UTF-8 (with or without a byte-order mark), UTF-16 with a
    byte-order mark (Excel's "Unicode text"), else Windows Turkish (cp1254), which also
    reads English and Malay text. StorageError when it cannot be opened or is over 1 MB."""
    name = os.fspath(path)
    too_large = translate(
        "Monthly", "“{name}” is larger than {size}; a file of monthly figures is smaller."
    )
    return parse_monthly_csv(_decoded(read_limited_bytes(name, MAX_BYTES, too_large), name), today)


def _decoded(data: bytes, path: str) -> str:
    text = decoded_text(data)
    if text is None:
        raise InputError(FIELD, _not_text(path))
    return text


def _not_text(path: str = "") -> str:
    if path:
        return translate(
            "Monthly",
            "“{name}” is not a text file: save the figures as CSV (comma- or "
            "semicolon-separated values).",
        ).format(name=display_name(path))
    return translate(
        "Monthly",
        "This is not text: save the figures as CSV (comma- or semicolon-separated values).",
    )


def parse_monthly_csv(text: str, today: datetime.date | None = None) -> MonthlyImport:
    """The months of a CSV text; InputError if it has no header or no readable month. A row
    for a month after `today`'s (by default the computer's date) is left out, as a row that
    cannot be read is: see future_months."""
    today = datetime.date.today() if today is None else today
    if len(text) > MAX_BYTES:
        raise InputError(
            FIELD,
            translate(
                "Monthly", "The text is longer than {size}; monthly figures are shorter."
            ).format(size=size_in_words(MAX_BYTES)),
        )
    text = text.removeprefix("\ufeff").rstrip("\x1a")
    if looks_binary(text):
        raise InputError(FIELD, _not_text())
    lines = re.split(r"\r\n|\r|\n", text)
    header_index = next((i for i, line in enumerate(lines) if not _skipped(line)), None)
    if header_index is None:
        raise InputError(FIELD, translate("Monthly", "The file is empty: it has no header row."))
    layout = RowReader.read(lines[header_index], header_index + 1)
    figures: dict[tuple[int, int], tuple[int, MonthlyFigure]] = {}
    problems: list[RowProblem] = []
    for index in range(header_index + 1, len(lines)):
        if _skipped(lines[index]):
            continue
        line = index + 1
        try:
            read = layout.figure(lines[index])
        except InputError as exc:
            problems.append(RowProblem(line, exc.message))
        else:
            if read is None:
                continue
            figure = MonthlyFigure(*read)
            key = (figure.year, figure.month)
            if future_months.is_future(*key, today):
                problems.append(RowProblem(line, future_months.future_sentence(*key, today)))
            elif key in figures:
                problems.append(RowProblem(line, _given_twice(figure, figures[key][0])))
            else:
                figures[key] = (line, figure)
        if len(problems) > MAX_PROBLEMS:
            raise InputError(
                FIELD,
                translate(
                    "Monthly",
                    "More than {count} rows cannot be read; is this a file of monthly figures? "
                    "The first, line {line}: {message}",
                ).format(count=MAX_PROBLEMS, line=problems[0].line, message=problems[0].message),
            )
    if not figures:
        if not problems:
            raise InputError(
                FIELD, translate("Monthly", "The file has a header row but no months.")
            )
        raise InputError(
            FIELD,
            translate("Monthly", "No month could be read. Line {line}: {message}").format(
                line=problems[0].line, message=problems[0].message
            ),
        )
    return MonthlyImport(
        figures=tuple(figure for _, figure in (figures[key] for key in sorted(figures))),
        problems=tuple(problems),
    )


def _skipped(line: str) -> bool:
    """Blank lines, lines of separators alone and comment lines (starting with #) are not
    rows."""
    stripped = line.strip()
    return not stripped.strip("".join(SEPARATORS) + '"') or stripped.startswith("#")


def _given_twice(figure: MonthlyFigure, first_line: int) -> str:
    return translate("Monthly", "{month} is given twice: it is already on line {line}.").format(
        month=period_label(figure.year, figure.month), line=first_line
    )
