"""More of the container surface, built from the IR's operations: ``list.extend``/``index``/
``remove``/``copy``, ``dict.setdefault``/``pop`` with a default, and the set operators ``|``, ``&``,
``-``, ``^`` (each a new set filled by a loop, as Python builds one). Where Python raises (``index``
and ``remove`` of a value that is not there) the translation raises ``ValueError``'s kind too."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import finalize
from transcoder.errors import SourceLocation

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.methods import MethodCall

NOTHING = ir.NullLiteral(type=t.VOID)
"""A call whose work is all in the statements before it: no statement of its own."""

_SET_OPERATORS = {"|": "union", "&": "intersection", "-": "difference", "^": "symmetric difference"}


def as_element(item: ir.Expr, element: t.Type) -> ir.Expr:
    """``item`` converted to a container's element type where the widths differ (Java boxes an int
    as an Integer, which a List<Long> does not take)."""
    if isinstance(item.type, t.IntType) and isinstance(element, t.IntType) and item.type.bits != element.bits:
        return ir.Cast(item, type=element)
    if (
        isinstance(item, ir.Binary)
        and item.op == B.FLOOR_MOD
        and element == t.LONG
        and isinstance(item.right.type, t.IntType)
        and item.right.type.bits == 32
    ):
        # Java's Math.floorMod(long, int) is an int, which a List<Long> does not take
        return dataclasses.replace(item, right=ir.Cast(item.right, type=element))
    return item


def _not_found(what: str, loc: SourceLocation) -> ir.Stmt:
    message = ir.StringLiteral(what, type=t.STRING)
    return ir.Throw("invalid_argument", message, location=loc)


class ContainerOperations(BuilderBase):
    def more_list_methods(self, call: MethodCall) -> ir.Expr | None:
        """``extend``, ``index``, ``remove`` and ``copy`` of a list (None: not one of them; a
        statement-only one gives its statements to ``pre`` and returns ``NOTHING``)."""
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        if method == "extend" and len(values) == 1:
            source = values[0]
            if isinstance(source, ir.Name) and isinstance(owner, ir.Name) and source.id == owner.id:
                raise self.unsupported(call.node, "a list extended by itself")
            self.pre += self.appended(owner, source, loc)
            return self.nothing(call)
        if method == "index" and len(values) == 1:
            return self.position_of(owner, self.argument(call, 0), loc)
        if method == "remove" and len(values) == 1:
            wanted = self.stable(self.argument(call, 0), "wanted", loc)
            absent = ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(L.CONTAINS, (owner, wanted), type=t.BOOL), type=t.BOOL)
            self.pre.append(ir.If(absent, ir.Block((_not_found("list.remove(x): x not in list", loc),))))
            self.pre.append(ir.ExprStmt(ir.LibraryCall(L.LIST_REMOVE_VALUE, (owner, wanted), type=t.VOID)))
            return self.nothing(call)
        if method == "copy" and not values:
            type_ = t.ListType(t.element_type(owner.type))
            return ir.NewContainer(source=owner, type=type_, location=loc)
        return None

    def nothing(self, call: MethodCall) -> ir.Expr:
        """The value of a call done by statements alone: ``NOTHING`` (the statement drops it)."""
        if not call.statement:
            raise self.unsupported(call.node, f"{call.method}() used as a value (it returns None)")
        return NOTHING

    def position_of(self, sequence: ir.Expr, wanted: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``a.index(x)``: the first position of x, or ValueError's kind raised."""
        found = ir.Name(self.fresh("position"), type=t.INT)
        counter = ir.Name(self.fresh("i"), type=t.INT)
        wanted = self.stable(wanted, "wanted", loc)
        element = ir.Index(sequence, counter, type=t.element_type(sequence.type))
        hit = ir.Block((ir.ExprStmt(ir.AssignExpr(found, counter, type=t.INT)), ir.Break()))
        self.pre += [
            ir.VarDecl(found.id, t.INT, ir.IntLiteral(-1, type=t.INT), location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT)),),
                ir.Binary(B.LT, counter, self.length_of(sequence), type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block((ir.If(ir.Binary(B.EQ, element, wanted, type=t.BOOL), hit),)),
                location=loc,
            ),
            ir.If(
                ir.Binary(B.LT, found, ir.IntLiteral(0, type=t.INT), type=t.BOOL),
                ir.Block((_not_found("list.index(x): x not in list", loc),)),
            ),
        ]
        return found

    def more_dict_methods(self, call: MethodCall) -> ir.Expr | None:
        """``setdefault`` and ``pop`` (with or without a default) of a dict, as values too."""
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        kind = owner.type
        assert isinstance(kind, t.MapType)
        if method == "setdefault" and len(values) == 2:
            self.element_hint(owner, t.MapType(self.observed(values[0]), self.observed(values[1])))
            key = self.stable(self.argument(call, 0, kind.key), "key", loc)
            absent = ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(L.CONTAINS, (owner, key), type=t.BOOL), type=t.BOOL)
            put = ir.LibraryCall(L.MAP_PUT, (owner, key, self.argument(call, 1, kind.value)), type=t.VOID)
            self.pre.append(ir.If(absent, ir.Block((ir.ExprStmt(put),)), location=loc))
            return ir.Index(owner, key, type=kind.value, location=loc) if not call.statement else self.nothing(call)
        if method == "pop" and len(values) in (1, 2) and not call.statement:
            key = self.stable(self.argument(call, 0, kind.key), "key", loc)
            value: ir.Expr = (
                ir.LibraryCall(L.MAP_GET_OR, (owner, key, self.argument(call, 1, kind.value)), type=kind.value)
                if len(values) == 2
                else ir.LibraryCall(L.MAP_GET, (owner, key), type=kind.value)
            )
            popped = ir.Name(self.fresh("popped"), type=finalize(kind.value) if self.final else kind.value)
            self.pre.append(ir.VarDecl(popped.id, popped.type, value, location=loc))
            self.pre.append(ir.ExprStmt(ir.LibraryCall(L.MAP_REMOVE, (owner, key), type=t.VOID), location=loc))
            return popped
        if method == "pop" and len(values) == 2:
            key = self.argument(call, 0, kind.key)
            return ir.LibraryCall(L.MAP_REMOVE, (owner, key), type=t.VOID, location=loc)
        return None

    def concatenated(self, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr:
        """``a + b`` of lists: a new list of both one after the other."""
        loc = self.location(node)
        element = t.element_type(left.type)
        if isinstance(element, t.UnknownType):
            element = t.element_type(right.type)
        type_ = t.ListType(finalize(element) if self.final else element)
        result = ir.Name(self.fresh("joined"), type=type_)
        self.pre.append(ir.VarDecl(result.id, type_, ir.NewContainer(type=type_), location=loc))
        for source in (left, right):
            self.pre += self.appended(result, source, loc)
        return result

    def appended(self, target: ir.Expr, source: ir.Expr, loc: SourceLocation) -> list[ir.Stmt]:
        """Statements appending each element of ``source`` to the list ``target`` (one append per
        element of a list display, else a loop)."""
        element = t.element_type(target.type)

        def append(value: ir.Expr) -> ir.Stmt:
            if self.final:
                value = as_element(self.coerce(value, element, None), element)
            return ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (target, value), type=t.VOID), location=loc)

        if isinstance(source, ir.ArrayLiteral):
            return [append(value) for value in source.elements]
        item = ir.Name(self.fresh("item"), type=t.element_type(source.type))
        return [ir.ForEach(item.id, item.type, source, ir.Block((append(item),)), location=loc)]

    def set_operator(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr:
        """``a | b``, ``a & b``, ``a - b``, ``a ^ b`` of sets: a new set."""
        loc = self.location(node)
        if operator not in _SET_OPERATORS:
            raise self.unsupported(node, f"operator '{operator}' on sets")
        element = t.element_type(left.type)
        type_ = t.SetType(finalize(element) if self.final else element)
        result = ir.Name(self.fresh(_SET_OPERATORS[operator].split()[-1]), type=type_)
        self.pre.append(ir.VarDecl(result.id, type_, ir.NewContainer(type=type_), location=loc))

        def add_each(source: ir.Expr, keep: ir.Expr | None, inside: bool) -> None:
            item = ir.Name(self.fresh("item"), type=t.element_type(source.type))
            add: ir.Stmt = ir.ExprStmt(ir.LibraryCall(L.SET_ADD, (result, item), type=t.VOID))
            if keep is not None:
                test: ir.Expr = ir.LibraryCall(L.CONTAINS, (keep, item), type=t.BOOL)
                if not inside:
                    test = ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL)
                add = ir.If(test, ir.Block((add,)))
            self.pre.append(ir.ForEach(item.id, item.type, source, ir.Block((add,)), location=loc))

        left = self.stable(left, "left", loc)
        right = self.stable(right, "right", loc)
        if operator == "|":
            add_each(left, None, True)
            add_each(right, None, True)
        elif operator == "&":
            add_each(left, right, True)
        elif operator == "-":
            add_each(left, right, False)
        else:
            add_each(left, right, False)
            add_each(right, left, False)
        return result
