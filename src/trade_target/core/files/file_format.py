"""The `.tradetarget` file: a workbook of named scenarios as one UTF-8 JSON object.

The source's citation is written once; each scenario carries its own exchange rate, deadline
and figures. Reading checks every field and either returns a whole workbook whose every
scenario computes, or raises `FileFormatError` saying which file and what is wrong: a
damaged, hand-edited or hostile file never half-loads and never brings a traceback.
Saving goes through `storage.write_atomically`, so a failed save leaves the old file whole.
"""

from __future__ import annotations

import datetime
import json
import math
import os
from typing import Any

from trade_target import version
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import (
    Citation,
    Dataset,
    citation_from_object,
    citation_to_object,
    dataset_from_object,
    dataset_to_object,
    parse_json,
)
from trade_target.core.errors import DatasetError, InputError, TradeTargetError
from trade_target.core.figure_edits import YEAR_MAX, YEAR_MIN
from trade_target.core.files.storage import (
    MAX_READ_BYTES,
    StorageError,
    read_limited,
    size_in_words,
    write_atomically,
)
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.monthly import future as future_months
from trade_target.core.numbers import written
from trade_target.core.scenario import RATE_MAX, YEARS_MAX, YEARS_MIN
from trade_target.core.workbook import Scenario, Workbook, check_name

EXTENSION = ".tradetarget"
FORMAT = "trade-target-workbook"
FORMAT_VERSION = 1
MESSAGE_MAX = 400  # a hostile file must not make an error message a screen long
SHOWN_MAX = 60  # characters of a value from the file quoted in a message
INDENTED_MOST = 200  # scenarios; a bigger workbook is written without indentation


class FileFormatError(TradeTargetError):
    """A file is not a workbook this version can open; `message` names the file and the fault."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class _ContentError(Exception):
    """What is wrong inside the file; parse_workbook puts the file's name in front."""


def display_name(path: str | os.PathLike[str]) -> str:
    """The file's name as messages give it: without the folders, which say nothing new."""
    text = os.fspath(path)
    return os.path.basename(text.rstrip("/\\")) or text


def _one_line(text: str) -> str:
    """Printable, on one line and of bounded length, whatever the file put into it."""
    printable = "".join(char if char.isprintable() else " " for char in text)
    tidy = " ".join(printable.split())
    return tidy if len(tidy) <= MESSAGE_MAX else tidy[: MESSAGE_MAX - 1] + "…"


def _shown(value: Any) -> str:
    """A value from the file as a message quotes it: short, and in JSON's words (null, true,
    1.5 — the file's own spelling, so not translated)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
        digits = len(text)  # a plain name: lupdate skips a call whose count is an expression
        if digits <= SHOWN_MAX:
            return text
        return translate("FileFormat", "a number of %n digit(s)", None, digits)
    if isinstance(value, str):
        return f"“{value}”" if len(value) <= SHOWN_MAX else f"“{value[: SHOWN_MAX - 1]}…”"
    if isinstance(value, list):
        return translate("FileFormat", "a list")
    return translate("FileFormat", "an object")


# `where` below is the translated place a fault is in, with its colon ("scenario 2: "), or ""
# at the top level; messages put it first and continue in lower case.


def _field(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise _ContentError(
            translate("FileFormat", "{where}missing field “{key}”.").format(where=where, key=key)
        )
    return obj[key]


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _exchange_rate(value: Any, where: str) -> float:
    # Checked before float(): a huge integer compares exactly but would overflow on conversion.
    if not _number(value) or (isinstance(value, float) and not math.isfinite(value)):
        raise _ContentError(
            translate(
                "FileFormat",
                "{where}“exchange_rate” must be a finite number of RM per US$, not {value}.",
            ).format(where=where, value=_shown(value))
        )
    if not 0 < value <= RATE_MAX:
        raise _ContentError(
            translate(
                "FileFormat",
                "{where}“exchange_rate” must be more than 0 and at most {most} RM per US$, "
                "not {value}.",
            ).format(where=where, most=written(f"{RATE_MAX:g}"), value=_shown(value))
        )
    return float(value)


def _years_to_target(value: Any, where: str) -> int:
    if not _whole(value) or not YEARS_MIN <= value <= YEARS_MAX:
        raise _ContentError(
            translate(
                "FileFormat",
                "{where}“years_to_target” must be whole years from {low} to {high}, not {value}.",
            ).format(where=where, low=YEARS_MIN, high=YEARS_MAX, value=_shown(value))
        )
    result: int = value
    return result


def _valid_text(text: str) -> bool:
    """False for text JSON can carry but Unicode cannot: lone surrogates such as \\ud800."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_texts(texts: dict[str, str], where: str) -> None:
    for key, text in texts.items():
        if not _valid_text(text):
            raise _ContentError(
                translate(
                    "FileFormat", "{where}“{key}” holds text that is not valid Unicode."
                ).format(where=where, key=key)
            )


