"""The annual history read from a CSV: a UN Comtrade export (both countries' reports, exports
plus imports, US dollars to billions) and a plain year and value; rows that cannot be read
listed with their line numbers; hostile files refused with a message, never a hang.

Every refusal names the history file (field "history_file").
"""

from __future__ import annotations

import codecs
import datetime
import os
import time
from importlib import resources
from pathlib import Path

import pytest

from trade_target.core import history
from trade_target.core.errors import InputError
from trade_target.core.files import history_csv
from trade_target.core.files.history_csv import parse_history_csv, read_history_csv
from trade_target.core.files.history_rows import FIELD, Layout
from trade_target.core.files.storage import StorageError
from trade_target.core.history import AnnualRecord, TrendChoice
from trade_target.core.money import Currency

TODAY = datetime.date(2026, 6, 30)
COMTRADE_HEADER = (
    "typeCode,freqCode,refYear,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
    "partnerCode,partnerISO,partnerDesc,partner2Code,cmdCode,customsCode,motCode,primaryValue\n"
)
_NAMES = {"MYS": ("458", "Malaysia"), "TUR": ("792", "Türkiye"), "W00": ("0", "World")}


def comtrade_row(
    year: object,
    reporter: str,
    flow: str,
    partner: str,
    value: object,
    *,
    frequency: str = "A",
    commodity: str = "TOTAL",
    customs: str = "C00",
) -> str:
    code, name = _NAMES.get(reporter, ("276", "Germany"))
    partner_code, partner_name = _NAMES.get(partner, ("276", "Germany"))
    words = {"X": "Export", "M": "Import", "RX": "Re-export"}.get(flow, flow)
    return (
        f"C,{frequency},{year},{year},{code},{reporter},{name},{flow},{words},"
        f"{partner_code},{partner},{partner_name},0,{commodity},{customs},0,{value}\n"
    )


