"""Monthly figures: every month form, separators and decimal marks, encodings, bad rows with
their line numbers, hostile files, and the sums checked against sums written out here."""

from __future__ import annotations

import codecs
import datetime
import math
import random
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trade_target.core.errors import InputError
from trade_target.core.files.monthly_csv import (
    MAX_BYTES,
    MAX_PROBLEMS,
    parse_monthly_csv,
    read_monthly_csv,
)
from trade_target.core.files.storage import StorageError
from trade_target.core.money import Currency
from trade_target.core.monthly import forms as monthly_forms
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.monthly.pace import (
    PaceCheck,
    cumulative_by_year,
    pace_checks,
    pace_sentence,
    required_pace,
    same_months_total,
    trailing_twelve_months,
)

RATE = 4.3089  # the article's 21.2 / 4.92
USD, MYR = Currency.USD, Currency.MYR


def one_row(period: str) -> tuple[int, int]:
    result = parse_monthly_csv(f"Month;Value;Currency\n{period};1,5;RM\n")
    assert result.problems == ()
    (figure,) = result.figures
    return figure.year, figure.month


# --- Months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-01", (2025, 1)),
        ("2025-1", (2025, 1)),
        ("2025/03", (2025, 3)),
        ("2025.12", (2025, 12)),
        ("01/2025", (2025, 1)),
        ("1/2025", (2025, 1)),
        ("11-2024", (2024, 11)),
        ("02.2025", (2025, 2)),
        ("2025M01", (2025, 1)),
        ("2025m7", (2025, 7)),
        ("2025 M 10", (2025, 10)),
        ("202509", (2025, 9)),
        ("2025-01-01", (2025, 1)),
        ("2025-02-28 00:00:00", (2025, 2)),
        ("Jan 2025", (2025, 1)),
        ("January 2025", (2025, 1)),
        ("SEPT 2025", (2025, 9)),
        ("Dec-2024", (2024, 12)),
        ("Aug. 2025", (2025, 8)),
        ("2025 Mar", (2025, 3)),
        ("Ogos 2025", (2025, 8)),  # Malay
        ("Disember 2024", (2024, 12)),
        ("Mac 2025", (2025, 3)),
        ("Şubat 2025", (2025, 2)),  # Turkish
        ("ŞUBAT 2025", (2025, 2)),
        ("Aralık 2024", (2024, 12)),
        ("ARALIK 2024", (2024, 12)),
        ("Ağustos 2025", (2025, 8)),
        ("Eyl 2025", (2025, 9)),
        ("  2025-04  ", (2025, 4)),
    ],
)
def test_every_month_form(written: str, expected: tuple[int, int]) -> None:
    assert monthly_forms.period(written) == expected
    assert one_row(written) == expected


@pytest.mark.parametrize(
    "written",
    ["2025-13", "2025-", "-01", "2025-00", "13/2025", "2025M13", "202513", "2025-02-30",
     "31/01/2025", "01/31/2025", "Jan-25", "Foo 2025", "2025", "", "Q1 2025", "1949-12", "2101-01"],
)  # fmt: skip
def test_what_is_not_a_month_is_refused_with_the_forms(written: str) -> None:
    with pytest.raises(InputError) as caught:
        monthly_forms.period(written)
    message = caught.value.message
    assert "2025M01" in message or "1950" in message or "missing" in message


# --- Layout: separators, decimals, headings -------------------------------------------------


def test_semicolons_and_decimal_commas() -> None:
    result = parse_monthly_csv("Dönem;Değer;Para birimi\n2025M01;1,84;MYR\n2025M02;0,43;USD\n")
    assert result.problems == ()
    assert result.figures == (
        MonthlyFigure(2025, 1, 1.84, MYR),
        MonthlyFigure(2025, 2, 0.43, USD),
    )


