"""The solve panel: a calculator on the scenario that works out any one of four, with the
answer in words; bad entries get a message under the fields, never a dialog or a crash."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from trade_target.core import i18n
from trade_target.core.money import Currency
from trade_target.ui.panels.solve import SolvePanel


@pytest.fixture
def panel(qtbot, document):
    widget = SolvePanel(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def number_in(field) -> float:
    return float(field.text().replace(",", "."))


def retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_it_opens_on_the_scenarios_required_growth(panel) -> None:
    assert panel.unknown == "growth"
    assert number_in(panel.fields["base"]) == 5.2
    assert number_in(panel.fields["target"]) == 10
    assert number_in(panel.fields["years"]) == 5
    required = ((10 / 5.2) ** (1 / 5) - 1) * 100
    assert number_in(panel.fields["growth"]) == pytest.approx(required, abs=0.005)
    assert panel.fields["growth"].isReadOnly()
    assert not panel.fields["years"].isReadOnly()
    assert panel.sentence.text() == (
        "At +13.97 % a year, US$5.20 bn reaches US$10.00 bn in 5.00 years."
    )
    assert panel.message.isHidden()


def test_years_at_five_percent(qtbot, panel) -> None:
    panel.set_unknown("years")
    assert panel.fields["years"].isReadOnly()
    assert not panel.fields["growth"].isReadOnly()
    # The growth field still holds the required growth unrounded: 5 years exactly.
    assert panel.solution.years == pytest.approx(5, rel=1e-12)
    retype(qtbot, panel.fields["growth"], "5")
    expected = math.log(10 / 5.2) / math.log(1.05)
    assert number_in(panel.fields["years"]) == pytest.approx(expected, abs=0.005)
    assert panel.solution.years == pytest.approx(expected, rel=1e-12)
    assert "13.40 years" in panel.sentence.text()


def test_target_and_base_with_a_comma(qtbot, panel) -> None:
    panel.set_unknown("target")
    retype(qtbot, panel.fields["growth"], "10,5 %")
    retype(qtbot, panel.fields["years"], "2,5")
    assert panel.solution.target == pytest.approx(5.2 * 1.105**2.5, rel=1e-12)
    panel.choices["base"].click()
    assert panel.unknown == "base"
    retype(qtbot, panel.fields["target"], "12")
    assert panel.solution.base == pytest.approx(12 / 1.105**2.5, rel=1e-12)
    assert number_in(panel.fields["base"]) == pytest.approx(12 / 1.105**2.5, abs=5e-5)


def test_bad_input_shows_a_message_and_no_answer(qtbot, panel) -> None:
    retype(qtbot, panel.fields["base"], "five")
    assert not panel.message.isHidden()
    assert "not a number" in panel.message.text()
    assert "Base value" in panel.message.text()
    assert panel.fields["growth"].text() == ""
    assert panel.sentence.text() == ""
    assert panel.solution is None
    retype(qtbot, panel.fields["base"], "5.2")
    assert panel.message.isHidden()
    assert panel.solution.growth == pytest.approx((10 / 5.2) ** 0.2 - 1)


def test_a_target_never_reached_says_so(qtbot, panel) -> None:
    panel.set_unknown("years")
    retype(qtbot, panel.fields["growth"], "-3")
    assert not panel.message.isHidden()
    assert "never rises" in panel.message.text()
    assert panel.fields["years"].text() == ""
    retype(qtbot, panel.fields["growth"], "0")
    assert "never reaches" in panel.message.text()
    retype(qtbot, panel.fields["years"], "7")  # read-only: typing does nothing
    assert panel.fields["years"].text() == ""


def test_it_never_edits_the_document(qtbot, panel, document) -> None:
    before = document.workbook
    retype(qtbot, panel.fields["target"], "20")
    panel.set_unknown("base")
    panel.fill_from_scenario()
    assert document.workbook is before
    assert not document.modified


def test_it_follows_the_scenario_until_the_user_types(qtbot, panel, document) -> None:
    document.edit_input("years_to_target", 6)
    assert number_in(panel.fields["years"]) == 6
    assert number_in(panel.fields["growth"]) == pytest.approx(
        ((10 / 5.2) ** (1 / 6) - 1) * 100, abs=0.005
    )
    retype(qtbot, panel.fields["target"], "12")
    document.edit_input("years_to_target", 4)
    assert number_in(panel.fields["years"]) == 6
    assert number_in(panel.fields["target"]) == 12
    qtbot.mouseClick(panel.from_scenario_button, Qt.MouseButton.LeftButton)
    assert number_in(panel.fields["years"]) == 4
    assert number_in(panel.fields["target"]) == 10


def test_amounts_follow_the_display_currency(qtbot, panel, document) -> None:
    rate = document.summary.exchange_rate
    retype(qtbot, panel.fields["target"], "12")
    document.set_currency(Currency.MYR)
    assert "RM" in panel.choices["base"].text()
    assert panel.solution.target == pytest.approx(12 * rate)
    assert panel.solution.base == pytest.approx(5.2 * rate)
    assert "RM" in panel.sentence.text()
    # Conversion keeps the growth: the same ratio in another unit.
    assert panel.solution.growth == pytest.approx((12 / 5.2) ** 0.2 - 1)


def test_every_control_has_a_name_a_description_and_a_mnemonic(panel) -> None:
    for key in ("base", "target", "years", "growth"):
        assert panel.fields[key].accessibleName()
        assert panel.fields[key].accessibleDescription()
        assert panel.choices[key].accessibleName()
        assert panel.choices[key].accessibleDescription()
        # One group: Tab reaches it, the arrows choose; the window's letters are all taken.
        assert "&" not in panel.choices[key].text()
    assert "&" in panel.from_scenario_button.text()
    assert panel.from_scenario_button.accessibleDescription()


def test_a_language_change_relabels_it(qtbot, panel) -> None:
    def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "«" + i18n._english(context, text, disambiguation, n) + "»"

    retype(qtbot, panel.fields["base"], "x")
    i18n.install(pseudo)
    try:
        QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
        for choice in panel.choices.values():
            assert choice.text().startswith("«")
        assert panel.from_scenario_button.text().startswith("«")
        assert panel.intro.text().startswith("«")
        assert panel.fields["base"].accessibleName().startswith("«")
        assert panel.message.text().startswith("«")  # the message said again
        retype(qtbot, panel.fields["base"], "5.2")
        assert panel.sentence.text().startswith("«At ")
    finally:
        i18n.install(None)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.choices["base"].text() == "Base value (US$ bn)"
    assert panel.sentence.text().startswith("At +13.97 %")
