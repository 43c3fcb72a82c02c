"""Java library rows for IEEE values (issue 13): ``Double.isNaN``, ``isInfinite`` and ``isFinite``
and their ``Float`` forms, composed from the IR's ``abs``, comparisons and infinity so that the
argument is read once (side effects stay where Java has them):

- ``isNaN(x)`` is ``!(|x| <= inf)``: every comparison with NaN is false;
- ``isInfinite(x)`` is ``|x| == inf``;
- ``isFinite(x)`` is ``|x| <= MAX`` (false for NaN and both infinities).

Importing this module adds them to ``library.STATIC`` (the Java front end imports it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.java import library
from transcoder.engines.rules.java.library import Candidates, Recognizer, Site

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
B = ir.BinaryOp

_LARGEST = {64: 1.7976931348623157e308, 32: 3.4028234663852886e38}


def _ieee_test(owner_bits: int, test: str) -> Recognizer:
    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 1 or not t.is_numeric(site.args[0].type):
            return None
        loc = f.location(site.node)
        type_ = t.FloatType(owner_bits)
        magnitude = ir.LibraryCall(L.ABS, (f.coerce(site.args[0], type_),), type=type_, location=loc)
        infinity = ir.LibraryCall(L.FLOAT_INFINITY, (), type=type_, location=loc)
        if test == "isInfinite":
            return ir.Binary(B.EQ, magnitude, infinity, type=t.BOOL, location=loc)
        if test == "isFinite":
            largest = _LARGEST[owner_bits]
            limit = ir.FloatLiteral(largest, repr(largest), type=type_, location=loc)
            return ir.Binary(B.LE, magnitude, limit, type=t.BOOL, location=loc)
        ordered = ir.Binary(B.LE, magnitude, infinity, type=t.BOOL, location=loc)
        return ir.Unary(ir.UnaryOp.NOT, ordered, type=t.BOOL, location=loc)

    return recognize


STATIC: dict[tuple[str, str], Candidates] = {
    (owner, test): (_ieee_test(bits, test),)
    for owner, bits in (("Double", 64), ("Float", 32))
    for test in ("isNaN", "isInfinite", "isFinite")
}

library.STATIC.update(STATIC)
