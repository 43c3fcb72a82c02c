"""Method calls on values: strings, lists, dicts, sets, queues, deques; sorting with a key."""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.library import CHAR_TESTS, GROWING_METHODS
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.languages.common import node_text


class Methods(BuilderBase):
    def method_call(
        self, owner_node: tree_sitter.Node, method: str, node: tree_sitter.Node, *, statement: bool
    ) -> ir.Expr | None:
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if owner_node.type in ("string", "concatenated_string") and method == "join":
            separator = self.expr(owner_node)
            if isinstance(separator, ir.CharLiteral):
                separator = ir.StringLiteral(separator.value, type=t.STRING)
            if not isinstance(separator, ir.StringLiteral):
                raise self.unsupported(node, "str.join with a computed separator")
            value = self.single(node, "join")
            if (
                separator.value == ""
                and isinstance(value.type, t.ArrayType)
                and isinstance(value.type.element, t.CharType)
            ):
                return ir.LibraryCall(L.STR_FROM_CHARS, (value,), type=t.STRING, location=loc)
            return self.joined(value, separator, node, loc)
        owner = self.expr(owner_node)
        kind = owner.type
        values = [self.expr(a) for a in args]
        name = self.python_name(owner.id) if isinstance(owner, ir.Name) else None
        if (
            method in GROWING_METHODS
            and name is not None
            and not isinstance(kind, t.DequeType | t.MapType | t.SetType)
        ):
            self.observations.grows.add(name)
        if (
            isinstance(kind, t.UnknownType | t.ArrayType | t.ListType)
            and method in ("append", "insert")
            and values
        ):
            element = self.observed(values[-1])
            self.element_hint(owner, t.ListType(element))
        if isinstance(kind, t.UnknownType):
            if method in ("sort", "append", "pop", "reverse", "insert", "count", "index", "extend"):
                self.note_sequence(owner)
            if method in CHAR_TESTS or method in ("lower", "upper"):
                self.hint(owner, t.CHAR)
            if method in ("startswith", "endswith", "strip", "lstrip", "rstrip", "replace", "split"):
                self.hint(owner, t.STRING)
            if not self.final:
                return ir.Name("?", type=t.UNKNOWN)
        element = t.element_type(kind)

        def arg(index: int, type_: t.Type | None = None) -> ir.Expr:
            value = values[index]
            return self.coerce(value, type_ if type_ is not None else element, None) if self.final else value

        if isinstance(kind, t.CharType | t.StringType):
            if method in CHAR_TESTS and not values:
                if isinstance(kind, t.StringType):
                    return self.every_character(owner, CHAR_TESTS[method], loc)
                return ir.LibraryCall(CHAR_TESTS[method], (owner,), type=t.BOOL, location=loc)
            if method in ("lower", "upper") and not values:
                if isinstance(kind, t.StringType):
                    return self.each_character(owner, L.TO_LOWER if method == "lower" else L.TO_UPPER, loc)
                return ir.LibraryCall(
                    L.TO_LOWER if method == "lower" else L.TO_UPPER, (owner,), type=t.CHAR, location=loc
                )
            if method == "find" and len(values) == 1 and isinstance(kind, t.StringType):
                return ir.LibraryCall(L.STR_FIND, (owner, values[0]), type=t.INT, location=loc)
            if (
                method == "count"
                and len(values) == 1
                and isinstance(kind, t.StringType)
                and isinstance(values[0].type, t.CharType)
                and self.module.target == "cpp"  # Java's Collections.frequency takes a collection
            ):
                return ir.LibraryCall(L.COUNT_OF, (owner, values[0]), type=t.INT, location=loc)
            if isinstance(kind, t.StringType) and not keywords:
                built = self.string_method(owner, method, values, node, loc)
                if built is not None:
                    return built
            raise self.unsupported(node, f"str.{method}()")
        if isinstance(kind, t.ArrayType | t.ListType):
            if method == "append" and len(values) == 1:
                return ir.LibraryCall(L.LIST_APPEND, (owner, arg(0)), type=t.VOID, location=loc)
            if method == "pop" and not values:
                return ir.LibraryCall(
                    L.LIST_POP_BACK, (owner,), type=element if not statement else t.VOID, location=loc
                )
            if method == "pop" and len(values) == 1:
                index = self.index_expr(values[0])
                if statement:
                    return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID, location=loc)
                if self.module.target == "cpp" and isinstance(index, ir.Name | ir.IntLiteral):
                    # C++ erase() returns no element: read it first.
                    temp = self.fresh("removed")
                    type_ = finalize(element) if self.final else element
                    self.pre.append(
                        ir.VarDecl(temp, type_, ir.Index(owner, index, type=element), location=loc)
                    )
                    self.pre.append(
                        ir.ExprStmt(
                            ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID), location=loc
                        )
                    )
                    return ir.Name(temp, type=type_)
                return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=element, location=loc)
            if method == "insert" and len(values) == 2:
                return ir.LibraryCall(
                    L.LIST_INSERT, (owner, self.index_expr(values[0]), arg(1)), type=t.VOID, location=loc
                )
            if method == "sort" and not values:
                return self.sort_call(owner, keywords, node)
            if method == "reverse" and not values:
                return ir.LibraryCall(L.REVERSE, (owner, None, None), type=t.VOID, location=loc)
            if method == "count" and len(values) == 1:
                return ir.LibraryCall(L.COUNT_OF, (owner, arg(0)), type=t.INT, location=loc)
            if method == "clear" and not values:
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"list.{method}()")
        if isinstance(kind, t.MapType):
            if method == "get" and len(values) in (1, 2):
                key = arg(0, kind.key)
                if len(values) == 2:
                    self.element_hint(owner, t.MapType(self.observed(values[0]), self.observed(values[1])))
                    default = arg(1, kind.value)
                else:
                    self.element_hint(owner, t.MapType(self.observed(values[0]), t.UNKNOWN))
                    default = self.zero(kind.value)
                    if default is None or not isinstance(kind.value, t.IntType | t.FloatType | t.BoolType):
                        raise self.unsupported(node, "dict.get() without a default on non-numeric values")
                    self.warn("dict.get(key) without a default: None is read as 0")
                return ir.LibraryCall(L.MAP_GET_OR, (owner, key, default), type=kind.value, location=loc)
            if method in ("keys", "values", "items") and not values:
                op = {"keys": L.MAP_KEYS, "values": L.MAP_VALUES, "items": L.MAP_ITEMS}[method]
                result = {
                    "keys": t.SetType(kind.key),
                    "values": t.ListType(kind.value),
                    "items": t.ListType(t.PairType(kind.key, kind.value)),
                }[method]
                return ir.LibraryCall(op, (owner,), type=result, location=loc)
            if method == "pop" and len(values) == 1:
                return ir.LibraryCall(L.MAP_REMOVE, (owner, arg(0, kind.key)), type=t.VOID, location=loc)
            if method == "clear":
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"dict.{method}()")
        if isinstance(kind, t.SetType):
            if method == "add" and len(values) == 1:
                self.element_hint(owner, t.SetType(self.observed(values[0])))
                return ir.LibraryCall(L.SET_ADD, (owner, arg(0)), type=t.VOID, location=loc)
            if method in ("remove", "discard") and len(values) == 1:
                return ir.LibraryCall(L.SET_REMOVE, (owner, arg(0)), type=t.VOID, location=loc)
            if method == "clear":
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"set.{method}()")
        if isinstance(kind, t.QueueType):
            if method in ("put", "put_nowait") and len(values) == 1:
                if name is not None:
                    self.see(name, t.QueueType(self.observed(values[0])))
                return ir.LibraryCall(L.PUSH, (owner, arg(0)), type=t.VOID, location=loc)
            if method in ("get", "get_nowait") and not values:
                return self.removed(
                    ir.LibraryCall(L.POP, (owner,), type=element, location=loc), L.PEEK, statement
                )
            if method == "empty" and not values:
                return ir.LibraryCall(L.EMPTY, (owner,), type=t.BOOL, location=loc)
            if method == "qsize" and not values:
                return ir.LibraryCall(L.LEN, (owner,), type=t.INT, location=loc)
            raise self.unsupported(node, f"Queue.{method}()")
        if isinstance(kind, t.DequeType):
            if method in ("append", "appendleft") and len(values) == 1:
                if name is not None:
                    self.see(name, t.DequeType(self.observed(values[0])))
                return ir.LibraryCall(
                    L.PUSH if method == "append" else L.PUSH_FRONT, (owner, arg(0)), type=t.VOID, location=loc
                )
            if method == "popleft" and not values:
                return self.removed(
                    ir.LibraryCall(L.POP_FRONT, (owner,), type=element, location=loc), L.PEEK, statement
                )
            if method == "pop" and not values:
                return self.removed(
                    ir.LibraryCall(L.POP, (owner,), type=element, location=loc), L.PEEK_BACK, statement
                )
            raise self.unsupported(node, f"deque.{method}()")
        raise self.unsupported(node, f"method {method}() on a {describe(kind)}")

    def removed(self, call: ir.LibraryCall, peek: ir.LibOp, statement: bool = False) -> ir.Expr:
        """A pop whose value is used: C++ pops return nothing, so read the element first."""
        if self.module.target != "cpp" or statement:
            return call
        container = call.args[0]
        assert container is not None
        temp = self.fresh("top")
        type_ = finalize(call.type) if self.final else call.type
        self.pre.append(
            ir.VarDecl(
                temp, type_, ir.LibraryCall(peek, (container,), type=call.type), location=call.location
            )
        )
        self.pre.append(ir.ExprStmt(ir.LibraryCall(call.op, call.args, type=t.VOID), location=call.location))
        return ir.Name(temp, type=type_)

    def sort_call(
        self, target: ir.Expr, keywords: dict[str, tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Expr:
        loc = self.location(node)
        reverse = False
        if "reverse" in keywords:
            flag = self.expr(keywords["reverse"])
            if not isinstance(flag, ir.BoolLiteral):
                raise self.unsupported(node, "sort with a computed reverse flag")
            reverse = flag.value
        if set(keywords) - {"reverse", "key"}:
            raise self.unsupported(node, "sort with these arguments")
        begin: ir.Expr | None = None
        end: ir.Expr | None = None
        if self.module.target == "cpp" and isinstance(target.type, t.ArrayType):
            begin, end = ir.IntLiteral(0, type=t.INT), self.length_of(target)
        if "key" not in keywords:
            return ir.LibraryCall(
                L.SORT_DESC if reverse else L.SORT,
                (target, begin, end) + (() if reverse else (None,)),
                type=t.VOID,
                location=loc,
            )
        key_node = keywords["key"]
        if key_node.type != "lambda":
            raise self.unsupported(key_node, "sort key other than a lambda")
        params = key_node.child_by_field_name("parameters")
        names = [node_text(p) for p in params.named_children] if params else []
        if len(names) != 1:
            raise self.unsupported(key_node, "sort key lambda with several parameters")
        element = t.element_type(target.type)
        original = self.types.variables.get(names[0])
        first, second = self.fresh("a"), self.fresh("b")
        results = []
        for printed in (first, second):
            self.types.variables[names[0]] = element
            self.renames[names[0]] = printed
            results.append(self.expr(key_node.child_by_field_name("body")))
        self.renames.pop(names[0], None)
        if original is None:
            self.types.variables.pop(names[0], None)
        else:
            self.types.variables[names[0]] = original
        key_a, key_b = results
        if not isinstance(
            key_a.type, t.IntType | t.FloatType | t.CharType | t.StringType | t.BoolType | t.UnknownType
        ):
            raise self.unsupported(key_node, f"sort key of type {describe(key_a.type)}")
        before = ir.Binary(B.GT if reverse else B.LT, key_a, key_b, type=t.BOOL)
        comparator = ir.Lambda(
            (ir.Param(first, element), ir.Param(second, element)),
            before,
            type=t.FunctionType((element, element), t.BOOL),
        )
        return ir.LibraryCall(L.SORT, (target, begin, end, comparator), type=t.VOID, location=loc)
