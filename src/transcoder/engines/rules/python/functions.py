"""Function values in Python (a mixin of ``PythonBackend``): a variable holding a lambda is
``f = lambda v: ...``, or a nested ``def f(v):`` when its body has statements; ``f(x)`` calls it.
Python's closures read a variable when the function runs, as the source's do (C++ captures by value
are refused by the front end where the variable changes)."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.mixin_base import PythonBackendBase


class FunctionValues(PythonBackendBase):
    """``expr_Invoke`` and the declaration of a variable holding a lambda."""

    def function_value_declaration(self, stmt: ir.VarDecl) -> bool:
        """Print ``stmt`` if it declares a function value; False for any other declaration."""
        made = stmt.init
        if not isinstance(stmt.type, t.FunctionType) or isinstance(stmt.init, ir.Call | ir.Name):
            return False  # a function value a call returns, or another variable's: a plain variable
        if not isinstance(made, ir.Lambda):
            raise self.unsupported(stmt, "a function value other than a lambda")
        if not isinstance(made.body, ir.Block):
            self.emit(f"{self.name(stmt.name)} = {self.expr(made)}")
            return True
        params = ", ".join(self.name(p.name) for p in made.params)
        self.emit(f"def {self.name(stmt.name)}({params}):")
        self.block(made.body)
        return True

    def expr_Invoke(self, expr: ir.Invoke) -> tuple[str, int]:
        return (f"{self.expr(expr.callee, 100)}({', '.join(self.expr(a) for a in expr.args)})", 100)
