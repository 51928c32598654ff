"""Atomic saving and bounded reading: a failed save must leave the old file byte for byte.

Faults are injected where the OS would raise them (a short write then ENOSPC, EACCES on
creating the temporary file, EIO from fsync, a missing folder) and one save is killed with
SIGKILL between writing and renaming, in a child process.
"""

from __future__ import annotations

import errno
import inspect
import os
import queue
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import tracemalloc
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from killed_save import kill_a_save_before_its_rename

from trade_target.core.errors import TradeTargetError
from trade_target.core.files.storage import (
    MAX_READ_BYTES,
    StorageError,
    read_limited,
    write_atomically,
)

OLD = '{"format": "old", "note": "Kuala Lumpur – İstanbul"}\n'.encode()
NEW = b'{"format": "new", "padding": "' + b"x" * 50_000 + b'"}\n'

REAL_WRITE = os.write
REAL_FSYNC = os.fsync
REAL_FSTAT = os.fstat


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A saved file holding OLD, alone in its folder."""
    path = tmp_path / "brief.tradetarget"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path, *keep: Path) -> list[str]:
    """Names in `folder` other than `keep`: any temporary file a save left behind."""
    kept = {path.name for path in keep}
    return sorted(entry.name for entry in folder.iterdir() if entry.name not in kept)


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert leftovers(target.parent, target) == []


# --- Round trip ---------------------------------------------------------------------------------


def test_round_trip_gives_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "new.tradetarget"
    text = '{"title": "RM21.2 bn ≈ US$4.92 bn", "emoji": "🇲🇾🇹🇷"}'
    write_atomically(path, text.encode("utf-8"))
    assert read_limited(path) == text
    write_atomically(str(path), b"second")
    assert read_limited(str(path)) == "second"
    assert leftovers(tmp_path, path) == []


def test_overwriting_replaces_the_content(target: Path) -> None:
    write_atomically(target, NEW)
    assert target.read_bytes() == NEW
    write_atomically(target, b"")
    assert target.read_bytes() == b""
    assert leftovers(target.parent, target) == []


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664], ids=oct)
def test_overwriting_keeps_the_file_mode(target: Path, mode: int) -> None:
    target.chmod(mode)
    write_atomically(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o644)])
def test_a_new_file_gets_0o644_less_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    previous = os.umask(umask)
    try:
        write_atomically(tmp_path / "new.tradetarget", NEW)
        assert os.umask(umask) == umask, "the umask must be left as it was"
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.tradetarget").stat().st_mode) == expected


def test_saving_through_a_symbolic_link_keeps_the_link(target: Path) -> None:
    link = target.parent / "link.tradetarget"
    link.symlink_to(target.name)
    write_atomically(link, NEW)
    assert link.is_symlink()
    assert target.read_bytes() == NEW
    assert leftovers(target.parent, target, link) == []


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=4096))
def test_any_bytes_come_back_unchanged(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / "any.tradetarget"
    write_atomically(path, data)
    with open(path, "rb") as file:
        assert file.read() == data
    assert leftovers(folder, path) == []


# --- Faults while saving: the old file must survive byte for byte --------------------------------


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT], ids=["ENOSPC", "EDQUOT"])
def test_a_write_that_fails_half_way_leaves_the_old_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    calls = []

    def half_then_full_disk(fd: int, data: Any) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return REAL_WRITE(fd, bytes(data[: len(data) // 2]))
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "write", half_then_full_disk)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert len(calls) == 2, "the save must go on after a short write, then hit the full disk"
    assert raised.value.message == "Could not save “brief.tradetarget”: the disk is full."
    assert raised.value.path == str(target)
    assert isinstance(raised.value, TradeTargetError)
    assert_untouched(target)


def test_other_errors_are_told_in_the_systems_words(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_disk(fd: int, data: Any) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "write", broken_disk)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert raised.value.message == (
        f"Could not save “brief.tradetarget”: {os.strerror(errno.EIO).lower()}."
    )
    assert_untouched(target)


def test_an_interrupted_save_cleans_up_and_lets_the_interrupt_through(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int, data: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert_untouched(target)


# Root ignores permission bits, so as root (CI) the save runs in a child process that drops to
# the unprivileged "nobody" user after importing, and reports what it raised.
_SAVE_AS_NOBODY = """
import os, sys
from trade_target.core.files.storage import StorageError, write_atomically
os.setgid(65534)
os.setuid(65534)
try:
    write_atomically(sys.argv[1], b"new")
