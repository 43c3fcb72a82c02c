"""The common base of ``CppFrontEnd``'s mixins (classes, declarations, iterators, programs).

Each mixin calls methods that another part of the front end defines; they are declared here, for
the type checker only, so that a mixin's methods are checked against the real signatures without
annotating ``self`` as the class the mixins make up (which the type checker cannot verify).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import CFamilyFrontEnd


class CppFrontEndBase(CFamilyFrontEnd):
    """What the C++ front end's parts know of each other: its state and its cross-part methods."""

    c_strings: set[str]
    defaults: dict[str, tuple[ir.Expr | None, ...]]
    iterator_names: set[str]
    array_lengths: dict[str, tree_sitter.Node]
    new_arrays: set[str]
    declared_iterators: set[str]
    found_iterators: dict[str, tuple[str, str]]
    aliases: dict[str, t.Type]
    storage: set[str]
    whole_program: bool
    namespaces: set[str]
    parameter_types: dict[str, tuple[t.Type | None, ...]]

    if TYPE_CHECKING:
        # defined by CppFrontEnd (__init__.py)
        def type_of(self, node: tree_sitter.Node | None, context: tree_sitter.Node) -> t.Type: ...

        def declarator(
            self, node: tree_sitter.Node | None, decl: tree_sitter.Node
        ) -> tuple[str | None, t.Type, bool]: ...

        def body(self, node: tree_sitter.Node) -> ir.Stmt: ...

        def assignable(self, node: tree_sitter.Node) -> ir.Expr: ...

        # classes.py
        def new_object(
            self, type_: t.ClassType, args: list[ir.Expr], node: tree_sitter.Node | ir.Node
        ) -> ir.Expr: ...

        def pointer_variable(
            self, base: t.Type, name: str, value_node: tree_sitter.Node | None, node: tree_sitter.Node
        ) -> ir.VarDecl | None: ...

        # declarations.py
        def expression_of_name(self, name: str, node: tree_sitter.Node) -> ir.Expr: ...

        def brace_init(
            self, type_: t.Type, value_node: tree_sitter.Node, node: tree_sitter.Node
        ) -> ir.Expr: ...

        # iterators.py
        def found_iterator(
            self, node: tree_sitter.Node, declarators: list[tree_sitter.Node]
        ) -> ir.VarDecl | None: ...

        def iterator_range(
            self, first: tree_sitter.Node, last: tree_sitter.Node, node: tree_sitter.Node
        ) -> tuple[ir.Expr, ir.Expr | None, ir.Expr | None]: ...

        # program.py
        def arrays_from_storage(self, function: ir.Function) -> ir.Function: ...