def test_tabs_and_quoted_decimal_commas_in_a_comma_file() -> None:
    assert parse_monthly_csv("Month\tValue\tCurrency\n2025-01\t1.5\tUS$\n").figures == (
        MonthlyFigure(2025, 1, 1.5, USD),
    )
    result = parse_monthly_csv('Month,Value,Currency\n2025-01,"1,93",RM\n2025-02,1,93,RM\n')
    assert result.figures == (MonthlyFigure(2025, 1, 1.93, MYR),)
    assert [p.line for p in result.problems] == [3]
    assert "semicolons" in result.problems[0].message


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        ("Total trade (RM million)", "1930", (1.93, MYR)),
        ("Value, USD bn", "0.45", (0.45, USD)),
        ("value_usd_bn", "0.45", (0.45, USD)),
        ("Nilai (RM juta)", "1930,5", (1.9305, MYR)),
        ("Value (RM '000)", "1930000", (1.93, MYR)),
        ("Toplam ticaret (ABD doları, milyon)", "450", (0.45, USD)),
        ("Value (US$ thousand)", "450000", (0.45, USD)),
    ],
)
def test_currency_and_unit_in_the_heading(
    header: str, cell: str, expected: tuple[float, Currency]
) -> None:
    result = parse_monthly_csv(f"Month;{header}\n2025-01;{cell}\n")
    assert result.problems == ()
    (figure,) = result.figures
    assert (figure.value, figure.currency) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    ("currency", "unit", "cell", "expected"),
    [
        ("RM", "million", "1930", (1.93, MYR)),
        ("RM million", "", "1930", (1.93, MYR)),
        ("USD", "bn", "0.45", (0.45, USD)),
        ("", "USD mn", "450", (0.45, USD)),
        ("USD", "6", "450", (0.45, USD)),  # an SDMX unit multiplier
        ("USD", "0", "450000000", (0.45, USD)),
        ("Ringgit", "thousand", "1930000", (1.93, MYR)),
        ("MYR", "", "1,93", (1.93, MYR)),  # billions: the comma can only be decimal
    ],
)
def test_currency_and_unit_columns(
    currency: str, unit: str, cell: str, expected: tuple[float, Currency]
) -> None:
    result = parse_monthly_csv(f"Month;Value;Currency;Unit\n2025-01;{cell};{currency};{unit}\n")
    assert result.problems == ()
    (figure,) = result.figures
    assert (figure.value, figure.currency) == (pytest.approx(expected[0]), expected[1])


def test_exports_and_imports_are_added() -> None:
    result = parse_monthly_csv(
        "Date,Exports (RM million),Imports (RM million)\n2025-01-01,900,1030.5\n"
    )
    (figure,) = result.figures
    assert (figure.year, figure.month, figure.currency) == (2025, 1, MYR)
    assert figure.value == pytest.approx(0.9 + 1.0305)
    # Words the headings add that say nothing of currency or unit do not matter.
    result = parse_monthly_csv("Month;Exports (RM bn, fob);Imports (RM bn, cif)\n2025-01;1;2\n")
    assert result.figures == (MonthlyFigure(2025, 1, 3.0, MYR),)


def test_year_and_month_columns() -> None:
    text = "Yıl;Ay;Değer (USD milyon)\n2025;1;430\n2025;Şubat;410\n2025;13;1\n"
    result = parse_monthly_csv(text)
    assert [(f.year, f.month, f.value) for f in result.figures] == [
        (2025, 1, pytest.approx(0.43)),
        (2025, 2, pytest.approx(0.41)),
    ]
    assert [p.line for p in result.problems] == [4]


def test_other_columns_and_comments_are_ignored_and_figures_come_sorted() -> None:
    text = (
        "# Malaysia: trade with Türkiye\n"
        "Country,Period,Flow note,Total trade,Currency\n"
        "Türkiye,2025-02,x,2,RM\n"
        "  # a comment between rows\n"
        "Türkiye,2025-01,y,1,RM\n"
        ";;;\n"
        ",,,,\n"
    )
    result = parse_monthly_csv(text)
    assert result.problems == ()
    assert [(f.month, f.value) for f in result.figures] == [(1, 1.0), (2, 2.0)]


# --- Bad rows and bad files -----------------------------------------------------------------


