"""Python module-level state: variables a file's functions rebind (``global x``) or mutate.

A Python module runs its top-level statements once, in order, before any function of it is
called from the ``__main__`` block; C++ initialises namespace-scope variables of one translation
unit in declaration order, and Java a class's static fields in textual order. So a module
variable whose initial value reads nothing but literals has the same value in the targets when
the first function runs, whatever the order: it becomes a C++ namespace-scope variable or a Java
``static`` field (``ir.VarDecl`` with ``constant=False``).

What is read here, and what is refused (with line and column):

* ``x = <literal>`` rebound by a function (``global x``) or by the ``__main__`` block (whose
  assignments are module-level in Python): an int becomes 64-bit (Python integers do not
  overflow; a counter of 32 bits could), a float a double, a str a string, a bool a bool;
* ``x = [literals]``, ``x: list[int] = []`` and ``x: dict[str, int] = {}``: a list or a dict
  (in insertion order, as Python iterates it) that functions fill; ints in them are 64-bit;
* sets of literals (``{...}``, ``set(...)``, ``frozenset(...)``) and the membership tests bound to
  them (``f = frozenset(xs).__contains__``): ``module_sets.py``;
* a rebinding keeps the kind of value (``x = 0.5`` where ``x`` holds an int changes its type in
  Python: refused), and a container variable is rebound only to a new empty container;
* a container variable returned, assigned to another name or put into a display would alias
  the module's object in Python and be a copy in C++: refused;
* ``global x`` where no top-level assignment defines ``x``, a second top-level assignment, and
  any other initial value (a call, an expression of other variables, a library object).
"""

from __future__ import annotations

from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.hints import hint_from_text
from transcoder.engines.rules.python.frontend.module_sets import set_value
from transcoder.engines.rules.python.frontend.syntax import constant_value, descendants, target_identifiers
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.errors import UnsupportedConstruct

Refuse = Callable[[Syntax, str], UnsupportedConstruct]

_ALIASING_PARENTS = ("return_statement", "expression_list", "tuple", "list", "dictionary", "pair", "set")


def top_level_names(root: Syntax) -> dict[str, Syntax]:
    """Names bound by a top-level ``name = value`` (the first such assignment of each)."""
    names: dict[str, Syntax] = {}
    for child in root.named_children:
        if child.type == "expression_statement" and child.named_children[0].type == "assignment":
            left = child.named_children[0].child_by_field_name("left")
            if left is not None and left.type == "identifier":
                names.setdefault(node_text(left), left)
    return names


def declared_globals(
    root: Syntax, functions: dict[str, Syntax], module_names: dict[str, Syntax], entry: str | None, refuse: Refuse
) -> dict[str, frozenset[str]]:
    """Function -> the module variables it rebinds: those of its ``global`` statements, and for the
    ``__main__`` block (``entry``), the module variables it assigns."""
    found: dict[str, frozenset[str]] = {}
    top = {function.id for function in functions.values()}
    for statement in descendants(root, "global_statement"):
        enclosing = _enclosing_function(statement)
        if enclosing is None or enclosing.id not in top:
            raise refuse(statement, "global statement outside a top-level function (in a method, a nested "
                         "function or at the top level)")  # fmt: skip
    for name, function in functions.items():
        names: set[str] = set()
        for statement in descendants(function.field("body"), "global_statement"):
            for identifier in statement.named_children:
                text = node_text(identifier)
                if text not in module_names:
                    raise refuse(identifier, f"global statement naming '{text}', which no top-level assignment defines")
                names.add(text)
        if name == entry:
            names |= _assigned(function) & set(module_names)
        if names:
            _check_bindings(function, names, refuse)
            found[name] = frozenset(names)
    return found


def _enclosing_function(node: Syntax) -> Syntax | None:
    current = node.parent
    while current is not None and current.type != "function_definition":
        current = current.parent
    return current


