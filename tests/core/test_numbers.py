"""Numbers typed with either decimal mark ("4,31" on a Malay or Turkish desktop, "4.31")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.numbers import parse_decimal, parse_whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,31", 4.31),
        ("4.31", 4.31),
        (" 4.31 ", 4.31),
        ("\t4,31\n", 4.31),
        ("4", 4.0),
        ("4,", 4.0),
        ("4.", 4.0),
        (",5", 0.5),
        (".5", 0.5),
        ("0,05", 0.05),
        ("+4,05", 4.05),
        ("-1,5", -1.5),
        ("\u22121.5", -1.5),  # the typographic minus sign
        ("4.3089", 4.3089),
        ("4,3089", 4.3089),
    ],
)
def test_parse_decimal_accepts_either_decimal_mark(text: str, expected: float) -> None:
    assert parse_decimal(text, "exchange_rate", "Exchange rate") == pytest.approx(
        expected, rel=1e-15
    )


@pytest.mark.parametrize(
    "text",
    [
        "1,234.5",
        "1.234,5",
        "1,234,567",
        "4.3.1",
        "4,,3",
        "abc",
        "4.31abc",
        "RM4.31",
        "",
        "   ",
        ",",
        ".",
        "-",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e5",
        "0x10",
        "1" * 400,  # parses to float infinity
    ],
)
def test_parse_decimal_refuses_ambiguous_or_non_numbers(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_decimal(text, "exchange_rate", "Exchange rate")
    assert caught.value.field == "exchange_rate"
    assert caught.value.message.startswith("Exchange rate")
    assert str(caught.value) == caught.value.message


@pytest.mark.parametrize("text", ["1,234.5", "1.234,5", "1,234,567"])
def test_thousands_separators_get_a_message_saying_so(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_decimal(text, "exchange_rate", "Exchange rate")
    assert "thousands separators" in caught.value.message


def test_input_error_is_a_value_error_and_a_trade_target_error() -> None:
    with pytest.raises(InputError) as caught:
        parse_decimal("abc", "years_to_target", "Years")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, TradeTargetError)
    assert caught.value.field == "years_to_target"


@pytest.mark.parametrize(("text", "expected"), [("5", 5), ("5,0", 5), ("5.0", 5), (" 50 ", 50)])
def test_parse_whole_accepts_whole_numbers(text: str, expected: int) -> None:
    value = parse_whole(text, "years_to_target", "Years")
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize("text", ["5,5", "5.5", "0.1", "abc", "", "nan", "inf", "1,000.0"])
def test_parse_whole_refuses_fractions_and_non_numbers(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_whole(text, "years_to_target", "Years")
    assert caught.value.field == "years_to_target"


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**9),
    fraction=st.text(alphabet="0123456789", min_size=1, max_size=8),
)
def test_comma_and_point_read_the_same(whole: int, fraction: str) -> None:
    with_point = parse_decimal(f"{whole}.{fraction}", "f", "F")
    with_comma = parse_decimal(f"{whole},{fraction}", "f", "F")
    assert with_point == with_comma == float(f"{whole}.{fraction}")
