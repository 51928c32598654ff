"""Autouse fixtures for every test that runs Qt code of ours, whether it draws onto a page
(tests/render) or drives the window (tests/ui): each conftest there imports them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_error_caught_by_the_guard() -> Iterator[None]:
    """An exception in one of our Qt overrides becomes the error dialog (render.guard), later:
    a test still fails on one, even when its event loop never got round to the dialog."""
    yield
    import sys
    import traceback

    guard = sys.modules.get("trade_target.render.guard")
    caught = guard.take_caught() if guard is not None else []
    if caught:
        first = caught[0]
        pytest.fail(
            f"{len(caught)} exception(s) in Qt overrides, the first:\n"
            + "".join(traceback.format_exception(type(first), first, first.__traceback__))
        )


@pytest.fixture(autouse=True)
def empty_clipboard_after_the_test() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when the clipboard still holds data that the
    app set (a real X server does not); the tests that copy leave it empty again."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
