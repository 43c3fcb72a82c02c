"""C-family front-end tools: refusal places count characters, not bytes; a source parsed
again after another one gets its own tree (the parse of each language's last text is kept); the
assigned-identifiers query finds what the walk finds."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import RulesEngine
from transcoder.engines.rules.cfamily.frontend import assigned_identifiers
from transcoder.errors import UnsupportedConstruct
from transcoder.languages import get_language

JAVA = 'static int f(int a) {{\n    String s = "{text}"; synchronized (s) {{ a++; }}\n    return a;\n}}\n'
# a comment: a C++ string literal outside ASCII is itself refused (cpp/chars.py), at the literal
CPP = '#include <string>\nint f(int a) {{\n    int s = 0; /* {text} */ goto end;\n    end: return a;\n}}\n'


def _refusal(code: str, source: str) -> UnsupportedConstruct:
    with pytest.raises(UnsupportedConstruct) as caught:
        RulesEngine().translate(code, source, "python")
    return caught.value


@pytest.mark.parametrize(("source", "template", "line"), [("java", JAVA, 2), ("cpp", CPP, 3)])
def test_columns_count_characters(source: str, template: str, line: int) -> None:
    plain = _refusal(template.format(text="ab"), source).location
    wide = _refusal(template.format(text="é€"), source).location  # 2 characters, 5 bytes
    assert plain is not None and wide is not None
    assert (plain.line, wide.line) == (line, line)
    assert wide.column == plain.column  # same number of characters before the construct
    longer = _refusal(template.format(text="abc"), source).location
    assert longer is not None and longer.column == plain.column + 1


def test_parse_of_a_text_again_after_another() -> None:
    java = get_language("java")
    first, second = "class A { int x; }", "class B { void f() {} }"
    tree = java.parse(first)
    assert java.parse(first) is tree  # the same text: the kept tree
    other = java.parse(second)
    assert other.root_node.text == second.encode()
    again = java.parse(first)
    assert again.root_node.text == first.encode()
    assert get_language("cpp").parse(first).root_node.text == first.encode()  # per language


JAVA_BODY = """class A { static int f(int[] a, int n) {
    int s = 0, k = n; k = k * 2; a[0] = 1; s += a[1]; n--; ++k;
    for (int i = 0; i < n; i++) { s = (s + i) % 7; int j; j = i; }
    Runnable r = () -> { int q = 0; q = 3; };
    return s;
} }"""
CPP_BODY = """int f(int* a, int n) {
    int s = 0, k = n; k = k * 2; a[0] = 1; s += a[1]; n--; ++k; *a = 2;
    for (int i = 0; i < n; i++) { s = (s + i) % 7; int j; j = i; }
    auto g = [&](int q) { q = 3; return q; };
    return s;
}"""


@pytest.mark.parametrize(
    ("language", "code", "root", "expected"),
    [
        # Java's update_expression names no field: ``n--``/``i++`` are not found (as before)
        ("java", JAVA_BODY, "method_declaration", {"k", "s", "j", "q"}),
        ("cpp", CPP_BODY, "function_definition", {"k", "s", "n", "i", "j", "q"}),
    ],
)
def test_assigned_identifiers_query_equals_walk(
    language: str, code: str, root: str, expected: set[str]
) -> None:
    tree = get_language(language).parse(code)
    stack, bodies = [tree.root_node], []
    while stack:
        node = stack.pop()
        if node.type == root:
            bodies.append(node.child_by_field_name("body"))
        stack.extend(node.children)
    assert bodies
    for body in bodies:
        assert assigned_identifiers(body, language) == assigned_identifiers(body) == expected
