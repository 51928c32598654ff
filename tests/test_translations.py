"""The translation sources: complete, faithful to their placeholders, and up to date with the code.

A sentence added to the code and not yet translated, a translation left unfinished, a
`{placeholder}` or a mnemonic lost in translation, or a plural form missing, fails here.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

TRANSLATED = ("ms", "tr")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"&(?!&)\w")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def problems(code: str, path: Path) -> list[str]:
    found = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        where = f"{code} {context}: {source!r}"
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where} is {translation.get('type')}")
            continue
        for text in translations_of(message):
            if not text.strip():
                found.append(f"{where} has an empty translation")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                found.append(f"{where}: placeholders differ in {text!r}")
            if bool(MNEMONIC.search(text)) != bool(MNEMONIC.search(source)):
                found.append(f"{where}: the mnemonic (&) is lost or added in {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                found.append(f"{where}: markup differs in {text!r}")
            if message.get("numerus") == "yes" and "%n" not in text:
                found.append(f"{where}: a plural form without %n: {text!r}")
    return found


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_sentence_is_translated_faithfully(code):
    path = update_translations.ts_file(code)
    assert path.is_file(), f"{path.name} is missing"
    assert problems(code, path) == []


def test_both_languages_translate_the_same_sentences():
    ms, tr = (
        {(c, m.findtext("source")) for c, m in messages(update_translations.ts_file(code))}
        for code in TRANSLATED
    )
    assert ms == tr
    assert ms, "no sentence is marked for translation"


def test_the_sources_are_up_to_date_with_the_code(tmp_path):
    """lupdate, run now over the code, adds nothing new and leaves nothing unfinished."""
    for code in update_translations.LANGUAGES:
        committed = update_translations.ts_file(code)
        fresh = tmp_path / committed.name
        shutil.copyfile(committed, fresh)
        update_translations.update(code, fresh)
        before = {(c, m.findtext("source")) for c, m in messages(committed)}
        after = {(c, m.findtext("source")) for c, m in messages(fresh)}
        assert after - before == set(), f"{code}: new sentences not in {committed.name}"
        assert before - after == set(), f"{code}: sentences no longer in the code"
        assert problems(code, fresh) == []


def test_the_checks_catch_a_bad_translation(tmp_path):
    """The checks above can fail: a lost placeholder, a lost mnemonic, an unfinished entry."""
    bad = tmp_path / "bad.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="tr_TR">
<context><name>X</name>
<message><source>Target {amount}</source><translation>Hedef</translation></message>
<message><source>&amp;Save</source><translation>Kaydet</translation></message>
<message><source>Quit</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n year(s)</source><translation>
<numerusform>yıl</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    found = problems("tr", bad)
    assert len(found) == 4, found
