"""The core's words go through core.i18n: with a language installed every message, status,
header and sheet name comes out in it, numbers in sentences take its decimal mark, and
uninstalling brings the English back. The calls are also checked to be ones Qt's extractor
(pyside6-lupdate) can read, and the embedded dataset's words to be listed for it."""

from __future__ import annotations

import ast
import datetime
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import trade_target.core
from trade_target.core import figure_edits, i18n
from trade_target.core.article_strings import ARTICLE_STRINGS
from trade_target.core.dataset import Dataset, shown
from trade_target.core.errors import DatasetError, InputError
from trade_target.core.files.dataset_file import (
    DEFAULT_RESOURCE,
    load_default_dataset,
    parse_dataset,
)
from trade_target.core.files.file_format import FileFormatError, parse_workbook
from trade_target.core.files.storage import StorageError, read_limited
from trade_target.core.files.table_export import workbook_xlsx
from trade_target.core.growth import ProgressStatus
from trade_target.core.money import Currency
from trade_target.core.numbers import parse_decimal, written
from trade_target.core.scenario import Inputs
from trade_target.core.tables import assumptions, comparison_table, sources, trajectory_table
from trade_target.core.workbook import Scenario, Workbook

TODAY = datetime.date(2026, 1, 9)
CORE = Path(trade_target.core.__file__).parent
CONTEXTS = {
    "dataset.py": "Dataset",
    "article_strings.py": "Dataset",
    "evaluation.py": "Evaluation",
    "figure_edits.py": "FigureEdits",
    "files/dataset_file.py": "Dataset",
    "files/file_format.py": "FileFormat",
    "files/file_scenarios.py": "FileFormat",
    "files/file_writing.py": "FileFormat",
    "files/history_comtrade.py": "HistoryCsv",
    "files/history_csv.py": "HistoryCsv",
    "files/history_rows.py": "HistoryCsv",
    "growth.py": "Growth",
    "history.py": "History",
    "numbers.py": "Numbers",
    "outlook.py": "Outlook",
    "scenario.py": "Scenario",
    "files/storage.py": "Storage",
    "files/table_export.py": "Tables",
    "monthly/months.py": "Monthly",
    "tables.py": "Tables",
    "verdict.py": "Verdict",
    "workbook.py": "Workbook",
}


