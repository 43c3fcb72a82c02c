"""Tuples of other than two values in Java: one ``record`` per tuple type, declared in the file.

Java has no tuples. A ``types.TupleType`` prints as a record the translation declares beside its
methods (``record Tuple3(int v0, int[] v1, String v2) {}``), one per distinct list of position
types, named by its size (``Tuple3``, then ``Tuple3_2`` for a second kind of three values); a
position is read through its accessor (``t.v1()``). Records compare with ``equals``, position by
position; that is Python's ``==`` where each position's ``equals`` is. Arrays compare by identity
there, so tuples and pairs holding one compare with ``Arrays.deepEquals`` of their positions;
floats' ``equals`` tells 0.0 from -0.0, so ``==`` of tuples holding one is refused, and so is
ordering tuples (``<``: records are not ``Comparable``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX, UNARY

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend


def record_name(b: JavaBackend, type_: t.TupleType) -> str:
    """The record that holds ``type_``'s values, declared on first use."""
    name = b.records.get(type_)
    if name is None:
        taken = set(b.records.values()) | {d.name for d in b.ir_module.classes}
        size = len(type_.elements)
        name, count = f"Tuple{size}", 1
        while name in taken:
            count += 1
            name = f"Tuple{size}_{count}"
        b.records[type_] = name
    return name


def record_texts(b: JavaBackend) -> list[str]:
    """The declarations of the records used so far (components may name more: repeat until none)."""
    texts: dict[t.TupleType, str] = {}
    while len(texts) < len(b.records):
        for type_, name in list(b.records.items()):
            if type_ not in texts:
                components = ", ".join(f"{b.type_name(e)} v{k}" for k, e in enumerate(type_.elements))
                texts[type_] = f"record {name}({components}) {{}}"
    return list(texts.values())


def make_tuple(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    assert isinstance(call.type, t.TupleType)
    values = ", ".join(b.expr(v) for v in call.args if v is not None)
    return (f"new {record_name(b, call.type)}({values})", POSTFIX)


def tuple_get(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    record, position = call.args
    assert record is not None and isinstance(position, ir.IntLiteral)
    return (f"{b.expr(record, POSTFIX)}.v{position.value}()", POSTFIX)


def _equals_is_pythons(type_: t.Type) -> bool:
    """Whether equal values of ``type_`` are equal by ``equals`` (arrays: by ``Arrays.deepEquals``)."""
    if isinstance(type_, t.TupleType):
        return all(_equals_is_pythons(e) for e in type_.elements)
    if isinstance(type_, t.PairType):
        return _equals_is_pythons(type_.first) and _equals_is_pythons(type_.second)
    if isinstance(type_, t.ListType | t.ArrayType):
        return _equals_is_pythons(type_.element)
    return isinstance(type_, t.IntType | t.BoolType | t.CharType | t.StringType)


def holds_array(type_: t.Type) -> bool:
    """Whether a pair or tuple holds an array at one of its positions (Java's ``equals`` compares
    it by identity, Python's ``==`` and C++'s by value)."""
    parts = t.tuple_parts(type_)
    return parts is not None and any(isinstance(p, t.ArrayType) or holds_array(p) for p in parts)


def _pure(expr: ir.Expr) -> bool:
    return all(
        isinstance(n, ir.Name | ir.Index | ir.IntLiteral)
        or (isinstance(n, ir.LibraryCall) and n.op in (ir.LibOp.TUPLE_GET, ir.LibOp.PAIR_FIRST, ir.LibOp.PAIR_SECOND))
        for n in ir.walk(expr)
    )


def _positions(b: JavaBackend, expr: ir.Expr) -> str:
    """``new Object[] {p.getKey(), p.getValue()}``: the values at each position, for deepEquals."""
    parts = t.tuple_parts(expr.type)
    assert parts is not None
    if isinstance(expr.type, t.PairType):
        reads = [f"{b.expr(expr, POSTFIX)}.getKey()", f"{b.expr(expr, POSTFIX)}.getValue()"]
    else:
        reads = [f"{b.expr(expr, POSTFIX)}.v{k}()" for k in range(len(parts))]
    return f"new Object[] {{{', '.join(reads)}}}"


def tuple_comparison(b: JavaBackend, expr: ir.Binary) -> tuple[str, int]:
    """``a == b`` / ``a != b`` of tuples (and of pairs holding arrays) as ``equals``, or as
    ``Arrays.deepEquals`` of their positions where one holds an array; refused where neither is
    Python's ``==``."""
    left, right = expr.left, expr.right
    equal_kind = expr.op in (ir.BinaryOp.EQ, ir.BinaryOp.NE) and _equals_is_pythons(left.type)
    if equal_kind and holds_array(left.type) and _pure(left) and _pure(right):
        text = f"Arrays.deepEquals({_positions(b, left)}, {_positions(b, right)})"
    elif equal_kind and not holds_array(left.type):
        text = f"{b.expr(left, POSTFIX)}.equals({b.expr(right)})"
    else:
        raise b.unsupported(
            expr, f"'{expr.op.value}' of tuples (Java records: ordered, or holding a float or an array)"
        )
    return (text, POSTFIX) if expr.op == ir.BinaryOp.EQ else (f"!{text}", UNARY)
