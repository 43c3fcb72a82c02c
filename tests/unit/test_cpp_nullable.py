"""Java String and array parameters that may be null, toward C++ (``cpp/nullable.py``): which are
``const optional<T>&`` and how each read prints, and which keep the refusal of the comparison with
null, with its line and column. The translations are run against their Java source by the golden
case ``java_null_parameters``; increments used as a value and ``Integer.parseInt`` by
``java_overflowing_update_as_value`` and ``java_parse_int_exact``."""

from __future__ import annotations

import pytest

import transcoder
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cpp.nullable import nullable_parameters
from transcoder.errors import TranscoderError


def _cpp(code: str) -> str:
    [candidate] = transcoder.translate_candidates(code, source="java", target="cpp", engine="rules")
    return str(candidate.code)


def _refusal(code: str) -> str:
    with pytest.raises(TranscoderError) as error:
        transcoder.translate_candidates(code, source="java", target="cpp", engine="rules")
    return str(error.value).splitlines()[0]


def test_guarded_reads_dereference_and_unguarded_lengths_check() -> None:
    text = _cpp(
        "static int f(String s, int[] a) {\n"
        "    if (s == null) return -1;\n"
        "    int n = a.length;\n"
        "    if (a != null && a.length > 2) return a[0] + s.length();\n"
        "    return n + s.length();\n"
        "}\n"
    )
    assert "const optional<string>& s" in text and "const optional<vector<int>>& a" in text
    assert "!s.has_value()" in text and "a.has_value()" in text
    assert "java_deref(a).size()" in text  # a.length before any check: Java's NullPointerException
    assert "(*a)[0]" in text and "(*s).length()" in text


def test_null_argument_is_nullopt() -> None:
    text = _cpp(
        "static int f(String s) { return s == null ? 0 : s.length(); }\n"
        "static int g() { return f(null) + f(\"ab\"); }\n"
    )
    assert "f(nullopt)" in text and "#include <optional>" in text


@pytest.mark.parametrize(
    ("code", "where"),
    [
        # returned where it may be null: C++'s string has no null
        ("static String f(String s) {\n    if (s != null) s.length();\n    return s;\n}\n", "line 2:"),
        # assigned
        ("static int f(int[] a) {\n    if (a == null) a = new int[1];\n    return a.length;\n}\n", "line 2:"),
        # passed to the program's own function
        (
            "static int g(String s) { return 1; }\n"
            "static int f(String s) {\n    if (s == null) return 0;\n    return g(s);\n}\n",
            "line 3:",
        ),
        # dereferenced unchecked inside a function with a try (its handler could catch C++'s NPE)
        (
            "static int f(int[] a, boolean b) {\n    if (b && a == null) return 0;\n"
            "    try { return a.length; } catch (IllegalArgumentException e) { return 1; }\n}\n",
            "line 2:",
        ),
    ],
)
def test_refused_with_its_place(code: str, where: str) -> None:
    message = _refusal(code)
    assert message.startswith(where) and "comparison of a value with null" in message


def test_analysis_on_hand_built_ir() -> None:
    s = ir.Name("s", type=t.STRING)
    compare = ir.Binary(ir.BinaryOp.NE, s, ir.NullLiteral(type=t.STRING), type=t.BOOL)
    length = ir.LibraryCall(ir.LibOp.STR_LEN, (ir.Name("s", type=t.STRING),), type=t.INT)
    body = ir.Block((ir.If(compare, ir.Return(length), ir.Return(ir.IntLiteral(0, type=t.INT))),))
    function = ir.Function("f", (ir.Param("s", t.STRING),), t.INT, body)
    found = nullable_parameters(function, frozenset({"s"}))
    assert found.names == {"s"} and found.checked == {id(length.args[0])} and not found.dereferenced
    assert not nullable_parameters(function, frozenset()).names  # pinned: not a candidate
