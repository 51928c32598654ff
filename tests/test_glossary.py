"""The terms hold still: every translation of a sentence that uses a glossary term uses the
glossary's rendering of it (resources/translations/glossary.tsv).

A term is found in the English source at the start of a word, in any inflection ("remove"
finds "removed"); longer terms are found first and taken out, so "required pace" is not also
checked as "pace". A rendering is found anywhere in the translation, so Turkish suffixes and
Malay affixes may follow or precede it ("bilgi notunu", "dialih keluar"). A cell may list
the inflected forms of one rendering, separated by " / ". Rows whose English is in
parentheses are writing rules, checked where numbers are written (tests/ui/test_percent_first.py).
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

GLOSSARY = update_translations.TRANSLATIONS / "glossary.tsv"
COLUMNS = {"ms": "malay", "tr": "turkish"}
APP = re.compile(r"Trade Target", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TAG = re.compile(r"<[^>]+>")
MNEMONIC = re.compile(r"&(?=[^\s&])")
CODE = re.compile(r"`[^`]*`|“[a-z_0-9]+”")
# A sentence that names something other than the term it seems to hold, with the reason.
NOT_THE_TERM: dict[tuple[str, str], str] = {
    # "Total trade" is an example of a column heading the monthly reader knows; DOSM's files
    # write it "Jumlah dagangan", so the Malay gives that heading, not the glossary's word.
    ("Monthly", "trade"): "Line {line} is not a header row",
}


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]
    renderings: dict[str, tuple[str, ...]]


def _alternatives(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(" / ") if part.strip())


def glossary_rows() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def terms() -> list[Term]:
    return [
        Term(
            _alternatives(row["english"]),
            {code: _alternatives(row[column]) for code, column in COLUMNS.items()},
        )
        for row in glossary_rows()
        if not row["english"].startswith("(")
    ]


def folded(text: str, code: str) -> str:
    """Lower case as the language writes it: Turkish İ → i and I → ı."""
    if code == "tr":
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def _plain(text: str) -> str:
    """Without placeholders, markup, mnemonics, the app's name, commands and file keys
    (`trade-target summary`, “scenarios”); typographic apostrophes as plain ones."""
    text = PLACEHOLDER.sub(" ", TAG.sub(" ", CODE.sub(" ", text)))
    text = MNEMONIC.sub("", text).replace("&&", "&")
    return " ".join(APP.sub(" ", text).replace("’", "'").split())


def english_terms(source: str, glossary: list[Term]) -> list[Term]:
    """The glossary's terms in `source`, the longest found first and taken out."""
    text = " " + _plain(source).lower().replace("-", " ") + " "
    spelled = sorted(
        (
            (english.lower().replace("-", " "), term)
            for term in glossary
            for english in term.english
        ),
        key=lambda pair: -len(pair[0]),
    )
    found: list[Term] = []
    for english, term in spelled:
        pattern = re.compile(r"(?<![\w'])" + re.escape(english))
        if pattern.search(text):
            text = pattern.sub(" ", text)
            if term not in found:
                found.append(term)
    return found


def translations(path: Path) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                continue  # not translated yet: tests/test_translations.py says so
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts))
    return found


def departures(code: str, messages: list[tuple[str, str, list[str]]]) -> list[str]:
    glossary = terms()
    problems = []
    for context, source, texts in messages:
        for term in english_terms(source, glossary):
            exempt = NOT_THE_TERM.get((context, term.english[0]))
            if exempt is not None and source.startswith(exempt):
                continue
            wanted = term.renderings[code]
            for text in texts:
                plain = folded(_plain(text), code)
                if not any(folded(rendering, code) in plain for rendering in wanted):
                    problems.append(
                        f"{code} {context}: {source!r} has “{term.english[0]}” but "
                        f"{text!r} lacks “{' / '.join(wanted)}”"
                    )
    return problems


def test_the_glossary_is_complete() -> None:
    rows = glossary_rows()
    assert len(rows) >= 40
    for row in rows:
        assert list(row) == ["english", "malay", "turkish", "follows"], row
        assert all(value and value.strip() == value for value in row.values()), row
    english = [spelling for term in terms() for spelling in term.english]
    assert len(english) == len(set(english)), "a term is listed twice"


@pytest.mark.parametrize("code", sorted(COLUMNS))
def test_every_translation_uses_the_glossary_terms(code: str) -> None:
    path = update_translations.ts_file(code)
    problems = departures(code, translations(path))
    assert problems == [], f"{len(problems)} departure(s):\n" + "\n".join(problems)


def test_the_check_catches_a_term_rendered_another_way() -> None:
    messages = [
        ("X", "Run-rate: {amount}", ["Yıllıklandırma: {amount}"]),  # all methods' name
        ("X", "Export &brief (PDF)…", ["&Brifingi dışa aktar (PDF)…"]),
        ("X", "Remove fig&ure", ["Rakamı &çıkar"]),  # "remove" and "figure" both checked
        ("X", "The required pace", ["Gerekli tempo"]),  # right: "pace" is not checked again
        ("X", "Trade Target", ["Trade Target"]),  # the app's name is no term
        ("X", "İlerleme", ["İLERLEME"]),  # Turkish capitals fold right (no term here)
        ("X", "Progress", ["İLERLEME"]),
    ]
    found = departures("tr", messages)
    assert len(found) == 3, found
    assert "doğrusal yıllıklandırma" in found[0]
    assert "bilgi notu" in found[1]
    assert "kaldır" in found[2]
