"""What a save must not replace, several files saved all or none, and the temporary files a
killed save leaves behind removed by the next save in that folder.

The atomic rename that makes a save safe would replace anything at the target's name: a
read-only file, a named pipe, a device. These tests make each and check it is still there,
unchanged, after the save was refused.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from killed_save import kill_a_save_before_its_rename

from trade_target.core.files import stale_saves
from trade_target.core.files.storage import StorageError, check_target, write_atomically
from trade_target.core.files.storage import write_files_atomically as write_all

OLD = b"the old bytes\n"
NEW = b"the new bytes, " + b"x" * 10_000

posix_only = pytest.mark.skipif(os.name == "nt", reason="named pipes and /dev are POSIX")


def names_in(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


# --- Read-only files ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o000], ids=oct)
def test_a_read_only_file_is_not_replaced(tmp_path: Path, mode: int) -> None:
    """The folder is writable, so the rename would succeed (as it did before): refused."""
    target = tmp_path / "brief.tradetarget"
    target.write_bytes(OLD)
    target.chmod(mode)
    try:
        with pytest.raises(StorageError) as raised:
            write_atomically(target, NEW)
        assert raised.value.message == (
            "Could not save “brief.tradetarget”: the file is read-only, or you do not have "
            "permission to change it."
        )
        assert stat.S_IMODE(target.stat().st_mode) == mode
        target.chmod(0o644)
        assert target.read_bytes() == OLD
        assert names_in(tmp_path) == ["brief.tradetarget"]
    finally:
        target.chmod(0o644)


def test_a_link_to_a_read_only_file_is_refused_too(tmp_path: Path) -> None:
    target = tmp_path / "brief.tradetarget"
    target.write_bytes(OLD)
    target.chmod(0o444)
    link = tmp_path / "link.tradetarget"
    link.symlink_to(target.name)
    with pytest.raises(StorageError, match="read-only"):
        write_atomically(link, NEW)
    assert link.is_symlink() and target.read_bytes() == OLD


# --- Things that are not regular files ---------------------------------------------------------


@posix_only
def test_a_named_pipe_is_not_replaced_by_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "chart.png"
    os.mkfifo(pipe)
    with pytest.raises(StorageError) as raised:
        write_atomically(pipe, NEW)
    assert raised.value.message == (
        "Could not save “chart.png”: it is not a regular file but a named pipe, a device or a "
        "socket."
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert names_in(tmp_path) == ["chart.png"]


@posix_only
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_link_to_a_device_is_refused_and_stays_a_link(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is missing")
    link = tmp_path / "brief.pdf"
    link.symlink_to(device)
    with pytest.raises(StorageError, match="not a regular file"):
        write_atomically(link, NEW)
    assert link.is_symlink() and os.readlink(link) == device
    assert stat.S_ISCHR(os.stat(device).st_mode), "the device must still be a device"
    assert names_in(tmp_path) == ["brief.pdf"]


@posix_only
def test_a_link_to_a_named_pipe_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "table.csv"
    link.symlink_to(pipe.name)
    with pytest.raises(StorageError, match="not a regular file"):
        write_atomically(link, NEW)
    assert link.is_symlink() and stat.S_ISFIFO(pipe.lstat().st_mode)


def test_a_folder_in_the_way_is_named(tmp_path: Path) -> None:
    (tmp_path / "brief.pdf").mkdir()
    with pytest.raises(StorageError) as raised:
        check_target(tmp_path / "brief.pdf")
    assert (
        raised.value.message == "Could not save “brief.pdf”: a folder of that name is in the way."
    )


def test_a_link_to_a_regular_file_is_written_through(tmp_path: Path) -> None:
    """The decision for links to a file: the file they point to gets the bytes, the link
    stays a link (as a text editor saves through a link)."""
    real = tmp_path / "real.csv"
    real.write_bytes(OLD)
    link = tmp_path / "link.csv"
    link.symlink_to(real.name)
    write_atomically(link, NEW)
    assert link.is_symlink() and real.read_bytes() == NEW


def test_a_dangling_link_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to("made.csv")
    write_atomically(link, NEW)
    assert link.is_symlink() and (tmp_path / "made.csv").read_bytes() == NEW


# --- Several files: all or none ----------------------------------------------------------------


def test_when_one_file_is_refused_none_is_written(tmp_path: Path) -> None:
    chart, table = tmp_path / "chart.png", tmp_path / "table.csv"
    table.write_bytes(OLD)
    table.chmod(0o444)
    with pytest.raises(StorageError, match=r"“table\.csv”.*read-only"):
        write_all([(chart, NEW), (table, NEW)])
    assert names_in(tmp_path) == ["table.csv"], "no chart, and no temporary file"
    table.chmod(0o644)
    assert table.read_bytes() == OLD


def test_when_the_second_folder_is_missing_the_first_file_keeps_its_old_bytes(
    tmp_path: Path,
) -> None:
    chart = tmp_path / "chart.png"
    chart.write_bytes(OLD)
    with pytest.raises(StorageError, match="the folder “missing” does not exist"):
        write_all([(chart, NEW), (tmp_path / "missing" / "table.csv", NEW)])
    assert chart.read_bytes() == OLD
    assert names_in(tmp_path) == ["chart.png"]


def test_a_failure_while_writing_the_second_file_leaves_both_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(OLD)
    real_fsync, calls = os.fsync, []

    def full_disk_on_the_second_file(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, os.strerror(28))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk_on_the_second_file)
    with pytest.raises(StorageError, match=r"“b\.csv”: the disk is full"):
        write_all([(first, NEW), (second, NEW)])
    monkeypatch.undo()
    assert first.read_bytes() == OLD
    assert names_in(tmp_path) == ["a.csv"]


def test_all_files_are_written_when_all_can_be(tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("a.png", "b.csv", "c.xlsx")]
    write_all([(path, NEW + path.name.encode()) for path in paths])
    assert [path.read_bytes() for path in paths] == [NEW + p.name.encode() for p in paths]
    assert names_in(tmp_path) == ["a.png", "b.csv", "c.xlsx"]


# --- Temporary files a killed save left behind -------------------------------------------------


def finished_process_id() -> int:
    """The number of a process that has run and ended: no process has it now."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def leftover(
    folder: Path,
    name: str,
    pid: int,
    age: float,
    random: str = "ab3d_9xz",
    host: str | None = None,
) -> Path:
    """A temporary file as a save of `name` by process `pid` on computer `host` (this one by
    default) makes, `age` seconds old."""
    host = stale_saves.host_tag() if host is None else host
    path = folder / f".{name}.{random}.save-{host}-{pid}.tmp"
    path.write_bytes(b"\0" * 1000)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_the_temporary_file_names_its_computer_and_process(tmp_path: Path, monkeypatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def watch(source: str, destination: str) -> None:
        seen.append(os.path.basename(source))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", watch)
    write_atomically(tmp_path / "brief.tradetarget", NEW)
    [name] = seen
    assert name.startswith(".brief.tradetarget.")
    assert name.endswith(f".save-{stale_saves.host_tag()}-{os.getpid()}.tmp")
    assert re.fullmatch(r"[0-9a-f]{8}", stale_saves.host_tag())
    assert stale_saves.is_ours(name)


@pytest.mark.skipif(os.name == "nt", reason="the process check is POSIX; Windows goes by age")
def test_a_save_removes_what_dead_saves_left_and_nothing_else(tmp_path: Path) -> None:
    dead = finished_process_id()
    alive = os.getppid()  # the test runner's parent: alive for the whole test
    elsewhere = "0123abcd" if stale_saves.host_tag() != "0123abcd" else "abcd0123"
    removed = [
        leftover(tmp_path, "brief.pdf", dead, age=60),
        leftover(tmp_path, "other.csv", dead, age=stale_saves.GRACE_SECONDS + 0.5),
        # A process number that may have been reused; another computer's, a day old.
        leftover(tmp_path, "chart.png", alive, age=stale_saves.SAFE_AGE_SECONDS + 60),
        leftover(
            tmp_path, "chart.png", dead, age=stale_saves.SAFE_AGE_SECONDS + 60, host=elsewhere
        ),
    ]
    kept = [
        leftover(tmp_path, "brief.pdf", dead, age=0.5, random="fresh000"),  # just written
        leftover(tmp_path, "brief.pdf", alive, age=3600),  # its process lives
        # Another computer's: its process number says nothing here.
        leftover(tmp_path, "brief.pdf", dead, age=3600, host=elsewhere),
    ]
    for name in (
        ".brief.pdf.ab3d_9xz.tmp",  # the pattern without computer and process: not ours
        "notes.save-0123abcd-1.tmp",
        ".brief.pdf.ABCDEFGH.save-0123abcd-1.tmp",  # mkstemp writes no capitals
        "brief.pdf.ab3d_9xz.save-0123abcd-1.tmp",  # not hidden
        ".brief.pdf.ab3d_9xz.save-1.tmp",  # no computer
    ):
        path = tmp_path / name
        path.write_bytes(b"someone else's")
        os.utime(path, (0, 0))
        kept.append(path)
    folder_like = tmp_path / f".x.ab3d_9xz.save-{stale_saves.host_tag()}-{dead}.tmp"
    folder_like.mkdir()
    os.utime(folder_like, (0, 0))
    kept.append(folder_like)
    write_atomically(tmp_path / "brief.tradetarget", NEW)
    remaining = set(names_in(tmp_path))
    assert remaining == {path.name for path in kept} | {"brief.tradetarget"}
    assert not {path.name for path in removed} & remaining


def test_a_save_in_another_folder_leaves_this_folder_alone(tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    stale = leftover(here, "brief.pdf", finished_process_id(), age=60)
    write_atomically(there / "brief.pdf", NEW)
    assert stale.exists()
    write_atomically(here / "brief.pdf", NEW)
    assert not stale.exists()


def test_a_leftover_that_cannot_be_removed_does_not_fail_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = leftover(tmp_path, "brief.pdf", finished_process_id(), age=60)

    def refuse(path: str) -> None:
        raise PermissionError(13, "refused")

    monkeypatch.setattr(os, "unlink", refuse)
    write_atomically(tmp_path / "brief.pdf", NEW)
    monkeypatch.undo()
    assert stale.exists() and (tmp_path / "brief.pdf").read_bytes() == NEW


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and the process check are POSIX")
def test_kill_9_during_a_save_leaves_a_temporary_file_that_the_next_save_removes(
    tmp_path: Path,
) -> None:
    target = tmp_path / "brief.tradetarget"
    target.write_bytes(OLD)
    temporary = kill_a_save_before_its_rename(target, b"x" * 2_000_000).temporary
    assert temporary.stat().st_size == 2_000_000, "the killed save left its temporary file"
    assert target.read_bytes() == OLD
    # Any save in the folder, once the killed save's file is two seconds old, removes it.
    time.sleep(max(0.0, stale_saves.GRACE_SECONDS - (time.time() - temporary.stat().st_mtime)))
    write_atomically(tmp_path / "another.csv", NEW)
    assert names_in(tmp_path) == ["another.csv", "brief.tradetarget"]
    assert target.read_bytes() == OLD
