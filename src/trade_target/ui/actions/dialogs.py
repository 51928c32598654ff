"""Every modal dialog goes through here, so tests can replace one small function.

The dialog classes are imported when a dialog is first shown, not with the window. Every
text is translated when the dialog is shown, so a dialog always speaks the current
language. Qt translates its own standard buttons only for the languages it ships (not
Malay), so each button's text is set here, through our translations.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

EXTENSION = ".tradetarget"  # as core.files.file_format; a test checks they agree

# Texts Qt writes itself in a message box with details. Marked here so they are extracted in
# Qt's own context: our installed translator then answers Qt's own lookup for them.
_QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def file_filter() -> str:
    """The Open and Save As dialogs' file types, named in the current language."""
    return ";;".join(
        (
            translate("Dialogs", "Trade Target files") + f" (*{EXTENSION})",
            translate("Dialogs", "All files") + " (*)",
        )
    )


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _name_buttons(box: QMessageBox, names: dict[Any, str]) -> None:
    """Set the standard buttons' texts: Qt has no Malay for its own."""
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    """Like QMessageBox.about (the window's icon, one OK button), the button named by us."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Ok, parent)
    icon = box.windowIcon()  # the window's, or the application's
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))))
    _name_buttons(box, {QMessageBox.StandardButton.Ok: translate("Dialogs", "OK")})
    box.exec()


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    _name_buttons(box, {QMessageBox.StandardButton.Ok: translate("Dialogs", "OK")})
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_open_path(parent: QWidget | None, folder: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open scenarios"), folder, file_filter()
    )
    return path or None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save; the extension is added when the user typed a bare name."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save scenarios as"), suggested, file_filter()
    )
    if not path:
        return None
    if not os.path.splitext(path)[1]:
        path += EXTENSION
    return path


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "Save the changes to “{name}” first?").format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(translate("Dialogs", "If you don't save, your changes will be lost."))
    _name_buttons(
        box,
        {
            QMessageBox.StandardButton.Save: translate("Dialogs", "&Save"),
            QMessageBox.StandardButton.Discard: translate("Dialogs", "&Discard"),
            QMessageBox.StandardButton.Cancel: translate("Dialogs", "Cancel"),
        },
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


class ChangedChoice(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


def ask_file_changed(parent: QWidget | None, name: str) -> ChangedChoice:
    """The file changed on disk since it was opened or last saved here (another window, a
    colleague): overwrite those changes, save this work elsewhere, or not save."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Dialogs", "File changed on disk"),
        translate(
            "Dialogs",
            "“{name}” has been changed on disk since you opened or last saved it here, "
            "perhaps in another window.",
        ).format(name=name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        translate(
            "Dialogs",
            "Overwrite puts your work in its place and those changes are lost; Save As keeps both.",
        )
    )
    role = QMessageBox.ButtonRole
    box.addButton(translate("Dialogs", "&Overwrite"), role.DestructiveRole)
    save_as = box.addButton(translate("Dialogs", "Save &As…"), role.AcceptRole)
    box.addButton(translate("Dialogs", "Cancel"), role.RejectRole)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    chosen = box.buttonRole(clicked) if clicked is not None else role.RejectRole
    if chosen == role.DestructiveRole:
        return ChangedChoice.OVERWRITE
    if chosen == role.AcceptRole:
        return ChangedChoice.SAVE_AS
    return ChangedChoice.CANCEL


def ask_restore(parent: QWidget | None, text: str) -> bool:
    """After a crash: bring back the work the autosave kept?"""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Restore unsaved work"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    _name_buttons(
        box,
        {
            QMessageBox.StandardButton.Yes: translate("Dialogs", "Restore"),
            QMessageBox.StandardButton.No: translate("Dialogs", "Discard"),
        },
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_observation(parent: QWidget | None, submit: Callable[..., Any]) -> None:
    """The 'Add a figure' form; `submit(**fields)` applies it or raises InputError."""
    from trade_target.ui.actions.observation_dialog import ObservationDialog

    ObservationDialog(submit, parent).exec()


def ask_export_path(
    parent: QWidget | None, title: str, suggested: str, kinds: dict[str, str]
) -> str | None:
    """Where to export; `kinds` maps an extension (".png") to its name ("PNG image"), the
    title and the names already translated. The extension of the chosen kind is added when
    the user typed a bare name."""
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
    from PySide6.QtWidgets import QDialog, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setWindowTitle(translate("Dialogs", "Export chart"))
    dialog.setLabelText(
        translate("Dialogs", "Width of the image in pixels ({lowest}–{highest}):").format(
            lowest=lowest, highest=highest
        )
    )
    dialog.setIntRange(lowest, highest)
    dialog.setIntStep(100)
    dialog.setIntValue(default)
    dialog.setOkButtonText(translate("Dialogs", "OK"))
    dialog.setCancelButtonText(translate("Dialogs", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.intValue()


def ask_printer(parent: QWidget | None) -> Any:
    """A QPrinter set up in the system's print dialog, or None if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Dialogs", "Print brief"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
