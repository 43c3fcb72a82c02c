"""Walks of the Python front end made linear, checked against the direct definitions they replace
(on every Python golden case and on hand-written functions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcoder.engines.rules.python.frontend.syntax import (
    _is_range_call,
    descendants,
    descendants_or_self,
    param_names,
    target_identifiers,
    used_as_values,
)
from transcoder.engines.rules.python.frontend.tree import Syntax, copy_tree, node_text
from transcoder.languages import get_language

CASES = Path(__file__).resolve().parents[1] / "golden" / "cases"
PYTHON_CASES = sorted(
    path.with_suffix(".py")
    for path in CASES.glob("*.json")
    if json.loads(path.read_text(encoding="utf-8"))["source"] == "python"
)

HAND_WRITTEN = [
    "def f(a, n):\n    return a[:n]\n",  # a bound of a slice of a parameter
    "def f(a, n):\n    b = a\n    return b[:n]\n",  # of a local: no
    "def f(a, n):\n    for x in a:\n        if x > n:\n            return 1\n    return 0\n",
    "def f(a, n):\n    for i in range(n):\n        if i > n:\n            return 1\n    return 0\n",
    "def f(a, n):\n    return (a[0] + (-(n))) * 2\n",
    "def f(a, n):\n    return a[0] if n < len(a) else n\n",
    "def f(a, n, m):\n    return [x + m for x in a if n < x]\n",
    "def f(a, n):\n    return n + n * 2 + a[1:2][0] - n\n",
    "def f(x):\n    return " + " + ".join(f"x * {i}" for i in range(300)) + "\n",
]


def _used_as_values_directly(function: Syntax, names: set[str]) -> set[str]:
    """``used_as_values`` as it was first written: for each identifier, up through its operators,
    each operand beside it searched anew (quadratic in a long expression)."""
    body = function.field("body")
    parameters = set(param_names(function))
    elements = {
        node_text(n)
        for loop in descendants(body, "for_statement") + descendants(body, "for_in_clause")
        if not _is_range_call(loop.child_by_field_name("right"))
        for n in target_identifiers(loop.child_by_field_name("left"))
    }

    def reads_element(node: Syntax) -> bool:
        if any(node_text(n) in elements for n in descendants_or_self(node, "identifier")):
            return True
        return any(
            (index := subscript.child_by_field_name("subscript")) is not None and index.type != "slice"
            for subscript in descendants_or_self(node, "subscript")
        )

    def used(identifier: Syntax) -> bool:
        node = identifier
        while node.parent is not None:
            parent = node.parent
            if parent.type == "slice":
                sliced = parent.parent.child_by_field_name("value") if parent.parent is not None else None
                return sliced is not None and node_text(sliced) in parameters
            if parent.type in ("binary_operator", "comparison_operator"):
                if any(reads_element(c) for c in parent.named_children if c.id != node.id):
                    return True
                if parent.type == "comparison_operator":
                    return False
            elif parent.type not in ("parenthesized_expression", "unary_operator"):
                return False
            node = parent
        return False

    return {node_text(i) for i in descendants(body, "identifier") if node_text(i) in names and used(i)}


def _all_functions(code: str) -> list[Syntax]:
    root = copy_tree(get_language("python").parse(code), code)
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            found.append(node)
        stack.extend(node.children)
    return found


@pytest.mark.parametrize("code", HAND_WRITTEN + [p.read_text(encoding="utf-8") for p in PYTHON_CASES])
def test_used_as_values_agrees_with_its_definition(code: str) -> None:
    for function in _all_functions(code):
        names = {node_text(n) for n in descendants(function, "identifier")}
        assert used_as_values(function, names) == _used_as_values_directly(function, names)


def test_the_hand_written_cases_say_what_they_mean() -> None:
    verdicts = [used_as_values(f, {"n"}) for code in HAND_WRITTEN[:4] for f in _all_functions(code)]
    assert verdicts == [{"n"}, set(), {"n"}, set()]


def _below_directly(node: Syntax) -> dict[str, list[Syntax]]:
    """``Syntax.below`` as first written: a walk of the node's own subtree, last child first."""
    below: dict[str, list[Syntax]] = {}
    stack = list(node.children)
    while stack:
        current = stack.pop()
        below.setdefault(current.type, []).append(current)
        stack.extend(current.children)
    return below


@pytest.mark.parametrize(
    "code", HAND_WRITTEN[:3] + [p.read_text(encoding="utf-8") for p in PYTHON_CASES[::5]]
)
def test_below_agrees_with_a_walk_of_each_node(code: str) -> None:
    root = copy_tree(get_language("python").parse(code), code)
    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(node.children)
    for node in reversed(nodes):  # leaves first: the numbering is made from whichever node asks first
        direct = _below_directly(node)
        for kind in {n.type for n in nodes} | {"no_such_kind"}:
            assert node.below(kind) == direct.get(kind, []), (node, kind)
