"""Which texts of a shown window do not fit the room they are given.

A translation is often longer than the English it replaces; Qt then elides it, cuts it off
at the edge of its widget or of the panel around it, wraps it into a label too short to show
the last line, or pushes tabs and menus out of sight. `clipped_texts(window)` measures every
visible text the way Qt lays it out and describes each one that does not fit, so a test can
assert the list is empty and a person can read what to shorten.

What is measured, in the widgets that are visible in `window` (not in its popups):

- QLabel on one line (plain, with its & mnemonic hidden when it has a buddy, or rich text
  through a QTextDocument): the text's width and height against the label's contents less
  its margin and indent.
- QLabel with word wrap: the height it needs at its width against its height (the last lines
  cut off), and the width of its laid-out lines against the room (a word wider than the
  label, or lines running under an edge that cuts the label off).
- QAbstractButton with text (push, tool, check and radio buttons): width below its size hint.
- QGroupBox: the title, as the style places it, wider than the box.
- QTabBar: a tab narrower than its size hint (its text elided), and tabs that together need
  more than the bar, so that scroll buttons appear.
- QComboBox: the current text wider than the edit field; QLineEdit: its text (or the
  placeholder) wider than the room inside the frame.
- QHeaderView (horizontal, of a table): a stretched or user-resizable section narrower or
  lower than its text needs (also multi-line text).
- QMenuBar: a top-level menu outside the bar, or the » extension button shown.
- QStatusBar: the message wider than the room the status bar paints it in.
- QScrollArea: a panel wider or taller than the area where it cannot scroll that way.
- Anything cut off by an ancestor that does not scroll in that direction (a scroll area
  without a horizontal scroll bar cuts a too-wide panel on the right) counts as less room.
- Overlap: two visible labels or buttons with text whose on-screen rectangles intersect.
"""

from __future__ import annotations

import math
from itertools import combinations

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QSizeGrip,
    QStatusBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

LINE_EDIT_MARGIN = 2  # QLineEditPrivate::horizontalMargin, on each side of the text
SHOWN_TEXT = 70  # characters of a text quoted in a description


def clipped_texts(window: QWidget) -> list[str]:
    """A description of every text in the shown `window` that does not fit; [] if all do."""
    widgets = [w for w in window.findChildren(QWidget) if _shown_in(w, window)]
    found: list[str] = []
    for widget in widgets:
        if isinstance(widget, QLabel):
            found += _label(widget, window)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget, window)
        elif isinstance(widget, QComboBox):
            found += _combo(widget, window)
        elif isinstance(widget, QLineEdit):
            found += _line_edit(widget, window)
        elif isinstance(widget, QTabBar):
            found += _tab_bar(widget, window)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QMenuBar):
            found += _menu_bar(widget)
        elif isinstance(widget, QStatusBar):
            found += _status_bar(widget, window)
        elif isinstance(widget, QScrollArea):
            found += _scroll_area(widget)
        if isinstance(widget, QGroupBox):
            found += _group_box(widget, window)
    found += _overlaps(widgets, window)
    return found


# --- where and how much room -------------------------------------------------------------------


def _shown_in(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def _kind(widget: QWidget) -> str:
    """The Qt class a widget is, also for the app's Python subclasses (_LineEdit → QLineEdit)."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("PySide6."):
            return cls.__name__
    return type(widget).__name__


def _name(widget: QWidget) -> str:
    """'summaryPanel/requiredGrowthValue': the nearest named ancestor and the widget's name
    (its class when it has none; Qt's own qt_* names count as none)."""

    def named(w: QWidget) -> str:
        name = w.objectName()
        return "" if name.startswith("qt_") else name

    own = named(widget) or _kind(widget)
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if named(parent):
            return f"{named(parent)}/{own}"
        parent = parent.parentWidget()
    return own


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= SHOWN_TEXT else text[: SHOWN_TEXT - 1] + "…")


def _on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scrolls(viewport: QWidget) -> tuple[bool, bool]:
    """Whether the scroll area whose viewport this is can scroll (horizontally, vertically)."""
    area = viewport.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area.horizontalScrollBar().isVisible(), area.verticalScrollBar().isVisible()
    return False, False


def _cut_off(widget: QWidget, window: QWidget) -> QSize:
    """How much of the widget's width and height its ancestors cut off, that much less room
    for its text. Inside a scroll area that scrolls in a direction, everything in that
    direction can be scrolled to: nothing counts as cut off in it from there outwards."""
    rect = _on_window(widget, window)
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    free_across = free_down = False
    parent = widget.parentWidget()
    while parent is not None:
        across, down = _scrolls(parent)
        free_across, free_down = free_across or across, free_down or down
        outer = _on_window(parent, window) if parent is not window else window.rect()
        if not free_across:
            left, right = max(left, outer.left()), min(right, outer.right())
        if not free_down:
            top, bottom = max(top, outer.top()), min(bottom, outer.bottom())
        if parent is window:
            break
        parent = parent.parentWidget()
    return QSize(rect.width() - max(right - left + 1, 0), rect.height() - max(bottom - top + 1, 0))


def _shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget that is on screen, in the window's coordinates."""
    rect = _on_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and not rect.isEmpty():
        rect = rect.intersected(
            _on_window(parent, window) if parent is not window else window.rect()
        )
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def _too_small(kind: str, widget: QWidget, text: str, needs: int, has: int, what: str = "") -> str:
    extent = f" {what}" if what else ""
    return f"{kind} '{_name(widget)}': {_quoted(text)} needs {needs} px{extent}, has {has} px"


# --- the widgets -------------------------------------------------------------------------------


def _is_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    if text_format == Qt.TextFormat.RichText or text_format == Qt.TextFormat.MarkdownText:
        return True
    return text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())