def test_bad_rows_are_listed_with_their_line_numbers_and_good_rows_load() -> None:
    text = "\n".join(
        [
            "# sample",  # 1
            "",  # 2
            "Month,Value,Currency",  # 3: the header
            "2025-01,1.84,RM",  # 4
            "2025-13,1.76,RM",  # 5: no such month
            "2025-03,abc,RM",  # 6: not a number
            "",  # 7
            "2025-04,1.88,EUR",  # 8: a currency the app cannot use
            "2025-05,,RM",  # 9: no value
            "2025-06,1.90,",  # 10: no currency
            "2025-07,-2.05,RM",  # 11: negative
            "2025-08,0,RM",  # 12: zero
            "2025-09,1.93,RM",  # 13
            "2025-01,1.99,RM",  # 14: January again
            "2025-10,1.234.5,RM",  # 15: two marks
            "2025-11,250,RM",  # 16: 250 billion in one month
        ]
    )
    result = parse_monthly_csv(text)
    assert [(f.month, f.value) for f in result.figures] == [(1, 1.84), (9, 1.93)]
    assert [p.line for p in result.problems] == [5, 6, 8, 9, 10, 11, 12, 14, 15, 16]
    messages = {p.line: p.message for p in result.problems}
    assert "2025-13" in messages[5]
    assert "“abc” is not a number" in messages[6]
    assert "EUR" in messages[8]
    assert "no figure" in messages[9]
    assert "currency" in messages[10].lower()
    assert "negative" in messages[11]
    assert "greater than zero" in messages[12]
    assert messages[14] == "Jan 2025 is given twice: it is already on line 4."
    assert "thousands separators" in messages[15]
    assert "millions" in messages[16]


def test_ambiguous_thousands_are_refused_in_millions() -> None:
    result = parse_monthly_csv(
        "Month;Value (RM million)\n2025-01;1,930\n2025-02;1930\n2025-03;1930,25\n2025-04;1.93\n"
    )
    assert [(f.month, f.value) for f in result.figures] == [
        (2, 1.93),
        (3, pytest.approx(1.93025)),
        (4, pytest.approx(0.00193)),
    ]
    assert [p.line for p in result.problems] == [2]
    assert "thousands separator" in result.problems[0].message


def test_an_all_bad_file_is_an_error_naming_the_first_problem() -> None:
    with pytest.raises(InputError) as caught:
        parse_monthly_csv("Month;Value (RM million)\n2025-01;1,930\n2025-02;1.930\n")
    assert "Line 2" in caught.value.message
    assert "thousands separator" in caught.value.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("\n\n# only a comment\n", "empty"),
        ("Month,Value,Currency\n", "no months"),
        ("Month,Value,Currency\n\n# nothing\n", "no months"),
        ("2025-01,1.84,RM\n2025-02,1.76,RM\n", "not a header row"),
        ("Month,Amount due\n", "not a header row"),
        ("Month,Value\n2025-01,1\n", "which currency"),
        ("Month;Value (EUR)\n2025-01;1\n", "EUR"),
        ("Month;Value;Date;Currency\n", "two month columns"),
        ("Month;Exports (RM);Imports (USD)\n", "different currencies"),
    ],
)
def test_files_without_a_usable_header_or_month_are_errors(text: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_monthly_csv(text)
    assert words in caught.value.message
    assert caught.value.field == "monthly_file"


def test_a_heading_that_disagrees_with_the_row() -> None:
    result = parse_monthly_csv(
        "Month;Value (RM);Currency;Unit\n2025-01;1;RM;\n2025-02;1;USD;\n2025-03;1;;million\n"
    )
    assert [f.month for f in result.figures] == [1, 3]
    assert result.figures[1].value == pytest.approx(0.001)
    assert [p.line for p in result.problems] == [3]
    assert "US$" in result.problems[0].message and "RM" in result.problems[0].message


# --- Encodings and the file ------------------------------------------------------------------


SAMPLE_ROWS = "Dönem;Değer;Para birimi\n2025M01;1,84;RM\nŞubat 2025;1,76;RM\n"
EXPECTED = (MonthlyFigure(2025, 1, 1.84, MYR), MonthlyFigure(2025, 2, 1.76, MYR))


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE_ROWS.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE_ROWS.encode("utf-8"),
        SAMPLE_ROWS.replace("\n", "\r\n").encode("utf-8"),
        SAMPLE_ROWS.encode("utf-16"),  # with its byte-order mark
        SAMPLE_ROWS.encode("cp1254"),  # Windows Turkish
    ],
    ids=["utf-8", "utf-8 with BOM", "CRLF", "utf-16", "cp1254"],
)
def test_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "monthly.csv"
    path.write_bytes(data)
    assert read_monthly_csv(path).figures == EXPECTED
    assert read_monthly_csv(str(path)).figures == EXPECTED


