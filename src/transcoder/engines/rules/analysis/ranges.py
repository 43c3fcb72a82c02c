"""Range analysis: the interval of every integer (and float) expression of one function.

A flow-sensitive abstract interpretation of the structured IR: each int local carries an interval
through the statements, conditions narrow it on their branches (``if (n <= 1) return n;`` leaves
``n >= 2``), branches join, and loops run to a fixpoint. Loops widen a growing bound to the type's
limit, except for a variable the loop only adds to (``count++``, ``s += d``): its bound is its
entry value plus what one iteration adds times the loop's iteration bound (a counter loop runs at
most ``end - start`` times, a for-each at most 2**31 - 1, a loop dividing its counter by ``c >= 2``
at most 64 times), so a count in one loop over an array stays an ``int`` while a sum of its
elements may overflow.

The side table ``Ranges.exact(expr)`` is the *exact* value of an arithmetic expression computed as
if integers were unbounded, from its operands' values as the program holds them; a value that
does not fit its type is where the source wraps around (Java, C++ unsigned) or is undefined (C++
signed). Operands that are themselves ``+ - *`` of the same type count with their exact value
too: reducing modulo 2**bits once, at the root of such a chain, gives what reducing at every step
gives. Nodes are keyed by identity: the function must not be rebuilt between the analysis and the
use of its table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.elements import Elements, element_key, followed_arrays
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.range_rules import (
    RULES,
    Callees,
    Structure,
    call_writes,
    counted_iterations,
    evaluate,
    trusted_steps,
)

B = ir.BinaryOp
L = ir.LibOp
State = dict[str, Interval]

RING_OPS = frozenset({B.ADD, B.SUB, B.MUL})
_RING_OPS = tuple(RING_OPS)  # `in` a tuple: identity tests, no call of Enum.__hash__
_COMPARED = (B.LT, B.LE, B.GT, B.GE, B.EQ, B.NE)  # the keys of _FLIPPED, as a tuple
CONTAINER_SIZE = Interval(0, 2**31 - 1)  # a Java array or string, and any container in practice
_DEEP = 3  # enclosing loops under analysis from which a loop's entries are joined (``loop``)
_DEEP_JOINS = 32  # runs of such a loop before a bound still growing in its entry is widened
_ROUNDS = 6  # fixpoint rounds of a loop before every growing bound is widened to its type's limit
_THRESHOLD_ROUNDS = 4  # rounds before which a contracting variable's bound widens to a threshold
_FLIPPED = {B.LT: B.GT, B.LE: B.GE, B.GT: B.LT, B.GE: B.LE, B.EQ: B.EQ, B.NE: B.NE}
_NEGATED = {B.LT: B.GE, B.LE: B.GT, B.GT: B.LE, B.GE: B.LT, B.EQ: B.NE, B.NE: B.EQ}
_INT, _FLOAT, _OTHER, _CHAR = 0, 1, 2, 3  # how ``Ranges.stored`` treats a type
_STMT_METHODS: dict[type, str] = {}  # statement class -> the name of its ``Ranges`` method


def is_ring(expr: ir.Expr) -> bool:
    """``+ - *`` and negation on integers: reducing modulo 2**bits commutes with them."""
    if not (isinstance(expr.type, t.IntType) and expr.type.bits is not None):
        return False
    if isinstance(expr, ir.Binary):
        return expr.op in _RING_OPS
    return isinstance(expr, ir.Unary) and expr.op in (ir.UnaryOp.NEG, ir.UnaryOp.POS)


@dataclass
class _Loop:
    """What a loop's body sends to its head (``continue``) and its exit (``break``)."""

    breaks: list[State] = field(default_factory=list)
    continues: list[State] = field(default_factory=list)
    is_switch: bool = False


