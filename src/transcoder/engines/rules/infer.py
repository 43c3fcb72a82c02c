"""Analyses over the IR, kept in side tables rather than on the nodes.

* ``assigned_names``: which variables a statement may change (loop-invariance checks).
* ``NonNegative``: which integer locals are provably never negative in a function, and whether an
  expression is; back ends use it to print C/Java truncating ``/`` and ``%`` as Python ``//`` and
  ``%`` (equal for non-negative operands) instead of an exact helper.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp

_MUTATING_OPS = {
    L.SWAP,
    L.SORT,
    L.SORT_DESC,
    L.REVERSE,
    L.FILL,
    L.STR_APPEND,
    L.CLEAR,
    L.LIST_APPEND,
    L.LIST_POP_BACK,
    L.LIST_INSERT,
    L.LIST_REMOVE_AT,
    L.LIST_REMOVE_VALUE,
    L.MAP_PUT,
    L.MAP_MERGE,
    L.MAP_REMOVE,
    L.SET_ADD,
    L.SET_REMOVE,
    L.PUSH,
    L.POP,
    L.PUSH_FRONT,
    L.POP_FRONT,
}


def root_name(expr: ir.Expr | None) -> str | None:
    """The variable at the root of an lvalue (``a`` for ``a[i][j]``)."""
    while isinstance(expr, ir.Index):
        expr = expr.base
    if isinstance(expr, ir.LibraryCall) and expr.op in (L.PAIR_FIRST, L.PAIR_SECOND):
        return root_name(expr.args[0])
    return expr.id if isinstance(expr, ir.Name) else None


def assigned_names(node: ir.Node) -> set[str]:
    """Names of variables assigned, incremented, declared or mutated through a library call in ``node``."""
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, ir.AssignExpr | ir.IncDec):
            name = root_name(child.target)
            if name:
                names.add(name)
        elif isinstance(child, ir.VarDecl | ir.ForEach):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and child.op in _MUTATING_OPS:
            for arg in child.args[: 2 if child.op == L.SWAP else 1]:
                name = root_name(arg)
                if name:
                    names.add(name)
        elif isinstance(child, ir.Call):
            # A callee may mutate arrays it receives.
            for arg in child.args:
                if isinstance(arg, ir.Name) and not isinstance(
                    arg.type, t.IntType | t.FloatType | t.BoolType | t.CharType
                ):
                    names.add(arg.id)
    return names


def directly_assigned(node: ir.Node) -> set[str]:
    """Names rebound (not just mutated) in ``node``: ``x = ...``, ``x += ...``, ``x++``, declarations."""
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, ir.AssignExpr | ir.IncDec) and isinstance(child.target, ir.Name):
            names.add(child.target.id)
        elif isinstance(child, ir.VarDecl | ir.ForEach):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            names.update(a.id for a in child.args if isinstance(a, ir.Name))
    return names


def swap_positions_to_fix(first: ir.Expr, second: ir.Expr) -> list[ir.Expr]:
    """Index expressions in ``swap(first, second)`` that read what the swap changes.

    ``swap(a[i], a[a[i]])`` binds both elements before changing either; a target language that
    assigns one after the other would find ``a[a[i]]`` at the new ``a[i]``. Such positions must be
    evaluated once, before the swap, into temporaries.
    """
    changed = {root_name(first), root_name(second)} - {None}
    found: list[ir.Expr] = []
    for target in (first, second):
        while isinstance(target, ir.Index):
            if names_used(target.index) & changed and target.index not in found:
                found.append(target.index)
            target = target.base
    return found


def with_positions(target: ir.Expr, replaced: dict[ir.Expr, ir.Expr]) -> ir.Expr:
    """``target`` with the index expressions in ``replaced`` (only in index positions) swapped."""
    if isinstance(target, ir.Index):
        index = replaced.get(target.index, target.index)
        return dataclasses.replace(target, base=with_positions(target.base, replaced), index=index)
    return target


def names_used(node: ir.Node) -> set[str]:
    """Every variable name read or written in ``node``."""
    return {child.id for child in ir.walk(node) if isinstance(child, ir.Name)}


# Library operations that may take a local array without letting it escape or storing a value
# that the element analysis does not see (reads, and permutations of the elements).
_ARRAY_SAFE_OPS = {L.LEN, L.SORT, L.SORT_DESC, L.REVERSE, L.MIN, L.MAX}


def _element_key(name: str) -> str:
    # Element facts share the candidate set with scalar names; the suffix keeps them apart.
    return f"{name}[]"


def _element_stores(function: ir.Function) -> dict[str, list[ir.Expr | None]]:
    """For each local array or list that never escapes: every value stored into its elements
    (None for a store the analysis cannot judge). Aliasing (``b = a``), passing the array to a
    call, or any use other than indexing and a few read-only or permuting library calls removes
    the array, since a store through another name would go unseen."""
    stores: dict[str, list[ir.Expr | None]] = {}
    params = {p.name for p in function.params}
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl) and isinstance(node.type, t.ArrayType | t.ListType):
            if node.name in params or node.name in stores:
                stores[node.name] = [None]  # shadowed or redeclared: do not reason about it
                continue
            init = node.init
            if isinstance(init, ir.NewArray):
                values: list[ir.Expr | None] = [init.fill if init.fill is not None else _ZERO]
            elif isinstance(init, ir.NewContainer) and init.source is None:
                values = [init.fill if init.fill is not None else _ZERO]
            elif isinstance(init, ir.ArrayLiteral):
                values = [e if not isinstance(e, ir.ArrayLiteral) else None for e in init.elements]
            else:
                values = [None]
            stores[node.name] = values
    if not stores:
        return stores
    allowed: set[int] = set()  # ids of Name nodes whose use is accounted for
    for node in ir.walk(function.body):
        if isinstance(node, ir.Index):
            base = node.base
            while isinstance(base, ir.Index):
                base = base.base
            if isinstance(base, ir.Name):
                allowed.add(id(base))
        if isinstance(node, ir.AssignExpr | ir.IncDec) and isinstance(node.target, ir.Index):
            name = root_name(node.target)
            if name in stores:
                if isinstance(node, ir.IncDec):
                    stores[name].append(None if node.delta < 0 else _ZERO)
                elif node.op is None or node.op in (ir.BinaryOp.ADD, ir.BinaryOp.MUL, ir.BinaryOp.BIT_OR):
                    stores[name].append(node.value)
                else:
                    stores[name].append(None)
        elif isinstance(node, ir.LibraryCall):
            first = node.args[0] if node.args else None
            name = root_name(first)
            if name not in stores or not isinstance(first, ir.Name):
                continue
            if node.op in _ARRAY_SAFE_OPS:
                allowed.add(id(first))
            elif node.op == L.FILL or node.op in (L.LIST_APPEND, L.PUSH):
                stores[name].append(node.args[1])
                allowed.add(id(first))
            elif node.op == L.SWAP and all(isinstance(a, ir.Index) for a in node.args):
                pass  # swapping two elements keeps the set of values
    for node in ir.walk(function.body):
        if isinstance(node, ir.Name) and node.id in stores and id(node) not in allowed:
            stores[node.id] = [None]
    return stores


class NonNegative:
    """Integer locals of one function that are never negative, by a small fixpoint.

    A local is non-negative when its every definition is: literals >= 0, lengths, sums and
    products of non-negative values, and ``++``. Parameters are not assumed anything. The same
    fixpoint covers the elements of local arrays and lists that never escape the function: an
    element read is non-negative when every value ever stored into that array is (its zero or
    fill included), so a DP table built from sums of its own cells counts.
    """

    def __init__(self, function: ir.Function, module_globals: Sequence[ir.VarDecl] = ()) -> None:
        """``module_globals``: the file's globals; constants among them count by their value."""
        # Uses proven non-negative by a loop guard, found once the fixpoint below is done.
        self.guarded: frozenset[tuple[str, int, int]] = frozenset()
        definitions: dict[str, list[ir.Expr | None]] = {}
        params = {p.name for p in function.params}
        for node in ir.walk(function.body):
            if isinstance(node, ir.VarDecl) and isinstance(node.type, t.IntType):
                definitions.setdefault(node.name, []).append(node.init if node.init is not None else _ZERO)
            elif isinstance(node, ir.ForEach):
                # The loop variable takes the iterable's elements: an element read of it.
                element = ir.Index(node.iterable, _ZERO) if isinstance(node.iterable, ir.Name) else None
                definitions.setdefault(node.name, []).append(element)
            elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name):
                name = node.target.id
                if node.op is None or node.op in (
                    ir.BinaryOp.ADD,
                    ir.BinaryOp.MUL,
                    ir.BinaryOp.TRUNC_DIV,
                    ir.BinaryOp.TRUNC_MOD,
                    ir.BinaryOp.SHR,
                    ir.BinaryOp.BIT_AND,
                    ir.BinaryOp.BIT_OR,
                ):
                    definitions.setdefault(name, []).append(node.value)
                else:
                    definitions.setdefault(name, []).append(None)
            elif isinstance(node, ir.IncDec) and isinstance(node.target, ir.Name):
                if node.delta < 0:
                    definitions.setdefault(node.target.id, []).append(None)
            elif isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
                for arg in node.args:
                    if isinstance(arg, ir.Name):
                        definitions.setdefault(arg.id, []).append(None)
        candidates = {name for name in definitions if name not in params}
        for constant in module_globals:
            local = constant.name in definitions or constant.name in params
            if constant.constant and constant.init is not None and not local:
                definitions[constant.name] = [constant.init]
                candidates.add(constant.name)
        for array, stored in _element_stores(function).items():
            definitions[_element_key(array)] = stored
            candidates.add(_element_key(array))
        changed = True
        while changed:
            changed = False
            for name in list(candidates):
                if not all(
                    value is not None and self._check(value, candidates) for value in definitions[name]
                ):
                    candidates.discard(name)
                    changed = True
        self.names = frozenset(candidates)
        self.guarded = _guarded_uses(function, self)

    def __call__(self, expr: ir.Expr) -> bool:
        return self._check(expr, self.names)

    def _check(self, expr: ir.Expr, names: frozenset[str] | set[str]) -> bool:
        if isinstance(expr, ir.IntLiteral):
            return expr.value >= 0
        if isinstance(expr, ir.CharLiteral | ir.BoolLiteral):
            return True
        if isinstance(expr, ir.Name):
            if expr.id in names or (isinstance(expr.type, t.IntType) and not expr.type.signed):
                return True
            where = expr.location
            return where is not None and (expr.id, where.line, where.column) in self.guarded
        if isinstance(expr, ir.Index) and isinstance(expr.type, t.IntType | t.CharType):
            array = root_name(expr)
            return array is not None and _element_key(array) in names
        if isinstance(expr, ir.Binary):
            if expr.op in (
                ir.BinaryOp.ADD,
                ir.BinaryOp.MUL,
                ir.BinaryOp.TRUNC_DIV,
                ir.BinaryOp.TRUNC_MOD,
                ir.BinaryOp.FLOOR_DIV,
                ir.BinaryOp.SHR,
                ir.BinaryOp.BIT_OR,
                ir.BinaryOp.BIT_XOR,
            ):
                return self._check(expr.left, names) and self._check(expr.right, names)
            if expr.op == ir.BinaryOp.BIT_AND:
                return self._check(expr.left, names) or self._check(expr.right, names)
            return expr.op in ir.COMPARISONS or expr.op in (ir.BinaryOp.AND, ir.BinaryOp.OR)
        if isinstance(expr, ir.LibraryCall):
            if expr.op in (L.LEN, L.STR_LEN, L.ABS):
                return True
            if expr.op in (L.MAX,):
                return any(self._check(a, names) for a in expr.args if a is not None)
            if expr.op in (L.MIN,):
                return all(self._check(a, names) for a in expr.args if a is not None)
            return False
        if isinstance(expr, ir.Conditional):
            return self._check(expr.then, names) and self._check(expr.otherwise, names)
        if isinstance(expr, ir.Cast):
            return isinstance(expr.operand.type, t.IntType | t.CharType | t.BoolType) and self._check(
                expr.operand, names
            )
        if isinstance(expr, ir.IncDec):
            return self._check(expr.target, names) and expr.delta > 0
        return False