def refused(text: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_history_csv(text, TODAY)
    assert caught.value.field == FIELD
    return caught.value


# --- UN Comtrade ---------------------------------------------------------------------------


def test_a_comtrade_export_with_both_reporters_gives_two_series_of_exports_plus_imports() -> None:
    text = COMTRADE_HEADER + "".join(
        [
            comtrade_row(2020, "TUR", "X", "MYS", 410_000_000),
            comtrade_row(2020, "MYS", "X", "TUR", 2_345_600_000),
            comtrade_row(2020, "MYS", "M", "TUR", 654_400_000),
            comtrade_row(2021, "MYS", "M", "TUR", "750000000.5"),
            comtrade_row(2021, "MYS", "X", "TUR", "2.9E+09"),
            comtrade_row(2020, "TUR", "M", "MYS", 2_190_000_000),
        ]
    )
    read = parse_history_csv(text, TODAY)
    assert read.layout is Layout.COMTRADE
    assert read.problems == () and read.skipped == 0
    # Malaysia's report first, then Türkiye's; each year by hand: (X + M) / 10⁹.
    assert [(r.reporter, r.year, r.currency) for r in read.records] == [
        ("MYS", 2020, Currency.USD),
        ("MYS", 2021, Currency.USD),
        ("TUR", 2020, Currency.USD),
    ]
    values = [r.value for r in read.records]
    assert values == pytest.approx([3.0, 3.6500000005, 2.6], rel=1e-12)
    # Mirror data: the two reports of 2020 are two series, and the scenario says which it uses.
    assert history.reporters(read.records) == ("MYS", "TUR")
    assert history.series(read.records, "TUR", 4.0) == ((2020, pytest.approx(2.6)),)
    assert history.used_reporter(read.records, TrendChoice(reporter="TUR")) == "TUR"
    assert history.used_reporter(read.records, TrendChoice()) == "MYS"


def test_rows_about_other_trade_are_counted_and_left_out_not_listed_as_problems() -> None:
    text = COMTRADE_HEADER + "".join(
        [
            comtrade_row(2020, "MYS", "X", "TUR", 2_000_000_000),
            comtrade_row(2020, "MYS", "M", "TUR", 1_000_000_000),
            comtrade_row(2020, "MYS", "X", "W00", 250_000_000_000),  # partner World
            comtrade_row(2020, "MYS", "X", "DEU", 9_000_000_000),  # another partner
            comtrade_row(2020, "DEU", "M", "TUR", 5_000_000_000),  # another reporter
            comtrade_row(2020, "TUR", "RX", "MYS", 10_000_000),  # a re-export
            comtrade_row(2020, "MYS", "X", "TUR", 1_000_000, commodity="85"),  # one chapter
            comtrade_row(2020, "MYS", "X", "TUR", 1_000_000, customs="C01"),  # one procedure
        ]
    )
    read = parse_history_csv(text, TODAY)
    assert read.records == (AnnualRecord(2020, 3.0, Currency.USD, "MYS"),)
    assert read.problems == ()
    assert read.skipped == 6
    assert history_csv.skipped_words(read.skipped) == (
        "6 rows about other countries, flows or commodities left out: they are not "
        "Malaysia–Türkiye trade in goods."
    )


def test_a_year_with_one_flow_is_a_problem_on_its_line_never_half_a_year() -> None:
    text = (
        "# an export\n"
        + COMTRADE_HEADER
        + comtrade_row(2019, "MYS", "X", "TUR", 2_000_000_000)  # line 3: no imports
        + comtrade_row(2020, "MYS", "X", "TUR", 2_000_000_000)
        + comtrade_row(2020, "MYS", "M", "TUR", 500_000_000)
        + comtrade_row(2020, "TUR", "M", "MYS", 2_100_000_000)  # line 6: no exports
    )
    read = parse_history_csv(text, TODAY)
    assert read.records == (AnnualRecord(2020, 2.5, Currency.USD, "MYS"),)
    assert [(p.line, p.message) for p in read.problems] == [
        (
            3,
            "2019, reported by Malaysia: the exports are given but not the imports; a year's "
            "bilateral trade is exports plus imports, so the year is left out.",
        ),
        (
            6,
            "2020, reported by Türkiye: the imports are given but not the exports; a year's "
            "bilateral trade is exports plus imports, so the year is left out.",
        ),
    ]


def test_bad_rows_are_listed_with_their_line_numbers_and_good_rows_load() -> None:
    text = COMTRADE_HEADER + "".join(
        [
            comtrade_row(2020, "MYS", "X", "TUR", 2_000_000_000),  # 2
            comtrade_row(2020, "MYS", "M", "TUR", 1_000_000_000),  # 3
            comtrade_row(2020, "MYS", "M", "TUR", 1_100_000_000),  # 4: imports twice
            comtrade_row("20x1", "MYS", "X", "TUR", 1),  # 5
            comtrade_row(2021, "MYS", "X", "TUR", "-5"),  # 6
            comtrade_row(2021, "MYS", "X", "TUR", "lots"),  # 7
            comtrade_row(2027, "MYS", "X", "TUR", 1),  # 8: after the current year
            comtrade_row(2021, "MYS", "", "TUR", 1),  # 9
            comtrade_row(2021, "MYS", "X", "TUR", 1, frequency="M"),  # 10
            comtrade_row(2021, "MYS", "X", "TUR", 2e12),  # 11: 2,000 billion
            comtrade_row(2021, "MYS", "X", "TUR", "1e999"),  # 12
            comtrade_row(1949, "MYS", "X", "TUR", 1),  # 13
        ]
    )
    read = parse_history_csv(text, TODAY)
    assert read.records == (AnnualRecord(2020, 3.0, Currency.USD, "MYS"),)
    assert [(p.line, p.message) for p in read.problems] == [
        (4, "2020, reported by Malaysia: the imports are given twice: they are already on line 3."),
        (5, "“20x1” is not a year: write it with four digits, like 2019."),
        (6, "Trade value: trade cannot be negative."),
        (7, "Trade value: “lots” is not a number."),
        (
            8,
            "2027 is not a year of the history: years from 1950 to 2026 are read (a year after "
            "the current one has no figure yet).",
        ),
        (9, "The flow is missing: write X or M."),
        (10, "The row is not annual (freqCode M); export annual figures (frequency A)."),
        (
            11,
            "Trade value: 2000 billion in one year is far more than this trade; a UN Comtrade "
            "value is in US dollars.",
        ),
        (12, "Trade value: “1e999” is not a finite number."),
        (
            13,
            "1949 is not a year of the history: years from 1950 to 2026 are read (a year after "
            "the current one has no figure yet).",
        ),
    ]


def test_the_older_export_with_names_and_turkey_is_read() -> None:
    text = (
        "Classification,Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Reporter,"
        "Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Trade Value (US$)\n"
        "H4,2016,2016,2,Export,792,Turkey,TUR,458,Malaysia,MYS,TOTAL,300000000\n"
        "H4,2016,2016,1,Import,792,Turkey,TUR,458,Malaysia,MYS,TOTAL,2200000000\n"
        "H4,2016,2016,3,Re-Export,792,Turkey,TUR,458,Malaysia,MYS,TOTAL,1000\n"
    )
    read = parse_history_csv(text, TODAY)
    assert read.records == (AnnualRecord(2016, 2.5, Currency.USD, "TUR"),)
    assert read.skipped == 1


def test_country_names_alone_identify_the_reporters() -> None:
    text = (
        "refYear;reporterDesc;partnerDesc;flowDesc;primaryValue\n"
        "2018;Malaysia;Türkiye;Export;1500000000\n"
        "2018;Malaysia;Turkiye;Import;500000000\n"
    )
    assert parse_history_csv(text, TODAY).records == (AnnualRecord(2018, 2.0, Currency.USD, "MYS"),)


def test_a_comtrade_header_without_a_needed_column_says_which() -> None:
    text = "refYear,flowCode,partnerISO,primaryValue\n2020,X,TUR,1\n"
    assert refused(text).message == (
        "The header (line 1) names a flow, as a UN Comtrade export does, but no reporter "
        "(reporterISO) column: export the data again with every column."
    )


def test_a_file_of_other_trade_only_says_what_to_export() -> None:
    text = COMTRADE_HEADER + comtrade_row(2020, "MYS", "X", "W00", 5) * 3
    assert refused(text).message == (
        "None of the 3 rows is Malaysia–Türkiye trade in goods: export from UN Comtrade with "
        "Malaysia and Türkiye as reporters and partners, commodity TOTAL, flows exports and "
        "imports."
    )


def test_a_monthly_comtrade_export_is_refused_with_the_first_reason() -> None:
    text = COMTRADE_HEADER + comtrade_row(2020, "MYS", "X", "TUR", 5, frequency="M") * 2
    assert refused(text).message == (
        "No year could be read. Line 2: The row is not annual (freqCode M); export annual "
        "figures (frequency A)."
    )


# --- A year and a value --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "values"),
    [
        ("Year,Value (US$ bn)\n2019,3.2\n2020,2.9\n", Currency.USD, [3.2, 2.9]),
        ("year;RM bn\n2019;13,8\n2020;12,5\n", Currency.MYR, [13.8, 12.5]),
        ("Tahun,MYR\n2019,13.8\n2020,12.5\n", Currency.MYR, [13.8, 12.5]),
        ("Yıl\tUSD\n2019\t3.2\n2020\t2.9\n", Currency.USD, [3.2, 2.9]),
        ("Year,Value,Currency\n2019,3.2,USD\n2020,2.9,US$\n", Currency.USD, [3.2, 2.9]),
        ("Year,Value (US$ million)\n2019,3200\n2020,2900\n", Currency.USD, [3.2, 2.9]),
    ],
)
def test_a_plain_year_and_value_is_read_in_its_currency(
    text: str, currency: Currency, values: list[float]
) -> None:
    read = parse_history_csv(text, TODAY)
    assert read.layout is Layout.PLAIN
    assert read.problems == ()
    assert read.records == (
        AnnualRecord(2019, values[0], currency, ""),
        AnnualRecord(2020, values[1], currency, ""),
    )


