"""The common base of ``JavaFrontEnd``'s mixins (classes, standard input, sorting).

Each mixin calls methods that ``JavaFrontEnd`` defines; they are declared here, for the type
checker only, so that a mixin's methods are checked against the real signatures without
annotating ``self`` as the class the mixins make up (which the type checker cannot verify).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import CFamilyFrontEnd


class JavaFrontEndBase(CFamilyFrontEnd):
    """What the Java front end's parts know of each other: its state and its cross-part methods."""

    function_name: str | None  # the method being built (None at class level)
    default_maps: dict[str, ir.Expr]
    linked: set[tuple[str | None, str]]
    readers: set[str]

    if TYPE_CHECKING:
        # defined by JavaFrontEnd (__init__.py)
        def expression(
            self, node: tree_sitter.Node, statement: bool = False, expected: t.Type | None = None
        ) -> ir.Expr: ...

        def declared_type(self, node: tree_sitter.Node) -> t.Type: ...

        def type_of(self, node: tree_sitter.Node | None, context: tree_sitter.Node) -> t.Type: ...

        def array_initializer(self, node: tree_sitter.Node, type_: t.Type) -> ir.Expr: ...
