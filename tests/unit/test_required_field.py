"""languages.common.required / parent_of / node_location: a field or parent the grammar promises,
or a one-line syntax error that names the line and the column in characters (not bytes)."""

from __future__ import annotations

import pytest
import tree_sitter

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages import get_language
from transcoder.languages.common import node_location, parent_of, required


def _nodes(root: tree_sitter.Node, kind: str) -> list[tree_sitter.Node]:
    found = [root] if root.type == kind else []
    for child in root.children:
        found.extend(_nodes(child, kind))
    return found


def test_a_present_field_is_the_child_in_it() -> None:
    root = get_language("cpp").parse("int f(int a) { return a + 1; }").root_node
    binary = _nodes(root, "binary_expression")[0]
    assert required(binary, "left").text == b"a"
    assert required(binary, "right").text == b"1"


def test_locations_count_characters_from_the_start_of_the_line() -> None:
    # the root starts at the comment, after two blank lines and an indent; "é" is two bytes
    code = '\n\n  // é\n  int f() { return "é" + x; }\n'
    root = get_language("cpp").parse(code).root_node
    assert str(node_location(_nodes(root, "comment")[0])) == "line 3:3"
    assert str(node_location(_nodes(root, "return_statement")[0])) == "line 4:13"
    identifiers = [n for n in _nodes(root, "identifier") if n.text == b"x"]
    assert str(node_location(identifiers[0])) == "line 4:26"


def test_a_missing_field_is_a_syntax_error_at_the_node() -> None:
    code = "class A {\n    int f() { return 1; }\n}\n"
    root = get_language("java").parse(code).root_node
    statement = _nodes(root, "return_statement")[0]
    with pytest.raises(SyntaxErrorInSource) as raised:
        required(statement, "condition")
    assert str(raised.value) == "line 2:15: syntax error: return statement without its condition"


def test_the_root_has_no_parent() -> None:
    root = get_language("python").parse("x = 1\n").root_node
    assert parent_of(root.named_children[0]) == root
    with pytest.raises(SyntaxErrorInSource, match="outside any block"):
        parent_of(root)
