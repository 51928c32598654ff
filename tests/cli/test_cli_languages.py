"""`--lang ms|tr`: the command line's text and the PDF brief in Malay and Turkish.

Every figure is checked against the worked example's own formula (PRODUCT.md), written as
the language writes numbers: %13,97 (the percent sign first) and 4,3089 in Turkish, 13.97 % in
Malay.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from trade_target import translations
from trade_target.cli import parser as cli

REQUIRED = (10 / 5.2) ** (1 / 5) - 1  # +13.97 % a year
RATE = 21.2 / 4.92  # 4.3089 RM per US$
OBSERVED = 21.2 / RATE * 12 / 11 / 5.2 - 1  # +3.22 %


def written(value: float, decimals: int, mark: str) -> str:
    return f"{value:.{decimals}f}".replace(".", mark)


def growth(fraction: float, lang: str) -> str:
    """+13.97 % as `lang` writes it on a terminal: Turkish puts the percent sign first,
    "+%13,97" (plain text: no word joiner between the signs)."""
    if lang == "tr":
        return f"+%{written(fraction * 100, 2, ',')}"
    return f"+{written(fraction * 100, 2, '.')} %"


def run_summary(lang: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trade_target", "summary", "--lang", lang],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("lang", "mark", "words"),
    [
        ("tr", ",", ("Gerekli yıllık büyüme", "Sınırlı ilerleme", "Döviz kuru")),
        ("ms", ".", ("Pertumbuhan tahunan diperlukan", "Kemajuan terhad", "Kadar pertukaran")),
    ],
)
def test_summary_speaks_the_language(tmp_path, lang, mark, words):
    result = run_summary(lang, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    for word in words:
        assert word in text, text
    assert growth(REQUIRED, lang) in text
    assert growth(OBSERVED, lang) in text
    assert written(RATE, 4, mark) in text
    assert "Required annual growth" not in text
    assert "\u2060" not in text  # the joiners that keep a layout's lines whole are left out
    verdict, *table = text.splitlines()
    assert verdict.startswith(f"{words[1]}: ")  # the answer first, in the language
    assert growth(REQUIRED, lang) in verdict
    labels = [line.split(":")[0] for line in table]
    assert len(labels) == 10  # the catch-up growth's line among them
    catch_up = (10 / (21.2 / RATE * 12 / 11)) ** (1 / 4) - 1  # +16.83 % a year to 2029
    assert growth(catch_up, lang) in table[6]


def test_summary_lines_stay_aligned_in_every_language(capsys):
    """Values start in one column whatever the length of the language's labels."""
    for lang in ("en", "ms", "tr"):
        assert cli.main(["summary", "--lang", lang]) == 0
        lines = capsys.readouterr().out.splitlines()[1:]  # under the verdict's sentence
        starts = {len(line) - len(line.split(": ", 1)[1].lstrip()) for line in lines}
        assert len(starts) == 1, (lang, lines)


def test_english_stays_the_default(capsys):
    assert cli.main(["summary"]) == 0
    text = capsys.readouterr().out
    assert "Required annual growth:" in text and "+13.97 %" in text


def test_an_unknown_language_is_refused_in_one_line(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["summary", "--lang", "de"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "--lang" in err


def test_missing_translations_are_reported_not_faked(capsys, monkeypatch):
    monkeypatch.setattr(translations, "_ours", lambda code: None)
    assert cli.main(["summary", "--lang", "ms"]) == 1
    err = capsys.readouterr().err
    assert "Bahasa Melayu" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("tr", ("Gerekli büyüme", "Varsayımlar", "Sınırlı ilerleme")),
        ("ms", ("Pertumbuhan diperlukan", "Kemajuan terhad")),
    ],
)
def test_the_brief_is_written_in_the_language(tmp_path, capsys, lang, words):
    from PySide6.QtCore import QLocale

    out = tmp_path / f"brief-{lang}.pdf"
    assert cli.main(["report", "--lang", lang, "--out", str(out)]) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    for word in words:
        assert word in text, text[:800]
    locale = QLocale(translations.LOCALES[lang])
    month = locale.monthName(datetime.date.today().month)
    assert month in text, (month, text[:400])
    # In the brief the sign and "%" are joined by a word joiner, which reads back as a gap.
    assert growth(REQUIRED, lang).replace("+%", "+ %") in text
    # The article's quotes stay in English, and the brief says so.
    assert "“The target is to increase it to US$10 billion.”" in text
    if lang == "tr":
        assert "US$30 milyar üzeri" in text  # the qualifier where Turkish puts it
