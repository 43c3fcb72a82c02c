"""The transfer rules of the range analysis (``ranges.py``): the value of each kind of expression,
and how many times a loop can run."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.elements import STORING, element_key
from transcoder.engines.rules.analysis.intervals import Interval

if TYPE_CHECKING:
    from transcoder.engines.rules.analysis.ranges import Ranges, State

B = ir.BinaryOp
L = ir.LibOp
U = ir.UnaryOp

BOOL = Interval(0, 1)
_COMPARISONS = tuple(ir.COMPARISONS)  # `in` a tuple: identity tests, no call of Enum.__hash__
POSITION = Interval(-1, 2**31 - 1)  # an index found, or -1
_SIZE = Interval(0, 2**31 - 1)
_LAST_INDEX = 2**31 - 2
_LOG_BOUND = 65
Callees = (
    Mapping[str, tuple[bool, ...]] | None
)  # each module function's reference parameters  # a counter multiplied or divided by 2 or more leaves any 64-bit range within this


def evaluate(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    """The exact value of ``expr`` in ``state`` (whose variables it updates on side effects)."""
    rule = RULES.get(type(expr))
    if rule is not None:
        return rule(ranges, expr, state)
    for child in ir.children(expr):
        if isinstance(child, ir.Expr):
            ranges.expr(child, state)
    return ranges.type_range(expr.type)


def _literal(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    if isinstance(expr, (ir.IntLiteral, ir.FloatLiteral)):
        return iv.point(expr.value)
    if isinstance(expr, ir.CharLiteral):
        return iv.point(ord(expr.value))
    if isinstance(expr, ir.BoolLiteral):
        return iv.point(int(expr.value))
    return ranges.type_range(expr.type)


def _name(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Name)
    if expr.id in state and expr.id not in ranges.escaping:
        return state[expr.id]
    if expr.id in ranges.constants and expr.id not in state:
        return iv.point(ranges.constants[expr.id])
    return ranges.type_range(expr.type)


def _binary(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Binary)
    op = expr.op
    if op in (B.AND, B.OR):
        ranges.expr(expr.left, state)
        branch = ranges.refine(expr.left, dict(state), op == B.AND)
        if branch is not None:
            ranges.expr(expr.right, branch)
            _merge(state, branch)
        return BOOL
    ring = expr.type if op in (B.ADD, B.SUB, B.MUL) and isinstance(expr.type, t.IntType) else None
    left = ranges.expr(expr.left, state, ring)
    right = ranges.expr(expr.right, state, ring)
    if op in _COMPARISONS:
        return BOOL
    return arithmetic(op, left, right, expr.type)


def arithmetic(op: ir.BinaryOp, left: Interval, right: Interval, type_: t.Type) -> Interval:
    """The exact value of ``left op right`` (of the result type ``type_``)."""
    if op == B.ADD:
        return left + right
    if op == B.SUB:
        return left - right
    if op == B.MUL:
        return left * right
    if not isinstance(type_, t.IntType):
        return Interval(None, None, True)  # float division and remainder: any value, NaN included
    limits = iv.of_type(type_)
    if op == B.TRUNC_DIV:
        return iv.trunc_div(left, right)
    if op == B.FLOOR_DIV:
        quotient = iv.trunc_div(left, right)
        return quotient.join(quotient - iv.point(1))
    if op == B.TRUNC_MOD:
        return iv.trunc_mod(left, right)
    if op == B.FLOOR_MOD:
        return iv.floor_mod(left, right)
    if op == B.SHL:
        bits = type_.bits or 64
        counts = Interval(0, bits - 1)
        # a count outside them is masked (Java: -1 shifts by 31) or undefined (C++): any of them
        count = right if right.within(counts) else counts
        if count.low is None or count.high is None:
            return iv.UNKNOWN
        return left * Interval(1 << int(count.low), 1 << int(count.high))
    if op == B.SHR:
        return iv.shift_right(left, right).meet(limits) or limits
    if op == B.USHR:
        return iv.shift_right(left, right) if left.low is not None and left.low >= 0 else limits
    found = iv.bit_and(left, right) if op == B.BIT_AND else iv.bit_or(left, right)
    if found.bounded:
        return found
    # bitwise results of in-range operands stay in range, except a signed pair read as unsigned
    return limits if type_.signed or (left.within(limits) and right.within(limits)) else iv.UNKNOWN


def _unary(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Unary)
    ring = expr.type if expr.op in (U.NEG, U.POS) and isinstance(expr.type, t.IntType) else None
    value = ranges.expr(expr.operand, state, ring)
    if expr.op == U.NEG:
        return -value
    if expr.op == U.POS:
        return value
    if expr.op == U.BIT_NOT:
        return -value - iv.point(1)
    return BOOL


def _conditional(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Conditional)
    ranges.expr(expr.condition, state)
    then = ranges.refine(expr.condition, dict(state), True)
    otherwise = ranges.refine(expr.condition, dict(state), False)
    values: list[Interval] = []
    for branch, chosen in ((then, expr.then), (otherwise, expr.otherwise)):
        if branch is not None:
            values.append(ranges.expr(chosen, branch))
    branches = [b for b in (then, otherwise) if b is not None]
    if branches:
        merged = branches[0]
        for other in branches[1:]:
            merged = {k: merged[k].join(other[k]) for k in merged.keys() & other.keys()}
        state.clear()
        state.update(merged)
    if not values:
        return ranges.type_range(expr.type)
    result = values[0]
    for found in values[1:]:
        result = result.join(found)
    return result


def _cast(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Cast)
    value = ranges.expr(expr.operand, state)
    source, target = expr.operand.type, expr.type
    if isinstance(target, t.IntType) and isinstance(source, t.FloatType):
        if not value.bounded or math.isinf(value.low or 0) or math.isinf(value.high or 0):
            return Interval(None, None, value.nan)  # an infinity converts to no integer interval
        assert value.low is not None and value.high is not None
        return Interval(math.trunc(value.low), math.trunc(value.high))
    if isinstance(target, (t.FloatType, t.IntType, t.CharType)):
        return value
    return ranges.type_range(target)


def _index(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    """An element; afterwards its position is known to be inside the sequence: reading outside
    throws in Java and is undefined in C++, so the program goes on only from a valid index."""
    assert isinstance(expr, ir.Index)
    ranges.expr(expr.base, state)
    sequence = isinstance(expr.base.type, (t.ArrayType, t.ListType, t.StringType, t.StringBuilderType))
    index = expr.index
    if sequence and isinstance(index, ir.IncDec) and isinstance(index.target, ir.Name):
        # `a[i++]` reads a[i] (`a[++i]` a[i + 1]): only a valid position lets the program go on
        shift = 0 if not index.prefix else index.delta
        _inside(ranges, ir.Binary(B.ADD, index.target, ir.IntLiteral(shift, type=t.INT), type=t.INT), state)
    ranges.expr(index, state)
    if sequence:
        _inside(ranges, index, state)
    if ranges.arrays:
        followed = _followed(ranges, expr)
        if followed is not None and element_key(followed) in state:
            return state[element_key(followed)]
    return ranges.type_range(expr.type)


def _followed(ranges: Ranges, target: ir.Expr) -> str | None:
    """The followed array (``elements.followed_arrays``) whose element ``target`` is, or None."""
    levels = 0
    while isinstance(target, ir.Index):
        target, levels = target.base, levels + 1
    if isinstance(target, ir.Name):
        elements = ranges.arrays.get(target.id)
        if elements is not None and elements.depth == levels:
            return target.id
    return None


def _inside(ranges: Ranges, position: ir.Expr, state: State) -> None:
    ranges.inside(position, state)  # position >= 0, then position <= _LAST_INDEX


def _call(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Call)
    for arg in expr.args:
        ranges.expr(arg, state)
    return ranges.type_range(expr.type)


def _library(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.LibraryCall)
    args = [ranges.expr(a, state) if a is not None else iv.UNKNOWN for a in expr.args]
    op = expr.op
    if op in STORING and ranges.arrays and len(args) > 1:
        array, value = expr.args[0], expr.args[1]
        if isinstance(array, ir.Name) and array.id in ranges.arrays and value is not None:
            ranges.store_element(array.id, ranges.stored(args[1], ranges.arrays[array.id].element), state)
    if op in (L.LEN, L.STR_LEN, L.COUNT_OF):
        return _SIZE
    if op in (L.STR_FIND, L.LOWER_BOUND, L.UPPER_BOUND):
        return POSITION
    if op in (L.INT_MAX, L.INT_MIN):
        limits = ranges.type_range(expr.type)
        return iv.point(limits.high if op == L.INT_MAX else limits.low)  # type: ignore[arg-type]
    if op in (L.MIN, L.MAX) and len(args) == 2:
        return _extreme(args[0], args[1], op == L.MIN)
    if op == L.ABS and args:
        return iv.absolute(args[0])
    if op == L.BIT_COUNT:
        return Interval(0, 64)
    if op == L.SQRT and args:
        return iv.sqrt(args[0])
    if op in (L.FLOOR, L.CEIL, L.ROUND) and args and args[0].bounded:
        return args[0] + Interval(-1, 1)
    if op in (L.IS_DIGIT, L.IS_ALPHA, L.IS_ALNUM, L.IS_UPPER, L.IS_LOWER, L.IS_SPACE, L.EMPTY, L.CONTAINS):
        return BOOL
    return ranges.type_range(expr.type)


def _extreme(a: Interval, b: Interval, smallest: bool) -> Interval:
    pick = min if smallest else max
    if smallest:
        low = None if a.low is None or b.low is None else pick(a.low, b.low)
        high = b.high if a.high is None else a.high if b.high is None else pick(a.high, b.high)
    else:
        low = b.low if a.low is None else a.low if b.low is None else pick(a.low, b.low)
        high = None if a.high is None or b.high is None else pick(a.high, b.high)
    return Interval(low, high, a.nan or b.nan)


def _assign(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.AssignExpr)
    target = expr.target
    if not isinstance(target, ir.Name):
        for child in ir.children(target):
            if isinstance(child, ir.Expr):
                ranges.expr(child, state)
    value = ranges.expr(expr.value, state)
    if expr.op is not None:
        old = _current(ranges, target, state)
        computed = t.promote(target.type, expr.value.type) if t.is_numeric(target.type) else target.type
        value = arithmetic(expr.op, old, value, computed)
    stored = ranges.stored(value, target.type, id(expr) in ranges.trusted)
    if isinstance(target, ir.Name) and ranges.tracked(target.type):
        ranges.assign(target.id, stored, state)
    elif ranges.arrays and isinstance(target, ir.Index):
        _store_element(ranges, target, stored, state)
    ranges.values[id(expr)] = value
    return stored


def _store_element(ranges: Ranges, target: ir.Index, value: Interval, state: State) -> None:
    followed = _followed(ranges, target)
    if followed is not None:
        ranges.store_element(followed, value, state)


def _incdec(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.IncDec)
    target = expr.target
    if not isinstance(target, ir.Name):
        for child in ir.children(target):
            if isinstance(child, ir.Expr):
                ranges.expr(child, state)
    old = _current(ranges, target, state)
    new = old + iv.point(expr.delta)
    stored = ranges.stored(new, target.type, id(expr) in ranges.trusted)
    if isinstance(target, ir.Name) and ranges.tracked(target.type):
        ranges.assign(target.id, stored, state)
    elif ranges.arrays and isinstance(target, ir.Index):
        _store_element(ranges, target, stored, state)
    ranges.values[id(expr)] = new
    return stored if expr.prefix else old


def _current(ranges: Ranges, target: ir.Expr, state: State) -> Interval:
    if isinstance(target, ir.Name) and target.id in state and target.id not in ranges.escaping:
        return state[target.id]
    if ranges.arrays and isinstance(target, ir.Index):
        followed = _followed(ranges, target)
        if followed is not None and element_key(followed) in state:
            return state[element_key(followed)]
    return ranges.type_range(target.type)


def _lambda(ranges: Ranges, expr: ir.Expr, state: State) -> Interval:
    assert isinstance(expr, ir.Lambda)
    inner: State = {}
    if isinstance(expr.body, ir.Block):
        ranges.statements(expr.body.body, inner)
    else:
        ranges.expr(expr.body, inner)
    return ranges.type_range(expr.type)


def _merge(state: State, branch: State) -> None:
    """``state`` joined in place with a branch that may or may not have run."""
    for name in list(state):
        if name in branch:
            state[name] = state[name].join(branch[name])


RULES = {
    ir.IntLiteral: _literal,
    ir.FloatLiteral: _literal,
    ir.CharLiteral: _literal,
    ir.BoolLiteral: _literal,
    ir.Name: _name,
    ir.Binary: _binary,
    ir.Unary: _unary,
    ir.Conditional: _conditional,
    ir.Cast: _cast,
    ir.Index: _index,
    ir.Call: _call,
    ir.LibraryCall: _library,
    ir.AssignExpr: _assign,
    ir.IncDec: _incdec,
    ir.Lambda: _lambda,
}


# -- iteration bounds ---------------------------------------------------------------------------
def counted_iterations(loop: ir.Stmt, entry: State, ranges: Ranges) -> int | None:
    """At most how many times a counting loop runs: a counter stepped once per iteration toward
    a bound the loop does not change (``for (i = a; i < b; i += c)``, ``while (n > 0) n /= 10``)."""
    found = ranges.structure.counter(loop)
    if found is None:
        return None
    counter, step, condition = found
    written = ranges.structure.written(loop, with_callees=False)
    start = entry.get(counter)
    if start is None:
        return None
    for conjunct in _conjuncts(condition):
        bound = _against(conjunct, counter, written, entry, ranges)
        if bound is None:
            continue
        op, limit = bound
        count = _steps(op, start, limit, step)
        if count is not None:
            return count
    return None


def _counter(
    loop: ir.Stmt, callees: Callees = None, structure: Structure | None = None
) -> tuple[str, tuple[ir.BinaryOp, int], ir.Expr] | None:
    """The counter of ``loop``, its step (``(ADD, 1)``, ``(MUL, 2)``, ``(TRUNC_DIV, 10)``...) and
    the loop's condition (``structure``: the same callees', whose written names are cached)."""
    if isinstance(loop, ir.For) and loop.condition is not None and len(loop.update) == 1:
        step = _step(loop.update[0])
        if structure is not None:
            structure.written(loop)  # the loop's answer holds its body's, from one walk of the loop
        written = structure.written(loop.body) if structure is not None else _names_written(loop.body, callees)
        if step is None or step[0] in written:
            return None
        return step[0], step[1], loop.condition
    if isinstance(loop, ir.While) and isinstance(loop.body, ir.Block):
        if any(isinstance(n, ir.Continue) for n in _walk_no_loops(loop.body)):
            return None
        for stmt in loop.body.body:
            if isinstance(stmt, ir.ExprStmt):
                step = _step(stmt.expr)
                if step is not None and _writes(loop.body, step[0], callees) == 1:
                    return step[0], step[1], loop.condition
    return None


def _step(expr: ir.Expr) -> tuple[str, tuple[ir.BinaryOp, int]] | None:
    if isinstance(expr, ir.IncDec) and isinstance(expr.target, ir.Name):
        return expr.target.id, (B.ADD, expr.delta)
    if not (isinstance(expr, ir.AssignExpr) and isinstance(expr.target, ir.Name)):
        return None
    name, value, op = expr.target.id, expr.value, expr.op
    if (
        op is None
        and isinstance(value, ir.Binary)
        and isinstance(value.left, ir.Name)
        and value.left.id == name
    ):
        op, value = value.op, value.right
    if not isinstance(value, ir.IntLiteral) or op is None:
        return None
    amount = value.value
    if op == B.SUB:
        op, amount = B.ADD, -amount
    if op == B.SHL:
        op, amount = B.MUL, 1 << amount if 0 <= amount < 64 else 0
    if op in (B.SHR, B.USHR) and 0 < amount < 64:
        return name, (op, amount)
    if (op == B.ADD and amount != 0) or (op in (B.MUL, B.TRUNC_DIV) and amount >= 2):
        return name, (op, amount)
    return None


def _steps(op: ir.BinaryOp, start: Interval, limit: Interval, step: tuple[ir.BinaryOp, int]) -> int | None:
    kind, amount = step
    if (
        kind == B.ADD
        and amount > 0
        and op in (B.LT, B.LE)
        and limit.high is not None
        and start.low is not None
    ):
        span = int(limit.high) - int(start.low) + (1 if op == B.LE else 0)
        return max(0, -(-span // amount))
    if (
        kind == B.ADD
        and amount < 0
        and op in (B.GT, B.GE)
        and limit.low is not None
        and start.high is not None
    ):
        span = int(start.high) - int(limit.low) + (1 if op == B.GE else 0)
        return max(0, -(-span // -amount))
    if kind == B.MUL and op in (B.LT, B.LE) and start.low is not None and start.low >= 1:
        return _LOG_BOUND
    # dividing by 2 or more reaches 0 (toward zero); shifting right reaches 0 from a positive value
    if kind == B.USHR and op == B.NE and limit.low == limit.high == 0:
        return _LOG_BOUND  # a logical shift reaches 0 from any value
    if kind in (B.TRUNC_DIV, B.SHR, B.USHR) and limit.low is not None and limit.high is not None:
        if kind == B.TRUNC_DIV and op == B.NE and limit.low == limit.high == 0:
            return _LOG_BOUND
        if (op == B.GT and limit.low >= 0) or (op == B.GE and limit.low >= 1):
            return _LOG_BOUND
        if op == B.NE and limit.low == limit.high == 0 and start.low is not None and start.low >= 0:
            return _LOG_BOUND  # a non-negative value shifted right reaches 0
    return None


def _against(
    conjunct: ir.Expr, counter: str, written: set[str], entry: State, ranges: Ranges
) -> tuple[ir.BinaryOp, Interval] | None:
    """``(op, value)`` when ``conjunct`` is ``counter op other`` with ``other`` unchanged by the loop."""
    if not (isinstance(conjunct, ir.Binary) and conjunct.op in _FLIP):
        return None
    left, right, op = conjunct.left, conjunct.right, conjunct.op
    if not (isinstance(left, ir.Name) and left.id == counter):
        left, right, op = right, left, _FLIP[op]
    if not (isinstance(left, ir.Name) and left.id == counter):
        return None
    if ranges.structure.names_in(right) & written or not ranges.structure.effect_free(right):
        return None
    return op, ranges.peek(right, entry)  # peek reads the state, never changes it


_FLIP = {B.LT: B.GT, B.LE: B.GE, B.GT: B.LT, B.GE: B.LE, B.NE: B.NE}


def _conjuncts(condition: ir.Expr) -> list[ir.Expr]:
    if isinstance(condition, ir.Binary) and condition.op == B.AND:
        return _conjuncts(condition.left) + _conjuncts(condition.right)
    return [condition]


def _names_in(node: ir.Node) -> set[str]:
    return {n.id for n in ir.walk(node) if isinstance(n, ir.Name)}


def call_writes(call: ir.Call, callees: Callees) -> set[str]:
    """The variables a call may change: those it hands to a reference parameter (C++ ``int&``);
    every one it is handed when the callee is not one of the module's (``callees``: each
    function's parameters, True for a reference; None: nothing known)."""
    flags = callees.get(call.function) if callees is not None else None
    return {
        arg.id
        for position, arg in enumerate(call.args)
        if isinstance(arg, ir.Name) and (flags is None or position >= len(flags) or flags[position])
    }


