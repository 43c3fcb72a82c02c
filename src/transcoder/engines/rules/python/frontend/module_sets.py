"""Python module-level sets of literals and the membership tests bound to them (issue 14).

Real modules keep a table of names as a module-level set and hand out its bound ``__contains__``
as a function (``keyword.py``: ``iskeyword = frozenset(kwlist).__contains__``). Read here:

* ``S = {lit, ...}``, ``S = set(X)`` and ``S = frozenset(X)``, where ``X`` is a list, tuple or set
  display of literals or a module-level list of literals defined before: a set built once, when
  the module runs, from those literals (a C++ namespace-scope set, a Java static field). A
  ``frozenset`` is a constant; a ``set`` is module state like a list (``state.py``);
* ``f = R.__contains__``, ``R`` one of the values above: a function of one argument that tells
  whether it is in a set built once from those literals, as the bound method does. The file is
  rewritten before it is read (``bound_membership``): the assignment becomes the one-line
  ``def f(value: T) -> bool: return value in _f_members`` on its own line (later lines keep their
  numbers), and ``_f_members = frozenset(...)`` of the same literals is added at the end (module
  state is set before any function runs, whatever its place). ``T`` is the literals' type: a value
  of another type is in no such set (a translation typed ``str`` cannot be given an int; Python
  answers False there).

Refused with their place: elements that are not literals of one type, a list that a function
rebinds, and any other bound method or library value at module level (``state.py``).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.syntax import constant_value, descendants
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.errors import UnsupportedConstruct

Refuse = Callable[[Syntax, str], UnsupportedConstruct]

_SET_CALLS = ("set", "frozenset")
_DISPLAYS = ("list", "tuple", "set")
_HINTS = {str: "str", int: "int", float: "float"}


def set_value(
    right: Syntax, name: str, previous: dict[str, ir.VarDecl], refuse: Refuse
) -> tuple[t.Type, ir.Expr, bool] | None:
    """The type, initial value and constancy (a frozenset) of the module-level set ``name = right``,
    or None when ``right`` is not one of this file's set forms."""
    if right.type == "set":
        set_type, value = _from_display(right, name, False, refuse)
        return set_type, value, False
    source = _set_call_argument(right)
    if source is None:
        return None
    frozen = node_text(right.field("function")) == "frozenset"
    if source.type in _DISPLAYS:
        set_type, value = _from_display(source, name, frozen, refuse)
        return set_type, value, frozen
    if source.type == "identifier":
        listed = previous.get(node_text(source))
        if (
            listed is None
            or not isinstance(listed.type, t.ListType)
            or not isinstance(listed.init, ir.ArrayLiteral | ir.NewContainer)
            or isinstance(listed.type.element, t.IntType)
        ):
            raise refuse(source, f"module-level set '{name}' of '{node_text(source)}', which is not a list of "
                         "literals other than ints defined before it (a module's ints are 64-bit, and Java's "
                         "Set<Long> does not find an int)")  # fmt: skip
        set_type = t.SetType(listed.type.element)
        copied = ir.NewContainer(
            type=set_type, source=ir.Name(listed.name, type=listed.type, location=source.location),
            location=right.location,
        )  # fmt: skip
        return set_type, copied, frozen
    raise refuse(source, f"module-level set '{name}' of '{node_text(source)[:40]}' (sets are read from displays "
                 "of literals and module lists of literals)")  # fmt: skip


def _set_call_argument(right: Syntax) -> Syntax | None:
    if right.type != "call" or node_text(right.field("function")) not in _SET_CALLS:
        return None
    arguments = [a for a in right.field("arguments").named_children if a.type != "comment"]
    return arguments[0] if len(arguments) == 1 and arguments[0].type != "keyword_argument" else None


