"""The Monthly panel: importing (through the replaceable path question), the bars, the total
from January and the required pace checked against sums and the path formula written out
here, the rows left out, failed imports, and a live language change."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from trade_target.core import i18n
from trade_target.core.money import Currency
from trade_target.ui.charts import monthly as monthly_plot
from trade_target.ui.charts.monthly import MonthlyPanel

RATE = 21.2 / 4.92  # the article's implied rate, 4.3089 RM per US$ (the default)
RINGGIT_2025 = [1.84, 1.76, 1.95, 1.88, 2.02, 1.90, 2.05, 1.97, 1.93, 2.01, 1.89]
DOLLARS_2024 = [0.41, 0.39, 0.44, 0.40, 0.45, 0.42, 0.46, 0.44, 0.43, 0.45, 0.44, 0.47]


def required(year: int, years_to_target: int = 5) -> float:
    """The required path's value of `year`: 5.2 × (10/5.2)^((year − 2024)/N), in US$ bn."""
    return 5.2 * (10 / 5.2) ** ((year - 2024) / years_to_target)


def running_sums(values: list[float]) -> list[float]:
    sums, total = [], 0.0
    for value in values:
        total += value
        sums.append(total)
    return sums


@pytest.fixture
def sample_path() -> str:
    return str(resources.files("trade_target.resources").joinpath("monthly-sample.csv"))


@pytest.fixture
def panel(qtbot, document) -> MonthlyPanel:  # type: ignore[no-untyped-def]
    widget = MonthlyPanel(document)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer_with(monkeypatch: pytest.MonkeyPatch, path: str | None) -> list[object]:
    asked: list[object] = []

    def ask(parent: object) -> str | None:
        asked.append(parent)
        return path

    monkeypatch.setattr(monthly_plot, "ask_monthly_path", ask)
    return asked


def import_by_clicking(qtbot, panel: MonthlyPanel) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.imported, timeout=2000) as signal:
        panel.import_button.click()
    return signal.args[0]


def bars(panel: MonthlyPanel) -> tuple[list[float], list[float]]:
    return list(panel.bars.opts["x"]), list(panel.bars.opts["height"])


def line(item) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    xs, ys = item.getData()
    return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))


def test_before_an_import(panel: MonthlyPanel) -> None:
    assert panel.figures == ()
    assert bars(panel) == ([], [])
    assert line(panel.cumulative) == ([], [])
    assert "No monthly figures yet" in panel.status.text()
    assert not panel.problem_list.isVisible()
    assert not panel.year_box.isVisible()


def test_importing_the_sample_draws_the_latest_year_against_the_pace(
    qtbot, panel: MonthlyPanel, monkeypatch: pytest.MonkeyPatch, sample_path: str
) -> None:  # type: ignore[no-untyped-def]
    asked = answer_with(monkeypatch, sample_path)
    result = import_by_clicking(qtbot, panel)
    assert asked == [panel]
    assert result.problems == ()
    assert panel.figures == result.figures
    assert panel.year == 2025
    assert panel.year_box.isVisible() and panel.year_box.currentText() == "2025"

    months, heights = bars(panel)
    assert months == list(range(1, 12))
    assert heights == pytest.approx([value / RATE for value in RINGGIT_2025], rel=1e-12)
    xs, ys = line(panel.cumulative)
    assert xs == list(range(1, 12))
    assert ys == pytest.approx([total / RATE for total in running_sums(RINGGIT_2025)], rel=1e-12)
    assert ys[-1] == pytest.approx(21.2 / RATE)  # the article's RM21.2 bn for Jan–Nov
    xs, ys = line(panel.pace)
    assert xs == list(range(1, 13))
    assert ys == pytest.approx([required(2025) * m / 12 for m in range(1, 13)], rel=1e-12)
    assert ys[-1] == pytest.approx(5.2 * 1.1397, rel=1e-4)  # one year at +13.97 % on 5.2

    pace = required(2025) * 11 / 12
    behind = (pace - 21.2 / RATE) / pace * 100
    assert panel.status.text() == (
        f"Jan–Nov 2025: US${21.2 / RATE:.2f} bn, {behind:.1f} % behind the required pace "
        f"(US${pace:.2f} bn)."
    )
    assert not panel.problem_list.isVisible()