def test_plain_rows_that_cannot_be_read_are_listed_by_line() -> None:
    text = (
        "# comment\n"
        "Year,Value,Currency\n"
        "2019,3.2,USD\n"  # 3
        "\n"
        "2019,3.3,USD\n"  # 5: twice
        "2020,3.1,EUR\n"  # 6
        "2021,0,USD\n"  # 7
        "2022,3.5,\n"  # 8
        "2023,5200,USD\n"  # 9: millions without saying so
        ",3.0,USD\n"  # 10
        "2024,3.6,USD,extra\n"  # 11
    )
    read = parse_history_csv(text, TODAY)
    assert read.records == (AnnualRecord(2019, 3.2, Currency.USD),)
    assert [(p.line, p.message) for p in read.problems] == [
        (5, "2019 is given twice: it is already on line 3."),
        (
            6,
            "The values are in EUR; only US$ and RM figures can be used. Convert them to one "
            "of these first.",
        ),
        (7, "The value must be greater than zero."),
        (8, "No currency: write MYR, RM, USD or US$."),
        (
            9,
            "Value: 5200 billion in one year is far more than this trade; values are read as "
            "billions: if they are in millions, say so in the heading, like “Value (US$ "
            "million)”.",
        ),
        (10, "The year is missing."),
        (
            11,
            "The row has 4 cells but the header names 3 columns: is a decimal comma splitting "
            "a value? Put such values in quotes, or separate the columns with semicolons.",
        ),
    ]


