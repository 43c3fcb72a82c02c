"""How C++ receives each string and container parameter: as a C++ programmer writes it.

* ``CONST_REF`` (``const vector<int>& v``): the function only reads it. No copy, and a caller may
  pass a temporary (``f(s.substr(1))``).
* ``REF`` (``vector<int>& v``): the function changes it in place (``v.push_back(x)``, ``v[i] = x``,
  a sort, or passing it to a function that does), and the caller must see the change, as it does
  in Java and Python, whose lists, maps and sets are shared objects.
* ``VALUE`` (``string s``, ``vector<int> v``): the function rebinds the name (``s = s + c``,
  ``v = new ArrayList<>()``) before it changes the object in place, if it ever does: in Java and
  Python the caller's object stays as it was, so the callee works on its own copy. (Rebound
  after a change, or inside a branch or loop, it stays a reference: the caller sees the early
  change as in Java, and, unlike Java, the rebinding too; a known gap.) A string the function
  changes in any way is a ``VALUE``: Java and Python strings never change under their caller.

Calls between the module's functions are followed: a parameter passed on to a ``REF`` parameter
is itself ``REF`` (a fixpoint over the module). A container whose C++ spelling cannot be read
through a ``const`` reference is a ``REF`` too: a map read with ``[]`` (``m[k]`` inserts a missing
key, so ``operator[]`` is not ``const``), and the Java-order helper containers.
"""

from __future__ import annotations

from enum import Enum

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.lengths import length_needs
from transcoder.engines.rules.analysis.names import root_name
from transcoder.engines.rules.effects import EFFECTS

L = ir.LibOp


class Passing(Enum):
    CONST_REF = "const T&"
    REF = "T&"
    VALUE = "T"


# Operations that C++ prints with a map's ``operator[]``, which is not ``const``.
_NON_CONST_READS = frozenset({L.MAP_GET, L.MAP_GET_OR})
_PASSED = (t.StringType, t.ArrayType, *t.CONTAINER_TYPES)
Modes = dict[str, list[Passing]]
"""Function name -> how C++ receives each of its parameters, in order."""


def _decided_by_type(type_: t.Type) -> Passing | None:
    """``REF`` for containers the C++ back end prints as helpers without ``const`` reads."""
    if isinstance(type_, t.MapType | t.SetType) and type_.order in (t.Order.INSERTION, t.Order.JAVA_HASH):
        return Passing.REF
    return None


class _Uses:
    """What one function does with each of its passed parameters, given its callees' modes."""

    def __init__(self, body: ir.Stmt, params: dict[str, t.Type], modes: Modes) -> None:
        self.params = params
        self.modes = modes
        self.rebound: set[str] = set()
        self.changed: set[str] = set()
        for node in ir.walk(body):
            self.visit(node)

    def mark(self, expr: ir.Expr | None) -> None:
        name = root_name(expr)
        if name in self.params:
            self.changed.add(name)

    def visit(self, node: ir.Node) -> None:
        if isinstance(node, ir.AssignExpr | ir.IncDec):
            if isinstance(node.target, ir.Name):
                self.rebound.add(node.target.id)
            else:
                self.mark(node.target)
            if isinstance(node, ir.AssignExpr) and isinstance(node.value, ir.Name):
                self.mark(node.value)  # another name for the same object (a C++ reference)
        elif isinstance(node, ir.VarDecl) and isinstance(node.init, ir.Name):
            self.mark(node.init)  # an alias, declared as a C++ reference
        elif isinstance(node, ir.LibraryCall):
            for arg in node.args[: EFFECTS[node.op].mutates]:
                self.mark(arg)
            if node.op in _NON_CONST_READS and node.args:
                self.mark(node.args[0])
        elif isinstance(node, ir.Index) and isinstance(node.base.type, t.MapType):
            self.mark(node.base)
        elif isinstance(node, ir.Call):
            for position, arg in enumerate(node.args):
                if root_name(arg) in self.params and self.callee_mode(node.function, position) is Passing.REF:
                    self.mark(arg)

    def callee_mode(self, function: str, position: int) -> Passing:
        modes = self.modes.get(function)
        if modes is None:
            return Passing.REF  # not a function of this module: assume the worst
        return modes[position] if position < len(modes) else Passing.VALUE

    def mode(self, name: str, function: ir.Function) -> Passing:
        type_ = self.params[name]
        if isinstance(type_, t.StringType):
            return Passing.VALUE if name in self.changed | self.rebound else Passing.CONST_REF
        if name in self.changed:
            return Passing.VALUE if self.rebound_first(name, function) else Passing.REF
        return Passing.VALUE if name in self.rebound else Passing.CONST_REF

    def rebound_first(self, name: str, function: ir.Function) -> bool:
        """Whether the function rebinds ``name`` in a statement of its own body's top level before
        anything changes it: the caller can never see a change (Java and Python), so a copy."""
        body = function.body.body
        for position, stmt in enumerate(body):
            expr = stmt.expr if isinstance(stmt, ir.ExprStmt) else None
            target = expr.target if isinstance(expr, ir.AssignExpr) and expr.op is None else None
            if isinstance(expr, ir.AssignExpr) and isinstance(target, ir.Name) and target.id == name:
                earlier = ir.Block((*body[:position], ir.ExprStmt(expr.value)))
                return name not in _Uses(earlier, self.params, self.modes).changed
        return False


def _fixed(function: ir.Function, param: ir.Param, pinned: bool, needs: frozenset[str]) -> Passing | None:
    """The mode of a parameter whose spelling is not this analysis's to choose: scalars and pairs
    (by value), a pinned declaration's (as spelled: assume it changes what it receives), a C array
    (``int a[]``, a pointer: the callee may write through it), a Java-order helper container."""
    if not isinstance(param.type, _PASSED):
        return Passing.VALUE
    if pinned:
        return Passing.REF
    one_dimension = isinstance(param.type, t.ArrayType) and not isinstance(param.type.element, t.ArrayType)
    if one_dimension and param.name not in needs:  # needs: analysis.lengths.length_needs
        return Passing.REF
    return _decided_by_type(param.type)


def parameter_passing(
    module: ir.Module, pinned: frozenset[str] = frozenset(), needs: dict[str, frozenset[str]] | None = None
) -> Modes:
    """How C++ receives every parameter of every function of ``module``; ``pinned``: the functions
    whose declarations are printed as a signature spells them. A fixpoint: a mode only moves from
    ``CONST_REF`` to ``REF`` or ``VALUE``."""
    needs = length_needs(module) if needs is None else needs  # the back end's, computed once
    modes: Modes = {
        f.name: [_fixed(f, p, f.name in pinned, needs[f.name]) or Passing.CONST_REF for p in f.params]
        for f in module.functions
    }
    changed = True
    while changed:
        changed = False
        for function in module.functions:
            params: dict[str, t.Type] = {
                p.name: p.type for p in function.params if isinstance(p.type, _PASSED)
            }
            uses = _Uses(function.body, params, modes)
            for position, param in enumerate(function.params):
                if _fixed(function, param, function.name in pinned, needs[function.name]) is not None:
                    continue
                mode = uses.mode(param.name, function)
                if modes[function.name][position] is not mode:
                    modes[function.name][position] = mode
                    changed = True
    return modes