class FakeLanguage:
    """Wraps every text in «», fills %n, and writes numbers with a decimal comma."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        self.asked.append((context, text))
        return "«" + (text.replace("%n", str(n)) if n >= 0 else text) + "»"

    @staticmethod
    def number(value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}".replace(".", ",")


@pytest.fixture
def fake() -> Iterator[FakeLanguage]:
    language = FakeLanguage()
    i18n.install(language.translate, language.number)
    try:
        yield language
    finally:
        i18n.install(None)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_default_dataset()


def message_of(raised: pytest.ExceptionInfo[InputError]) -> str:
    return raised.value.message


# --- (a) Input messages -------------------------------------------------------------------------


def test_an_input_error_is_translated_with_its_values_in_the_language(
    fake: FakeLanguage, dataset: Dataset
) -> None:
    inputs = replace(Inputs.defaults(dataset), exchange_rate=43.1)
    with pytest.raises(InputError) as raised:
        inputs.validate()
    assert raised.value.field == "exchange_rate"
    assert message_of(raised) == (
        "«Exchange rate: 43,1 RM per US$ is far outside any real rate (at most 20); "
        "check the decimal mark.»"
    )
    assert ("Scenario", "Exchange rate") not in fake.asked, "this message has no label part"
    assert fake.asked[-1][0] == "Scenario"


def test_a_labelled_input_error_translates_the_label_too(
    fake: FakeLanguage, dataset: Dataset
) -> None:
    with pytest.raises(InputError) as raised:
        replace(Inputs.defaults(dataset), target_value=0.0).validate()
    assert message_of(raised) == "««Target»: must be greater than zero.»"
    with pytest.raises(InputError) as raised:
        replace(Inputs.defaults(dataset), years_to_target=51).validate()
    assert message_of(raised) == "«Years to target: enter whole years from 1 to 50.»"


def test_a_callers_label_is_put_into_the_translated_sentence(fake: FakeLanguage) -> None:
    with pytest.raises(InputError) as raised:
        parse_decimal("4,3,1", "exchange_rate", "--rate")
    assert message_of(raised) == (
        "«--rate: “4,3,1” has more than one decimal mark; "
        "type the number without thousands separators.»"
    )


def test_figure_edit_messages_name_the_field_in_the_language(
    fake: FakeLanguage, dataset: Dataset
) -> None:
    with pytest.raises(InputError) as raised:
        figure_edits.edit_figure(dataset, "trade_2024", "year", 1066)
    assert message_of(raised) == "««Year»: a year from 1900 to 2200.»"
    assert figure_edits.field_label("months") == "«Months covered»"
    assert figure_edits.field_label("no_such_field") == "no_such_field"


def test_file_and_storage_messages_are_translated(fake: FakeLanguage, tmp_path: Path) -> None:
    with pytest.raises(FileFormatError) as raised:
        parse_workbook("[]", tmp_path / "x.tradetarget")
    assert raised.value.message == (
        "«“x.tradetarget” is not a Trade Target file: «it holds «a list», not a workbook object.»»"
    )
    with pytest.raises(StorageError) as storage_raised:
        read_limited(tmp_path / "missing.tradetarget")
    assert storage_raised.value.message == (
        "«Could not open “missing.tradetarget”: «the file does not exist».»"
    )
    with pytest.raises(DatasetError) as dataset_raised:
        parse_dataset("{}")
    assert str(dataset_raised.value) == "«The file is not a Trade Target dataset.»"


def test_default_names_follow_the_language(fake: FakeLanguage, dataset: Dataset) -> None:
    workbook = Workbook.from_source(dataset)
    assert workbook.names == ("«Article figures»",)
    assert workbook.duplicated(0).names[-1] == "««Article figures» (copy)»"
    added = figure_edits.add_observation(
        dataset, value=6.0, reported_currency=Currency.USD, year=2025, months=12
    )
    assert added.latest.label == "«Bilateral trade, 2025»"
    assert added.latest.period == "«Calendar 2025 (full year)»"


# --- (b) Status words ---------------------------------------------------------------------------


def test_status_words_are_translated_when_asked(fake: FakeLanguage) -> None:
    assert [status.words for status in ProgressStatus] == [
        "«Target met»",
        "«On track»",
        "«Needs acceleration»",
        "«Limited progress»",
        "«Moving away from the target»",
    ]
    assert ("Growth", "On track") in fake.asked


# --- (c) Tables ---------------------------------------------------------------------------------


def test_table_headers_titles_and_sheets_are_translated(
    fake: FakeLanguage, dataset: Dataset
) -> None:
    scenario = replace(Scenario.from_source("x", dataset), exchange_rate=4.05, years_to_target=6)
    summary = scenario.summary()
    trajectory = trajectory_table(summary)
    comparison = comparison_table([(scenario, summary)])
    assert trajectory.title == "«Trajectory»"
    assert trajectory.headers[0] == "«Year»"
    assert trajectory.headers[1] == "«Required (US$ bn)»"
    assert all(header.startswith("«") for header in (*trajectory.headers, *comparison.headers))
    assert comparison.rows[0][7] == summary.status.words == "«Needs acceleration»"
    facts = dict(assumptions(summary, dataset, TODAY))
    assert facts["«Exchange rate (RM per US$)»"] == 4.05
    assert facts["«Latest figure»"] == "«Bilateral trade, Jan–Nov 2025»"
    assert facts["«How the latest figure is annualised»"] == (
        "«run-rate × 12/11, no seasonal correction»"
    )
    cited = {label: reported for label, reported, _ in sources(dataset)}
    assert cited["«Bilateral trade, Jan–Nov 2025»"] == "«RM21,2 billion»"
    assert cited["«Malaysia’s E&E semiconductor exports to the US»"] == (
        "««more than» «US$30 billion»»"
    )
    quotes = [quote for _, _, quote in sources(dataset)][:-1]
    assert quotes == [figure.quote for figure in dataset.figures], "quotes stay English"

    data = workbook_xlsx([trajectory, comparison], tuple(facts.items()), sources(dataset))
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "«Trajectory»",
        "«Scenario comparison»",
        "«Assumptions»",
        "«Sources»",
    ]
    assert [cell.value for cell in book["«Assumptions»"][1]] == ["«Assumption»", "«Value»"]
    # Translated headers no longer say "fraction a year": the formats must not depend on them.
    cells = list(book["«Scenario comparison»"][2])
    assert cells[1].number_format == "0.0000"
    assert cells[4].number_format == "0.00%" and cells[5].number_format == "0.00%"
    assert cells[2].number_format == "0"
    assert list(book["«Trajectory»"][2])[1].number_format == "0.00"


# --- (d) English again --------------------------------------------------------------------------


def test_uninstalling_brings_english_back(dataset: Dataset) -> None:
    language = FakeLanguage()
    i18n.install(language.translate, language.number)
    try:
        assert ProgressStatus.ON_TRACK.words == "«On track»"
    finally:
        i18n.install(None)
    assert ProgressStatus.ON_TRACK.words == "On track"
    assert i18n.number(4.5, 2) == "4.50"
    summary = Scenario.from_source("x", dataset).summary()
    assert trajectory_table(summary).headers[0] == "Year"
    with pytest.raises(InputError) as raised:
        replace(Inputs.defaults(dataset), exchange_rate=43.1).validate()
    assert message_of(raised).startswith("Exchange rate: 43.1 RM per US$ is far outside")
    assert shown("Bilateral trade, 2024") == "Bilateral trade, 2024"


# --- (e) The English plural ---------------------------------------------------------------------


def test_the_english_fallback_plural() -> None:
    assert i18n.translate("Ctx", "%n year(s)", None, 1) == "1 year"
    assert i18n.translate("Ctx", "%n year(s)", None, 5) == "5 years"
    assert i18n.translate("Ctx", "%n year(s)", None, 0) == "0 years"
    assert i18n.translate("Ctx", "%n year(s)") == "%n year(s)", "no count, no change"


def test_a_one_month_period_is_singular(dataset: Dataset) -> None:
    added = figure_edits.add_observation(
        dataset, value=1.0, reported_currency=Currency.USD, year=2026, months=1
    )
    assert added.figure("observation_1").period == "2026, 1 month"
    added = figure_edits.add_observation(
        dataset, value=1.0, reported_currency=Currency.USD, year=2026, months=6
    )
    assert added.figure("observation_1").period == "2026, 6 months"


# --- Numbers in sentences -----------------------------------------------------------------------


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_written_numbers_are_unchanged_in_english(value: float) -> None:
    assert written(repr(value)) == repr(value)
    assert written(f"{value:g}") == f"{value:g}"


def test_written_numbers_take_the_languages_decimal_mark(fake: FakeLanguage) -> None:
    assert written("4.3089") == "4,3089"
    assert written("-0.5") == "-0,5"
    assert written("20") == "20"
    assert written("1e-05") == "1e-05"


# --- The embedded dataset's words ---------------------------------------------------------------


def embedded() -> dict[str, Any]:
    text = resources.files("trade_target.resources").joinpath(DEFAULT_RESOURCE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def test_every_shown_string_of_the_embedded_dataset_is_marked() -> None:
    data = embedded()
    wanted = {
        data["citation"][key] for key in ("kind", "subject", "trade_figures_attributed_to")
    } | {
        figure[key]
        for figure in data["figures"]
        for key in ("label", "period", "text", "qualifier")
        if figure.get(key)
    }
    assert wanted - set(ARTICLE_STRINGS) == set(), "add these to core/article_strings.py"
    assert set(ARTICLE_STRINGS) - wanted == set(), "no longer in the dataset"
    assert len(ARTICLE_STRINGS) == len(set(ARTICLE_STRINGS))


def test_the_quotes_and_the_date_are_not_marked() -> None:
    data = embedded()
    for figure in data["figures"]:
        assert figure["quote"] not in ARTICLE_STRINGS
    assert data["citation"]["published"] not in ARTICLE_STRINGS


def test_article_strings_are_marks_lupdate_reads() -> None:
    tree = ast.parse((CORE / "article_strings.py").read_text("utf-8"))
    marks = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
    ]
    assert len(marks) == len(ARTICLE_STRINGS)
    for mark in marks:
        context, text = mark.args
        assert isinstance(context, ast.Constant) and context.value == "Dataset"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)


def test_shown_translates_the_article_and_leaves_the_rest(fake: FakeLanguage) -> None:
    assert shown("Bilateral trade target") == "«Bilateral trade target»"
    assert ("Dataset", "Bilateral trade target") in fake.asked
    assert shown("") == ""


def test_the_citation_line_is_translated(fake: FakeLanguage, dataset: Dataset) -> None:
    line = dataset.citation.one_line()
    assert line.startswith("««News article», 2026-01-08: «Prime Minister Anwar Ibrahim")


# --- Calls Qt's extractor can read --------------------------------------------------------------


def calls_in(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text("utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
    ]


def marked_constants(path: Path) -> set[str]:
    """Module-level names whose value holds QT_TRANSLATE_NOOP marks."""
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and "QT_TRANSLATE_NOOP" in ast.unparse(
            node
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


@pytest.mark.parametrize("name", sorted(CONTEXTS))
def test_every_call_is_one_lupdate_extracts(name: str) -> None:
    path = CORE / name
    calls = calls_in(path)
    assert calls, f"{name} has no translated text"
    marked = marked_constants(path)
    for call in calls:
        where = f"{name}:{call.lineno}: {ast.unparse(call)}"
        assert not call.keywords, where
        context, text, *rest = call.args
        assert isinstance(context, ast.Constant) and context.value == CONTEXTS[name], where
        if isinstance(text, ast.Constant):
            assert isinstance(text.value, str) and text.value.strip(), where
            if "%n" in text.value:
                assert len(rest) == 2, f"{where}: a %n text needs its count"
        else:
            # A marked constant looked up where it is shown, or shown()'s own pass-through.
            assert call.func.id == "translate", where  # type: ignore[attr-defined]
            looked_up = text.value if isinstance(text, ast.Subscript) else text
            assert isinstance(looked_up, ast.Name), where
            assert looked_up.id in marked or (name, looked_up.id) == ("dataset.py", "text"), where
        if rest:
            disambiguation = rest[0]
            assert isinstance(disambiguation, ast.Constant), where
        if len(rest) == 2:
            # lupdate drops the whole message when the count is an expression such as len(x).
            assert isinstance(rest[1], (ast.Name, ast.Constant)), where


def test_spreadsheet_formats_do_not_depend_on_the_header_words(dataset: Dataset) -> None:
    def turkish_units(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return text.replace("fraction a year", "yıllık oran").replace("RM per US$", "RM/US$")

    scenario = replace(Scenario.from_source("x", dataset), exchange_rate=4.05)
    summary = scenario.summary()
    i18n.install(turkish_units)
    try:
        table = comparison_table([(scenario, summary)])
        data = workbook_xlsx([table], (), ())
    finally:
        i18n.install(None)
    assert table.headers[4] == "Required growth (yıllık oran)"
    cells = list(openpyxl.load_workbook(io.BytesIO(data)).worksheets[0][2])
    assert cells[1].number_format == "0.0000"
    assert cells[4].number_format == "0.00%" and cells[5].number_format == "0.00%"
