"""Python indices proven non-negative by the range analysis.

A Python index below zero counts from the end of its sequence (``a[i - 1]`` with ``i == 0`` reads
the last element); C++ and Java read outside the array. The Python front end prints an index
plainly only where it is never negative, and otherwise through ``LibOp.PY_INDEX`` (the index plus
the length when negative). The proof is the flow-sensitive range analysis (``ranges``) of the
function's last inference build: loop bounds (``range(1, n)``), guards (``if i > 0``), lengths and
non-negative arithmetic. Indices are matched to the final build by the location of their
subscript, which both builds share; where one location holds several indexings, all must be
proven.

An index that is negative only where its sequence is empty needs no wrapping either (Python
raises there whatever the index): ``a[len(a) - 1]``, and ``t[n]`` of a local table made with
``n + 1`` elements (``[0] * (n + 1)``, a dimension of ``[[0] * (m + 1) for _ in range(n + 1)]``)
whose rows and ``n`` never change. Nor does an index tested first (``if j - f - 1 >= 0:``, ``i - x
>= 0 and dp[i - x]``) where nothing it reads changes in between.

Unlike C++ and Java, Python goes on after ``a[i]`` with a negative ``i``, so the analysis here does
not learn ``i >= 0`` from an indexing (``Ranges.inside`` does nothing).
"""

from __future__ import annotations

from typing import NamedTuple

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.range_rules import names_written
from transcoder.engines.rules.analysis.ranges import Ranges, State
from transcoder.engines.rules.effects import MUTATING

_PYTHON_CHARS = Interval(0, 0x10FFFF)
_ANY = Interval(None, None)
_SEQUENCES = (t.ArrayType, t.ListType, t.StringType)


class _PythonIndexRanges(Ranges):
    """The range analysis with Python's integers and indexing: an int holds whatever is stored
    into it (an inference build's types are guesses: ``0`` and ``1`` are 1-bit ints there), and
    reading ``a[i]`` tells nothing about ``i``."""

    def inside(self, position: ir.Expr, state: State) -> None:
        return None

    def type_range(self, type_: t.Type) -> Interval:
        if isinstance(type_, t.IntType):
            return _ANY
        return super().type_range(type_)

    def stored(self, value: Interval, type_: t.Type, trusted: bool = False) -> Interval:
        if isinstance(type_, t.IntType):
            return value
        return super().stored(value, type_, trusted)


class Proofs(NamedTuple):
    """What the range analysis shows of one function, by (line, column) in the source."""

    indices: frozenset[tuple[int, int]]
    """Subscripts of a sequence whose index is never negative (or negative only where the
    sequence is empty)."""
    sizes: frozenset[tuple[int, int]]
    """Sizes of new lists (``[0] * n``, ``range(n)`` of ``[... for _ in range(n)]``) that are
    never negative."""


def non_negative_indices(function: ir.Function, module_globals: tuple[ir.VarDecl, ...] = ()) -> Proofs:
    """The indices and list sizes of ``function`` shown non-negative (``Proofs``). The function is
    a Python function's build, where ints never wrap around."""
    ranges = _PythonIndexRanges(function, lambda _: False, _PYTHON_CHARS, module_globals)
    sized = _sized_tables(function)
    lengths = _length_names(function)
    guarded = _guarded_indices(function)
    proven: dict[tuple[int, int], bool] = {}
    sizes: dict[tuple[int, int], bool] = {}
    for node in irtools.nodes(function.body):
        if isinstance(node, (ir.NewArray, ir.NewContainer)):
            for size in node.dims if isinstance(node, ir.NewArray) else (node.size,):
                if size is not None and size.location is not None:
                    key = (size.location.line, size.location.column)
                    sizes[key] = sizes.get(key, True) and _never_negative(ranges, size)
            continue
        if not isinstance(node, ir.Index) or node.location is None:
            continue
        if not isinstance(node.base.type, _SEQUENCES):
            continue
        index = node.index
        if isinstance(index, ir.LibraryCall) and index.op == ir.LibOp.PY_INDEX and index.args[0] is not None:
            index = index.args[0]
        key = (node.location.line, node.location.column)
        holds = (
            id(node) in guarded or _never_negative(ranges, index) or _last_position(node, index, sized, lengths)
        )
        proven[key] = proven.get(key, True) and holds
    return Proofs(
        frozenset(key for key, holds in proven.items() if holds),
        frozenset(key for key, holds in sizes.items() if holds),
    )


def _never_negative(ranges: Ranges, index: ir.Expr) -> bool:
    if isinstance(index, ir.IntLiteral):
        return index.value >= 0
    value = ranges.values.get(id(index))
    return value is not None and value.low is not None and value.low >= 0


