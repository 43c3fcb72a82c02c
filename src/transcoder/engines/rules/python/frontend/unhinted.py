"""The refusal of an object use (a method, an attribute) of a parameter without a type hint.

A parameter without a hint or a --signature is taken for an int until its uses say otherwise
(``infer.py``), so a method or attribute no type of the engine has would be refused as 'method
read() on a int', which misleads: the parameter's type is unknown, not an int."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.base import BuilderBase


def unhinted_parameter(
    builder: BuilderBase, owner: Syntax, node: Syntax, use: str
) -> UnsupportedConstruct | None:
    """The refusal of ``owner``'s ``use`` at ``node`` when ``owner`` is such a parameter, else None."""
    name = node_text(owner)
    if owner.type != "identifier" or name not in builder.types.params or name in builder.types.pinned:
        return None
    return builder.unsupported(
        node, f"parameter '{name}' has no type hint and is used as an object with {use}"
    )
