"""The article dataset's figures: what each one is, in its reported currency, with its quote
and citation, and the JSON object each is written as.

Which figures can drive the sums is a rule of the dataset (`role_problem`), asked both when a
file is read and when a figure is edited. Reading the JSON and checking it field by field is
core/files/dataset_file's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from trade_target.core.errors import DatasetError
from trade_target.core.history import AnnualRecord
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.monthly.months import MonthlyFigure

# The figures' roles as messages name them ("the base figure must be …").
_ROLE_WORDS = {
    "base": QT_TRANSLATE_NOOP("Dataset", "base"),
    "latest": QT_TRANSLATE_NOOP("Dataset", "latest"),
    "target": QT_TRANSLATE_NOOP("Dataset", "target"),
}


def shown(text: str) -> str:
    """A label, period, text or citation of the embedded dataset as the installed language
    says it (article_strings lists them for translation). Anything else — a user's own
    label, a date, an empty field — has no translation and comes back unchanged."""
    return translate("Dataset", text) if text else text


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
    # The same flow as the partner country's statistics report it (Türkiye's exports to
    # Malaysia are Malaysia's imports from Türkiye, counted by another office, at another
    # valuation and time): same currency and period as `value`. `use_partner` picks it.
    partner_value: float | None = None
    partner_source: str = ""
    use_partner: bool = False
    # For the latest figure: the previous year's total for the same months, in the same
    # currency, which same-period annualisation needs.
    previous_same_period: float | None = None

    @property
    def used_value(self) -> float | None:
        """The value the sums use: the partner's when chosen, else the reporter's."""
        if self.use_partner and self.partner_value is not None:
            return self.partner_value
        return self.value

    @property
    def partner_difference(self) -> float | None:
        """Partner minus reporter, as a fraction of the reporter's value (None without both)."""
        if self.partner_value is None or not self.value:
            return None
        return self.partner_value / self.value - 1


@dataclass(frozen=True)
class Citation:
    kind: str
    published: str
    subject: str
    trade_figures_attributed_to: str

    def one_line(self) -> str:
        return translate("Dataset", "{kind}, {published}: {subject}.").format(
            kind=shown(self.kind), published=self.published, subject=shown(self.subject)
        )


@dataclass(frozen=True)
class Dataset:
    citation: Citation
    figures: tuple[Figure, ...]
    base_id: str
    latest_id: str
    target_id: str
    monthly: tuple[MonthlyFigure, ...] = ()
    history: tuple[AnnualRecord, ...] = ()  # the annual history, as imported (core.history)

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
        implied = self.implied_exchange_rate_if_any()
        if implied is not None:
            return implied
        raise DatasetError(
            translate(
                "Dataset", "The dataset has no figure reported in both currencies to imply a rate."
            )
        )

    def implied_exchange_rate_if_any(self) -> float | None:
        """The implied rate, or None once the pair is gone (editing the figure's value or
        currency drops the source's conversion): a scenario's outputs state the rate it uses
        and never need this one."""
        for figure in self.figures:
            if figure.article_conversion and figure.value:
                ringgit, dollars = (
                    (figure.value, figure.article_conversion)
                    if figure.reported_currency is Currency.MYR
                    else (figure.article_conversion, figure.value)
                )
                return ringgit / dollars
        return None


def role_problem(dataset: Dataset, *, sentence: bool = False) -> str | None:
    """Why the base, latest and target figures cannot drive the sums, or None if they can.

    The reason continues a message ("dataset, roles: the base figure …"); with `sentence`
    it stands alone and starts with a capital ("The base figure …")."""
    ids = {figure.id for figure in dataset.figures}
    for role in ("base", "latest", "target"):
        figure_id = getattr(dataset, f"{role}_id")
        if figure_id not in ids:
            text = (
                translate("Dataset", "The {role} figure “{figure_id}” is not in the dataset.")
                if sentence
                else translate("Dataset", "the {role} figure “{figure_id}” is not in the dataset.")
            )
            return text.format(role=translate("Dataset", _ROLE_WORDS[role]), figure_id=figure_id)
        if getattr(dataset, role).kind is not FigureKind.MONEY:
            text = (
                translate("Dataset", "The {role} figure must be an amount of money.")
                if sentence
                else translate("Dataset", "the {role} figure must be an amount of money.")
            )
            return text.format(role=translate("Dataset", _ROLE_WORDS[role]))
    for role in ("base", "latest"):
        figure = getattr(dataset, role)
        if figure.year is None or figure.months is None:
            text = (
                translate("Dataset", "The {role} figure needs a year and months covered.")
                if sentence
                else translate("Dataset", "the {role} figure needs a year and months covered.")
            )
            return text.format(role=translate("Dataset", _ROLE_WORDS[role]))
    if dataset.latest.year <= dataset.base.year:  # type: ignore[operator]
        if sentence:
            return translate("Dataset", "The latest figure must be for a later year than the base.")
        return translate("Dataset", "the latest figure must be for a later year than the base.")
    return None


def figure_to_object(figure: Figure) -> dict[str, Any]:
    """The JSON object of one figure, as dataset_file reads it back (empty optionals left out)."""
    obj: dict[str, Any] = {"id": figure.id, "label": figure.label, "kind": figure.kind.value}
    if figure.value is not None:
        obj["value"] = figure.value
    if figure.reported_currency is not None:
        obj["reported_currency"] = figure.reported_currency.value
    for key in ("qualifier", "text"):
        if getattr(figure, key):
            obj[key] = getattr(figure, key)
    for key in ("article_conversion", "year", "months", "partner_value", "previous_same_period"):
        if getattr(figure, key) is not None:
            obj[key] = getattr(figure, key)
    if figure.partner_source:
        obj["partner_source"] = figure.partner_source
    if figure.use_partner:
        obj["use_partner"] = True
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
        **(
            {
                "monthly": [
                    {
                        "year": f.year,
                        "month": f.month,
                        "value": f.value,
                        "currency": f.currency.value,
                    }
                    for f in dataset.monthly
                ]
            }
            if dataset.monthly
            else {}
        ),
        **({"history": history_to_object(dataset.history)} if dataset.history else {}),
    }


def history_to_object(records: tuple[AnnualRecord, ...]) -> list[dict[str, Any]]:
    """The annual history as dataset_file reads it back (an unnamed report has no key)."""
    return [
        {
            "year": r.year,
            "value": r.value,
            "currency": r.currency.value,
            **({"reporter": r.reporter} if r.reporter else {}),
        }
        for r in records
    ]
