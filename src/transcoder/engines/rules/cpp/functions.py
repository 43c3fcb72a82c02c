"""How C++ spells function values (``cfamily/functions.py``): ``auto f = [&](int v) {...};``
(captured by reference, as the source's closures see its variables) and ``f(x)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend


def _parameters(b: CppBackend, made: ir.Lambda) -> str:
    names = b.parameter_names(made)
    return ", ".join(
        f"{b.type_name(p.type)} {name}" if t.is_numeric(p.type) or isinstance(p.type, t.BoolType)
        else f"const {b.type_name(p.type)}& {name}"
        for p, name in zip(made.params, names, strict=True)
    )  # fmt: skip


def declare(b: CppBackend, stmt: ir.VarDecl, made: ir.Lambda) -> None:
    name = b.declare(stmt.name)
    head = f"auto {name} = [&]({_parameters(b, made)})"
    if not isinstance(made.body, ir.Block):
        b.emit(f"{head} {{ return {b.expr(made.body)}; }};")
        return
    assert isinstance(made.type, t.FunctionType)
    b.emit(f"{head} -> {b.type_name(made.type.result)} {{")
    b.lambda_body(made, "};")


def invoke(b: CppBackend, expr: ir.Invoke) -> str:
    return f"{b.expr(expr.callee, 15)}({', '.join(b.expr(a) for a in expr.args)})"
