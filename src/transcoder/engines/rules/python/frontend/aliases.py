"""A container put into another container: Python shares the object, a C++ container holds a copy.

``rows.append(row)``, ``[a, a]``, ``table[k] = row``: afterwards ``row`` and the element are one
list in Python, two in a C++ translation (and in Java where the element must be converted, an
array becoming a list). The difference shows only if one of them changes after the insertion:
``row`` itself (a later ``row.append(...)``, or one earlier in a loop that does not bind ``row``
to a new list first), or any element of the outer container (``rows[0].append(9)``,
``rows[i][j] = 0``, ``for r in rows: r.append(0)``). ``hazards`` finds the insertions where one
of them may; the front end refuses those for the targets that copy (``TargetForms``).
Not followed: the outer container passed to another function that changes its elements.
"""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules.python.frontend.syntax import descendants, target_identifiers
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text

MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "add", "discard",
     "update", "setdefault", "popleft", "appendleft", "extendleft", "rotate", "popitem",
     "difference_update", "intersection_update", "symmetric_difference_update"}
)  # fmt: skip
_INSERTERS = frozenset({"append", "insert", "appendleft", "add"})
_LOOPS = ("for_statement", "while_statement")


@dataclass(frozen=True, slots=True)
class Insertion:
    """``value`` (a name) put into the container named ``outer`` at ``node``."""

    outer: str
    value: str
    node: Syntax


def insertions(body: Syntax) -> list[Insertion]:
    """Every place a name is put into a container: list, tuple and dict displays assigned to a
    name, ``x.append(v)`` and the like, ``x[k] = v``."""
    found: list[Insertion] = []
    for call in descendants(body, "call"):
        function = call.field("function")
        arguments = call.child_by_field_name("arguments")
        if function.type != "attribute" or arguments is None:
            continue
        owner = function.field("object")
        if node_text(function.field("attribute")) in _INSERTERS and owner.type == "identifier":
            found += [Insertion(node_text(owner), node_text(a), call) for a in arguments.named_children[-1:]
                      if a.type == "identifier"]  # fmt: skip
    for assignment in descendants(body, "assignment"):
        left, right = assignment.field("left"), assignment.child_by_field_name("right")
        if right is None:
            continue
        if left.type == "subscript" and right.type == "identifier":
            outer = _root(left)
            if outer is not None:
                found.append(Insertion(outer, node_text(right), assignment))
        elif left.type == "identifier" and right.type in ("list", "tuple", "dictionary"):
            values = right.named_children if right.type != "dictionary" else [
                p.field("value") for p in right.named_children if p.type == "pair"
            ]
            found += [Insertion(node_text(left), node_text(v), assignment) for v in values if v.type == "identifier"]
    return found


def hazards(body: Syntax, insertions_: list[Insertion]) -> list[Insertion]:
    """The insertions whose sharing a program could observe (see the module docstring)."""
    if not insertions_:
        return []  # most functions put no name into a container: no walks for mutations
    mutated = _mutations(body)
    changed_elements = _element_mutations(body)
    found = []
    for insertion in insertions_:
        if insertion.outer in changed_elements:
            found.append(insertion)
            continue
        after = insertion.node.end_byte
        for node in mutated.get(insertion.value, []):
            if node.start_byte >= after or _again_in_a_loop(node, insertion, body):
                found.append(insertion)
                break
    return found


def _root(target: Syntax) -> str | None:
    while target.type == "subscript":
        target = target.field("value")
    return node_text(target) if target.type == "identifier" else None


def _mutations(body: Syntax) -> dict[str, list[Syntax]]:
    """Name -> the nodes that change the object it holds (methods, stores into it, ``+=``)."""
    found: dict[str, list[Syntax]] = {}
    for call in descendants(body, "call"):
        function = call.field("function")
        if function.type == "attribute" and node_text(function.field("attribute")) in MUTATORS:
            owner = function.field("object")
            if owner.type == "identifier":
                found.setdefault(node_text(owner), []).append(call)
    for kind in ("assignment", "augmented_assignment"):
        for assignment in descendants(body, kind):
            left = assignment.field("left")
            name = _root(left) if left.type == "subscript" else None
            if kind == "augmented_assignment" and left.type == "identifier":
                name = node_text(left)  # `a += [x]` extends the list in place
            if name is not None:
                found.setdefault(name, []).append(assignment)
    for statement in descendants(body, "delete_statement"):
        for target in statement.named_children:
            name = _root(target) if target.type == "subscript" else None
            if name is not None:
                found.setdefault(name, []).append(statement)
    return found


def _element_mutations(body: Syntax) -> set[str]:
    """Containers whose elements change in place: ``c[i].append(x)``, ``c[i][j] = v``,
    ``c[i] += [x]``, or a loop variable over ``c`` changed."""
    found: set[str] = set()
    for call in descendants(body, "call"):
        function = call.field("function")
        if function.type == "attribute" and node_text(function.field("attribute")) in MUTATORS:
            owner = function.field("object")
            if owner.type == "subscript":
                name = _root(owner)
                if name is not None:
                    found.add(name)
    for kind in ("assignment", "augmented_assignment"):
        for assignment in descendants(body, kind):
            left = assignment.field("left")
            if left.type == "subscript" and (left.field("value").type == "subscript" or kind == "augmented_assignment"):
                name = _root(left)
                if name is not None:
                    found.add(name)
    for loop in descendants(body, "for_statement"):
        iterable = loop.field("right")
        inside = _mutations(loop.field("body"))
        if iterable.type == "identifier" and any(
            node_text(n) in inside for n in target_identifiers(loop.field("left"))
        ):
            found.add(node_text(iterable))
    return found


def _again_in_a_loop(mutation: Syntax, insertion: Insertion, body: Syntax) -> bool:
    """Whether ``mutation`` (before the insertion) runs again after it, in a loop around both,
    without the loop first binding the name to a new object."""
    loop = insertion.node.parent
    while loop is not None and loop.id != body.id:
        if loop.type in _LOOPS and loop.start_byte <= mutation.start_byte < loop.end_byte:
            return not _rebound_before(insertion.value, loop, mutation)
        loop = loop.parent
    return False


def _rebound_before(name: str, loop: Syntax, mutation: Syntax) -> bool:
    """A plain ``name = ...`` at the top level of the loop's body, before ``mutation``."""
    block = loop.child_by_field_name("body")
    for statement in block.named_children if block is not None else []:
        if statement.start_byte >= mutation.start_byte:
            return False
        inner = statement.named_children[0] if statement.type == "expression_statement" else None
        if inner is not None and inner.type == "assignment" and node_text(inner.field("left")) == name:
            return True
    return False
