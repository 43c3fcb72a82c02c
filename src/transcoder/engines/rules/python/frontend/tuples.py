"""Tuples of any fixed size: displays, constant positions, unpacking, and ``f(*t)``.

Two values are a pair (``types.PairType``, as they always were); any other number of values is a
``types.TupleType`` with one type per position, built by ``MAKE_TUPLE`` and read by
``TUPLE_GET`` with a constant position. A Python tuple's size is part of its type here: a
variable holding tuples of different sizes, a position that is not a constant, and ``*x`` of a
value whose size the translation cannot know are refused with their location.
"""

from __future__ import annotations

from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L, int_of_bool
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation, UnsupportedConstruct

_PURE = (ir.Name, ir.IntLiteral, ir.FloatLiteral, ir.CharLiteral, ir.StringLiteral, ir.BoolLiteral, ir.Index)


_KEEPS_TUPLES = (ir.VarDecl, ir.AssignExpr, ir.Return, ir.Call, ir.ArrayLiteral, ir.Conditional, ir.ExprStmt)
_COMPARISONS = frozenset({B.EQ, B.NE, B.LT, B.LE, B.GT, B.GE})


def _values(node: Syntax) -> list[Syntax]:
    return [c for c in node.named_children if c.type != "comment"]


def read_as_sequence(node: Syntax) -> bool:
    """Whether Python only reads the tuple display ``node`` as a sequence of values: iterated
    (``for x in (a, b, c)``, a comprehension's ``for``) or searched (``x in (a, b)``). A list
    display of the same values computes the same there."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type in ("for_statement", "for_in_clause"):
        right = parent.child_by_field_name("right")
        return right is not None and right.id == node.id
    if parent.type == "comparison_operator":
        before = None
        for child in parent.children:
            if child.id == node.id:
                return before in ("in", "not in")
            before = " ".join(node_text(child).split())
        return False
    return False


def misused_tuple(function: ir.Function) -> ir.Expr | None:
    """The first tuple (``TupleType``) the function uses other than as a tuple: stored, passed,
    returned, compared, read at a position or put into a list. Anything else (iterated, measured,
    added, printed, a key) would read the record or ``std::tuple`` as a sequence it is not."""
    for node in ir.walk(function.body):
        for child in ir.children(node):
            if not isinstance(child, ir.Expr) or not isinstance(child.type, t.TupleType):
                continue
            if isinstance(node, ir.LibraryCall) and node.op in (L.TUPLE_GET, L.MAKE_TUPLE, L.LIST_APPEND):
                continue
            if isinstance(node, _KEEPS_TUPLES):
                continue
            if isinstance(node, ir.Binary) and node.op in _COMPARISONS and node.left.type == node.right.type:
                continue
            return child if child.location is not None else node  # type: ignore[return-value]
    return None


class Tuples(BuilderBase):
    def tuple_of(self, node: Syntax, slot: t.Type | None = None) -> ir.Expr:
        """``(a, b, c)``, ``(a,)``, ``a, b, c``: a tuple of the values (two: a pair)."""
        children = _values(node)
        if read_as_sequence(node) and node.type == "tuple" and children:
            return self.list_display([self.expr(c) for c in children], self.location(node))
        if len(children) == 2:
            return self.pair_of(node, slot)
        if not children:
            raise self.unsupported(node, "the empty tuple")
        splat = next((c for c in children if c.type in ("list_splat", "parenthesized_list_splat")), None)
        if splat is not None:
            raise self.unsupported(splat, "unpacking (*x) inside a tuple")
        values = [self.expr(c) for c in children]
        type_: t.Type = t.TupleType(tuple(self.observed(v) for v in values))
        if self.final:
            type_ = finalize(type_)
            if isinstance(slot, t.TupleType) and len(slot.elements) == len(values):
                type_ = slot
            assert isinstance(type_, t.TupleType)
            values = [
                self.coerce(int_of_bool(v) if isinstance(e, t.IntType) else v, e, None)
                for v, e in zip(values, type_.elements, strict=True)
            ]
        return ir.LibraryCall(L.MAKE_TUPLE, tuple(values), type=type_, location=self.location(node))

    def tuple_parts(self, value: ir.Expr, node: Syntax, what: str) -> list[ir.Expr]:
        """The value at each position of the pair or tuple ``value`` (read as often as used: a
        caller passes a name or another pure value)."""
        if isinstance(value.type, t.PairType):
            return [
                ir.LibraryCall(L.PAIR_FIRST, (value,), type=value.type.first),
                ir.LibraryCall(L.PAIR_SECOND, (value,), type=value.type.second),
            ]
        if isinstance(value.type, t.TupleType):
            return [
                ir.LibraryCall(L.TUPLE_GET, (value, ir.IntLiteral(k, type=t.INT)), type=element)
                for k, element in enumerate(value.type.elements)
            ]
        raise self.unsupported(
            node, f"{what} of a value of type {describe(value.type)} (its size is not known)"
        )

    def tuple_position(self, base: ir.Expr, index_node: Syntax, node: Syntax) -> ir.Expr:
        """``t[k]`` of a tuple, ``k`` a constant (negative counts from the end, as in Python)."""
        assert isinstance(base.type, t.TupleType)
        index = self.expr(index_node)
        size = len(base.type.elements)
        if not isinstance(index, ir.IntLiteral) or not -size <= index.value < size:
            raise self.unsupported(
                node, f"a tuple of {size} values indexed by other than a constant position in it"
            )
        position = index.value % size
        return ir.LibraryCall(
            L.TUPLE_GET,
            (base, ir.IntLiteral(position, type=t.INT)),
            type=base.type.elements[position],
            location=self.location(node),
        )

    def stable_tuple(self, value: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``value`` itself when reading it again is free and changes nothing, else a temporary."""
        if all(isinstance(n, _PURE) for n in ir.walk(value)):
            return value
        type_ = finalize(value.type) if self.final else value.type
        temp = ir.Name(self.fresh("values"), type=type_)
        self.pre.append(ir.VarDecl(temp.id, type_, value, location=loc))
        return temp

    def unpack_tuple(self, node: Syntax, targets: list[Syntax], right: Syntax) -> list[ir.Stmt]:
        """``a, b, c = t``: each name gets its position of the tuple."""
        value = self.expr(right)
        loc = self.location(node)
        if isinstance(value.type, t.UnknownType) and not self.final:
            raise self.unsupported(node, "unpacking a value whose type is not known yet")
        saved, self.pre = self.pre, []
        value = self.stable_tuple(value, loc)
        parts = self.tuple_parts(value, node, "unpacking")
        if len(parts) != len(targets):
            raise self.unsupported(
                node, f"unpacking a tuple of {len(parts)} values into {len(targets)} names"
            )
        out, self.pre = self.pre, saved
        for target, part in zip(targets, parts, strict=True):
            out.extend(self.assign_to(target, part, target, None))
        return out

    def tuples_loop(
        self,
        names: list[str],
        iterable: ir.Expr,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """``for a, b, c in xs`` over tuples of that size: each tuple's positions bound to the names."""
        element = t.element_type(iterable.type)
        assert isinstance(element, t.TupleType) and len(element.elements) == len(names)
        for name, type_ in zip(names, element.elements, strict=True):
            self.see(name, type_)
        type_ = finalize(element) if self.final else element
        item = ir.Name(self.fresh("values"), type=type_)
        unpack = [
            self.bind(name, part, local(name), loc)
            for name, part in zip(names, self.tuple_parts(item, self.node, "unpacking"), strict=True)
        ]
        return [ir.ForEach(item.id, type_, iterable, ir.Block(tuple(unpack + body())), location=loc)]

    def spread_arguments(self, call: Syntax, positional: list[Syntax]) -> list[Syntax | ir.Expr]:
        """The positional arguments with each ``*x`` replaced by x's values in order: the
        elements of a list or tuple display, the positions of a pair or tuple. Refused for a
        value whose size is not known (a list variable)."""
        out: list[Syntax | ir.Expr] = []
        for index, argument in enumerate(positional):
            if argument.type != "list_splat":
                out.append(argument)
                continue
            inner = _values(argument)[0]
            while inner.type == "parenthesized_expression" and len(_values(inner)) == 1:
                inner = _values(inner)[0]
            if inner.type in ("list", "tuple"):
                if any(c.type in ("list_splat", "parenthesized_list_splat") for c in _values(inner)):
                    raise self.unsupported(argument, "argument unpacking of a display that unpacks")
                out.extend(_values(inner))
                continue
            value = self.expr(inner)
            if isinstance(value.type, t.UnknownType) and not self.final:
                raise self.unsupported(argument, "argument unpacking of a value whose type is not known yet")
            if not all(isinstance(n, _PURE) for n in ir.walk(value)) and index > 0:
                # A temporary would compute it before the arguments to its left.
                raise self.unsupported(
                    argument, f"argument unpacking of '{node_text(inner)}' after other arguments"
                )
            value = self.stable_tuple(value, self.location(argument))
            out.extend(self.tuple_parts(value, argument, "argument unpacking"))
        return out

    def check_tuples(self, function: ir.Function) -> None:
        """Refuses a tuple used as what the targets' tuples are not (``misused_tuple``)."""
        misused = misused_tuple(function)
        if misused is not None:
            raise UnsupportedConstruct(
                f"rules engine: unsupported Python construct: a tuple of {len(misused.type.elements)} values "  # type: ignore[attr-defined]
                "used as a sequence or a value of another kind (the translation holds it as a record)",
                misused.location or function.location,
            )

    def expr_list_splat(self, node: Syntax) -> ir.Expr:
        raise self.unsupported(node, "argument unpacking (*x) in a call of this kind")
