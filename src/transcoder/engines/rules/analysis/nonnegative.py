"""Non-negativity: which integer locals of a function are never negative, and whether an expression is.

Back ends print C/Java truncating ``/`` and ``%`` as Python ``//`` and ``%`` (equal for
non-negative operands) where both operands are proven non-negative, instead of an exact helper.
"""

from __future__ import annotations

from collections.abc import Sequence

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import root_name

L = ir.LibOp


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
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.VarDecl) and isinstance(node.type, (t.ArrayType, t.ListType)):
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
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Index):
            base = node.base
            while isinstance(base, ir.Index):
                base = base.base
            if isinstance(base, ir.Name):
                allowed.add(id(base))
        if isinstance(node, (ir.AssignExpr, ir.IncDec)) and isinstance(node.target, ir.Index):
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
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Name) and node.id in stores and id(node) not in allowed:
            stores[node.id] = [None]
    return stores


# node class -> whether it may define a local (a subclass of one of these): ``NonNegative``
_DEFINING: dict[type, bool] = {}
_DEFINING_CLASSES = (ir.VarDecl, ir.ForEach, ir.AssignExpr, ir.IncDec, ir.LibraryCall)


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
        for node in irtools.nodes(function.body):
            kind = type(node)
            defining = _DEFINING.get(kind)
            if defining is None:
                defining = _DEFINING[kind] = issubclass(kind, _DEFINING_CLASSES)
            if not defining:
                continue  # a name, a literal, an operator...: none of the cases below
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
        if isinstance(expr, (ir.CharLiteral, ir.BoolLiteral)):
            return True
        if isinstance(expr, ir.Name):
            if expr.id in names or (isinstance(expr.type, t.IntType) and not expr.type.signed):
                return True
            where = expr.location
            return where is not None and (expr.id, where.line, where.column) in self.guarded
        if isinstance(expr, ir.Index) and isinstance(expr.type, (t.IntType, t.CharType)):
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
            return isinstance(expr.operand.type, (t.IntType, t.CharType, t.BoolType)) and self._check(
                expr.operand, names
            )
        if isinstance(expr, ir.IncDec):
            return self._check(expr.target, names) and expr.delta > 0
        if isinstance(expr, ir.Wrap):  # reduced into an unsigned type; a signed one may turn negative
            return isinstance(expr.type, t.IntType) and not expr.type.signed
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
    for loop in irtools.nodes(function.body):
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