def test_choosing_a_year(
    qtbot, panel: MonthlyPanel, monkeypatch: pytest.MonkeyPatch, sample_path: str
) -> None:  # type: ignore[no-untyped-def]
    answer_with(monkeypatch, sample_path)
    import_by_clicking(qtbot, panel)
    panel.year_box.setCurrentIndex(panel.year_box.findText("2024"))
    assert panel.year == 2024
    assert bars(panel) == (list(range(1, 13)), pytest.approx(DOLLARS_2024, rel=1e-12))
    assert line(panel.cumulative)[1] == pytest.approx(running_sums(DOLLARS_2024), rel=1e-12)
    # 2024 is the base year: its required value is the reported US$5.2 bn.
    assert line(panel.pace)[1] == pytest.approx([5.2 * m / 12 for m in range(1, 13)], rel=1e-12)
    assert panel.status.text() == "Jan–Dec 2024: US$5.20 bn, on the required pace (US$5.20 bn)."


def test_rate_currency_and_years_redraw(
    qtbot, panel: MonthlyPanel, document, monkeypatch: pytest.MonkeyPatch, sample_path: str
) -> None:  # type: ignore[no-untyped-def]
    answer_with(monkeypatch, sample_path)
    import_by_clicking(qtbot, panel)
    document.edit_input("exchange_rate", 4.05)
    assert bars(panel)[1] == pytest.approx([value / 4.05 for value in RINGGIT_2025], rel=1e-12)
    document.set_currency(Currency.MYR)
    assert bars(panel)[1] == pytest.approx(RINGGIT_2025, rel=1e-12)
    assert line(panel.cumulative)[1] == pytest.approx(running_sums(RINGGIT_2025), rel=1e-12)
    assert line(panel.pace)[1] == pytest.approx(
        [required(2025) * 4.05 * m / 12 for m in range(1, 13)], rel=1e-12
    )
    axis = panel.plot_widget.getPlotItem().getAxis("left")
    assert axis.labelText == "Bilateral trade (RM billion)"
    assert panel.status.text().startswith("Jan–Nov 2025: RM21.20 bn,")
    document.edit_input("years_to_target", 6)
    assert line(panel.pace)[1] == pytest.approx(
        [required(2025, 6) * 4.05 * m / 12 for m in range(1, 13)], rel=1e-12
    )


