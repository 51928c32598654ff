"""Telling whether a file changed on disk since this window opened or last saved it.

Two windows (or a colleague on a shared folder) can have one workbook open; without a
check, the last save silently wins and the other's work is gone. A fingerprint is a hash of
the file's bytes: unlike the modification time and size, it cannot miss a change made within
the filesystem's clock tick, and it raises no question when the other save wrote the very
same bytes (nothing would be lost).
"""

from __future__ import annotations

import hashlib
import os

from trade_target.core.files.storage import StorageError, read_limited_bytes

UNREADABLE = "unreadable"  # differs from every hash: a file we cannot read counts as changed


def fingerprint_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(path: str | os.PathLike[str]) -> str | None:
    """The fingerprint of the file at `path` now; None when there is no file there (nothing
    to overwrite), UNREADABLE when there is one that cannot be read (too large, not a
    regular file, no permission)."""
    try:
        return fingerprint_of(read_limited_bytes(path))
    except StorageError:
        return None if not os.path.lexists(path) else UNREADABLE


def changed_since(path: str | os.PathLike[str], known: str | None) -> bool:
    """True when the file at `path` is no longer the one whose fingerprint is `known`; a
    file that is gone, or whose fingerprint was never taken, has nothing to lose."""
    if known is None:
        return False
    now = fingerprint(path)
    return now is not None and now != known
