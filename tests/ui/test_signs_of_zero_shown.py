"""What the window writes for a number that rounds to zero: no minus sign ("+0.00 %",
"US$0.00 bn"), also for a tiny negative left by floating-point sums (−1e-9)."""

from __future__ import annotations

import pytest

from trade_target.core.money import Currency
from trade_target.render import formatting

TINY_NEGATIVES = [-0.0, -1e-9, -1e-15, -0.000049]  # all "0.00" to two decimals, as percent


@pytest.mark.parametrize("fraction", TINY_NEGATIVES)
def test_a_zero_percentage_has_no_minus(qapp, fraction: float) -> None:
    assert formatting.percent(fraction) == "+0.00 %"
    assert formatting.percent(fraction, signed=False) == "0.00 %"
    assert formatting.signed_number(fraction * 100, 2) == "+0.00"


@pytest.mark.parametrize("value", [-0.0, -1e-9, -0.0049])
def test_a_zero_amount_has_no_minus(qapp, value: float) -> None:
    assert formatting.money(value, Currency.USD) == "US$0.00 bn"


def test_what_shows_keeps_its_sign(qapp) -> None:
    assert formatting.percent(-0.0001) == "−0.01 %"
    assert formatting.percent(-0.0001, signed=False) == "−0.01 %"
    assert formatting.percent(0.13966) == "+13.97 %"
    assert formatting.percent(0.13966, signed=False) == "13.97 %"
    assert formatting.signed_number(-0.005001, 2) == "−0.01"
    assert formatting.money(-0.006, Currency.MYR) == "−RM0.01 bn"