def test_a_row_currency_that_disagrees_with_the_heading_is_a_problem() -> None:
    read = parse_history_csv("Year,Value (US$ bn),Currency\n2019,3,RM\n2020,3,\n", TODAY)
    assert read.records == (AnnualRecord(2020, 3.0, Currency.USD),)
    assert read.problems[0].message == "The row says RM, but the value's heading says US$."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Year,Value\n2019,3\n",
            "The file does not say which currency the values are in: add a Currency column "
            "(MYR, RM, USD or US$), or write it in the value's heading, like “Value (US$ bn)”.",
        ),
        (
            "Year,Value (EUR bn)\n2019,3\n",
            "The values are in EUR; only US$ and RM figures can be used. Convert them to one "
            "of these first.",
        ),
        (
            "Year,Value (US$ bn),Trade (RM bn)\n2019,3,13\n",
            "The header (line 1) has two value columns, “Value (US$ bn)” and “Trade (RM bn)”; "
            "keep one.",
        ),
        (
            "Country,Amount\nMalaysia,3\n",
            "Line 1 is not a header row: it must name a year column and a value column, like "
            "“Year,Value (US$ bn)”, or be the header of a UN Comtrade export, with its year, "
            "reporter, partner, flow and value columns (refYear, reporterISO, partnerISO, "
            "flowCode, primaryValue).",
        ),
        ("\n# only a comment\n", "The file is empty: it has no header row."),
        ("Year,Value (US$ bn)\n\n", "The file has a header row but no years."),
        (
            "Year,Value (US$ bn)\nsoon,3\n",
            "No year could be read. Line 2: “soon” is not a year: write it with four digits, "
            "like 2019.",
        ),
    ],
)
def test_a_file_that_cannot_be_a_history_is_one_clear_message(text: str, message: str) -> None:
    assert refused(text).message == message


# --- Hostile files -------------------------------------------------------------------------

PLAIN = "Year,Value (US$ bn)\n2019,3.2\n"


def test_byte_order_marks_and_other_encodings_are_read(tmp_path: Path) -> None:
    text = "Yıl;Değer (RM bn)\n2019;13,8\n"
    expected = (AnnualRecord(2019, 13.8, Currency.MYR),)
    for name, data in {
        "utf8-bom.csv": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.csv": text.encode("utf-16"),
        "turkish.csv": text.encode("cp1254"),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert read_history_csv(path, TODAY).records == expected, name


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",  # a spreadsheet's own format
        PLAIN.encode() + b"2020,\x003\n",
        b"\xff\xfe" + b"\x00\xd8",  # UTF-16 with a lone surrogate
    ],
)
def test_binary_files_and_nul_bytes_are_not_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "history.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_history_csv(path, TODAY)
    assert caught.value.message == (
        "“history.csv” is not a text file: save the figures as CSV (comma- or "
        "semicolon-separated values)."
    )


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(history_csv.MAX_BYTES + 1)  # sparse: no disk, no memory
    with pytest.raises(StorageError) as caught:
        read_history_csv(path, TODAY)
    assert caught.value.message == (
        "“huge.csv” is larger than 10 MB; a file of annual trade is smaller."
    )


