"""What a project's context is made of, shared by the rule engine's context reader
(``rules/context.py``) and each language's (``<lang>/context.py``): a file of the project and the
source text with the declarations spliced in. Its own module so that the language readers, which
``context.py`` calls, do not import ``context.py`` back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ANY_TYPE = "*"
"""A note's key for every name (a C++ include the context does not hold explains them all)."""


@dataclass(frozen=True, slots=True)
class ContextFile:
    """One file of the project a translation may read declarations from."""

    name: str
    """Its path as given (relative to the context directory when a directory was given)."""
    text: str
    """Its text."""

    @property
    def stem(self) -> str:
        return Path(self.name).stem


@dataclass
class Splice:
    """The source text with the context's declarations spliced in, and where each line came from."""

    text: str
    origins: list[tuple[str | None, int]]
    """Per line of ``text`` (0-based index): (None, line of the file) or (context file, line)."""
    notes: dict[str, str] = field(default_factory=dict)
    """Names the context declares but that are not read, and why (for refusals naming them)."""

    def locate(self, line: int) -> tuple[str | None, int]:
        if 1 <= line <= len(self.origins):
            return self.origins[line - 1]
        return None, line
