"""Which exceptions can reach a ``try``, and whether a target's handlers catch them as the source's do.

Two kinds of exceptions reach a ``try``: the ones thrown explicitly (``Throw`` nodes in its body and
in the module's functions it calls, transitively) and the ones the languages' own operations raise
(an integer division by zero, an index out of bounds, a number that does not parse). Explicit ones
have a kind, and each target spells it with a type of its hierarchy (``exceptions.py``): a handler
is kept when, for every kind that can reach the ``try``, the first handler that catches it in the
source (``Handler.catches``) is the first that catches it in the target.

Implicit ones depend on the language: C++ raises nothing on a division by zero or a bad index
(undefined behaviour), Python raises ``ZeroDivisionError`` also on a float division by zero, and
``IndexError`` not on a negative index. ``EVENTS`` says, per operation, what the source may raise
(as Java raises it) and what each target raises; a handler that would treat one differently is
refused. Where the source leaves an event undefined (C++: a division by zero, a bad index; see
``Try.defined``) whatever the target does is faithful. Not modelled: exceptions raised by the runtime itself (stack overflow, out of memory).
"""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

B = ir.BinaryOp
L = ir.LibOp

_INDEX = frozenset({"index", "array_index", "string_index"})


@dataclass(frozen=True, slots=True)
class Event:
    """What an operation may raise in the source, and in each target."""

    source: frozenset[str]
    """Kinds the source may raise (empty: none)."""
    target: dict[str, frozenset[str]]
    """Per target: the kinds its translation may raise (absent: none)."""
    exact: frozenset[str]
    """The targets that raise exactly where the source does (elsewhere a handler of these kinds is
    refused)."""


_PARSE = frozenset({"number_format"})
_PARSE_PART = frozenset({"number_format", "index"})
EVENTS: dict[str, Event] = {
    "an integer division": Event(
        frozenset({"arithmetic"}),
        {"java": frozenset({"arithmetic"}), "python": frozenset({"zero_division"})},
        frozenset({"java", "python", "cpp"}),
    ),
    "a float division": Event(
        frozenset(), {"python": frozenset({"zero_division"})}, frozenset({"java", "python", "cpp"})
    ),
    "a float remainder": Event(
        frozenset(), {"python": frozenset({"invalid_argument"})}, frozenset({"java", "python", "cpp"})
    ),
    "an index": Event(_INDEX, {"java": _INDEX, "python": frozenset({"index"})}, frozenset({"java", "cpp"})),
    "a parse of a number": Event(
        frozenset({"number_format"}),
        {
            "java": frozenset({"number_format"}),
            "python": frozenset({"invalid_argument"}),
            "cpp": frozenset({"invalid_argument", "index"}),
        },
        frozenset(),
    ),
    "a parse of a number by Java's rules": Event(  # Integer.parseInt: each target's helper throws
        _PARSE, {"java": _PARSE, "python": _PARSE, "cpp": _PARSE}, frozenset({"java", "python", "cpp"})
    ),
    "a parse of part of a text by Java's rules": Event(  # (s, begin, end, radix): also the bounds
        _PARSE_PART, {"java": _PARSE_PART, "python": _PARSE_PART, "cpp": _PARSE_PART}, frozenset()
    ),
    "an exact conversion": Event(  # Math.toIntExact: each target's helper throws the overflow kind
        frozenset({"overflow"}),
        {"java": frozenset({"overflow"}), "python": frozenset({"overflow"}), "cpp": frozenset({"overflow"})},
        frozenset({"java", "python", "cpp"}),
    ),
    "a library call that may fail (an empty container, a bad position)": Event(
        _INDEX | {"no_such_element"},
        {"java": _INDEX | {"no_such_element"}, "python": frozenset({"index", "key"})},
        frozenset(),
    ),
}

_INTEGER_DIVISIONS = frozenset({B.TRUNC_DIV, B.TRUNC_MOD, B.FLOOR_DIV, B.FLOOR_MOD})
_RAISING_LIBRARY = frozenset({
    L.SUBSTRING, L.LIST_REMOVE_AT, L.LIST_INSERT, L.LIST_BACK, L.LIST_FRONT, L.LIST_POP_BACK, L.POP,
    L.PEEK, L.POP_FRONT, L.PEEK_BACK, L.MAP_GET, L.MAX_ELEMENT, L.MIN_ELEMENT,
})  # fmt: skip


def _nonzero_literal(expr: ir.Expr) -> bool:
    return isinstance(expr, (ir.IntLiteral, ir.FloatLiteral)) and expr.value != 0