except StorageError as error:
    print(error.message)
else:
    print("saved")
"""


@pytest.mark.skipif(os.name == "nt", reason="Windows has no read-only folders")
def test_saving_into_a_read_only_folder() -> None:
    folder = Path(tempfile.mkdtemp(prefix="read-only-"))  # in /tmp: reachable by "nobody"
    target = folder / "brief.tradetarget"
    target.write_bytes(OLD)
    target.chmod(0o644)
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            child = subprocess.run(
                [sys.executable, "-c", _SAVE_AS_NOBODY, str(target)],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert child.returncode == 0, child.stderr
            message = child.stdout.strip()
        else:
            with pytest.raises(StorageError) as raised:
                write_atomically(target, NEW)
            message = raised.value.message
        assert "“brief.tradetarget”" in message
        assert "read-only" in message
        assert_untouched(target)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EACCES, "the folder is read-only"), (errno.EPERM, "the folder is read-only")],
)
def test_saving_into_a_read_only_folder_simulated(
    target: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert raised.value.message.startswith(f"Could not save “brief.tradetarget”: {words}")
    assert_untouched(target)


def test_a_read_only_disk_is_named(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert raised.value.message == "Could not save “brief.tradetarget”: the disk is read-only."
    assert_untouched(target)


def test_a_refused_rename_removes_the_written_temporary_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when Windows finds the old file open elsewhere: the new bytes exist, then fail."""
    seen: list[bytes] = []

    def refuse(source: str, destination: str) -> None:
        seen.append(Path(source).read_bytes())
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert seen == [NEW]
    assert "read-only" in raised.value.message
    assert_untouched(target)


def test_a_save_killed_before_the_rename_leaves_the_old_file(target: Path) -> None:
    new_text = "the new content, fully written"
    killed = kill_a_save_before_its_rename(target, new_text.encode())
    if os.name == "posix":
        assert killed.returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
    # A process killed outright cannot remove its temporary file; leaving one behind is
    # acceptable (it is dot-named and beside the target). It proves the kill came after the
    # new bytes were fully written, which is the window this test is about.
    temporary = killed.temporary
    assert temporary.parent == target.parent and temporary.name.startswith(".brief.tradetarget.")
    assert temporary.read_text("utf-8") == new_text


def test_a_failing_fsync_leaves_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert raised.value.message.startswith("Could not save “brief.tradetarget”: ")
    assert_untouched(target)


def folder_fsync_failing_with(code: int) -> Any:
    def fsync(fd: int) -> None:
        if stat.S_ISDIR(REAL_FSTAT(fd).st_mode):
            raise OSError(code, os.strerror(code))
        REAL_FSYNC(fd)

    return fsync


