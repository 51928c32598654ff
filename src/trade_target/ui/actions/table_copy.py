"""Ctrl+C on a table: the selection, with its header row, as spreadsheets and word processors
paste it — tab-separated text for Excel and LibreOffice, and an HTML table for Word. A cell
that a spreadsheet would run as a formula (a scenario named "=HYPERLINK(…)") is pasted as
text, as the CSV and XLSX exports write it (core.files.spreadsheet_text). What a copy needs
beyond the action is imported at the first copy, not with the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableView

from trade_target.core.i18n import WORD_JOINER, translate
from trade_target.render.guard import qt_guard

_DISPLAY = Qt.ItemDataRole.DisplayRole


def _cell_text() -> Callable[[object], str]:
    """One cell's text on one line (tabs and line breaks would split the pasted table),
    never a formula; without the word joiners that only keep a line on screen from
    breaking after a sign ("+%13,97"), which a spreadsheet would not read as a number."""
    from trade_target.core.files.spreadsheet_text import defused, one_line

    def cell(text: object) -> str:
        return defused(one_line(str("" if text is None else text).replace(WORD_JOINER, "")))

    return cell


def selected_block(view: QTableView) -> tuple[list[int], list[int]]:
    """The rows and columns to copy: those holding a selected cell, or the whole table."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return list(range(model.rowCount())), list(range(model.columnCount()))
    rows = sorted({index.row() for index in indexes})
    columns = sorted({index.column() for index in indexes})
    return rows, columns


def selection_grid(view: QTableView) -> list[list[str]]:
    """The header row, then the selected rows, as the table shows them."""
    model = view.model()
    rows, columns = selected_block(view)
    cell = _cell_text()
    header = [cell(model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY)) for c in columns]
    body = [[cell(model.data(model.index(r, c), _DISPLAY)) for c in columns] for r in rows]
    return [header, *body]


def selection_mime(view: QTableView) -> QMimeData:
    import html

    grid = selection_grid(view)
    mime = QMimeData()
    mime.setText("\r\n".join("\t".join(row) for row in grid) + "\r\n")
    header, *body = grid
    cells = "".join(f"<th>{html.escape(text, quote=False)}</th>" for text in header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(text, quote=False)}</td>" for text in row) + "</tr>"
        for row in body
    )
    mime.setHtml(f"<table><thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>")
    return mime


def copy_selection(view: QTableView) -> None:
    QGuiApplication.clipboard().setMimeData(selection_mime(view))


class _CopyAction(QAction):
    """The table's Copy action, named again when the language changes (the table is told;
    an action is not)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.retranslate()
        view.installEventFilter(self)

    def retranslate(self) -> None:
        self.setText(translate("TableCopy", "&Copy"))

    @qt_guard(fallback=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_copy(view: QTableView) -> QAction:
    """Ctrl+C (the platform's Copy key) while the table has the focus."""
    action = _CopyAction(view)
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: copy_selection(view))
    view.addAction(action)
    return action
