"""The dataset as JSON: read and checked field by field, and the embedded one loaded.

A damaged or hostile file gives a message that names what is wrong instead of a traceback or
a silent wrong number. The same checks read the figures of every scenario of a workbook file
(file_scenarios), where they arrive as one object among others.
"""

from __future__ import annotations

import math
from typing import Any

from trade_target.core.dataset import Citation, Dataset, Figure, FigureKind, role_problem
from trade_target.core.errors import DatasetError
from trade_target.core.figure_edits import YEAR_MAX, YEAR_MIN
from trade_target.core.files import json_text
from trade_target.core.history import REPORTERS, AnnualRecord
from trade_target.core.i18n import translate
from trade_target.core.limits import AMOUNT_MOST, HISTORY_MOST
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure

FORMAT = "trade-target-dataset"
FORMAT_VERSION = 1
DEFAULT_RESOURCE = "article-2026-01-08.json"
MAX_BYTES = 1_000_000


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise DatasetError(
            translate("Dataset", "{where}: missing field “{key}”.").format(where=where, key=key)
        )
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise DatasetError(
            translate("Dataset", "{where}: field “{key}” has the wrong type.").format(
                where=where, key=key
            )
        )
    return value


def _optional(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    return _require(obj, key, kind, where) if obj.get(key) is not None else None


def _positive(value: float | None, key: str, where: str) -> float | None:
    if value is None:
        return None
    try:
        value = float(value)
        if math.isfinite(value) and value > AMOUNT_MOST:  # no figure made from it would be
            raise OverflowError
    except OverflowError:
        raise DatasetError(
            translate("Dataset", "{where}: “{key}” is too large to be an amount.").format(
                where=where, key=key
            )
        ) from None
    if not math.isfinite(value) or value <= 0:
        # The value is quoted as the file writes it, so it keeps the file's decimal point.
        raise DatasetError(
            translate(
                "Dataset", "{where}: “{key}” must be a positive finite number, not {value}."
            ).format(where=where, key=key, value=repr(value))
        )
    return value


def _figure(raw: Any, index: int) -> Figure:
    where = translate("Dataset", "figure {number}").format(number=index + 1)
    if not isinstance(raw, dict):
        raise DatasetError(translate("Dataset", "{where}: expected an object.").format(where=where))
    figure_id = _require(raw, "id", str, where)
    where = translate("Dataset", "figure “{id}”").format(id=figure_id)
    try:
        kind = FigureKind(_require(raw, "kind", str, where))
    except ValueError:
        raise DatasetError(
            translate("Dataset", "{where}: unknown kind “{kind}”.").format(
                where=where, kind=raw["kind"]
            )
        ) from None
    months = _optional(raw, "months", int, where)
    if months is not None and not 1 <= months <= 12:
        raise DatasetError(
            translate("Dataset", "{where}: “months” must be 1–12, not {months}.").format(
                where=where, months=months
            )
        )
    currency = None
    value = None
    if kind is FigureKind.MONEY:
        try:
            currency = Currency(_require(raw, "reported_currency", str, where))
        except ValueError:
            raise DatasetError(
                translate("Dataset", "{where}: reported currency must be USD or MYR.").format(
                    where=where
                )
            ) from None
        value = _positive(_require(raw, "value", (int, float), where), "value", where)
    return Figure(
        id=figure_id,
        label=_require(raw, "label", str, where),
        kind=kind,
        period=_require(raw, "period", str, where),
        quote=_require(raw, "quote", str, where),
        value=value,
        reported_currency=currency,
        qualifier=_optional(raw, "qualifier", str, where) or "",
        year=_optional(raw, "year", int, where),
        months=months,
        text=_optional(raw, "text", str, where) or "",
        article_conversion=_positive(
            _optional(raw, "article_conversion", (int, float), where), "article_conversion", where
        ),
        **_second_values(raw, kind, where),
    )


def _second_values(raw: dict[str, Any], kind: FigureKind, where: str) -> dict[str, Any]:
    """The partner's value, which one is used, and the previous year's same months."""
    partner = _positive(
        _optional(raw, "partner_value", (int, float), where), "partner_value", where
    )
    use_partner = raw.get("use_partner", False)
    if not isinstance(use_partner, bool):
        raise DatasetError(
            translate("Dataset", "{where}: field “{key}” has the wrong type.").format(
                where=where, key="use_partner"
            )
        )
    previous = _positive(
        _optional(raw, "previous_same_period", (int, float), where), "previous_same_period", where
    )
    if kind is not FigureKind.MONEY and (partner is not None or previous is not None):
        raise DatasetError(
            translate("Dataset", "{where}: only an amount of money has a second value.").format(
                where=where
            )
        )
    if use_partner and partner is None:
        raise DatasetError(
            translate(
                "Dataset", "{where}: “use_partner” is true but there is no partner value."
            ).format(where=where)
        )
    return {
        "partner_value": partner,
        "partner_source": _optional(raw, "partner_source", str, where) or "",
        "use_partner": use_partner,
        "previous_same_period": previous,
    }


def _monthly(raw: Any, where: str) -> tuple[MonthlyFigure, ...]:
    """The imported monthly figures: a list of {year, month, value, currency}."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DatasetError(
            translate("Dataset", "{where}: “monthly” must be a list.").format(where=where)
        )
    figures = []
    seen = set()
    for index, item in enumerate(raw):
        place = translate("Dataset", "{where}, monthly figure {number}").format(
            where=where, number=index + 1
        )
        if not isinstance(item, dict):
            raise DatasetError(
                translate("Dataset", "{where}: expected an object.").format(where=place)
            )
        year = _require(item, "year", int, place)
        month = _require(item, "month", int, place)
        if not 1 <= month <= 12 or not 1900 <= year <= 2200:
            raise DatasetError(
                translate("Dataset", "{where}: no such month {year}-{month}.").format(
                    where=place, year=year, month=month
                )
            )
        if (year, month) in seen:
            raise DatasetError(
                translate("Dataset", "{where}: {year}-{month} is given twice.").format(
                    where=place, year=year, month=f"{month:02d}"
                )
            )
        seen.add((year, month))
        try:
            currency = Currency(_require(item, "currency", str, place))
        except ValueError:
            raise DatasetError(
                translate("Dataset", "{where}: reported currency must be USD or MYR.").format(
                    where=place
                )
            ) from None
        value = _positive(_require(item, "value", (int, float), place), "value", place)
        assert value is not None
        figures.append(MonthlyFigure(year, month, value, currency))
    return tuple(sorted(figures, key=lambda f: (f.year, f.month)))


def _history(raw: Any, where: str) -> tuple[AnnualRecord, ...]:
    """The annual history: a list of {year, value, currency, reporter}, one record a year for
    each reporter ("MYS", "TUR", or none for a series that does not say)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DatasetError(
            translate("Dataset", "{where}: “history” must be a list.").format(where=where)
        )
    if len(raw) > HISTORY_MOST:
        raise DatasetError(
            translate(
                "Dataset", "{where}: “history” holds {count} records; at most {most} are read."
            ).format(where=where, count=len(raw), most=HISTORY_MOST)
        )
    records: dict[tuple[str, int], AnnualRecord] = {}
    for index, item in enumerate(raw):
        place = translate("Dataset", "{where}, history record {number}").format(
            where=where, number=index + 1
        )
        if not isinstance(item, dict):
            raise DatasetError(
                translate("Dataset", "{where}: expected an object.").format(where=place)
            )
        year = _require(item, "year", int, place)
        if not YEAR_MIN <= year <= YEAR_MAX:
            raise DatasetError(
                translate(
                    "Dataset", "{where}: “year” must be from {low} to {high}, not {year}."
                ).format(where=place, low=YEAR_MIN, high=YEAR_MAX, year=year)
            )
        reporter = item.get("reporter", "")
        if reporter not in (*REPORTERS, ""):
            raise DatasetError(
                translate("Dataset", "{where}: “reporter” must be “MYS”, “TUR” or absent.").format(
                    where=place
                )
            )
        if (reporter, year) in records:
            raise DatasetError(
                translate(
                    "Dataset", "{where}: {year} is given twice for the same reporter."
                ).format(where=place, year=year)
            )
        try:
            currency = Currency(_require(item, "currency", str, place))
        except ValueError:
            raise DatasetError(
                translate("Dataset", "{where}: reported currency must be USD or MYR.").format(
                    where=place
                )
            ) from None
        value = _positive(_require(item, "value", (int, float), place), "value", place)
        assert value is not None
        records[reporter, year] = AnnualRecord(year, value, currency, reporter)
    return tuple(records[key] for key in sorted(records, key=_history_order))


def _history_order(key: tuple[str, int]) -> tuple[int, int]:
    """Malaysia's report, then Türkiye's, then an unnamed one; each by year."""
    return (*REPORTERS, "").index(key[0]), key[1]


def parse_dataset(text: str) -> Dataset:
    """Build a Dataset from JSON text, or raise DatasetError saying what is wrong."""
    if len(text) > MAX_BYTES:
        raise DatasetError(
            translate(
                "Dataset", "The dataset is larger than 1 MB; it is not a Trade Target dataset."
            )
        )
    raw = parse_json(text, translate("Dataset", "The dataset"))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DatasetError(translate("Dataset", "The file is not a Trade Target dataset."))
    version = raw.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version != FORMAT_VERSION:
        raise DatasetError(
            translate("Dataset", "Unknown dataset format_version {version}.").format(
                version=repr(raw.get("format_version"))
            )
        )
    where = translate("Dataset", "dataset")
    citation = citation_from_object(_require(raw, "citation", dict, where))
    return dataset_from_object(raw, citation, where)


def parse_json(text: str, what: str) -> Any:
    """JSON text parsed, or DatasetError. NaN and Infinity parse, so that the field's own
    check can name the field; deep nesting is refused. `what` is the translated subject of
    the message ("The dataset"); the parser's own reason stays in its words."""
    try:
        return json_text.loads(text)
    except json_text.DuplicateKeyError as exc:
        raise DatasetError(
            translate(
                "Dataset", "{what} gives the key {key} twice in one object; give each key once."
            ).format(what=what, key=json_text.shown_key(exc.key))
        ) from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        reason = (
            translate("Dataset", "nested too deeply")
            if isinstance(exc, RecursionError)
            else str(exc)
        )
        raise DatasetError(
            translate("Dataset", "{what} is not valid JSON ({reason}).").format(
                what=what, reason=reason
            )
        ) from None


def citation_from_object(cite: dict[str, Any]) -> Citation:
    where = translate("Dataset", "citation")
    return Citation(
        kind=_require(cite, "kind", str, where),
        published=_require(cite, "published", str, where),
        subject=_require(cite, "subject", str, where),
        trade_figures_attributed_to=_require(cite, "trade_figures_attributed_to", str, where),
    )


def dataset_from_object(raw: dict[str, Any], citation: Citation, where: str) -> Dataset:
    """Figures and roles from a parsed JSON object, validated; `where` prefixes messages."""
    figures = tuple(
        _figure(item, i) for i, item in enumerate(_require(raw, "figures", list, where))
    )
    ids = [figure.id for figure in figures]
    if len(set(ids)) != len(ids):
        raise DatasetError(
            translate("Dataset", "{where}: two figures share an id.").format(where=where)
        )
    roles = _require(raw, "roles", dict, where)
    in_roles = translate("Dataset", "{where}, roles").format(where=where)
    dataset = Dataset(
        citation=citation,
        figures=figures,
        base_id=_require(roles, "base", str, in_roles),
        latest_id=_require(roles, "latest", str, in_roles),
        target_id=_require(roles, "target", str, in_roles),
        monthly=_monthly(raw.get("monthly"), where),
        history=_history(raw.get("history"), where),
    )
    problem = role_problem(dataset)
    if problem:
        raise DatasetError(
            translate("Dataset", "{where}, roles: {problem}").format(where=where, problem=problem)
        )
    return dataset


def load_default_dataset() -> Dataset:
    """The article's figures, shipped inside the package (checkout, wheel or frozen bundle)."""
    from trade_target import resources

    text = resources.path(DEFAULT_RESOURCE).read_text("utf-8")
    return parse_dataset(text)
