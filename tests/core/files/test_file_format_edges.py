"""A saved workbook's numbers at the ends of their ranges: the largest rate, the most years and
the first and last years a figure may have are read; one past is refused, the message naming
the file, the scenario, the figure and the value."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.files import file_format
from trade_target.core.files.file_writing import workbook_to_text
from trade_target.core.workbook import Workbook

NAME = "brief.tradetarget"
WHERE = f"“{NAME}” is not a Trade Target file: scenario “Article figures”: "


def saved(dataset: Dataset, change: Callable[[dict[str, Any]], None]) -> str:
    data = json.loads(workbook_to_text(Workbook.from_source(dataset)))
    change(data["scenarios"][0])
    return json.dumps(data)


def set_to(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda scenario: scenario.__setitem__(key, value)


def year_of_figure(value: int) -> Callable[[dict[str, Any]], None]:
    return lambda scenario: scenario["figures"][3].__setitem__("year", value)


@pytest.mark.parametrize(
    "change",
    [
        set_to("exchange_rate", 20.0),
        set_to("years_to_target", 50),
        year_of_figure(1900),
        year_of_figure(2200),
    ],
)
def test_the_ends_of_each_range_are_read(
    dataset: Dataset, change: Callable[[dict[str, Any]], None]
) -> None:
    file_format.parse_workbook(saved(dataset, change), NAME)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            set_to("exchange_rate", 25.0),
            "“exchange_rate” must be more than 0 and at most 20 RM per US$, not 25.0.",
        ),
        (
            set_to("years_to_target", 51),
            "“years_to_target” must be whole years from 1 to 50, not 51.",
        ),
        (
            year_of_figure(1899),
            "figure “ee_exports_us”: “year” must be from 1900 to 2200, not 1899.",
        ),
        (
            year_of_figure(2201),
            "figure “ee_exports_us”: “year” must be from 1900 to 2200, not 2201.",
        ),
    ],
)
def test_one_past_each_end_is_refused_in_words(
    dataset: Dataset, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(file_format.FileFormatError) as refused:
        file_format.parse_workbook(saved(dataset, change), NAME)
    assert str(refused.value) == WHERE + message
