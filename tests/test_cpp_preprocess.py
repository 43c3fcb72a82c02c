"""C++ files that define their own macros: expanded before parsing, constants and types kept."""

from __future__ import annotations

import pytest

import support
from transcoder import translate
from transcoder.errors import InputError
from transcoder.languages.cpp.preprocess import expand_macros

COMPETITIVE = """#include <bits/stdc++.h>
using namespace std;
#define MOD 1000000007
#define ll long long
#define rep(i, a, b) for (int i = (a); i < (b); i++)
#define sq(x) ((x) * (x))
#ifdef LOCAL
#define LIMIT 10
#else
#define LIMIT 1000
#endif
// Sum of squares of the first n values below LIMIT, modulo MOD.
ll sum_squares(int a[], int n) {
    ll s = 0;
    rep(i, 0, n) {
        if (a[i] < LIMIT) s = (s + sq((ll) a[i])) % MOD;
    }
    return s;
}
"""


def test_function_like_macros_and_conditionals_are_expanded_with_lines_kept() -> None:
    expanded = expand_macros(COMPETITIVE)
    assert len(expanded.splitlines()) == len(COMPETITIVE.splitlines())
    assert "for (int i = (0); i < (n); i++)" in expanded
    assert "((ll) a[i]) * ((ll) a[i])" in expanded.replace(
        "(((ll) a[i]) * ((ll) a[i]))", "((ll) a[i]) * ((ll) a[i])"
    )
    assert "a[i] < 1000" in expanded  # the #else branch, resolved
    # constants and type names stay named; includes and comments stay as written
    for kept in (
        "#define MOD 1000000007",
        "#define ll long long",
        "#include <bits/stdc++.h>",
        "// Sum of squares",
    ):
        assert kept in expanded
    assert expanded.splitlines()[12] == "ll sum_squares(int a[], int n) {"


def test_lines_are_kept_when_the_file_starts_with_its_macros() -> None:
    # pcpp writes nothing for the blank lines before the first line it outputs
    code = "#define rep(i, n) for (int i = 0; i < (n); i++)\n#define N 10\n\nint f(int n) {\n    int s = N;\n    rep(i, n) s += i;\n    return s;\n}\n"
    expanded = expand_macros(code)
    assert expanded.splitlines()[1] == "#define N 10"
    assert expanded.splitlines()[3:] == [
        "int f(int n) {", "    int s = N;", "    for (int i = 0; i < (n); i++) s += i;", "    return s;", "}"
    ]
    with pytest.raises(InputError, match=r"bad.cpp:3:1: C preprocessor"):
        expand_macros("#define A(x) x\nint f() { return A(1); }\n#if\n#endif\n", "bad.cpp")


def test_code_without_macros_comes_back_unchanged() -> None:
    code = "#include <vector>\n#define N 100\nint f(int x) { return x + N; }\n"
    assert expand_macros(code) is code


def test_a_preprocessor_error_is_one_line_with_its_line() -> None:
    with pytest.raises(InputError, match=r"bad.cpp:2:1: C preprocessor: Empty expression"):
        expand_macros("int f() { return 1; }\n#if\n#endif\n", "bad.cpp")


def _body(code: str) -> str:
    """The code without the prelude the test driver writes itself."""
    return code.replace("#include <bits/stdc++.h>\nusing namespace std;\n", "")


def test_translations_of_macro_code_print_what_the_source_prints() -> None:
    calls = (([3, 5, 2000, 7], 4), ([100000, 999], 2), ([], 0))
    cases = [support.CFamilyCase("macros", "cpp", COMPETITIVE, "sum_squares", calls, ("java", "python"))]
    outcomes = support.run_translations(
        cases,
        language_of=lambda case: "cpp",
        targets_of=lambda case: case.targets,
        translate=lambda case, target: translate(case.code, source="cpp", target=target),
        driver=lambda language, case, code: support.driver(language, _body(code), case.function, case.calls),
        read=support.normalise,
        must_run=True,
    )
    for target in ("java", "python"):
        expected, actual, text = outcomes["macros", target]
        assert expected == ["83", "998001", "0"]
        assert actual == expected, text
