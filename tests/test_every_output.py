"""Every valid workbook makes every output.

Hypothesis builds workbooks the way an official does, through the document's own edits
(workbook_recipes: figure corrections including the latest value, figures added and
removed, partner values, monthly imports, every annualisation, both currencies, one to five
scenarios, undo and redo).

From each workbook the document accepted come: the summary as text and JSON, the brief
PDF, the chart as PNG and SVG, the tables as CSV and XLSX — from the command line (its
`main`, in this process, on the saved file) and from the window's own File › Export and
Print (to a PDF-file printer) — in English, Malay or Turkish. Written to a usable path each
must succeed and the file must parse; written where it cannot be (a missing folder, a wrong
extension) each must give a typed message and leave the path as it was: no file, or the
old file unchanged. Nothing may raise anything else.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import html
import io
import itertools
import json
import re
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from workbook_recipes import OUTPUTS, Recipe, build, recipes, tell

from trade_target import translations
from trade_target.cli import parser as cli
from trade_target.core.files.file_writing import save_workbook
from trade_target.core.money import Currency, convert
from trade_target.core.workbook import Workbook
from trade_target.ui.actions import dialogs

OLD = b"an older file, which a failed export must leave as it was\n"
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]

# --- What each output must be ----------------------------------------------------------------


def trajectory_rows(workbook: Workbook, name: str | None = None) -> int:
    """Rows of the year-by-year table: the base year to the target year, both included."""
    scenario = workbook.scenario if name is None else workbook.find(name)
    return scenario.years_to_target + 1


def check_pdf(path: Path, target_year: int) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    assert str(target_year) in reader.pages[0].extract_text()


def check_png(path: Path, width: int) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == width


def check_svg(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")


def check_csv(path: Path, rows: int) -> None:
    """The delimiter is read from the file (a language may use ';' with decimal commas)."""
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    if lines and lines[0].startswith("sep="):  # a spreadsheet's hint line
        delimiter, lines = lines[0][4:5], lines[1:]
    else:
        delimiter = ";" if ";" in lines[0] else ","
    table = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    assert len(table) == rows + 1  # the header, then one row a year
    assert len({len(row) for row in table}) == 1
    for row in table[1:]:
        int(row[0])  # the year
        float(row[1].replace(",", ".") if delimiter == ";" else row[1])


def check_xlsx(path: Path, rows: int) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        assert len(list(sheet.iter_rows(values_only=True))) == rows + 1
    finally:
        book.close()


@dataclass
class Places:
    """Output paths, each prepared as its `where` says."""

    folder: Path
    where: dict[str, str]
    made: dict[str, Path] = field(default_factory=dict)

    def path(self, key: str, output: str) -> Path:
        where = self.where[output if key not in self.where else key]
        extension = ".pdf" if output == "print" else f".{output}"
        if where == "missing_folder":
            path = self.folder / "not-there" / f"{key}{extension}"
        elif where == "wrong_extension" and output != "print":
            path = self.folder / f"{key}.txt"
        else:
            path = self.folder / f"{key}{extension}"
        if where in ("existing", "wrong_extension"):
            path.write_bytes(OLD)
        self.made[key] = path
        return path

    def usable(self, key: str, output: str) -> bool:
        where = self.where[output if key not in self.where else key]
        return where in ("new", "existing") or (output == "print" and where != "missing_folder")


def left_as_it_was(path: Path) -> None:
    """A failed output leaves no file, or the older one exactly as it was."""
    assert not path.exists() or path.read_bytes() == OLD
    leftovers = [p.name for p in path.parent.glob("*") if p.name.startswith(f".{path.name}")]
    assert not leftovers, f"temporary files left: {leftovers}"


def check_output(output: str, path: Path, expected: dict[str, Any]) -> None:
    assert path.exists() and path.stat().st_size > 0
    assert path.read_bytes() != OLD
    if output in ("pdf", "print"):
        check_pdf(path, expected["target_year"])
    elif output == "png":
        check_png(path, expected["png_width"])
    elif output == "svg":
        check_svg(path)
    elif output == "csv":
        check_csv(path, expected["rows"])
    elif output == "xlsx":
        check_xlsx(path, expected["rows"])


# --- The command line, in this process ----------------------------------------------------


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(argv)
        except SystemExit as exc:  # argparse's own exits
            status = exc.code if isinstance(exc.code, int) else 1
    return status, out.getvalue(), err.getvalue()


def speak(language: str) -> None:
    """The language for what comes next (the command line's --lang leaves English alone)."""
    translations.reset()
    if language != "en":
        assert translations.use(language)


def check_command_line(workbook: Workbook, recipe: Recipe, places: Places) -> None:
    file = places.folder / "workbook.tradetarget"
    save_workbook(file, workbook)
    common = ["--scenario", str(file), "--lang", recipe.language]
    name = None
    if recipe.cli_scenario is not None:
        name = workbook.names[recipe.cli_scenario % len(workbook.names)]
        common += ["--name", name]
    scenario = workbook.scenario if name is None else workbook.find(name)

    speak(recipe.language)
    status, out, err = run_cli(["summary", *common])
    assert status == 0, err
    assert out.strip() and err == ""

    speak(recipe.language)
    status, out, err = run_cli(["summary", "--json", *common])
    assert status == 0, err
    summary = json.loads(out)
    dataset, rate = scenario.dataset, scenario.exchange_rate

    def usd(figure: Any) -> float:
        return convert(figure.used_value, figure.reported_currency, Currency.USD, rate)

    years_to_target = scenario.years_to_target
    required = (usd(dataset.target) / usd(dataset.base)) ** (1 / years_to_target) - 1
    assert summary["required_growth"] == pytest.approx(required, rel=1e-9)
    assert summary["target_year"] == dataset.base.year + years_to_target

    expected = {
        "target_year": dataset.base.year + years_to_target,
        "png_width": recipe.png_width,
        "rows": years_to_target + 1,
    }
    commands: dict[str, Callable[[Path], list[str]]] = {
        "pdf": lambda path: ["report", "--out", str(path)],
        "png": lambda path: ["export", "--chart", str(path), "--width", str(recipe.png_width)],
        "svg": lambda path: ["export", "--chart", str(path)],
        "csv": lambda path: ["export", "--table", str(path)],
        "xlsx": lambda path: ["export", "--table", str(path)],
    }
    for output, command in commands.items():
        key = f"cli-{output}"
        path = places.path(key, output)
        speak(recipe.language)
        status, out, err = run_cli([*command(path), *common])
        if places.usable(key, output):
            assert status == 0, f"{key}: {err}"
            check_output(output, path, expected)
        else:
            assert status in (1, 2) and len(err.splitlines()) == 1 and "error" in err, err
            assert "Traceback" not in err
            left_as_it_was(path)


# --- The window's File › Export and Print ---------------------------------------------------


class Answers:
    """The dialogs, answered as the person at the window would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = ""
        self.width = 640
        self.printer: Any = None
        self.errors: list[str] = []
        monkeypatch.setattr(dialogs, "ask_export_path", lambda *_: self.path)
        monkeypatch.setattr(dialogs, "ask_png_width", lambda *_: self.width)
        monkeypatch.setattr(dialogs, "ask_printer", lambda *_: self.printer)
        monkeypatch.setattr(
            dialogs, "show_error", lambda parent, title, text, details="": self.errors.append(text)
        )
        # The test's window closes over its edits at the end: they are a throwaway.
        monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_: dialogs.SaveChoice.DISCARD)
        for name in ("show_about", "ask_open_path", "ask_save_path", "ask_restore"):
            monkeypatch.setattr(dialogs, name, self._unexpected(name))

    @staticmethod
    def _unexpected(name: str) -> Callable[..., None]:
        def fail(*args: object) -> None:
            raise AssertionError(f"unexpected dialog {name}: {args[1:]!r}")

        return fail


def check_window(window: Any, answers: Answers, recipe: Recipe, places: Places) -> None:
    from PySide6.QtPrintSupport import QPrinter

    speak(recipe.language)
    document = window.document
    expected = {
        "target_year": document.summary.target_year,
        "png_width": recipe.png_width,
        "rows": trajectory_rows(document.workbook),
    }
    exports = window.exports
    actions = {
        "pdf": exports.export_brief,
        "png": exports.export_chart,
        "svg": exports.export_chart,
        "csv": exports.export_table,
        "xlsx": exports.export_table,
        "print": exports.print_brief,
    }
    for output, action in actions.items():
        key = f"window-{output}"
        path = places.path(key, output)
        answers.path, answers.width, answers.errors = str(path), recipe.png_width, []
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        answers.printer = printer
        done = action()
        if places.usable(key, output):
            assert done and answers.errors == [], f"{key}: {answers.errors}"
            check_output(output, path, expected)
        else:
            assert not done and len(answers.errors) == 1, f"{key}: {answers.errors}"
            left_as_it_was(path)


# --- The tests ----------------------------------------------------------------------------------

_examples = itertools.count(1)


def every_output(qtbot: Any, window: Any, answers: Answers, folder: Path, recipe: Recipe) -> None:
    """Build the recipe's workbook, then make every output of it. An exception inside a Qt
    handler (a panel redrawing after an edit) fails the example it happened in."""
    with qtbot.capture_exceptions() as in_qt:
        try:
            workbook = build(window.document, recipe)
            tell(f"scenarios: {workbook.names}, current {workbook.current}")
            places = Places(folder / f"example-{next(_examples)}", recipe.where)
            places.folder.mkdir()
            check_command_line(workbook, recipe, places)
            check_window(window, answers, recipe, places)
        finally:
            translations.reset()
    assert not in_qt, "".join("".join(traceback.format_exception(*caught)) for caught in in_qt)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


# Printing into a folder that is not there: Qt says so itself before the message is shown.
PRINTER_NOT_STARTED = "QPainter::begin"


@pytest.mark.qt_log_ignore(PRINTER_NOT_STARTED)
@settings(max_examples=10, deadline=None, suppress_health_check=HEALTH)
@given(recipe=recipes)
def test_every_output_of_a_few_workbooks(qtbot, window, answers, tmp_path, recipe):
    every_output(qtbot, window, answers, tmp_path, recipe)


@pytest.mark.slow
@pytest.mark.qt_log_ignore(PRINTER_NOT_STARTED)
@settings(max_examples=100, deadline=None, suppress_health_check=HEALTH)
@given(recipe=recipes)
def test_every_output_of_many_workbooks(qtbot, window, answers, tmp_path, recipe):
    every_output(qtbot, window, answers, tmp_path, recipe)


def test_the_reported_case_after_the_latest_value_is_corrected(qtbot, window, answers, tmp_path):
    """The issue's own steps: the latest figure's value corrected, then every output; the
    brief states the rate the scenario uses."""
    from pypdf import PdfReader

    recipe = Recipe(
        edits=[("figure", "latest", "value", 22.0)],
        language="en",
        where={name: "new" for name in (*OUTPUTS, "print")},
        png_width=240,
        cli_scenario=None,
    )
    every_output(qtbot, window, answers, tmp_path, recipe)
    briefs = sorted(tmp_path.glob("example-*/*-p*.pdf"))
    assert [brief.name for brief in briefs] == ["cli-pdf.pdf", "window-pdf.pdf", "window-print.pdf"]
    for brief in briefs:
        text = " ".join(PdfReader(str(brief)).pages[0].extract_text().split())
        assert "Exchange rate: RM4.3089 per US$, as set for this scenario" in text, brief.name
        assert "imply" not in text


def rate_sentence(summary: Any, dataset: Any) -> str:
    from trade_target.render.brief_content import brief_html
    from trade_target.render.chart_export import ChartContent

    page = brief_html(
        ChartContent(summary, dataset, Currency.USD), datetime.date(2026, 1, 9), "chart"
    )
    found = re.search(r"Exchange rate: [^<]*", page)
    assert found is not None
    return html.unescape(found.group(0))


def test_the_brief_names_the_rate_it_used_and_the_sources_while_there_is_one(qapp, dataset):
    from dataclasses import replace

    from trade_target.core.figure_edits import edit_figure
    from trade_target.core.workbook import Scenario

    article = Scenario.from_source("Article figures", dataset)
    assert dataset.implied_exchange_rate_if_any() == pytest.approx(21.2 / 4.92)
    assert "RM4.3089 per US$ (implied by the source's own figures)" in rate_sentence(
        article.summary(), dataset
    )
    at_405 = article.with_input("exchange_rate", 4.05)
    assert "RM4.05 per US$ (the source's own figures imply RM4.3089)" in rate_sentence(
        at_405.summary(), dataset
    )
    for field_name, value in (("value", 22.0), ("reported_currency", Currency.USD)):
        edited = edit_figure(dataset, dataset.latest_id, field_name, value)
        assert edited.implied_exchange_rate_if_any() is None
        scenario = replace(at_405, dataset=edited)
        sentence = rate_sentence(scenario.summary(), edited)
        assert "RM4.05 per US$, as set for this scenario" in sentence
        assert "imply" not in sentence