class Ranges:
    """The range analysis of ``function`` (see the module docstring).

    ``wraps(type)``: whether the source defines overflow of ``type`` as wrapping around (Java,
    C++ unsigned); otherwise an overflowing value is taken to stay in range (C++ signed overflow
    is undefined, so its programs never do it). ``char_range``: the values of a char.
    """

    def __init__(
        self,
        function: ir.Function,
        wraps: Callable[[t.IntType], bool],
        char_range: Interval,
        module_globals: tuple[ir.VarDecl, ...] = (),
        callees: Callees = None,
    ) -> None:
        self.function = function  # keeps the keyed nodes alive
        self.wraps = wraps
        self.char_range = char_range
        self.values: dict[int, Interval] = {}
        self.loop_bounds: dict[int, int | None] = {}
        self.loops: list[_Loop] = []
        self.constants = {
            g.name: g.init.value for g in module_globals if g.constant and isinstance(g.init, ir.IntLiteral)
        }
        self.callees = callees  # the module's functions' reference parameters (None: unknown)
        self.structure = Structure(callees, self.constants)  # structural facts, computed once per node
        self._type_ranges: dict[int, tuple[t.Type, Interval]] = {}
        self._stores: dict[int, tuple[t.Type, Interval, int]] = {}  # type -> its limits, _INT/_FLOAT/_OTHER
        self._updates: dict[int, tuple[ir.Stmt, dict[str, list[tuple[ir.Expr | None, int]]]]] = {}
        self._between: dict[tuple[int, int], tuple[ir.Node, ir.Node, list[ir.Stmt]]] = {}
        self._methods: dict[type, Callable[[ir.Stmt, State], State | None] | None] = {}
        self._deep: dict[int, tuple[ir.Stmt, State, State | None, int]] = {}  # loop -> entry, exit, runs
        self.escaping = _escaping_names(function, callees)
        self.trusted = trusted_steps(function, callees, self.structure)
        # what a walk of the whole function declares, in its order: the parameters' subtrees, then
        # the body's (whose walk the other analyses of the function share)
        parts = [node for param in function.params for node in ir.walk(param)]
        self.declared = {
            node.name: node.type
            for nodes in (parts, irtools.nodes(function.body))
            for node in nodes
            if isinstance(node, (ir.VarDecl, ir.Param))
        }
        self.arrays: dict[str, Elements] = followed_arrays(function, self.escaping)
        for name, elements in self.arrays.items():
            self.declared[element_key(name)] = elements.element
        state: State = {
            p.name: self.type_range(p.type)
            for p in function.params
            if self.tracked(p.type) and p.name not in self.escaping
        }
        self.statements(function.body.body, state)

    # -- the table ---------------------------------------------------------------------------
    def exact(self, expr: ir.Expr) -> Interval:
        """The exact value of ``expr`` (see the module docstring); unbounded if the analysis never
        reached it (code after a ``return``, say)."""
        found = self.values.get(id(expr))
        return found if found is not None else iv.UNKNOWN

    def type_range(self, type_: t.Type) -> Interval:
        found = self._type_ranges.get(id(type_))
        if found is None or found[0] is not type_:
            found = (type_, iv.of_type(type_, self.char_range))
            self._type_ranges[id(type_)] = found
        return found[1]

    def tracked(self, type_: t.Type) -> bool:
        kind = type(type_)  # neither type has subclasses
        return (kind is t.IntType and type_.bits is not None) or kind is t.CharType  # type: ignore[attr-defined]

    def stored(self, value: Interval, type_: t.Type, trusted: bool = False) -> Interval:
        """What a variable of ``type_`` holds after being given ``value`` (``trusted``: by an
        update taken never to overflow, see ``range_rules.trusted_steps``)."""
        found = self._stores.get(id(type_))
        if found is None or found[0] is not type_:
            found = (type_, self.type_range(type_), _store_kind(type_))
            self._stores[id(type_)] = found
        _, limits, kind = found
        if kind != _INT:
            if kind == _CHAR and value.within(limits):
                return value  # a character constant ('0') or a char read kept exact
            return value if kind == _FLOAT else limits
        if value.within(limits):
            return value
        if isinstance(type_, t.IntType) and self.wraps(type_) and not trusted:  # kind _INT: always an int
            return limits
        return value.meet(limits) or limits

    # -- statements --------------------------------------------------------------------------
    def statements(self, body: tuple[ir.Stmt, ...] | list[ir.Stmt], state: State | None) -> State | None:
        for stmt in body:
            if state is None:
                return None
            state = self.statement(stmt, state)
        return state

    def statement(self, stmt: ir.Stmt, state: State) -> State | None:
        kind = type(stmt)
        method = self._methods.get(kind, _unseen)  # this analysis's method for the class, found once
        if method is _unseen:
            name = _STMT_METHODS.get(kind)
            if name is None:
                name = _STMT_METHODS[kind] = f"stmt_{kind.__name__}"
            method = self._methods[kind] = getattr(self, name, None)
        if method is None:
            # a statement the analysis does not model (try/catch...): what it assigns may hold
            # anything inside and after it
            self.forget(state, stmt)
            for child in ir.children(stmt):
                if isinstance(child, ir.Expr):
                    self.expr(child, dict(state))
                elif isinstance(child, ir.Stmt):
                    self.statement(child, dict(state))
            return state
        return method(stmt, state)

    def forget(self, state: State, node: ir.Node) -> None:
        for name in self.structure.written(node):
            if name in state:
                state[name] = self.type_range(self.variable_type(name))

    def stmt_Block(self, stmt: ir.Block, state: State) -> State | None:
        return self.statements(stmt.body, state)

    def stmt_VarDecl(self, stmt: ir.VarDecl, state: State) -> State | None:
        value = self.expr(stmt.init, state) if stmt.init is not None else iv.point(0)
        if self.tracked(stmt.type):
            self.assign(stmt.name, self.stored(value, stmt.type), state)
        elif stmt.name in self.arrays:
            elements = self.arrays[stmt.name]
            state[element_key(stmt.name)] = self.initial_elements(stmt.init, elements.depth, elements.element)
        return state

    def initial_elements(self, init: ir.Expr | None, depth: int, element: t.Type) -> Interval:
        """The values of the elements of a new array (``elements.followed_arrays``): its fill, or
        its literal elements; nothing yet (an empty list) is taken as 0."""
        if isinstance(init, (ir.NewArray, ir.NewContainer)):
            fill = init.fill
            if fill is None:
                return iv.point(0)
            if isinstance(init, ir.NewContainer) and depth > 1:
                return self.initial_elements(fill, depth - 1, element)
            return self.stored(self.exact(fill), element)
        if isinstance(init, ir.ArrayLiteral) and init.elements:
            found: Interval | None = None
            for item in init.elements:
                value = (
                    self.initial_elements(item, depth - 1, element)
                    if depth > 1
                    else self.stored(self.exact(item), element)
                )
                found = value if found is None else found.join(value)
            assert found is not None
            return found
        return iv.point(0) if isinstance(init, ir.ArrayLiteral) else self.type_range(element)

    def store_element(self, name: str, value: Interval, state: State) -> None:
        """An element of the followed array ``name`` takes ``value`` (already stored into the
        element type): the others keep theirs, so the set of values grows (a weak update)."""
        key = element_key(name)
        current = state.get(key)
        if current is not None:
            state[key] = current.join(value)

    def stmt_ExprStmt(self, stmt: ir.ExprStmt, state: State) -> State | None:
        self.expr(stmt.expr, state)
        return state

    def stmt_Return(self, stmt: ir.Return, state: State) -> State | None:
        if stmt.value is not None:
            self.expr(stmt.value, state)
        return None

    def stmt_Break(self, stmt: ir.Break, state: State) -> State | None:
        if self.loops:
            self.loops[-1].breaks.append(dict(state))
        return None

    def stmt_Continue(self, stmt: ir.Continue, state: State) -> State | None:
        loop = next((x for x in reversed(self.loops) if not x.is_switch), None)
        if loop is not None:
            loop.continues.append(dict(state))
        return None

    def stmt_If(self, stmt: ir.If, state: State) -> State | None:
        self.expr(stmt.condition, state)
        then = self.refine(stmt.condition, dict(state), True)
        otherwise = self.refine(stmt.condition, dict(state), False)
        after_then = self.statement(stmt.then, then) if then is not None else None
        after_else = otherwise
        if stmt.otherwise is not None and otherwise is not None:
            after_else = self.statement(stmt.otherwise, otherwise)
        return _join(after_then, after_else)

    def stmt_Switch(self, stmt: ir.Switch, state: State) -> State | None:
        self.expr(stmt.subject, state)
        context = _Loop(is_switch=True)
        self.loops.append(context)
        falling: State | None = None
        for case in stmt.cases:
            for value in case.values:
                self.expr(value, state)
            falling = self.statements(case.body, _join(dict(state), falling))
        self.loops.pop()
        has_default = any(not case.values for case in stmt.cases)
        exit_state = falling if has_default else _join(falling, dict(state))
        for broken in context.breaks:
            exit_state = _join(exit_state, broken)
        return exit_state

    def stmt_While(self, stmt: ir.While, state: State) -> State | None:
        return self.loop(stmt, stmt.condition, stmt.body, (), state)

    def stmt_DoWhile(self, stmt: ir.DoWhile, state: State) -> State | None:
        # the body runs before the first test: a loop without a test, testing after each pass
        return self.loop(stmt, None, stmt.body, (stmt.condition,), state)

    def stmt_For(self, stmt: ir.For, state: State) -> State | None:
        entered = self.statements(stmt.init, state)
        if entered is None:
            return None
        return self.loop(stmt, stmt.condition, stmt.body, stmt.update, entered)

    def stmt_ForEach(self, stmt: ir.ForEach, state: State) -> State | None:
        self.expr(stmt.iterable, state)
        element = self.type_range(stmt.var_type)
        return self.loop(stmt, None, stmt.body, (), state, element=(stmt.name, element))

    # -- loops -------------------------------------------------------------------------------
    def loop(
        self,
        loop: ir.Stmt,
        condition: ir.Expr | None,
        body: ir.Stmt,
        update: tuple[ir.Expr, ...],
        entry: State,
        element: tuple[str, Interval] | None = None,
    ) -> State | None:
        """The state after ``loop`` from ``entry``: its fixpoint (``fixpoint``). A loop inside
        ``_DEEP`` or more loops whose fixpoints are being found is run again at every round of
        each of them: 4**depth passes through its body, as many entries. There each new entry
        is joined with the ones before, and an entry within the joined one takes the answer
        found for it: sound (the joined entry holds every value the entry holds), and one
        analysis per growth of a bound of its variables instead of one per round above. After
        ``_DEEP_JOINS`` of them, a growing bound of a variable the loop changes (a count fed
        back through the loops above) is widened to its type's limit (``_widen``, joined with
        both so that it holds them): the other bounds grow only with the heads of the loops
        above, which are widened themselves, so the work stays bounded."""
        if sum(1 for context in self.loops if not context.is_switch) < _DEEP:
            return self.fixpoint(loop, condition, body, update, entry, element)
        seen = self._deep.get(id(loop))
        runs = 0
        if seen is not None and seen[0] is loop and seen[1].keys() == entry.keys():
            _, joined, exit_state, runs = seen
            if all(value.within(joined[name]) for name, value in entry.items()):
                return None if exit_state is None else dict(exit_state)
            written = self.structure.written(loop) if runs >= _DEEP_JOINS else frozenset()
            entry = {
                name: _widen(joined[name], value, self.limits_of(name)).join(value.join(joined[name]))
                if name in written and not value.within(joined[name])
                else value.join(joined[name])
                for name, value in entry.items()
            }
        kept = dict(entry)  # the caller's state goes on changing after the loop
        exit_state = self.fixpoint(loop, condition, body, update, entry, element)
        self._deep[id(loop)] = (loop, kept, None if exit_state is None else dict(exit_state), runs + 1)
        return exit_state

    def fixpoint(
        self,
        loop: ir.Stmt,
        condition: ir.Expr | None,
        body: ir.Stmt,
        update: tuple[ir.Expr, ...],
        entry: State,
        element: tuple[str, Interval] | None = None,
    ) -> State | None:
        """The state after ``loop`` from ``entry``, its body run from a head state that grows
        (joined, then widened) until one more pass stays within it."""
        head = dict(entry)
        bound = iteration_bound(loop, entry, self)
        self.loop_bounds[id(loop)] = bound
        limits: State = {}  # accumulated variables: their bound after any number of iterations
        for round_ in range(_ROUNDS + 2):
            context = _Loop()
            self.loops.append(context)
            after = self.iteration(loop, condition, body, update, head, element)
            self.loops.pop()
            grown = _join(entry, after) or dict(entry)  # read below, never changed
            if all(value.within(limits.get(name) or head.get(name, value)) for name, value in grown.items()):
                break
            head, limits = self.widen(head, grown, loop, entry, bound, round_)
        exit_state: State | None = dict(head)
        if condition is not None:
            assert exit_state is not None
            self.expr(condition, exit_state)
            exit_state = self.refine(condition, exit_state, False)
        for broken in context.breaks:
            exit_state = _join(exit_state, broken)
        if exit_state is not None:
            for name, limit in limits.items():
                if name in exit_state:
                    exit_state[name] = exit_state[name].join(limit)
        return exit_state

    def iteration(
        self,
        loop: ir.Stmt,
        condition: ir.Expr | None,
        body: ir.Stmt,
        update: tuple[ir.Expr, ...],
        head: State,
        element: tuple[str, Interval] | None,
    ) -> State | None:
        """One pass through the loop from ``head``: the state its next test starts from."""
        inside: State | None
        if condition is not None:
            tested = dict(head)
            self.expr(condition, tested)
            inside = self.refine(condition, tested, True)
        else:
            inside = dict(head)
        if inside is not None and element is not None and self.tracked_name(element[0], loop):
            inside[element[0]] = element[1]
        after = self.statement(body, inside) if inside is not None else None
        for continued in self.loops[-1].continues:
            after = _join(after, continued)
        if after is not None:
            for expr in update:
                self.expr(expr, after)
        return after

    def tracked_name(self, name: str, loop: ir.Stmt) -> bool:
        return isinstance(loop, ir.ForEach) and self.tracked(loop.var_type)

    def widen(
        self, head: State, grown: State, loop: ir.Stmt, entry: State, bound: int | None, round_: int
    ) -> tuple[State, State]:
        """The next head state, and the bounds of accumulated variables: ``grown`` at first; then
        a bound still growing jumps to what the loop can add to it (an accumulation: the head,
        before an iteration, has had at most ``bound - 1`` of them), else to its type's limit."""
        if round_ < 2:
            return {name: head.get(name, value).join(value) for name, value in grown.items()}, {}
        widened: State = {}
        limits: State = {}
        for name, value in grown.items():
            old = head.get(name, value)
            if value.within(old):
                widened[name] = old
                continue
            step = self.accumulation(loop, name, entry)
            if step is not None and bound is not None and value.within(entry[name] + step.scaled(bound)):
                limits[name] = entry[name] + step.scaled(bound)
                widened[name] = entry[name] + step.scaled(max(bound - 1, 0))
            elif round_ < _THRESHOLD_ROUNDS and name in self.structure.contracting(loop)[0]:
                # the nearest threshold first, then fewer of them, then the type's limit
                contracting = self.structure.contracting(loop)
                thresholds = contracting[1] if round_ == 2 else contracting[2]
                widened[name] = _widen(old, value, self.limits_of(name), thresholds)
            else:
                widened[name] = _widen(old, value, self.limits_of(name))
        return widened, limits

    def variable_type(self, name: str) -> t.Type:
        return self.declared.get(name, t.LONG)

    def limits_of(self, name: str) -> Interval:
        return self.type_range(self.variable_type(name))

    def accumulation(self, loop: ir.Stmt, name: str, entry: State) -> Interval | None:
        """What one iteration of ``loop`` adds to ``name``, when it changes ``name`` only by adding
        to it (``name += e``, ``name++``, ``name -= e``); None otherwise."""
        if name not in entry:
            return None
        step = iv.point(0)
        for update, sign in self.additive_updates(loop, name):
            if update is None:
                return None
            times = self.nested_iterations(loop, update)
            if times is None:
                return None
            value = iv.point(1) if isinstance(update, ir.IncDec) else self.exact_operand(update)
            step = step + (value if sign > 0 else -value).scaled(times)
        return step

    def exact_operand(self, update: ir.Expr) -> Interval:
        if isinstance(update, ir.AssignExpr):
            value = update.value
            if update.op is None and isinstance(value, ir.Binary):
                value = value.right if isinstance(value.left, ir.Name) else value.left
            return self.stored(self.exact(value), value.type) if value.type != t.UNKNOWN else iv.UNKNOWN
        return iv.point(1)

    def nested_iterations(self, loop: ir.Stmt, node: ir.Node) -> int | None:
        """How many times ``node`` can run in one iteration of ``loop``: the product of the
        bounds of the loops between them."""
        total = 1
        for inner in self.loops_between(loop, node):
            bound = self.loop_bounds.get(id(inner))
            if bound is None:
                return None
            total *= bound
        return total

    def additive_updates(self, loop: ir.Stmt, name: str) -> list[tuple[ir.Expr | None, int]]:
        """``additive_updates(loop, name)``, from one walk of ``loop`` for all its names."""
        found = self._updates.get(id(loop))
        if found is None or found[0] is not loop:
            found = (loop, _all_additive_updates(loop))
            self._updates[id(loop)] = found
        return found[1].get(name, [])

    def loops_between(self, loop: ir.Stmt, node: ir.Node) -> list[ir.Stmt]:
        """``_loops_between(loop, node)``, computed once per pair."""
        key = (id(loop), id(node))
        found = self._between.get(key)
        if found is None or found[0] is not loop or found[1] is not node:
            found = (loop, node, _loops_between(loop, node))
            self._between[key] = found
        return found[2]

    # -- conditions --------------------------------------------------------------------------
    def refine(self, condition: ir.Expr, state: State | None, truth: bool) -> State | None:
        """``state`` narrowed by ``condition`` having the value ``truth``; None if it cannot."""
        if state is None:
            return None
        kind = type(condition)  # none of the classes tested has subclasses
        if kind is ir.Binary:
            assert isinstance(condition, ir.Binary)
            op = condition.op
            if op in _COMPARED:
                if not truth:
                    op = _NEGATED[op]
                state = self.narrow(condition.left, op, condition.right, state)
                if state is not None:
                    state = self.narrow(condition.right, _FLIPPED[op], condition.left, state)
                return state
            if op is B.AND or op is B.OR:
                both = (op is B.AND) == truth
                first = self.refine(condition.left, dict(state), op is B.AND)
                if both:
                    return self.refine(condition.right, first, truth)
                left_decides = self.refine(condition.left, dict(state), truth)
                return _join(left_decides, self.refine(condition.right, first, truth))
            return state
        if kind is ir.Unary and condition.op == ir.UnaryOp.NOT:  # type: ignore[attr-defined]
            return self.refine(condition.operand, state, not truth)  # type: ignore[attr-defined]
        if kind is ir.BoolLiteral:
            return state if condition.value == truth else None  # type: ignore[attr-defined]
        return state

    def narrow(self, side: ir.Expr, op: ir.BinaryOp, other: ir.Expr, state: State) -> State | None:
        """``state`` where ``side op other`` holds, narrowing ``side`` when it is a tracked name."""
        name, shift = _variable(side)
        if name is None or name not in state:
            return state
        value = iv.point(other.value) if type(other) is ir.IntLiteral else self.peek(other, state)
        low, high = value.low, value.high
        if not (low is None or isinstance(low, int)) or not (high is None or isinstance(high, int)):
            return state
        if op == B.LT:
            limit = Interval(None, None if high is None else high - 1)
        elif op == B.LE:
            limit = Interval(None, high)
        elif op == B.GT:
            limit = Interval(None if low is None else low + 1, None)
        elif op == B.GE:
            limit = Interval(low, None)
        elif op == B.EQ:
            limit = value
        elif low is not None and low == high and name in state:
            # ``!=`` a value at an end of the range moves that end (``j != 0`` for ``j >= 0``)
            current = state[name] + iv.point(shift)
            if current.low == low:
                limit = Interval(low + 1, None)
            elif current.high == high:
                limit = Interval(None, high - 1)
            else:
                return state
        else:
            return state
        return _clamp(name, shift, limit, state)

    def inside(self, position: ir.Expr, state: State) -> None:
        """``state`` where ``0 <= position <= 2**31 - 2`` holds (a valid index): what narrowing
        by ``position >= 0`` and then by ``position <= 2**31 - 2`` leaves (``narrow``), with
        those limits made once."""
        name, shift = _variable(position)
        if name is not None and name in state and _clamp(name, shift, _NON_NEGATIVE, state) is not None:
            _clamp(name, shift, _BELOW_LAST_INDEX, state)

    def peek(self, expr: ir.Expr, state: State) -> Interval:
        """The value of a side-effect-free ``expr`` in ``state`` (recorded values otherwise)."""
        if isinstance(expr, ir.Name) and expr.id in state:
            return state[expr.id]
        if isinstance(expr, ir.IntLiteral):
            return iv.point(expr.value)
        return self.stored(self.exact(expr), expr.type)

    # -- expressions ------------------------------------------------------------------------
    def assign(self, name: str, value: Interval, state: State) -> None:
        if name not in self.escaping:
            state[name] = value

    def expr(self, expr: ir.Expr, state: State, ring_parent: t.Type | None = None) -> Interval:
        """The value of ``expr`` as its parent sees it (exact under a ``+ - *`` of the same type,
        else as stored), recording exact values of arithmetic along the way."""
        kind = type(expr)
        exact = None
        if kind is ir.Name:  # the commonest operand: a tracked name's value without ``_name``'s call
            name: str = expr.id  # type: ignore[attr-defined]
            if name not in self.escaping:
                exact = state.get(name)
        elif kind is ir.IntLiteral:  # the next commonest: ``_literal``'s answer without its call
            exact = iv.point(expr.value)  # type: ignore[attr-defined]
        if exact is None:
            rule = RULES.get(kind)
            exact = rule(self, expr, state) if rule is not None else evaluate(self, expr, state)
            if kind is ir.AssignExpr or kind is ir.IncDec:
                return exact  # its rule recorded the value computed; the parent sees the one stored
        self.values[id(expr)] = exact
        type_ = expr.type
        if ring_parent is not None and kind is not ir.Name and is_ring(expr) and (type_ is ring_parent or type_ == ring_parent):
            return exact
        found = self._stores.get(id(type_))
        if found is not None and found[0] is type_:
            store_kind = found[2]
            if store_kind == _INT:
                # ``stored``'s first answer (``exact.within(limits)``) without the calls: an int
                # type's limits are bounded on both sides and never NaN
                limits, low, high = found[1], exact.low, exact.high
                bounded = low is not None and high is not None and not exact.nan
                if bounded and limits.low <= low and high <= limits.high:  # type: ignore[operator]
                    return exact
            elif store_kind == _OTHER:
                return found[1]  # ``stored``'s answer for a bool, a string...: the type's range
        return self.stored(exact, type_)


