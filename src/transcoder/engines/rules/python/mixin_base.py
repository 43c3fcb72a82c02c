"""The common base of ``PythonBackend``'s mixins (containers, loops, exceptions, labels, function
values).

The mixins print with what ``PythonBackend`` defines (emitting lines, printing expressions and
statements, naming); those members are declared here, for the type checker only, so that a
mixin's methods are checked against the real signatures without annotating ``self`` as the class
the mixins make up (which the type checker cannot verify).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct


class PythonBackendBase:
    """What the Python back end's parts know of each other: its state and its printing methods."""

    ir_module: ir.Module
    imports: set[str]  # import lines the text needs
    helpers: set[str]  # runtime helpers the text needs
    loop_stack: list[list[str]]  # lines to run before `continue`, per loop
    indent: int
    lines: list[str]
    current: ir.Function | None  # the function being printed
    indexed_maps: set[t.Type] | None  # map types read with C++ `m[key]` (computed on first use)
    name_counts: dict[str, int]  # occurrences of each name in the current function

    if TYPE_CHECKING:
        # defined by PythonBackend (backend.py)
        def unsupported(self, node: ir.Node, what: str) -> UnsupportedConstruct: ...

        def emit(self, line: str) -> None: ...

        def name(self, name: str) -> str: ...

        def builtin(self, name: str) -> str: ...

        def block(self, stmt: ir.Stmt) -> None: ...

        def stmt(self, stmt: ir.Stmt) -> None: ...

        def stmt_ExprStmt(self, stmt: ir.ExprStmt) -> None: ...

        def incdec_text(self, inc: ir.IncDec) -> str: ...

        def condition_text(self, expr: ir.Expr) -> str: ...

        def expr(self, expr: ir.Expr | None, min_prec: int = 0) -> str: ...

        def numeric(self, expr: ir.Expr, min_prec: int) -> str: ...

        def zero(self, type_: t.Type) -> str: ...

        # containers.py
        def in_order(self, iterable: ir.Expr) -> str: ...
