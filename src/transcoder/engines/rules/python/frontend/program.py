"""Python front end, whole programs: a script's ``if __name__ == "__main__":`` block is its entry
point (``ir.Module.entry``).

The block is read as the body of a function (``main``, or ``main_`` ... where the file has a
``main``), so that the rest of the front end reads it as any function: its variables are that
function's locals. The rewrite keeps every line where it was (the guard's line becomes the
function's header), so locations in messages stay the source's. A name the block assigns and a
function of the file reads is a module-level variable in Python: the front end then refuses the
unknown name in that function, with its line and column.
"""

from __future__ import annotations

import re

_GUARD = re.compile(
    r"""^if\s*\(?\s*(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*\)?\s*:""",
    re.MULTILINE,
)


def script_entry(code: str) -> tuple[str, str | None]:
    """``code`` with its top-level ``__main__`` guard turned into a function, and that function's
    name; ``code`` unchanged and None when it has no such guard (or one with an ``else``)."""
    guards = list(_GUARD.finditer(code))
    if len(guards) != 1:
        return code, None
    guard = guards[0]
    after = code[guard.end() :]
    if re.search(r"^else\s*:", after, re.MULTILINE) or not re.match(r"[ \t]*(#.*)?\n", after):
        return code, None  # an else branch, or a body on the guard's own line
    name = "main"
    while re.search(rf"^def\s+{name}\s*\(", code, re.MULTILINE):
        name += "_"
    header = f"def {name}():"
    return code[: guard.start()] + header + code[guard.end() :], name
