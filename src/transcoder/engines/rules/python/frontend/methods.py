"""Method calls on values: strings, lists, dicts, sets, queues, deques; sorting with a key."""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.library import (
    CHAR_TESTS,
    GROWING_METHODS,
    LIST_METHODS,
    QUEUE_METHODS,
    SET_METHODS,
    Row,
)
from transcoder.engines.rules.python.frontend.strings import (
    ASCII_ONLY_TESTS,
    python_space,
    raises_outside_ascii,
)
from transcoder.engines.rules.python.frontend.text_methods import TEXT_METHODS
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.frontend.unhinted import unhinted_parameter
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation

_TEXT_ONLY_METHODS = frozenset(
    {"startswith", "endswith", "strip", "lstrip", "rstrip", "replace", "split", "rsplit", "find", "rfind"}
) | TEXT_METHODS
"""Methods only a str has: an untyped receiver of one is a str."""


@dataclass(slots=True)
class MethodCall:
    """One ``owner.method(values...)`` call being built."""

    owner: ir.Expr
    method: str
    values: list[ir.Expr]
    keywords: dict[str, Syntax]
    node: Syntax
    loc: SourceLocation
    statement: bool  # the call is a whole statement (its value is not used)

    @property
    def kind(self) -> t.Type:
        return self.owner.type

    @property
    def element(self) -> t.Type:
        return t.element_type(self.owner.type)


