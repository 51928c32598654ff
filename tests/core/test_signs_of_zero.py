"""A growth rate of zero is written "+0.00 %", never "−0.00 %", also when it is a tiny
negative number that rounds to zero (a gap of −1e-9 after floating-point sums)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trade_target.core import i18n

MINUS = "\u2212"


@pytest.fixture
def turkish() -> Iterator[None]:
    """Turkish's decimal comma and its percent sign before the number (written here)."""
    i18n.install(
        lambda context, text, _d, _n: text,
        lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","),
        "{sign}%{number}",
    )
    yield
    i18n.install(None)


@pytest.mark.parametrize("fraction", [0.0, -0.0, -1e-9, -1e-12, -0.000049, 1e-9])
def test_zero_and_what_rounds_to_it_take_the_plus_sign(fraction: float) -> None:
    assert i18n.percent(fraction) == "+0.00 %"


@pytest.mark.parametrize(
    ("fraction", "decimals", "expected"),
    [
        (-0.0001, 2, f"{MINUS}0.01 %"),  # the smallest that shows: it keeps its minus
        (-0.00051, 1, f"{MINUS}0.1 %"),
        (-0.0004, 1, "+0.0 %"),
        (0.13966, 2, "+13.97 %"),
        (-0.1, 2, f"{MINUS}10.00 %"),
    ],
)
def test_a_sign_is_shown_when_the_number_is(fraction: float, decimals: int, expected: str) -> None:
    assert i18n.percent(fraction, decimals) == expected


def test_in_turkish_too(turkish: None) -> None:
    def seen(text: str) -> str:  # without the invisible word joiner that keeps "+%" together
        return text.replace("\u2060", "")

    assert seen(i18n.percent(-1e-9)) == "+%0,00"
    assert seen(i18n.percent(-0.0001)) == f"{MINUS}%0,01"
