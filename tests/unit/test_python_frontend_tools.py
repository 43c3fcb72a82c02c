"""Tools of the Python front end checked against what they stand for: the syntax tree copy against
tree-sitter's tree, and LoopBindings against the analyses it computes in one walk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcoder.engines.rules import ir
from transcoder.engines.rules.analysis.names import assigned_names
from transcoder.engines.rules.python.frontend import parse_python
from transcoder.engines.rules.python.frontend.irtools import LoopBindings, directly_assigned
from transcoder.engines.rules.python.frontend.library import (
    LIST_METHODS,
    MATH,
    QUEUE_METHODS,
    SET_METHODS,
    Row,
)
from transcoder.engines.rules.python.frontend.tree import Syntax, copy_tree
from transcoder.errors import TranscoderError
from transcoder.languages import get_language

CASES = Path(__file__).resolve().parents[1] / "golden" / "cases"
PYTHON_CASES = sorted(
    path.with_suffix(".py")
    for path in CASES.glob("*.json")
    if json.loads(path.read_text(encoding="utf-8"))["source"] == "python"
)


def test_there_are_python_cases() -> None:
    assert len(PYTHON_CASES) > 50


def _same_tree(copy: Syntax, node: object) -> None:
    import tree_sitter

    assert isinstance(node, tree_sitter.Node)
    assert copy.type == node.type
    assert copy.text == (node.text or b"").decode("utf-8")
    assert (copy.start_byte, copy.end_byte, copy.start_point) == (
        node.start_byte,
        node.end_byte,
        node.start_point,
    )
    assert copy.is_named == node.is_named
    assert len(copy.children) == len(node.children)
    assert [c.type for c in copy.named_children] == [c.type for c in node.named_children]
    for field in ("left", "right", "body", "value", "subscript", "function", "arguments", "name", "operator"):
        mine, theirs = copy.child_by_field_name(field), node.child_by_field_name(field)
        assert (mine is None) == (theirs is None)
        if mine is not None and theirs is not None:
            assert (mine.type, mine.start_byte) == (theirs.type, theirs.start_byte)
    for child_copy, child in zip(copy.children, node.children, strict=True):
        assert child_copy.parent is copy
        _same_tree(child_copy, child)


@pytest.mark.parametrize("path", PYTHON_CASES[:40], ids=lambda p: p.stem)
def test_the_copy_of_the_tree_is_tree_sitters_tree(path: Path) -> None:
    code = path.read_text(encoding="utf-8")
    tree = get_language("python").parse(code)
    _same_tree(copy_tree(tree, code), tree.root_node)


def test_locations_count_characters_not_bytes() -> None:
    code = "s = 'é'; t = 1\n  x = 2\n"
    root = copy_tree(get_language("python").parse(code), code)
    names = [n for n in _all(root) if n.type == "identifier"]
    assert [(n.text, n.location.line, n.location.column) for n in names] == [
        ("s", 1, 1),
        ("t", 1, 10),
        ("x", 2, 3),
    ]


def _all(node: Syntax) -> list[Syntax]:
    return [node, *(d for c in node.children for d in _all(c))]


def _loops(node: ir.Node) -> list[ir.For]:
    return [n for n in ir.walk(node) if isinstance(n, ir.For)]


@pytest.mark.parametrize("path", PYTHON_CASES, ids=lambda p: p.stem)
def test_loop_bindings_agree_with_the_analyses(path: Path) -> None:
    try:
        module = parse_python(path.read_text(encoding="utf-8")).module
    except TranscoderError:
        pytest.skip("refused")
    bindings = LoopBindings()
    for function in module.functions:
        for loop in reversed(_loops(function.body)):  # inner loops first, as the builder meets them
            assert isinstance(loop.body, ir.Block)
            statements = list(loop.body.body)
            rebound, changed = bindings.of(statements)
            assert rebound == directly_assigned(loop.body)
            assert changed == assigned_names(loop.body)
            bindings.remember(loop, (rebound, changed), [*loop.init, loop.condition, *loop.update])
            assert bindings.of([loop]) == (directly_assigned(loop), assigned_names(loop))


@pytest.mark.parametrize(("name", "arity"), sorted(MATH))
def test_every_math_row_is_recognized_as_its_operation(name: str, arity: int) -> None:
    arguments = ", ".join(["x", "y"][:arity])
    module = parse_python(
        f"import math\n\ndef f(x: float, y: float) -> float:\n    return math.{name}({arguments})\n"
    )
    calls = [n for n in ir.walk(module.module) if isinstance(n, ir.LibraryCall)]
    assert [c.op for c in calls] == [MATH[name, arity].op]


RECEIVERS = ((LIST_METHODS, "[1.5]"), (SET_METHODS, "{1.5}"), (QUEUE_METHODS, "Queue()"))


@pytest.mark.parametrize(
    ("rows", "receiver", "name", "arity"),
    [(rows, receiver, name, arity) for rows, receiver in RECEIVERS for name, arity in sorted(rows)],
)
def test_every_method_row_is_recognized_as_its_operation(
    rows: dict[tuple[str, int], Row], receiver: str, name: str, arity: int
) -> None:
    arguments = ", ".join(["v"][:arity])
    fill = "    xs.put(v)\n" if receiver == "Queue()" else ""
    code = f"from queue import Queue\n\ndef f(v: float) -> None:\n    xs = {receiver}\n{fill}    xs.{name}({arguments})\n"
    calls = [n for n in ir.walk(parse_python(code).module) if isinstance(n, ir.LibraryCall)]
    assert rows[name, arity].op in [c.op for c in calls]
