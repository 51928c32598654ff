"""A heading broken into lines of even length, never leaving one word on a line of its own.

Wrapped as usual, the brief's title — "… the path to US$10 billion by 2029" — can leave
the year alone on its second line, where it reads as an afterthought and wastes a line.
Here the title is wrapped at the narrowest width that still needs no more lines than the
page width does, so its lines come out about equal ("text-wrap: balance" in CSS), and the
breaks are written into the HTML so that the page's layout keeps them.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontMetricsF

SLACK = 2.0
"""Pixels kept spare in each line: the page's layout measures a hair differently."""


def _lines(words: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Words wrapped greedily into lines no wider than `width` (a longer word alone)."""
    lines: list[str] = []
    for word in words:
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


def balanced_lines(text: str, font: QFont, width: float) -> list[str]:
    """`text` in as few lines as `width` allows, the lines as nearly equal as can be."""
    metrics = QFontMetricsF(font)
    words = [word for word in text.split(" ") if word]  # a no-break space holds
    room = width - SLACK
    count = len(_lines(words, metrics, room))
    if count <= 1:
        return [" ".join(words)]
    narrow, wide = 0.0, room  # wrapping at `wide` takes `count` lines
    while wide - narrow > 0.5:
        middle = (narrow + wide) / 2
        if len(_lines(words, metrics, middle)) <= count:
            wide = middle
        else:
            narrow = middle
    return _lines(words, metrics, wide)


def balanced_html(text: str, font: QFont, width: float) -> str:
    """`text`, escaped, with a line break between each of its balanced lines."""
    return "<br>".join(html.escape(line) for line in balanced_lines(text, font, width))
