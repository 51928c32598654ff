"""The command line never overwrites what it should not, and says what went wrong in one line:
its own input, a read-only file, a named pipe, half of an export, a full standard output, a
mistyped command or language, a fraction of a pixel."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main, run_module

from trade_target.__main__ import main as entry_point

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "malaysia-turkey.tradetarget"
SAMPLE_CSV = Path(__file__).resolve().parents[2] / "resources" / "monthly-sample.csv"

posix_only = pytest.mark.skipif(os.name == "nt", reason="/dev/full and named pipes are POSIX")


@pytest.fixture
def workbook_named_pdf(tmp_path: Path) -> Path:
    """The bug report's case: a workbook whose name ends in .pdf."""
    path = tmp_path / "work.pdf"
    shutil.copyfile(EXAMPLE, path)
    return path


# --- Outputs that are inputs -------------------------------------------------------------------


@pytest.mark.parametrize("how", ["same name", "symbolic link", "hard link", "other spelling"])
def test_report_refuses_to_write_over_its_own_input(
    workbook_named_pdf: Path, how: str, capsys, monkeypatch
) -> None:
    before = workbook_named_pdf.read_bytes()
    folder = workbook_named_pdf.parent
    out = workbook_named_pdf
    if how == "symbolic link":
        out = folder / "brief.pdf"
        out.symlink_to(workbook_named_pdf.name)
    elif how == "hard link":
        out = folder / "brief.pdf"
        os.link(workbook_named_pdf, out)
    elif how == "other spelling":
        (folder / "sub").mkdir()
        monkeypatch.chdir(folder / "sub")
        out = Path("..") / "sub" / ".." / "work.pdf"
    status, stdout, err = run_main(
        ["report", "--scenario", str(workbook_named_pdf), "--out", str(out)], capsys
    )
    assert_one_line_error(status, stdout, err)
    assert status == 1
    assert "it is the file given to --scenario, which would be overwritten" in err
    assert workbook_named_pdf.read_bytes() == before


def test_export_refuses_a_table_over_its_input(workbook_named_pdf: Path, capsys) -> None:
    csv_named = workbook_named_pdf.with_name("work.csv")
    workbook_named_pdf.rename(csv_named)
    before = csv_named.read_bytes()
    status, out, err = run_main(
        ["export", "--scenario", str(csv_named), "--table", str(csv_named)], capsys
    )
    assert_one_line_error(status, out, err)
    assert "given to --scenario" in err and csv_named.read_bytes() == before


# --- All or none -------------------------------------------------------------------------------


def test_a_refused_table_leaves_no_chart(tmp_path: Path, capsys) -> None:
    chart = tmp_path / "c.png"
    status, out, err = run_main(
        ["export", "--chart", str(chart), "--table", str(tmp_path / "bad.doc")], capsys
    )
    assert_one_line_error(status, out, err)
    assert "choose a file ending in .csv or .xlsx" in err
    assert sorted(os.listdir(tmp_path)) == []


def test_a_read_only_table_leaves_the_old_chart(tmp_path: Path, capsys) -> None:
    chart, table = tmp_path / "c.png", tmp_path / "t.csv"
    chart.write_bytes(b"the old chart")
    table.write_bytes(b"the old table")
    table.chmod(0o444)
    status, out, err = run_main(["export", "--chart", str(chart), "--table", str(table)], capsys)
    assert_one_line_error(status, out, err)
    assert "“t.csv”: the file is read-only" in err
    assert chart.read_bytes() == b"the old chart"
    assert table.read_bytes() == b"the old table"
    assert sorted(os.listdir(tmp_path)) == ["c.png", "t.csv"]


