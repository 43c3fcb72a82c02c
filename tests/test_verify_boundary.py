"""Verification that looks for trouble: boundary inputs, any parameter type, instance and private
methods, results printed by value, and reports naming the boundary inputs a candidate fails.

Candidates here are hand-written (not the rule engine's), so each test pins what verification
itself must notice. Real compilers and interpreters run everything, in the sandbox.
"""

from __future__ import annotations

import time

from transcoder.languages import get_language
from transcoder.verify import inputs, testgen
from transcoder.verify.selection import verify_translation
from transcoder.verify.values import ValueType


def _interface(language: str, code: str, name: str | None = None) -> testgen.Interface:
    functions = get_language(language).extract_functions(code)
    function = next(f for f in functions if name is None or f.name == name)
    return testgen.interface_of(function, functions)


# -- what the inputs hold ------------------------------------------------------------------------
def test_integer_boundaries_follow_each_type_width_and_signedness() -> None:
    cpp = "long f(int a, uint32_t b, int64_t c, size_t d, int8_t e, unsigned short g) { return 0; }\n"
    interface = _interface("cpp", cpp)
    assert [str(p.type) for p in interface.parameters] == [
        "int",
        "uint32",
        "long",
        "uint64",
        "int8",
        "uint16",
    ]
    values = [set() for _ in interface.parameters]
    for generated in inputs.boundary_inputs(interface, limit=200):
        for index, value in enumerate(generated.values):
            values[index].add(value)
    assert {0, -1, 2**31 - 1, -(2**31), 46341, 2**30} <= values[0]  # 46341² and 2·2^30 overflow
    assert {0, 2**32 - 1, 2**31} <= values[1] and min(values[1]) == 0
    assert {2**63 - 1, -(2**63), 2**31, 2**32} <= values[2]
    assert {2**64 - 1, 2**63} <= values[3] and min(values[3]) == 0
    assert {-128, 127} <= values[4] and max(values[4]) == 127
    assert {0, 65535} <= values[5]


def test_boundary_containers_strings_and_lengths() -> None:
    java = (
        "static int f(int[] a, int n, String s, List<List<Integer>> grid, Map<String, Long> m) { return 0; }"
    )
    interface = _interface("java", java)
    generated = inputs.boundary_inputs(interface, limit=200)
    labels = " | ".join(g.boundary for g in generated)
    arrays = [g.values[0] for g in generated]
    assert [] in arrays and any(len(a) == 1 for a in arrays)  # type: ignore[arg-type]
    # A length shorter than its array: a translation using a.length instead of n differs there.
    # Java checks its arrays, so a longer or negative one is tried too (the source may throw).
    assert any(g.values[1] < len(g.values[0]) for g in generated)  # type: ignore[arg-type,operator]
    assert any(g.values[1] > len(g.values[0]) for g in generated)  # type: ignore[arg-type,operator]
    strings = {g.values[2] for g in generated}
    assert {"", "a", "  a  b  "} <= strings
    grids = [g.values[3] for g in generated]
    assert [] in grids and [[]] in grids and any(len(x) == 3 and len(x[0]) == 3 for x in grids)  # type: ignore[arg-type,index]
    assert {} in [g.values[4] for g in generated]
    assert "one entry" in labels and "empty" in labels and "shorter than its array" in labels


def test_a_raw_cpp_array_is_never_empty_but_its_length_may_be_zero() -> None:
    interface = _interface("cpp", "int f(int arr[], int n) { return arr[0]; }\n")
    generated = inputs.boundary_inputs(interface, limit=200)
    assert all(len(g.values[0]) >= 1 for g in generated)  # type: ignore[arg-type]
    assert any(g.values[1] == 0 for g in generated)
    assert all(0 <= g.values[1] <= len(g.values[0]) for g in generated)  # type: ignore[arg-type,operator]
    vector = _interface("cpp", "int f(vector<int>& v) { return v.size(); }\n")
    assert [] in [g.values[0] for g in inputs.boundary_inputs(vector)]


