"""The non-negativity analysis lets C/Java `/` and `%` print as Python `//` and `%`: only where it
is proven, including elements of local arrays, and never through an alias or a negative store."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.verify.runners import run_programs

DP_TABLE = """
#define MOD 1000000007
long long ways(int n) {
    vector<long long> table(n + 2, 0);
    table[0] = 1;
    table[1] = 1;
    for (int i = 2; i <= n; i++) table[i] = (table[i - 1] + table[i - 2]) % MOD;
    return table[n] % 1000;
}
"""

NEGATIVE_STORE = """
int spread(int n) {
    int values[10];
    for (int i = 0; i < 10; i++) values[i] = i - n;
    int total = 0;
    for (int i = 0; i < 10; i++) total += values[i] % 7 + values[i] / 3;
    return total;
}
"""

ALIASED = """
static int aliased(int n) {
    int[] a = new int[4];
    int[] b = a;
    b[0] = -n;
    return a[0] % 3 + a[0] / 2;
}
"""


def python_of(code: str, source: str) -> str:
    return translate(code, source=source, target="python")


def test_dp_table_of_nonnegative_sums_uses_plain_remainder() -> None:
    python = python_of(DP_TABLE, "cpp")
    assert "% MOD" in python and "trunc_mod" not in python, python


@pytest.mark.parametrize(("code", "source"), [(NEGATIVE_STORE, "cpp"), (ALIASED, "java")])
def test_unproven_operands_keep_truncating_helpers(code: str, source: str) -> None:
    python = python_of(code, source)
    assert "trunc_mod" in python and "trunc_div" in python, python


def test_translations_print_what_the_sources_print() -> None:
    cases = [("ways", DP_TABLE, [5, 40, 90]), ("spread", NEGATIVE_STORE, [0, 4, 20])]
    cpp_programs, python_programs = [], []
    for name, code, arguments in cases:
        calls = "".join(f'    cout << {name}({a}) << "\\n";\n' for a in arguments)
        cpp_programs.append(
            f"#include <bits/stdc++.h>\nusing namespace std;\n{code}\nint main() {{\n{calls}}}\n"
        )
        prints = "".join(f"print({name}({a}))\n" for a in arguments)
        python_programs.append(python_of(code, "cpp") + "\n" + prints)
    java_calls = "".join(f"        System.out.println(aliased({a}));\n" for a in [1, 5, 8])
    java = f"public class Main {{\n{ALIASED}\n    public static void main(String[] args) {{\n{java_calls}    }}\n}}\n"
    java_python = python_of(ALIASED, "java") + "\n" + "".join(f"print(aliased({a}))\n" for a in [1, 5, 8])
    expected = run_programs("cpp", cpp_programs) + run_programs("java", [java])
    actual = run_programs("python", [*python_programs, java_python])
    for want, got in zip(expected, actual, strict=True):
        assert want.status == "ok" and got.status == "ok", (want, got)
        assert got.stdout.split() == want.stdout.split()


def test_a_while_guard_makes_its_variable_non_negative_in_the_body() -> None:
    from transcoder.engines.rules import translate_module

    digits = "int digits(int n) {\n  int s = 0;\n  while (n > 0) {\n    s += n % 10;\n    n /= 10;\n  }\n  return s;\n}\n"
    python = translate_module(digits, "cpp", "python")
    assert "s += n % 10" in python and "n //= 10" in python and "trunc" not in python
    # A body that can make n negative keeps the exact forms.
    stepping = digits.replace("n /= 10;", "n /= 10;\n    n -= 3;")
    assert "trunc_mod(n, 10)" in translate_module(stepping, "cpp", "python")
    # The condition may read n before the guard is tested: no help there.
    early = digits.replace("while (n > 0)", "while (n % 10 != 7 && n > 0)")
    assert "trunc_mod(n, 10) != 7" in translate_module(early, "cpp", "python")
