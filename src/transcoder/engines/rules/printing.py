"""The row type of the printing tables: how a target spells a library operation as a template.

Each target package has a ``printing`` module: a table from every ``ir.LibOp`` to a ``Form`` (a
template over the rendered arguments) or to a small function of the back end and the call, for
spellings that depend on types, ranges or container kinds.
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Form:
    """A target spelling: ``template`` formatted with the rendered arguments.

    ``{0}``, ``{1}``... are arguments rendered as standalone expressions (call arguments);
    ``{r0}`` is argument 0 rendered as a receiver (``x`` in ``x.size()``), parenthesised if needed.
    """

    template: str
    """The spelling, e.g. ``math.sqrt({0})``."""
    precedence: int = 100
    """Binding strength of the result (100: an atom or call)."""
    imports: tuple[str, ...] = ()
    """Imports or includes the spelling needs."""

    @property
    def fields(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The argument positions the template uses as arguments, and as receivers."""
        return _fields(self.template)


@functools.cache
def _fields(template: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    arguments: set[int] = set()
    receivers: set[int] = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is None:
            continue
        if field.startswith("r"):
            receivers.add(int(field[1:]))
        else:
            arguments.add(int(field))
    return tuple(sorted(arguments)), tuple(sorted(receivers))
