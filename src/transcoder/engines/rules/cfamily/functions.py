"""Function values in C++ and Java (a mixin of ``CFamilyBackend``): a local holding a lambda and
its calls (``ir.Invoke``). What differs, how the variable is declared and how it is called, is in
the target's own ``functions`` module beside its back end (``cpp/functions.py``: ``auto f =
[&](int v) {...};``, ``f(x)``; ``java/functions.py``: a ``java.util.function`` interface,
``f.applyAsInt(x)``).

A lambda's body prints as a function of its own (its returns convert to the lambda's result type).
"""

from __future__ import annotations

import dataclasses
import importlib
from types import ModuleType

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.mixin_base import CFamilyBackendBase


class FunctionValues(CFamilyBackendBase):
    """``expr_Invoke`` and the declaration of a variable holding a lambda."""

    def function_forms(self) -> ModuleType:
        package = type(self).__module__.rpartition(".")[0]
        return importlib.import_module(f"{package}.functions")

    def function_value_declaration(self, stmt: ir.VarDecl) -> bool:
        """Print ``stmt`` if it declares a function value; False for any other declaration."""
        if not isinstance(stmt.type, t.FunctionType) or isinstance(stmt.init, (ir.Call, ir.Name)):
            return False  # a function value a call returns, or another variable's: a plain variable
        if not isinstance(stmt.init, ir.Lambda):
            raise self.unsupported(stmt, "a function value other than a lambda")
        self.function_forms().declare(self, stmt, stmt.init)
        return True

    def lambda_body(self, made: ir.Lambda, closing: str) -> None:
        """The statements of a lambda with a block body, then ``closing``, as a function's body."""
        assert isinstance(made.body, ir.Block) and isinstance(made.type, t.FunctionType)
        enclosing = self.current
        self.current = ir.Function("lambda", made.params, made.type.result, made.body)
        self.indent += 1
        self.scopes.append({})
        for param in made.params:
            self.declare(param.name)
        self.statements(list(made.body.body))
        self.scopes.pop()
        self.indent -= 1
        self.current = enclosing
        self.emit(closing)

    def parameter_names(self, made: ir.Lambda) -> list[str]:
        """The lambda's parameters, refused where one would hide a local (Java rejects that)."""
        visible = {v for frame in self.scopes for v in frame.values()}
        names = [self.safe(p.name) for p in made.params]
        hidden = [n for n in names if n in visible]
        if hidden:
            raise self.unsupported(made, f"lambda parameter '{hidden[0]}' with the name of a local")
        return names

    def expr_Invoke(self, expr: ir.Invoke) -> tuple[str, int]:
        text: str = self.function_forms().invoke(self, expr)
        return (text, 15)


def with_result(made: ir.Lambda, result: t.Type) -> ir.Lambda:
    function = made.type
    if not isinstance(function, t.FunctionType):  # the front ends type every lambda they build
        raise TypeError(f"a lambda of type {function}")
    return dataclasses.replace(made, type=t.FunctionType(function.parameters, result))