def _unseen(stmt: ir.Stmt, state: State) -> State | None:
    """The marker of a statement class ``Ranges.statement`` has not met yet (never called)."""
    raise AssertionError(type(stmt).__name__)


def _store_kind(type_: t.Type) -> int:
    if isinstance(type_, t.IntType):
        return _INT if type_.bits is not None else _FLOAT  # a Python int: unbounded, holds any value
    if isinstance(type_, t.FloatType):
        return _FLOAT
    return _CHAR if isinstance(type_, t.CharType) else _OTHER


def iteration_bound(loop: ir.Stmt, entry: State, ranges: Ranges) -> int | None:
    """At most how many times ``loop`` runs its body from the state ``entry``, or None."""
    if isinstance(loop, ir.ForEach):
        return int(CONTAINER_SIZE.high or 0)
    return counted_iterations(loop, entry, ranges)


def additive_updates(loop: ir.Stmt, name: str) -> Iterator[tuple[ir.Expr | None, int]]:
    """Every change of ``name`` in ``loop`` with its sign (+1 adds, -1 subtracts); None for a
    change that is not an addition of something that does not read ``name``."""
    for node in ir.walk(loop):
        if isinstance(node, ir.VarDecl) and node.name == name:
            yield None, 0
        elif isinstance(node, ir.IncDec) and isinstance(node.target, ir.Name) and node.target.id == name:
            yield node, node.delta
        elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name) and node.target.id == name:
            yield _addition(node, name)
        elif isinstance(node, (ir.LibraryCall, ir.Call)) and any(
            isinstance(arg, ir.Name) and arg.id == name for arg in node.args
        ):
            yield None, 0  # swapped, or handed to a function that may change it


