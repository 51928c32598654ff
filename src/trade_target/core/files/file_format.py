"""The `.tradetarget` file: a workbook of named scenarios as one UTF-8 JSON object.

The source's citation is written once; each scenario carries its own exchange rate, deadline
and figures. Reading checks every field and either returns a whole workbook whose every
scenario computes, or raises `FileFormatError` saying which file and what is wrong: a
damaged, hand-edited or hostile file never half-loads and never brings a traceback.
Here: the format's names, its error and the file's top level; file_scenarios reads each
scenario, and file_writing writes the file (through `storage.write_atomically`, so a failed
save leaves the old file whole).
"""

from __future__ import annotations

import datetime
import os
from typing import Any

from trade_target.core.dataset import Dataset
from trade_target.core.errors import DatasetError, InputError, TradeTargetError
from trade_target.core.files.dataset_file import parse_json
from trade_target.core.files.file_scenarios import (
    ContentError,
    is_whole,
    quoted,
    read_citation,
    read_scenario,
    required_field,
)
from trade_target.core.files.storage import read_limited
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.monthly import future as future_months
from trade_target.core.workbook import Workbook

EXTENSION = ".tradetarget"
FORMAT = "trade-target-workbook"
FORMAT_VERSION = 1
MESSAGE_MAX = 400  # a hostile file must not make an error message a screen long


class FileFormatError(TradeTargetError):
    """A file is not a workbook this version can open; `message` names the file and the fault."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def display_name(path: str | os.PathLike[str]) -> str:
    """The file's name as messages give it: without the folders, which say nothing new."""
    text = os.fspath(path)
    return os.path.basename(text.rstrip("/\\")) or text


def _one_line(text: str) -> str:
    """Printable, on one line and of bounded length, whatever the file put into it."""
    printable = "".join(char if char.isprintable() else " " for char in text)
    tidy = " ".join(printable.split())
    return tidy if len(tidy) <= MESSAGE_MAX else tidy[: MESSAGE_MAX - 1] + "…"


def _version(raw: dict[str, Any], path: str) -> None:
    version_found: Any = raw.get("format_version")
    if is_whole(version_found) and version_found == FORMAT_VERSION:
        return
    if "format_version" not in raw:
        message = translate(
            "FileFormat",
            "“{name}” gives no file format version; "
            "this version of Trade Target reads version {ours}.",
        )
    elif is_whole(version_found) and version_found > FORMAT_VERSION:
        message = translate(
            "FileFormat",
            "“{name}” uses file format version {found}, written by a newer Trade Target; "
            "this version of Trade Target reads version {ours}.",
        )
    else:
        message = translate(
            "FileFormat",
            "“{name}” gives the file format version as {found}; "
            "this version of Trade Target reads version {ours}.",
        )
    raise FileFormatError(
        path,
        _one_line(
            message.format(
                name=display_name(path), found=quoted(version_found), ours=FORMAT_VERSION
            )
        ),
    )


def _workbook(raw: dict[str, Any]) -> tuple[Workbook, str | None]:
    app_version = raw.get("app_version")
    if app_version is not None and not isinstance(app_version, str):
        raise ContentError(
            translate("FileFormat", "“app_version” must be text, not {value}.").format(
                value=quoted(app_version)
            )
        )
    citation = read_citation(required_field(raw, "source", ""))
    items = required_field(raw, "scenarios", "")
    if not isinstance(items, list):
        raise ContentError(
            translate("FileFormat", "“scenarios” must be a list, not {value}.").format(
                value=quoted(items)
            )
        )
    if not items:
        raise ContentError(
            translate("FileFormat", "it holds no scenarios; a workbook needs at least one.")
        )
    read: dict[str, Dataset] = {}
    scenarios = tuple(read_scenario(item, i, citation, read) for i, item in enumerate(items))
    seen: set[str] = set()
    for scenario in scenarios:
        if scenario.name in seen:
            raise ContentError(
                translate("FileFormat", "two scenarios are named {name}.").format(
                    name=quoted(scenario.name)
                )
            )
        seen.add(scenario.name)
    current = required_field(raw, "current", "")
    if not is_whole(current) or not 0 <= current < len(scenarios):
        raise ContentError(
            translate(
                "FileFormat",
                "“current” must be the index of a scenario, 0 to {last}, not {value}.",
            ).format(last=len(scenarios) - 1, value=quoted(current))
        )
    currency = required_field(raw, "display_currency", "")
    if currency not in ("USD", "MYR"):
        raise ContentError(
            translate(
                "FileFormat", "“display_currency” must be “USD” or “MYR”, not {value}."
            ).format(value=quoted(currency))
        )
    autosave_of = raw.get("autosave_of")
    # A path as the system gave it: it may hold undecodable bytes as lone surrogates.
    if autosave_of is not None and (not isinstance(autosave_of, str) or not autosave_of):
        raise ContentError(
            translate(
                "FileFormat", "“autosave_of” must be a file's path or null, not {value}."
            ).format(value=quoted(autosave_of))
        )
    return Workbook(scenarios, current, Currency(currency)), autosave_of


def parse_workbook(
    text: str, path: str | os.PathLike[str], today: datetime.date | None = None
) -> tuple[Workbook, str | None]:
    """The workbook in `text` and the file it is an autosave of (None for a file the user
    saved), or FileFormatError naming `path` and what is wrong. Nothing else escapes.
    `today` (by default the computer's date) tells which months have not happened yet."""
    where = os.fspath(path)
    name = display_name(where)
    try:
        raw = parse_json(text, translate("FileFormat", "it", "the file, as a subject"))
        if not isinstance(raw, dict):
            raise ContentError(
                translate("FileFormat", "it holds {value}, not a workbook object.").format(
                    value=quoted(raw)
                )
            )
        if raw.get("format") != FORMAT:
            kind = raw.get("format")
            if kind == "trade-target-dataset":
                raise ContentError(
                    translate("FileFormat", "it is a dataset, not a workbook of scenarios.")
                )
            raise ContentError(
                translate("FileFormat", "“format” is {value}, not “{format}”.").format(
                    value=quoted(kind), format=FORMAT
                )
            )
        _version(raw, where)
        workbook, autosave_of = _workbook(raw)
        future_months.refuse_in_scenarios(
            ((scenario.name, scenario.dataset.monthly) for scenario in workbook.scenarios),
            today or datetime.date.today(),
        )
        return workbook, autosave_of
    except (ContentError, DatasetError) as exc:
        detail = str(exc)
    except InputError as exc:
        detail = f"“{exc.field}”: {exc.message}"
    raise FileFormatError(
        where,
        _one_line(
            translate("FileFormat", "“{name}” is not a Trade Target file: {detail}").format(
                name=name, detail=detail
            )
        ),
    )


def load_workbook_with_origin(
    path: str | os.PathLike[str], today: datetime.date | None = None
) -> tuple[Workbook, str | None]:
    """The workbook at `path` and the file it is an autosave of, if it is one."""
    return parse_workbook(read_limited(path), path, today)


def load_workbook(path: str | os.PathLike[str], today: datetime.date | None = None) -> Workbook:
    """The workbook at `path`; StorageError if unreadable, FileFormatError if not a workbook."""
    return load_workbook_with_origin(path, today)[0]