def _last_position(
    node: ir.Index, index: ir.Expr, sized: dict[str, tuple[ir.Expr, ...]], lengths: dict[str, str]
) -> bool:
    """Whether ``index`` is one below the length of ``node``'s sequence (negative only when the
    sequence is empty): ``len(a) - 1`` (or ``n - 1`` after ``n = len(a)``), or ``n`` in a
    dimension of ``n + 1`` of a sized table."""
    base, depth = node.base, 0
    while isinstance(base, ir.Index):
        base, depth = base.base, depth + 1
    if not isinstance(base, ir.Name):
        return False
    if (
        depth == 0
        and isinstance(index, ir.Binary)
        and index.op == ir.BinaryOp.SUB
        and _literal(index.right, 1)
        and _same_length(index.left, node.base, lengths)
    ):
        return True
    dims = sized.get(base.id)
    if dims is None or depth >= len(dims):
        return False
    length = dims[depth]
    if isinstance(length, ir.Binary) and length.op == ir.BinaryOp.ADD:
        if _literal(length.right, 1) and _same(length.left, index):
            return True
        if _literal(length.left, 1) and _same(length.right, index):
            return True
    return (
        isinstance(index, ir.Binary)
        and index.op == ir.BinaryOp.SUB
        and _literal(index.right, 1)
        and _same(index.left, length)
    )


def _literal(expr: ir.Expr | None, value: int) -> bool:
    return isinstance(expr, ir.IntLiteral) and expr.value == value


def _same(a: ir.Expr, b: ir.Expr) -> bool:
    """The same name or literal (types aside: an inference build's literals are guesses)."""
    if isinstance(a, ir.Name) and isinstance(b, ir.Name):
        return a.id == b.id
    return isinstance(a, ir.IntLiteral) and isinstance(b, ir.IntLiteral) and a.value == b.value


def _same_length(length: ir.Expr, sequence: ir.Expr, lengths: dict[str, str]) -> bool:
    if isinstance(length, ir.Name) and isinstance(sequence, ir.Name):
        return lengths.get(length.id) == sequence.id
    return (
        isinstance(length, ir.LibraryCall)
        and length.op in (ir.LibOp.LEN, ir.LibOp.STR_LEN)
        and isinstance(sequence, ir.Name)
        and isinstance(length.args[0], ir.Name)
        and length.args[0].id == sequence.id
    )


def _sized_tables(function: ir.Function) -> dict[str, tuple[ir.Expr, ...]]:
    """Local tables made with dimensions of a name or a literal (``n + 1``, ``n``) that the
    function never changes, whose rows are never replaced and whose length never changes: name ->
    the dimensions, outermost first."""
    made: dict[str, tuple[ir.Expr, ...] | None] = {}
    for node in irtools.nodes(function.body):
        if not isinstance(node, ir.VarDecl):
            continue
        dims: tuple[ir.Expr, ...] | None = None
        if isinstance(node.init, ir.NewArray):
            dims = node.init.dims
        elif isinstance(node.init, ir.NewContainer) and node.init.size is not None and node.init.source is None:
            dims = (node.init.size,)
        made[node.name] = None if node.name in made else dims
    tables = {name: dims for name, dims in made.items() if dims is not None}
    if not tables:
        return {}
    written = names_written(function.body)
    for name, dims in list(tables.items()):
        if any(isinstance(n, ir.Name) and n.id in written for d in dims for n in ir.walk(d)):
            del tables[name]
    allowed: set[int] = set()
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Index):
            root, depth = node.base, 1
            while isinstance(root, ir.Index):
                root, depth = root.base, depth + 1
            if isinstance(root, ir.Name):
                allowed.add(id(root))
        elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Index):
            root, depth = node.target.base, 1
            while isinstance(root, ir.Index):
                root, depth = root.base, depth + 1
            if isinstance(root, ir.Name) and root.id in tables and depth < len(tables[root.id]):
                del tables[root.id]  # a row replaced: its length is another's
        elif (
            isinstance(node, ir.LibraryCall)
            and node.op in (ir.LibOp.LEN, ir.LibOp.STR_LEN)
            and node.args
            and isinstance(node.args[0], ir.Name)
        ):
            allowed.add(id(node.args[0]))
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Name) and node.id in tables and id(node) not in allowed:
            del tables[node.id]  # passed, aliased, grown: its length may change
    return tables