def test_both_outputs_are_written_when_both_can_be(tmp_path: Path, capsys) -> None:
    chart, table = tmp_path / "c.svg", tmp_path / "t.csv"
    status, out, err = run_main(["export", "--chart", str(chart), "--table", str(table)], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [f"Wrote {chart}", f"Wrote {table}"]
    assert chart.read_bytes().lstrip().startswith(b"<?xml")
    assert table.stat().st_size > 0


# --- Files that are not regular files, and read-only ones ---------------------------------------


@posix_only
def test_a_named_pipe_is_not_replaced(tmp_path: Path, capsys) -> None:
    pipe = tmp_path / "brief.pdf"
    os.mkfifo(pipe)
    status, out, err = run_main(["report", "--out", str(pipe)], capsys)
    assert_one_line_error(status, out, err)
    assert "not a regular file" in err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@posix_only
def test_a_link_to_a_device_is_not_replaced(tmp_path: Path, capsys) -> None:
    link = tmp_path / "chart.png"
    link.symlink_to("/dev/null")
    status, out, err = run_main(["export", "--chart", str(link)], capsys)
    assert_one_line_error(status, out, err)
    assert "not a regular file" in err
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_read_only_brief_is_not_replaced(tmp_path: Path, capsys) -> None:
    brief = tmp_path / "brief.pdf"
    brief.write_bytes(b"%PDF- the old brief")
    brief.chmod(0o444)
    status, out, err = run_main(["report", "--out", str(brief)], capsys)
    assert_one_line_error(status, out, err)
    assert "read-only" in err
    assert brief.read_bytes() == b"%PDF- the old brief"


def test_a_folder_that_never_existed_is_not_said_to_be_gone(tmp_path: Path, capsys) -> None:
    status, out, err = run_main(["report", "--out", str(tmp_path / "nowhere" / "b.pdf")], capsys)
    assert_one_line_error(status, out, err)
    assert "the folder “nowhere” does not exist" in err
    assert "no longer" not in err


# --- Words -------------------------------------------------------------------------------------


def test_a_fractional_width_is_not_called_years(capsys) -> None:
    status, out, err = run_main(["export", "--chart", "c.png", "--width", "1600.5"], capsys)
    assert_one_line_error(status, out, err)
    assert "--width: enter a whole number (no fraction)." in err
    assert "years" not in err


def test_an_unknown_language_before_the_command_is_blamed_on_lang(capsys) -> None:
    status, out, err = run_main(["--lang", "xx"], capsys)
    assert_one_line_error(status, out, err)
    assert "argument --lang: invalid choice: 'xx'" in err
    assert "argument command" not in err


def test_lang_before_the_command_is_used(capsys) -> None:
    status, out, err = run_main(["--lang", "tr", "summary"], capsys)
    assert (status, err) == (0, "")
    assert "Sınırlı ilerleme" in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["sumary"], "unknown command 'sumary' (did you mean summary?)"),
        (["expor", "--chart", "c.png"], "unknown command 'expor' (did you mean export?)"),
        (["--lang", "ms", "sumary"], "unknown command 'sumary' (did you mean summary?)"),
        (["frobnicate"], "unknown command 'frobnicate' (the commands are summary, report"),
        (["missing.tradetarget"], "'missing.tradetarget' is not a command, and there is no such"),
    ],
)
def test_a_mistyped_command_is_named_not_sent_to_the_window(argv, says, capsys) -> None:
    status = entry_point(argv)  # the installed command's own entry point
    out, err = capsys.readouterr()
    assert_one_line_error(status, out, err)
    assert status == 2
    assert says in err


def test_a_mistyped_command_in_a_fresh_interpreter_opens_no_window(tmp_path: Path) -> None:
    result = run_module("sumary", cwd=tmp_path)
    assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert "unknown command 'sumary' (did you mean summary?)" in result.stderr
    assert "desktop" not in result.stderr


# --- A full standard output --------------------------------------------------------------------

COMMANDS = {
    "summary": ["summary"],
    "summary --json": ["summary", "--json"],
    "solve": ["solve", "--base", "5.2", "--target", "10", "--years", "5"],
    "sensitivity": ["sensitivity"],
    "import-monthly": ["import-monthly", str(SAMPLE_CSV)],
    "export": ["export", "--table", "t.csv"],
    "--help": ["--help"],
    "summary --help": ["summary", "--help"],
    "--version": ["--version"],
}


@posix_only
@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS)
def test_a_full_standard_output_is_one_line_and_status_1(argv: list[str], tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is missing")
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = run_module(*argv, cwd=tmp_path, stdout=full, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        "trade-target: error: could not write the output (No space left on device)."
    ]
