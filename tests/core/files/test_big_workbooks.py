"""Workbooks of thousands of scenarios: saved by the app, they open again; one too big to
open again is not saved at all; scenarios that share their figures share them once read,
and those that do not keep their own."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest
from big_workbook import big_workbook

from trade_target.core.files.file_format import FORMAT, load_workbook, parse_workbook
from trade_target.core.files.file_writing import save_workbook, workbook_to_object
from trade_target.core.files.storage import MAX_READ_BYTES, StorageError


def test_ten_thousand_scenarios_saved_open_again(tmp_path):
    workbook = big_workbook(10_000, 800, current=4_321)
    path = tmp_path / "big.tradetarget"
    data = save_workbook(path, workbook)
    # Indented, the file would be about 14.5 MB, over the 10 MB a file may be.
    assert len(data) <= MAX_READ_BYTES
    assert b'\n  "' not in data  # written without indentation
    opened = load_workbook(path)
    assert len(opened.scenarios) == 10_000
    assert opened.current == 4_321
    assert [s.name for s in opened.scenarios] == [f"Scenario {n:05d}" for n in range(1, 10_001)]
    assert sum(s.shown for s in opened.scenarios) == 800
    assert opened == workbook


def test_a_small_workbook_stays_indented(tmp_path):
    data = save_workbook(tmp_path / "small.tradetarget", big_workbook(3, 1))
    assert data.startswith(b'{\n  "format": "' + FORMAT.encode())


def test_a_workbook_too_big_to_open_again_is_not_saved(tmp_path):
    path = tmp_path / "kept.tradetarget"
    save_workbook(path, big_workbook(2, 1))
    before = path.read_bytes()
    # 11,000 scenarios take about 10.7 MB even without indentation.
    with pytest.raises(StorageError) as refused:
        save_workbook(path, big_workbook(11_000, 0))
    message = refused.value.message
    assert message.startswith("Could not save “kept.tradetarget”: the workbook would take 10.")
    assert "more than the 10 MB a Trade Target file may take" in message
    assert path.read_bytes() == before  # the old file is whole


def _two_scenarios(base_value: object) -> str:
    """Two scenarios of the same figures, but the second's base-year value is `base_value`."""
    obj = workbook_to_object(big_workbook(2, 2))
    second = obj["scenarios"][1]
    base = next(f for f in second["figures"] if f["id"] == second["roles"]["base"])
    base["value"] = base_value
    return json.dumps(obj)


def test_scenarios_with_the_same_figures_share_them_and_others_keep_their_own():
    same, _ = parse_workbook(_two_scenarios(5.2), "same.tradetarget")
    assert same.scenarios[0].dataset is same.scenarios[1].dataset

    other, _ = parse_workbook(_two_scenarios(5.3), "other.tradetarget")
    first, second = other.scenarios
    assert first.dataset.base.value == 5.2 and second.dataset.base.value == 5.3
    # Required growth to US$10 bn in 3 years (the generator's first two deadlines are 3, 4):
    assert math.isclose(first.summary().required_growth, (10 / 5.2) ** (1 / 3) - 1, rel_tol=1e-9)
    assert math.isclose(second.summary().required_growth, (10 / 5.3) ** (1 / 4) - 1, rel_tol=1e-9)


def test_a_figure_written_differently_is_read_on_its_own():
    # 5 and 5.0 are equal numbers but not the same text: each is read and checked.
    whole, _ = parse_workbook(_two_scenarios(5), "whole.tradetarget")
    assert whole.scenarios[0].dataset is not whole.scenarios[1].dataset
    assert whole.scenarios[1].dataset.base.value == 5.0


def test_a_summary_is_kept_with_its_scenario_and_not_with_a_changed_copy():
    scenario = dataclasses.replace(big_workbook(1).scenarios[0], years_to_target=5)
    assert scenario.summary() is scenario.summary()
    # PRODUCT.md's worked examples, from 5.2 to 10: 13.97 % a year in 5 years, 11.51 % in 6.
    assert round(scenario.summary().required_growth * 100, 2) == 13.97
    six = dataclasses.replace(scenario, years_to_target=6)
    assert round(six.summary().required_growth * 100, 2) == 11.51
