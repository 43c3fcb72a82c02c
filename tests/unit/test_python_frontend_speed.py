"""The shortcuts taken for the speed of the Python front end (issue 10) stand for what they replace:
IR nodes built through their slots as the dataclass ``__init__`` built them, the first child of a
field as tree-sitter gives it, locations in characters, and a target's forms looked up once."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.forms import TargetForms, target_forms
from transcoder.engines.rules.python.frontend.tree import Syntax, copy_tree
from transcoder.errors import SourceLocation, UnsupportedConstruct
from transcoder.languages import get_language

NODE_CLASSES = sorted(
    (
        c
        for c in vars(ir).values()
        if isinstance(c, type) and issubclass(c, ir.Node) and dataclasses.is_dataclass(c)
    ),
    key=lambda c: c.__name__,
)


def test_every_node_class_sets_its_slots_directly() -> None:
    slow = [c.__name__ for c in NODE_CLASSES if c.__init__.__code__.co_filename != "<string>"]
    assert slow == []
    assert all("_set_" in " ".join(c.__init__.__code__.co_names) for c in NODE_CLASSES)


@pytest.mark.parametrize("cls", NODE_CLASSES, ids=lambda c: c.__name__)
def test_init_takes_the_dataclass_parameters(cls: type) -> None:
    fields = dataclasses.fields(cls)
    parameters = list(inspect.signature(cls.__dict__["__init__"]).parameters.values())[1:]
    expected = [f for f in fields if not f.kw_only] + [f for f in fields if f.kw_only]
    assert [p.name for p in parameters] == [f.name for f in expected]
    for parameter, spec in zip(parameters, expected, strict=True):
        kind = inspect.Parameter.KEYWORD_ONLY if spec.kw_only else inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert parameter.kind == kind
        default = inspect.Parameter.empty if spec.default is dataclasses.MISSING else spec.default
        assert parameter.default is default


def test_nodes_built_fast_are_the_same_values() -> None:
    where = SourceLocation(3, 4)
    left = ir.Name("a", type=t.INT)
    built = ir.Binary(ir.BinaryOp.ADD, left, right=ir.IntLiteral(1, type=t.INT), type=t.INT, location=where)
    assert (built.op, built.left, built.right, built.type, built.location) == (
        ir.BinaryOp.ADD,
        left,
        ir.IntLiteral(1, type=t.INT),
        t.INT,
        where,
    )
    assert built == ir.Binary(
        ir.BinaryOp.ADD, ir.Name("a", type=t.INT), ir.IntLiteral(1, type=t.INT), type=t.INT
    )
    assert hash(built) == hash(dataclasses.replace(built, location=None))
    assert ir.Name("x").type == t.UNKNOWN and ir.Name("x").location is None  # the defaults
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.op = ir.BinaryOp.SUB  # type: ignore[misc]
    with pytest.raises(TypeError):
        ir.Binary(ir.BinaryOp.ADD, left)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ir.Name("x", t.INT)  # type: ignore[arg-type, misc]  # type is keyword-only


def _tree(code: str) -> Syntax:
    return copy_tree(get_language("python").parse(code), code)


def test_field_is_the_first_child_of_the_field() -> None:
    root = _tree("def f(a, b):\n    return a + b\n")
    function = root.named_children[0]
    assert function.field("name").text == "f"
    assert function.child_by_field_name("parameters") is function.fields["parameters"][0]  # type: ignore[index]
    assert function.child_by_field_name("return_type") is None
    name = function.field("name")
    assert name.child_by_field_name("left") is None
    with pytest.raises(UnsupportedConstruct, match="identifier without its left"):
        name.field("left")


def test_ascii_locations_are_byte_columns() -> None:
    root = _tree("def f(a):\n    x = a  # c\n    return x\n")
    found = [(n.text, n.location.line, n.location.column) for n in _identifiers(root)]
    assert found == [("f", 1, 5), ("a", 1, 7), ("x", 2, 5), ("a", 2, 9), ("x", 3, 12)]


def _identifiers(node: Syntax) -> list[Syntax]:
    own = [node] if node.type == "identifier" else []
    return own + [d for c in node.children for d in _identifiers(c)]


def test_target_forms_are_looked_up_once() -> None:
    assert target_forms("java") is target_forms("java")
    assert target_forms("cpp") is target_forms("cpp")
    assert target_forms("cpp").arrays_know_length is False
    assert target_forms("java") == TargetForms() == target_forms("not a name")
