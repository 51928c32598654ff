"""The annual history and the trend choice in the .tradetarget file: saved with the scenario
and read back the same, old files unchanged (a file without them opens as before and is
written byte for byte as before), hostile values refused with a message naming the place;
and the merge an import makes (figure_edits.with_history).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from trade_target.core import figure_edits
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.files.file_format import FileFormatError, load_workbook, parse_workbook
from trade_target.core.files.file_writing import save_workbook, workbook_to_text
from trade_target.core.history import AnnualRecord, TrendChoice, TrendMethod
from trade_target.core.limits import HISTORY_MOST
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario, Workbook

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "malaysia-turkey.tradetarget"
FILE = "cases.tradetarget"
RATE = 4.0
# Made-up values for the tests, not statistics.
MALAYSIA = {2016: 2.0, 2017: 2.2, 2018: 2.5, 2019: 2.4, 2020: 3.0, 2021: 3.2}
TURKIYE = {2016: 1.9, 2017: 2.1, 2018: 2.3, 2019: 2.4, 2020: 2.8, 2021: 3.0}


def records() -> list[AnnualRecord]:
    mys = [AnnualRecord(y, v, Currency.USD, "MYS") for y, v in MALAYSIA.items()]
    tur = [AnnualRecord(y, v, Currency.USD, "TUR") for y, v in TURKIYE.items()]
    return [*tur, *mys, AnnualRecord(2015, 8.0, Currency.MYR, "")]  # any order


def with_history(dataset: Dataset, trend: TrendChoice | None = None) -> Workbook:
    history = figure_edits.with_history(dataset, records())
    plain = Scenario("No history", dataset, RATE, 5)
    kept = Scenario(
        "History", history, RATE, 5, trend=trend or TrendChoice(TrendMethod.COMPOUND, 2017, 2021)
    )
    return Workbook((plain, kept), 1, Currency.USD)


def obj_of(workbook: Workbook) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(workbook_to_text(workbook))
    return loaded


def refused(obj: dict[str, Any]) -> str:
    with pytest.raises(FileFormatError) as caught:
        parse_workbook(json.dumps(obj), FILE)
    return caught.value.message


# --- Round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "trend",
    [
        TrendChoice(TrendMethod.COMPOUND, 2017, 2021),
        TrendChoice(TrendMethod.LOG_LINEAR, None, 2020, "TUR"),
        TrendChoice(TrendMethod.TWO_POINT, 2016, None, "MYS"),
        TrendChoice(),
    ],
)
def test_the_history_and_the_trend_come_back_as_saved(
    tmp_path: Path, dataset: Dataset, trend: TrendChoice
) -> None:
    workbook = with_history(dataset, trend)
    path = tmp_path / "history.tradetarget"
    written = save_workbook(path, workbook)
    loaded = load_workbook(path)
    assert loaded == workbook
    assert loaded.scenarios[1].trend == trend
    assert loaded.scenarios[1].dataset.history == workbook.scenarios[1].dataset.history
    assert workbook_to_text(loaded).encode("utf-8") == written


def test_the_file_holds_the_history_as_documented(dataset: Dataset) -> None:
    scenarios = obj_of(with_history(dataset))["scenarios"]
    plain, kept = scenarios
    assert "history" not in plain and "trend" not in plain
    assert kept["trend"] == {"method": "compound", "first_year": 2017, "last_year": 2021}
    keys = list(kept)
    assert keys.index("annualisation") + 1 == keys.index("trend") < keys.index("roles")
    # Malaysia's report, then Türkiye's, then the unnamed one; each by year.
    assert kept["history"][:2] == [
        {"year": 2016, "value": 2.0, "currency": "USD", "reporter": "MYS"},
        {"year": 2017, "value": 2.2, "currency": "USD", "reporter": "MYS"},
    ]
    assert kept["history"][6] == {"year": 2016, "value": 1.9, "currency": "USD", "reporter": "TUR"}
    assert kept["history"][-1] == {"year": 2015, "value": 8.0, "currency": "MYR"}


def test_the_trend_read_back_is_the_one_the_sums_use(dataset: Dataset) -> None:
    workbook, _ = parse_workbook(workbook_to_text(with_history(dataset)), FILE)
    summary = workbook.scenarios[1].summary()
    # Compound growth over Malaysia's 2017–2021, by hand: (3.2 / 2.2)^(1/4) − 1.
    assert summary.observed_growth == pytest.approx((3.2 / 2.2) ** 0.25 - 1, rel=1e-12)
    assert summary.trend_years == (2017, 2021)
    turkiye = TrendChoice(TrendMethod.COMPOUND, 2016, 2021, "TUR")
    workbook, _ = parse_workbook(workbook_to_text(with_history(dataset, turkiye)), FILE)
    assert workbook.scenarios[1].summary().observed_growth == pytest.approx(
        (3.0 / 1.9) ** (1 / 5) - 1, rel=1e-12
    )


def test_scenarios_with_the_same_figures_and_different_histories_stay_apart(
    dataset: Dataset,
) -> None:
    """Scenarios made by duplicating share their figures when read; a history is part of
    what they must share to be read once."""
    one = Scenario("One", figure_edits.with_history(dataset, records()[:6]), RATE, 5)
    two = Scenario("Two", figure_edits.with_history(dataset, records()[6:]), RATE, 5)
    workbook, _ = parse_workbook(workbook_to_text(Workbook((one, two))), FILE)
    assert [s.dataset.history for s in workbook.scenarios] == [
        one.dataset.history,
        two.dataset.history,
    ]


# --- Old files -----------------------------------------------------------------------------


def test_the_shipped_example_opens_without_history_and_is_written_byte_for_byte() -> None:
    text = EXAMPLE.read_text("utf-8")
    assert '"history"' not in text and '"trend"' not in text
    workbook = load_workbook(EXAMPLE)
    for scenario in workbook.scenarios:
        assert scenario.dataset.history == ()
        assert scenario.trend == TrendChoice()
    assert workbook_to_text(workbook) == text


def test_a_scenario_without_history_or_trend_is_written_as_before(dataset: Dataset) -> None:
    obj = obj_of(Workbook((Scenario("Plain", dataset, RATE, 5),)))
    assert "history" not in obj["scenarios"][0] and "trend" not in obj["scenarios"][0]
    removed = figure_edits.without_history(figure_edits.with_history(dataset, records()))
    assert removed == dataset
    assert obj_of(Workbook((Scenario("Plain", removed, RATE, 5),))) == obj


def test_null_history_and_null_trend_read_as_none(dataset: Dataset) -> None:
    obj = obj_of(Workbook((Scenario("Plain", dataset, RATE, 5),)))
    obj["scenarios"][0].update(history=None, trend=None)
    workbook, _ = parse_workbook(json.dumps(obj), FILE)
    assert workbook.scenarios[0].dataset.history == ()
    assert workbook.scenarios[0].trend == TrendChoice()


# --- Hostile values ------------------------------------------------------------------------

WHERE = "“cases.tradetarget” is not a Trade Target file: scenario “History”"
RECORD = f"{WHERE}, history record 2: "


def history_set(dataset: Dataset, index: int | None, key: str, value: Any) -> dict[str, Any]:
    obj = obj_of(with_history(dataset))
    target = obj["scenarios"][1]
    if index is not None:
        target = target["history"][index]
    target[key] = value
    return obj


@pytest.mark.parametrize(
    ("index", "key", "value", "says"),
    [
        (None, "history", {"year": 2016}, f"{WHERE}: “history” must be a list."),
        (None, "history", "2016: 2.0", f"{WHERE}: “history” must be a list."),
        (1, "year", "2017", f"{RECORD}field “year” has the wrong type."),
        (1, "year", True, f"{RECORD}field “year” has the wrong type."),
        (1, "year", 2017.0, f"{RECORD}field “year” has the wrong type."),
        (1, "year", 1800, f"{RECORD}“year” must be from 1900 to 2200, not 1800."),
        (1, "year", 10**30, f"{RECORD}“year” must be from 1900 to 2200, not {10**30}."),
        (1, "year", 2016, f"{RECORD}2016 is given twice for the same reporter."),
        (1, "value", -2.2, f"{RECORD}“value” must be a positive finite number, not -2.2."),
        (1, "value", 0, f"{RECORD}“value” must be a positive finite number, not 0.0."),
        (1, "value", math.nan, f"{RECORD}“value” must be a positive finite number, not nan."),
        (1, "value", math.inf, f"{RECORD}“value” must be a positive finite number, not inf."),
        (1, "value", 1e300, f"{RECORD}“value” is too large to be an amount."),
        (1, "value", "2.2", f"{RECORD}field “value” has the wrong type."),
        (1, "value", None, f"{RECORD}field “value” has the wrong type."),
        (1, "currency", "EUR", f"{RECORD}reported currency must be USD or MYR."),
        (1, "currency", None, f"{RECORD}field “currency” has the wrong type."),
        (1, "reporter", "DEU", f"{RECORD}“reporter” must be “MYS”, “TUR” or absent."),
        (1, "reporter", ["MYS"], f"{RECORD}“reporter” must be “MYS”, “TUR” or absent."),
        (1, "reporter", None, f"{RECORD}“reporter” must be “MYS”, “TUR” or absent."),
    ],
)
def test_a_hostile_history_value_is_refused_naming_the_record(
    dataset: Dataset, index: int | None, key: str, value: Any, says: str
) -> None:
    assert refused(history_set(dataset, index, key, value)) == says


def test_a_record_that_is_not_an_object_or_lacks_a_field_is_refused(dataset: Dataset) -> None:
    obj = obj_of(with_history(dataset))
    obj["scenarios"][1]["history"][1] = [2017, 2.2]
    assert refused(obj) == f"{RECORD}expected an object."
    obj["scenarios"][1]["history"][1] = {"year": 2017, "currency": "USD"}
    assert refused(obj) == f"{RECORD}missing field “value”."


def test_more_records_than_a_history_holds_are_refused_before_reading_them(
    dataset: Dataset,
) -> None:
    obj = obj_of(with_history(dataset))
    obj["scenarios"][1]["history"] = [None] * (HISTORY_MOST + 1)
    assert refused(obj) == f"{WHERE}: “history” holds 1001 records; at most 1000 are read."


TREND = f"{WHERE}: “trend”"


@pytest.mark.parametrize(
    ("trend", "says"),
    [
        ("compound", f"{TREND} must be an object, not “compound”."),
        ([], f"{TREND} must be an object, not a list."),
        (
            {"method": "linear"},
            f"{TREND}: “method” must be “two_point”, “compound” or “log_linear”, not “linear”.",
        ),
        (
            {"method": ["compound"]},
            f"{TREND}: “method” must be “two_point”, “compound” or “log_linear”, not a list.",
        ),
        (
            {"method": None},
            f"{TREND}: “method” must be “two_point”, “compound” or “log_linear”, not null.",
        ),
        (
            {"method": "compound", "first_year": "2017"},
            f"{TREND}: “first_year” must be a year from 1900 to 2200, or null, not “2017”.",
        ),
        (
            {"method": "compound", "last_year": 2017.5},
            f"{TREND}: “last_year” must be a year from 1900 to 2200, or null, not 2017.5.",
        ),
        (
            {"method": "compound", "last_year": True},
            f"{TREND}: “last_year” must be a year from 1900 to 2200, or null, not true.",
        ),
        (
            {"method": "compound", "first_year": -5},
            f"{TREND}: “first_year” must be a year from 1900 to 2200, or null, not -5.",
        ),
        (
            {"method": "compound", "first_year": 2021, "last_year": 2017},
            f"{TREND}: the window's first year, 2021, is after its last, 2017.",
        ),
        (
            {"method": "compound", "reporter": "DEU"},
            f"{TREND}: “reporter” must be “MYS”, “TUR” or “”, not “DEU”.",
        ),
        (
            {"method": "compound", "reporter": 458},
            f"{TREND}: “reporter” must be “MYS”, “TUR” or “”, not 458.",
        ),
        (
            {"method": "log_linear", "first_year": 2030},
            f"{WHERE}: “trend”: A trend over a window of years needs the annual history of at "
            "least two years in that window; import the history or choose another window.",
        ),
    ],
)
def test_a_hostile_trend_is_refused_naming_the_scenario(
    dataset: Dataset, trend: Any, says: str
) -> None:
    assert refused(history_set(dataset, None, "trend", trend)) == says


def test_a_trend_over_the_history_without_a_history_does_not_open(dataset: Dataset) -> None:
    obj = obj_of(with_history(dataset))
    del obj["scenarios"][1]["history"]
    assert refused(obj).startswith(f"{WHERE}: “trend”: A trend over a window of years needs")


# --- Merging an import ---------------------------------------------------------------------


def test_an_import_merges_and_a_year_given_again_replaces_the_old_one(dataset: Dataset) -> None:
    first = figure_edits.with_history(dataset, records())
    revised = AnnualRecord(2018, 2.6, Currency.USD, "MYS")
    new_year = AnnualRecord(2022, 3.5, Currency.USD, "MYS")
    merged = figure_edits.with_history(first, [new_year, revised])
    assert len(merged.history) == len(first.history) + 1
    mys = [(r.year, r.value) for r in merged.history if r.reporter == "MYS"]
    assert mys == [*((y, 2.6 if y == 2018 else v) for y, v in MALAYSIA.items()), (2022, 3.5)]
    # Türkiye's report of 2018 is another report of the same year: it stays as it was.
    assert AnnualRecord(2018, 2.3, Currency.USD, "TUR") in merged.history
    assert merged.figures == dataset.figures and merged.monthly == dataset.monthly
    assert figure_edits.without_history(merged).history == ()


@pytest.mark.parametrize(
    "record",
    [
        AnnualRecord(1899, 2.0),
        AnnualRecord(2201, 2.0),
        AnnualRecord(2020, 0.0),
        AnnualRecord(2020, -1.0),
        AnnualRecord(2020, math.nan),
        AnnualRecord(2020, math.inf),
        AnnualRecord(2020, 2e12),
        AnnualRecord(2020, 2.0, Currency.USD, "DEU"),
    ],
)
def test_a_record_the_app_cannot_use_changes_nothing(dataset: Dataset, record: Any) -> None:
    with pytest.raises(InputError) as caught:
        figure_edits.with_history(dataset, [AnnualRecord(2019, 2.0), record])
    assert caught.value.field == "history"
    assert caught.value.message == (
        f"Annual history: the record of {record.year} cannot be used; years run from 1900 to "
        "2200, amounts are more than zero and at most 1000000000000 billion."
    )


def test_every_year_of_every_report_fits_in_a_file(tmp_path: Path, dataset: Dataset) -> None:
    """The file's cap refuses only what the app cannot make: the three reports of every year
    it accepts are fewer records."""
    years = range(1900, 2201)
    many = [
        AnnualRecord(y, 1.0 + y / 1e4, Currency.USD, code)
        for code in ("MYS", "TUR", "")
        for y in years
    ]
    full = figure_edits.with_history(dataset, many)
    assert len(full.history) == 903 <= HISTORY_MOST
    path = tmp_path / "full.tradetarget"
    save_workbook(path, Workbook((Scenario("Full", full, RATE, 5),)))
    assert load_workbook(path).scenarios[0].dataset.history == full.history
