"""Type inference for untyped Python sources of the rule engine.

Python does not say its types, so the Python front end (``python.frontend``) builds each function
several times: every build records *observations* (the type of each value stored into a variable,
element stores, returns, call-site arguments, how a parameter is used), and the observations are
joined into an environment that the next build reads. The joins only ever move up a small lattice,
so this reaches a fixpoint in a few rounds. What the lattice knows:

* ``UNKNOWN`` is the bottom; anything joins with it to itself.
* Integers widen: ``int`` joins ``long`` to ``long``; ints join floats to ``double``; bools join
  ints to ``int`` (Python's ``True`` is ``1``).
* Two internal markers never reach a back end: ``WEAK01`` is a bare literal ``0``/``1`` (so that
  ``visited = [0] * n`` followed by ``visited[i] = True`` is a boolean array), and ``WEAK_INF`` is
  ``float('inf')`` (an ``int`` variable initialised with it holds the largest ``int``).
* Python has no char type: ``s[i]`` is a ``char`` and a one-character literal is a ``char`` until it
  meets a ``str``, when both are strings.
* Sequences: a parameter that is only read stays an array (``int arr[]`` / ``int[] arr``, which is
  how the callers of such functions pass it); a sequence that grows is a list.

Unknowns left at the fixpoint get documented defaults (``DEFAULTS``), each reported as a warning;
values of two incompatible types (an ``int`` on one path, a ``str`` on another) are an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from transcoder.engines.rules import types as t
from transcoder.errors import SourceLocation

WEAK01 = t.IntType(1)
"""A bare integer literal 0 or 1: an int, or a bool where the same slot also holds bools."""
WEAK_INF = t.FloatType(63)
"""``float('inf')``: the largest int in an int slot, a double otherwise."""
NONE = t.OptionalType(t.UNKNOWN)
"""``None``: joined with a value of type T it makes ``Optional[T]``; an object (a class's
instance, a function value) already holds null, so ``None`` joins it to itself."""

DEFAULTS = {
    "scalar": t.INT,
    "element": t.INT,
}
"""Types chosen when nothing constrains a value: scalars and sequence elements default to ``int``."""


class TypeConflict(Exception):
    """Two observations of one slot have no common type."""


def _join_order(a: t.Order, b: t.Order) -> t.Order:
    """A sorted container stays sorted; other mixed orders keep no order."""
    if t.Order.SORTED in (a, b):
        return t.Order.SORTED
    return a if a is b else t.Order.UNSPECIFIED


def join(a: t.Type, b: t.Type) -> t.Type:
    """The least type holding values of both ``a`` and ``b``; raises ``TypeConflict``."""
    if a is b or a == b:  # (the same object, as most often: no field-by-field comparison)
        return a
    if isinstance(a, t.UnknownType):
        return b
    if isinstance(b, t.UnknownType):
        return a
    if isinstance(a, t.OptionalType) or isinstance(b, t.OptionalType):
        return _join_optional(a, b)
    for first, second in ((a, b), (b, a)):
        if first == WEAK01 and isinstance(second, t.BoolType | t.IntType | t.FloatType):
            return second
        if first == WEAK_INF:
            if isinstance(second, t.IntType):
                return second if second != WEAK01 else t.INT
            if isinstance(second, t.FloatType):
                return t.DOUBLE
        if isinstance(first, t.BoolType) and isinstance(second, t.IntType):
            return second
        if isinstance(first, t.IntType) and isinstance(second, t.FloatType):
            return t.DOUBLE if second.bits != WEAK_INF.bits else first
        if isinstance(first, t.CharType) and isinstance(second, t.StringType):
            return t.STRING
        # A sequence whose element type is unknown may turn out to be a string.
        if isinstance(first, t.ArrayType) and first.element == t.UNKNOWN and isinstance(second, t.StringType):
            return t.STRING
        if isinstance(first, t.ArrayType) and isinstance(second, t.ListType):
            return t.ListType(join(first.element, second.element))
    if isinstance(a, t.IntType) and isinstance(b, t.IntType):
        if t.BIGINT in (a, b):
            return t.BIGINT  # a Python integer 64 bits may not hold (widths.py)
        bits = max(a.bits or 64, b.bits or 64)
        unsigned = b if a.signed else a
        # (a signed type of unbounded width (bits None) never meets an unsigned one here)
        if a.signed != b.signed and (unsigned.bits or 64) >= (a.bits if a.signed else b.bits or 64):  # type: ignore[operator]
            bits = 64  # an unsigned value next to a signed one of its width: only a wider type holds both
        return t.IntType(max(bits, 32))
    if isinstance(a, t.FloatType) and isinstance(b, t.FloatType):
        return t.DOUBLE
    if type(a) is type(b):
        if isinstance(a, t.ArrayType | t.ListType | t.StackType | t.QueueType | t.DequeType):
            return type(a)(join(a.element, b.element))  # type: ignore[attr-defined]
        if isinstance(a, t.SetType) and isinstance(b, t.SetType):
            return t.SetType(join(a.element, b.element), _join_order(a.order, b.order))
        if isinstance(a, t.PriorityQueueType) and isinstance(b, t.PriorityQueueType):
            return t.PriorityQueueType(join(a.element, b.element), a.max_first)
        if isinstance(a, t.MapType) and isinstance(b, t.MapType):
            return t.MapType(join(a.key, b.key), join(a.value, b.value), _join_order(a.order, b.order))
        if isinstance(a, t.PairType) and isinstance(b, t.PairType):
            return t.PairType(join(a.first, b.first), join(a.second, b.second))
        if isinstance(a, t.TupleType) and isinstance(b, t.TupleType) and len(a.elements) == len(b.elements):
            return t.TupleType(tuple(join(x, y) for x, y in zip(a.elements, b.elements, strict=True)))
    if isinstance(a, t.ListType | t.ArrayType) and isinstance(b, t.PriorityQueueType):
        return t.PriorityQueueType(join(a.element, b.element), b.max_first)
    if isinstance(b, t.ListType | t.ArrayType) and isinstance(a, t.PriorityQueueType):
        return t.PriorityQueueType(join(a.element, b.element), a.max_first)
    raise TypeConflict(f"{describe(a)} and {describe(b)}")


def _join_optional(a: t.Type, b: t.Type) -> t.Type:
    """A join where one side may be None: ``Optional`` of the values' join (objects hold null)."""
    inner = join(
        a.value if isinstance(a, t.OptionalType) else a, b.value if isinstance(b, t.OptionalType) else b
    )
    if isinstance(inner, t.ClassType | t.FunctionType):
        return inner
    if isinstance(inner, t.VoidType):
        raise TypeConflict("None and the result of a function returning nothing")
    return t.OptionalType(inner)


