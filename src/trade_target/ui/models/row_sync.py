"""Telling views how a table's rows changed, so selections and scroll positions survive."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def _block(longer: Sequence[Hashable], shorter: Sequence[Hashable]) -> tuple[int, int] | None:
    """Where `longer` is `shorter` with one contiguous block inserted: (first, last) row."""
    extra = len(longer) - len(shorter)
    if extra <= 0:
        return None
    first = 0
    while first < len(shorter) and longer[first] == shorter[first]:
        first += 1
    if list(longer[first + extra :]) != list(shorter[first:]):
        return None
    return first, first + extra - 1


def replace_rows(
    model: QAbstractItemModel,
    old_keys: Sequence[Hashable],
    new_keys: Sequence[Hashable],
    commit: Callable[[], None],
) -> bool:
    """Swap in the new rows with `commit`, announcing an insertion, a removal or a reset.

    Returns True when rows kept their places, so the caller should announce changed cells.
    """
    root = QModelIndex()
    if len(new_keys) == len(old_keys):
        commit()
        return True
    inserted = _block(new_keys, old_keys)
    if inserted:
        model.beginInsertRows(root, *inserted)
        commit()
        model.endInsertRows()
        return True
    removed = _block(old_keys, new_keys)
    if removed:
        model.beginRemoveRows(root, *removed)
        commit()
        model.endRemoveRows()
        return True
    model.beginResetModel()
    commit()
    model.endResetModel()
    return False


def changed_rows(old: Sequence[object], new: Sequence[object], *also: int) -> list[int]:
    """The rows of `new` holding another object than `old` held there (when both are as
    long), and the rows `also` (whose look changed: the one in bold), in order, each once."""
    rows = set(also)
    if len(old) == len(new):
        rows.update(
            row for row, (was, now) in enumerate(zip(old, new, strict=True)) if was is not now
        )
    return sorted(row for row in rows if 0 <= row < len(new))


def announce_rows(model: QAbstractItemModel, rows: Sequence[int], last_column: int = 0) -> None:
    """dataChanged for each run of consecutive `rows`: views (and a table's column fit) then
    read those rows again, not every row of a workbook of thousands."""
    start = 0
    for position, row in enumerate(rows):
        if position + 1 == len(rows) or rows[position + 1] != row + 1:
            first = rows[start]
            model.dataChanged.emit(model.index(first, 0), model.index(row, last_column))
            start = position + 1