def _names_written(node: ir.Node, callees: Callees = None) -> set[str]:
    found: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, (ir.AssignExpr, ir.IncDec)) and isinstance(child.target, ir.Name):
            found.add(child.target.id)
        elif isinstance(child, (ir.AssignExpr, ir.IncDec)) and isinstance(child.target, ir.Index):
            root = child.target.base
            while isinstance(root, ir.Index):
                root = root.base
            if isinstance(root, ir.Name):
                found.add(element_key(root.id))  # its elements (``elements.followed_arrays``)
        elif isinstance(child, ir.LibraryCall) and child.op in STORING and child.args:
            if isinstance(child.args[0], ir.Name):
                found.add(element_key(child.args[0].id))
        elif isinstance(child, (ir.VarDecl, ir.ForEach)):
            found.add(child.name)
        elif isinstance(child, ir.Call):
            found |= call_writes(child, callees)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            found |= {a.id for a in child.args if isinstance(a, ir.Name)}
    return found


def _names_written_both(node: ir.Node, callees: Callees) -> tuple[set[str], set[str]]:
    """``(_names_written(node, callees), _names_written(node))`` from one walk: the two differ
    only in what a call may change."""
    return _names_written_in(ir.walk(node), callees)


def _names_written_in(nodes: list[ir.Node], callees: Callees) -> tuple[set[str], set[str]]:
    """``_names_written_both`` of the nodes of a walk (the node classes tested have no subclasses)."""
    found: set[str] = set()
    calls: list[ir.Call] = []
    for child in nodes:
        kind = type(child)
        if kind is ir.AssignExpr or kind is ir.IncDec:
            target = child.target  # type: ignore[attr-defined]
            if type(target) is ir.Name:
                found.add(target.id)
            elif type(target) is ir.Index:
                root = target.base
                while isinstance(root, ir.Index):
                    root = root.base
                if isinstance(root, ir.Name):
                    found.add(element_key(root.id))  # its elements (``elements.followed_arrays``)
        elif kind is ir.LibraryCall:
            args = child.args  # type: ignore[attr-defined]
            if child.op in STORING and args:  # type: ignore[attr-defined]
                if isinstance(args[0], ir.Name):
                    found.add(element_key(args[0].id))
            elif child.op == L.SWAP:  # type: ignore[attr-defined]
                found |= {a.id for a in args if isinstance(a, ir.Name)}
        elif kind is ir.VarDecl or kind is ir.ForEach:
            found.add(child.name)  # type: ignore[attr-defined]
        elif kind is ir.Call:
            calls.append(child)  # type: ignore[arg-type]
    if not calls:
        return found, found
    with_callees, without = set(found), found
    for call in calls:
        with_callees |= call_writes(call, callees)
        without |= call_writes(call, None)
    return with_callees, without