def finalize(type_: t.Type, warnings: list[str] | None = None, what: str = "") -> t.Type:
    """``type_`` with the internal markers and unknowns replaced by their defaults."""
    if type_ == WEAK01:
        return t.INT
    if type_ == WEAK_INF:
        return t.DOUBLE
    if isinstance(type_, t.UnknownType):
        if warnings is not None and what:
            warnings.append(f"{what}: type unknown, assumed int")
        return DEFAULTS["scalar"]
    if isinstance(type_, t.ArrayType | t.ListType | t.StackType | t.QueueType | t.DequeType):
        element = type_.element
        if isinstance(element, t.UnknownType):
            if warnings is not None and what:
                warnings.append(f"{what}: element type unknown, assumed int")
            element = DEFAULTS["element"]
        return type(type_)(finalize(element))
    if isinstance(type_, t.SetType):
        return t.SetType(finalize(type_.element, warnings, what), type_.order)
    if isinstance(type_, t.PriorityQueueType):
        return t.PriorityQueueType(finalize(type_.element, warnings, what), type_.max_first)
    if isinstance(type_, t.MapType):
        return t.MapType(
            finalize(type_.key, warnings, what and f"{what} (its keys)"),
            finalize(type_.value, warnings, what and f"{what} (its values)"),
            type_.order,
        )
    if isinstance(type_, t.PairType):
        return t.PairType(finalize(type_.first), finalize(type_.second))
    if isinstance(type_, t.TupleType):
        return t.TupleType(tuple(finalize(e) for e in type_.elements))
    if isinstance(type_, t.OptionalType):
        return t.OptionalType(finalize(type_.value, warnings, what and f"{what} (when not None)"))
    return type_