def _all_additive_updates(loop: ir.Stmt) -> dict[str, list[tuple[ir.Expr | None, int]]]:
    """``list(additive_updates(loop, name))`` for every ``name`` that has one, in one walk."""
    found: dict[str, list[tuple[ir.Expr | None, int]]] = {}
    for node in ir.walk(loop):
        if isinstance(node, ir.VarDecl):
            found.setdefault(node.name, []).append((None, 0))
        elif isinstance(node, ir.IncDec) and isinstance(node.target, ir.Name):
            found.setdefault(node.target.id, []).append((node, node.delta))
        elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name):
            found.setdefault(node.target.id, []).append(_addition(node, node.target.id))
        elif isinstance(node, (ir.LibraryCall, ir.Call)):
            for name in dict.fromkeys(arg.id for arg in node.args if isinstance(arg, ir.Name)):
                found.setdefault(name, []).append((None, 0))
    return found


def _addition(node: ir.AssignExpr, name: str) -> tuple[ir.Expr | None, int]:
    value = node.value
    if node.op in (B.ADD, B.SUB):
        return (node, 1 if node.op == B.ADD else -1) if name not in _names(value) else (None, 0)
    if node.op is None and isinstance(value, ir.Binary) and value.op in (B.ADD, B.SUB):
        left, right = value.left, value.right
        if isinstance(left, ir.Name) and left.id == name and name not in _names(right):
            return node, 1 if value.op == B.ADD else -1
        if value.op == B.ADD and isinstance(right, ir.Name) and right.id == name and name not in _names(left):
            return node, 1
    return None, 0