def names_written(node: ir.Node, callees: Callees = None) -> set[str]:
    """The variables ``node`` may change (assigned, declared, swapped, or handed to a call)."""
    return _names_written(node, callees)


def trusted_steps(function: ir.Function, callees: Callees = None, structure: Structure | None = None) -> frozenset[int]:
    """The counter steps of counting ``for`` loops (``for (i = a; i <= b; i++)``, and ``>=`` with
    ``i--``), taken never to overflow: stepping past the type's limit would take the source 2**31
    iterations and more, and then it would loop forever (the counter wraps around to below ``b``).
    With ``<`` (``>``) the analysis proves it; with ``<=`` this is an assumption, written down."""
    found: set[int] = set()
    for loop in irtools.nodes(function.body):
        if not isinstance(loop, ir.For):
            continue
        # the range analysis asks its structure (the same answer, kept for its loops' bounds)
        counter = structure.counter(loop) if structure is not None else _counter(loop, callees)
        if counter is None:
            continue
        name, (kind, amount), condition = counter
        if kind != B.ADD:
            continue
        wanted = (B.LT, B.LE) if amount > 0 else (B.GT, B.GE)
        for conjunct in _conjuncts(condition):
            if isinstance(conjunct, ir.Binary) and conjunct.op in _FLIP:
                left, right, op = conjunct.left, conjunct.right, conjunct.op
                if not (isinstance(left, ir.Name) and left.id == name):
                    left, op = right, _FLIP[op]
                if isinstance(left, ir.Name) and left.id == name and op in wanted:
                    found.add(id(loop.update[0]))
    return frozenset(found)


