"""One scenario of a `.tradetarget` file, read and checked field by field: its name, exchange
rate, deadline and annualisation, and its figures (through dataset_file's checks), which must
hold valid Unicode and years the app can show. A scenario comes back only if it computes.

Also how a message quotes a value the file holds: short, and in JSON's own words.
"""

from __future__ import annotations

import json
import math
from typing import Any

from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Citation, Dataset, citation_to_object
from trade_target.core.errors import DatasetError, InputError
from trade_target.core.figure_edits import YEAR_MAX, YEAR_MIN
from trade_target.core.files.dataset_file import citation_from_object, dataset_from_object
from trade_target.core.history import REPORTERS, TrendChoice, TrendMethod
from trade_target.core.i18n import translate
from trade_target.core.numbers import written
from trade_target.core.scenario import RATE_MAX, YEARS_MAX, YEARS_MIN
from trade_target.core.workbook import Scenario, check_name

SHOWN_MAX = 60  # characters of a value from the file quoted in a message


class ContentError(Exception):
    """What is wrong inside the file; file_format.parse_workbook puts the file's name in
    front."""


def quoted(value: Any) -> str:
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


def required_field(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise ContentError(
            translate("FileFormat", "{where}missing field “{key}”.").format(where=where, key=key)
        )
    return obj[key]


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _exchange_rate(value: Any, where: str) -> float:
    # Checked before float(): a huge integer compares exactly but would overflow on conversion.
    if not _number(value) or (isinstance(value, float) and not math.isfinite(value)):
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“exchange_rate” must be a finite number of RM per US$, not {value}.",
            ).format(where=where, value=quoted(value))
        )
    if not 0 < value <= RATE_MAX:
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“exchange_rate” must be more than 0 and at most {most} RM per US$, "
                "not {value}.",
            ).format(where=where, most=written(f"{RATE_MAX:g}"), value=quoted(value))
        )
    return float(value)


def _years_to_target(value: Any, where: str) -> int:
    if not is_whole(value) or not YEARS_MIN <= value <= YEARS_MAX:
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“years_to_target” must be whole years from {low} to {high}, not {value}.",
            ).format(where=where, low=YEARS_MIN, high=YEARS_MAX, value=quoted(value))
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
            raise ContentError(
                translate(
                    "FileFormat", "{where}“{key}” holds text that is not valid Unicode."
                ).format(where=where, key=key)
            )


def read_citation(raw: Any) -> Citation:
    if not isinstance(raw, dict):
        raise ContentError(
            translate("FileFormat", "“source” must be an object, not {value}.").format(
                value=quoted(raw)
            )
        )
    citation = citation_from_object(raw)
    _check_texts(citation_to_object(citation), translate("FileFormat", "source: "))
    return citation


