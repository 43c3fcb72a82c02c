"""Runtime helpers: code a translation carries with it, kept as real source files of its language.

Each target's ``runtime/`` package holds one source file of that language, compiled (or linted)
and run by tests on its own. Helpers sit between marker comments, ``<comment> helper NAME`` and
``<comment> end``; a back end copies the text between the markers of the helpers a translation
uses, and nothing else.
"""

from __future__ import annotations

from importlib import resources


def load_helpers(package: str, filename: str, comment: str) -> dict[str, str]:
    """Helper name -> its text, from the marked sections of ``filename`` in ``package``."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    helpers: dict[str, str] = {}
    name: str | None = None
    lines: list[str] = []
    start, end = f"{comment} helper ", f"{comment} end"
    for line in text.splitlines():
        if name is None and line.startswith(start):
            name, lines = line[len(start) :].strip(), []
        elif name is not None and line == end:
            helpers[name] = "\n".join(lines)
            name = None
        elif name is not None:
            lines.append(line)
    if name is not None:
        raise ValueError(f"{filename}: helper '{name}' has no '{end}' line")
    return helpers
