"""Every modal dialog goes through here, so tests can replace one small function.

The dialog classes are imported when a dialog is first shown, not with the window.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

EXTENSION = ".tradetarget"  # as core.file_format; a test checks they agree
FILE_FILTER = f"Trade Target files (*{EXTENSION});;All files (*)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, html)


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_open_path(parent: QWidget | None, folder: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, "Open scenarios", folder, FILE_FILTER)
    return path or None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save; the extension is added when the user typed a bare name."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, "Save scenarios as", suggested, FILE_FILTER)
    if not path:
        return None
    if not os.path.splitext(path)[1]:
        path += EXTENSION
    return path


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Unsaved changes",
        f"Save the changes to “{name}” first?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText("If you don't save, your changes will be lost.")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_restore(parent: QWidget | None, text: str) -> bool:
    """After a crash: bring back the work the autosave kept?"""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Restore unsaved work",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText("Restore")
    box.button(QMessageBox.StandardButton.No).setText("Discard")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_observation(parent: QWidget | None, submit: Callable[..., Any]) -> None:
    """The 'Add a figure' form; `submit(**fields)` applies it or raises InputError."""
    from .observation_dialog import ObservationDialog

    ObservationDialog(submit, parent).exec()


def ask_export_path(
    parent: QWidget | None, title: str, suggested: str, kinds: dict[str, str]
) -> str | None:
    """Where to export; `kinds` maps an extension (".png") to its name ("PNG image"). The
    extension of the chosen kind is added when the user typed a bare name."""
    from PySide6.QtWidgets import QFileDialog

    filters = [f"{name} (*{extension})" for extension, name in kinds.items()]
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    if not path:
        return None
    if not os.path.splitext(path)[1]:
        index = filters.index(chosen) if chosen in filters else 0
        path += list(kinds)[index]
    return path


def ask_png_width(parent: QWidget | None, default: int, lowest: int, highest: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    width, chosen = QInputDialog.getInt(
        parent,
        "Export chart",
        f"Width of the image in pixels ({lowest}–{highest}):",
        default,
        lowest,
        highest,
        100,
    )
    return width if chosen else None


def ask_printer(parent: QWidget | None) -> Any:
    """A QPrinter set up in the system's print dialog, or None if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print brief")
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