def _writes(node: ir.Node, name: str, callees: Callees = None) -> int:
    """How many places in ``node`` change ``name`` (a declaration, swap or call counts as many)."""
    direct = sum(
        1
        for child in ir.walk(node)
        if isinstance(child, (ir.AssignExpr, ir.IncDec))
        and isinstance(child.target, ir.Name)
        and child.target.id == name
    )
    others = any(
        (isinstance(child, (ir.VarDecl, ir.ForEach)) and child.name == name)
        or (isinstance(child, ir.Call) and name in call_writes(child, callees))
        or (
            isinstance(child, ir.LibraryCall)
            and child.op == L.SWAP
            and any(isinstance(a, ir.Name) and a.id == name for a in child.args)
        )
        for child in ir.walk(node)
    )
    return direct + (2 if others else 0)


def _walk_no_loops(node: ir.Node) -> list[ir.Node]:
    found: list[ir.Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        if current is not node and isinstance(
            current, ir.While | ir.DoWhile | ir.For | ir.ForEach | ir.Switch
        ):
            continue
        stack.extend(ir.children(current))
    return found


class Structure:
    """The structural facts of one function's loops and statements, computed once per node.

    They depend on the (immutable) nodes alone, not on any abstract state, so the fixpoint
    rounds of enclosing loops can ask again without walking the same subtrees again. Keyed by
    ``id(node)``; each entry keeps its node, so that an id is never reused while cached."""

    def __init__(self, callees: Callees, constants: Mapping[str, int] | None = None) -> None:
        self.callees = callees
        self.constants = constants or {}  # the module's integer constants (a modulus ``MOD``)
        self._written: dict[tuple[int, bool], tuple[ir.Node, set[str]]] = {}
        self._counters: dict[int, tuple[ir.Node, tuple[str, tuple[ir.BinaryOp, int], ir.Expr] | None]] = {}
        self._names: dict[int, tuple[ir.Node, set[str]]] = {}
        self._pure: dict[int, tuple[ir.Node, bool]] = {}
        self._contracting: dict[int, tuple[ir.Node, Contracting]] = {}

    def written(self, node: ir.Node, with_callees: bool = True) -> set[str]:
        """``names_written(node, callees)`` (``with_callees``) or ``names_written(node)``; the
        set is shared: do not change it."""
        key = (id(node), with_callees)
        found = self._written.get(key)
        if found is None or found[0] is not node:
            both = self._written_both(node)  # the other is asked of most nodes too
            self._written[(id(node), True)] = (node, both[0])
            self._written[(id(node), False)] = (node, both[1])
            found = self._written[key]
        return found[1]

    def _written_both(self, node: ir.Node) -> tuple[set[str], set[str]]:
        """``_names_written_both(node, callees)``. A ``for`` or ``while`` loop's body is asked too
        (``_counter``), and its walk is the end of the loop's (the last field, walked last):
        both come from one walk of the loop, which ``ir.walk`` keeps for the loop's other
        questions (``_all_additive_updates``)."""
        if type(node) is not ir.For and type(node) is not ir.While:
            return _names_written_both(node, self.callees)
        order = ir.walk(node)
        body = node.body
        start = next(i for i in range(len(order) - 1, -1, -1) if order[i] is body)
        body_with, body_without = _names_written_in(order[start:], self.callees)
        if self._written.get((id(body), True), (None,))[0] is not body:
            self._written[(id(body), True)] = (body, body_with)
            self._written[(id(body), False)] = (body, body_without)
        rest_with, rest_without = _names_written_in(order[:start], self.callees)  # the loop writes nothing itself
        return body_with | rest_with, body_without | rest_without

    def counter(self, loop: ir.Stmt) -> tuple[str, tuple[ir.BinaryOp, int], ir.Expr] | None:
        """``_counter(loop, callees)``."""
        found = self._counters.get(id(loop))
        if found is None or found[0] is not loop:
            found = (loop, _counter(loop, self.callees, self))
            self._counters[id(loop)] = found
        return found[1]

    def names_in(self, node: ir.Node) -> set[str]:
        """``_names_in(node)`` (shared: do not change it)."""
        found = self._names.get(id(node))
        if found is None or found[0] is not node:
            found = (node, _names_in(node))
            self._names[id(node)] = found
        return found[1]

    def effect_free(self, node: ir.Node) -> bool:
        """No call, assignment or increment anywhere in ``node``."""
        found = self._pure.get(id(node))
        if found is None or found[0] is not node:
            found = (node, not any(isinstance(n, (ir.Call, ir.AssignExpr, ir.IncDec)) for n in ir.walk(node)))
            self._pure[id(node)] = found
        return found[1]

    def contracting(self, loop: ir.Stmt) -> Contracting:
        """``_contracting(loop)``, computed once per loop."""
        found = self._contracting.get(id(loop))
        if found is None or found[0] is not loop:
            found = (loop, _contracting(loop, self.constants))
            self._contracting[id(loop)] = found
        return found[1]


_CONTRACTING = (B.TRUNC_DIV, B.FLOOR_DIV, B.TRUNC_MOD, B.FLOOR_MOD, B.SHR, B.USHR, B.BIT_AND)
_MODULI = (B.TRUNC_MOD, B.FLOOR_MOD)
# where a small contracting value settles: a char's limits (C++ and Java), 16 bits
_LADDER = (-32768, -128, 127, 255, 32767, 65535)


Contracting = tuple[frozenset[str], tuple[int, ...], tuple[int, ...]]


def _contracting(loop: ir.Stmt, constants: Mapping[str, int]) -> Contracting:
    """The variables (and followed arrays' elements) that ``loop`` changes only to a value of a
    contracting shape (``_shaped``: ``sum / 10``, ``x % k + '0'``, a literal, a choice of them),
    and the thresholds their bounds widen to (ascending): first the nearest of the ladder and
    of ``k - 1`` and ``1 - k`` for every constant modulus ``k``; then the nearest of those of the
    moduli (without a modulus: of the ladder's ends). Such a value settles within a few rounds (a carry
    ``(a + b + carry) / 10`` of digits stays within -128..127); any other growth widens to its
    type's limit at once, as before."""
    shaped: dict[str, bool] = {}
    moduli: set[ir.Expr] = set()
    for node in ir.walk(loop):
        if isinstance(node, (ir.AssignExpr, ir.IncDec)):
            target = node.target
            levels = 0
            while isinstance(target, ir.Index):
                target, levels = target.base, levels + 1
            if not isinstance(target, ir.Name):
                continue
            name = element_key(target.id) if levels else target.id
            good = isinstance(node, ir.AssignExpr) and (
                node.op in _CONTRACTING or (node.op is None and _shaped(node.value, moduli, name))
            )
            if isinstance(node, ir.AssignExpr) and node.op in _MODULI:
                moduli.add(node.value)
            shaped[name] = shaped.get(name, True) and good
        elif isinstance(node, ir.VarDecl):
            shaped[node.name] = False
    names = frozenset(name for name, good in shaped.items() if good)
    if not names:
        return names, (), ()
    found: set[int] = set()
    for modulus in moduli:
        k = modulus.value if isinstance(modulus, ir.IntLiteral) else None
        if isinstance(modulus, ir.Name):
            k = constants.get(modulus.id)
        if isinstance(k, int) and k:
            found |= {abs(k) - 1, 1 - abs(k)}
    return names, tuple(sorted(found | set(_LADDER))), tuple(sorted(found or {_LADDER[0], _LADDER[-1]}))


def _shaped(value: ir.Expr, moduli: set[ir.Expr], name: str) -> bool:
    """A value that does not grow with its operands: a literal, a quotient, a remainder, a shift
    right or a mask, an element of the same array (``name``: its elements' key), shifted by a
    literal, converted, or a choice of two of them."""
    if isinstance(value, (ir.IntLiteral, ir.CharLiteral, ir.BoolLiteral)):
        return True
    if isinstance(value, ir.Index):
        root = value.base
        while isinstance(root, ir.Index):
            root = root.base
        return isinstance(root, ir.Name) and element_key(root.id) == name
    if isinstance(value, ir.Binary):
        if value.op in _CONTRACTING:
            if value.op in _MODULI:
                moduli.add(value.right)
            return True
        literal = ir.IntLiteral | ir.CharLiteral
        if value.op in (B.ADD, B.SUB):
            if isinstance(value.right, literal):
                return _shaped(value.left, moduli, name)
            return isinstance(value.left, literal) and _shaped(value.right, moduli, name)
        return False
    if isinstance(value, ir.Cast):
        return _shaped(value.operand, moduli, name)
    if isinstance(value, ir.Conditional):
        return _shaped(value.then, moduli, name) and _shaped(value.otherwise, moduli, name)
    return False