def _event(node: ir.Node) -> str | None:
    if isinstance(node, ir.Binary) and not _nonzero_literal(node.right):
        if node.op in _INTEGER_DIVISIONS and t.is_integral(node.type):
            return "an integer division"
        if node.op == B.DIV or (node.op in _INTEGER_DIVISIONS and isinstance(node.type, t.FloatType)):
            return "a float division"
        if node.op == B.FMOD:
            return "a float remainder"
    if isinstance(node, ir.Index):
        return "an index"
    if isinstance(node, ir.LibraryCall):
        if node.op in (L.PARSE_INT, L.C_STOI):  # C_ATOI never raises
            return "a parse of a number"
        if node.op == L.JAVA_PARSE_INT:
            whole = node.args[2] is None
            return "a parse of a number by Java's rules" if whole else "a parse of part of a text by Java's rules"
        if node.op == L.TO_INT_EXACT:
            return "an exact conversion"
        if node.op in _RAISING_LIBRARY:
            return "a library call that may fail (an empty container, a bad position)"
    return None


@dataclass
class Reaching:
    """What may reach a ``try`` from its body."""

    kinds: dict[str, ir.Node]
    """Kinds thrown explicitly, each with a place that throws it."""
    events: dict[str, ir.Node]
    """Implicit events (``EVENTS``), each with a place where it may happen."""


def reaching(body: ir.Stmt, module: ir.Module) -> Reaching:
    """The explicit kinds and implicit events of ``body`` and of the module's functions it calls."""
    functions = {function.name: function for function in module.functions}
    found = Reaching({}, {})
    seen: set[str] = set()
    pending: list[ir.Node] = [body]
    while pending:
        for node in ir.walk(pending.pop()):
            if isinstance(node, ir.Throw):
                found.kinds.setdefault(node.kind, node)
            elif isinstance(node, ir.Call) and node.function in functions and node.function not in seen:
                seen.add(node.function)
                pending.append(functions[node.function].body)
            event = _event(node)
            if event is not None:
                found.events.setdefault(event, node)
    return found


def _first_in_source(handlers: tuple[ir.Handler, ...], kinds: frozenset[str]) -> int | str | None:
    """The first handler that catches any of ``kinds`` in the source; "split" when the kinds would
    go to different handlers (the operation's exact kind is not known)."""
    firsts = {next((i for i, h in enumerate(handlers) if kind in h.catches), None) for kind in kinds}
    if len(firsts) > 1:
        return "split"
    return next(iter(firsts)) if firsts else None


def _first_in_target(
    handlers: tuple[ir.Handler, ...], kinds: frozenset[str], target: str
) -> int | str | None:
    def catches(handler: ir.Handler, kind: str) -> bool:
        thrown = exceptions.spelling(kind, target)
        return any(exceptions.is_a(target, thrown, exceptions.spelling(k, target)) for k in handler.kinds)

    firsts = {next((i for i, h in enumerate(handlers) if catches(h, kind)), None) for kind in kinds}
    if len(firsts) > 1:
        return "split"
    return next(iter(firsts)) if firsts else None


def check_try(stmt: ir.Try, module: ir.Module, target: str, target_name: str) -> None:
    """Refuse ``stmt`` for ``target`` where a handler would catch another set of the exceptions
    that can reach it than the source's handler does."""
    found = reaching(stmt.body, module)
    for kind, where in found.kinds.items():
        source = _first_in_source(stmt.handlers, frozenset({kind}))
        if source != _first_in_target(stmt.handlers, frozenset({kind}), target):
            raise UnsupportedConstruct(
                f"rules engine: cannot translate to {target_name}: a handler that catches "
                f"{exceptions.spelling(kind, target)} thrown here differently than the source's does",
                where.location or stmt.location,
            )
    for name, where in found.events.items():
        if name not in stmt.defined:
            continue  # undefined behaviour in the source: whatever the target does is faithful
        event = EVENTS[name]
        source = _first_in_source(stmt.handlers, event.source)
        raised = event.target.get(target, frozenset())
        in_target = _first_in_target(stmt.handlers, raised, target)
        if target in event.exact and source == in_target and source != "split":
            continue
        if target not in event.exact and source is None and in_target is None:
            continue
        raise UnsupportedConstruct(
            f"rules engine: cannot translate to {target_name}: an exception handler around {name} "
            "(the languages raise different exceptions there, or none)",
            where.location or stmt.location,
        )
