"""Trade Target: is the US$10 billion Malaysia–Türkiye trade target reachable?"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("trade-target")
except metadata.PackageNotFoundError:  # a bare source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "Trade Target"