def describe(type_: t.Type) -> str:
    """A type in Python's words, for messages."""
    if type_ == WEAK01 or isinstance(type_, t.IntType):
        return "int"
    if isinstance(type_, t.FloatType):
        return "float"
    if isinstance(type_, t.BoolType):
        return "bool"
    if isinstance(type_, t.CharType | t.StringType):
        return "str"
    if isinstance(type_, t.ArrayType | t.ListType):
        return f"list[{describe(type_.element)}]"
    if isinstance(type_, t.MapType):
        return f"dict[{describe(type_.key)}, {describe(type_.value)}]"
    if isinstance(type_, t.SetType):
        return f"set[{describe(type_.element)}]"
    if isinstance(type_, t.VoidType):
        return "None"
    if isinstance(type_, t.TupleType):
        return f"tuple[{', '.join(describe(p) for p in type_.elements)}]"
    if isinstance(type_, t.OptionalType):
        return "None" if isinstance(type_.value, t.UnknownType) else f"{describe(type_.value)} | None"
    return str(type_)


@dataclass(slots=True)
class Observations:
    """What one build of a function learned; merged into the environment between builds."""

    types: dict[str, list[tuple[t.Type, SourceLocation | None]]] = field(default_factory=dict)
    grows: set[str] = field(default_factory=set)  # sequences appended to, popped, inserted into
    indexed: set[str] = field(default_factory=set)  # names used as sequences (indexed, len, iterated)
    returns: list[tuple[t.Type, SourceLocation | None]] = field(default_factory=list)
    calls: dict[str, list[tuple[int, t.Type]]] = field(default_factory=dict)  # callee -> (position, type)
    aliases: set[tuple[str, str]] = field(default_factory=set)  # `a = b` of sequences: one object

    def see(self, name: str, type_: t.Type, location: SourceLocation | None = None) -> None:
        if not isinstance(type_, t.UnknownType):
            self.types.setdefault(name, []).append((type_, location))


@dataclass(slots=True)
class FunctionTypes:
    """The environment of one function: its variables' and parameters' types and its result."""

    params: list[str]
    variables: dict[str, t.Type] = field(default_factory=dict)
    result: t.Type = t.UNKNOWN
    grows: set[str] = field(default_factory=set)
    indexed: set[str] = field(default_factory=set)
    pinned: set[str] = field(default_factory=set)  # names whose types come from hints or --signature
    result_pinned: bool = False
    # Pinned by a PEP 484 hint (not by --signature): ``list[T]`` says a list, which the translation
    # may keep as an array (read only) or must make a list (it grows, or a list is stored in it).
    hinted: set[str] = field(default_factory=set)
    result_hinted: bool = False
    # Parameters whose type the --signature fixes but that the body rebinds: the interface type
    # here, the body's variable inferred from it (a copy declared on entry where they differ).
    entry_types: dict[str, t.Type] = field(default_factory=dict)
    returns_value: bool = False  # some return statement has a value (even of unknown type)
    conflicts: dict[str, str] = field(default_factory=dict)  # name -> message

    def merge(self, seen: Observations) -> bool:
        """Join ``seen`` into the environment; True if anything changed."""
        changed = False
        for name, observed in seen.types.items():
            if name in self.pinned:
                if name in self.hinted:
                    changed |= self._hinted_list(name, [type_ for type_, _ in observed])
                continue
            current = self.variables.get(name, t.UNKNOWN)
            for type_, location in observed:
                try:
                    current = join(current, type_)
                except TypeConflict as conflict:
                    where = f" (line {location.line})" if location else ""
                    self.conflicts.setdefault(
                        name, f"'{name}' holds values of incompatible types {conflict}{where}"
                    )
            current = self._sequence_kind(name, current, seen)
            if current != self.variables.get(name, t.UNKNOWN):
                self.variables[name] = current
                changed = True
        grows = set(seen.grows)
        for _ in range(len(seen.aliases)):  # a list that grows through an alias grows under both names
            grows |= {b for a, b in seen.aliases if a in grows | self.grows} | {
                a for a, b in seen.aliases if b in grows | self.grows
            }
        for name in grows - self.grows:
            self.grows.add(name)
            changed = True
            sequence = self.variables.get(name)
            if (name not in self.pinned or name in self.hinted) and isinstance(sequence, t.ArrayType):
                self.variables[name] = t.ListType(sequence.element)
        for name in seen.indexed - self.indexed:
            self.indexed.add(name)
            changed = True
        if seen.returns and not self.returns_value:
            self.returns_value = True
            changed = True
        if not self.result_pinned:
            result = self.result
            for type_, location in seen.returns:
                try:
                    result = join(result, type_)
                except TypeConflict as conflict:
                    where = f" (line {location.line})" if location else ""
                    self.conflicts.setdefault(
                        "return", f"the function returns values of incompatible types {conflict}{where}"
                    )
            if result != self.result:
                self.result = result
                changed = True
        elif self.result_hinted and isinstance(self.result, t.ArrayType):
            lists = [type_ for type_, _ in seen.returns if isinstance(type_, t.ListType)]
            if lists:
                self.result = t.ListType(self.result.element)
                changed = True
        return changed

    def _hinted_list(self, name: str, observed: list[t.Type]) -> bool:
        """A name hinted ``list[T]`` and kept as an array becomes a list where a list is stored in it."""
        current = self.variables.get(name)
        if isinstance(current, t.ArrayType) and any(isinstance(type_, t.ListType) for type_ in observed):
            self.variables[name] = t.ListType(current.element)
            return True
        return False

    def _sequence_kind(self, name: str, type_: t.Type, seen: Observations) -> t.Type:
        if (name in self.grows or name in seen.grows) and isinstance(type_, t.ArrayType):
            return t.ListType(type_.element)
        return type_