def _check_figures(dataset: Dataset, where: str) -> None:
    for figure in dataset.figures:
        if not _valid_text(figure.id):
            raise ContentError(
                translate(
                    "FileFormat", "{where}a figure's “id” holds text that is not valid Unicode."
                ).format(where=where)
            )
        at = translate("FileFormat", "{where}figure {id}: ").format(
            where=where, id=quoted(figure.id)
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
            raise ContentError(
                translate(
                    "FileFormat", "{where}“year” must be from {low} to {high}, not {year}."
                ).format(where=at, low=YEAR_MIN, high=YEAR_MAX, year=figure.year)
            )


def read_scenario(raw: Any, index: int, citation: Citation, read: dict[str, Dataset]) -> Scenario:
    """One scenario; `read` holds the figures already read from this file, by their JSON:
    scenarios made by duplicating one share its figures, read and checked once."""
    where = translate("FileFormat", "scenario {number}: ").format(number=index + 1)
    if not isinstance(raw, dict):
        raise ContentError(
            translate("FileFormat", "{where}expected an object, not {value}.").format(
                where=where, value=quoted(raw)
            )
        )
    name = required_field(raw, "name", where)
    if not isinstance(name, str):
        raise ContentError(
            translate("FileFormat", "{where}“name” must be text, not {value}.").format(
                where=where, value=quoted(name)
            )
        )
    if not _valid_text(name):
        raise ContentError(
            translate("FileFormat", "{where}“name” holds text that is not valid Unicode.").format(
                where=where
            )
        )
    try:
        name = check_name(name)
    except InputError as exc:
        raise ContentError(where + exc.message) from None
    # The dataset's messages name the place without the colon, and add their own.
    place = translate("FileFormat", "scenario {name}").format(name=quoted(name))
    where = f"{place}: "  # as "scenario {number}: " ends
    exchange_rate = _exchange_rate(required_field(raw, "exchange_rate", where), where)
    years_to_target = _years_to_target(required_field(raw, "years_to_target", where), where)
    shown = required_field(raw, "shown", where)
    if not isinstance(shown, bool):
        raise ContentError(
            translate("FileFormat", "{where}“shown” must be true or false, not {value}.").format(
                where=where, value=quoted(shown)
            )
        )
    try:
        same: str | None = json.dumps(
            [raw.get("figures"), raw.get("roles"), raw.get("monthly"), raw.get("history")]
        )
    except (ValueError, TypeError, RecursionError):  # read alone, and refused with a message
        same = None
    dataset = None if same is None else read.get(same)
    if dataset is None:
        try:
            dataset = dataset_from_object(raw, citation, place)
        except DatasetError as exc:
            # Messages about one figure name only the figure: say which scenario it is in.
            text = str(exc)
            raise ContentError(text if text.startswith(place) else where + text) from None
        _check_figures(dataset, where)
        if same is not None:
            read[same] = dataset
    method = raw.get("annualisation", Annualisation.RUN_RATE.value)
    try:
        annualisation = Annualisation(method)
    except (ValueError, TypeError):
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“annualisation” must be “run_rate”, “same_period” or “trailing_12”, "
                "not {value}.",
            ).format(where=where, value=quoted(method))
        ) from None
    trend = read_trend(raw.get("trend"), where)
    scenario = Scenario(name, dataset, exchange_rate, years_to_target, shown, annualisation, trend)
    try:
        scenario.summary()  # checks the inputs as it evaluates; the name was checked above
    except InputError as exc:
        raise ContentError(f"{where}“{exc.field}”: {exc.message}") from None
    except (ArithmeticError, ValueError):
        # Amounts each valid alone can still be too far apart to compute (a float overflow).
        raise ContentError(
            translate(
                "FileFormat",
                "{where}its amounts and exchange rate are too far apart to compute the growth.",
            ).format(where=where)
        ) from None
    return scenario


def read_trend(raw: Any, where: str) -> TrendChoice:
    """How the scenario takes its observed trend (core.history); absent: from the base year
    to the latest estimate, as before any history."""
    if raw is None:
        return TrendChoice()
    if not isinstance(raw, dict):
        raise ContentError(
            translate("FileFormat", "{where}“trend” must be an object, not {value}.").format(
                where=where, value=quoted(raw)
            )
        )
    method = raw.get("method", TrendMethod.TWO_POINT.value)
    try:
        chosen = TrendMethod(method)
    except (ValueError, TypeError):
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“trend”: “method” must be “two_point”, “compound” or “log_linear”, "
                "not {value}.",
            ).format(where=where, value=quoted(method))
        ) from None
    years = [raw.get("first_year"), raw.get("last_year")]
    for key, year in zip(("first_year", "last_year"), years, strict=True):
        if year is not None and (not is_whole(year) or not YEAR_MIN <= year <= YEAR_MAX):
            raise ContentError(
                translate(
                    "FileFormat",
                    "{where}“trend”: “{key}” must be a year from {low} to {high}, or null, "
                    "not {value}.",
                ).format(where=where, key=key, low=YEAR_MIN, high=YEAR_MAX, value=quoted(year))
            )
    first, last = years
    if first is not None and last is not None and first > last:
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“trend”: the window's first year, {first}, is after its last, {last}.",
            ).format(where=where, first=first, last=last)
        )
    reporter = raw.get("reporter", "")
    if reporter not in (*REPORTERS, ""):
        raise ContentError(
            translate(
                "FileFormat",
                "{where}“trend”: “reporter” must be “MYS”, “TUR” or “”, not {value}.",
            ).format(where=where, value=quoted(reporter))
        )
    return TrendChoice(chosen, first, last, reporter)
