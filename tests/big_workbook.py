"""Big workbooks, for the scale tests and benchmarks/bench_scale.py: N scenarios of the
article's figures, each with its own exchange rate and deadline, some of them ticked.

The file is what a person could have saved: the app's own format, every scenario valid,
and small enough to open (each scenario keeps only the three figures the sums use, written
without indentation, so 10,000 scenarios come to about 9.9 MB, under the 10 MB limit).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_writing import workbook_to_object
from trade_target.core.files.storage import MAX_READ_BYTES
from trade_target.core.workbook import Scenario, Workbook


def big_workbook(count: int, ticked: int = 0, current: int = 0) -> Workbook:
    """`count` scenarios named "Scenario 00001"…, rates and deadlines varied; `ticked` of
    them, spread evenly through the list, are ticked for the chart."""
    source = load_default_dataset()
    roles = {source.base_id, source.latest_id, source.target_id}
    dataset = dataclasses.replace(
        source, figures=tuple(figure for figure in source.figures if figure.id in roles)
    )
    article = Scenario.from_source("Scenario", dataset)
    every = count / ticked if ticked else 0.0
    ticks = {int(k * every) for k in range(ticked)}
    scenarios = tuple(
        dataclasses.replace(
            article,
            name=f"Scenario {number + 1:05d}",
            exchange_rate=round(3.9 + (number % 97) * 0.01, 4),
            years_to_target=3 + number % 10,
            shown=number in ticks,
        )
        for number in range(count)
    )
    return Workbook(scenarios, current)


def big_workbook_text(count: int, ticked: int = 0, current: int = 0) -> str:
    """The file's text, compact; refuses (AssertionError) to make one the app would not open."""
    text = json.dumps(
        workbook_to_object(big_workbook(count, ticked, current)),
        ensure_ascii=False,
        separators=(",", ":"),
    )
    size = len(text.encode("utf-8"))
    assert size < MAX_READ_BYTES, f"{count} scenarios take {size} bytes, over the limit"
    return text


def write_big_workbook(
    path: str | os.PathLike[str], count: int, ticked: int = 0, current: int = 0
) -> int:
    """Write the workbook to `path`; its size in bytes."""
    data = big_workbook_text(count, ticked, current).encode("utf-8")
    Path(path).write_bytes(data)
    return len(data)
