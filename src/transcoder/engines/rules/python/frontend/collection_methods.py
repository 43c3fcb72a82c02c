"""More methods of sets and dicts, with Python's results: ``union``/``intersection``/``difference``/
``symmetric_difference`` of one set (the operators' new set), ``issubset``/``issuperset``/
``isdisjoint`` (a loop that stops at the first element that decides), ``s.update(xs)`` (each
element added, in order) and ``d.update(e)`` of a dict (each key of ``e`` put, in ``e``'s order)."""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.containers import NOTHING
from transcoder.engines.rules.python.frontend.irtools import L
from transcoder.engines.rules.python.frontend.methods import MethodCall, Methods
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation

SET_OPERATOR_METHODS = {"union": "|", "intersection": "&", "difference": "-", "symmetric_difference": "^"}
SET_TESTS = frozenset({"issubset", "issuperset", "isdisjoint"})


class CollectionMethods(Methods):
    def set_method(self, call: MethodCall) -> ir.Expr:
        if call.method in SET_OPERATOR_METHODS or call.method in SET_TESTS or call.method == "update":
            return self.set_with_another(call)
        return super().set_method(call)

    def dict_method(self, call: MethodCall) -> ir.Expr:
        if call.method == "update":
            return self.dict_update(call)
        return super().dict_method(call)

    def set_with_another(self, call: MethodCall) -> ir.Expr:
        """``a.union(b)``, ``a.issubset(b)``, ``a.update(b)`` and the like, of one other set
        (``update``: a list, array or str too)."""
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        if len(values) != 1 or call.keywords:
            raise self.unsupported(call.node, f"set.{method}() of other than one argument")
        other = values[0]
        iterables = t.SetType | t.ListType | t.ArrayType if method == "update" else t.SetType
        if isinstance(other.type, t.SetType | t.ListType | t.ArrayType):
            self.element_hint(owner, t.SetType(t.element_type(other.type)))
        if not self.final:
            return ir.Name("?", type=t.BOOL if method in SET_TESTS else owner.type)
        element = finalize(t.element_type(owner.type))
        if not isinstance(other.type, iterables) or finalize(t.element_type(other.type)) != element:
            raise self.unsupported(call.node, f"set.{method}() of a {describe(other.type)}")
        if method in SET_OPERATOR_METHODS:
            return self.set_operator(SET_OPERATOR_METHODS[method], owner, other, call.node)
        if method == "update":
            if not call.statement:
                raise self.unsupported(call.node, "the value of set.update() (None) used")
            item = ir.Name(self.fresh("item"), type=element)
            add = ir.ExprStmt(ir.LibraryCall(L.SET_ADD, (owner, item), type=t.VOID))
            self.pre.append(ir.ForEach(item.id, element, other, ir.Block((add,)), location=loc))
            return NOTHING
        return self.set_test(owner, method, other, loc)

    def set_test(self, owner: ir.Expr, method: str, other: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``a.issubset(b)``: every element of a in b; ``a.issuperset(b)``: every element of b in a;
        ``a.isdisjoint(b)``: no element of a in b."""
        owner = self.stable(owner, "left", loc)
        other = self.stable(other, "right", loc)
        walked, searched = (other, owner) if method == "issuperset" else (owner, other)
        result = ir.Name(self.fresh("holds"), type=t.BOOL)
        item = ir.Name(self.fresh("item"), type=t.element_type(walked.type))
        found = ir.LibraryCall(L.CONTAINS, (searched, item), type=t.BOOL)
        decides = found if method == "isdisjoint" else ir.Unary(ir.UnaryOp.NOT, found, type=t.BOOL)
        stop = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(result, ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        self.pre += [
            ir.VarDecl(result.id, t.BOOL, ir.BoolLiteral(True, type=t.BOOL), location=loc),
            ir.ForEach(item.id, item.type, walked, ir.Block((ir.If(decides, stop),)), location=loc),
        ]
        return result

    def dict_update(self, call: MethodCall) -> ir.Expr:
        """``d.update(e)`` of one dict: each key of ``e``, in its order, put in ``d`` with its value."""
        owner, values, loc = call.owner, call.values, call.loc
        if len(values) != 1 or call.keywords:
            raise self.unsupported(call.node, "dict.update() of other than one dict")
        other = values[0]
        if isinstance(other.type, t.MapType):
            self.element_hint(owner, other.type)
        if not self.final:
            return NOTHING
        kind = owner.type
        assert isinstance(kind, t.MapType)
        if not isinstance(other.type, t.MapType) or finalize(other.type) != finalize(kind):
            raise self.unsupported(call.node, f"dict.update() of a {describe(other.type)}")
        if not call.statement:
            raise self.unsupported(call.node, "the value of dict.update() (None) used")
        other = self.stable(other, "other", loc)
        key_type, value_type = finalize(kind.key), finalize(kind.value)
        if self.module.forms.maps_iterate_keys:  # Java: over the keys, each value looked up
            key = ir.Name(self.fresh("key"), type=key_type)
            # a node of its own for each use: the order analysis tells uses apart by identity
            looked_up = ir.Index(dataclasses.replace(other), key, type=value_type)
            put = ir.LibraryCall(L.MAP_PUT, (owner, key, looked_up), type=t.VOID)
            keys = ir.LibraryCall(L.MAP_KEYS, (other,), type=t.SetType(key_type))
            self.pre.append(ir.ForEach(key.id, key_type, keys, ir.Block((ir.ExprStmt(put),)), location=loc))
            return NOTHING
        # C++: over the (key, value) pairs
        entry = ir.Name(self.fresh("entry"), type=t.PairType(key_type, value_type))
        first = ir.LibraryCall(L.PAIR_FIRST, (entry,), type=key_type)
        second = ir.LibraryCall(L.PAIR_SECOND, (entry,), type=value_type)
        put = ir.LibraryCall(L.MAP_PUT, (owner, first, second), type=t.VOID)
        self.pre.append(ir.ForEach(entry.id, entry.type, other, ir.Block((ir.ExprStmt(put),)), location=loc))
        return NOTHING  # a statement of its own: what it does is in ``pre``
