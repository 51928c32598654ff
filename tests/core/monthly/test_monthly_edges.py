"""Monthly files at their edges: the size limit to the byte, an end-of-file mark, a byte-order
mark, a thousand bad rows, line numbers, years at the ends of the range, and headings that
say their currency and scale in brackets or after "in".

Every refusal names the monthly file (field "monthly_file") or the month ("month").
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from trade_target.core.errors import InputError
from trade_target.core.files import monthly_csv as monthly
from trade_target.core.files.storage import StorageError
from trade_target.core.money import Currency
from trade_target.core.monthly import forms as monthly_forms
from trade_target.core.monthly.forms import Role, Scale, describe, heading, period
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.monthly.rows import FIELD

HEADER = "Month,Value (RM bn)\n"
TODAY = datetime.date(2025, 12, 31)
NOT_A_MONTH = "“2024-13” is not a month: write it like 2025-01, 01/2025, 2025M01 or Jan 2025."


def refused(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        monthly.parse_monthly_csv(text, TODAY)
    assert caught.value.field == FIELD
    return caught.value


def test_a_text_of_exactly_the_limit_is_read_and_one_more_is_not() -> None:
    start = HEADER + "2024-01,1.5\n#"
    exactly = start + "x" * (monthly.MAX_BYTES - len(start))
    assert len(exactly) == monthly.MAX_BYTES
    assert len(monthly.parse_monthly_csv(exactly, TODAY).figures) == 1
    assert refused(exactly + "x").message.startswith("The text is longer than ")


def test_an_end_of_file_mark_and_a_byte_order_mark_are_not_data() -> None:
    for text in (HEADER + "2024-01,1.5\n\x1a\x1a", "\ufeff" + HEADER + "2024-01,1.5\n"):
        read = monthly.parse_monthly_csv(text, TODAY)
        assert read.figures == (MonthlyFigure(2024, 1, 1.5, Currency.MYR),)
        assert read.problems == ()


def test_control_characters_are_not_text() -> None:
    assert refused(HEADER + "2024-01,1.5\x00").message == (
        "This is not text: save the figures as CSV (comma- or semicolon-separated values)."
    )


def test_a_row_of_one_letter_is_a_problem_not_a_blank() -> None:
    read = monthly.parse_monthly_csv(HEADER + "X\n2024-02,1.5\n", TODAY)
    assert [problem.line for problem in read.problems] == [2]


def test_a_future_month_is_a_problem_on_its_line() -> None:
    read = monthly.parse_monthly_csv(HEADER + "2024-02,1.5\n2026-01,1.5\n", TODAY)
    assert [problem.line for problem in read.problems] == [3]


def test_a_thousand_bad_rows_are_problems_and_one_more_is_not_a_monthly_file() -> None:
    other = "x,1\n"  # a second kind of problem, so "the first" can be told apart
    thousand = HEADER + "2024-13,1\n" + other * 999 + "2024-01,1.5\n"
    read = monthly.parse_monthly_csv(thousand, TODAY)
    assert (len(read.figures), len(read.problems)) == (1, 1000)
    message = refused(thousand.replace("2024-01,1.5\n", other * 2)).message
    assert message == (
        "More than 1000 rows cannot be read; is this a file of monthly figures? "
        f"The first, line 2: {NOT_A_MONTH}"
    )


def test_no_readable_month_names_the_first_problem() -> None:
    assert (
        refused(HEADER + "2024-13,1\n").message == f"No month could be read. Line 2: {NOT_A_MONTH}"
    )


def test_a_header_is_found_after_blank_and_comment_lines_and_named_by_its_line() -> None:
    assert refused("\n# note\nfoo,bar\n2024-01,1\n").message.startswith(
        "Line 3 is not a header row:"
    )


def test_reading_a_file_honours_the_date_given(tmp_path: Path) -> None:
    path = tmp_path / "months.csv"
    path.write_text(HEADER + "2024-06,1.5\n2024-07,1.5\n", "utf-8")
    read = monthly.read_monthly_csv(path, datetime.date(2024, 6, 30))
    assert [figure.month for figure in read.figures] == [6]
    assert [problem.line for problem in read.problems] == [3]


def test_a_binary_or_oversized_file_is_refused_by_name(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"Month,Value\x00\x01\x02")
    with pytest.raises(InputError) as caught:
        monthly.read_monthly_csv(binary, TODAY)
    assert caught.value.field == FIELD
    assert caught.value.message.startswith("“photo.csv” is not a text file")
    big = tmp_path / "big.csv"
    big.write_bytes(b"#" * (monthly.MAX_BYTES + 1))
    with pytest.raises(StorageError) as too_large:
        monthly.read_monthly_csv(big, TODAY)
    assert "a file of monthly figures is smaller" in str(too_large.value)


def test_the_years_run_from_1950_to_2100() -> None:
    assert period("1950-01") == (1950, 1)
    assert period("2100-12") == (2100, 12)
    for text in ("1949-01", "2101-01"):
        with pytest.raises(InputError) as caught:
            period(text)
        assert caught.value.field == "month"
        assert caught.value.message == f"“{text}”: the year must be from 1950 to 2100."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The month is missing."),
        ("xyz", "“xyz” is not a month: write it like 2025-01, 01/2025, 2025M01 or Jan 2025."),
    ],
)
def test_a_month_that_is_not_one_names_the_month(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        period(text)
    assert (caught.value.field, caught.value.message) == ("month", message)


def test_headings_say_currency_and_scale_after_in_or_in_brackets() -> None:
    in_words = heading("Total trade in RM bn")
    bracketed = heading("Value (RM) (billion)")
    for role, described in (in_words, bracketed):
        assert role is Role.VALUE
        assert (described.currency, described.scale) == (Currency.MYR, Scale.BILLIONS)
        assert (described.unknown, described.clash) == ((), False)


def test_what_the_words_of_a_heading_say() -> None:
    assert describe(["in", "rm", "bn"]) == monthly_forms.Descriptor(Currency.MYR, Scale.BILLIONS)
    assert describe(["rm"]).other_currency == ""
    assert describe(["9"]) == monthly_forms.Descriptor(unknown=("9",))
    assert describe(["9"], exponent_allowed=True) == monthly_forms.Descriptor(scale=Scale.BILLIONS)
    assert describe(["rm", "usd"]) == monthly_forms.Descriptor(clash=True)
    assert describe(["bn", "million"]) == monthly_forms.Descriptor(clash=True)
    assert describe(["rm", "bn", "euro", "tonnes"]) == monthly_forms.Descriptor(
        Currency.MYR, Scale.BILLIONS, other_currency="euro", unknown=("tonnes",)
    )
