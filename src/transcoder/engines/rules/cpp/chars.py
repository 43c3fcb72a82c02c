"""Characters a C++ ``char`` cannot hold (issue 12, correct or refuse).

A C++ ``char`` is 8 bits (signed with g++ on x86-64) and a ``std::string`` holds bytes. A Java
``char`` is an unsigned 16-bit UTF-16 unit and a Python character a code point, so a translation
into C++ is exact only for the characters 0..127 (ASCII, the same in all three). The inputs a
function receives are taken to be ASCII text, as the other directions take them; what the program
computes itself is checked here:

- a character or string constant outside ASCII (``'\\u00e9'``, ``"h\\u00e9llo"``: one char in Java
  and Python, two bytes in C++);
- an integer made a character (``(char) 200``, ``(char) (c + 1)``, ``chr(n)``) and a character
  updated in place (``c += 150``, ``c++``) where the range analysis (chars read as 0..127) cannot
  show that the value stays within 0..127.

Each is refused with its place: the C++ char would hold another value (``(char) 200`` is -56).
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges
from transcoder.engines.rules.analysis.walks import function_nodes, module_nodes
from transcoder.errors import UnsupportedConstruct

ASCII = Interval(0, 127)
B = ir.BinaryOp


def _computed_char(node: ir.Node) -> ir.Expr | None:
    """The value ``node`` stores into a char, where it is computed from an integer; else None."""
    if isinstance(node, ir.Cast) and isinstance(node.type, t.CharType) and t.is_integral(node.operand.type):
        return None if isinstance(node.operand.type, t.CharType) else node.operand
    if isinstance(node, ir.IncDec) and isinstance(node.target.type, t.CharType):
        return node
    if isinstance(node, ir.AssignExpr) and isinstance(node.target.type, t.CharType) and node.op is not None:
        return node
    return None


def _refusal(what: str, node: ir.Node) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: cannot translate to C++: {what}", getattr(node, "location", None))


def check_chars(module: ir.Module) -> None:
    """Refuse, with its place, the first character of ``module`` that a C++ ``char`` or
    ``string`` would hold differently (see the module docstring)."""
    for node in module_nodes(module):
        if isinstance(node, ir.CharLiteral) and ord(node.value) > 127:
            raise _refusal("a character outside ASCII (a C++ char holds 8 bits)", node)
        if isinstance(node, ir.StringLiteral) and not node.value.isascii():
            raise _refusal("a string constant with characters outside ASCII (a C++ string holds bytes)", node)
    for function in module.functions:  # methods included (``ClassDecl.methods`` name functions)
        stores = [(node, value) for node in function_nodes(function) if (value := _computed_char(node)) is not None]
        if not stores:
            continue
        ranges = Ranges(function, lambda _: True, ASCII, module.globals)
        elements = _element_bounds(function, ranges)
        for node, value in stores:
            key = _constant_element(node.target) if isinstance(node, ir.AssignExpr) else None
            if key is not None and key in elements:
                if elements[key].within(ASCII):
                    continue
            elif ranges.exact(value).within(ASCII):
                continue
            raise _refusal("a character computed from a value that may leave 0..127 (a C++ char holds 8 bits)", node)


def _constant_element(target: ir.Expr) -> tuple[str, int] | None:
    """``a[k]`` of a local name and a constant index: ``(a, k)``."""
    if isinstance(target, ir.Index) and isinstance(target.base, ir.Name) and isinstance(target.index, ir.IntLiteral):
        return (target.base.id, target.index.value)
    return None


def _element_bounds(function: ir.Function, ranges: Ranges) -> dict[tuple[str, int], Interval]:
    """The values each element ``a[k]`` of a local char array may hold at any time, where ``a`` is
    declared once from a literal (``new char[] {'G', 'M', sign, '0'}``), stored into only at
    constant indices outside loops (each store runs at most once: an increment adds its value
    once), and otherwise only read (never passed to a function of the program or rebound): the
    join of its initial value and plain stores, plus every increment's value."""
    declared = [n for n in ir.walk(function) if isinstance(n, ir.VarDecl)]
    in_loops = {
        id(inner)
        for loop in ir.walk(function.body)
        if isinstance(loop, ir.For | ir.ForEach | ir.While | ir.DoWhile)
        for inner in ir.walk(loop)
    }
    bounds: dict[tuple[str, int], Interval] = {}
    for decl in declared:
        if not (isinstance(decl.init, ir.ArrayLiteral) and isinstance(decl.type, t.ArrayType)):
            continue
        if not isinstance(decl.type.element, t.CharType) or sum(d.name == decl.name for d in declared) != 1:
            continue
        found = _bounds_of(function, decl.name, decl.init, ranges, in_loops)
        if found is not None:
            bounds.update({(decl.name, k): value for k, value in enumerate(found)})
    return bounds


def _bounds_of(
    function: ir.Function, name: str, init: ir.ArrayLiteral, ranges: Ranges, in_loops: set[int]
) -> list[Interval] | None:
    bounds = [ranges.exact(e) for e in init.elements]
    for node in ir.walk(function.body):
        if isinstance(node, ir.Call) and any(isinstance(a, ir.Name) and a.id == name for a in node.args):
            return None  # a function of the program may store into it
        target = node.target if isinstance(node, ir.AssignExpr | ir.IncDec) else None
        if isinstance(target, ir.Name) and target.id == name:
            return None  # rebound
        if not (isinstance(target, ir.Index) and isinstance(target.base, ir.Name) and target.base.id == name):
            continue
        key = _constant_element(target)
        if not isinstance(node, ir.AssignExpr) or key is None or id(node) in in_loops:
            return None
        k = key[1]
        if not 0 <= k < len(bounds) or node.op not in (None, B.ADD):
            return None
        bounds[k] = _stored(bounds[k], ranges.exact(node.value), node.op is None)
    return bounds


def _stored(before: Interval, value: Interval, plain: bool) -> Interval:
    """An element's values after a store of ``value`` (``plain``) or an increment by it."""
    if before.low is None or before.high is None or value.low is None or value.high is None:
        return Interval()
    if plain:
        return Interval(min(before.low, value.low), max(before.high, value.high))
    return Interval(before.low + min(value.low, 0), before.high + max(value.high, 0))