_ZERO = ir.IntLiteral(0, type=t.INT)
# Updates that keep a non-negative value non-negative: x / c, x % c, x >> c with a literal c > 0.
_SHRINKING = (
    ir.BinaryOp.TRUNC_DIV,
    ir.BinaryOp.FLOOR_DIV,
    ir.BinaryOp.TRUNC_MOD,
    ir.BinaryOp.FLOOR_MOD,
    ir.BinaryOp.SHR,
)


def _guarded_uses(function: ir.Function, known: NonNegative) -> frozenset[tuple[str, int, int]]:
    """Uses of an int variable inside ``while (x > 0)`` (or ``x >= 0``, as a conjunct) whose body
    changes ``x`` only by ``x /= c``, ``x %= c``, ``x >>= c`` (literal ``c > 0``) or to a
    non-negative value: there ``x`` is never negative, the digit loop ``while (n > 0) { s += n %
    10; n /= 10; }`` being the common case. Keyed by (name, line, column) of each use, which
    survive a rebuild of the IR from the same source."""
    found: set[tuple[str, int, int]] = set()
    for loop in ir.walk(function.body):
        if not isinstance(loop, ir.While):
            continue
        for name in _positive_guards(loop.condition):
            if all(_keeps_non_negative(node, name, known) for node in ir.walk(loop.body)):
                for node in ir.walk(loop.body):  # not the condition: it may test x before the guard
                    if isinstance(node, ir.Name) and node.id == name and node.location is not None:
                        found.add((name, node.location.line, node.location.column))
    return frozenset(found)