def _length_names(function: ir.Function) -> dict[str, str]:
    """Locals set once to the length of a sequence whose length never changes (``n = len(s)``):
    name -> the sequence's name."""
    found: dict[str, str] = {}
    writes: dict[str, int] = {}
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.VarDecl):
            writes[node.name] = writes.get(node.name, 0) + 1
            init = node.init
            if (
                isinstance(init, ir.LibraryCall)
                and init.op in (ir.LibOp.LEN, ir.LibOp.STR_LEN)
                and isinstance(init.args[0], ir.Name)
            ):
                found[node.name] = init.args[0].id
        elif isinstance(node, (ir.AssignExpr, ir.IncDec)) and isinstance(node.target, ir.Name):
            writes[node.target.id] = writes.get(node.target.id, 0) + 2
        elif isinstance(node, ir.ForEach):
            writes[node.name] = writes.get(node.name, 0) + 2
    if not found:
        return {}
    written = names_written(function.body)
    grown = {
        arg.id
        for node in irtools.nodes(function.body)
        if isinstance(node, ir.LibraryCall) and node.op in MUTATING
        for arg in node.args
        if isinstance(arg, ir.Name)
    }
    # a list read through another name (``b = a; b.append(x)``) may grow unseen: only a str (which
    # never changes) or a list used as nothing but indexed and measured keeps its length
    uses = _plain_uses(function)
    return {
        name: sequence
        for name, sequence in found.items()
        if writes.get(name) == 1
        and sequence not in written
        and sequence not in grown
        and (sequence in uses.strings or sequence not in uses.other)
    }


class _Uses(NamedTuple):
    strings: set[str]
    """Names of str values."""
    other: set[str]
    """Names used otherwise than as the sequence of an indexing or the argument of ``len``."""


def _plain_uses(function: ir.Function) -> _Uses:
    plain: set[int] = set()
    strings: set[str] = set()
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Index):
            root = node.base
            while isinstance(root, ir.Index):
                root = root.base
            if isinstance(root, ir.Name):
                plain.add(id(root))
        elif (
            isinstance(node, ir.LibraryCall)
            and node.op in (ir.LibOp.LEN, ir.LibOp.STR_LEN)
            and node.args
            and isinstance(node.args[0], ir.Name)
        ):
            plain.add(id(node.args[0]))
        if isinstance(node, ir.Name) and isinstance(node.type, t.StringType):
            strings.add(node.id)
    other = {n.id for n in irtools.nodes(function.body) if isinstance(n, ir.Name) and id(n) not in plain}
    return _Uses(strings, other)


_B = ir.BinaryOp


def _guarded_indices(function: ir.Function) -> set[int]:
    """ids of the indexings whose index expression a condition showed non-negative: inside the
    ``then`` of an ``if`` (or the right side of an ``and``, the ``then`` of a conditional) whose
    condition has ``index >= 0`` as a conjunct, where nothing the index reads is written."""
    found: set[int] = set()

    def visit(node: ir.Node, guards: tuple[ir.Expr, ...]) -> None:
        if isinstance(node, ir.If):
            visit(node.condition, guards)
            visit(node.then, guards + _tested(node.condition, node.then))
            if node.otherwise is not None:
                visit(node.otherwise, guards)
            return
        if isinstance(node, ir.Binary) and node.op == _B.AND:
            visit(node.left, guards)
            visit(node.right, guards + _tested(node.left, node.right))
            return
        if isinstance(node, ir.Conditional):
            visit(node.condition, guards)
            visit(node.then, guards + _tested(node.condition, node.then))
            visit(node.otherwise, guards)
            return
        if isinstance(node, ir.Index) and guards and any(node.index == g for g in guards):
            found.add(id(node))
        for child in ir.children(node):
            visit(child, guards)

    visit(function.body, ())
    return found


def _tested(condition: ir.Expr, scope: ir.Node) -> tuple[ir.Expr, ...]:
    """The expressions ``condition`` shows non-negative when true, that ``scope`` does not change."""
    if isinstance(condition, ir.Binary) and condition.op == _B.AND:
        return _tested(condition.left, scope) + _tested(condition.right, scope)
    if not isinstance(condition, ir.Binary):
        return ()
    left, right, op = condition.left, condition.right, condition.op
    if isinstance(left, ir.IntLiteral) and op in (_B.LE, _B.LT):
        left, right, op = right, left, _B.GE if op == _B.LE else _B.GT
    if not isinstance(right, ir.IntLiteral) or op not in (_B.GE, _B.GT):
        return ()
    if right.value < (0 if op == _B.GE else -1):
        return ()
    read = {n.id for n in ir.walk(left) if isinstance(n, ir.Name)}
    plain = all(isinstance(n, (ir.Name, ir.IntLiteral, ir.Binary, ir.Unary, ir.Cast)) for n in ir.walk(left))
    if not plain or read & names_written(scope):
        return ()  # only names and arithmetic: an element or a call could change in between
    return (left,)
