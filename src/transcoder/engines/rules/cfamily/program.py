"""What the C++ and Java front ends share for whole programs: the entry point, and the text of a
printed float or bool, which each language writes its own way.

* C++ streams print a double as C's ``printf("%g")`` does (6 significant digits) and a bool as
  ``1``/``0``: ``FORMAT_C("%g", x)`` and the bool as an int.
* Java prints a double as ``Double.toString`` (a float as ``Float.toString``): ``JAVA_TEXT(x)``;
  a bool as ``true``/``false``.

Each target then prints that text exactly (``<target>/program.py``).
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

L = ir.LibOp

CPP_STREAM_FLOAT = "%g"  # the format of a C++ stream with its default flags and precision (6)


def printed_text(language: str, value: ir.Expr) -> ir.Expr | None:
    """The text ``language`` (``C++``, ``Java``) prints for ``value``, a float or a bool; None
    for other values."""
    loc = value.location
    if isinstance(value.type, t.FloatType):
        if language == "C++":
            spec = ir.StringLiteral(CPP_STREAM_FLOAT, type=t.STRING, location=loc)
            return ir.LibraryCall(L.FORMAT_C, (spec, value), type=t.STRING, location=loc)
        return ir.LibraryCall(L.JAVA_TEXT, (value,), type=t.STRING, location=loc)
    if isinstance(value.type, t.BoolType):
        if language == "C++":
            return ir.Cast(value, type=t.INT, location=loc)
        true, false = (ir.StringLiteral(word, type=t.STRING, location=loc) for word in ("true", "false"))
        return ir.Conditional(value, true, false, type=t.STRING, location=loc)
    return None


def entry_point(functions: list[ir.Function] | tuple[ir.Function, ...]) -> str | None:
    """The name of the program's entry point among a C++ or Java file's functions: ``main``
    taking nothing or (Java) the arguments as ``String[]``; None when there is none."""
    for function in functions:
        if function.name != "main":
            continue
        params = function.params
        if not params or (len(params) == 1 and params[0].type == t.ArrayType(t.STRING)):
            return function.name
    return None