def _document(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)  # as QLabel sets its own
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())
    else:
        document.setHtml(label.text())
    return document


def _label(label: QLabel, window: QWidget) -> list[str]:
    text = label.text()
    if not text.strip():
        return []
    cut = _cut_off(label, window)
    contents = label.contentsRect()
    margin = label.margin()
    indent = label.indent()
    if indent < 0:  # Qt's default: half an x of indent when the label has a frame
        indent = label.fontMetrics().horizontalAdvance("x") // 2 if label.frameWidth() else 0
    horizontal = label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
    width = contents.width() - 2 * margin - (indent if horizontal & side else 0) - cut.width()
    height = contents.height() - 2 * margin - cut.height()
    found = []
    if label.wordWrap():
        shown_height = label.height() - cut.height()
        needed_height = label.heightForWidth(label.width())
        if needed_height > shown_height:
            found.append(
                _too_small("QLabel", label, text, needed_height, shown_height, "in height")
                + " (its last lines are cut off)"
            )
        # The lines are laid out at the label's whole width: a word wider than that, or
        # lines running into a part an ancestor cuts off, are cut on the right.
        whole_width = width + cut.width()
        if _is_rich(label):
            document = _document(label)
            document.setTextWidth(max(whole_width, 1))
            laid = math.ceil(document.idealWidth())
        else:
            flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
            if label.buddy() is not None:
                flags |= Qt.TextFlag.TextShowMnemonic
            laid = (
                label.fontMetrics()
                .boundingRect(QRect(0, 0, max(whole_width, 1), 100_000), flags, text)
                .width()
            )
        if laid > width:
            metrics = label.fontMetrics()
            words = _plain(text, label).split()
            widest_word = max(words, key=metrics.horizontalAdvance, default="")
            if metrics.horizontalAdvance(widest_word) > width:
                why = f" (the word {widest_word!r} is wider than the label)"
            else:
                why = " (its lines are cut off on the right)"
            found.append(_too_small("QLabel", label, text, laid, width) + why)
        return found
    if _is_rich(label):
        document = _document(label)
        needed = QSize(math.ceil(document.idealWidth()), math.ceil(document.size().height()))
    else:
        flags = Qt.TextFlag.TextExpandTabs
        if label.buddy() is not None:  # QLabel hides the & of a mnemonic only then
            flags |= Qt.TextFlag.TextShowMnemonic
        needed = label.fontMetrics().size(flags, text)
    if needed.width() > width:
        found.append(_too_small("QLabel", label, text, needed.width(), width))
    if needed.height() > height:
        found.append(_too_small("QLabel", label, text, needed.height(), height, "in height"))
    return found


def _plain(text: str, label: QLabel) -> str:
    """The words a plain label shows: without the & of its mnemonic when it has a buddy."""
    if label.buddy() is None:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(button: QAbstractButton, window: QWidget) -> list[str]:
    text = button.text()
    if not text.strip():
        return []
    cut = _cut_off(button, window)
    has = button.width() - cut.width()
    needs = max(button.sizeHint().width(), button.minimumSizeHint().width())
    if needs > has:
        return [_too_small(_kind(button), button, text, needs, has)]
    return []


def _group_box(box: QGroupBox, window: QWidget) -> list[str]:
    title = box.title()
    if not title.strip():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    # The style places the title from its own measure of it (Fusion's is bold); the same
    # margin again after it, as before it.
    needs = label.left() + label.width() + max(label.left(), 0)
    has = box.width() - _cut_off(box, window).width()
    if needs > has:
        return [_too_small("QGroupBox title", box, title, needs, has)]
    return []


def _tab_bar(bar: QTabBar, window: QWidget) -> list[str]:
    found = []
    total = 0
    shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
    for index in shown:
        hint = bar.tabSizeHint(index)
        rect = bar.tabRect(index)
        total += hint.width()
        if hint.width() > rect.width():
            found.append(
                _too_small("QTabBar tab", bar, bar.tabText(index), hint.width(), rect.width())
            )
    room = bar.width() - _cut_off(bar, window).width()
    scroll_buttons = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    if bar.usesScrollButtons() and (total > room or scroll_buttons):
        texts = ", ".join(_quoted(bar.tabText(i)) for i in shown)
        found.append(
            f"QTabBar '{_name(bar)}': the tabs {texts} need {total} px together, has {room} px"
            " (scroll buttons shown)"
        )
    return found