def _names(node: ir.Node) -> set[str]:
    return {n.id for n in ir.walk(node) if isinstance(n, ir.Name)}


def _loops_between(loop: ir.Stmt, node: ir.Node) -> list[ir.Stmt]:
    """The loops inside ``loop`` that enclose ``node``."""
    path: list[ir.Stmt] = []

    def visit(current: ir.Node) -> bool:
        if current is node:
            return True
        for child in ir.children(current):
            if visit(child):
                if isinstance(current, (ir.While, ir.DoWhile, ir.For, ir.ForEach)) and current is not loop:
                    path.append(current)
                return True
        return False

    visit(loop)
    return path


def _escaping_names(function: ir.Function, callees: Callees) -> frozenset[str]:
    """Int variables another piece of code may change: read inside a lambda, or swapped."""
    found: set[str] = set()
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Lambda):
            found |= _names(node)
        elif isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
            found |= {a.id for a in node.args if isinstance(a, ir.Name)}
        elif isinstance(node, ir.Call):
            found |= call_writes(node, callees)  # a C++ int& parameter
    return frozenset(found)


def _variable(expr: ir.Expr) -> tuple[str | None, int]:
    """The tracked name an expression compares (``i``, ``i + c``, ``i - c``), and ``c``."""
    if isinstance(expr, ir.Name):
        return expr.id, 0
    if isinstance(expr, ir.IncDec) and isinstance(expr.target, ir.Name):
        # `n-- > 0` compares the old value: the variable now holds it plus the step
        return expr.target.id, 0 if expr.prefix else -expr.delta
    if isinstance(expr, ir.Cast) and isinstance(expr.operand, ir.Name) and isinstance(expr.type, t.IntType):
        return _variable(expr.operand) if t.is_integral(expr.operand.type) else (None, 0)
    if (
        isinstance(expr, ir.Binary)
        and expr.op in (B.ADD, B.SUB)
        and isinstance(expr.left, ir.Name)
        and isinstance(expr.right, ir.IntLiteral)
    ):
        return expr.left.id, expr.right.value if expr.op == B.ADD else -expr.right.value
    return None, 0


