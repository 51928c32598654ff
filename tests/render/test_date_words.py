"""The date in words is what QLocale writes for "d MMMM yyyy", in each language we ship,
though it is put together from its parts (render.formatting.date_words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from trade_target.render.formatting import date_words

DATES = [QDate(2026, 1, 8), QDate(2025, 12, 31), QDate(1999, 2, 28), QDate(10000 - 1, 9, 1)]


@pytest.fixture(params=["en_GB", "en_US", "ms_MY", "tr_TR", "de_DE", "fr_FR", "hi_IN"])
def locale_name(request: pytest.FixtureRequest):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize("date", DATES, ids=lambda d: d.toString("yyyy-MM-dd"))
def test_date_words_match_qlocale(qapp, locale_name: str, date: QDate) -> None:
    assert date_words(date) == QLocale(locale_name).toString(date, "d MMMM yyyy")
