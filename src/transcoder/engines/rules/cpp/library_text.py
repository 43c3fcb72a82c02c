"""C++ library rows of issue 13: ``std::string`` methods (``rfind``, ``find`` from a position,
``replace(pos, count, text)``), ``string::npos`` as a value, ``vector::resize``. Importing this
module adds them to ``library.METHODS`` (the C++ front end imports it).

A C++ position that is ``npos`` is the IR's -1 converted to ``size_t`` (``find`` gives -1 where it
finds nothing, as in Java and Python), so a variable holding a ``find`` result compares equal to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cpp import library
from transcoder.engines.rules.cpp.library import MethodCall, simplify

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd

L = ir.LibOp
B = ir.BinaryOp
SIZE_T = t.IntType(64, False)
FINDS = frozenset({L.STR_FIND, L.STR_FIND_LAST, L.STR_FIND_FROM})


def npos() -> ir.Expr:
    """``string::npos``: -1 as a ``size_t``."""
    return ir.Cast(ir.IntLiteral(-1, type=t.INT), type=SIZE_T)


def _pure(args: Sequence[ir.Expr]) -> bool:
    return all(not isinstance(n, ir.AssignExpr | ir.IncDec | ir.Call) for a in args for n in ir.walk(a))


def _position(expr: ir.Expr) -> ir.Expr:
    """A position argument as an int (a ``size_t`` variable holding one)."""
    return ir.Cast(expr, type=t.INT) if isinstance(expr.type, t.IntType) and not expr.type.signed else expr


def _never_empty(expr: ir.Expr) -> bool:
    return isinstance(expr.type, t.CharType) or (isinstance(expr, ir.StringLiteral) and expr.value != "")


def _find(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.find(x, pos)``: from a position (of a char or non-empty text: an empty one past the end
    is found there by C++ only)."""
    if len(call.args) != 2:
        return None
    needle, start = call.args
    if not _never_empty(needle):
        raise f.unsupported(call.node, "find from a position of a text that may be empty")
    return ir.LibraryCall(
        L.STR_FIND_FROM, (call.receiver, needle, _position(start)), type=t.INT, location=f.location(call.node)
    )


def _rfind(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    return ir.LibraryCall(
        L.STR_FIND_LAST, (call.receiver, call.args[0]), type=t.INT, location=f.location(call.node)
    )


def _replace(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.replace(pos, count, text)``: the text around the replaced part (count clamps at the end)."""
    receiver, args, loc = call.receiver, call.args, f.location(call.node)
    if (
        len(args) != 3
        or not t.is_integral(args[0].type)
        or not isinstance(args[2].type, t.StringType | t.CharType)
    ):
        return None
    if not isinstance(receiver, ir.Name) or not _pure(args):
        raise f.unsupported(call.node, "replace in a string that is not a variable, or with side effects")
    position = _position(args[0])
    head = ir.LibraryCall(L.SUBSTRING, (receiver, ir.IntLiteral(0, type=t.INT), position), type=t.STRING)
    reach = simplify(f.binary("+", position, _position(args[1]), call.node))
    length = ir.LibraryCall(L.STR_LEN, (receiver,), type=t.INT)
    after = ir.LibraryCall(L.MIN, (reach, length), type=t.INT)
    tail = ir.LibraryCall(L.SUBSTRING, (receiver, after, None), type=t.STRING)
    piece = args[2]
    if isinstance(piece.type, t.CharType):
        piece = ir.LibraryCall(L.TO_STRING, (piece,), type=t.STRING)
    value = ir.Binary(B.ADD, ir.Binary(B.ADD, head, piece, type=t.STRING), tail, type=t.STRING, location=loc)
    return ir.AssignExpr(receiver, value, type=t.STRING, location=loc)


def _resize(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``v.resize(n[, value])``: as many elements as ``n``, new ones ``value`` (or zero)."""
    if len(call.args) not in (1, 2) or not _pure(call.args):
        return None
    element = t.element_type(call.receiver.type)
    fill = f.coerce(call.args[1], element) if len(call.args) == 2 else None
    size = _position(call.args[0])
    return ir.LibraryCall(
        L.LIST_RESIZE, (call.receiver, size, fill), type=t.VOID, location=f.location(call.node)
    )


STRING_METHODS = {"find": (_find,), "rfind": (_rfind,), "replace": (_replace,)}
LIST_METHODS = {"resize": (_resize,)}

for _table, _rows in (
    (library.METHODS[t.StringType], STRING_METHODS),
    (library.METHODS[t.ListType], LIST_METHODS),
):
    for _name, _candidates in _rows.items():
        _table[_name] = (*_table.get(_name, ()), *_candidates)
