"""The rule engine's interface: the CLI on a file of several functions, refusals, the IR's shape."""

from __future__ import annotations

import ast
import dataclasses
import shutil
from pathlib import Path

import pytest

import support
from transcoder.cli import main
from transcoder.engines import get_engine
from transcoder.engines.rules import ir, translate_module
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_cli_translates_a_file_of_several_functions_to_python(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(EXAMPLES / "algorithms.cpp"), "--target", "python"]) == 0
    output = capsys.readouterr().out
    tree = ast.parse(output)
    names = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert {"gcd_of", "climb_stairs", "binary_search_index", "is_palindrome", "lcs"} <= names
    assert "MOD = 1000000007" in output  # the #define became a module constant


def test_cli_translation_of_the_examples_runs_like_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    if shutil.which("g++") is None or shutil.which("javac") is None:
        pytest.skip("g++ and javac are needed")
    from transcoder.verify.runners import run_program

    calls = [
        "gcd_of(84, 36)",
        "climb_stairs(40)",
        'is_palindrome("A man, a plan, a canal: Panama")',
        'lcs("AGGTAB", "GXTXAYB")',
    ]
    source = (EXAMPLES / "algorithms.cpp").read_text()
    cpp = source + "int main() {\n" + "".join(f"    cout << {c} << endl;\n" for c in calls) + "}\n"
    assert main(["translate", str(EXAMPLES / "algorithms.cpp"), "--target", "java"]) == 0
    # The CLI prints a whole file (imports, class Algorithms): its members join the driver's class.
    imports, java_functions = support.embeddable("java", capsys.readouterr().out)
    java = (
        imports
        + "import java.util.*;\npublic class Main {\n"
        + java_functions
        + "public static void main(String[] args) {\n"
        + "".join(f"System.out.println({c});\n" for c in calls)
        + "}\n}\n"
    )
    python = translate_module(source, "cpp", "python") + "".join(f"print({c})\n" for c in calls)
    outputs = [
        run_program(language, text) for language, text in (("cpp", cpp), ("java", java), ("python", python))
    ]
    assert [o.status for o in outputs] == ["ok", "ok", "ok"], [o.stderr for o in outputs]
    expected = outputs[0].stdout.split()
    assert expected == ["12", "165580141", "1", "4"]
    for other in outputs[1:]:
        assert [w.replace("true", "1").replace("True", "1") for w in other.stdout.split()] == expected


def test_java_file_translates_to_cpp(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(EXAMPLES / "Algorithms.java"), "--target", "cpp"]) == 0
    output = capsys.readouterr().out
    assert "int binomial(int n, int k) {" in output
    assert "const int MOD = 1000000007;" in output


