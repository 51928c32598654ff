"""GUI tests: no modal dialog may block the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest


class UnexpectedDialogError(AssertionError):
    """A test reached a modal dialog it did not expect (which would block the run)."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would wait forever for a click that never comes. Every dialog a test
    does not replace itself fails the test, except the unsaved-changes question when a
    test window closes at the end, which discards (the test's work is a throwaway)."""
    from trade_target.ui.actions import dialogs

    def unexpected(name: str) -> Callable[..., None]:
        def fail(*args: object, **kwargs: object) -> None:
            raise UnexpectedDialogError(f"unexpected dialog {name}: {args[1:]!r}")

        return fail

    for name in (
        "show_about",
        "show_error",
        "ask_open_path",
        "ask_save_path",
        "ask_restore",
        "ask_observation",
        "ask_export_path",
        "ask_png_width",
        "ask_printer",
    ):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_: dialogs.SaveChoice.DISCARD)


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
