"""A break-even rate exactly at an end of the range is within the range: the range is closed,
[low, high], as the sensitivity tab and `trade-target sensitivity` say."""

from __future__ import annotations

import pytest

from trade_target.core import sensitivity
from trade_target.core.dataset import Dataset
from trade_target.core.scenario import Inputs

# observed(r) = required: RM21.2 bn × 12/11 / (US$5.2 bn × r) = (10 / 5.2)^(1/5), the
# article's Jan–Nov 2025 figure annualised by run-rate, against five years to US$10 bn.
BREAK_EVEN = 21.2 * 12 / 11 / 5.2 / (10 / 5.2) ** (1 / 5)  # 3.9017…


@pytest.fixture
def inputs(dataset: Dataset) -> Inputs:
    return Inputs.defaults(dataset)


@pytest.fixture
def rate(dataset: Dataset, inputs: Inputs) -> float:
    """The break-even rate as the code finds it, bit for bit, to put a range's end on."""
    found = sensitivity.break_even_rate(dataset, inputs, 1.0, 10.0)
    assert found == pytest.approx(BREAK_EVEN, rel=1e-12)
    assert found is not None
    return found


def test_at_the_low_end(dataset: Dataset, inputs: Inputs, rate: float) -> None:
    assert sensitivity.break_even_rate(dataset, inputs, rate, rate + 1) == rate


def test_at_the_high_end(dataset: Dataset, inputs: Inputs, rate: float) -> None:
    assert sensitivity.break_even_rate(dataset, inputs, rate - 1, rate) == rate


def test_just_outside_either_end(dataset: Dataset, inputs: Inputs, rate: float) -> None:
    above, below = rate * (1 + 1e-12), rate * (1 - 1e-12)
    assert sensitivity.break_even_rate(dataset, inputs, above, above + 1) is None
    assert sensitivity.break_even_rate(dataset, inputs, below - 1, below) is None
