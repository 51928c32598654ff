"""The text of a CSV a statistics office or a spreadsheet wrote, from its bytes: the encodings
they use, and a refusal of what is not text at all. The monthly and the annual imports read
their files through it."""

from __future__ import annotations

import codecs
import re

_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decoded_text(data: bytes) -> str | None:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's
    "Unicode text"), else Windows Turkish (cp1254), which also reads English and Malay text;
    None when the bytes are not text (control characters other than tab and line ends; a
    trailing DOS end-of-file mark is allowed)."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1254")
    except UnicodeDecodeError:
        return None
    if looks_binary(text.rstrip("\x1a")):
        return None
    return text


def looks_binary(text: str) -> bool:
    """Whether `text` holds control characters no CSV has (tab and line ends are allowed)."""
    return _BINARY.search(text) is not None