def _from_display(display: Syntax, name: str, frozen: bool, refuse: Refuse) -> tuple[t.Type, ir.Expr]:
    """A set of the literals of ``display``; ints keep their literals' width in a frozenset (it
    never grows), a set that may grow would hold 64-bit ints (refused: Java's Set<Long> does not
    find an int)."""
    elements = [e for e in display.named_children if e.type != "comment"]
    values = [constant_value(e) for e in elements]
    kinds = {_wide(v.type) for v in values if v is not None}
    if any(v is None for v in values) or len(kinds) != 1:
        raise refuse(display, f"module-level set '{name}' holding values other than literals of one type")
    element = kinds.pop()
    if isinstance(element, t.IntType):
        if not frozen:
            raise refuse(display, f"module-level set '{name}' of ints that functions may add to (a frozenset "
                         "of ints is read)")  # fmt: skip
        if any(v is not None and v.type == t.LONG for v in values):
            raise refuse(display, f"module-level set '{name}' of ints beyond 32 bits (Java's Set<Long> does not "
                         "find an int)")  # fmt: skip
        element = t.INT
    set_type = t.SetType(element)
    retyped = tuple(
        ir.IntLiteral(v.value, type=element, location=display.location) if isinstance(v, ir.IntLiteral) else v
        for v in values
        if v is not None
    )
    listed = ir.ArrayLiteral(retyped, type=t.ListType(element), location=display.location)
    return set_type, ir.NewContainer(type=set_type, source=listed, location=display.location)


def _wide(type_: t.Type) -> t.Type:
    return t.LONG if isinstance(type_, t.IntType) else type_


def bound_membership(code: str, root: Syntax) -> str | None:
    """``code`` with each top-level ``f = R.__contains__`` (``R`` a set form of ``set_value``)
    rewritten as a function and a hidden set (see the module docstring), or None when it has none."""
    lists = _literal_lists(root)
    lines = code.split("\n")
    taken = {node_text(n) for n in descendants(root, "identifier")}
    added: list[str] = []
    for statement in root.named_children:
        bound = _bound_contains(statement)
        if bound is None:
            continue
        name, receiver = bound
        elements = _receiver_elements(receiver, lists)
        hint = _hint(elements) if elements is not None else None
        start = statement.start_point[0]
        if hint is None or elements is None or "\n" in node_text(statement):
            continue  # left to state.py, which refuses it with its place
        if lines[start].strip() != node_text(statement).strip():
            continue  # another statement on its line
        members = f"_{name}_members"
        while members in taken:
            members += "_"
        taken.add(members)
        lines[start] = f"def {name}(value: {hint}) -> bool: return value in {members}"
        added.append(f"{members} = frozenset(({', '.join(elements)},))")
    if not added:
        return None
    return "\n".join([*lines, *added, ""])


def _bound_contains(statement: Syntax) -> tuple[str, Syntax] | None:
    """(f, R) of a top-level ``f = R.__contains__``."""
    if statement.type != "expression_statement" or statement.named_children[0].type != "assignment":
        return None
    assignment = statement.named_children[0]
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier" or assignment.child_by_field_name("type"):
        return None
    if right.type != "attribute" or node_text(right.field("attribute")) != "__contains__":
        return None
    return node_text(left), right.field("object")


def _literal_lists(root: Syntax) -> dict[str, list[str]]:
    """Module names assigned once, at the top level, a list or tuple display of literals: their
    elements' texts."""
    counts: dict[str, int] = {}
    for identifier in descendants(root, "identifier"):
        parent = identifier.parent
        if parent is not None and parent.type in ("assignment", "augmented_assignment", "global_statement"):
            counts[node_text(identifier)] = counts.get(node_text(identifier), 0) + 1
    found: dict[str, list[str]] = {}
    for statement in root.named_children:
        if statement.type != "expression_statement" or statement.named_children[0].type != "assignment":
            continue
        assignment = statement.named_children[0]
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier" or counts.get(node_text(left)) != 1:
            continue
        if right.type in ("list", "tuple"):
            elements = _literal_texts(right)
            if elements is not None:
                found[node_text(left)] = elements
    return found


def _receiver_elements(receiver: Syntax, lists: dict[str, list[str]]) -> list[str] | None:
    if receiver.type == "set":
        return _literal_texts(receiver)
    source = _set_call_argument(receiver)
    if source is None:
        return None
    if source.type in _DISPLAYS:
        return _literal_texts(source)
    if source.type == "identifier":
        return lists.get(node_text(source))
    return None


def _literal_texts(display: Syntax) -> list[str] | None:
    texts = [node_text(e) for e in display.named_children if e.type != "comment"]
    return texts if texts and all(constant_value(e) is not None for e in display.named_children
                                  if e.type != "comment") else None  # fmt: skip


def _hint(elements: list[str]) -> str | None:
    """The annotation of the function's argument: the one type of the literals (bools apart)."""
    kinds = {type(ast.literal_eval(text)) for text in elements}
    if len(kinds) != 1:
        return None
    return _HINTS.get(kinds.pop())
