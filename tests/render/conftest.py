"""Drawing tests: an exception caught by the guard in a Qt override fails the test, and the
clipboard is left empty. No dialog stand-ins here: render never imports the ui, where the
dialogs are."""

from __future__ import annotations

from qt_fixtures import (  # noqa: F401 (autouse fixtures, shared with tests/ui)
    empty_clipboard_after_the_test,
    no_error_caught_by_the_guard,
)
