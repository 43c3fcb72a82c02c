"""Scopes: a C++ declaration that shadows a variable of an enclosing block gets a name of its own.

C++ gives every block its scope: ``int y = x; { int y = 2 * x; x += y; } return x + y;`` has two
``y``s, and a ``for (int i = ...)`` inside a function with an ``i`` of its own leaves that ``i``
alone. Python has one scope per function (the two ``y``s would be one variable) and Java forbids
the shadowing. Renaming the inner declaration (``y2``) and its uses keeps both apart in every
target. Java sources cannot shadow a local, and Python sources have no block scopes.
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir, irtools


def unique_locals(module: ir.Module) -> ir.Module:
    """``module`` with each shadowing declaration (and its uses) renamed."""
    functions = tuple(_Renamer(f).function() for f in module.functions)
    if all(new is old for new, old in zip(functions, module.functions, strict=True)):
        return module
    return dataclasses.replace(module, functions=functions)


class _Renamer:
    def __init__(self, function: ir.Function) -> None:
        self.original = function
        self._taken: set[str] | None = None
        self.changed = False

    @property
    def taken(self) -> set[str]:
        """Every name the function uses or declares, found at the first renaming (most
        functions have none)."""
        if self._taken is None:
            self._taken = {
                n.id if isinstance(n, ir.Name) else n.name
                for n in irtools.nodes(self.original)
                if isinstance(n, ir.Name | ir.VarDecl | ir.ForEach | ir.Param)
            }
        return self._taken

    def function(self) -> ir.Function:
        declared = [p.name for p in self.original.params] + [
            n.name for n in irtools.nodes(self.original.body) if isinstance(n, ir.VarDecl | ir.ForEach)
        ]
        if len(set(declared)) == len(declared):
            return self.original  # every name declared once: nothing can shadow (most functions)
        visible = {p.name: p.name for p in self.original.params}
        body = self.block(self.original.body, visible)
        return dataclasses.replace(self.original, body=body) if self.changed else self.original

    def fresh(self, name: str) -> str:
        new = next(f"{name}{i}" for i in range(2, 1000) if f"{name}{i}" not in self.taken)
        self.taken.add(new)
        self.changed = True
        return new

    def declare(self, name: str, visible: dict[str, str], here: set[str]) -> str:
        """The name a declaration of ``name`` gets in a scope where ``visible`` is in sight."""
        printed = self.fresh(name) if name in visible and name not in here else name
        visible[name] = printed
        here.add(name)
        return printed

    def block(self, block: ir.Block, outer: dict[str, str]) -> ir.Block:
        visible = dict(outer)
        here: set[str] = set()
        body = tuple(self.statement(stmt, visible, here) for stmt in block.body)
        return dataclasses.replace(block, body=body)

    def statement(self, stmt: ir.Stmt, visible: dict[str, str], here: set[str]) -> ir.Stmt:
        if isinstance(stmt, ir.Block):
            return self.block(stmt, visible)
        if isinstance(stmt, ir.VarDecl):
            init = self.expr(stmt.init, visible) if stmt.init is not None else None
            return dataclasses.replace(stmt, name=self.declare(stmt.name, visible, here), init=init)
        if isinstance(stmt, ir.For):
            inner = dict(visible)
            inner_here: set[str] = set()
            loop_init = tuple(self.statement(s, inner, inner_here) for s in stmt.init)
            return dataclasses.replace(
                stmt,
                init=loop_init,
                condition=self.expr(stmt.condition, inner) if stmt.condition is not None else None,
                update=tuple(self.expr(u, inner) for u in stmt.update),
                body=self.nested(stmt.body, inner),
            )
        if isinstance(stmt, ir.ForEach):
            iterable = self.expr(stmt.iterable, visible)
            inner = dict(visible)
            name = self.declare(stmt.name, inner, set())
            return dataclasses.replace(stmt, name=name, iterable=iterable, body=self.nested(stmt.body, inner))
        return self.generic(stmt, visible)

    def nested(self, stmt: ir.Stmt, visible: dict[str, str]) -> ir.Stmt:
        """A statement in its own scope (a branch, a loop body)."""
        if isinstance(stmt, ir.Block):
            return self.block(stmt, visible)
        return self.statement(stmt, dict(visible), set())

    def generic(self, node: ir.Stmt, visible: dict[str, str]) -> ir.Stmt:
        changes: dict[str, object] = {}
        for spec in dataclasses.fields(node):
            value = getattr(node, spec.name)
            if isinstance(value, ir.Stmt):
                changes[spec.name] = self.nested(value, visible)
            elif isinstance(value, ir.Expr):
                changes[spec.name] = self.expr(value, visible)
            elif spec.name == "cases" and isinstance(node, ir.Switch):
                scope = dict(visible)  # a switch's cases share one scope
                scope_here: set[str] = set()
                changes["cases"] = tuple(
                    dataclasses.replace(c, body=tuple(self.statement(s, scope, scope_here) for s in c.body))
                    for c in node.cases
                )
        return dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]

    def expr(self, expr: ir.Expr | None, visible: dict[str, str]) -> ir.Expr:
        assert expr is not None
        renamed = {name: new for name, new in visible.items() if name != new}
        if not renamed:
            return expr

        def rename(node: ir.Node) -> ir.Node:
            if isinstance(node, ir.Name) and node.id in renamed:
                return dataclasses.replace(node, id=renamed[node.id])
            return node

        result = ir.transform(expr, rename)
        assert isinstance(result, ir.Expr)
        return result