_NON_NEGATIVE = Interval(0, None)
_BELOW_LAST_INDEX = Interval(None, 2**31 - 2)


def _clamp(name: str, shift: int, limit: Interval, state: State) -> State | None:
    """``state`` where ``name + shift`` is within ``limit``; None if it cannot be."""
    if not shift:  # the common case: no shifting there and back
        current = state[name]
        if current.within(limit):
            return state  # the meet is ``current`` again (two clamps in three, over the split)
        narrowed = current.meet(limit)
        if narrowed is None:
            return None
        state[name] = narrowed
        return state
    narrowed = (state[name] + iv.point(shift)).meet(limit)
    if narrowed is None:
        return None
    state[name] = narrowed + iv.point(-shift)
    return state


def _join(a: State | None, b: State | None) -> State | None:
    if a is None:
        return b
    if b is None:
        return a
    joined: State = {}
    for name, x in a.items():  # the names in both (no value is None)
        y = b.get(name)
        if y is not None:
            joined[name] = x if x is y else x.join(y)
    return joined


def _within(a: State, b: State) -> bool:
    return all(name in b and value.within(b[name]) for name, value in a.items())


def _widen(old: Interval, new: Interval, limits: Interval, thresholds: tuple[int, ...] = ()) -> Interval:
    """``old`` with each bound that ``new`` passes moved to the type's limit, or first to the
    nearest of ``thresholds`` (ascending) beyond ``new``'s bound (a contracting variable: a carry
    ``sum / 10``, a residue ``% MOD``, which settles there in one more round)."""
    low, high = old.low, old.high
    if not (new.low is not None and low is not None and new.low >= low):
        low = limits.low
        if new.low is not None:
            below = [x for x in thresholds if x <= new.low and (limits.low is None or x >= limits.low)]
            low = below[-1] if below else low
    if not (new.high is not None and high is not None and new.high <= high):
        high = limits.high
        if new.high is not None:
            above = [x for x in thresholds if x >= new.high and (limits.high is None or x <= limits.high)]
            high = above[0] if above else high
    return Interval(low, high)