def _positive_guards(condition: ir.Expr) -> list[str]:
    if isinstance(condition, ir.Binary) and condition.op == ir.BinaryOp.AND:
        return _positive_guards(condition.left) + _positive_guards(condition.right)
    if not isinstance(condition, ir.Binary):
        return []
    left, right, op = condition.left, condition.right, condition.op
    if op in (ir.BinaryOp.LT, ir.BinaryOp.LE):  # 0 < x  is  x > 0
        left, right = right, left
        op = ir.BinaryOp.GT if op == ir.BinaryOp.LT else ir.BinaryOp.GE
    if (
        op in (ir.BinaryOp.GT, ir.BinaryOp.GE)
        and isinstance(left, ir.Name)
        and isinstance(left.type, t.IntType)
        and isinstance(right, ir.IntLiteral)
        and right.value >= 0
    ):
        return [left.id]
    return []


def _keeps_non_negative(node: ir.Node, name: str, known: NonNegative) -> bool:
    """False for a change of ``name`` that could make it negative."""
    if isinstance(node, ir.IncDec) and isinstance(node.target, ir.Name) and node.target.id == name:
        return node.delta > 0
    if isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
        return not any(isinstance(a, ir.Name) and a.id == name for a in node.args)
    if not (isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name) and node.target.id == name):
        return True
    value = node.value
    if (
        node.op is None
        and isinstance(value, ir.Binary)
        and isinstance(value.left, ir.Name)
        and value.left.id == name
    ):
        op, value = value.op, value.right  # x = x / c
    elif node.op is None:
        return known(value)
    else:
        op = node.op
    if op in _SHRINKING:
        return isinstance(value, ir.IntLiteral) and value.value > 0
    return op in (ir.BinaryOp.ADD, ir.BinaryOp.MUL) and known(value)