def test_bad_rows_are_listed_with_their_line_numbers(
    qtbot, panel: MonthlyPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "release.csv"
    path.write_text(
        "# release\nMonth;Value;Currency\n2025-01;0,40;USD\n2025-02;n/a;USD\n2025-03;0,45;EUR\n"
        "2025-02;0,41;USD\n",
        "utf-8",
    )
    answer_with(monkeypatch, str(path))
    result = import_by_clicking(qtbot, panel)
    assert [problem.line for problem in result.problems] == [4, 5]
    assert panel.problem_list.isVisible()
    assert panel.problem_list.isReadOnly()
    assert panel.problem_list.toPlainText().splitlines() == [
        "Line 4: Value: “n/a” is not a number.",
        "Line 5: The values are in EUR; only US$ and RM figures can be used. Convert them to "
        "one of these first.",
    ]
    assert panel.problems_heading.text() == "2 rows of the file left out:"
    assert bars(panel) == ([1, 2], pytest.approx([0.40, 0.41]))
    assert not panel.year_box.isVisible()  # one year: nothing to choose


def test_a_failed_import_says_why_and_keeps_what_was_shown(
    qtbot, panel: MonthlyPanel, monkeypatch: pytest.MonkeyPatch, sample_path: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    answer_with(monkeypatch, sample_path)
    import_by_clicking(qtbot, panel)
    shown = bars(panel)
    bad = tmp_path / "bad.csv"
    bad.write_text("Month,Value,Currency\n2025-13,1,RM\n", "utf-8")
    answer_with(monkeypatch, str(bad))
    with qtbot.assertNotEmitted(panel.imported):
        panel.import_button.click()
    assert panel.error_label.isVisible()
    assert panel.error_label.text().startswith("No month could be read. Line 2:")
    assert bars(panel) == shown
    answer_with(monkeypatch, str(tmp_path / "gone.csv"))
    panel.import_button.click()
    assert panel.error_label.text() == "Could not open “gone.csv”: the file does not exist."
    answer_with(monkeypatch, sample_path)
    import_by_clicking(qtbot, panel)
    assert not panel.error_label.isVisible()


def test_cancelling_changes_nothing(
    qtbot, panel: MonthlyPanel, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked = answer_with(monkeypatch, None)
    with qtbot.assertNotEmitted(panel.imported):
        panel.import_button.click()
    assert asked == [panel]
    assert panel.figures == ()


def test_controls_have_names_and_an_order(panel: MonthlyPanel) -> None:
    assert panel.focus_order == [
        panel.import_button,
        panel.year_box,
        panel.plot_widget,
        panel.problem_list,
    ]
    for widget in panel.focus_order:
        assert widget.accessibleName()
        assert widget.accessibleDescription()
    # The window's mnemonics use every letter of these words: none is claimed here.
    assert "&" not in panel.import_button.text()
    assert all(label.buddy() is None for label in panel.findChildren(QLabel))
    # No pyqtgraph menu (its Export… action would be an untranslated text never shown).
    assert panel.findChildren(QAction) == []


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "«" + i18n._english(context, text, disambiguation, n) + "»"


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


def texts(panel: MonthlyPanel) -> list[str]:
    axis = panel.plot_widget.getPlotItem().getAxis
    ticks = [name for _, name in axis("bottom")._tickLevels[0]]
    return [
        panel.import_button.text(),
        panel.import_button.accessibleName(),
        panel.import_button.accessibleDescription(),
        panel.year_label.text(),
        panel.year_box.accessibleName(),
        panel.plot_widget.accessibleName(),
        panel.plot_widget.accessibleDescription(),
        panel.problem_list.accessibleName(),
        panel.problems_heading.text(),
        panel.status.text(),
        axis("left").labelText,
        *panel.legend_names(),
        *ticks,
        *panel.problem_list.toPlainText().splitlines(),
    ]


def test_language_change(
    qtbot,
    panel: MonthlyPanel,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    english_afterwards: None,
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "release.csv"
    path.write_text("Month,Value,Currency\n2025-01,0.4,USD\nx,1,USD\n", "utf-8")
    answer_with(monkeypatch, str(path))
    import_by_clicking(qtbot, panel)
    english = texts(panel)
    assert not any("«" in text for text in english)

    i18n.install(pseudo)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    changed = texts(panel)
    assert all(text.startswith("«") for text in changed), changed
    # The row's own message stays in the language it was read in; its "Line 3:" is new.
    assert changed[-1].startswith("«Line 3: “x” is not a month")

    i18n.install(None)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert texts(panel) == english


def test_the_chart_follows_the_palette(panel: MonthlyPanel) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#EEEEEE"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    panel.setPalette(dark)
    background = panel.plot_widget.backgroundBrush().color()
    assert background.name() == "#101010"
    assert panel.cumulative.opts["pen"].color().name() == "#eeeeee"
    bar = panel.bars.opts["brush"].color()
    assert np.mean([bar.redF(), bar.greenF(), bar.blueF()]) < 0.6  # mixed towards the dark