def test_a_bom_in_the_text_itself() -> None:
    assert parse_monthly_csv("\ufeff" + SAMPLE_ROWS).figures == EXPECTED


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.write(b"Month,Value,Currency\n")
        file.seek(MAX_BYTES + 10)
        file.write(b"\n")
    with pytest.raises(StorageError) as caught:
        read_monthly_csv(path)
    assert "huge.csv" in caught.value.message and "1 MB" in caught.value.message


def test_text_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_monthly_csv("Month,Value,Currency\n" + "2025-01,1,RM\n" * (MAX_BYTES // 13 + 1))
    assert "1 MB" in caught.value.message


def test_binary_garbage_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    with pytest.raises(InputError, match=re.escape("“garbage.csv” is not a text file")):
        read_monthly_csv(path)
    zipped = tmp_path / "book.csv"  # a spreadsheet saved under a .csv name
    zipped.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"Month,Value\n" * 10)
    with pytest.raises(InputError, match=re.escape("“book.csv” is not a text file")):
        read_monthly_csv(zipped)
    with pytest.raises(InputError, match="This is not text"):
        parse_monthly_csv("Month,Value,Currency\n2025-01,1,RM\x00\n")


def test_a_million_columns_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_monthly_csv("Month" + "," * 1_000_000 + "\n")  # under the size limit
    assert "1000001 columns" in caught.value.message


def test_a_huge_cell_spoils_only_its_row() -> None:
    result = parse_monthly_csv(
        "Month,Value,Currency\n2025-01,1,RM\n2025-02," + "9" * 200_000 + ",RM\n"
    )
    assert [f.month for f in result.figures] == [1]
    assert [p.line for p in result.problems] == [3]


def test_a_wide_row_is_a_problem_not_a_crash() -> None:
    result = parse_monthly_csv("Month,Value,Currency\n2025-01,1,RM\n2025-02,1,RM" + ",x" * 5000)
    assert [p.line for p in result.problems] == [3]


def test_too_many_bad_rows_is_not_a_file_of_monthly_figures() -> None:
    text = "Month,Value,Currency\n2025-01,1,RM\n" + "nonsense,1,RM\n" * (MAX_PROBLEMS + 1)
    with pytest.raises(InputError) as caught:
        parse_monthly_csv(text)
    assert "Line 3" in caught.value.message or "line 3" in caught.value.message


def test_missing_and_folder_paths_are_storage_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        read_monthly_csv(tmp_path / "nowhere.csv")
    with pytest.raises(StorageError, match="folder"):
        read_monthly_csv(tmp_path)


# --- Round trip -----------------------------------------------------------------------------

ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
MONTH_FORMS = (
    lambda y, m: f"{y}-{m:02d}",
    lambda y, m: f"{y}-{m}",
    lambda y, m: f"{m:02d}/{y}",
    lambda y, m: f"{y}M{m:02d}",
    lambda y, m: f"{y}{m:02d}",
    lambda y, m: f"{ENGLISH_MONTHS[m - 1]} {y}",
    lambda y, m: f"{y}-{m:02d}-15",
)


@settings(max_examples=150, deadline=None)
@given(
    months=st.dictionaries(
        st.tuples(st.integers(2000, 2040), st.integers(1, 12)),
        st.integers(0, 3).flatmap(  # values up to 100 billion, with 0–3 decimals
            lambda places: st.tuples(
                st.integers(1, 100 * 10**places), st.just(places), st.sampled_from([USD, MYR])
            )
        ),
        min_size=1,
        max_size=40,
    ),
    separator=st.sampled_from([",", ";", "\t"]),
    decimal_comma=st.booleans(),
    form=st.integers(0, len(MONTH_FORMS) - 1),
    blank_lines=st.lists(st.integers(0, 50), max_size=5),
)
def test_round_trip(
    months: dict[tuple[int, int], tuple[int, int, Currency]],
    separator: str,
    decimal_comma: bool,
    form: int,
    blank_lines: list[int],
) -> None:
    rows = ["Period" + separator + "Value" + separator + "Currency"]
    for (year, month), (digits, places, currency) in months.items():
        value = digits / 10**places
        written = f"{value:.{places}f}"
        if decimal_comma:
            written = written.replace(".", ",")
            if separator == ",":
                written = f'"{written}"'
        rows.append(separator.join([MONTH_FORMS[form](year, month), written, currency.symbol]))
    for position in blank_lines:
        rows.insert(min(max(position, 1), len(rows)), "")
    # The months run to 2040: "today" is put after them, as future months are refused.
    result = parse_monthly_csv("\n".join(rows) + "\n", datetime.date(2041, 1, 1))
    assert result.problems == ()
    expected = tuple(
        MonthlyFigure(year, month, digits / 10**places, currency)
        for (year, month), (digits, places, currency) in sorted(months.items())
    )
    assert result.figures == expected


# --- Sums -----------------------------------------------------------------------------------


def figures_of(values: dict[tuple[int, int], float], currency: Currency = MYR) -> list:
    return [MonthlyFigure(y, m, v, currency) for (y, m), v in values.items()]


def test_cumulative_by_year_against_sums_written_out() -> None:
    values = {(2025, m): 1.0 + m / 10 for m in range(1, 6)}
    values[(2024, 11)] = 2.0  # no January: no year-to-date
    values[(2024, 12)] = 2.5
    values[(2026, 1)] = 3.0
    values[(2026, 3)] = 3.0  # February missing: the total stops at January
    totals = cumulative_by_year(figures_of(values), RATE)
    assert totals[2024] == []
    assert [m for m, _ in totals[2025]] == [1, 2, 3, 4, 5]
    for month, total in totals[2025]:
        by_hand = sum(1.0 + k / 10 for k in range(1, month + 1)) / RATE
        assert total == pytest.approx(by_hand, rel=1e-12)
    assert totals[2026] == [(1, pytest.approx(3.0 / RATE))]


def test_cumulative_converts_each_figure_in_its_own_currency() -> None:
    figures = [MonthlyFigure(2025, 1, 0.5, USD), MonthlyFigure(2025, 2, 2.0, MYR)]
    (_, first), (_, second) = cumulative_by_year(figures, 4.0)[2025]
    assert first == 0.5
    assert second == pytest.approx(0.5 + 2.0 / 4.0)


def test_required_pace_is_required_times_months_over_twelve() -> None:
    required_2025 = 5.2 * (10 / 5.2) ** (1 / 5)  # one year along the 13.97 % path
    pace = required_pace(required_2025)
    assert [m for m, _ in pace] == list(range(1, 13))
    for month, value in pace:
        assert value == pytest.approx(required_2025 * month / 12, rel=1e-12)
    assert required_pace(6.0, 3) == [(1, 0.5), (2, 1.0), (3, 1.5)]
    with pytest.raises(ValueError):
        required_pace(6.0, 13)


def test_trailing_twelve_months() -> None:
    values = {(2024, m): float(m) for m in range(1, 13)}
    values.update({(2025, m): 10.0 + m for m in range(1, 4)})
    total = sum(values[(2024, m)] for m in range(4, 13)) + sum(10.0 + m for m in range(1, 4))
    assert trailing_twelve_months(figures_of(values, USD), RATE) == (2025, 3, pytest.approx(total))
    # A gap in the last twelve months: the latest complete twelve end before it.
    del values[(2025, 2)]
    assert trailing_twelve_months(figures_of(values, USD), RATE) == (
        2025,
        1,
        pytest.approx(sum(range(2, 13)) + 11.0),
    )
    del values[(2024, 6)]
    assert trailing_twelve_months(figures_of(values, USD), RATE) is None
    eleven = {(2025, m): 1.0 for m in range(1, 12)}
    assert trailing_twelve_months(figures_of(eleven), RATE) is None
    assert trailing_twelve_months([], RATE) is None


def test_same_months_total() -> None:
    values = {(2024, m): 0.4 + m / 100 for m in range(1, 13)}
    assert same_months_total(figures_of(values, USD), 2024, 11, RATE) == pytest.approx(
        sum(0.4 + m / 100 for m in range(1, 12))
    )
    in_ringgit = figures_of({key: value * RATE for key, value in values.items()}, MYR)
    assert same_months_total(in_ringgit, 2024, 12, RATE) == pytest.approx(
        sum(0.4 + m / 100 for m in range(1, 13))
    )
    del values[(2024, 5)]
    assert same_months_total(figures_of(values, USD), 2024, 4, RATE) is not None
    assert same_months_total(figures_of(values, USD), 2024, 5, RATE) is None
    assert same_months_total(figures_of(values, USD), 2023, 1, RATE) is None
    with pytest.raises(ValueError):
        same_months_total(figures_of(values, USD), 2024, 0, RATE)


# --- The sample and the pace sentence ------------------------------------------------------------


def sample_text() -> str:
    return (
        resources.files("trade_target.resources").joinpath("monthly-sample.csv").read_text("utf-8")
    )


def test_the_sample_parses_and_matches_the_article() -> None:
    result = parse_monthly_csv(sample_text())
    assert result.problems == ()
    jan_nov_2025 = [f for f in result.figures if f.year == 2025]
    assert [f.month for f in jan_nov_2025] == list(range(1, 12))
    assert {f.currency for f in jan_nov_2025} == {MYR}
    assert math.fsum(f.value for f in jan_nov_2025) == pytest.approx(21.2, abs=1e-9)
    year_2024 = [f for f in result.figures if f.year == 2024]
    assert [f.month for f in year_2024] == list(range(1, 13))
    assert math.fsum(f.value for f in year_2024) == pytest.approx(5.2, abs=1e-9)
    assert "ILLUSTRATIVE" in sample_text()


def test_the_sample_against_the_required_pace() -> None:
    figures = parse_monthly_csv(sample_text()).figures
    required = {2024: 5.2, 2025: 5.2 * (10 / 5.2) ** (1 / 5)}
    checks = {check.year: check for check in pace_checks(figures, RATE, required)}
    assert checks[2024].months == 12
    assert checks[2024].difference_usd == pytest.approx(0, abs=1e-12)
    check = checks[2025]
    assert check.months == 11
    assert check.cumulative_usd == pytest.approx(21.2 / RATE)
    assert check.pace_usd == pytest.approx(required[2025] * 11 / 12)
    fraction = (21.2 / RATE - required[2025] * 11 / 12) / (required[2025] * 11 / 12)
    assert check.difference_fraction == pytest.approx(fraction)
    assert f"{abs(fraction) * 100:.1f}" == "9.4"
    assert pace_sentence(check, USD, RATE) == (
        "Jan–Nov 2025: US$4.92 bn, 9.4 % behind the required pace (US$5.43 bn)."
    )
    assert pace_sentence(check, MYR, RATE) == (
        f"Jan–Nov 2025: RM21.20 bn, 9.4 % behind the required pace "
        f"(RM{required[2025] * 11 / 12 * RATE:.2f} bn)."
    )
    assert pace_sentence(checks[2024], USD, RATE) == (
        "Jan–Dec 2024: US$5.20 bn, on the required pace (US$5.20 bn)."
    )


def test_pace_sentences_for_gaps_and_years_off_the_path() -> None:
    ahead = PaceCheck(2026, 2, 2, 1.2, 6.0)  # pace 1.0
    assert pace_sentence(ahead, USD, RATE) == (
        "Jan–Feb 2026: US$1.20 bn, 20.0 % ahead of the required pace (US$1.00 bn)."
    )
    gap = PaceCheck(2026, 1, 4, 0.5, 6.0)
    assert pace_sentence(gap, USD, RATE).endswith(
        "Feb 2026 is missing, so the later months are not in the total."
    )
    assert pace_sentence(gap, USD, RATE).startswith("Jan 2026: US$0.50 bn, on the required pace")
    off_path = PaceCheck(2023, 3, 3, 1.0, None)
    assert pace_sentence(off_path, USD, RATE) == (
        "Jan–Mar 2023: US$1.00 bn; the required path has no value for 2023."
    )
    no_january = PaceCheck(2024, 0, 12, 0.0, 5.2)
    assert pace_sentence(no_january, USD, RATE) == (
        "2024: no year-to-date total, as Jan 2024 is missing."
    )
