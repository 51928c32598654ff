"""Temporary files that a killed save left behind, removed by a later save in their folder.

A save writes `.NAME.XXXXXXXX.save-HOST-PID.tmp` beside its target and renames it over the
target. A process killed outright (kill -9, a power cut) between the two leaves that file
behind, as large as the file it was saving. Each later save in the folder removes the ones
that are ours beyond doubt: our exact name pattern, a regular file, and either

- written on this computer (HOST, a short hash of its name) by a process that is gone, and
  two seconds old (a save renames its file well within that), or
- older than a day, whoever wrote it: a process number from another computer sharing the
  folder means nothing here, and one from this computer may since have been reused.

Windows has no cheap, safe way to ask whether a process lives (os.kill would end it), but it
refuses to delete a file that another process holds open: there a file of this computer is
tried after the two seconds, and a save in progress keeps its file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import socket
import stat
import time

GRACE_SECONDS = 2.0  # a save renames its temporary file well within this
SAFE_AGE_SECONDS = 24 * 60 * 60

# mkstemp's eight random characters sit between the prefix and the suffix.
_PATTERN = re.compile(
    r"\..+\.[a-z0-9_]{8}\.save-(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]{1,10})\.tmp", re.ASCII
)


@functools.cache
def host_tag() -> str:
    """This computer, as eight hex digits: its name could hold anything a file name cannot."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def prefix(name: str) -> str:
    """The start of a temporary file's name for a save of `name`."""
    return f".{name}."


def suffix() -> str:
    """The end of a temporary file's name: it names this computer and this process, so a
    later save can tell whether its writer is still alive."""
    return f".save-{host_tag()}-{os.getpid()}.tmp"


def is_ours(name: str) -> bool:
    return _PATTERN.fullmatch(name) is not None


def _process_gone(pid: int) -> bool:
    if os.name == "nt":
        return True  # see the module's docstring: Windows keeps an open file from deletion
    if pid <= 0:
        return True  # no process has such a number
    if pid == os.getpid():
        return False  # this process: a save of ours may be under way on another thread
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):
        return False  # it exists but is another user's, or we cannot tell: keep the file
    return False


def is_stale(name: str, age: float) -> bool:
    """Whether the file `name`, `age` seconds old, is a leftover of ours to remove."""
    match = _PATTERN.fullmatch(name)
    if match is None:
        return False
    if age >= SAFE_AGE_SECONDS:
        return True
    return (
        match.group("host") == host_tag()
        and age >= GRACE_SECONDS
        and _process_gone(int(match.group("pid")))
    )


def remove_stale(folder: str, now: float | None = None) -> list[str]:
    """Remove the leftover temporary files in `folder`; return their names. Never raises: a
    leftover that cannot be removed now is tried again at the next save."""
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_ours(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and is_stale(entry.name, now - info.st_mtime):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(entry.name)
    return removed
