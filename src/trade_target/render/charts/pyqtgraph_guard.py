"""One guard around pyqtgraph, for a window being taken down.

A legend is anchored to its plot's view box: pyqtgraph moves it whenever either changes
size. While Qt destroys a window, a legend can change size (its rows go) a moment after
its view box is gone, and pyqtgraph then asks the deleted view box for its size, which
raises in the event loop. Skipping the move when the view box is gone loses nothing: the
legend is going too.
"""

from __future__ import annotations

import shiboken6
from pyqtgraph.graphicsItems.GraphicsWidgetAnchor import GraphicsWidgetAnchor

_MOVE = "_GraphicsWidgetAnchor__geometryChanged"  # pyqtgraph's private handler
_PARENT = "_GraphicsWidgetAnchor__parent"


def _install() -> None:
    original = getattr(GraphicsWidgetAnchor, _MOVE, None)
    if original is None or getattr(original, "guarded", False):
        return  # another pyqtgraph, or done already

    def move_unless_gone(self: GraphicsWidgetAnchor) -> None:
        parent = getattr(self, _PARENT, None)
        if parent is not None and not shiboken6.isValid(parent):
            return
        if not shiboken6.isValid(self):
            return
        original(self)

    move_unless_gone.guarded = True  # type: ignore[attr-defined]
    setattr(GraphicsWidgetAnchor, _MOVE, move_unless_gone)


_install()
