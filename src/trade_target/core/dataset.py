"""The embedded article dataset: figures with their reported currency, quotes and citation.

Loaded from JSON and validated field by field, so a damaged or hostile file gives a
message that names what is wrong instead of a traceback or a silent wrong number.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from typing import Any

from .errors import DatasetError
from .money import Currency

FORMAT = "trade-target-dataset"
FORMAT_VERSION = 1
DEFAULT_RESOURCE = "article-2026-01-08.json"
MAX_BYTES = 1_000_000


class FigureKind(str, Enum):
    MONEY = "money"
    COUNT = "count"
    DATES = "dates"


@dataclass(frozen=True)
class Figure:
    """One figure as the source reported it. Money is in billions of `reported_currency`."""

    id: str
    label: str
    kind: FigureKind
    period: str
    quote: str
    value: float | None = None
    reported_currency: Currency | None = None
    qualifier: str = ""
    year: int | None = None
    months: int | None = None
    text: str = ""
    article_conversion: float | None = None


@dataclass(frozen=True)
class Citation:
    kind: str
    published: str
    subject: str
    trade_figures_attributed_to: str

    def one_line(self) -> str:
        return f"{self.kind}, {self.published}: {self.subject}."


@dataclass(frozen=True)
class Dataset:
    citation: Citation
    figures: tuple[Figure, ...]
    base_id: str
    latest_id: str
    target_id: str

    def figure(self, figure_id: str) -> Figure:
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        raise KeyError(figure_id)

    @property
    def base(self) -> Figure:
        return self.figure(self.base_id)

    @property
    def latest(self) -> Figure:
        return self.figure(self.latest_id)

    @property
    def target(self) -> Figure:
        return self.figure(self.target_id)

    def implied_exchange_rate(self) -> float:
        """RM per US$ implied by the source's own pair of figures (RM21.2 bn = US$4.92 bn)."""
        for figure in self.figures:
            if figure.article_conversion and figure.value:
                ringgit, dollars = (
                    (figure.value, figure.article_conversion)
                    if figure.reported_currency is Currency.MYR
                    else (figure.article_conversion, figure.value)
                )
                return ringgit / dollars
        raise DatasetError("The dataset has no figure reported in both currencies to imply a rate.")


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise DatasetError(f"{where}: missing field “{key}”.")
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise DatasetError(f"{where}: field “{key}” has the wrong type.")
    return value


def _optional(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    return _require(obj, key, kind, where) if obj.get(key) is not None else None


def _positive(value: float | None, key: str, where: str) -> float | None:
    if value is None:
        return None
    try:
        value = float(value)
    except OverflowError:
        raise DatasetError(f"{where}: “{key}” is too large to be an amount.") from None
    if not math.isfinite(value) or value <= 0:
        raise DatasetError(f"{where}: “{key}” must be a positive finite number, not {value!r}.")
    return value


def _figure(raw: Any, index: int) -> Figure:
    where = f"figure {index + 1}"
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: expected an object.")
    figure_id = _require(raw, "id", str, where)
    where = f"figure “{figure_id}”"
    try:
        kind = FigureKind(_require(raw, "kind", str, where))
    except ValueError:
        raise DatasetError(f"{where}: unknown kind “{raw['kind']}”.") from None
    months = _optional(raw, "months", int, where)
    if months is not None and not 1 <= months <= 12:
        raise DatasetError(f"{where}: “months” must be 1–12, not {months}.")
    currency = None
    value = None
    if kind is FigureKind.MONEY:
        try:
            currency = Currency(_require(raw, "reported_currency", str, where))
        except ValueError:
            raise DatasetError(f"{where}: reported currency must be USD or MYR.") from None
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
    )


def parse_dataset(text: str) -> Dataset:
    """Build a Dataset from JSON text, or raise DatasetError saying what is wrong."""
    if len(text) > MAX_BYTES:
        raise DatasetError("The dataset is larger than 1 MB; it is not a Trade Target dataset.")
    raw = parse_json(text, "The dataset")
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DatasetError("The file is not a Trade Target dataset.")
    version = raw.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version != FORMAT_VERSION:
        raise DatasetError(f"Unknown dataset format_version {raw.get('format_version')!r}.")
    citation = citation_from_object(_require(raw, "citation", dict, "dataset"))
    return dataset_from_object(raw, citation, "dataset")