def test_a_text_over_the_limit_is_refused_and_one_at_it_is_read() -> None:
    start = PLAIN + "#"
    exactly = start + "x" * (history_csv.MAX_BYTES - len(start))
    assert len(parse_history_csv(exactly, TODAY).records) == 1
    assert refused(exactly + "x").message == (
        "The text is longer than 10 MB; a file of annual trade is shorter."
    )


def test_a_full_size_comtrade_export_of_other_trade_is_read_quickly() -> None:
    """Ten megabytes of rows about other partners: counted, in well under the time a person
    waits (no hang); the few rows of Malaysia–Türkiye trade still load."""
    other = comtrade_row(2020, "MYS", "X", "DEU", 123_456_789)
    ours = comtrade_row(2020, "MYS", "X", "TUR", 1e9) + comtrade_row(2020, "MYS", "M", "TUR", 1e9)
    count = (history_csv.MAX_BYTES - len(COMTRADE_HEADER) - len(ours)) // len(other)
    text = COMTRADE_HEADER + other * count + ours
    started = time.perf_counter()
    read = parse_history_csv(text, TODAY)
    assert time.perf_counter() - started < 20
    assert read.records == (AnnualRecord(2020, 2.0, Currency.USD, "MYS"),)
    assert read.skipped == count


def test_a_thousand_bad_rows_are_listed_and_one_more_is_not_a_history() -> None:
    thousand = PLAIN + "x,1\n" * 1000
    assert len(parse_history_csv(thousand, TODAY).problems) == 1000
    assert refused(thousand + "x,1\n").message == (
        "More than 1000 rows cannot be read; is this a file of annual trade? The first, "
        "line 3: “x” is not a year: write it with four digits, like 2019."
    )


def test_a_header_of_thousands_of_columns_and_a_giant_cell_are_refused() -> None:
    assert refused("Year," + "x," * 5000 + "Value (US$ bn)\n2019,3\n").message == (
        "The header (line 1) has 5002 columns; a file of annual trade has fewer."
    )
    giant = PLAIN + '2020,"' + "9" * 200_000 + '"\n'
    read = parse_history_csv(giant, TODAY)
    assert [p.message for p in read.problems] == ["A cell is too long to be a year's figure."]


def test_an_end_of_file_mark_and_carriage_returns_are_not_data() -> None:
    read = parse_history_csv("Year,Value (US$ bn)\r\n2019,3.2\r\n2020,2.9\r\n\x1a", TODAY)
    assert [r.year for r in read.records] == [2019, 2020]


def test_a_folder_or_a_missing_file_is_a_storage_message(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="it is a folder, not a file"):
        read_history_csv(tmp_path, TODAY)
    with pytest.raises(StorageError, match="the file does not exist"):
        read_history_csv(tmp_path / "gone.csv", TODAY)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(StorageError, match="not a regular file"):
        read_history_csv(pipe, TODAY)


# --- The illustrative samples --------------------------------------------------------------


def sample(name: str) -> str:
    return resources.files("trade_target.resources").joinpath(name).read_text("utf-8")


def test_the_samples_say_they_are_illustrative_and_load_whole() -> None:
    comtrade = sample("history-comtrade-illustrative.csv")
    plain = sample("history-plain-illustrative.csv")
    for text in (comtrade, plain):
        assert "ILLUSTRATIVE SAMPLE, NOT OFFICIAL STATISTICS" in text.splitlines()[1]
    read = parse_history_csv(comtrade, TODAY)
    assert read.layout is Layout.COMTRADE and read.problems == () and read.skipped == 2
    assert history.reporters(read.records) == ("MYS", "TUR")
    assert [r.year for r in read.records if r.reporter == "TUR"] == list(range(2015, 2025))
    mys_2015 = next(r for r in read.records if (r.reporter, r.year) == ("MYS", 2015))
    assert mys_2015.value == pytest.approx((2_500_000_000 + 500_000_000) / 1e9)
    read = parse_history_csv(plain, TODAY)
    assert read.layout is Layout.PLAIN and read.problems == ()
    assert [r.year for r in read.records] == list(range(2015, 2025))


def test_the_format_document_names_both_samples_as_illustrative() -> None:
    text = sample("history-format.md")
    assert "history-comtrade-illustrative.csv" in text
    assert "history-plain-illustrative.csv" in text
    assert "illustrative" in text.lower() and "not an official statistic" in text