class Methods(BuilderBase):
    def method_call(
        self, owner_node: Syntax, method: str, node: Syntax, *, statement: bool
    ) -> ir.Expr | None:
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if owner_node.type in ("string", "concatenated_string") and method == "join":
            return self.join_call(owner_node, node, loc)
        if owner_node.type == "string" and method == "format":
            template = self.expr(owner_node)
            if isinstance(template, ir.StringLiteral | ir.CharLiteral):
                return self.format_method(template.value, node, [self.expr(a) for a in args])
        owner = self.expr(owner_node)
        values = [self.expr(a) for a in args]
        call = MethodCall(owner, method, values, keywords, node, loc, statement)
        self.learn_from_method(call)
        kind = owner.type
        if isinstance(kind, t.UnknownType) and not self.final:
            return ir.Name("?", type=t.UNKNOWN)
        if isinstance(kind, t.CharType | t.StringType):
            return self.text_method(call)
        if isinstance(kind, t.ArrayType | t.ListType):
            return self.list_method(call)
        if isinstance(kind, t.MapType):
            return self.dict_method(call)
        if isinstance(kind, t.SetType):
            return self.set_method(call)
        if isinstance(kind, t.QueueType):
            return self.queue_method(call)
        if isinstance(kind, t.DequeType):
            return self.deque_method(call)
        if isinstance(kind, t.IntType | t.BoolType) and method in ("bit_length", "bit_count") and not values:
            return self.bit_length(owner, method, node, loc)
        raise unhinted_parameter(self, owner_node, node, f"{method}()") or self.unsupported(
            node, f"method {method}() on a {describe(kind)}"
        )

    def join_call(self, owner_node: Syntax, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``sep.join(items)`` with a literal separator."""
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

    def learn_from_method(self, call: MethodCall) -> None:
        """What a method call says of its receiver: a list that grows, its elements, a str."""
        owner, method, values, kind = call.owner, call.method, call.values, call.kind
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
            self.element_hint(owner, t.ListType(self.observed(values[-1])))
        if isinstance(kind, t.UnknownType):
            if method in ("sort", "append", "pop", "reverse", "insert", "count", "index", "extend"):
                self.note_sequence(owner)
            if method in CHAR_TESTS or method in ("lower", "upper"):
                self.hint(owner, t.CHAR)
            if method in _TEXT_ONLY_METHODS:
                self.hint(owner, t.STRING)

    def argument(self, call: MethodCall, index: int, type_: t.Type | None = None) -> ir.Expr:
        """Argument ``index`` converted to ``type_`` (the receiver's element type by default)."""
        value = call.values[index]
        return self.coerce(value, type_ if type_ is not None else call.element, None) if self.final else value

    def read_again(self, value: ir.Expr, call: MethodCall) -> ir.Expr:
        """``value``, read once more by a check before its call: only one without side effects."""
        if any(isinstance(n, ir.AssignExpr | ir.IncDec | ir.Call | ir.Invoke) for n in ir.walk(value)):
            raise self.unsupported(call.node, f"str.{call.method}() of a character computed with side effects")
        return value

    def text_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, kind, loc = call.owner, call.method, call.values, call.kind, call.loc
        if method in CHAR_TESTS and not values:
            if isinstance(kind, t.StringType):
                return self.every_character(owner, CHAR_TESTS[method], loc)
            if CHAR_TESTS[method] == L.IS_SPACE:
                return python_space(self.read_again(owner, call))
            if CHAR_TESTS[method] in ASCII_ONLY_TESTS:
                self.pre.append(raises_outside_ascii(self.read_again(owner, call), f"str.{method}()", loc))
            return ir.LibraryCall(CHAR_TESTS[method], (owner,), type=t.BOOL, location=loc)
        if method in ("lower", "upper") and not values:
            if isinstance(kind, t.StringType):
                return self.each_character(owner, L.TO_LOWER if method == "lower" else L.TO_UPPER, loc)
            self.pre.append(raises_outside_ascii(self.read_again(owner, call), f"str.{method}()", loc))
            return ir.LibraryCall(
                L.TO_LOWER if method == "lower" else L.TO_UPPER, (owner,), type=t.CHAR, location=loc
            )
        if isinstance(kind, t.StringType) and not call.keywords:
            searched = self.searched(owner, method, values, call.node, loc)
            if searched is not None:
                return searched
        if method == "find" and len(values) == 1 and isinstance(kind, t.StringType):
            return ir.LibraryCall(L.STR_FIND, (owner, values[0]), type=t.INT, location=loc)
        if (
            method == "count"
            and len(values) == 1
            and isinstance(kind, t.StringType)
            and isinstance(values[0].type, t.CharType)
            and self.module.forms.counts_chars_in_strings
        ):
            return ir.LibraryCall(L.COUNT_OF, (owner, values[0]), type=t.INT, location=loc)
        if isinstance(kind, t.StringType) and not call.keywords:
            built = self.string_method(owner, method, values, call.node, loc)
            if built is not None:
                return built
        raise self.unsupported(call.node, f"str.{method}()")

    def by_row(self, call: MethodCall, rows: dict[tuple[str, int], Row]) -> ir.Expr | None:
        """The call as the operation of its row in ``rows`` (None: no row)."""
        row = rows.get((call.method, len(call.values)))
        if row is None:
            return None
        arguments = tuple(
            self.argument(call, index) if row.element else call.values[index]
            for index in range(len(call.values))
        )
        assert row.result is not None
        return ir.LibraryCall(row.op, (call.owner, *arguments), type=row.result, location=call.loc)

    def list_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, element, loc = call.owner, call.method, call.values, call.element, call.loc
        by_row = self.by_row(call, LIST_METHODS)
        if by_row is not None:
            return by_row
        if method == "pop" and not values:
            if call.statement:
                return ir.LibraryCall(L.LIST_POP_BACK, (owner,), type=t.VOID, location=loc)
            return self.removed(ir.LibraryCall(L.LIST_POP_BACK, (owner,), type=element, location=loc), L.LIST_BACK)
        if method == "pop" and len(values) == 1:
            return self.list_pop_at(call)
        if method == "insert" and len(values) == 2:
            return ir.LibraryCall(
                L.LIST_INSERT,
                (owner, self.index_expr(values[0]), self.argument(call, 1)),
                type=t.VOID,
                location=loc,
            )
        if method == "sort" and not values:
            return self.sort_call(owner, call.keywords, call.node)
        if method == "reverse" and not values:
            return ir.LibraryCall(L.REVERSE, (owner, None, None), type=t.VOID, location=loc)
        more = self.more_list_methods(call)
        if more is not None:
            return more
        raise self.unsupported(call.node, f"list.{method}()")

    def list_pop_at(self, call: MethodCall) -> ir.Expr:
        """``a.pop(i)``."""
        owner, element, loc = call.owner, call.element, call.loc
        index = self.index_expr(call.values[0])
        if call.statement:
            return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID, location=loc)
        if not self.module.forms.pops_return_value and isinstance(index, ir.Name | ir.IntLiteral):
            # C++ erase() returns no element: read it first.
            temp = self.fresh("removed")
            type_ = finalize(element) if self.final else element
            self.pre.append(ir.VarDecl(temp, type_, ir.Index(owner, index, type=element), location=loc))
            self.pre.append(
                ir.ExprStmt(ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID), location=loc)
            )
            return ir.Name(temp, type=type_)
        return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=element, location=loc)

    def dict_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        kind = call.kind
        assert isinstance(kind, t.MapType)
        if method == "get" and len(values) in (1, 2):
            return self.dict_get(call, kind)
        if method in ("keys", "values", "items") and not values:
            op = {"keys": L.MAP_KEYS, "values": L.MAP_VALUES, "items": L.MAP_ITEMS}[method]
            result = {
                "keys": t.SetType(kind.key),
                "values": t.ListType(kind.value),
                "items": t.ListType(t.PairType(kind.key, kind.value)),
            }[method]
            return ir.LibraryCall(op, (owner,), type=result, location=loc)
        if method == "pop" and len(values) == 1 and call.statement:
            return ir.LibraryCall(
                L.MAP_REMOVE, (owner, self.argument(call, 0, kind.key)), type=t.VOID, location=loc
            )
        if method == "clear":
            return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
        more = self.more_dict_methods(call)
        if more is not None:
            return more
        raise self.unsupported(call.node, f"dict.{method}()")

    def dict_get(self, call: MethodCall, kind: t.MapType) -> ir.Expr:
        """``d.get(k, default)``; without a default, None is read as a numeric zero."""
        owner, values = call.owner, call.values
        key = self.argument(call, 0, kind.key)
        if len(values) == 2:
            self.element_hint(owner, t.MapType(self.observed(values[0]), self.observed(values[1])))
            default = self.argument(call, 1, kind.value)
        else:
            self.element_hint(owner, t.MapType(self.observed(values[0]), t.UNKNOWN))
            zero = self.zero(kind.value)
            if zero is None or not isinstance(kind.value, t.IntType | t.FloatType | t.BoolType):
                raise self.unsupported(call.node, "dict.get() without a default on non-numeric values")
            self.warn("dict.get(key) without a default: None is read as 0")
            default = zero
        return ir.LibraryCall(L.MAP_GET_OR, (owner, key, default), type=kind.value, location=call.loc)

    def set_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        if method == "add" and len(values) == 1:
            self.element_hint(owner, t.SetType(self.observed(values[0])))
            return ir.LibraryCall(L.SET_ADD, (owner, self.argument(call, 0)), type=t.VOID, location=loc)
        by_row = self.by_row(call, SET_METHODS)
        if by_row is not None:
            return by_row
        if method == "clear":
            return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
        raise self.unsupported(call.node, f"set.{method}()")

    def queue_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        if method in ("put", "put_nowait") and len(values) == 1:
            if isinstance(owner, ir.Name):
                self.see(self.python_name(owner.id), t.QueueType(self.observed(values[0])))
            return ir.LibraryCall(L.PUSH, (owner, self.argument(call, 0)), type=t.VOID, location=loc)
        if method in ("get", "get_nowait") and not values:
            return self.removed(
                ir.LibraryCall(L.POP, (owner,), type=call.element, location=loc), L.PEEK, call.statement
            )
        by_row = self.by_row(call, QUEUE_METHODS)
        if by_row is not None:
            return by_row
        raise self.unsupported(call.node, f"Queue.{method}()")

    def deque_method(self, call: MethodCall) -> ir.Expr:
        owner, method, values, loc = call.owner, call.method, call.values, call.loc
        if method in ("append", "appendleft") and len(values) == 1:
            if isinstance(owner, ir.Name):
                self.see(self.python_name(owner.id), t.DequeType(self.observed(values[0])))
            return ir.LibraryCall(
                L.PUSH if method == "append" else L.PUSH_FRONT,
                (owner, self.argument(call, 0)),
                type=t.VOID,
                location=loc,
            )
        if method == "popleft" and not values:
            return self.removed(
                ir.LibraryCall(L.POP_FRONT, (owner,), type=call.element, location=loc), L.PEEK, call.statement
            )
        if method == "pop" and not values:
            return self.removed(
                ir.LibraryCall(L.POP, (owner,), type=call.element, location=loc), L.PEEK_BACK, call.statement
            )
        raise self.unsupported(call.node, f"deque.{method}()")

    def removed(self, call: ir.LibraryCall, peek: ir.LibOp, statement: bool = False) -> ir.Expr:
        """A pop whose value is used: C++ pops return nothing, so read the element first."""
        if self.module.forms.pops_return_value or statement:
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

    def sort_key(self, key_node: Syntax, item: ir.Name) -> ir.Expr:
        """The key of ``item``: a one-parameter lambda (also one bound to a name), or ``len``/``abs``."""
        if key_node.type == "identifier" and node_text(key_node) in ("len", "abs"):
            if node_text(key_node) == "len":
                return self.length_of(item)
            return ir.LibraryCall(L.ABS, (item,), type=item.type)
        function = key_node
        if key_node.type == "identifier":
            function = self.module.facts[self.name].lambdas.get(node_text(key_node), key_node)
        if function.type != "lambda":
            raise self.unsupported(key_node, "sort key other than a lambda, len or abs")
        params = function.child_by_field_name("parameters")
        names = [node_text(p) for p in params.named_children] if params else []
        if len(names) != 1:
            raise self.unsupported(key_node, "sort key lambda with several parameters")
        saved = dict(self.inline_values)
        self.inline_values[names[0]] = item
        try:
            return self.expr(function.field("body"))
        finally:
            self.inline_values = saved

    def sort_call(self, target: ir.Expr, keywords: dict[str, Syntax], node: Syntax) -> ir.Expr:
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
        if not self.module.forms.arrays_know_length and isinstance(target.type, t.ArrayType):
            begin, end = ir.IntLiteral(0, type=t.INT), self.length_of(target)
        if "key" not in keywords:
            return ir.LibraryCall(
                L.SORT_DESC if reverse else L.SORT,
                (target, begin, end) + (() if reverse else (None,)),
                type=t.VOID,
                location=loc,
            )
        key_node = keywords["key"]
        element = t.element_type(target.type)
        first, second = self.fresh("a"), self.fresh("b")
        key_a, key_b = (self.sort_key(key_node, ir.Name(printed, type=element)) for printed in (first, second))
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
