"""Start-up pieces: the icon, a dataset that cannot be read, an unforeseen error."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor

from trade_target.core.errors import DatasetError


def test_icon_draws_at_every_size(qapp):
    from trade_target.ui.panels.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        colours = {image.pixelColor(x, y).name() for x in range(size) for y in range(size)}
        assert len(colours) > 4  # drawn, not blank
        if size >= 48:
            assert QColor("#0072b2").name() in colours  # the brand blue of the frame


def test_unreadable_dataset_gets_a_message_not_a_traceback(qapp, monkeypatch, capsys):
    from trade_target.core.files import dataset_file
    from trade_target.ui import app
    from trade_target.ui.actions import dialogs

    def broken() -> None:
        raise DatasetError("The dataset is not valid JSON (Expecting value).")

    shown: list[str] = []
    monkeypatch.setattr(dataset_file, "load_default_dataset", broken)
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": shown.append(text)
    )
    assert app.run() == 1
    assert shown and "could not be read" in shown[0] and "not valid JSON" in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_unforeseen_error_is_reported_in_a_dialog(qapp, monkeypatch, capsys):
    from trade_target.ui import app
    from trade_target.ui.actions import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": shown.append((text, details))
    )
    hook = app.error_reporter(None)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    text, details = shown[0]
    assert "Your inputs are unchanged" in text
    assert "RuntimeError: boom" in details
    assert "Traceback" not in text
