"""C++ number literals read as C++ reads them: the type of an integer literal by its value, base and
suffix (LP64), negated unsigned literals wrapped, hex floats exact, and what is wrong otherwise."""

from __future__ import annotations

import math
import re

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

# C++ number literals, after the sign tree-sitter folds into them and the `'` separators are taken off.
_INTEGER = re.compile(r"(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uU]?(?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU])")
_DECIMAL_FLOAT = re.compile(r"((?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)([fFlL]?)")
_HEX_FLOAT = re.compile(r"(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][-+]?[0-9]+)([fFlL]?)")
_FLOAT_MAX = {32: 3.4028234663852886e38, 64: 1.7976931348623157e308}


def integer_type(value: int, decimal: bool, suffix: str) -> t.IntType | None:
    """The type C++ (LP64: long is 64 bits) gives an integer literal: the first of its suffix's list
    that holds the value, where a hex, octal or binary literal may also be unsigned; None if none does."""
    unsigned = "u" in suffix.lower()
    widths = (64,) if "l" in suffix.lower() else (32, 64)
    for bits in widths:
        candidates = [t.IntType(bits, not unsigned)]
        if not decimal and not unsigned:
            candidates.append(t.IntType(bits, False))
        for type_ in candidates:
            if value <= (2 ** (bits - 1) - 1 if type_.signed else 2**bits - 1):
                return type_
    return None


def read_number(text: str) -> ir.IntLiteral | ir.FloatLiteral | str:
    """The IR literal of a C++ ``number_literal`` (tree-sitter puts a leading sign in it), or what
    is wrong with it: a negated unsigned literal wraps (``-1u`` is 4294967295), ``0x80000000`` is
    an unsigned int, ``2147483648`` a long, hex floats (``0x1.8p3``) are read exactly."""
    body = text.replace("'", "")
    sign = -1 if body.startswith("-") else 1
    body = body.lstrip("+-")
    if match := _INTEGER.fullmatch(body):
        digits, suffix = match.groups()
        decimal = digits[:2].lower() not in ("0x", "0b") and not (len(digits) > 1 and digits[0] == "0")
        base = 10 if decimal else {"0x": 16, "0b": 2}.get(digits[:2].lower(), 8)
        magnitude = int(digits[2:] if base in (2, 16) else digits, base)
        type_ = integer_type(magnitude, decimal, suffix)
        if type_ is None:
            return f"integer literal '{text}' beyond 64 bits"
        value = sign * magnitude
        return ir.IntLiteral(value if type_.signed else value % 2 ** (type_.bits or 64), type=type_)
    hex_float = _HEX_FLOAT.fullmatch(body)
    match = hex_float or _DECIMAL_FLOAT.fullmatch(body)
    if match is None:
        return f"number literal '{text}'"
    number, suffix = match.groups()
    bits = 32 if suffix.lower() == "f" else 64  # long double is read as a double
    try:
        real = sign * (float.fromhex(number) if hex_float else float(number))
    except OverflowError:
        real = math.inf
    if not abs(real) <= _FLOAT_MAX[bits]:
        return f"floating literal '{text}' out of the range of its type"
    spelled = "" if hex_float else ("-" if sign < 0 else "") + number.lower()
    return ir.FloatLiteral(real, spelled, type=t.FloatType(bits))