def test_a_folder_that_cannot_be_synced_is_reported_after_the_rename(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", folder_fsync_failing_with(errno.EIO))
    with pytest.raises(StorageError) as raised:
        write_atomically(target, NEW)
    monkeypatch.undo()
    assert raised.value.message.startswith("“brief.tradetarget” was written, but the disk did not")
    assert target.read_bytes() == NEW
    assert leftovers(target.parent, target) == []


def test_a_filesystem_without_folder_sync_is_not_a_failure(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", folder_fsync_failing_with(errno.EINVAL))
    write_atomically(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == NEW


def test_saving_into_a_folder_that_vanished(tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    path = folder / "brief.tradetarget"
    folder.rmdir()
    with pytest.raises(StorageError) as raised:
        write_atomically(path, NEW)
    assert raised.value.message == (
        "Could not save “brief.tradetarget”: the folder “gone” does not exist."
    )
    assert raised.value.path == str(path)
    assert not folder.exists()
    assert leftovers(tmp_path) == []


def test_saving_over_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "brief.tradetarget").mkdir()
    with pytest.raises(StorageError) as raised:
        write_atomically(tmp_path / "brief.tradetarget", NEW)
    assert raised.value.message.startswith("Could not save “brief.tradetarget”: ")
    assert (tmp_path / "brief.tradetarget").is_dir()
    assert leftovers(tmp_path, tmp_path / "brief.tradetarget") == []


# --- Reading ------------------------------------------------------------------------------------


def test_the_default_limit_is_10_mb() -> None:
    assert MAX_READ_BYTES == 10 * 1024 * 1024
    assert inspect.signature(read_limited).parameters["max_bytes"].default == 10 * 1024 * 1024


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "full.tradetarget"
    path.write_bytes(b"a" * 100)
    assert read_limited(path, max_bytes=100) == "a" * 100


def test_a_file_over_the_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.tradetarget"
    with open(path, "wb") as file:
        file.truncate(64 * 1024 * 1024)  # sparse: costs no disk, but reading it would cost RAM
    tracemalloc.start()
    try:
        with pytest.raises(StorageError) as raised:
            read_limited(path, max_bytes=16 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, "the size must be checked before reading up to the limit"
    assert raised.value.message == (
        "“huge.tradetarget” is larger than 16 MB; it is not a Trade Target file."
    )


def test_the_default_limit_refuses_one_byte_over_10_mb(tmp_path: Path) -> None:
    path = tmp_path / "x.tradetarget"
    with open(path, "wb") as file:
        file.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(StorageError) as raised:
        read_limited(path)
    assert raised.value.message == (
        "“x.tradetarget” is larger than 10 MB; it is not a Trade Target file."
    )


def test_a_file_that_grows_after_the_size_check_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.tradetarget"
    with open(path, "wb") as file:
        file.truncate(64 * 1024 * 1024)

    def stale_fstat(fd: int) -> Any:
        """The size as it was before the file grew."""
        return SimpleNamespace(st_mode=REAL_FSTAT(fd).st_mode, st_size=10)

    monkeypatch.setattr(os, "fstat", stale_fstat)
    tracemalloc.start()
    try:
        with pytest.raises(StorageError) as raised:
            read_limited(path, max_bytes=100)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        monkeypatch.undo()
    assert peak < 1024 * 1024
    assert "“growing.tradetarget” is larger than 100 bytes" in raised.value.message


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tradetarget"
    path.write_bytes('{"name": "Türkiye"}'.encode("latin-1"))
    with pytest.raises(StorageError) as raised:
        read_limited(path)
    assert raised.value.message == "“latin1.tradetarget” is not UTF-8 text."
    assert raised.value.path == str(path)


def test_a_utf8_byte_order_mark_is_accepted_and_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.tradetarget"
    path.write_bytes(b"\xef\xbb\xbf" + '{"name": "Türkiye"}'.encode())
    assert read_limited(path) == '{"name": "Türkiye"}'


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        read_limited(tmp_path / "nowhere.tradetarget")
    assert raised.value.message == "Could not open “nowhere.tradetarget”: the file does not exist."


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.tradetarget"
    folder.mkdir()
    with pytest.raises(StorageError) as raised:
        read_limited(folder)
    assert (
        raised.value.message == "Could not open “folder.tradetarget”: it is a folder, not a file."
    )


def test_an_unreadable_file_is_refused(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: root, as in CI, can read any file whatever its permission bits."""

    def refuse(*args: Any, **kwargs: Any) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(StorageError) as raised:
        read_limited(target)
    monkeypatch.undo()
    assert raised.value.message == (
        "Could not open “brief.tradetarget”: you do not have permission to read it."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.tradetarget"
    os.mkfifo(pipe)
    outcome: queue.Queue[BaseException | str] = queue.Queue()

    def attempt() -> None:
        try:
            outcome.put(read_limited(pipe))
        except BaseException as exc:
            outcome.put(exc)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # blocked in open(): release it by opening the writing end
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
        pytest.fail("read_limited waited for a writer on a named pipe")
    result = outcome.get_nowait()
    assert isinstance(result, StorageError)
    assert result.message == "Could not open “pipe.tradetarget”: it is not a regular file."
