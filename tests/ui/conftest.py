"""GUI tests: no modal dialog may block the run."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from qt_fixtures import (  # noqa: F401 (autouse fixtures, shared with tests/render)
    empty_clipboard_after_the_test,
    no_error_caught_by_the_guard,
)


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
