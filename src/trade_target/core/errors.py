"""Typed errors that name the field at fault, so every view can put the message beside it."""

from __future__ import annotations


class TradeTargetError(Exception):
    """Base of every error the core raises on purpose."""


class InputError(TradeTargetError, ValueError):
    """A user-supplied value is unusable; `field` names the input it came from."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DatasetError(TradeTargetError):
    """The dataset file is unreadable or does not hold what it should."""
