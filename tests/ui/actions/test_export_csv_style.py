"""File › Export table… writes CSV as the language's spreadsheets read it, and the dialog's
file type says which: "," and decimal points in English, ";" and decimal commas in Turkish."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from trade_target import translations
from trade_target.ui.actions import dialogs

REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # 13.97 %


class Asked:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
        self.kinds: dict[str, str] = {}
        self.path = path
        monkeypatch.setattr(dialogs, "ask_export_path", self._path)

    def _path(self, parent, title, suggested, kinds):  # type: ignore[no-untyped-def]
        self.kinds = kinds
        return str(self.path)


def rows(path: Path, separator: str) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def test_english_csv_is_comma_separated_with_decimal_points(qtbot, window, monkeypatch, tmp_path):
    asked = Asked(monkeypatch, tmp_path / "t.csv")
    assert window.exports.export_table()
    assert asked.kinds[".csv"] == "CSV, comma-separated values"
    header, *body = rows(asked.path, ",")
    assert header[0] == "Year" and len(header) == 9  # the last two: the catch-up path
    year, required = body[1][:2]
    assert year == "2025" and float(required) == pytest.approx(5.2 * (1 + REQUIRED))


def test_turkish_csv_is_semicolon_separated_with_decimal_commas(
    qtbot, window, monkeypatch, tmp_path
):
    assert translations.use("tr")
    asked = Asked(monkeypatch, tmp_path / "t.csv")
    assert window.exports.export_table()
    assert asked.kinds[".csv"] == "CSV, noktalı virgülle ayrılmış değerler, ondalık virgüllü"
    assert asked.kinds[".xlsx"] != "Excel workbook"  # the dialog is in Turkish throughout
    header, *body = rows(asked.path, ";")
    assert header[0] == "Yıl" and len(header) == 9
    year, required = body[1][:2]
    assert year == "2025" and "." not in required
    assert float(required.replace(",", ".")) == pytest.approx(5.2 * (1 + REQUIRED))