def _assigned(function: Syntax) -> set[str]:
    body = function.field("body")
    names: set[str] = set()
    for node in descendants(body, "assignment") + descendants(body, "augmented_assignment"):
        names.update(node_text(n) for n in target_identifiers(node.field("left")))
    return names


def _check_bindings(function: Syntax, names: set[str], refuse: Refuse) -> None:
    """A module variable is rebound by ``x = value`` or ``x op= value`` only, not as a loop variable
    or one of several targets (the targets would declare a local of that name)."""
    body = function.field("body")
    for node in descendants(body, "for_statement") + descendants(body, "assignment"):
        left = node.field("left")
        if node.type == "assignment" and left.type == "identifier":
            continue
        for identifier in target_identifiers(left):
            if node_text(identifier) in names:
                raise refuse(identifier, f"module-level variable '{node_text(identifier)}' bound by a loop or "
                             "a tuple assignment")  # fmt: skip


def module_variable(
    assignment: Syntax, name: str, rebound: bool, refuse: Refuse, previous: dict[str, ir.VarDecl] | None = None
) -> ir.VarDecl:
    """The declaration of the top-level ``name = value`` (``assignment``): a constant where nothing
    rebinds it and its value is a literal, else module state (the module docstring)."""
    right = assignment.field("right")
    annotation = assignment.child_by_field_name("type")
    value = constant_value(right)
    loc = assignment.location
    if value is not None and annotation is None and not rebound:
        return ir.VarDecl(name, value.type, value, constant=True, location=loc)
    declared = _annotation(annotation, name, refuse)
    if value is not None:
        type_ = _wide(value.type)
        if declared is not None and annotation is not None and _wide(declared) != type_:
            raise refuse(assignment, f"module-level variable '{name}' annotated '{node_text(annotation)}' "
                         f"given '{node_text(right)}'")  # fmt: skip
        if isinstance(value, ir.IntLiteral):
            value = ir.IntLiteral(value.value, type=type_, location=loc)
        return ir.VarDecl(name, type_, value, location=loc)
    if right.type == "list":
        return ir.VarDecl(name, *_list_value(right, name, declared, refuse), location=loc)
    if right.type == "dictionary" and not right.named_children:
        if not isinstance(declared, t.MapType) or _unknown(declared):
            raise refuse(right, f"module-level dict '{name}' without an annotation giving its key and value "
                         "types (x: dict[str, int] = {})")  # fmt: skip
        type_ = t.MapType(declared.key, declared.value, t.Order.INSERTION)
        return ir.VarDecl(name, type_, ir.NewContainer(type=type_, location=loc), location=loc)
    set_form = set_value(right, name, previous or {}, refuse) if annotation is None else None
    if set_form is not None:  # a set of literals (module_sets.py)
        set_type, set_init, frozen = set_form
        return ir.VarDecl(name, set_type, set_init, constant=frozen and not rebound, location=loc)
    snippet = " ".join(node_text(right).split())[:40]
    raise refuse(assignment, f"module-level variable '{name}' that is not a constant: '{snippet}' (module state "
                 "is read from literals, lists of literals and annotated empty lists and dicts)")  # fmt: skip


def _annotation(annotation: Syntax | None, name: str, refuse: Refuse) -> t.Type | None:
    if annotation is None:
        return None
    try:
        hinted = hint_from_text(node_text(annotation).replace(" ", ""))
    except ValueError:
        raise refuse(annotation, f"annotation '{node_text(annotation)}' of module-level variable '{name}'") from None
    if isinstance(hinted, t.ArrayType):
        hinted = t.ListType(hinted.element)  # a module's list grows when a function appends to it
    return _wide(hinted)


