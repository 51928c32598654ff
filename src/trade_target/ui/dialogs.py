"""Every modal dialog goes through here, so tests can replace one small function."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
