"""A wrapped label remembers its heights for width, and never answers with a stale one: at
every width, after a new text, font, margins or style, it agrees with a plain QLabel's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trade_target.ui.panels.wrapped_label import HEIGHTS_KEPT, WrappedLabel

TEXT = "From the 2025 estimate, it now takes +16.83 % a year to reach the target by 2029."
LONGER = TEXT + " " + TEXT + " " + TEXT
WIDTHS = [60, 120, 200, 333, 600, 1200]


def _pair(qtbot) -> tuple[WrappedLabel, QLabel]:
    wrapped = WrappedLabel()
    plain = QLabel()
    plain.setWordWrap(True)
    for label in (wrapped, plain):
        qtbot.addWidget(label)
        label.setText(TEXT)
    return wrapped, plain


def _agree(wrapped: WrappedLabel, plain: QLabel) -> None:
    for width in WIDTHS + WIDTHS:  # the second pass answers from memory
        assert wrapped.heightForWidth(width) == plain.heightForWidth(width), width


def test_heights_agree_at_every_width(qtbot) -> None:
    wrapped, plain = _pair(qtbot)
    _agree(wrapped, plain)
    assert wrapped.heightForWidth(60) > wrapped.heightForWidth(1200)


def _longer_text(label: QLabel) -> None:
    label.setText(LONGER)


def _larger_font(label: QLabel) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)


@pytest.mark.parametrize("change", [_longer_text, _larger_font], ids=["text", "font"])
def test_a_change_that_makes_it_taller_is_measured_anew(qtbot, change) -> None:
    wrapped, plain = _pair(qtbot)
    before = wrapped.heightForWidth(200)
    for label in (wrapped, plain):
        change(label)
    _agree(wrapped, plain)
    assert wrapped.heightForWidth(200) > before


def test_margins_and_a_style_sheet_are_measured_anew(qtbot) -> None:
    wrapped, plain = _pair(qtbot)
    bare = wrapped.heightForWidth(200)
    for label in (wrapped, plain):
        label.setContentsMargins(0, 20, 0, 20)
    _agree(wrapped, plain)
    assert wrapped.heightForWidth(200) == bare + 40
    for label in (wrapped, plain):
        label.setStyleSheet("font-size: 30px")
    _agree(wrapped, plain)


def test_many_widths_keep_the_memory_small_and_right(qtbot) -> None:
    wrapped, plain = _pair(qtbot)
    for width in range(50, 50 + 3 * HEIGHTS_KEPT):
        assert wrapped.heightForWidth(width) == plain.heightForWidth(width)
    assert len(wrapped._heights) <= HEIGHTS_KEPT


def test_in_a_layout_it_is_as_tall_as_a_plain_label(qtbot) -> None:
    """In a window a person sees: the label is as tall as its lines, narrow or wide."""
    holder = QWidget()
    qtbot.addWidget(holder)
    wrapped, plain = WrappedLabel(holder), QLabel(holder)
    plain.setWordWrap(True)
    layout = QVBoxLayout(holder)
    for label in (wrapped, plain):
        label.setText(LONGER)
        layout.addWidget(label)
    layout.addStretch(1)
    holder.resize(180, 900)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: wrapped.width() == plain.width() < 180)
    narrow = wrapped.height()
    assert narrow == plain.height() == plain.heightForWidth(plain.width())
    holder.resize(900, 900)
    qtbot.waitUntil(lambda: wrapped.width() > 600)
    assert wrapped.height() == plain.height() < narrow
