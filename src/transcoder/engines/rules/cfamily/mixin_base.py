"""The common base of ``CFamilyBackend``'s mixins (exceptions, labels, function values).

The mixins print with what ``CFamilyBackend`` defines (emitting lines, printing expressions and
statements, naming locals); those members are declared here, for the type checker only, so that
a mixin's methods are checked against the real signatures without annotating ``self`` as the class
the mixins make up (which the type checker cannot verify).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.cfamily.exceptions import ExceptionForms


class CFamilyBackendBase:
    """What the C-family back end's parts know of each other: its state and its printing methods."""

    target_name = ""
    ir_module: ir.Module
    lines: list[str]
    indent: int
    scopes: list[dict[str, str]]  # source name -> printed name
    current: ir.Function | None  # the function being printed

    if TYPE_CHECKING:
        # defined by CFamilyBackend (backend.py)
        def unsupported(self, node: ir.Node, what: str) -> UnsupportedConstruct: ...

        def emit(self, line: str) -> None: ...

        def safe(self, name: str) -> str: ...

        def declare(self, name: str) -> str: ...

        def temp(self, base: str = "temp") -> str: ...

        def statements(self, body: list[ir.Stmt]) -> None: ...

        def stmt(self, stmt: ir.Stmt) -> None: ...

        def body(self, stmt: ir.Stmt, suffix: str = "") -> None: ...

        def stmt_Block(self, stmt: ir.Block) -> None: ...

        def expr(self, expr: ir.Expr | None, min_prec: int = 0) -> str: ...

        # exceptions.py
        def exception_forms(self) -> ExceptionForms: ...