def _citation(raw: Any) -> Citation:
    if not isinstance(raw, dict):
        raise _ContentError(
            translate("FileFormat", "“source” must be an object, not {value}.").format(
                value=_shown(raw)
            )
        )
    citation = citation_from_object(raw)
    _check_texts(citation_to_object(citation), translate("FileFormat", "source: "))
    return citation


def _check_figures(dataset: Dataset, where: str) -> None:
    for figure in dataset.figures:
        if not _valid_text(figure.id):
            raise _ContentError(
                translate(
                    "FileFormat", "{where}a figure's “id” holds text that is not valid Unicode."
                ).format(where=where)
            )
        at = translate("FileFormat", "{where}figure {id}: ").format(
            where=where, id=_shown(figure.id)
        )
        _check_texts(
            {
                "label": figure.label,
                "period": figure.period,
                "quote": figure.quote,
                "qualifier": figure.qualifier,
                "text": figure.text,
                "partner_source": figure.partner_source,
            },
            at,
        )
        if figure.year is not None and not YEAR_MIN <= figure.year <= YEAR_MAX:
            raise _ContentError(
                translate(
                    "FileFormat", "{where}“year” must be from {low} to {high}, not {year}."
                ).format(where=at, low=YEAR_MIN, high=YEAR_MAX, year=figure.year)
            )


def _scenario(raw: Any, index: int, citation: Citation, read: dict[str, Dataset]) -> Scenario:
    """One scenario; `read` holds the figures already read from this file, by their JSON:
    scenarios made by duplicating one share its figures, read and checked once."""
    where = translate("FileFormat", "scenario {number}: ").format(number=index + 1)
    if not isinstance(raw, dict):
        raise _ContentError(
            translate("FileFormat", "{where}expected an object, not {value}.").format(
                where=where, value=_shown(raw)
            )
        )
    name = _field(raw, "name", where)
    if not isinstance(name, str):
        raise _ContentError(
            translate("FileFormat", "{where}“name” must be text, not {value}.").format(
                where=where, value=_shown(name)
            )
        )
    if not _valid_text(name):
        raise _ContentError(
            translate("FileFormat", "{where}“name” holds text that is not valid Unicode.").format(
                where=where
            )
        )
    try:
        name = check_name(name)
    except InputError as exc:
        raise _ContentError(where + exc.message) from None
    # The dataset's messages name the place without the colon, and add their own.
    place = translate("FileFormat", "scenario {name}").format(name=_shown(name))
    where = f"{place}: "  # as "scenario {number}: " ends
    exchange_rate = _exchange_rate(_field(raw, "exchange_rate", where), where)
    years_to_target = _years_to_target(_field(raw, "years_to_target", where), where)
    shown = _field(raw, "shown", where)
    if not isinstance(shown, bool):
        raise _ContentError(
            translate("FileFormat", "{where}“shown” must be true or false, not {value}.").format(
                where=where, value=_shown(shown)
            )
        )
    try:
        same: str | None = json.dumps([raw.get("figures"), raw.get("roles"), raw.get("monthly")])
    except (ValueError, TypeError, RecursionError):  # read alone, and refused with a message
        same = None
    dataset = None if same is None else read.get(same)
    if dataset is None:
        try:
            dataset = dataset_from_object(raw, citation, place)
        except DatasetError as exc:
            # Messages about one figure name only the figure: say which scenario it is in.
            text = str(exc)
            raise _ContentError(text if text.startswith(place) else where + text) from None
        _check_figures(dataset, where)
        if same is not None:
            read[same] = dataset
    method = raw.get("annualisation", Annualisation.RUN_RATE.value)
    try:
        annualisation = Annualisation(method)
    except (ValueError, TypeError):
        raise _ContentError(
            translate(
                "FileFormat",
                "{where}“annualisation” must be “run_rate”, “same_period” or “trailing_12”, "
                "not {value}.",
            ).format(where=where, value=_shown(method))
        ) from None
    scenario = Scenario(name, dataset, exchange_rate, years_to_target, shown, annualisation)
    try:
        scenario.summary()  # checks the inputs as it evaluates; the name was checked above
    except InputError as exc:
        raise _ContentError(f"{where}“{exc.field}”: {exc.message}") from None
    except (ArithmeticError, ValueError):
        # Amounts each valid alone can still be too far apart to compute (a float overflow).
        raise _ContentError(
            translate(
                "FileFormat",
                "{where}its amounts and exchange rate are too far apart to compute the growth.",
            ).format(where=where)
        ) from None
    return scenario


