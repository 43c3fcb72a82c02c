"""Pinned interfaces: the rule engine implements a caller's declaration around the source's body.

Each case translates a hand-written function with a ``signature``, then compiles and runs the
translation (batched, in the sandbox) under a driver that calls it through the pinned types
(``Integer[]`` arrays, a ``Boolean`` result compared with ``.equals``, a C++ default argument) and
prints the results, which must be the values the source function computes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest

from transcoder.engines.rules import RulesEngine, translate_module
from transcoder.engines.rules import types as t
from transcoder.engines.rules.signature import parse_interface, parse_signature
from transcoder.errors import InputError, UnsupportedConstruct


@dataclass(frozen=True)
class Case:
    name: str
    source: str  # "cpp", "java" or "python"
    code: str
    target: str  # "cpp" or "java"
    signature: str
    driver: str  # target statements printing one result a line
    expected: tuple[str, ...]


def _factorial_mod(n: int, modulus: int) -> int:
    value = 1
    for k in range(2, n + 1):
        value = value * k % modulus
    return value


def _double_factorial(n: int) -> int:
    return 1 if n <= 1 else n * _double_factorial(n - 2)


CASES = [
    Case(
        "boolean_result_called_with_equals",
        "cpp",
        "bool is_square_of(int a, int b) { return a * a == b; }",
        "java",
        "static Boolean is_square_of ( int a , int b )",
        "System.out.println(is_square_of(3, 9).equals(true));\n"
        "System.out.println(is_square_of(4, 9).equals(false));",
        ("true", "true"),
    ),
    Case(
        # Elements above 127 are distinct Integer objects: == on two of them would compare identity.
        "boxed_arrays_sorted_compared_and_summed",
        "cpp",
        """int matches(int X[], int Y[], int m, int n) {
    sort(X, X + m, greater<int>());
    sort(Y, Y + n);
    int same = 0;
    for (int i = 0; i < m && i < n; i++)
        if (X[i] == Y[n - 1 - i]) same++;
    return same * 100000 + accumulate(X, X + m, 0) + *max_element(Y, Y + n);
}""",
        "java",
        "static int matches ( Integer X [ ] , Integer Y [ ] , int m , int n )",
        "Integer[] x = {1000, 3000, 2000};\nInteger[] y = {3000, 1000, 2000};\n"
        "System.out.println(matches(x, y, 3, 3));\nSystem.out.println(Arrays.toString(x));\n"
        "Integer[] z = {7, 500};\nInteger[] w = {600, 8};\nSystem.out.println(matches(z, w, 2, 2));",
        ("309000", "[3000, 2000, 1000]", "1107"),
    ),
    Case(
        "double_parameter_truncates_into_the_source_int",
        "cpp",
        "long int triangle(int n) { long int total = 0; for (int i = 1; i <= n; i++) total += i; return total; }",
        "java",
        "public static int triangle ( double n )",
        "System.out.println(triangle(5.7));\nSystem.out.println(triangle(10.0));\nSystem.out.println(triangle(-2.5));",
        ("15", "55", "0"),
    ),
    Case(
        # C++ unsigned arithmetic wraps modulo 2**32; the Java long result is that unsigned value.
        "recursive_unsigned_function_behind_a_long_interface",
        "cpp",
        "unsigned int fact(unsigned int n) { if (n <= 1) return 1; return n * fact(n - 1); }",
        "java",
        "static long fact ( long n )",
        "System.out.println(fact(10));\nSystem.out.println(fact(13));\nSystem.out.println(fact(17));",
        tuple(str(_factorial_mod(n, 2**32)) for n in (10, 13, 17)),
    ),
    Case(
        # The source result is 64-bit; the caller asked for an int: Java keeps the low 32 bits.
        "narrowed_result_gets_an_explicit_cast",
        "cpp",
        "long long scaled(int n) { return (long long) n * 1000; }",
        "java",
        "static int scaled ( int n )",
        "System.out.println(scaled(1234));\nSystem.out.println(scaled(3000000));",
        ("1234000", str((3000000 * 1000 + 2**31) % 2**32 - 2**31)),
    ),
    Case(
        "boxed_long_parameters_compare_by_value",
        "cpp",
        "long long gap(long long a, long long b) { if (a == b) return -1; return a > b ? a - b : b - a; }",
        "java",
        "static long gap ( Long a , Long b )",
        "System.out.println(gap(100000L, 100000L));\nSystem.out.println(gap(5L, 300000L));",
        ("-1", "299995"),
    ),
    Case(
        "boxed_long_array_stores_and_fill",
        "cpp",
        "long long prefix(long long a[], int n) { a[0] = 0; for (int i = 1; i < n; i++) a[i] = a[i - 1] + i; "
        "fill(a + n - 1, a + n, 7); return a[n - 2] * 1000000000LL; }",
        "java",
        "static long prefix ( Long a [ ] , int n )",
        "Long[] a = {5L, 5L, 5L, 5L, 5L};\nSystem.out.println(prefix(a, 5));\nSystem.out.println(Arrays.toString(a));",
        ("6000000000", "[0, 1, 3, 6, 7]"),
    ),
    Case(
        # C++ converts the int to unsigned at the return: a long caller sees 2**32 - 1 for -1.
        "unsigned_result_widened_to_a_java_long",
        "cpp",
        "unsigned int as_unsigned(int x) { return x; }",
        "java",
        "static long as_unsigned ( int x )",
        "System.out.println(as_unsigned(-1));\nSystem.out.println(as_unsigned(77));",
        (str(2**32 - 1), "77"),
    ),
    Case(
        "c_string_source_behind_a_java_char_array",
        "cpp",
        "int vowels(char str[]) { int count = 0; for (int i = 0; i < strlen(str); i++) "
        "if (str[i] == 'a' || str[i] == 'e' || str[i] == 'i' || str[i] == 'o' || str[i] == 'u') count++; "
        "return count; }",
        "java",
        "static int vowels ( char [ ] str )",
        'System.out.println(vowels("education".toCharArray()));\nSystem.out.println(vowels("xyz".toCharArray()));',
        ("5", "0"),
    ),
    Case(
        "int_result_as_a_boolean",
        "cpp",
        "int is_even(int n) { if (n % 2 == 0) return 1; return 0; }",
        "java",
        "static boolean is_even ( int n )",
        "System.out.println(is_even(4));\nSystem.out.println(is_even(-3));",
        ("true", "false"),
    ),
    Case(
        # A Java long computation behind C++ unsigned ints: the result reduced modulo 2**32.
        "recursive_long_function_behind_unsigned_ints",
        "java",
        "static long dfact(long n) { if (n == 0 || n == 1) return 1; return n * dfact(n - 2); }",
        "cpp",
        "unsigned int dfact ( unsigned int n )",
        "cout << dfact(9) << endl;\ncout << dfact(31) << endl;",
        tuple(str(_double_factorial(n) % 2**64 % 2**32) for n in (9, 31)),
    ),
    Case(
        # The pinned vector knows its length; the default argument stays; the caller sees the change.
        "vector_reference_with_a_default_argument",
        "java",
        "static int sum_from(int[] arr, int start) { int total = 0; for (int i = start; i < arr.length; i++) "
        "total += arr[i]; arr[0] = total; return total; }",
        "cpp",
        "int sum_from ( vector<int>& arr, int start = 0 )",
        "vector<int> v {4, 5, 6, 7};\ncout << sum_from(v, 2) << endl;\ncout << v[0] << endl;\n"
        "cout << sum_from(v) << endl;",
        ("13", "13", "31"),
    ),
    Case(
        "int_parameters_widened_inside_for_a_long_product",
        "java",
        "static long product(long a, long b) { return a * b; }",
        "cpp",
        "long long int product ( int a , int b )",
        "cout << product(100000, 300000) << endl;\ncout << product(-7, 6) << endl;",
        ("30000000000", "-42"),
    ),
    Case(
        # A Java String the function reassigns, behind a C++ reference: the caller's stays as it was.
        "reference_string_copied_when_the_source_reassigns_it",
        "java",
        'static int grow(String s, int k) { s = s + "ab"; return s.length() + k; }',
        "cpp",
        "int grow ( string & s , int k )",
        'string text = "xyz";\ncout << grow(text, 1) << endl;\ncout << text << endl;',
        ("6", "xyz"),
    ),
    Case(
        # A char[] behind a C string: its length is strlen, and the caller sees the changed characters.
        "java_char_array_behind_a_c_string",
        "java",
        "static int mark(char[] s) { int n = 0; for (int i = 0; i < s.length; i++) "
        "if (s[i] == 'a') { s[i] = 'B'; n++; } return n; }",
        "cpp",
        "int mark ( char s [ ] )",
        'char text[] = "banana";\ncout << mark(text) << endl;\ncout << text << endl;',
        ("3", "bBnBnB"),
    ),
    Case(
        "const_vector_copied_when_the_source_changes_the_array",
        "java",
        "static int bump(int[] a) { a[0] += 10; return a.length * 100 + a[0]; }",
        "cpp",
        "int bump ( const vector < int > & a )",
        "const vector<int> v {1, 2, 3};\ncout << bump(v) << endl;\ncout << v[0] << endl;",
        ("311", "1"),
    ),
    Case(
        "java_string_source_behind_a_c_string",
        "java",
        "static int upper_count(String s) { int count = 0; for (int i = 0; i < s.length(); i++) "
        "if (Character.isUpperCase(s.charAt(i))) count++; return count; }",
        "cpp",
        "int upper_count ( char s [ ] )",
        'char text[] = "Hello World AB";\ncout << upper_count(text) << endl;',
        ("4",),
    ),
    Case(
        # The same declaration printing serves Python sources.
        "python_source_behind_boxed_integers",
        "python",
        """def count_equal_neighbours(arr, n):
    arr.sort()
    count = 0
    for i in range(n - 1):
        if arr[i] == arr[i + 1]:
            count += 1
    return count
