"""What a message quotes of what the user typed: a short part, on one line.

A refusal that quoted a pasted 5,000-character entry in full was 35,000 pixels wide; the
first words of an entry are enough to find it, and the field or cell is beside the message.
"""

from __future__ import annotations

QUOTE_MOST = 40  # characters of an entry a message quotes, the ellipsis included


def excerpt(text: str, most: int = QUOTE_MOST) -> str:
    """`text` on one line (runs of spaces, tabs and line breaks made one space), cut to
    `most` characters with an ellipsis if it is longer."""
    one_line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return one_line if len(one_line) <= most else one_line[: most - 1].rstrip() + "…"