def test_unsupported_construct_is_one_line_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pointer.cpp"
    path.write_text("int first(int n) {\n    int *p = &n;\n    return *p;\n}\n")
    assert main(["translate", str(path), "--target", "python"]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error
    assert "line 2:9" in error and "pointer variable" in error  # the declarator `*p`


def test_unsupported_error_names_the_construct() -> None:
    with pytest.raises(UnsupportedConstruct) as raised:
        translate_module("int f(int n) {\n  goto end;\n  end: return n;\n}\n", "cpp", "java")
    assert raised.value.location is not None and raised.value.location.line == 2
    assert "goto" in str(raised.value)


def test_engine_returns_one_candidate_whatever_n() -> None:
    engine = get_engine("rules")
    candidates = engine.translate("int twice(int x) { return 2 * x; }", "cpp", "java", n=5)
    assert len(candidates) == 1
    assert candidates[0].code == (
        "public class Twice {\n    static int twice(int x) {\n        return 2 * x;\n    }\n}\n"
    )


def test_python_output_uses_range_and_exact_division() -> None:
    code = "int f(int a[], int n) { int s = 0; for (int i = 0; i < n; i += 2) s += a[i] / 3; return s; }"
    text = translate_module(code, "cpp", "python")
    assert "for i in range(0, n, 2):" in text
    assert "int(a[i] / 3)" in text  # a[i] may be negative: `//` would round the wrong way
    code = "int g(int n) { int c = 0; for (int i = 1; i <= n; i++) c += i / 2; return c; }"
    python = translate_module(code, "cpp", "python")
    assert "c = int32(c + i // 2)" in python  # i >= 1: floor equals trunc; the sum may wrap as in C++


def test_ir_nodes_are_frozen_and_compare_without_locations() -> None:
    from transcoder.errors import SourceLocation

    a = ir.Name("x", type=t.INT, location=SourceLocation(1, 1))
    b = ir.Name("x", type=t.INT, location=SourceLocation(9, 9))
    assert a == b
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.id = "y"  # type: ignore[misc]


def test_cpp_output_defines_callees_first_and_declares_mutual_recursion() -> None:
    from transcoder.verify.selection import verify_translation

    java = (
        "class Parity {\n"
        "    static int top(int n) { return even(n) ? 1 : 0; }\n"
        "    static boolean even(int n) { return n == 0 ? true : odd(n - 1); }\n"
        "    static boolean odd(int n) { return n == 0 ? false : even(n - 1); }\n"
        "}\n"
    )
    cpp = get_engine("rules").translate(java, "java", "cpp")[0].code
    assert cpp.index("bool even(int n);") < cpp.index("bool odd(int n) {") < cpp.index("int top(int n) {")
    verification = verify_translation("java", java, "cpp", [cpp], tests=10)
    assert verification.chosen == 0, verification.summary()


def test_a_c_string_terminator_test_becomes_a_length_test() -> None:
    from transcoder.languages import get_language
    from transcoder.verify import testgen
    from transcoder.verify.runners import run_programs

    cpp = (
        "bool ends_sentence(char str[]) {\n    int len = strlen(str);\n"
        "    if (len == 0 || str[len - 1] != '.') return false;\n    int index = 0;\n"
        "    while (str[index]) {\n        if (str[index] == '.') return str[index + 1] == '\\0';\n"
        "        index++;\n    }\n    return false;\n}\n"
    )
    inputs = [("Hi there.",), ("A.b.",), ("no dot",), ("End.",), (".",), ("a..",)]
    printed = {}
    for language in ("cpp", "java", "python"):
        code = cpp if language == "cpp" else get_engine("rules").translate(cpp, "cpp", language)[0].code
        if language != "cpp":
            assert "\\0" not in code and ("len(str)" in code or "str.length()" in code)
        function = get_language(language).extract_functions(code)[0]
        interface = testgen.interface_of(get_language("cpp").extract_functions(cpp)[0])
        if language != "python":
            interface = testgen.with_spellings(interface, function)
        program = testgen.driver(language, code, [(interface, inputs)])
        printed[language] = testgen.printed_results(run_programs(language, [program])[0].stdout)
    assert [printed["cpp"][0, i] for i in range(len(inputs))] == ["1", "0", "0", "1", "1", "0"]
    assert printed["java"] == printed["python"] == printed["cpp"]


def test_an_int_parameter_used_as_an_index_is_not_taken_for_the_array_length() -> None:
    from transcoder.verify.selection import verify_translation

    java = (
        "class Suffix {\n"
        "    static int suffixSum(int[] arr, int index) {\n"
        "        if (index == arr.length) return 0;\n"
        "        return arr[index] + suffixSum(arr, index + 1);\n"
        "    }\n"
        "    static void copy(char[] from, char[] to, int index) {\n"
        "        to[index] = from[index];\n"
        "        if (index == from.length - 1) return;\n"
        "        copy(from, to, index + 1);\n"
        "    }\n"
        "}\n"
    )
    cpp = get_engine("rules").translate(java, "java", "cpp")[0].code
    assert "index == index" not in cpp and "vector<int>& arr" in cpp and "vector<char>& from" in cpp
    verification = verify_translation("java", java, "cpp", [cpp], tests=10, function="suffixSum")
    assert verification.chosen == 0, verification.summary()


def test_a_memset_right_after_a_declaration_fills_the_new_array() -> None:
    from transcoder.verify.selection import verify_translation

    cpp = (
        "int paths(int n) {\n    int dp[n + 1][n + 1];\n    memset(dp, 0, sizeof(dp));\n"
        "    int seen[n + 1];\n    memset(seen, -1, sizeof(seen));\n"
        "    for (int i = 0; i <= n; i++) { dp[i][0] = 1; dp[0][i] = 1; seen[i] = i; }\n"
        "    for (int i = 1; i <= n; i++)\n        for (int j = 1; j <= n; j++) dp[i][j] = dp[i - 1][j] + dp[i][j - 1];\n"
        "    return dp[n][n] + seen[n];\n}\n"
    )
    python = get_engine("rules").translate(cpp, "cpp", "python")[0].code
    assert "seen = [-1] * (n + 1)" in python and "row[:]" not in python
    java = get_engine("rules").translate(cpp, "cpp", "java")[0].code
    assert "Arrays.fill(row, 0)" not in java
    verification = verify_translation("cpp", cpp, "python", [python], tests=8)
    assert verification.chosen == 0, verification.summary()
