"""The range analysis follows chars, small loop invariants and array elements (issue 12): a C++
char computed from an int translates where its value is proven within -128..127 (a carry that is
only ever ``sum / 10``, a Caesar shift ``% 26``, a char narrowed by its guards), and stays refused
where it is not (``c + k``); a local table's elements are bounded by every value stored into them.
Hand-written functions, not taken from the GfG benchmark (their digits come out least significant
first: ``reverse`` of a C++ string translates to Python as ``str.reverse()``, a gap of its own)."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.engines.rules import ir
from transcoder.engines.rules.analysis.elements import followed_arrays
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges
from transcoder.engines.rules.passes.wraparound import CPP, JAVA
from transcoder.engines.rules.pipeline import SOURCES, Request
from transcoder.errors import UnsupportedConstruct
from transcoder.verify.runners import run_programs

BINARY_SUM = """
string add_binary(string a, string b) {
    string out = "";
    int i = a.size() - 1, j = b.size() - 1, carry = 0;
    while (i >= 0 || j >= 0) {
        int s = carry;
        if (i >= 0) s += (a[i--] - '0') & 1;
        if (j >= 0) s += (b[j--] - '0') & 1;
        out.push_back(s % 2 + '0');
        carry = s / 2;
    }
    if (carry) out.push_back(carry + '0');
    return out;
}
"""

SAME_LENGTH_SUM = """
string add_same_length(string a, string b) {
    string out = a;
    int carry = 0;
    for (int i = a.size() - 1; i >= 0; i--) {
        int s = a[i] - '0' + (b[i] - '0') + carry;
        out[i] = s % 10 + '0';
        carry = s / 10;
    }
    string head = "";
    if (carry > 0) head.push_back(carry + '0');
    return head + out;
}
"""

TIMES_DIGIT = """
string times_digit(string number, int d) {
    string out = "";
    int carry = 0;
    for (int i = number.size() - 1; i >= 0; i--) {
        int p = (number[i] - '0') * (d % 10) + carry;
        out += (char) (p % 10 + '0');
        carry = p / 10;
    }
    while (carry > 0) {
        out += (char) (carry % 10 + '0');
        carry /= 10;
    }
    return out;
}
"""

CAESAR = """
string caesar(string text, int k) {
    string out = "";
    for (int i = 0; i < text.size(); i++) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') c = (c - 'a' + k % 26 + 26) % 26 + 'a';
        out += c;
    }
    return out;
}
"""

UPPER = """
string upper(string text) {
    string out = "";
    for (char c : text) {
        if (c >= 'a' && c <= 'z') out += (char) (c - 'a' + 'A');
        else out += c;
    }
    return out;
}
"""

UNBOUNDED_SHIFT = """
string shifted(string text, int k) {
    string out = "";
    for (int i = 0; i < text.size(); i++) out += (char) (text[i] + k);
    return out;
}
"""

GROWING_CHAR = """
string letters(int n) {
    string out = "";
    char c = 'a';
    for (int i = 0; i < n; i++) {
        out += c;
        c = c + 1;
    }
    return out;
}
"""


def _function(code: str, source: str = "cpp") -> ir.Function:
    return SOURCES[source].parse(Request(code, source, "python")).module.functions[0]


@pytest.mark.parametrize(
    "code",
    [BINARY_SUM, SAME_LENGTH_SUM, TIMES_DIGIT, CAESAR, UPPER],
    ids=["binary", "sum", "times", "caesar", "upper"],
)
@pytest.mark.parametrize("target", ["java", "python"])
def test_chars_proven_in_range_translate(code: str, target: str) -> None:
    translate(code, source="cpp", target=target)


@pytest.mark.parametrize("code", [UNBOUNDED_SHIFT, GROWING_CHAR], ids=["c-plus-k", "c-plus-one-in-a-loop"])
@pytest.mark.parametrize("target", ["java", "python"])
def test_chars_that_may_wrap_stay_refused(code: str, target: str) -> None:
    with pytest.raises(UnsupportedConstruct, match=r"char computed from a value that may leave -128\.\.127"):
        translate(code, source="cpp", target=target)


def test_a_carry_only_divided_stays_small_across_the_loop() -> None:
    function = _function(SAME_LENGTH_SUM)
    ranges = Ranges(function, lambda _: True, CPP.char_range)
    digits = [  # s % 10 + '0' and carry + '0'
        ranges.exact(node)
        for node in ir.walk(function)
        if isinstance(node, ir.Binary)
        and isinstance(node.right, ir.CharLiteral)
        and node.op == ir.BinaryOp.ADD
    ]
    assert len(digits) == 2 and all(value.within(Interval(-128, 127)) for value in digits), digits
    carry = next(
        n
        for n in ir.walk(function)
        if isinstance(n, ir.AssignExpr) and n.target == ir.Name("carry", type=n.type)
    )
    assert ranges.exact(carry).within(Interval(-128, 127)), ranges.exact(carry)  # a threshold, not 2**31


def test_translations_print_what_the_sources_print() -> None:
    cases = [
        ("add_binary", BINARY_SUM, ['"1011", "111"', '"0", "0"', '"1111111", "1"']),
        ("add_same_length", SAME_LENGTH_SUM, ['"9999", "9999"', '"123", "877"', '"05", "04"']),
        ("times_digit", TIMES_DIGIT, ['"987654321", 9', '"5", 2', '"123", 17']),
        ("caesar", CAESAR, ['"hello, world", 3', '"xyz", -2147483647', '"abc", 2147483647']),
        ("upper", UPPER, ['"Mixed Case 42"']),
    ]
    sources = "".join(code for _, code, _ in cases)
    calls = "".join(
        f'    cout << {name}({args}) << "\\n";\n' for name, _, arguments in cases for args in arguments
    )
    cpp = f"#include <bits/stdc++.h>\nusing namespace std;\n{sources}\nint main() {{\n{calls}}}\n"
    java_body = translate(sources, source="cpp", target="java")
    java_calls = "".join(
        f"        System.out.println({name}({args}));\n" for name, _, arguments in cases for args in arguments
    )
    java = (
        java_body.rstrip().rstrip("}")
        + f"    public static void main(String[] args) {{\n{java_calls}    }}\n}}\n"
    )
    python = (
        translate(sources, source="cpp", target="python")
        + "\n"
        + "".join(f"print({name}({args}))\n" for name, _, arguments in cases for args in arguments)
    )
    [want] = run_programs("cpp", [cpp])
    [got_java] = run_programs("java", [java])
    [got_python] = run_programs("python", [python])
    assert want.status == "ok", want
    for got in (got_java, got_python):
        assert got.status == "ok", got
        assert got.stdout.split("\n") == want.stdout.split("\n")


# -- array elements ------------------------------------------------------------------------------
TABLE = """
static int paths(int n) {
    int[] ways = new int[n + 1];
    ways[0] = 1;
    for (int i = 1; i <= n; i++) {
        ways[i] = ways[i - 1];
        if (i >= 2) ways[i] = (ways[i] + ways[i - 2]) % 1000;
    }
    return ways[n] * 1000 + ways[n / 2];
}
"""

ESCAPING = """
static int total(int n) {
    int[] a = new int[4];
    int[] b = a;
    b[0] = n;
    a[1] = 3;
    int[] c = new int[2];
    helper(c);
    return a[0] + a[1] + c[0] + c[0];
}
static void helper(int[] c) { c[0] = 2000000000; }
"""


def test_a_table_of_residues_has_bounded_elements() -> None:
    function = _function(TABLE, "java")
    ranges = Ranges(function, lambda _: True, JAVA.char_range)
    result = next(node for node in ir.walk(function) if isinstance(node, ir.Return))
    assert result.value is not None
    assert ranges.exact(result.value) == Interval(0, 999 * 1000 + 999)  # no wrap-around in Java -> Python
    python = translate(TABLE, source="java", target="python")
    assert "int32" not in python, python


def test_aliased_or_passed_arrays_are_not_followed() -> None:
    function = _function(ESCAPING, "java")
    assert set(followed_arrays(function, frozenset())) == set()  # b = a aliases a; c is passed
    python = translate(ESCAPING, source="java", target="python")
    assert "int32(" in python, python  # c[0] + c[0] may wrap: 2000000000 is stored by the callee
    java = (
        "public class Main {\n"
        + ESCAPING
        + ("    public static void main(String[] args) { System.out.println(total(5)); }\n}\n")
    )
    [want] = run_programs("java", [java])
    [got] = run_programs("python", [python + "\nprint(total(5))\n"])
    assert want.status == got.status == "ok" and got.stdout.split() == want.stdout.split(), (want, got)
