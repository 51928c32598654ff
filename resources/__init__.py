"""Data files shipped with the app (the article dataset, icons, compiled translations).

They are real files beside this module in a checkout, an installed wheel and the frozen
bundle alike, so they are found from this module's own place: importlib.resources would
find the same files, at the cost of its import (a few milliseconds before the window's
first paint).
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The shipped file `name` (a relative path, like "translations/trade_target_tr.qm")."""
    return FOLDER / name