def _combo(combo: QComboBox, window: QWidget) -> list[str]:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():  # an editable one's QLineEdit is measured
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needs = combo.fontMetrics().horizontalAdvance(text)
    if not option.currentIcon.isNull():
        needs += option.iconSize.width() + 4
    has = field.width() - _cut_off(combo, window).width()
    if needs > has:
        return [_too_small("QComboBox", combo, text, needs, has)]
    return []


def _line_edit(edit: QLineEdit, window: QWidget) -> list[str]:
    if edit.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    text = edit.text() or edit.placeholderText()
    if not text.strip():
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    has = (
        inside.width()
        - margins.left()
        - margins.right()
        - 2 * LINE_EDIT_MARGIN
        - _cut_off(edit, window).width()
    )
    needs = edit.fontMetrics().horizontalAdvance(text)
    if needs > has:
        return [_too_small(_kind(edit), edit, text, needs, has)]
    return []


def _header(header: QHeaderView) -> list[str]:
    """A horizontal header's sections that stretch or that the user may resize: each needs
    room for its whole text, in width and (for a text of several lines) in height."""
    model = header.model()
    if header.orientation() != Qt.Orientation.Horizontal or model is None:
        return []
    sections = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    found = []
    for logical in sections:
        # Stretched sections share out the view's width; interactive ones (the stretched
        # last section too) the user may widen, but the width shown at first has to fit.
        # Fixed and resize-to-contents ones are sized on purpose.
        mode = header.sectionResizeMode(logical)
        if mode not in (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is None or not str(text).strip():
            continue
        needs = header.sectionSizeFromContents(logical)
        has_width = header.sectionSize(logical)
        if needs.width() > has_width:
            found.append(
                _too_small("QHeaderView section", header, str(text), needs.width(), has_width)
            )
        if needs.height() > header.height():
            found.append(
                _too_small(
                    "QHeaderView section",
                    header,
                    str(text),
                    needs.height(),
                    header.height(),
                    "in height",
                )
            )
    return found


def _menu_bar(bar: QMenuBar) -> list[str]:
    found = []
    room = bar.rect()
    for action in bar.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or not room.contains(geometry):
            found.append(
                f"QMenuBar '{_name(bar)}': the menu {_quoted(action.text())} is outside the bar "
                f"(at x {geometry.x()}–{geometry.x() + geometry.width()}, "
                f"the bar is {room.width()} px wide)"
            )
    extension = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if extension is not None and extension.isVisible():
        found.append(f"QMenuBar '{_name(bar)}': the » extension button is shown (menus hidden)")
    return found


def _status_bar(bar: QStatusBar, window: QWidget) -> list[str]:
    message = bar.currentMessage()
    if not message.strip():
        return []
    left, right = 6, bar.width() - 12  # QStatusBarPrivate::messageRect
    grip = bar.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = grip.x()
    has = right - left - _cut_off(bar, window).width()
    needs = bar.fontMetrics().horizontalAdvance(message)
    if needs > has:
        return [_too_small("QStatusBar message", bar, message, needs, has)]
    return []


def _scroll_area(area: QScrollArea) -> list[str]:
    """A panel wider (or taller) than its scroll area, which cannot scroll that way: the
    rest of it, texts and all, is cut off."""
    content, view = area.widget(), area.viewport()
    if content is None or not content.isVisible():
        return []
    found = []
    for needs, has, scroll_bar, edge in (
        (content.width(), view.width(), area.horizontalScrollBar(), "right"),
        (content.height(), view.height(), area.verticalScrollBar(), "bottom"),
    ):
        if needs > has and not scroll_bar.isVisible():
            found.append(
                f"QScrollArea '{_name(area)}': its content needs {needs} px, has {has} px "
                f"(cut off at the {edge}, no scroll bar)"
            )
    return found


def _overlaps(widgets: list[QWidget], window: QWidget) -> list[str]:
    texts = [w for w in widgets if isinstance(w, QLabel | QAbstractButton) and w.text().strip()]
    placed = [(w, _shown_rect(w, window)) for w in texts]
    placed = [(w, rect) for w, rect in placed if not rect.isEmpty()]
    found = []
    for (one, first), (other, second) in combinations(placed, 2):
        if one.isAncestorOf(other) or other.isAncestorOf(one) or not first.intersects(second):
            continue
        common = first.intersected(second)
        found.append(
            f"{_kind(one)} '{_name(one)}' {_quoted(one.text())} and {_kind(other)} "
            f"'{_name(other)}' {_quoted(other.text())} overlap by "
            f"{common.width()}×{common.height()} px"
        )
    return found
