"""Library tables: how each target language spells the IR's library operations (``ir.LibOp``).

One module per target (``python``, ``java``, ``cpp``), each a dict from ``LibOp`` to a
``Form``. Operations whose spelling depends on more than the argument text (sorting with a
comparator, ranges, container kinds) are handled in the back end's code, which says so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Form:
    """A target spelling: ``template`` formatted with the rendered arguments.

    ``{0}``, ``{1}``... are arguments rendered as standalone expressions (call arguments);
    ``{r0}`` is argument 0 rendered as a receiver (``x`` in ``x.size()``), parenthesised if needed.
    """

    template: str  # the spelling, e.g. "math.sqrt({0})"
    precedence: int = 100  # binding strength of the result (100: an atom or call)
    imports: tuple[str, ...] = ()  # imports/includes the form needs
