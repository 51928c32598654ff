"""Saving and opening files so that a failed save never costs the user their old file.

A save writes a temporary file beside the target, forces it to disk and only then renames it
over the target: the rename is atomic, so a crash, a full disk or a killed process leaves either
the whole old file or the whole new one. Reading refuses oversized files before loading them.
Both speak in `StorageError`, whose message names the file in words a person can act on.
The layer knows nothing of the file format: it moves bytes and UTF-8 text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence

from trade_target.core.errors import TradeTargetError
from trade_target.core.files import stale_saves
from trade_target.core.i18n import translate

MAX_READ_BYTES = 10 * 1024 * 1024
DEFAULT_MODE = 0o644

_READ_ONLY = {errno.EACCES, errno.EPERM}
_DISK_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
_FOLDER_GONE = {errno.ENOENT, errno.ENOTDIR}
# Filesystems that cannot sync a folder (some network and FUSE mounts) say so with these.
_FOLDER_SYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF}


class StorageError(TradeTargetError):
    """A file could not be saved or opened; `message` is a sentence that names the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def display_name(path: str) -> str:
    return os.path.basename(path.rstrip("/\\")) or path


def _reason(exc: OSError) -> str:
    """The OS's own words when we have no plainer ones, as the tail of a sentence.

    They stay as the system gives them: Python's error texts are not translated."""
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _folder_of(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def _save_error(path: str, exc: OSError) -> StorageError:
    if exc.errno == errno.EROFS:
        reason = translate("Storage", "the disk is read-only")
    elif exc.errno in _READ_ONLY:
        reason = translate(
            "Storage", "the folder is read-only, or you do not have permission to write there"
        )
    elif exc.errno in _DISK_FULL:
        reason = translate("Storage", "the disk is full")
    elif exc.errno in _FOLDER_GONE and not os.path.isdir(_folder_of(path)):
        reason = translate("Storage", "the folder “{folder}” does not exist").format(
            folder=display_name(_folder_of(path))
        )
    elif exc.errno == errno.EISDIR:
        reason = translate("Storage", "a folder of that name is in the way")
    else:
        reason = _reason(exc)
    return StorageError(
        path,
        translate("Storage", "Could not save “{name}”: {reason}.").format(
            name=display_name(path), reason=reason
        ),
    )


def _target_mode(target: str) -> int:
    """The permission bits the saved file should have: the old file's, else 0o644 less umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        pass
    # The only portable way to read the umask is to set it. The placeholder is the strictest
    # mask, so a file another thread creates in that instant is too private, never too open.
    umask = os.umask(0o077)
    os.umask(umask)
    return DEFAULT_MODE & ~umask


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write only part of the buffer; keep going until all of it is out."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _discard(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _sync_folder(folder: str, path: str) -> None:
    """Make the rename itself durable: without this a power cut can bring the old name back.

    Windows has no way to open a folder for syncing and journals the rename itself.
    """
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise StorageError(
                path,
                translate(
                    "Storage",
                    "“{name}” was written, but the disk did not confirm it "
                    "({reason}); save again before relying on it.",
                ).format(name=display_name(path), reason=_reason(exc)),
            ) from exc
    finally:
        os.close(fd)


def check_target(path: str | os.PathLike[str]) -> str:
    """The real file a save to `path` would replace (a symbolic link is followed), or
    StorageError when it must not be replaced.

    The rename that makes a save atomic would replace anything: so a folder, a named pipe, a
    device or a socket is refused (a file would take its place), and so is a read-only file
    (the rename ignores the file's own permission; as a folder's does, it refuses the save).
    A name that does not exist yet is a new file and passes.
    """
    path = os.fspath(path)
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except OSError:
        return target  # a new file; creating the temporary file says why if it cannot be
    if stat.S_ISDIR(info.st_mode):
        reason = translate("Storage", "a folder of that name is in the way")
    elif not stat.S_ISREG(info.st_mode):
        reason = translate(
            "Storage", "it is not a regular file but a named pipe, a device or a socket"
        )
    elif not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        target, os.W_OK
    ):
        reason = translate(
            "Storage", "the file is read-only, or you do not have permission to change it"
        )
    else:
        return target
    raise StorageError(
        path,
        translate("Storage", "Could not save “{name}”: {reason}.").format(
            name=display_name(path), reason=reason
        ),
    )


def _prepare(path: str, data: bytes) -> tuple[str, str]:
    """Check the target, write `data` to a temporary file beside it and force it to disk:
    (the real target, the temporary file). On failure nothing is left behind."""
    target = check_target(path)
    folder, name = os.path.split(target)
    mode = _target_mode(target)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=stale_saves.prefix(name), suffix=stale_saves.suffix(), dir=folder
        )
    except OSError as exc:
        raise _save_error(path, exc) from exc
    fd_open = True
    try:
        _write_all(fd, data)
        os.fsync(fd)
        fd_open = False
        os.close(fd)
        # mkstemp makes the file private (0o600); give it the mode the target should have.
        os.chmod(temporary, mode)
    except BaseException as exc:
        if fd_open:
            with contextlib.suppress(OSError):
                os.close(fd)
        _discard(temporary)
        if isinstance(exc, OSError):
            raise _save_error(path, exc) from exc
        raise
    return target, temporary


def write_files_atomically(files: Sequence[tuple[str | os.PathLike[str], bytes]]) -> None:
    """Replace each file with its bytes, all or none: every file is checked and written to its
    temporary file first, and only when all are on disk are they renamed over their targets.

    Only a rename failing after others succeeded (the disk pulled out between them) can leave
    some replaced; each file is still whole, old or new. StorageError says what failed.
    """
    prepared: list[tuple[str, str, str]] = []  # (path as given, real target, temporary)
    try:
        for path, data in files:
            given = os.fspath(path)
            prepared.append((given, *_prepare(given, data)))
        while prepared:
            given, target, temporary = prepared[0]
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise _save_error(given, exc) from exc
            prepared.pop(0)
            folder = os.path.dirname(target)
            _sync_folder(folder, given)
            stale_saves.remove_stale(folder)
    finally:
        for _, _, temporary in prepared:
            _discard(temporary)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at `path` with `data`, all or nothing.

    The temporary file lives in the target's folder because a rename is only atomic within
    one filesystem. A symbolic link to a file is saved through, so the link survives and the
    file it points to gets the new bytes. On failure the temporary file is removed and the
    target is untouched; `StorageError` says why. Temporary files an earlier, killed save
    left in the folder are removed (see `stale_saves`).
    """
    write_files_atomically([(path, data)])


def _open_error(path: str, exc: OSError) -> StorageError:
    name = display_name(path)
    if isinstance(exc, FileNotFoundError):
        reason = translate("Storage", "the file does not exist")
    elif isinstance(exc, IsADirectoryError) or (
        isinstance(exc, PermissionError) and os.path.isdir(path)  # Windows says this of folders
    ):
        reason = translate("Storage", "it is a folder, not a file")
    elif isinstance(exc, PermissionError):
        reason = translate("Storage", "you do not have permission to read it")
    else:
        reason = _reason(exc)
    return StorageError(
        path,
        translate("Storage", "Could not open “{name}”: {reason}.").format(name=name, reason=reason),
    )


def size_in_words(size: int) -> str:
    if size >= 1024 * 1024 and size % (1024 * 1024) == 0:
        return translate("Storage", "{size} MB").format(size=size // (1024 * 1024))
    return translate("Storage", "%n byte(s)", None, size)


def _too_large(path: str, max_bytes: int, sentence: str = "") -> StorageError:
    sentence = sentence or translate(
        "Storage", "“{name}” is larger than {size}; it is not a Trade Target file."
    )
    return StorageError(
        path, sentence.format(name=display_name(path), size=size_in_words(max_bytes))
    )


def read_limited_bytes(
    path: str | os.PathLike[str], max_bytes: int = MAX_READ_BYTES, too_large: str = ""
) -> bytes:
    """The file's bytes, refusing files over `max_bytes` with `too_large` (a translated
    sentence with {name} and {size}; by default: not a Trade Target file).

    The size is checked before reading, so a huge or hostile file costs no memory, and the
    read stops one byte past the limit in case the file grows meanwhile. Opening does not
    block on a named pipe, which is refused as not being a file.
    """
    path = os.fspath(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _open_error(path, exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if not stat.S_ISREG(info.st_mode):
            raise StorageError(
                path,
                translate("Storage", "Could not open “{name}”: it is not a regular file.").format(
                    name=display_name(path)
                ),
            )
        if info.st_size > max_bytes:
            raise _too_large(path, max_bytes, too_large)
        with open(fd, "rb", closefd=False) as file:
            data = file.read(max_bytes + 1)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(path, max_bytes, too_large)
    return data


def read_limited(path: str | os.PathLike[str], max_bytes: int = MAX_READ_BYTES) -> str:
    """The file's UTF-8 text (a byte-order mark is allowed), refusing files over `max_bytes`
    as `read_limited_bytes` does."""
    path = os.fspath(path)
    data = read_limited_bytes(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StorageError(
            path,
            translate("Storage", "“{name}” is not UTF-8 text.").format(name=display_name(path)),
        ) from exc
