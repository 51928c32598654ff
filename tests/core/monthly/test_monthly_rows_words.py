"""What a monthly file's rows and header are told, word for word: each bad row becomes a
problem on its line with a message naming the column and the value, and a bad header stops
the import naming its line."""

from __future__ import annotations

import datetime

import pytest

from trade_target.core.errors import InputError
from trade_target.core.files import monthly_csv as monthly
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.monthly.rows import FIELD

TODAY = datetime.date(2025, 12, 31)
GOOD = "2024-02,1\n"  # every file below also has one good row, so the import goes through


def problem(text: str) -> str:
    header = text.splitlines()[0]
    good = {"Month,Value,Unit": "2024-02,1,RM bn\n", "Month,Value,Currency": "2024-02,1,RM\n"}
    read = monthly.parse_monthly_csv(text + good.get(header, GOOD), TODAY)
    assert [figure.month for figure in read.figures] == [2]
    assert [found.line for found in read.problems] == [2]
    return read.problems[0].message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Month,Value (RM bn)\n2024-01,\n", "Value: no figure."),
        ("Month,Value (RM bn)\n2024-01,-1.5\n", "Value: trade cannot be negative."),
        ("Month,Value (RM bn)\n2024-01,0\n", "The value must be greater than zero."),
        (
            "Month,Value (RM bn)\n2024-01,1500\n",
            "Value: 1500 billion in one month is far more than this trade; if the values are "
            "in millions, say so in a Unit column or in the heading, like “Value (RM million)”.",
        ),
        (
            'Month,Value (RM million)\n2024-01,"1, 930"\n',
            "Value: in millions, “1, 930” could mean thousands or decimals; write it without "
            "a thousands separator.",
        ),
        (
            'Month,Value (RM million)\n2024-01,"1,\u00a0930"\n',
            # The message quotes it on one line of plain spaces.
            "Value: in millions, “1, 930” could mean thousands or decimals; write it without "
            "a thousands separator.",
        ),
        (
            "Month,Value,Unit\n2024-01,1.5,tonnes\n",
            "“tonnes” is not a currency or unit: write MYR, RM, USD or US$, and if the values "
            "are not in billions, million or thousand.",
        ),
        (
            "Month,Value (RM),Unit\n2024-01,1.5,million bn\n",
            "“million bn” is not a currency or unit: write MYR, RM, USD or US$, and if the "
            "values are not in billions, million or thousand.",
        ),
        (
            "Month,Value,Currency\n2024-01,1.5,EUR\n",
            "The values are in EUR; only US$ and RM figures can be used. Convert them to one of "
            "these first.",
        ),
        (
            "Month,Value (RM bn),Currency\n2024-01,1.5,USD\n",
            "Two currencies are named for this row: RM, US$.",
        ),
        (
            "Month,Value (RM bn),Unit\n2024-01,1.5,million\n",
            "Two units are named for this row: billions, millions.",
        ),
        (
            "Month,Value (RM bn)\n2024-01,1,2,3\n",
            "The row has 4 cells but the header names 2 columns: is a decimal comma splitting a "
            "value? Put such values in quotes, or separate the columns with semicolons.",
        ),
        (
            'Month,Value (RM bn)\n2024-01,"' + "1" * 200_000 + '"\n',  # past csv's limit
            "A cell is too long to be a month's figure.",
        ),
    ],
)
def test_a_bad_row_is_a_problem_in_words(text: str, message: str) -> None:
    assert problem(text) == message


def test_a_quoted_value_after_a_space_is_one_cell() -> None:
    read = monthly.parse_monthly_csv('Month;Value (RM bn)\n2024-01; "1,5"\n', TODAY)
    assert read.figures == (MonthlyFigure(2024, 1, 1.5, Currency.MYR),)


def test_a_year_column_and_a_month_name() -> None:
    read = monthly.parse_monthly_csv("Year,Month,Value (RM bn)\n2024,Jan,1.5\n2024,2,1\n", TODAY)
    assert [(figure.year, figure.month) for figure in read.figures] == [(2024, 1), (2024, 2)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Month,Value (RM USD)\n2024-01,1\n",
            "The value's heading names two currencies or two units.",
        ),
        (
            "# exported\nMonth,Value (RM bn),Total (RM bn)\n2024-01,1,1\n",
            "The header (line 2) has two value columns, “Value (RM bn)” and “Total (RM bn)”; "
            "keep one.",
        ),
        (
            "\n" + "," * 99 + "Month,Value (RM bn)\n2024-01,1\n",
            "The header (line 2) has 101 columns; a file of monthly figures has a few.",
        ),
    ],
)
def test_a_bad_header_stops_the_import_naming_its_line(text: str, message: str) -> None:
    with pytest.raises(InputError) as refused:
        monthly.parse_monthly_csv(text, TODAY)
    assert (refused.value.field, refused.value.message) == (FIELD, message)


def test_a_header_of_a_hundred_columns_is_not_too_wide() -> None:
    with pytest.raises(InputError) as refused:
        monthly.parse_monthly_csv("," * 98 + "Month,Value (RM bn)\n2024-01,1\n", TODAY)
    assert "columns; a file of monthly figures has a few" not in refused.value.message
