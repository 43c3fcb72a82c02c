"""The file around a translation: C++ includes computed from the names it uses, the Java class and
its imports, and the harness taking a whole-file candidate apart again (no compiler runs here;
tests/golden/test_compiles_as_emitted.py builds every golden translation as emitted)."""

from __future__ import annotations

from transcoder.bench.gfg import fill, split_candidate
from transcoder.engines.rules import RulesEngine
from transcoder.engines.rules.cpp.shell import cpp_file, includes
from transcoder.engines.rules.java.shell import class_name, imports, java_file


def test_includes_come_from_the_library_names_the_code_uses() -> None:
    code = (
        "int f(vector<int>& v, const string& s, size_t n) {\n"
        "    int count = 0;\n"  # a variable named like std::count needs no <algorithm>
        "    sort(v.begin(), v.end());\n"
        "    return max(count, INT_MAX) + (int) v.size();\n"
        "}\n"
    )
    assert includes(code) == [
        "#include <algorithm>",
        "#include <climits>",
        "#include <cstddef>",
        "#include <string>",
        "#include <vector>",
    ]
    # Methods need no header of their own; the file's own functions and types are not the library's.
    assert (
        includes("struct set { int a; };\nint count(set s) { return s.a; }\nint g() { return count(set()); }")
        == []
    )
    assert includes("int f(unordered_map<int, int>& m) { return m.count(1); }") == [
        "#include <unordered_map>"
    ]


def test_a_cpp_file_has_its_includes_then_using_namespace_std() -> None:
    assert cpp_file("int f(int x) {\n    return abs(x);\n}\n") == (
        "#include <cmath>\n#include <cstdlib>\n\nusing namespace std;\n\nint f(int x) {\n    return abs(x);\n}\n"
    )


def test_java_imports_are_one_per_class_and_the_class_holds_the_members() -> None:
    code = "static int f(List<Integer> v) {\n    Collections.sort(v);\n    return Math.max(v.get(0), 1);\n}\n"
    assert imports(code) == ["import java.util.Collections;", "import java.util.List;"]
    assert java_file(code, "Sorting") == (
        "import java.util.Collections;\nimport java.util.List;\n\npublic class Sorting {\n"
        "    static int f(List<Integer> v) {\n        Collections.sort(v);\n"
        "        return Math.max(v.get(0), 1);\n    }\n}\n"
    )


def test_the_java_class_is_named_after_the_file_else_the_first_function() -> None:
    code = "static int f(List<Integer> v) { return 0; }"
    assert class_name(code, "BinarySearch", "gcd_of") == "BinarySearch"
    assert class_name(code, None, "gcd_of") == "GcdOf"
    assert class_name(code, None, "list") == "Main"  # `List` is the library's class
    assert class_name(code, None, None) == "Main"


def test_the_engine_prints_whole_files_or_functions_alone() -> None:
    source = "def total(v):\n    return sum(v) + len(v)\n"
    [whole] = RulesEngine(output="file", class_name="Totals").translate(source, "python", "java")
    assert whole.code.startswith(
        "import java.util.Arrays;\n\npublic class Totals {\n    static int total(int[] v) {"
    )
    [bare] = RulesEngine(output="functions").translate(source, "python", "java")
    assert bare.code.startswith("static int total(int[] v) {")


def test_the_harness_unwraps_a_whole_java_file_and_hoists_includes() -> None:
    candidate = (
        "import java.util.List;\n\npublic class FGold {\n    static int f_gold(List<Integer> v) {\n"
        "        return v.size();\n    }\n}\n"
    )
    assert split_candidate("java", candidate) == (
        ["import java.util.List;"],
        "static int f_gold(List<Integer> v) {\n    return v.size();\n}",
    )
    script = "import java.util.*;\npublic class A {\n//TOFILL\npublic static void main(String[] a) {}\n}\n"
    assert fill("java", script, candidate) == (
        "import java.util.List;\nimport java.util.*;\npublic class A {\n"
        "static int f_filled(List<Integer> v) {\n    return v.size();\n}\n"
        "public static void main(String[] a) {}\n}\n"
    )
    # A file of several classes, or a class that extends another, stays as it is.
    extended = "public class B extends A {\n    static int f() { return 1; }\n}"
    assert split_candidate("java", extended) == ([], extended)
    cpp = (
        "#include <vector>\n\nusing namespace std;\n\nint f_gold(const vector<int>& v) {\n    return 1;\n}\n"
    )
    assert split_candidate("cpp", cpp)[0] == ["#include <vector>"]
