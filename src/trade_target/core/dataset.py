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
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise DatasetError(f"The dataset is not valid JSON ({exc}).") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DatasetError("The file is not a Trade Target dataset.")
    version = raw.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version != FORMAT_VERSION:
        raise DatasetError(f"Unknown dataset format_version {raw.get('format_version')!r}.")
    cite = _require(raw, "citation", dict, "dataset")
    citation = Citation(
        kind=_require(cite, "kind", str, "citation"),
        published=_require(cite, "published", str, "citation"),
        subject=_require(cite, "subject", str, "citation"),
        trade_figures_attributed_to=_require(cite, "trade_figures_attributed_to", str, "citation"),
    )
    figures = tuple(
        _figure(item, i) for i, item in enumerate(_require(raw, "figures", list, "dataset"))
    )
    ids = [figure.id for figure in figures]
    if len(set(ids)) != len(ids):
        raise DatasetError("Two figures share an id.")
    roles = _require(raw, "roles", dict, "dataset")
    dataset = Dataset(
        citation=citation,
        figures=figures,
        base_id=_require(roles, "base", str, "roles"),
        latest_id=_require(roles, "latest", str, "roles"),
        target_id=_require(roles, "target", str, "roles"),
    )
    for role in ("base", "latest", "target"):
        figure_id = getattr(dataset, f"{role}_id")
        if figure_id not in ids:
            raise DatasetError(f"roles: the {role} figure “{figure_id}” is not in the dataset.")
        if getattr(dataset, role).kind is not FigureKind.MONEY:
            raise DatasetError(f"roles: the {role} figure must be an amount of money.")
    for role in ("base", "latest"):
        figure = getattr(dataset, role)
        if figure.year is None or figure.months is None:
            raise DatasetError(f"roles: the {role} figure needs a year and months covered.")
    if dataset.latest.year <= dataset.base.year:  # type: ignore[operator]
        raise DatasetError("roles: the latest figure must be for a later year than the base.")
    return dataset


def load_default_dataset() -> Dataset:
    """The article's figures, shipped inside the package (checkout, wheel or frozen bundle)."""
    text = resources.files("trade_target.resources").joinpath(DEFAULT_RESOURCE).read_text("utf-8")
    return parse_dataset(text)