def test_the_independent_set_is_drawn_otherwise() -> None:
    interface = _interface("python", "def f(x: int, s: str, a: list[int]) -> int:\n    return 0\n")
    first = testgen.generate_inputs(interface, 200, seed=1)
    second = inputs.independent_inputs(interface, 200, seed=1)
    assert not set(map(repr, first)) & set(map(repr, second))
    assert min(x for x, _, _ in second) < 0 <= min(x for x, _, _ in first)  # type: ignore[type-var]
    assert max(abs(x) for x, _, _ in second) > 10**6  # type: ignore[arg-type]
    assert "" in {s for _, s, _ in second} and [] in [a for _, _, a in second]


def test_special_values_of_every_scalar_kind() -> None:
    assert (0.5, "rounds to even") in inputs.special_values(ValueType("float"))
    assert {v for v, _ in inputs.special_values(ValueType("bool"))} == {False, True}
    assert " " in {v for v, _ in inputs.special_values(ValueType("char"))}


# -- what verification finds ---------------------------------------------------------------------
def test_java_wraparound_is_checked_at_the_int_boundary() -> None:
    java = "static int mix(int x) {\n    return x * 31 + 7;\n}\n"
    unbounded = "def mix(x):\n    return x * 31 + 7\n"
    wrapping = "def mix(x):\n    return ((x * 31 + 7 + 2**31) % 2**32) - 2**31\n"
    verification = verify_translation("java", java, "python", [unbounded, wrapping], tests=10)
    assert verification.chosen == 1, verification.summary()
    failed = verification.checks[0].boundary_failures
    assert any("int32 max" in line for line in failed), failed
    # On the random inputs alone the unbounded one looks right: that is what issue 12 reported.
    random_only = verify_translation("java", java, "python", [unbounded], tests=10, boundary=False)
    assert random_only.chosen == 0
    assert "boundary inputs:" in verification.summary()


def test_a_length_read_from_the_array_is_caught() -> None:
    cpp = (
        "int total(int arr[], int n) {\n    int sum = 0;\n"
        "    for (int i = 0; i < n; i++) sum += arr[i] % 7;\n    return sum;\n}\n"
    )
    whole_array = (
        "static int total(int[] arr, int n) {\n    int sum = 0;\n"
        "    for (int i = 0; i < arr.length; i++) sum += arr[i] % 7;\n    return sum;\n}\n"
    )
    verification = verify_translation("cpp", cpp, "java", [whole_array], tests=10)
    assert verification.chosen is None
    assert any("shorter than its array" in line for line in verification.checks[0].boundary_failures)


def test_a_slice_longer_than_its_string_is_caught() -> None:
    python = "def head(s: str, n: int) -> str:\n    return s[:n]\n"
    throwing = "static String head(String s, int n) {\n    return s.substring(0, n);\n}\n"
    clamping = "static String head(String s, int n) {\n    return s.substring(0, Math.max(0, Math.min(n, s.length())));\n}\n"
    verification = verify_translation("python", python, "java", [throwing, clamping], tests=5)
    # Negative n counts from the end in Python: neither candidate is right there.
    assert verification.chosen is None
    throwing_check, clamping_check = verification.checks
    assert any("raised StringIndexOutOfBoundsException" in line or "nothing" in line
               for line in throwing_check.boundary_failures)  # fmt: skip
    assert any("n=-1" in line for line in clamping_check.boundary_failures)
    assert clamping_check.passed > throwing_check.passed


def test_unsigned_results_must_keep_their_value() -> None:
    cpp = "uint32_t twice(uint32_t x) {\n    return x * 2u;\n}\n"
    signed = "static int twice(int x) {\n    return x * 2;\n}\n"
    widened = "static long twice(long x) {\n    return (x * 2) & 0xFFFFFFFFL;\n}\n"
    verification = verify_translation("cpp", cpp, "java", [signed, widened], tests=10)
    assert verification.chosen == 1, verification.summary()
    assert any("uint32 max" in line or "top bit" in line for line in verification.checks[0].boundary_failures)


