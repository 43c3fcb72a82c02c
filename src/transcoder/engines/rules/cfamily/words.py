"""The words of a printed C++ or Java text: what the shells ask before they parse it again.

The C++ includes and the Java imports and class name are computed from the identifiers a
tree-sitter parse of the printed text finds (``cpp/shell.py``, ``java/shell.py``). Most printed
functions name no library class or header at all, and a parse costs more than the rest of the
shell: where none of the names asked about is a word of the text, none is an identifier of it,
and the parse is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z_]\w*")


@lru_cache(maxsize=16)
def words(code: str) -> frozenset[str] | None:
    """Every word of ``code`` (its identifiers among them, and words of strings and comments), or
    None where a word might not show an identifier whole (a non-ASCII text, a ``$`` in a name).

    In ASCII without ``$``, an identifier is a run of ``[A-Za-z0-9_]`` that starts with a letter
    or ``_`` and that no such character touches (the lexer takes the longest run), so it is one
    of these words."""
    if not code.isascii() or "$" in code:
        return None
    return frozenset(_WORD.findall(code))


def may_name(code: str, names: Collection[str]) -> bool:
    """Whether ``code`` may have an identifier in ``names`` (False: it has none)."""
    found = words(code)
    return found is None or not found.isdisjoint(names)