def _list_value(right: Syntax, name: str, declared: t.Type | None, refuse: Refuse) -> tuple[t.Type, ir.Expr]:
    elements = [e for e in right.named_children if e.type != "comment"]
    values = [constant_value(e) for e in elements]
    loc = right.location
    if any(v is None for v in values):
        raise refuse(right, f"module-level list '{name}' holding values other than literals")
    kinds = {_wide(v.type) for v in values if v is not None}
    if declared is not None:
        if not isinstance(declared, t.ListType) or _unknown(declared) or kinds - {declared.element}:
            raise refuse(right, f"module-level list '{name}' whose values do not match its annotation")
        element = declared.element
    elif len(kinds) == 1:
        element = kinds.pop()
    else:
        raise refuse(right, f"module-level list '{name}' that is empty without an annotation (x: list[int] = []) "
                     "or holds values of several types")  # fmt: skip
    type_ = t.ListType(element)
    if not values:
        return type_, ir.NewContainer(type=type_, location=loc)
    retyped = tuple(
        ir.IntLiteral(v.value, type=element, location=loc) if isinstance(v, ir.IntLiteral) else v
        for v in values
        if v is not None
    )
    return type_, ir.ArrayLiteral(retyped, type=type_, location=loc)


def _wide(type_: t.Type) -> t.Type:
    """``type_`` with every int 64-bit: Python integers do not overflow."""
    if isinstance(type_, t.IntType):
        return t.LONG
    if isinstance(type_, t.ListType):
        return t.ListType(_wide(type_.element))
    if isinstance(type_, t.MapType):
        return t.MapType(_wide(type_.key), _wide(type_.value), type_.order)
    return type_


def _unknown(type_: t.Type) -> bool:
    if isinstance(type_, t.ListType):
        return _unknown(type_.element)
    if isinstance(type_, t.MapType):
        return _unknown(type_.key) or _unknown(type_.value)
    return isinstance(type_, t.UnknownType)


def check_aliasing(functions: dict[str, Syntax], module: dict[str, ir.VarDecl], refuse: Refuse) -> None:
    """A module list, dict or set returned, assigned to another name or put into a display: Python shares
    the one object, a C++ copy would not (refused)."""
    containers = {name for name, decl in module.items() if isinstance(decl.type, t.ListType | t.MapType | t.SetType)}
    if not containers:
        return
    for function in functions.values():
        shadowing = _assigned(function) - {
            node_text(i) for g in descendants(function.field("body"), "global_statement") for i in g.named_children
        }
        for identifier in descendants(function.field("body"), "identifier"):
            text = node_text(identifier)
            parent = identifier.parent
            if text not in containers or text in shadowing or parent is None:
                continue
            assigned_from = parent.type == "assignment" and parent.child_by_field_name("right") == identifier
            if assigned_from or parent.type in _ALIASING_PARENTS:
                raise refuse(identifier, f"module-level container '{text}' used as a value (returned, assigned or "
                             "stored: Python shares the object, a C++ copy would not)")  # fmt: skip


def store_global(name: str, decl: ir.VarDecl, value: ir.Expr, node: Syntax, refuse: Refuse) -> ir.Expr:
    """The value a function stores in module variable ``name``, where it keeps the variable's kind."""
    target, source = decl.type, value.type
    same = (
        (isinstance(target, t.IntType) and isinstance(source, t.IntType))
        or (isinstance(target, t.FloatType) and isinstance(source, t.FloatType))
        or (isinstance(target, t.StringType) and isinstance(source, t.StringType))
        or (isinstance(target, t.BoolType) and isinstance(source, t.BoolType))
    )
    if same:
        if isinstance(target, t.IntType) and isinstance(value, ir.IntLiteral):
            return ir.IntLiteral(value.value, type=target, location=value.location)
        return value
    fresh = isinstance(value, ir.NewContainer) and type(source) is type(target)
    if fresh and isinstance(target, t.ListType | t.MapType):
        return ir.NewContainer(type=target, location=value.location)
    raise refuse(node, f"assignment to module-level variable '{name}' of a value of another type or a container "
                 "other than a new empty one")  # fmt: skip