def parse_json(text: str, what: str) -> Any:
    """JSON text parsed, or DatasetError. NaN and Infinity parse, so that the field's own
    check can name the field; deep nesting is refused."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise DatasetError(f"{what} is not valid JSON ({reason}).") from None


def citation_from_object(cite: dict[str, Any]) -> Citation:
    return Citation(
        kind=_require(cite, "kind", str, "citation"),
        published=_require(cite, "published", str, "citation"),
        subject=_require(cite, "subject", str, "citation"),
        trade_figures_attributed_to=_require(cite, "trade_figures_attributed_to", str, "citation"),
    )


def dataset_from_object(raw: dict[str, Any], citation: Citation, where: str) -> Dataset:
    """Figures and roles from a parsed JSON object, validated; `where` prefixes messages."""
    figures = tuple(
        _figure(item, i) for i, item in enumerate(_require(raw, "figures", list, where))
    )
    ids = [figure.id for figure in figures]
    if len(set(ids)) != len(ids):
        raise DatasetError(f"{where}: two figures share an id.")
    roles = _require(raw, "roles", dict, where)
    dataset = Dataset(
        citation=citation,
        figures=figures,
        base_id=_require(roles, "base", str, f"{where}, roles"),
        latest_id=_require(roles, "latest", str, f"{where}, roles"),
        target_id=_require(roles, "target", str, f"{where}, roles"),
    )
    problem = role_problem(dataset)
    if problem:
        raise DatasetError(f"{where}, roles: {problem}")
    return dataset


def role_problem(dataset: Dataset) -> str | None:
    """Why the base, latest and target figures cannot drive the sums, or None if they can."""
    ids = {figure.id for figure in dataset.figures}
    for role in ("base", "latest", "target"):
        figure_id = getattr(dataset, f"{role}_id")
        if figure_id not in ids:
            return f"the {role} figure “{figure_id}” is not in the dataset."
        if getattr(dataset, role).kind is not FigureKind.MONEY:
            return f"the {role} figure must be an amount of money."
    for role in ("base", "latest"):
        figure = getattr(dataset, role)
        if figure.year is None or figure.months is None:
            return f"the {role} figure needs a year and months covered."
    if dataset.latest.year <= dataset.base.year:  # type: ignore[operator]
        return "the latest figure must be for a later year than the base."
    return None


def figure_to_object(figure: Figure) -> dict[str, Any]:
    """The JSON object of one figure, as `_figure` reads it back (empty optionals left out)."""
    obj: dict[str, Any] = {"id": figure.id, "label": figure.label, "kind": figure.kind.value}
    if figure.value is not None:
        obj["value"] = figure.value
    if figure.reported_currency is not None:
        obj["reported_currency"] = figure.reported_currency.value
    for key in ("qualifier", "text"):
        if getattr(figure, key):
            obj[key] = getattr(figure, key)
    for key in ("article_conversion", "year", "months"):
        if getattr(figure, key) is not None:
            obj[key] = getattr(figure, key)
    obj["period"] = figure.period
    obj["quote"] = figure.quote
    return obj


def citation_to_object(citation: Citation) -> dict[str, Any]:
    return {
        "kind": citation.kind,
        "published": citation.published,
        "subject": citation.subject,
        "trade_figures_attributed_to": citation.trade_figures_attributed_to,
    }


def dataset_to_object(dataset: Dataset) -> dict[str, Any]:
    """Roles and figures (the citation is written once, by whoever holds the datasets)."""
    return {
        "roles": {
            "base": dataset.base_id,
            "latest": dataset.latest_id,
            "target": dataset.target_id,
        },
        "figures": [figure_to_object(figure) for figure in dataset.figures],
    }


def load_default_dataset() -> Dataset:
    """The article's figures, shipped inside the package (checkout, wheel or frozen bundle)."""
    text = resources.files("trade_target.resources").joinpath(DEFAULT_RESOURCE).read_text("utf-8")
    return parse_dataset(text)
