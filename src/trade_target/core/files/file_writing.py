"""Writing the `.tradetarget` file (see file_format): keys always in the same order, text
as it is, all or nothing through `storage.write_atomically`, so a failed save leaves the old
file whole; a workbook too big to be opened again is not written at all.
"""

from __future__ import annotations

import json
import os
from typing import Any

from trade_target import version
from trade_target.core.dataset import citation_to_object, dataset_to_object
from trade_target.core.files.file_format import FORMAT, FORMAT_VERSION, display_name
from trade_target.core.files.storage import (
    MAX_READ_BYTES,
    StorageError,
    size_in_words,
    write_atomically,
)
from trade_target.core.history import TrendChoice
from trade_target.core.i18n import translate
from trade_target.core.numbers import written
from trade_target.core.workbook import Workbook

INDENTED_MOST = 200  # scenarios; a bigger workbook is written without indentation
AS_BEFORE = TrendChoice()  # a scenario with it is written without "trend", as before history


def workbook_to_object(workbook: Workbook, autosave_of: str | None = None) -> dict[str, Any]:
    """The file's JSON object; the citation comes from the first scenario's figures."""
    obj: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": version(),
        "source": citation_to_object(workbook.scenarios[0].dataset.citation),
        "current": workbook.current,
        "display_currency": workbook.display_currency.value,
        "scenarios": [
            {
                "name": scenario.name,
                "exchange_rate": scenario.exchange_rate,
                "years_to_target": scenario.years_to_target,
                "shown": scenario.shown,
                "annualisation": scenario.annualisation.value,
                **(
                    {"trend": trend_to_object(scenario.trend)}
                    if scenario.trend != AS_BEFORE
                    else {}
                ),
                **dataset_to_object(scenario.dataset),
            }
            for scenario in workbook.scenarios
        ],
    }
    if autosave_of is not None:
        obj["autosave_of"] = autosave_of
    return obj


def trend_to_object(trend: TrendChoice) -> dict[str, Any]:
    """The scenario's trend as file_scenarios reads it back (a window's open end, and the
    first report present, have no key)."""
    obj: dict[str, Any] = {"method": trend.method.value}
    if trend.first_year is not None:
        obj["first_year"] = trend.first_year
    if trend.last_year is not None:
        obj["last_year"] = trend.last_year
    if trend.reporter:
        obj["reporter"] = trend.reporter
    return obj


def workbook_to_text(
    workbook: Workbook, autosave_of: str | None = None, compact: bool | None = None
) -> str:
    """The file's text: non-ASCII kept as is, keys always in the same order; indented unless
    `compact`, which by default a workbook of more than INDENTED_MOST scenarios is (indented,
    10,000 scenarios would take half as much room again, past what a file may be, and
    writing would take four times as long)."""
    if compact is None:
        compact = len(workbook.scenarios) > INDENTED_MOST
    obj = workbook_to_object(workbook, autosave_of)
    if compact:
        text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    else:
        text = json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False)
    return text + "\n"


def save_workbook(
    path: str | os.PathLike[str], workbook: Workbook, autosave_of: str | None = None
) -> bytes:
    """Write the workbook to `path`, all or nothing, and return the bytes written;
    StorageError says why a save failed.

    A lone surrogate (a path with undecodable bytes, as the system hands it over) is written
    as its JSON escape, so the save never fails on encoding and the text reads back the same.
    """
    data = workbook_to_text(workbook, autosave_of).encode("utf-8", "backslashreplace")
    if len(data) > MAX_READ_BYTES:
        data = workbook_to_text(workbook, autosave_of, True).encode("utf-8", "backslashreplace")
    if len(data) > MAX_READ_BYTES:  # it could never be opened again: the old file stays
        megabytes = translate("FileFormat", "{size} MB").format(
            size=written(f"{len(data) / (1024 * 1024):.1f}")
        )
        raise StorageError(
            os.fspath(path),
            translate(
                "FileFormat",
                "Could not save “{name}”: the workbook would take {size}, more than the {most} "
                "a Trade Target file may take; delete some scenarios, or move some to another "
                "file.",
            ).format(name=display_name(path), size=megabytes, most=size_in_words(MAX_READ_BYTES)),
        )
    write_atomically(path, data)
    return data
