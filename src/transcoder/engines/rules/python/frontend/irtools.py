"""Small questions about IR values that the builder asks in several places."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import root_name
from transcoder.engines.rules.effects import EFFECTS
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import TypeConflict, describe, join
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp


B = ir.BinaryOp


def spelled(type_: t.Type) -> str:
    """A scalar type in words for a message or a name (``unsigned int``, ``long``, ``a C string``)."""
    if isinstance(type_, t.IntType) and type_.bits in (8, 16, 32, 64):
        width = {8: "byte", 16: "short", 32: "int", 64: "long"}[type_.bits]
        return width if type_.signed else f"unsigned {width}"
    if isinstance(type_, t.ArrayType) and isinstance(type_.element, t.CharType):
        return "a C string"
    if isinstance(type_, t.StringType):
        return "a string"
    return describe(type_)


def strings_for_chars(have: t.Type, want: t.Type) -> bool:
    """Whether ``want`` is ``have`` with str where ``have`` holds a char, and nothing else changed: a
    dict, set or list of one-character literals (``{"a": 1}``, which the front end types with
    chars) where a ``dict[str, int]`` is taken. Python has no char type, so the value is the same."""
    if isinstance(have, t.CharType):
        return isinstance(want, t.StringType)
    if isinstance(have, t.MapType) and isinstance(want, t.MapType):
        parts = [(have.key, want.key), (have.value, want.value)]
    elif isinstance(have, t.SetType | t.ListType | t.ArrayType) and type(have) is type(want):
        parts = [(t.element_type(have), t.element_type(want))]
    else:
        return False
    changed = [strings_for_chars(a, b) for a, b in parts]
    return any(changed) and all(c or _within(a, b) for c, (a, b) in zip(changed, parts, strict=True))


def _within(have: t.Type, want: t.Type) -> bool:
    """``have`` is ``want`` or a type an inference build joins into it (a weak 0/1 int into int)."""
    try:
        return join(have, want) == want
    except TypeConflict:
        return False


def join_all(types: list[t.Type]) -> t.Type:
    result: t.Type = t.UNKNOWN
    for type_ in types:
        try:
            result = join(result, type_)
        except TypeConflict:
            raise UnsupportedConstruct(
                f"rules engine: values of incompatible types {describe(result)} and {describe(type_)}"
            ) from None
    return result


def array_of(element: t.Type, depth: int) -> t.Type:
    for _ in range(depth):
        element = t.ArrayType(element)
    return element


def is_zero(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.IntLiteral):
        return expr.value == 0
    if isinstance(expr, ir.BoolLiteral):
        return not expr.value
    if isinstance(expr, ir.FloatLiteral):
        return expr.value == 0.0
    return False


def is_constant(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.IntLiteral | ir.FloatLiteral | ir.CharLiteral | ir.BoolLiteral)


def has_call(expr: ir.Expr) -> bool:
    return any(isinstance(n, ir.Call) for n in ir.walk(expr))


def small_constant(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.Cast):
        expr = expr.operand
    return (isinstance(expr, ir.IntLiteral) and abs(expr.value) < 2**16) or isinstance(expr, ir.BoolLiteral)


def int_of_bool(expr: ir.Expr) -> ir.Expr:
    if isinstance(expr.type, t.BoolType):
        if isinstance(expr, ir.BoolLiteral):
            return ir.IntLiteral(int(expr.value), type=t.INT, location=expr.location)
        return ir.Cast(expr, type=t.INT, location=expr.location)
    return expr


def directly_assigned(node: ir.Node) -> set[str]:
    """Names a loop body rebinds by assignment, increment or swap (declarations do not count)."""
    names: set[str] = set()
    for child in ir.walk(node):
        _rebinds(child, names)
    return names


def _rebinds(node: ir.Node, names: set[str]) -> None:
    if isinstance(node, ir.AssignExpr | ir.IncDec) and isinstance(node.target, ir.Name):
        names.add(node.target.id)
    elif isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
        names.update(a.id for a in node.args if isinstance(a, ir.Name))


def _changes(node: ir.Node, names: set[str]) -> None:
    # One node's part of ``analysis.names.assigned_names`` (tests/unit/test_python_frontend_tools.py
    # checks that the two agree).
    if isinstance(node, ir.AssignExpr | ir.IncDec):
        name = root_name(node.target)
        if name:
            names.add(name)
    elif isinstance(node, ir.VarDecl | ir.ForEach):
        names.add(node.name)
    elif isinstance(node, ir.LibraryCall):
        mutated = EFFECTS[node.op].mutates
        for arg in node.args[:mutated]:
            name = root_name(arg)
            if name:
                names.add(name)
    elif isinstance(node, ir.Call):
        for arg in node.args:
            if isinstance(arg, ir.Name) and not isinstance(
                arg.type, t.IntType | t.FloatType | t.BoolType | t.CharType
            ):
                names.add(arg.id)


_BINDING = (ir.AssignExpr, ir.IncDec, ir.LibraryCall, ir.VarDecl, ir.ForEach, ir.Call)
"""The nodes ``_rebinds`` and ``_changes`` look at."""
_FIELDS: dict[type, tuple[str, ...]] = {}


class LoopBindings:
    """What a loop body rebinds (``directly_assigned``) and changes (``assigned_names``), in one walk,
    each loop walked once: a loop built inside another is remembered, and the outer loop's walk
    takes its answer instead of going through it again."""

    def __init__(self) -> None:
        # id -> (the loop, kept alive so that the id stays its own; rebound; changed)
        self._loops: dict[int, tuple[ir.Node, frozenset[str], frozenset[str]]] = {}

    def of(self, nodes: list[ir.Stmt] | list[ir.Node]) -> tuple[set[str], set[str]]:
        rebound: set[str] = set()
        changed: set[str] = set()
        loops = self._loops
        stack: list[ir.Node] = list(reversed(nodes))
        while stack:
            current = stack.pop()
            known = loops.get(id(current))
            if known is not None and known[0] is current:
                rebound |= known[1]
                changed |= known[2]
                continue
            if isinstance(current, _BINDING):
                _rebinds(current, rebound)
                _changes(current, changed)
            # ir.children, without a list per node (every loop of every build is walked)
            fields = _FIELDS.get(type(current))
            if fields is None:
                fields = _FIELDS[type(current)] = ir._child_fields(type(current))
            for name in fields:
                value = getattr(current, name)
                if isinstance(value, tuple):
                    stack.extend(item for item in value if isinstance(item, ir.Node))
                elif isinstance(value, ir.Node):
                    stack.append(value)
        return rebound, changed

    def remember(self, loop: ir.For, body: tuple[set[str], set[str]], extra: list[ir.Node]) -> None:
        """Record ``loop``, whose body statements gave ``body`` and whose other parts are ``extra``
        (its header and any statement added to the body after ``body`` was asked)."""
        rebound, changed = self.of(extra)
        self._loops[id(loop)] = (loop, frozenset(rebound | body[0]), frozenset(changed | body[1]))


def self_combination(value: ir.Expr, base: ir.Expr) -> bool:
    """Whether ``value`` adds or multiplies two or more elements of the table ``base`` belongs to."""
    root = base
    while isinstance(root, ir.Index):
        root = root.base
    if (
        not isinstance(root, ir.Name)
        or not isinstance(value, ir.Binary)
        or value.op not in (B.ADD, B.SUB, B.MUL)
    ):
        return False
    reads = 0
    for node in ir.walk(value):
        if isinstance(node, ir.Index) and not isinstance(node.base, ir.Index):
            reads += isinstance(node.base, ir.Name) and node.base.id == root.id
    return reads >= 2


def ascending_step(step: ir.Expr) -> bool:
    """Whether a range() step is a positive literal."""
    return isinstance(step, ir.IntLiteral) and step.value > 0


def breaks(stmt: ir.Node) -> bool:
    """Whether a ``break`` in ``stmt`` leaves the loop whose body ``stmt`` is."""
    if isinstance(stmt, ir.Break):
        return True
    if isinstance(stmt, ir.While | ir.For | ir.ForEach | ir.DoWhile):
        return False
    return any(breaks(child) for child in ir.children(stmt))


class TuplePart:
    """Stands in for an assignment node where a tuple assignment assigns one target."""

    type = "tuple_part"
    id = -1

    def __init__(self, node: Syntax) -> None:
        self.start_point = node.start_point
        self.start_byte = node.start_byte
        self.location = node.location
