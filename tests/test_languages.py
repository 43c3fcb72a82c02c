"""The language layer: function extraction and syntax errors, on real code in all three languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages import FunctionInfo, Parameter, get_language

EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}


def only(functions: list[FunctionInfo], name: str) -> FunctionInfo:
    matches = [function for function in functions if function.name == name]
    assert len(matches) == 1, [function.name for function in functions]
    return matches[0]


def signature(function: FunctionInfo) -> list[tuple[str, str | None]]:
    return [(parameter.name, parameter.type) for parameter in function.parameters]


# -- f_gold in every benchmark script ----------------------------------------------------------------
@pytest.fixture(scope="module")
def gold_functions(shared_dir: Path) -> dict[str, dict[str, FunctionInfo]]:
    """``f_gold`` of every valid-split script, by language and item id."""
    result: dict[str, dict[str, FunctionInfo]] = {}
    for name, extension in EXTENSIONS.items():
        language = get_language(name)
        scripts = sorted((shared_dir / "benchmarks/transcoder-gfg/valid" / name).glob(f"*.{extension}"))
        result[name] = {
            script.stem: only(language.extract_functions(script.read_text(encoding="utf-8")), "f_gold")
            for script in scripts
        }
    return result


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_f_gold_is_found_in_every_benchmark_script(
    gold_functions: dict[str, dict[str, FunctionInfo]], name: str
) -> None:
    language = get_language(name)
    golds = gold_functions[name]
    assert len(golds) >= 230
    for item, gold in golds.items():
        assert gold.parameters, item
        assert all(parameter.name.isidentifier() for parameter in gold.parameters), (item, gold.parameters)
        if name != "python":  # C++ and Java always write their types
            assert all(parameter.type for parameter in gold.parameters), (item, gold.parameters)
            assert gold.return_type, item
        text = gold.text.encode()
        header = text[: gold.body_start_byte - gold.start_byte].decode()
        body = text[gold.body_start_byte - gold.start_byte :]
        assert "f_gold" in header and header.rstrip().endswith(")" if name != "python" else ":"), item
        assert gold.end_byte - gold.start_byte == len(text) and gold.body_end_byte == gold.end_byte, item
        if name != "python":
            assert body.startswith(b"{") and body.endswith(b"}"), item
        assert language.syntax_errors(gold.text) == [], item
        assert gold.kind == ("static_method" if name == "java" else "function")


def test_f_gold_parameters_agree_across_languages(gold_functions: dict[str, dict[str, FunctionInfo]]) -> None:
    common = set(gold_functions["cpp"]) & set(gold_functions["java"]) & set(gold_functions["python"])
    assert len(common) >= 175  # ids with a script in all three languages
    for item in sorted(common):
        counts = {name: len(golds[item].parameters) for name, golds in gold_functions.items()}
        assert len(set(counts.values())) == 1, (item, counts)


def test_f_gold_signatures_of_known_items(gold_functions: dict[str, dict[str, FunctionInfo]]) -> None:
    item = "ADD_TWO_NUMBERS_WITHOUT_USING_ARITHMETIC_OPERATORS"
    assert signature(gold_functions["cpp"][item]) == [("x", "int"), ("y", "int")]
    assert signature(gold_functions["java"][item]) == [("x", "int"), ("y", "int")]
    assert signature(gold_functions["python"][item]) == [("x", None), ("y", None)]
    assert gold_functions["java"][item].class_name == item
    array_types = {parameter.type for gold in gold_functions["cpp"].values() for parameter in gold.parameters}
    assert {"int[]", "string", "char[]", "unsigned int"} <= array_types


# -- C++ ----------------------------------------------------------------------------------------------
CPP_SOURCE = """\
#include <vector>
using namespace std;
template <typename T>
static T* largest(const int arr[], char *s, vector<int>& v, int grid[][4], unsigned long n = 3) {
    return nullptr;
}
struct Box {
    static int make(int side) { return side; }
    double area() const { return 1.0; }
    Box() = default;
    int declared_only(int x);
    friend bool operator==(const Box& a, const Box& b) { return true; }
};
int Box::declared_only(int x) {
    struct Local { int hidden() { return 0; } };
    return x;
}
namespace geometry { long long twice(long long x); }
long long geometry::twice(long long x) { return 2 * x; }
"""


def test_cpp_functions_methods_and_declarators() -> None:
    functions = get_language("cpp").extract_functions(CPP_SOURCE)
    assert [(f.name, f.kind, f.class_name) for f in functions] == [
        ("largest", "function", None),
        ("make", "static_method", "Box"),
        ("area", "method", "Box"),
        ("operator==", "function", None),
        ("declared_only", "method", "Box"),
        ("twice", "function", None),
    ]
    largest = functions[0]
    assert signature(largest) == [
        ("arr", "const int[]"),
        ("s", "char*"),
        ("v", "vector<int>&"),
        ("grid", "int[][4]"),
        ("n", "unsigned long"),
    ]
    assert largest.return_type == "T*"
    # The span starts at the template prefix; the body span is the braces.
    assert largest.text.startswith("template <typename T>\nstatic T* largest(")
    assert largest.start.line == 3 and largest.start.column == 1
    assert (
        CPP_SOURCE.encode()[largest.body_start_byte : largest.body_end_byte] == b"{\n    return nullptr;\n}"
    )
    assert functions[2].return_type == "double"
    assert signature(functions[3]) == [("a", "const Box&"), ("b", "const Box&")]
    assert functions[4].start.line == 14


def test_cpp_operators_conversions_and_trailing_return_types() -> None:
    code = (
        "struct A {\n    operator int() const { return 1; }\n    A& operator=(const A& o) { return *this; }\n"
        "    ~A() {}\n};\nA::operator bool() const { return true; }\nauto g(int x) -> long { return x; }\n"
    )
    functions = get_language("cpp").extract_functions(code)
    assert [(f.name, f.kind, f.class_name, f.return_type) for f in functions] == [
        ("operator int", "method", "A", "int"),
        ("operator=", "method", "A", "A&"),
        ("~A", "method", "A", None),
        ("operator bool", "method", "A", "bool"),
        ("g", "function", None, "long"),
    ]
    assert signature(functions[1]) == [("o", "const A&")]


def test_spans_are_utf8_byte_offsets_and_columns_count_characters() -> None:
    code = 'const char* greeting = "héllo"; int f(int x) { return x; }\n'
    function = only(get_language("cpp").extract_functions(code), "f")
    assert code.encode()[function.start_byte : function.end_byte].decode() == function.text
    assert function.text == "int f(int x) { return x; }"
    assert function.start.column == code.index("int f") + 1  # characters, although "é" is two bytes


# -- Java ---------------------------------------------------------------------------------------------
JAVA_SOURCE = """\
import java.util.*;
public class Shapes {
    @Deprecated
    public static <T> List<T> copy(final int arr[], String... names) { return null; }
    private int[][] grid(Map<String, List<Integer>> index, int[] row) { return null; }
    Shapes(int side) { }
    abstract static class Inner { abstract void todo(); protected void done() { } }
    interface Named { default String name() { return "x"; } }
    void run() { Runnable r = new Runnable() { public void run() { } }; }
}
"""


def test_java_methods_constructors_and_nested_types() -> None:
    functions = get_language("java").extract_functions(JAVA_SOURCE)
    assert [(f.name, f.kind, f.class_name) for f in functions] == [
        ("copy", "static_method", "Shapes"),
        ("grid", "method", "Shapes"),
        ("Shapes", "method", "Shapes"),
        ("done", "method", "Inner"),
        ("name", "method", "Named"),
        ("run", "method", "Shapes"),  # the anonymous class's run() belongs to this one
    ]
    copy, grid, constructor = functions[:3]
    assert signature(copy) == [("arr", "int[]"), ("names", "String...")]
    assert copy.return_type == "List<T>"
    assert copy.text.startswith("@Deprecated\n    public static <T> List<T> copy(")
    assert copy.start.line == 3 and copy.start.column == 5
    assert signature(grid) == [("index", "Map<String, List<Integer>>"), ("row", "int[]")]
    assert grid.return_type == "int[][]"
    assert constructor.return_type is None


# -- Python -------------------------------------------------------------------------------------------
PYTHON_SOURCE = '''\
import functools


@functools.cache
def solve(n: int, *args, key=None, **options) -> int:
    def helper(x):
        return x
    return helper(n)


class Grid:
    """A grid."""

    @staticmethod
    def make(size, /, *, fill: str = "."):
        return Grid()

    @classmethod
    def empty(cls):
        return cls()

    def cells(self):
        return []

    class Cell:
        def value(self):
            return 0


if __name__ == "__main__":
    def main():
        pass
'''


def test_python_functions_methods_and_nested_defs() -> None:
    functions = get_language("python").extract_functions(PYTHON_SOURCE)
    assert [(f.name, f.kind, f.class_name) for f in functions] == [
        ("solve", "function", None),
        ("make", "static_method", "Grid"),
        ("empty", "method", "Grid"),
        ("cells", "method", "Grid"),
        ("value", "method", "Cell"),
        ("main", "function", None),
    ]
    solve, make = functions[:2]
    assert signature(solve) == [("n", "int"), ("*args", None), ("key", None), ("**options", None)]
    assert solve.return_type == "int"
    assert solve.text.startswith("@functools.cache\ndef solve(")  # decorators are part of the span
    assert "def helper" in solve.text  # nested defs belong to their function
    assert solve.start.line == 4 and solve.start.column == 1
    assert signature(make) == [("size", None), ("fill", "str")]
    # A method's text stands alone: dedented, so the line after its decorator is no unexpected indent.
    assert make.text == '@staticmethod\ndef make(size, /, *, fill: str = "."):\n    return Grid()'
    assert (
        PYTHON_SOURCE.encode()[make.start_byte : make.end_byte].decode().startswith("@staticmethod\n    def")
    )
    for function in functions:
        compile(function.text, function.name, "exec", dont_inherit=True)
    assert signature(functions[3]) == [("self", None)]
    body = PYTHON_SOURCE.encode()[solve.body_start_byte : solve.body_end_byte].decode()
    assert body.startswith("def helper(x):") and body.endswith("return helper(n)")


def test_python_method_text_keeps_multiline_string_content() -> None:
    code = 'class A:\n    def f(self):\n        s = """one\n    two"""\n        return s\n'
    method = get_language("python").extract_functions(code)[0]
    assert method.text == 'def f(self):\n    s = """one\n    two"""\n    return s'
    namespace: dict[str, object] = {}
    exec(compile(method.text, "f", "exec", dont_inherit=True), namespace)
    assert namespace["f"](None) == "one\n    two"  # type: ignore[operator]


# -- syntax errors ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "code", "line", "column", "message"),
    [
        ("cpp", "int f(int x) {\n    return x +;\n}\n", 2, 15, "missing 'identifier'"),
        ("cpp", "int f() {\n    int y = 1\n    return y;\n}\n", 2, 14, "missing ';'"),
        ("cpp", "int f() {\n    return 1 2;\n}\n", 2, 14, "unexpected '2'"),
        ("cpp", '// é\nint f() { char* s = "é"; return 1 2; }\n', 2, 35, "unexpected '2'"),
        ("java", "class A {\n  int f() {\n    return 1\n  }\n}\n", 3, 13, "missing ';'"),
        ("java", "class A {\n  void f() { int x = ; }\n}\n", 2, 20, "unexpected '='"),
        ("python", "def f(x)\n    return x\n", 1, 9, "expected ':'"),
        ("python", "def f(x):\n    return x +\n", 2, 15, "invalid syntax"),
        ("python", 'def f():\n    s = "é" + (1 2)\n', 2, 16, "Perhaps you forgot a comma?"),
        ("python", "x = (1,\n", 1, 5, "'(' was never closed"),
    ],
)
def test_syntax_errors_report_line_and_column(
    name: str, code: str, line: int, column: int, message: str
) -> None:
    language = get_language(name)
    errors = language.syntax_errors(code, path="input")
    assert errors, code
    first = errors[0]
    assert (first.location.line, first.location.column, first.location.path) == (line, column, "input")
    assert message in first.message
    with pytest.raises(SyntaxErrorInSource) as raised:
        language.check_syntax(code, path="input")
    assert str(raised.value).startswith(f"input:{line}:{column}: syntax error in {name} source")


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_valid_code_has_no_syntax_errors(name: str) -> None:
    code = {"cpp": CPP_SOURCE, "java": JAVA_SOURCE, "python": PYTHON_SOURCE}[name]
    assert get_language(name).syntax_errors(code) == []


def test_parameter_is_a_plain_value() -> None:
    assert Parameter("x", None) == Parameter("x", None)


def test_every_language_states_the_facts_engines_read() -> None:
    """Names, fences, keywords and file shapes live in the language's package, found by discovery."""
    from transcoder.engines.llm.prompts import display, extract_code
    from transcoder.languages import get_language, language_names

    assert language_names() == ["cpp", "java", "python"]  # found by importing the packages
    for name in language_names():
        language = get_language(name)
        assert language.display_name and language.fence_tags and language.embeddable_shape
        assert display(name) == language.display_name
        assert {"if", "while", "return"} <= language.keywords
        reply = f"Here:\n```{language.fence_tags[-1]}\ncode here\n```\n"
        assert extract_code(reply, name).code == "code here\n"
    assert "class" in get_language("java").keywords and "lambda" in get_language("python").keywords
    assert "nullptr" in get_language("cpp").keywords and "print" not in get_language("python").keywords
    header = get_language("java").header_line
    assert header is not None and header.match("import java.util.*;")
    assert get_language("python").header_line is None