def _version(raw: dict[str, Any], path: str) -> None:
    version_found: Any = raw.get("format_version")
    if _whole(version_found) and version_found == FORMAT_VERSION:
        return
    if "format_version" not in raw:
        message = translate(
            "FileFormat",
            "“{name}” gives no file format version; "
            "this version of Trade Target reads version {ours}.",
        )
    elif _whole(version_found) and version_found > FORMAT_VERSION:
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
                name=display_name(path), found=_shown(version_found), ours=FORMAT_VERSION
            )
        ),
    )


def _workbook(raw: dict[str, Any]) -> tuple[Workbook, str | None]:
    app_version = raw.get("app_version")
    if app_version is not None and not isinstance(app_version, str):
        raise _ContentError(
            translate("FileFormat", "“app_version” must be text, not {value}.").format(
                value=_shown(app_version)
            )
        )
    citation = _citation(_field(raw, "source", ""))
    items = _field(raw, "scenarios", "")
    if not isinstance(items, list):
        raise _ContentError(
            translate("FileFormat", "“scenarios” must be a list, not {value}.").format(
                value=_shown(items)
            )
        )
    if not items:
        raise _ContentError(
            translate("FileFormat", "it holds no scenarios; a workbook needs at least one.")
        )
    read: dict[str, Dataset] = {}
    scenarios = tuple(_scenario(item, i, citation, read) for i, item in enumerate(items))
    seen: set[str] = set()
    for scenario in scenarios:
        if scenario.name in seen:
            raise _ContentError(
                translate("FileFormat", "two scenarios are named {name}.").format(
                    name=_shown(scenario.name)
                )
            )
        seen.add(scenario.name)
    current = _field(raw, "current", "")
    if not _whole(current) or not 0 <= current < len(scenarios):
        raise _ContentError(
            translate(
                "FileFormat",
                "“current” must be the index of a scenario, 0 to {last}, not {value}.",
            ).format(last=len(scenarios) - 1, value=_shown(current))
        )
    currency = _field(raw, "display_currency", "")
    if currency not in ("USD", "MYR"):
        raise _ContentError(
            translate(
                "FileFormat", "“display_currency” must be “USD” or “MYR”, not {value}."
            ).format(value=_shown(currency))
        )
    autosave_of = raw.get("autosave_of")
    # A path as the system gave it: it may hold undecodable bytes as lone surrogates.
    if autosave_of is not None and (not isinstance(autosave_of, str) or not autosave_of):
        raise _ContentError(
            translate(
                "FileFormat", "“autosave_of” must be a file's path or null, not {value}."
            ).format(value=_shown(autosave_of))
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
            raise _ContentError(
                translate("FileFormat", "it holds {value}, not a workbook object.").format(
                    value=_shown(raw)
                )
            )
        if raw.get("format") != FORMAT:
            kind = raw.get("format")
            if kind == "trade-target-dataset":
                raise _ContentError(
                    translate("FileFormat", "it is a dataset, not a workbook of scenarios.")
                )
            raise _ContentError(
                translate("FileFormat", "“format” is {value}, not “{format}”.").format(
                    value=_shown(kind), format=FORMAT
                )
            )
        _version(raw, where)
        workbook, autosave_of = _workbook(raw)
        future_months.refuse_in_workbook(workbook, today or datetime.date.today())
        return workbook, autosave_of
    except (_ContentError, DatasetError) as exc:
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
                **dataset_to_object(scenario.dataset),
            }
            for scenario in workbook.scenarios
        ],
    }
    if autosave_of is not None:
        obj["autosave_of"] = autosave_of
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


def load_workbook_with_origin(
    path: str | os.PathLike[str], today: datetime.date | None = None
) -> tuple[Workbook, str | None]:
    """The workbook at `path` and the file it is an autosave of, if it is one."""
    return parse_workbook(read_limited(path), path, today)


def load_workbook(path: str | os.PathLike[str], today: datetime.date | None = None) -> Workbook:
    """The workbook at `path`; StorageError if unreadable, FileFormatError if not a workbook."""
    return load_workbook_with_origin(path, today)[0]