def merge(env: dict[str, FunctionTypes], name: str, seen: Observations) -> bool:
    """Join what a build of ``name`` saw into the environment (its arguments into its callees' parameters);
    True if anything changed."""
    changed = env[name].merge(seen)
    for callee, arguments in seen.calls.items():
        if callee not in env:
            continue
        callee_types = env[callee]
        observed = Observations()
        for position, type_ in arguments:
            if position < len(callee_types.params):
                observed.see(callee_types.params[position], type_)
        changed |= callee_types.merge(observed)
    return changed


PHASES: tuple[tuple[bool, bool], ...] = ((True, True), (True, False), (False, False))
"""After each fixpoint, defaults are given (``settle(params_only, indexed_only)``) to: the indexed
parameters still unknown (so that a parameter compared with one of their elements learns the
element's type), then the other parameters, then everything; inference runs again after each."""
ROUNDS = 8
"""At most this many rounds per phase; real functions settle in two or three."""


def solve(
    env: dict[str, FunctionTypes],
    observe: Callable[[str], Observations],
    settle: Callable[[bool, bool], None],
) -> None:
    """Run every function's ``observe`` and join what it sees into ``env`` until nothing changes, in
    the ``PHASES``. A function is observed again only when the environment differs from the one
    its last observation read: the same environment gives the same observations, which change
    nothing (joins are idempotent), so the round needs no new build."""
    read: dict[str, _Snapshot] = {}
    for params_only, indexed_only in PHASES:
        for _ in range(ROUNDS):
            changed = False
            for name in env:
                inputs = _snapshot(env)
                if read.get(name) == inputs:
                    continue
                read[name] = inputs
                changed |= merge(env, name, observe(name))
            if not changed:
                break
        settle(params_only, indexed_only)


_Snapshot = tuple[tuple[dict[str, t.Type], t.Type, frozenset[str], dict[str, t.Type]], ...]


def _snapshot(env: dict[str, FunctionTypes]) -> _Snapshot:
    """What a build reads from the environment: every function's variables, result, pinned names and
    entry types."""
    return tuple(
        (dict(types.variables), types.result, frozenset(types.pinned), dict(types.entry_types))
        for types in env.values()
    )
