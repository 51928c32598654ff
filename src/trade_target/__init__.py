"""Trade Target: is the US$10 billion Malaysia–Türkiye trade target reachable?"""

from __future__ import annotations

from functools import cache

APP_NAME = "Trade Target"


@cache
def version() -> str:
    """The version written once, in pyproject.toml, read from the installed metadata.

    Looked up on first use, not at import: importlib.metadata costs the window's
    start-up tens of milliseconds it does not need.
    """
    from importlib import metadata

    try:
        return metadata.version("trade-target")
    except metadata.PackageNotFoundError:  # a bare source tree that was never installed
        return "0+unknown"