def _is_zero(expr: ir.Expr | None) -> bool:
    if expr is None:
        return True
    if isinstance(expr, ir.IntLiteral | ir.FloatLiteral):
        return expr.value == 0
    return isinstance(expr, ir.BoolLiteral) and expr.value is False


def _fixed_dims(init: ir.Expr | None) -> tuple[ir.Expr, ...] | None:
    """Dimensions of ``vector<T> v(n)`` / ``vector<vector<T>> v(n, vector<T>(m))`` with zero
    elements of a scalar type, or None for any other initialiser."""
    if not (isinstance(init, ir.NewContainer) and isinstance(init.type, t.ListType)):
        return None
    if init.size is None or init.source is not None or init.comparator is not None:
        return None
    element = init.type.element
    if isinstance(element, t.IntType | t.FloatType | t.BoolType | t.CharType):
        return (init.size,) if _is_zero(init.fill) or _is_constant(init.fill) else None
    inner = _fixed_dims(init.fill)
    return (init.size, *inner) if inner is not None and len(inner) == 1 else None


def _is_constant(expr: ir.Expr | None) -> bool:
    """A fill value that is the same wherever it is evaluated (literals, limits, arithmetic on them)."""
    if expr is None:
        return False
    return all(
        isinstance(
            node, ir.IntLiteral | ir.FloatLiteral | ir.BoolLiteral | ir.CharLiteral | ir.Unary | ir.Cast
        )
        or (isinstance(node, ir.Binary) and node.op not in (ir.BinaryOp.AND, ir.BinaryOp.OR))
        or (isinstance(node, ir.LibraryCall) and node.op in (L.INT_MAX, L.INT_MIN, L.FLOAT_MAX))
        for node in ir.walk(expr)
    )


def _fixed_fill(init: ir.Expr | None) -> ir.Expr | None:
    """The value of every scalar element of a ``_fixed_dims`` initialiser, None for zero."""
    while isinstance(init, ir.NewContainer) and isinstance(init.fill, ir.NewContainer):
        init = init.fill
    fill = init.fill if isinstance(init, ir.NewContainer) else None
    return None if _is_zero(fill) else fill


def fixed_size_lists(function: ir.Function) -> dict[str, tuple[ir.Expr, ...]]:
    """Local lists that are created with a size and zero elements and then only indexed (read,
    element stores, lengths, for-each over a 1-D one): they behave as arrays, and a target where
    arrays are the idiom (Java) can print them so. Any other use (append, return, passing the
    list or a row of it anywhere, a second declaration) keeps the list."""
    params = {p.name for p in function.params}
    found: dict[str, tuple[ir.Expr, ...]] = {}
    declared: dict[str, int] = {}
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl):
            declared[node.name] = declared.get(node.name, 0) + 1
            dims = _fixed_dims(node.init) if isinstance(node.type, t.ListType) else None
            if dims is not None and node.name not in params:
                found[node.name] = dims
    found = {name: dims for name, dims in found.items() if declared[name] == 1}
    if not found:
        return found
    allowed: set[int] = set()
    for node in ir.walk(function.body):
        depth, base = 0, node
        while isinstance(base, ir.Index):
            base, depth = base.base, depth + 1
        if depth and isinstance(base, ir.Name) and base.id in found and depth == len(found[base.id]):
            allowed.add(id(base))
        if isinstance(node, ir.LibraryCall) and node.op == L.LEN and node.args:
            depth, base = 0, node.args[0]
            while isinstance(base, ir.Index):
                base, depth = base.base, depth + 1
            if isinstance(base, ir.Name) and base.id in found and depth < len(found[base.id]):
                allowed.add(id(base))
        iterable = node.iterable if isinstance(node, ir.ForEach) else None
        if isinstance(iterable, ir.Name) and len(found.get(iterable.id, ())) == 1:
            allowed.add(id(iterable))
    for node in ir.walk(function.body):
        if isinstance(node, ir.Name) and node.id in found and id(node) not in allowed:
            found.pop(node.id)
    return found


def _as_array(type_: t.Type) -> t.Type:
    if isinstance(type_, t.ListType):
        return t.ArrayType(_as_array(type_.element))
    return type_


