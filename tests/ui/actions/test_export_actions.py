"""File › Export chart / table / brief and Print, driven as a person would, with the file
dialogs replaced; and the same exports from the command line give the same numbers."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from trade_target.core.files.storage import StorageError
from trade_target.ui.actions import dialogs

RATE, YEARS = 4.05, 6


class ExportAnswers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = ""
        self.width: int | None = 1600
        self.errors: list[str] = []
        self.asked: list[tuple[str, object]] = []
        monkeypatch.setattr(dialogs, "ask_export_path", self._path)
        monkeypatch.setattr(dialogs, "ask_png_width", self._width)
        monkeypatch.setattr(
            dialogs, "show_error", lambda p, t, text, d="": self.errors.append(text)
        )

    def _path(self, parent, title, suggested, kinds):
        self.asked.append((title, suggested))
        return self.path

    def _width(self, parent, default, lowest, highest):
        self.asked.append(("width", (default, lowest, highest)))
        return self.width


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> ExportAnswers:
    return ExportAnswers(monkeypatch)


def file_menu_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(action for action in menu.actions() if action.text() == text)


def non_default(window) -> None:
    window.document.edit_input("exchange_rate", RATE)
    window.document.edit_input("years_to_target", YEARS)


def test_export_chart_asks_where_and_how_wide(qtbot, window, answers, tmp_path):
    non_default(window)
    answers.path = str(tmp_path / "chart.png")
    answers.width = 900
    file_menu_action(window, "Export &chart…").trigger()
    assert answers.errors == []
    image = QImage(answers.path)
    assert image.width() == 900
    assert ("width", (1600, 200, 10_000)) in answers.asked


def test_export_chart_as_svg_asks_no_width(qtbot, window, answers, tmp_path):
    answers.path = str(tmp_path / "chart.svg")
    assert window.exports.export_chart()
    assert Path(answers.path).read_bytes().lstrip().startswith(b"<?xml")
    assert not any(kind == "width" for kind, _ in answers.asked)


def test_a_cancelled_export_writes_nothing(qtbot, window, answers, tmp_path):
    answers.path = ""
    assert not window.exports.export_table()
    answers.path = str(tmp_path / "chart.png")
    answers.width = None  # cancelled at the width question
    assert not window.exports.export_chart()
    assert not (tmp_path / "chart.png").exists()


def test_a_failed_export_says_so_and_leaves_nothing(qtbot, window, answers, tmp_path):
    answers.path = str(tmp_path / "gone" / "brief.pdf")
    assert not window.exports.export_brief()
    assert len(answers.errors) == 1 and "brief.pdf" in answers.errors[0]
    assert not (tmp_path / "gone").exists()


def test_print_goes_through_the_print_dialog(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: printer)
    assert window.exports.print_brief()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: None)
    assert not window.exports.print_brief()


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_window_and_the_command_line_export_the_same_numbers(qtbot, window, answers, tmp_path):
    non_default(window)
    gui = tmp_path / "gui.csv"
    answers.path = str(gui)
    assert window.exports.export_table()
    cli = tmp_path / "cli.csv"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "trade_target",
            "export",
            "--table",
            str(cli),
            "--rate",
            str(RATE),
            "--years",
            str(YEARS),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    gui_rows, cli_rows = read_csv(gui), read_csv(cli)
    assert gui_rows == cli_rows
    required = (10 / 5.2) ** (1 / YEARS) - 1
    last = gui_rows[-1]
    assert int(last[0]) == 2030
    assert float(last[1]) == pytest.approx(5.2 * (1 + required) ** YEARS)  # = 10


def test_an_unwritable_export_is_a_storage_error_from_the_core(tmp_path):
    """The command line's one-line message comes from the same typed error."""
    from trade_target.core import tables
    from trade_target.core.files.dataset_file import load_default_dataset
    from trade_target.core.files.table_export import save_table
    from trade_target.core.workbook import Scenario

    scenario = Scenario.from_source("x", load_default_dataset())
    summary = scenario.summary()
    with pytest.raises(StorageError):
        save_table(
            str(tmp_path / "missing" / "t.csv"),
            (tables.trajectory_table(summary),),
            (),
            (),
        )


def test_the_exported_tables_hold_the_numbers_the_window_shows(qtbot, window, answers, tmp_path):
    """Each CSV and XLSX number, rounded as the table shows it, is the table's cell."""
    from openpyxl import load_workbook

    from trade_target.ui.models.trajectory import TrajectoryModel

    non_default(window)
    model = window.trajectory_model
    shown = [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    answers.path = str(tmp_path / "t.csv")
    assert window.exports.export_table()
    answers.path = str(tmp_path / "t.xlsx")
    assert window.exports.export_table()
    rows_csv = read_csv(tmp_path / "t.csv")[1:]
    sheet = load_workbook(tmp_path / "t.xlsx").worksheets[0]
    rows_xlsx = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows_csv) == len(rows_xlsx) == len(shown) == 7
    for csv_row, xlsx_row, cells in zip(rows_csv, rows_xlsx, shown, strict=True):
        year, required_usd, required_myr, trend_usd = (
            cells[TrajectoryModel.YEAR],
            cells[TrajectoryModel.REQUIRED_USD],
            cells[TrajectoryModel.REQUIRED_MYR],
            cells[TrajectoryModel.TREND],
        )
        for row in (csv_row, xlsx_row):
            assert str(int(float(row[0]))) == year
            assert f"{float(row[1]):.2f}" == required_usd
            assert f"{float(row[2]):.2f}" == required_myr
            assert f"{float(row[3]):.2f}" == trend_usd  # the window shows US$ amounts


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word that the printer did not start
def test_a_print_that_cannot_be_made_says_so_and_leaves_no_file(
    qtbot, window, answers, monkeypatch, tmp_path
):
    """Print brief has the Export path's handling: a typed error, or a printer that will not
    start (here a PDF file in a folder that is not there), is a message, never a traceback."""
    from PySide6.QtPrintSupport import QPrinter

    from trade_target.core.errors import DatasetError
    from trade_target.render import brief

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gone" / "printed.pdf"))
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: printer)
    assert not window.exports.print_brief()
    assert len(answers.errors) == 1 and "printed.pdf" in answers.errors[0]
    assert not (tmp_path / "gone").exists()

    def refuse(*_: object) -> bool:
        raise DatasetError("the figures cannot make a brief")

    monkeypatch.setattr(brief, "print_brief", refuse)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert not window.exports.print_brief()
    assert answers.errors[1] == "the figures cannot make a brief"
    assert not (tmp_path / "printed.pdf").exists()
