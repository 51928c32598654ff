"""File › Export chart, Export table, Export brief and Print brief, for one window.

What is exported is what the window shows: the current scenario, the ticked scenarios'
paths on the chart, the currency chosen. Every export is written whole or not at all; a
failure gets a message naming the file, and nothing else changes.
"""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

from trade_target.core.errors import TradeTargetError
from trade_target.core.files import csv_style
from trade_target.core.files.csv_style import CsvStyle
from trade_target.core.files.storage import display_name
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.render.overlay_choice import Overlay, overlays_for, ticked_others
from trade_target.ui.actions import dialogs
from trade_target.ui.document import ScenarioDocument

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PNG_DEFAULT_WIDTH = 1600
PNG_WIDTHS = (200, 10_000)
# The file types each export offers, named in English; translated when the dialog is shown.
CHART_KINDS = {
    ".png": QT_TRANSLATE_NOOP("ExportActions", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("ExportActions", "SVG drawing"),
}
TABLE_KINDS = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportActions", "Excel workbook"),
    ".csv": QT_TRANSLATE_NOOP("ExportActions", "CSV, comma-separated values"),
}
BRIEF_KINDS = {".pdf": QT_TRANSLATE_NOOP("ExportActions", "PDF document")}
# The CSV file type names its style, which follows the language (core.files.csv_style): in
# Turkish, spreadsheets read ";" between fields and decimal commas.
CSV_KINDS = {
    CsvStyle.COMMA: TABLE_KINDS[".csv"],
    CsvStyle.SEMICOLON: QT_TRANSLATE_NOOP(
        "ExportActions", "CSV, semicolon-separated values with decimal commas"
    ),
}


def translated_kinds(kinds: dict[str, str]) -> dict[str, str]:
    """`kinds` with each file type named in the current language."""
    return {extension: translate("ExportActions", name) for extension, name in kinds.items()}


def table_kinds() -> dict[str, str]:
    """The table's file types in the current language, the CSV one in its style."""
    return translated_kinds({**TABLE_KINDS, ".csv": CSV_KINDS[csv_style.for_language()]})


def overlays_of(document: ScenarioDocument) -> tuple[Overlay, ...]:
    """The other ticked scenarios the chart draws (the first few; ticked_others counts all)."""
    return overlays_for(document.workbook, document.summary_of)


def chart_content(document: ScenarioDocument):  # type: ignore[no-untyped-def]
    from trade_target.render.chart_export import ChartContent
    from trade_target.render.chart_extras import extras_for

    extras = extras_for(document.summary, document.dataset, document.outlook)
    return ChartContent(
        summary=document.summary,
        dataset=document.dataset,
        currency=document.currency,
        name=document.scenario.name,
        overlays=overlays_of(document),
        ticked=ticked_others(document.workbook),
        history=extras.history,
        outlook=extras.outlook,
    )


class ExportActions(QObject):
    def __init__(self, window: QWidget, document: ScenarioDocument) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.last_written = ""

    def _suggest(self, extension: str) -> str:
        folder = (
            os.path.dirname(self._document.path)
            if self._document.path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        stem = "".join(
            c if c.isalnum() or c in " -_" else "-" for c in self._document.scenario.name
        )
        return os.path.join(folder, f"{stem.strip() or 'trade-target'}{extension}")

    def _written(self, path: str, write: object) -> bool:
        try:
            write()  # type: ignore[operator]
        except TradeTargetError as exc:
            dialogs.show_error(
                self._window, translate("ExportActions", "Could not export"), str(exc)
            )
            return False
        self.last_written = path
        return True

    def export_chart(self) -> bool:
        from trade_target.render.chart_export import save_chart

        path = dialogs.ask_export_path(
            self._window,
            translate("ExportActions", "Export chart"),
            self._suggest(".png"),
            translated_kinds(CHART_KINDS),
        )
        if not path:
            return False
        width = PNG_DEFAULT_WIDTH
        if path.lower().endswith(".png"):
            chosen = dialogs.ask_png_width(self._window, PNG_DEFAULT_WIDTH, *PNG_WIDTHS)
            if chosen is None:
                return False
            width = chosen
        content = chart_content(self._document)
        return self._written(path, lambda: save_chart(path, content, width))

    def export_table(self) -> bool:
        from trade_target.core.files.table_export import save_table
        from trade_target.core.tables import export_contents

        path = dialogs.ask_export_path(
            self._window,
            translate("ExportActions", "Export table"),
            self._suggest(".xlsx"),
            table_kinds(),
        )
        if not path:
            return False
        document = self._document
        contents = export_contents(
            document.summary,
            document.dataset,
            [(s, document.summary_of(s)) for s in document.workbook.scenarios],
            datetime.date.today(),
        )
        return self._written(path, lambda: save_table(path, *contents))

    def export_brief(self) -> bool:
        from trade_target.render.brief import save_brief

        path = dialogs.ask_export_path(
            self._window,
            translate("ExportActions", "Export brief"),
            self._suggest(".pdf"),
            translated_kinds(BRIEF_KINDS),
        )
        if not path:
            return False
        content = chart_content(self._document)
        return self._written(path, lambda: save_brief(path, content, datetime.date.today()))

    def print_brief(self) -> bool:
        from trade_target.render.brief import print_brief

        printer = dialogs.ask_printer(self._window)
        if printer is None:
            return False
        title = translate("ExportActions", "Could not print")
        try:
            started = print_brief(printer, chart_content(self._document), datetime.date.today())
        except TradeTargetError as exc:
            dialogs.show_error(self._window, title, str(exc))
            return False
        if not started:
            dialogs.show_error(self._window, title, _not_started(printer))
            return False
        return True


def _not_started(printer: QPrinter) -> str:
    """Why nothing was printed: a file that cannot be written, or a printer that would not
    start (the print dialog has no other way to fail)."""
    file = printer.outputFileName()
    if file:
        return translate(
            "ExportActions",
            "Could not print to “{name}”: check that its folder exists and can be written to.",
        ).format(name=display_name(file))
    return translate("ExportActions", "The printer “{printer}” could not be started.").format(
        printer=printer.printerName()
    )