def lists_as_arrays(function: ir.Function) -> ir.Function:
    """``function`` with its ``fixed_size_lists`` turned into arrays (types and creation)."""
    fixed = fixed_size_lists(function)
    if not fixed:
        return function

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.VarDecl) and node.name in fixed:
            array_type = _as_array(node.type)
            creation = ir.NewArray(
                fixed[node.name],
                _fixed_fill(node.init),
                type=array_type,
                location=node.init.location if node.init else None,
            )
            return dataclasses.replace(node, type=array_type, init=creation)
        if isinstance(node, ir.Name) and node.id in fixed:
            return dataclasses.replace(node, type=_as_array(node.type))
        if isinstance(node, ir.Index) and isinstance(node.type, t.ListType) and root_name(node) in fixed:
            return dataclasses.replace(node, type=_as_array(node.type))
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


# -- Java hash order ------------------------------------------------------------------------------

# Operations on a set or map whose result does not depend on its iteration order.
_ORDER_FREE_OPS = frozenset(
    {
        L.LEN,
        L.EMPTY,
        L.CLEAR,
        L.CONTAINS,
        L.SET_ADD,
        L.SET_REMOVE,
        L.MAP_GET,
        L.MAP_GET_OR,
        L.MAP_PUT,
        L.MAP_REMOVE,
        L.MAX_ELEMENT,
        L.MIN_ELEMENT,
        L.ACCUMULATE,
        L.COUNT_OF,
    }
)
# Compound assignments whose repeated application gives the same result in any order (on integers,
# where Java's wrap-around keeps them commutative and associative), grouped by kind.
_COMMUTATIVE = {
    ir.BinaryOp.ADD: "sum",
    ir.BinaryOp.SUB: "sum",
    ir.BinaryOp.MUL: "product",
    ir.BinaryOp.BIT_OR: "or",
    ir.BinaryOp.BIT_AND: "and",
    ir.BinaryOp.BIT_XOR: "xor",
}

Key = tuple[str | None, str]  # (function, variable), None for globals; "#result" for a function's result


def _pure(expr: ir.Expr) -> bool:
    """Whether evaluating ``expr`` changes nothing (no assignment, call, output or container edit)."""
    return not any(
        isinstance(node, ir.AssignExpr | ir.IncDec | ir.Call)
        or (isinstance(node, ir.LibraryCall) and (node.op in _MUTATING_OPS or node.op == L.PRINT))
        for node in ir.walk(expr)
    )


def order_free_body(body: ir.Stmt, loop_var: str) -> bool:
    """Whether a for-each body computes the same whatever order it visits the elements in.

    Accepted: per-element locals, tests, ``continue``, and accumulation into outer variables that
    commutes (integer ``+= -= *= |= &= ^=`` and ``++``/``--``, ``v = min(v, e)``/``max``, or one
    constant stored), each variable with one kind of accumulation and read nowhere else in the
    body; or a search, ``if (test) { v = constant; ...; break; }``, the only statement, which
    stores the same whichever matching element it meets first. Anything else (another ``break``,
    ``return``, output, calls, container edits, nested loops) keeps the order observable.
    """
    if _search_body(body, loop_var):
        return True
    local = {loop_var}
    kinds: dict[str, set[object]] = {}  # accumulator -> kinds of accumulation applied to it
    allowed_reads: set[int] = set()  # ids of the accumulators' own Name nodes (targets, min/max operand)

    def accumulate(target: ir.Name, kind: object) -> bool:
        kinds.setdefault(target.id, set()).add(kind)
        allowed_reads.add(id(target))
        return True

    def expression(expr: ir.Expr) -> bool:
        if isinstance(expr, ir.IncDec) and isinstance(expr.target, ir.Name):
            if expr.target.id in local:
                return True
            return t.is_integral(expr.target.type) and accumulate(expr.target, "sum")
        if (
            not isinstance(expr, ir.AssignExpr)
            or not isinstance(expr.target, ir.Name)
            or not _pure(expr.value)
        ):
            return False
        target, value = expr.target, expr.value
        if target.id in local:
            return True
        if expr.op is not None:
            kind = _COMMUTATIVE.get(expr.op)
            return kind is not None and t.is_integral(target.type) and accumulate(target, kind)
        if isinstance(value, ir.LibraryCall) and value.op in (L.MIN, L.MAX):
            own = [a for a in value.args if isinstance(a, ir.Name) and a.id == target.id]
            if len(own) == 1:
                allowed_reads.add(id(own[0]))
                return accumulate(target, value.op)
            return False
        if isinstance(value, ir.IntLiteral | ir.BoolLiteral | ir.CharLiteral | ir.StringLiteral):
            return accumulate(target, ("constant", value.value))
        return False

    def statement(stmt: ir.Stmt) -> bool:
        if isinstance(stmt, ir.Block):
            return all(statement(s) for s in stmt.body)
        if isinstance(stmt, ir.If):
            return (
                _pure(stmt.condition)
                and statement(stmt.then)
                and (stmt.otherwise is None or statement(stmt.otherwise))
            )
        if isinstance(stmt, ir.Continue):
            return True
        if isinstance(stmt, ir.VarDecl):
            local.add(stmt.name)
            return stmt.init is None or _pure(stmt.init)
        if isinstance(stmt, ir.ExprStmt):
            return expression(stmt.expr)
        return False

    if not statement(body) or any(len(k) > 1 for k in kinds.values()):
        return False
    return not any(
        isinstance(node, ir.Name) and node.id in kinds and id(node) not in allowed_reads
        for node in ir.walk(body)
    )


