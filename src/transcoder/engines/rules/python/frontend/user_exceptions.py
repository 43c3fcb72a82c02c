"""User exception classes: ``class ParseError(ValueError): pass``.

A class of the file whose one base is a standard exception (or another such class) and whose body
is only ``pass``, a docstring or ``...`` adds nothing to its base but a name. Raised, it is its
base's kind (``exceptions.py``): every handler of a standard exception that catches it in Python
(``except ValueError``, ``except Exception``) catches that kind in every target too, and one that
does not catch it does not catch the kind either. What only the name tells apart is refused with
its place: a handler naming the class (``except ParseError``) would catch every exception of the
base kind in the translation.

A class with fields, methods or a constructor of its own, or several bases, is not one of these and
goes to ``classes.py`` (which refuses a library base class).
"""

from __future__ import annotations

from transcoder.engines.rules import exceptions
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text


def exception_base(node: Syntax, known: dict[str, str]) -> str | None:
    """The Python name of the standard exception the class ``node`` (a class definition) only renames,
    through the classes of ``known`` (user class -> that name), or None."""
    bases = node.child_by_field_name("superclasses")
    if bases is None or len(bases.named_children) != 1 or bases.named_children[0].type != "identifier":
        return None
    base = node_text(bases.named_children[0])
    base = known.get(base, base)
    if exceptions.read("python", base) is None:
        return None
    for statement in node.field("body").named_children:
        if statement.type in ("pass_statement", "comment"):
            continue
        if statement.type == "expression_statement" and statement.named_children[0].type in ("string", "ellipsis"):
            continue
        return None
    return base
