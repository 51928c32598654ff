"""An output is never one of the inputs nor another output, however the two are named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trade_target.core.files.output_paths import check_outputs, same_file
from trade_target.core.files.storage import StorageError


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "work.pdf"  # a workbook with a misleading name, as in the bug report
    path.write_text("{}", encoding="utf-8")
    return path


def test_the_same_file_by_every_kind_of_name(workbook: Path, monkeypatch) -> None:
    folder = workbook.parent
    (folder / "link.pdf").symlink_to(workbook.name)
    os.link(workbook, folder / "hard.pdf")
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder / "sub")
    for other in ("../work.pdf", str(workbook), str(folder / "link.pdf"), "../hard.pdf"):
        assert same_file(other, str(workbook)), other
        assert same_file(str(workbook), other), other
    assert same_file("../sub/../work.pdf", "../work.pdf")


def test_different_files_and_new_names_are_not_the_same(workbook: Path) -> None:
    other = workbook.parent / "other.pdf"
    other.write_text("{}", encoding="utf-8")  # equal content, another file
    assert not same_file(str(other), str(workbook))
    assert not same_file(str(workbook.parent / "new.pdf"), str(workbook))
    # Two names of one file yet to be made are the same output.
    assert same_file(str(workbook.parent / "new.pdf"), str(workbook.parent / "." / "new.pdf"))


def test_an_output_that_is_the_input_is_refused(workbook: Path) -> None:
    link = workbook.parent / "brief.pdf"
    link.symlink_to(workbook.name)
    for output in (workbook, link):
        with pytest.raises(StorageError) as raised:
            check_outputs([("--out", str(output))], [("--scenario", str(workbook))])
        assert raised.value.message == (
            f"Could not save “{output.name}”: it is the file given to --scenario, which would "
            "be overwritten; choose another name for --out."
        )


def test_one_file_named_by_two_outputs_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        check_outputs([("--chart", str(tmp_path / "a.png")), ("--table", str(tmp_path / "a.png"))])
    assert "--chart and --table name the same file" in raised.value.message


def test_outputs_beside_the_input_pass(workbook: Path) -> None:
    check_outputs(
        [
            ("--chart", str(workbook.with_suffix(".png"))),
            ("--table", str(workbook.with_suffix(".csv"))),
        ],
        [("--scenario", str(workbook))],
    )
