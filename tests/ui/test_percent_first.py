"""Turkish writes the percent sign before the number, with no space: "%13,97", and a sign
before both: "+%3,22", "−%11,05" (resources/translations/glossary.tsv), the sign joined to the
percent sign by an invisible word joiner so that no line breaks between them. English and
Malay keep "13.97 %". Checked wherever a growth rate is written: the core's sentences, the
summary panel, the chart's labels, the brief and the command line, each against PRODUCT.md's
formulas.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from trade_target import translations
from trade_target.cli import parser as cli
from trade_target.core import i18n
from trade_target.ui.main_window import MainWindow

REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # PRODUCT.md: 13.97 %/yr
OBSERVED = 21.2 / (21.2 / 4.92) * 12 / 11 / 5.2 - 1  # PRODUCT.md: +3.22 %
FALL = -0.1105
WORD_JOINER = "\u2060"


def turkish(fraction: float, sign: str) -> str:
    """The Turkish form, built here from Qt's tr_TR number and the rule, not by the app."""
    return sign + WORD_JOINER + "%" + QLocale("tr_TR").toString(abs(fraction) * 100, "f", 2)


def english(fraction: float, sign: str) -> str:
    return f"{sign}{abs(fraction) * 100:.2f} %"


@pytest.fixture
def speak() -> Iterator[None]:
    yield
    translations.reset()


def test_the_worked_numbers() -> None:
    assert turkish(REQUIRED, "+").replace(WORD_JOINER, "") == "+%13,97"
    assert turkish(OBSERVED, "+").replace(WORD_JOINER, "") == "+%3,22"
    assert english(REQUIRED, "+") == "+13.97 %"


@pytest.mark.parametrize(
    ("code", "required", "fall"),
    [
        ("tr", turkish(REQUIRED, "+"), turkish(FALL, "\u2212")),
        ("ms", english(REQUIRED, "+"), english(FALL, "\u2212")),
        ("en", english(REQUIRED, "+"), english(FALL, "\u2212")),
    ],
)
def test_the_core_writes_the_percent_where_the_language_does(
    qapp, speak, code: str, required: str, fall: str
) -> None:
    assert translations.use(code)
    assert i18n.percent(REQUIRED) == required
    assert i18n.percent(FALL) == fall
    if code == "tr":
        assert i18n.percent(REQUIRED) == "+\u2060%13,97"
        assert i18n.percent(-1.0, 0) == "\u2212\u2060%100"
        assert i18n.percent_sign("13,97") == "%13,97"  # unsigned: nothing to join


def test_english_is_back_after_turkish(qapp, speak) -> None:
    assert translations.use("tr")
    translations.reset()
    assert i18n.percent(REQUIRED) == "+13.97 %"


def _choose(window: MainWindow, qtbot, code: str) -> None:
    """View › Language › the language, as a person picks it."""
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


def test_the_window_writes_turkish_percentages(qtbot, window: MainWindow) -> None:
    _choose(window, qtbot, "tr")
    required = window.findChild(QLabel, "requiredGrowthValue").text()
    observed = window.findChild(QLabel, "observedGrowthValue").text()
    assert turkish(REQUIRED, "+") in required, required
    assert observed == turkish(OBSERVED, "+")
    # The chart's labels at the end of each line: "yılda +%13,97".
    plot = window.plot
    assert turkish(REQUIRED, "+") in plot.required_label.toPlainText()
    assert turkish(OBSERVED, "+") in plot.trend_label.toPlainText()
    assert " %" not in plot.required_label.toPlainText()
    _choose(window, qtbot, "ms")
    observed = window.findChild(QLabel, "observedGrowthValue").text()
    assert observed == english(OBSERVED, "+"), "Malay keeps 3.22 %"


def test_the_command_line_writes_turkish_percentages(capsys, speak) -> None:
    assert cli.main(["summary", "--lang", "tr"]) == 0
    text = capsys.readouterr().out
    plain = turkish(REQUIRED, "+").replace(WORD_JOINER, "")  # a terminal gets plain text
    assert f"yılda {plain} büyüme" in text  # the verdict's sentence
    assert turkish(OBSERVED, "+").replace(WORD_JOINER, "") in text
    assert "13,97 %" not in text and WORD_JOINER not in text
    assert cli.main(["sensitivity", "--lang", "tr"]) == 0
    table = capsys.readouterr().out
    assert plain in table and " %" not in table and WORD_JOINER not in table


def test_the_brief_writes_turkish_percentages(tmp_path, capsys, speak) -> None:
    out = tmp_path / "bilgi-notu.pdf"
    assert cli.main(["report", "--lang", "tr", "--out", str(out)]) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    gap = " "  # the word joiner reads back from the PDF as a gap
    assert turkish(REQUIRED, "+").replace(WORD_JOINER, gap) in text, text[:600]
    assert turkish(OBSERVED, "+").replace(WORD_JOINER, gap) in text, text[:600]
    assert "13,97 %" not in text


def test_no_line_breaks_between_the_sign_and_the_percent_sign(qapp, speak) -> None:
    """Unicode's line breaking allows a break after "+" before "%"; the joiner forbids it."""
    from PySide6.QtCore import QTextBoundaryFinder

    assert translations.use("tr")
    text = f"yılda {i18n.percent(OBSERVED)} büyüyor"
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    breaks = []
    while (position := finder.toNextBoundary()) != -1:
        breaks.append(position)
    sign = text.index("+")
    assert not any(sign < position <= text.index("%") for position in breaks), breaks
    plain = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, "yılda +%3,22")
    plain.setPosition(len("yılda +"))
    assert plain.isAtBoundary(), "without the joiner, Qt would break there"
