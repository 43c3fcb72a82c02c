"""Operands that no C++ or Java program can be given: refused before printing.

A Python source is only compiled, never type-checked, before it is translated: ``(-arr)[i]``,
``n[-1]`` on an int, ``dp[i][dp]``, ``abs(abs - d)`` or a name defined nowhere all compile, and
fail only when the line runs (TypeError, NameError). A C++ or Java translation of such a line
does not build, so the back ends refuse it with its place instead (issue 11's fuzz criterion:
no exit-0 output that does not build where the source does). C++ and Java front ends never give
these: their sources' compilers would not accept them either.
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.walks import function_nodes, module_nodes
from transcoder.errors import SourceLocation, UnsupportedConstruct

_ARITHMETIC = (t.IntType, t.FloatType, t.BoolType, t.CharType)
_SEQUENCES = (t.ArrayType, t.ListType, t.StringType)
# values no arithmetic or index takes (unknown, generic and class types are left to the printers)
_VALUES = (
    *_SEQUENCES, t.StringBuilderType, t.MapType, t.SetType, t.StackType, t.QueueType, t.DequeType,
    t.PriorityQueueType, t.PairType, t.TupleType, t.FunctionType,
)  # fmt: skip
_SIGNS = (ir.UnaryOp.NEG, ir.UnaryOp.POS, ir.UnaryOp.BIT_NOT)
_B = ir.BinaryOp
_BITWISE = (_B.SHL, _B.SHR, _B.USHR, _B.BIT_AND, _B.BIT_OR, _B.BIT_XOR)  # integers (and bools) only
_COMPARISONS = (_B.EQ, _B.NE, _B.LT, _B.LE, _B.GT, _B.GE)
_ARITHMETIC_OPS = (_B.ADD, _B.SUB, _B.MUL, _B.DIV, _B.TRUNC_DIV, _B.FLOOR_DIV, _B.TRUNC_MOD, _B.FLOOR_MOD, _B.FMOD)
_TEXT = (t.StringType, t.StringBuilderType)
_L = ir.LibOp
# operations that look an element (or a map's key) up in the container given first
_LOOKUPS = (_L.CONTAINS, _L.COUNT_OF, _L.LIST_REMOVE_VALUE, _L.SET_REMOVE, _L.MAP_REMOVE, _L.MAP_GET, _L.MAP_GET_OR)


# node class -> whether it is an expression (``check_operands``'s first pass), and whether a
# rule of ``_problem`` concerns it (every rule starts from one of ``_CHECKED_CLASSES``)
_EXPRESSIONS: dict[type, bool] = {}
_CHECKED: dict[type, bool] = {}
_CHECKED_CLASSES = (ir.Name, ir.Unary, ir.Binary, ir.AssignExpr, ir.ForEach, ir.Cast, ir.LibraryCall, ir.Index)


def check_operands(module: ir.Module, target: str) -> None:
    """Raise ``UnsupportedConstruct`` at the first operand ``target`` has no meaning for."""
    nodes = module_nodes(module)  # ir.walk(module), from the walks the analyses made
    declared: set[str] = set()
    variables: set[str] = set()  # declared by anything but a function
    bare_return = False  # a `return;` anywhere (checked against the functions' types below)
    expression = _EXPRESSIONS
    for node in nodes:  # `_bound` of each node, and the returns, in one pass
        kind = type(node)
        is_expression = expression.get(kind)
        if is_expression is None:
            is_expression = expression[kind] = issubclass(kind, ir.Expr)
        if is_expression:
            continue  # an expression declares nothing and is no return
        name = getattr(node, "name", None)
        if isinstance(name, str):
            declared.add(name)
            if not isinstance(node, ir.Function):
                variables.add(name)
        elif isinstance(node, ir.Return) and node.value is None:
            bare_return = True
    # a function's name that is also a variable's (`int f_gold = 0;` inside f_gold) may be either
    functions = {function.name for function in module.functions} - variables
    place: SourceLocation | None = None  # a node without one (`x <<= 1e308`): its statement's
    checked = _CHECKED
    for node in nodes:
        place = node.location or place
        kind = type(node)
        asked = checked.get(kind)
        if asked is None:
            asked = checked[kind] = issubclass(kind, _CHECKED_CLASSES)
        if not asked:
            continue  # no rule of `_problem` concerns a node of this class
        what = _problem(node, declared, functions)
        if what is not None:
            raise UnsupportedConstruct(f"rules engine: cannot translate to {target}: {what}", place)
    # names of the module (a global, a function, a class and what it binds) may be read anywhere
    outside = {g.name for g in module.globals} | {f.name for f in module.functions}
    outside |= {name for declared in module.classes for node in ir.walk(declared) for name in _bound(node)}
    lambdas = any(type(node) is ir.Lambda for node in nodes)
    for function in module.functions:  # a local used before or outside its declaration
        misplaced = _undeclared_use(function, outside, lambdas)
        if misplaced is not None:
            what = f"variable '{misplaced[0]}' used before it is assigned or outside its scope"
            raise UnsupportedConstruct(f"rules engine: cannot translate to {target}: {what}", misplaced[1])
    for function in module.functions if bare_return else ():  # Python's `return` (None) where others give a value
        if isinstance(function.return_type, t.VoidType):
            continue
        for node in ir.walk(function.body):
            if isinstance(node, ir.Return) and node.value is None:
                what = f"return without a value in '{function.name}', which returns {function.return_type}"
                raise UnsupportedConstruct(f"rules engine: cannot translate to {target}: {what}", node.location)


def _bound(node: ir.Node) -> tuple[str, ...]:
    """The names a node declares (a variable, parameter, loop variable, function, class, field):
    gathered over the whole module, so a name is refused only where it is declared nowhere."""
    name = getattr(node, "name", None)
    return (name,) if isinstance(name, str) and not isinstance(node, ir.Expr) else ()


def _problem(node: ir.Node, declared: set[str], functions: set[str]) -> str | None:
    if isinstance(node, ir.Name):
        if node.id not in declared:
            return f"name '{node.id}' is defined nowhere"
        if node.id in functions and not isinstance(node.type, t.FunctionType):
            return f"function '{node.id}' used as a {node.type}"
    if isinstance(node, ir.Unary) and node.op in _SIGNS and isinstance(node.operand.type, _VALUES):
        return f"unary {node.op.value} on a value of type {node.operand.type}"
    if isinstance(node, ir.Binary) and _operation_problem(node.op, node.left.type, node.right.type):
        return f"operator {node.op.value} on a value of type {node.left.type} and {node.right.type}"
    if (  # a compound assignment: `x <<= 1e308`, `n *= (3, n)`
        isinstance(node, ir.AssignExpr)
        and node.op is not None
        and _operation_problem(node.op, node.target.type, node.value.type)
    ):
        return f"operator {node.op.value}= on a value of type {node.target.type} and {node.value.type}"
    if isinstance(node, ir.ForEach) and isinstance(node.iterable.type, (*_ARITHMETIC, t.FunctionType)):
        return f"iteration over a value of type {node.iterable.type}"  # `for i in (10)`: TypeError
    if isinstance(node, ir.Cast) and isinstance(node.type, _ARITHMETIC) and isinstance(node.operand.type, _VALUES):
        return f"conversion of a value of type {node.operand.type} to {node.type}"  # `int([i])`
    if isinstance(node, ir.Binary) and node.op in _COMPARISONS:
        return _comparison_problem(node)
    if isinstance(node, ir.LibraryCall) and node.op in _LOOKUPS and len(node.args) >= 2:
        container, wanted = node.args[0], node.args[1]
        if container is not None and wanted is not None and not isinstance(container.type, t.StringType):
            element = t.element_type(container.type)
            if isinstance(element, _ARITHMETIC) and isinstance(wanted.type, _VALUES):
                return f"a value of type {wanted.type} looked up in a {container.type}"
    index = node.args[0] if isinstance(node, ir.LibraryCall) and node.op == _L.PY_INDEX and node.args else None
    if index is not None and isinstance(index.type, (*_VALUES, t.FloatType)):  # `g[1][g]`: `py_index(g, n)`
        return f"index of type {index.type}"
    if isinstance(node, ir.Index):
        if isinstance(node.base.type, _ARITHMETIC):
            return f"subscript of a value of type {node.base.type}"
        if isinstance(node.base.type, _SEQUENCES) and isinstance(node.index.type, (*_VALUES, t.FloatType)):
            return f"index of type {node.index.type}"
    return None


def _operation_problem(op: ir.BinaryOp, left: t.Type, right: t.Type) -> bool:
    """Whether no C++ or Java operator takes these operands: a bitwise operator on a float or a
    container; arithmetic on a pair, tuple, container or function (Python's ``2 * (3, n) - 1``,
    ``[i] - 1``: a TypeError, or a tuple repeated; lists joined by ``+`` are left to the printers),
    or arithmetic other than ``+`` on text."""
    sides = (left, right)
    if op in _BITWISE:
        return any(isinstance(side, (*_VALUES, t.FloatType)) for side in sides)
    if op not in _ARITHMETIC_OPS:
        return False
    if any(isinstance(side, _TEXT) for side in sides):
        return op != _B.ADD
    containers = [side for side in sides if isinstance(side, _VALUES)]
    if not containers:
        return False
    joined = op == _B.ADD and all(isinstance(side, (t.ArrayType, t.ListType)) for side in sides)
    return not joined


def _comparison_problem(node: ir.Binary) -> str | None:
    """A number compared with a container (Python: ``[i] != '0'`` is always true, ``n < [j]`` a
    TypeError), or containers nested to different depths: neither C++ nor Java builds them."""
    left, right = node.left.type, node.right.type
    for one, other in ((left, right), (right, left)):
        if isinstance(one, _VALUES) and isinstance(other, _ARITHMETIC):
            if isinstance(one, t.StringType) and isinstance(other, t.CharType):
                continue  # a string and a char (Python's one-character string) compare as text
            return f"comparison of a value of type {left} with one of type {right}"
    if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES) and _depth(left) != _depth(right):
        return f"comparison of a {left} nested {_depth(left)} deep with a {right} nested {_depth(right)} deep"
    return None


def _depth(type_: t.Type) -> int:
    """How deeply sequences nest in ``type_`` (a string counts as one level)."""
    depth = 0
    while isinstance(type_, _SEQUENCES):
        depth += 1
        type_ = t.element_type(type_)
    return depth


def _locals(function: ir.Function) -> set[str]:
    return {n.name for n in function_nodes(function) if isinstance(n, (ir.VarDecl, ir.ForEach, ir.Param))}


def _undeclared_use(
    function: ir.Function, module_names: set[str], lambdas: bool = True
) -> tuple[str, SourceLocation | None] | None:
    """The first use of a local of ``function`` where no declaration of it is in scope: Python's
    ``r = pow(b, r, m)`` or ``x = x + 1`` as the first assignment (UnboundLocalError; C++ would
    read an uninitialised variable, Java does not build), or a loop counter assigned after the
    loop that declared it. Blocks, loops and lambdas open scopes; a declaration's initialiser is
    read before its name is declared. The place is the use's, or the nearest node before it
    that has one (a statement the engine made, ``i = i_``, has none). ``lambdas``: whether the
    module may hold a lambda (False: no expression opens a scope)."""
    local = _locals(function) - module_names
    visible: dict[str, int] = {p.name: 1 for p in function.params}
    scopes: list[list[str]] = [[]]
    work: list[tuple[str, object]] = [("visit", function.body)]
    place = function.location
    while work:
        action, item = work.pop()
        if action == "declare":
            assert isinstance(item, str)
            visible[item] = visible.get(item, 0) + 1
            scopes[-1].append(item)
            continue
        if action == "enter":
            scopes.append([])
            continue
        if action == "exit":
            for name in scopes.pop():
                visible[name] -= 1
            continue
        assert isinstance(item, ir.Node)
        if isinstance(item, ir.Expr):
            below = ir.walk(item)  # in the order the work list would visit them
            if not (lambdas and any(type(node) is ir.Lambda for node in below)):
                # no scope opens inside (only a lambda's does): the names, as they come
                for position, node in enumerate(below):
                    if type(node) is ir.Name and node.id in local and not visible.get(node.id):
                        return node.id, _last_place(below, position, place)
                place = _last_place(below, len(below) - 1, place)
                continue
        place = item.location or place
        if isinstance(item, ir.Name) and item.id in local and not visible.get(item.id):
            return item.id, place
        work.extend(reversed(_scoped_children(item)))
    return None


def _last_place(nodes: list[ir.Node], last: int, before: SourceLocation | None) -> SourceLocation | None:
    """The location of the last of ``nodes[: last + 1]`` that has one, else ``before``: what
    ``place = node.location or place`` over them leaves."""
    for position in range(last, -1, -1):
        location = nodes[position].location
        if location:
            return location
    return before


def _scoped_children(node: ir.Node) -> list[tuple[str, object]]:
    """What to do for ``node``'s children, in source order, with its scope's enter and exit."""
    if isinstance(node, ir.VarDecl):
        return [("visit", node.init), ("declare", node.name)] if node.init is not None else [("declare", node.name)]
    if isinstance(node, ir.ForEach):
        return [("visit", node.iterable), ("enter", None), ("declare", node.name), ("visit", node.body), ("exit", None)]
    if isinstance(node, ir.Lambda):
        params = [("declare", p.name) for p in node.params]
        return [("enter", None), *params, ("visit", node.body), ("exit", None)]
    children: list[tuple[str, object]] = [
        ("visit", child) for child in ir.children(node) if not isinstance(child, ir.Param)
    ]
    if isinstance(node, (ir.Block, ir.For)):
        return [("enter", None), *children, ("exit", None)]
    return children