""",
        "java",
        "static int f_gold ( Integer arr [ ] , int n )",
        "Integer[] a = {1000, 5, 1000, 5, 7};\nSystem.out.println(f_gold(a, 5));",
        ("2",),
    ),
    Case(
        "python_source_behind_a_boolean_result",
        "python",
        "def divides(a, b):\n    return b % a == 0\n",
        "java",
        "static Boolean f_gold ( int a , int b )",
        "System.out.println(f_gold(3, 12).equals(true));\nSystem.out.println(f_gold(5, 12));",
        ("true", "false"),
    ),
]


def _program(target: str, code: str, driver: str) -> str:
    if target == "java":
        body = "\n        ".join(driver.splitlines())
        return (
            "import java.util.*;\npublic class Main {\n"
            f"{code}\n    public static void main(String[] args) {{\n        {body}\n    }}\n}}\n"
        )
    body = "\n    ".join(driver.splitlines())
    return f"#include <bits/stdc++.h>\nusing namespace std;\n{code}\nint main() {{\n    {body}\n}}\n"


def _translate(case: Case) -> str:
    return RulesEngine().translate(case.code, case.source, case.target, signature=case.signature)[0].code


@pytest.fixture(scope="module")
def outputs() -> dict[str, tuple[list[str], str]]:
    """case name -> (printed lines, translation), every program run in one batch per language."""
    if shutil.which("g++") is None or shutil.which("javac") is None:
        pytest.skip("g++ and javac are needed to run translations")
    from transcoder.verify.runners import run_programs
    from transcoder.verify.sandbox import Limits

    translations = {case.name: _translate(case) for case in CASES}
    results: dict[str, tuple[list[str], str]] = {}
    for target in ("cpp", "java"):
        cases = [case for case in CASES if case.target == target]
        programs = [_program(target, translations[case.name], case.driver) for case in cases]
        runs = run_programs(target, programs, limits=Limits(wall_seconds=60.0))
        for case, program, run in zip(cases, programs, runs, strict=True):
            assert run.status == "ok", f"{case.name}: {run.status}\n{run.stderr[-2000:]}\n{program}"
            results[case.name] = (run.stdout.split(), translations[case.name])
    return results


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_pinned_translation_computes_the_source_values(
    outputs: dict[str, tuple[list[str], str]], case: Case
) -> None:
    printed, text = outputs[case.name]
    assert printed == [word for line in case.expected for word in line.split()], text


def test_declarations_print_as_spelled() -> None:
    java = translate_module(
        "int f(int X[], int n) { return X[0] + n; }", "cpp", "java", "static int f ( Integer X [ ] , int n )"
    )
    assert "static int f(Integer[] X, int n)" in java
    cpp = translate_module(
        "static long f(long n) { return n + 1; }", "java", "cpp", "long int f ( long int n )"
    )
    assert cpp.startswith("long int f(long int n)")
    # A conversion read once is a cast at its use; read more often, a local of the source's type.
    once = translate_module("int twice(int n) { return 2 * n; }", "cpp", "java", "static int twice(double n)")
    assert "static int twice(double n)" in once and "(int) n" in once
    many = translate_module("int sq(int n) { return n * n; }", "cpp", "java", "static int sq(double n)")
    assert "static int sq(double nArg)" in many and "int n = (int) nArg;" in many


def test_signature_parses_defaults_modifiers_and_both_spellings() -> None:
    interface = parse_interface("public static long f ( int a = 0 , const vector<int> & v , char s [ ] )")
    assert [p.default for p in interface.params] == ["0", "", ""]
    assert [p.type.type for p in interface.params] == [t.INT, t.ListType(t.INT), t.ArrayType(t.CHAR)]
    assert interface.params[1].type.cpp("v") == "const vector<int>& v"
    assert interface.params[1].type.java() is None  # no Java spelling: printed in Java's own words
    signature = parse_signature("static Boolean f_gold ( Integer X [ ] , int m )")
    assert signature.result == t.BOOL and signature.params == [("X", t.ArrayType(t.INT)), ("m", t.INT)]


@pytest.mark.parametrize(
    ("code", "signature", "error", "words"),
    [
        ("int f(int a) { return a; }", "int f(int a, int b)", InputError, "2 parameters"),
        ("int f(string s) { return s.size(); }", "static int f(int s)", UnsupportedConstruct, "string"),
        (
            "int f(int a[], int n) { return a[0]; }",
            "static int f(long[] a, int n)",
            UnsupportedConstruct,
            "array",
        ),
        ("int f(int a) { return a; }", "int f(int a", InputError, "expected"),
        ("int f(int a) { return a; }", "int f(Widget a)", InputError, "unsupported type 'Widget'"),
        (
            "int g(int a[], int n) { return a[0]; }\nint f(int a[], int n) { return g(a, n); }",
            "static int f(Integer a[], int n)",
            UnsupportedConstruct,
            "boxed array 'a' is passed to 'g'",
        ),
    ],
)
def test_an_interface_that_cannot_be_implemented_is_a_one_line_error(
    code: str, signature: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as raised:
        translate_module(code, "cpp", "java", signature)
    assert words in str(raised.value) and "\n" not in str(raised.value)
