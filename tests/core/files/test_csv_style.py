"""CSV in the reader's language: "," and "." where the language writes a decimal point,
";" and "," where it writes a decimal comma (Turkish), chosen by the installed language's
number format unless asked for; every number reads back exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from trade_target.core import i18n
from trade_target.core.files import csv_style
from trade_target.core.files.csv_style import CsvStyle, csv_bytes
from trade_target.core.files.table_export import Table, table_csv

GAP = 5.367272727272727 - 5.9265598551744825  # 2025's gap with the article's figures


def comma_decimals(value: float, decimals: int) -> str:
    """How a Turkish desktop writes a number (what translations.use installs for "tr")."""
    return f"{value:.{decimals}f}".replace(".", ",")


@pytest.fixture
def turkish_numbers() -> Iterator[None]:
    i18n.install(None, comma_decimals)
    yield
    i18n.install(None)


def rows_of(data: bytes, separator: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=separator))


def test_the_style_follows_the_languages_decimal_mark(turkish_numbers: None) -> None:
    assert csv_style.decimal_mark() == ","
    assert csv_style.for_language() is CsvStyle.SEMICOLON
    assert csv_style.chosen("auto") is CsvStyle.SEMICOLON
    assert csv_style.chosen("comma") is CsvStyle.COMMA


def test_english_writes_a_decimal_point() -> None:
    assert csv_style.decimal_mark() == "."
    assert csv_style.for_language() is CsvStyle.COMMA
    assert csv_style.chosen("semicolon") is CsvStyle.SEMICOLON


def test_semicolon_style_by_default_in_a_decimal_comma_language(turkish_numbers: None) -> None:
    table = Table("t", ("Yıl", "Fark; US$"), ((2025, GAP), (2026, 1e-05)))
    data = table_csv(table)
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == '"Yıl";"Fark; US$"'
    # A decimal comma is quoted: LibreOffice's import dialog splits at commas too by default.
    assert lines[1] == f'2025;"{repr(GAP).replace(".", ",")}"'
    assert lines[2] == "2026;1e-05"
    header, first, second = rows_of(data, ";")
    assert header == ["Yıl", "Fark; US$"]
    assert float(first[1].replace(",", ".")) == GAP  # exactly
    assert float(second[1]) == 1e-05


def test_comma_style_quotes_text_and_leaves_numbers_bare() -> None:
    data = csv_bytes(("Name", "Rate"), (('a;b, “c” "d"', 4.05), (None, -0.5)), CsvStyle.COMMA)
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[1] == '"a;b, “c” ""d""",4.05'
    assert lines[2] == ",-0.5"
    assert rows_of(data, ",")[1] == ['a;b, “c” "d"', "4.05"]


@pytest.mark.parametrize("style", list(CsvStyle))
def test_every_number_reads_back_exactly(style: CsvStyle) -> None:
    values = (0.1 + 0.2, -2.40993640477992, 1e-16, 123456789.125, 0.0, 10.0)
    data = csv_bytes(("v",), ((value,) for value in values), style)
    read = [
        float(row[0].replace(style.decimal_mark, ".")) for row in rows_of(data, style.separator)[1:]
    ]
    assert read == list(values)


def test_an_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError):
        csv_style.chosen("tab")