def _search_body(body: ir.Stmt, loop_var: str) -> bool:
    """``if (pure test) { outer = constant; ...; break; }`` (``containsValue`` and the like)."""
    while isinstance(body, ir.Block) and len(body.body) == 1:
        body = body.body[0]
    if not isinstance(body, ir.If) or body.otherwise is not None or not _pure(body.condition):
        return False
    then = body.then.body if isinstance(body.then, ir.Block) else (body.then,)
    if not then or not isinstance(then[-1], ir.Break):
        return False
    return all(
        isinstance(stmt, ir.ExprStmt)
        and isinstance(stmt.expr, ir.AssignExpr)
        and stmt.expr.op is None
        and isinstance(stmt.expr.target, ir.Name)
        and stmt.expr.target.id != loop_var
        and isinstance(stmt.expr.value, ir.IntLiteral | ir.BoolLiteral | ir.CharLiteral | ir.StringLiteral)
        for stmt in then[:-1]
    )


def _hashable_in_java_order(type_: t.Type) -> bool:
    """Key types whose Java ``hashCode`` the back ends' helpers compute (Integer, Long, Short,
    Byte, Character, String)."""
    return isinstance(type_, t.CharType | t.StringType) or (
        isinstance(type_, t.IntType) and type_.signed and type_.bits in (8, 16, 32, 64)
    )


def _unordered_container(type_: t.Type) -> bool:
    return isinstance(type_, t.SetType | t.MapType) and type_.order is t.Order.UNSPECIFIED


def _java_plain_order(type_: t.Type) -> t.Order:
    return t.Order.JAVA_HASH


def python_plain_order(type_: t.Type) -> t.Order:
    """A Python dict iterates in insertion order; a set's order is CPython's, left unspecified."""
    return t.Order.INSERTION if isinstance(type_, t.MapType) else t.Order.UNSPECIFIED