def test_private_and_instance_methods_are_called_and_byte_arrays_print_their_elements() -> None:
    java = (
        "public class Counter {\n    private int base = 10;\n"
        "    private int add(int x) { return base + x % 100; }\n"
        "    private static byte[] bump(byte[] b) {\n"
        "        byte[] out = new byte[b.length];\n"
        "        for (int i = 0; i < b.length; i++) out[i] = (byte) (b[i] + 1);\n        return out;\n    }\n}\n"
    )
    python = (
        "class Counter:\n    def __init__(self):\n        self.base = 10\n\n"
        "    def add(self, x):\n        return self.base + int(x - 100 * int(x / 100))\n\n"
        "    @staticmethod\n    def bump(b):\n        return [((v + 1 + 128) % 256) - 128 for v in b]\n"
    )
    verification = verify_translation("java", java, "python", [python], tests=8)
    assert verification.functions == ["add", "bump"]
    assert verification.chosen == 0, verification.summary()
    bumped = {test.expected for test in verification.tests if test.function == "bump"}
    assert "[-128]" in bumped or "[-128,0]" in bumped or any("-128" in text for text in bumped)
    assert all(text.startswith("[") for text in bumped)  # elements, not [B@1b6d3586


def test_maps_and_sets_compare_by_value_whatever_their_order() -> None:
    python = (
        "def tally(words: list[str]) -> dict[str, int]:\n    counts = {}\n"
        "    for w in words:\n        counts[w] = counts.get(w, 0) + 1\n    return counts\n"
    )
    java = (
        "static Map<String, Integer> tally(List<String> words) {\n"
        "    Map<String, Integer> counts = new HashMap<>();\n"
        "    for (String w : words) counts.merge(w, 1, Integer::sum);\n    return counts;\n}\n"
    )
    cpp = (
        "unordered_map<string, int> tally(vector<string> words) {\n    unordered_map<string, int> counts;\n"
        "    for (auto& w : words) counts[w]++;\n    return counts;\n}\n"
    )
    assert verify_translation("python", python, "java", [java], tests=10).chosen == 0
    verification = verify_translation("python", python, "cpp", [cpp], tests=10)
    assert verification.chosen == 0, verification.summary()
    assert any(test.expected.startswith("{") and "," in test.expected for test in verification.tests)


def test_a_call_that_never_returns_costs_only_its_time_limit() -> None:
    cpp = "int halve(int n) {\n    int steps = 0;\n    while (n > 1) { n /= 2; steps++; }\n    return steps;\n}\n"
    stuck_on_negatives = (
        "def halve(n):\n    steps = 0\n    while n != 1 and n != 0:\n"
        "        n = int(n / 2) if n > 0 else n\n        steps += 1\n    return steps\n"
    )
    started = time.monotonic()
    verification = verify_translation("cpp", cpp, "python", [stuck_on_negatives], tests=10)
    check = verification.checks[0]
    assert check.status == "timeout"  # its first failing call ran out of time
    assert "nothing (timeout)" in check.first_failure
    assert time.monotonic() - started < 60
    assert check.passed > 0  # the calls before and after the stuck one still count


def test_inputs_a_java_source_throws_on_are_dropped_without_losing_the_others() -> None:
    java = "static int pick(int[] a, int i) {\n    return a[i] * 2;\n}\n"
    candidate = "def pick(a, i):\n    return a[i] * 2\n"
    verification = verify_translation("java", java, "python", [candidate], tests=12)
    # i = -1 (Python would read from the end), i = 2147483647, an empty array, random i past the end.
    assert verification.dropped_inputs >= 3
    assert verification.chosen == 0, verification.summary()
    generated = len(testgen.test_inputs(_interface("java", java), 12))
    assert len(verification.tests) + verification.dropped_inputs == generated
    assert {"i=0", "i=1"} <= {test.boundary for test in verification.tests}
