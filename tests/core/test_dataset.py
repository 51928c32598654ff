"""The shipped article dataset, and damaged or hostile dataset files."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from trade_target.core.dataset import Dataset, DatasetError, FigureKind
from trade_target.core.files.dataset_file import (
    DEFAULT_RESOURCE,
    MAX_BYTES,
    load_default_dataset,
    parse_dataset,
)
from trade_target.core.money import Currency


def shipped_text() -> str:
    return (
        resources.files("trade_target.resources")
        .joinpath("article-2026-01-08.json")
        .read_text("utf-8")
    )


@pytest.fixture
def raw() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(shipped_text())
    return loaded


# --- The shipped dataset ------------------------------------------------------------------------


def test_shipped_dataset_loads(dataset: Dataset) -> None:
    assert load_default_dataset() == parse_dataset(shipped_text()) == dataset
    assert dataset.citation.published == "2026-01-08"
    assert "Türkiye" in dataset.citation.subject or "Turkey" in dataset.citation.subject
    assert dataset.citation.kind
    assert dataset.citation.trade_figures_attributed_to
    assert "2026-01-08" in dataset.citation.one_line()


def test_roles_point_at_the_article_trade_figures(dataset: Dataset) -> None:
    assert (dataset.base.value, dataset.base.reported_currency) == (5.2, Currency.USD)
    assert (dataset.base.year, dataset.base.months) == (2024, 12)
    assert (dataset.latest.value, dataset.latest.reported_currency) == (21.2, Currency.MYR)
    assert (dataset.latest.year, dataset.latest.months) == (2025, 11)
    assert (dataset.target.value, dataset.target.reported_currency) == (10.0, Currency.USD)


@pytest.mark.parametrize(
    ("figure_id", "value", "currency", "quote_must_contain"),
    [
        ("trade_2024", 5.2, Currency.USD, "US$5.2 billion"),
        ("trade_2025_jan_nov", 21.2, Currency.MYR, "RM21.2 billion"),
        ("trade_target", 10.0, Currency.USD, "US$10 billion"),
        ("ee_exports_us", 30.0, Currency.USD, "US$30 billion"),
    ],
)
def test_money_figures_keep_their_reported_currency(
    dataset: Dataset, figure_id: str, value: float, currency: Currency, quote_must_contain: str
) -> None:
    figure = dataset.figure(figure_id)
    assert figure.kind is FigureKind.MONEY
    assert figure.value == value
    assert figure.reported_currency is currency
    assert quote_must_contain in figure.quote


def test_jan_nov_2025_keeps_the_article_conversion(dataset: Dataset) -> None:
    figure = dataset.figure("trade_2025_jan_nov")
    assert figure.article_conversion == 4.92
    assert "US$4.92 billion" in figure.quote
    assert "11" in figure.period or "Nov" in figure.period


def test_ee_exports_are_more_than_30_billion(dataset: Dataset) -> None:
    assert dataset.figure("ee_exports_us").qualifier == "more than"


def test_roundtable_and_visit(dataset: Dataset) -> None:
    roundtable = dataset.figure("roundtable")
    assert roundtable.kind is FigureKind.COUNT
    assert "39 Turkish" in roundtable.text and "7 Malaysian" in roundtable.text
    assert "Thirty-nine Turkish" in roundtable.quote and "seven Malaysian" in roundtable.quote
    visit = dataset.figure("official_visit")
    assert visit.kind is FigureKind.DATES
    assert "6–8 January 2026" in visit.text
    assert "Jan 6 to Jan 8" in visit.quote


def test_every_figure_has_a_short_quote(dataset: Dataset) -> None:
    assert len(dataset.figures) >= 6
    for figure in dataset.figures:
        assert figure.quote.strip(), figure.id
        assert len(figure.quote) < 200, figure.id
        assert figure.label and figure.period, figure.id


def test_default_rate_is_the_one_the_article_implies(dataset: Dataset) -> None:
    rate = dataset.implied_exchange_rate()
    assert rate == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert rate == pytest.approx(4.3089, abs=0.00005)


def test_unknown_figure_id_is_a_key_error(dataset: Dataset) -> None:
    with pytest.raises(KeyError):
        dataset.figure("no_such_figure")


# --- Damaged and hostile files ------------------------------------------------------------------


def _figure(raw: dict[str, Any], figure_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in raw["figures"] if f["id"] == figure_id)
    return found


def _parent(raw: dict[str, Any], path: tuple[Any, ...]) -> Any:
    """Walk all but the last key; "#id" inside "figures" picks the figure with that id."""
    node: Any = raw
    for key in path[:-1]:
        if isinstance(key, str) and key.startswith("#"):
            node = next(f for f in node if f["id"] == key[1:])
        else:
            node = node[key]
    return node


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(raw: dict[str, Any]) -> None:
        _parent(raw, path)[path[-1]] = value

    return apply


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def apply(raw: dict[str, Any]) -> None:
        del _parent(raw, path)[path[-1]]

    return apply


def _duplicate_id(raw: dict[str, Any]) -> None:
    raw["figures"].append(copy.deepcopy(raw["figures"][0]))


def _latest_before_base(raw: dict[str, Any]) -> None:
    _figure(raw, "trade_2025_jan_nov")["year"] = 2023


def _no_figures(raw: dict[str, Any]) -> None:
    raw["figures"] = []


BASE, LATEST = "#trade_2024", "#trade_2025_jan_nov"

# name: (change to the shipped file, words the message must contain)
MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "wrong format": (_set(("format",), "something-else"), "not a Trade Target dataset"),
    "format missing": (_delete(("format",)), "not a Trade Target dataset"),
    "format_version 2": (_set(("format_version",), 2), "format_version"),
    "format_version 0": (_set(("format_version",), 0), "format_version"),
    "format_version as text": (_set(("format_version",), "1"), "format_version"),
    "format_version null": (_set(("format_version",), None), "format_version"),
    "format_version missing": (_delete(("format_version",)), "format_version"),
    "citation missing": (_delete(("citation",)), "citation"),
    "citation not an object": (_set(("citation",), "News article"), "citation"),
    "citation date missing": (_delete(("citation", "published")), "published"),
    "citation date a number": (_set(("citation", "published"), 20260108), "published"),
    "roles missing": (_delete(("roles",)), "roles"),
    "roles not an object": (_set(("roles",), ["trade_2024"]), "roles"),
    "role base missing": (_delete(("roles", "base")), "base"),
    "role to missing figure": (_set(("roles", "target"), "no_such_figure"), "no_such_figure"),
    "role to a count": (_set(("roles", "target"), "roundtable"), "money"),
    "base without year": (_delete(("figures", BASE, "year")), "year"),
    "latest without months": (_delete(("figures", LATEST, "months")), "months"),
    "latest before base": (_latest_before_base, "later year"),
    "figures missing": (_delete(("figures",)), "figures"),
    "figures not a list": (_set(("figures",), {"trade_2024": 5.2}), "figures"),
    "figures empty": (_no_figures, "not in the dataset"),
    "figure not an object": (_set(("figures", 0), "US$5.2 billion"), "object"),
    "duplicate ids": (_duplicate_id, "id"),
    "id missing": (_delete(("figures", BASE, "id")), "id"),
    "id a number": (_set(("figures", BASE, "id"), 7), "id"),
    "label missing": (_delete(("figures", BASE, "label")), "label"),
    "quote missing": (_delete(("figures", BASE, "quote")), "quote"),
    "quote a list": (_set(("figures", BASE, "quote"), ["In 2024"]), "quote"),
    "period missing": (_delete(("figures", BASE, "period")), "period"),
    "kind unknown": (_set(("figures", BASE, "kind"), "percentage"), "kind"),
    "kind missing": (_delete(("figures", BASE, "kind")), "kind"),
    "value missing": (_delete(("figures", BASE, "value")), "value"),
    "value as text": (_set(("figures", BASE, "value"), "5.2"), "value"),
    "value true": (_set(("figures", BASE, "value"), True), "value"),
    "value null": (_set(("figures", BASE, "value"), None), "value"),
    "value zero": (_set(("figures", BASE, "value"), 0), "value"),
    "value negative": (_set(("figures", BASE, "value"), -5.2), "value"),
    "value NaN": (_set(("figures", BASE, "value"), float("nan")), "value"),
    "value Infinity": (_set(("figures", BASE, "value"), float("inf")), "value"),
    "target value negative": (_set(("figures", "#trade_target", "value"), -10.0), "trade_target"),
    "currency unknown": (_set(("figures", BASE, "reported_currency"), "EUR"), "currency"),
    "currency missing": (_delete(("figures", BASE, "reported_currency")), "reported_currency"),
    "currency lower case": (_set(("figures", BASE, "reported_currency"), "usd"), "currency"),
    "conversion zero": (_set(("figures", LATEST, "article_conversion"), 0), "article_conversion"),
    "conversion NaN": (
        _set(("figures", LATEST, "article_conversion"), float("nan")),
        "article_conversion",
    ),
    "conversion as text": (
        _set(("figures", LATEST, "article_conversion"), "4.92"),
        "article_conversion",
    ),
    "months 13": (_set(("figures", LATEST, "months"), 13), "months"),
    "months 0": (_set(("figures", LATEST, "months"), 0), "months"),
    "months fractional": (_set(("figures", LATEST, "months"), 11.5), "months"),
    "months true": (_set(("figures", LATEST, "months"), True), "months"),
    "year as text": (_set(("figures", BASE, "year"), "2024"), "year"),
    "qualifier a number": (_set(("figures", "#ee_exports_us", "qualifier"), 30), "qualifier"),
}


@pytest.mark.parametrize(("mutate", "says"), MUTATIONS.values(), ids=MUTATIONS.keys())
def test_damaged_dataset_is_a_dataset_error(
    raw: dict[str, Any], mutate: Callable[[dict[str, Any]], None], says: str
) -> None:
    parse_dataset(json.dumps(raw))  # the untouched copy is fine
    mutate(raw)
    with pytest.raises(DatasetError) as caught:
        parse_dataset(json.dumps(raw, ensure_ascii=False))
    assert says in str(caught.value)


def test_nan_literal_in_json_text_is_refused() -> None:
    text = shipped_text().replace('"value": 5.2,', '"value": NaN,', 1)
    assert text != shipped_text()
    with pytest.raises(DatasetError, match="value"):
        parse_dataset(text)


def test_months_13_message_names_the_field(raw: dict[str, Any]) -> None:
    _figure(raw, "trade_2025_jan_nov")["months"] = 13
    with pytest.raises(DatasetError, match="months"):
        parse_dataset(json.dumps(raw))


def test_missing_field_message_names_the_field(raw: dict[str, Any]) -> None:
    del _figure(raw, "trade_2024")["quote"]
    with pytest.raises(DatasetError, match="quote"):
        parse_dataset(json.dumps(raw))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json at all",
        "{",
        '{"format": "trade-target-dataset", "format_version": 1,',
        "[]",
        "null",
        "42",
        '"trade-target-dataset"',
        "{}",
        "\ufeff{}",
        "[" * 100_000,
        '{"a": ' * 100_000,
    ],
    ids=[
        "empty",
        "prose",
        "brace",
        "truncated",
        "list",
        "null",
        "number",
        "string",
        "empty object",
        "bom",
        "deep list",
        "deep object",
    ],
)
def test_text_that_is_not_a_dataset(text: str) -> None:
    with pytest.raises(DatasetError):
        parse_dataset(text)


def test_file_over_one_megabyte_is_refused() -> None:
    text = shipped_text()
    padded = text + " " * (MAX_BYTES + 1 - len(text))
    assert len(padded) > 1_000_000
    with pytest.raises(DatasetError, match="1 MB"):
        parse_dataset(padded)


def test_huge_integer_value_is_a_dataset_error() -> None:
    text = shipped_text().replace('"value": 5.2,', '"value": 1' + "0" * 400 + ",", 1)
    with pytest.raises(DatasetError, match="value"):
        parse_dataset(text)


def test_integer_over_the_digit_limit_is_a_dataset_error() -> None:
    text = shipped_text().replace('"value": 5.2,', '"value": ' + "1" * 5000 + ",", 1)
    with pytest.raises(DatasetError, match="JSON"):
        parse_dataset(text)


@pytest.mark.parametrize("version", [True, 1.0, "1"])
def test_format_version_must_be_the_integer_one(version):
    raw = json.loads(
        resources.files("trade_target.resources").joinpath(DEFAULT_RESOURCE).read_text("utf-8")
    )
    raw["format_version"] = version
    with pytest.raises(DatasetError, match="format_version"):
        parse_dataset(json.dumps(raw))