def container_order(
    module: ir.Module,
    linked: frozenset[Key] = frozenset(),
    *,
    plain: Callable[[t.Type], t.Order] = _java_plain_order,
    language: str = "Java",
) -> ir.Module:
    """``module`` with an ``order`` on the hash containers whose iteration order the program
    observes, so that back ends iterate them as the source does: ``INSERTION`` for Java
    ``LinkedHashSet``/``LinkedHashMap``, ``JAVA_HASH`` (its bucket table) for ``HashSet``/
    ``HashMap``; ``plain`` gives the order of a container created without saying (Python: a
    dict's insertion order). Sorted containers (``TreeSet``/``TreeMap``) carry ``SORTED`` in their
    type already.

    Observing the order: iterating (unless the body is ``order_free_body``), ``toArray``, copying
    into a list, printing, comparing, or any use other than the order-free operations
    (``add``/``contains``/``remove``/``size``/``get``/``put``/``isEmpty``/``clear``/min/max). Variables
    bound to one another (``a = b``, an argument and its parameter, a returned value and its
    receiver) share one type, so they are marked together, with the order of the containers
    created into them (``new LinkedHash...`` or a ``linked`` declaration: insertion; ``new Hash...``:
    Java's hash order); a container copied into an observed one is observed too. A
    ``keySet()``/``values()`` view kept in a variable and iterated in order is refused (the copy
    the back ends make would not keep the map's order), and so is a variable that holds both
    kinds.
    """
    functions = {f.name: f for f in module.functions}
    parent: dict[Key, Key] = {}

    def find(key: Key) -> Key:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: Key, b: Key) -> None:
        parent[find(a)] = find(b)

    observed: dict[Key, ir.Node] = {}  # variable -> the first node that observes its order
    key_types: dict[Key, t.Type] = {}
    copies: list[tuple[Key, Key]] = []  # (copy, source): the source's order fills the copy
    views: list[tuple[Key, ir.Node]] = []
    created: dict[Key, set[t.Order]] = {key: {t.Order.INSERTION} for key in linked}
    created_at: dict[Key, ir.Node] = {}  # variable -> a container created into it (for error locations)

    def creation(key: Key, value: ir.Expr | None) -> None:
        if not isinstance(value, ir.NewContainer) or not isinstance(value.type, t.SetType | t.MapType):
            return
        created_at.setdefault(key, value)
        if value.type.order is t.Order.SORTED:
            # `Map<K, V> m = new TreeMap<>()`: the variable's declared type says no order, the
            # container created into it does
            created.setdefault(key, set()).add(t.Order.SORTED)
        elif _unordered_container(value.type):
            order = t.Order.INSERTION if value.insertion_order else plain(value.type)
            created.setdefault(key, set()).add(order)

    def locals_of(function: ir.Function) -> set[str]:
        return {p.name for p in function.params} | {
            n.name for n in ir.walk(function.body) if isinstance(n, ir.VarDecl | ir.ForEach)
        }

    for function in [*module.functions, None]:
        # None: the globals, whose initialisers create containers too
        local = locals_of(function) if function is not None else set()
        function_name = function.name if function is not None else None

        def key(name: str, local: set[str] = local, function_name: str | None = function_name) -> Key:
            return (function_name, name) if name in local else (None, name)

        def var(expr: ir.Expr | None, key: object = key) -> Key | None:
            if isinstance(expr, ir.Name) and _unordered_container(expr.type):
                found = key(expr.id)  # type: ignore[operator]
                key_types[found] = expr.type
                return found  # type: ignore[no-any-return]
            return None

        excused: set[int] = set()
        nodes = (
            ir.walk(function.body)
            if function is not None
            else [n for g in module.globals for n in ir.walk(g)]
        )
        for node in nodes:
            if isinstance(node, ir.LibraryCall) and node.op in _ORDER_FREE_OPS and node.args:
                operand = node.args[0]
                if isinstance(operand, ir.LibraryCall) and operand.op in ir.MAP_VIEWS:
                    operand = operand.args[0]  # `values().contains(x)`, the sum of values()
                if var(operand):
                    excused.add(id(operand))
            elif isinstance(node, ir.Index) and var(node.base):
                excused.add(id(node.base))
            elif isinstance(node, ir.VarDecl | ir.AssignExpr):
                if isinstance(node, ir.VarDecl):
                    target = key(node.name) if _unordered_container(node.type) else None
                    if target is not None:
                        key_types[target] = node.type
                    value = node.init
                else:
                    target = var(node.target)
                    value = node.value
                    if target is not None:
                        excused.add(id(node.target))
                if target is None or value is None:
                    continue
                creation(target, value)
                if (source := var(value)) is not None:
                    union(target, source)
                    excused.add(id(value))
                elif isinstance(value, ir.NewContainer) and (source := var(value.source)) is not None:
                    copies.append((target, source))
                    excused.add(id(value.source))
                elif isinstance(value, ir.Call) and value.function in functions:
                    union(target, (value.function, "#result"))
                elif isinstance(value, ir.LibraryCall) and value.op in ir.MAP_VIEWS and var(value.args[0]):
                    views.append((target, node))
                    excused.add(id(value.args[0]))
            elif isinstance(node, ir.Call) and node.function in functions:
                for param, arg in zip(functions[node.function].params, node.args, strict=False):
                    creation((node.function, param.name), arg)
                    if (source := var(arg)) is not None:
                        union(source, (node.function, param.name))
                        excused.add(id(arg))
            elif isinstance(node, ir.Return) and function is not None:
                creation((function.name, "#result"), node.value)
                if (source := var(node.value)) is not None:
                    union(source, (function.name, "#result"))
                    excused.add(id(node.value))
            elif isinstance(node, ir.ForEach):
                iterable = node.iterable
                if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS:
                    iterable = iterable.args[0]  # type: ignore[assignment]
                if var(iterable) and order_free_body(node.body, node.name):
                    excused.add(id(iterable))
                elif (
                    isinstance(iterable, ir.Call)
                    and iterable.function in functions
                    and _unordered_container(iterable.type)
                    and not order_free_body(node.body, node.name)
                ):
                    # `for (int x : build())`: the order of what the function returns is observed
                    result = (iterable.function, "#result")
                    key_types.setdefault(result, iterable.type)
                    observed.setdefault(result, node)
            elif (
                isinstance(node, ir.NewContainer)
                and var(node.source)
                and isinstance(node.type, t.SetType | t.MapType)
                and node.type.sorted
            ):
                excused.add(id(node.source))  # a TreeSet copy sorts
        for node in nodes:
            if (found := var(node)) is not None and id(node) not in excused:
                observed.setdefault(found, node)

    marked = {find(k) for k in observed}
    changed = True
    while changed:
        changed = False
        for copy, source in copies:
            if find(copy) in marked and find(source) not in marked:
                marked.add(find(source))
                changed = True
    if not marked:
        return module

    def observer(key: Key) -> ir.Node:
        """Where an error about ``key``'s group points: what observes its order, else (a group
        marked only because a copy of it is observed) a container created into it."""
        for nodes in (observed, created_at):
            if key in nodes:
                return nodes[key]
            found = next((n for k, n in nodes.items() if find(k) == find(key)), None)
            if found is not None:
                return found
        return module

    group_orders: dict[Key, set[t.Order]] = {}
    for key in {*created, *key_types, *observed}:
        group_orders.setdefault(find(key), set()).update(created.get(key, ()))
    group_types = {find(key): type_ for key, type_ in key_types.items()}
    order_of_group: dict[Key, t.Order] = {}
    for root in marked:
        orders = group_orders.get(root, set())
        if len(orders) > 1:
            raise UnsupportedConstruct(
                f"rules engine: unsupported {language} construct: a variable holding containers that iterate"
                f" in different orders ({', '.join(sorted(o.name.lower() for o in orders))}), whose order is observed",
                observer(root).location,
            )
        order = next(iter(orders), None) or plain(group_types.get(root, t.UNKNOWN))
        if order is not t.Order.UNSPECIFIED:
            order_of_group[root] = order

    def order_of(key: Key) -> t.Order | None:
        return order_of_group.get(find(key))

    for key, type_ in key_types.items():
        element = type_.element if isinstance(type_, t.SetType) else getattr(type_, "key", t.UNKNOWN)
        if order_of(key) is t.Order.JAVA_HASH and not _hashable_in_java_order(element):
            raise UnsupportedConstruct(
                f"rules engine: unsupported {language} construct: the iteration order of a hash container of {element}",
                observer(key).location,
            )
    for target, node in views:
        if order_of(target) is not None:
            raise UnsupportedConstruct(
                f"rules engine: unsupported {language} construct: a"
                f" {'keySet()/values()' if language == 'Java' else 'keys()/values()'} view kept in a variable"
                " whose iteration order is observed",
                node.location,
            )

    def flagged(type_: t.Type, order: t.Order | None) -> t.Type:
        if order is None or not _unordered_container(type_):
            return type_
        return dataclasses.replace(type_, order=order)  # type: ignore[type-var]

    def observed_order(type_: t.Type) -> t.Order | None:
        """The order a rewritten variable's type asks for (None: none)."""
        if isinstance(type_, t.SetType | t.MapType) and type_.order in (t.Order.INSERTION, t.Order.JAVA_HASH):
            return type_.order
        return None

    def created_in(value: ir.Expr | None, order: t.Order | None) -> ir.Expr | None:
        """A container created into a variable of ``order`` gets the same type."""
        if isinstance(value, ir.NewContainer):
            return dataclasses.replace(value, type=flagged(value.type, order))
        return value

    def rewritten(function: ir.Function | None, node: ir.Node) -> ir.Node:
        local = locals_of(function) if function is not None else set()
        name = function.name if function is not None else None

        def key(variable: str) -> Key:
            return (name, variable) if variable in local else (None, variable)

        def rewrite(node: ir.Node) -> ir.Node:
            if isinstance(node, ir.Name) and _unordered_container(node.type):
                return dataclasses.replace(node, type=flagged(node.type, order_of(key(node.id))))
            if isinstance(node, ir.VarDecl) and _unordered_container(node.type):
                order = order_of(key(node.name))
                return dataclasses.replace(
                    node, type=flagged(node.type, order), init=created_in(node.init, order)
                )
            if isinstance(node, ir.AssignExpr) and (order := observed_order(node.target.type)) is not None:
                return dataclasses.replace(node, type=node.target.type, value=created_in(node.value, order))
            if (
                isinstance(node, ir.AssignExpr)
                and node.op == ir.BinaryOp.ADD
                and isinstance(node.target, ir.Index)
                and observed_order(node.target.base.type) is t.Order.JAVA_HASH
            ):
                # Java's merge(k, v, Integer::sum) (the only source of `m[k] += v` in Java) puts a
                # new key at the head of its bucket, unlike put: the back ends' helpers say so
                target = node.target
                return ir.LibraryCall(
                    L.MAP_MERGE, (target.base, target.index, node.value), type=t.VOID, location=node.location
                )
            if isinstance(node, ir.Call) and node.function in functions:
                args = tuple(
                    created_in(arg, order_of((node.function, param.name)))
                    for param, arg in zip(functions[node.function].params, node.args, strict=False)
                )
                type_ = flagged(node.type, order_of((node.function, "#result")))
                return dataclasses.replace(node, type=type_, args=(*args, *node.args[len(args) :]))
            if isinstance(node, ir.Return) and name is not None:
                return dataclasses.replace(node, value=created_in(node.value, order_of((name, "#result"))))
            return node

        return ir.transform(node, rewrite)

    def with_order(function: ir.Function) -> ir.Function:
        body = rewritten(function, function.body)
        params = tuple(
            dataclasses.replace(p, type=flagged(p.type, order_of((function.name, p.name))))
            for p in function.params
        )
        result = flagged(function.return_type, order_of((function.name, "#result")))
        return dataclasses.replace(function, body=body, params=params, return_type=result)  # type: ignore[arg-type]

    globals_ = tuple(rewritten(None, g) for g in module.globals)
    return dataclasses.replace(
        module,
        globals=globals_,  # type: ignore[arg-type]
        functions=tuple(with_order(f) for f in module.functions),
    )
