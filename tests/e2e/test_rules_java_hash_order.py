"""Java's HashSet/HashMap iteration order, translated exactly to C++ and Python.

Where a Java program observes the order of a hash container (for-each, ``toArray()[i]``), the
rule engine keeps Java's bucket table in a small helper (``JavaHashSet``/``JavaHashMap``) so
that the translation visits the elements in Java's order; containers only used through
``add``/``contains``/``remove``/``get``/``put`` stay ``unordered_set``/``set``. Every test
compiles and runs the Java source and both translations and compares what they print.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcoder.engines.rules import translate_module
from transcoder.engines.rules.python import backend as backend_python
from transcoder.errors import UnsupportedConstruct
from transcoder.verify.runners import run_program

CPP_HEAD = "#include <bits/stdc++.h>\nusing namespace std;\n\n"


def java_program(methods: str, calls: Sequence[str]) -> str:
    body = "".join(f"        {call};\n" for call in calls)
    return f"import java.util.*;\n\npublic class Main {{\n{methods}\n    public static void main(String[] args) {{\n{body}    }}\n}}\n"


def run_all(methods: str, java_calls: Sequence[str], cpp_main: str, python_main: str) -> tuple[str, str, str]:
    """What the Java program and its C++ and Python translations print."""
    cpp = translate_module(f"class Main {{\n{methods}\n}}", "java", "cpp")
    python = translate_module(f"class Main {{\n{methods}\n}}", "java", "python")
    results = [
        run_program("java", java_program(methods, java_calls)),
        run_program("cpp", CPP_HEAD + cpp + "\nint main() {\n" + cpp_main + "}\n"),
        run_program("python", python + "\n\n" + python_main),
    ]
    for result, language in zip(results, ("java", "cpp", "python"), strict=True):
        assert result.status == "ok", (language, result.status, result.stderr[-2000:])
    return results[0].stdout, results[1].stdout, results[2].stdout


# -- hand-written programs ----------------------------------------------------------------------

# Each method builds its containers from literals and prints what it iterates: Java's order.
HAND_WRITTEN = """
    static void integers() {
        // 16, 32, 48 and 0 share bucket 0 at capacity 16; 13 elements force a resize to 32
        int[] values = {16, 32, 1, 48, 17, 100, 3, -5, 64, 80, 0, 15, 31, 7, 16, 32};
        HashSet<Integer> s = new HashSet<>();
        for (int v : values) s.add(v);
        s.remove(48);
        s.remove(999);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        System.out.println((int) s.toArray()[s.size() - 1]);
        System.out.printf("first %d of %d: 100%%%n", (int) s.toArray()[0], s.size());
    }

    static void strings() {
        // "Aa" and "BB" have the same String.hashCode
        String[] words = {"pear", "Aa", "BB", "apple", "", "fig", "kiwi", "AaAa", "BBBB", "AaBB", "z"};
        HashSet<String> s = new HashSet<>();
        for (String w : words) s.add(w);
        s.remove("fig");
        for (String w : s) System.out.print("[" + w + "]");
        System.out.println();
    }

    static void counts() {
        int[] values = {5, 21, 37, 5, 53, 21, 69, 85, 101, 117, 133, 149, 165, 181, 197, 5, -16, 1 << 16};
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int v : values) m.put(v, m.getOrDefault(v, 0) + 1);
        m.remove(53);
        for (int k : m.keySet()) System.out.print(k + " ");
        System.out.println();
        for (Map.Entry<Integer, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
        for (int v : m.values()) System.out.print(v + " ");
        System.out.println();
        // merge puts a new key at the head of its bucket ("be" and "or" share one), put at the tail
        String[] words = {"to", "be", "or", "not", "to", "be", "that", "is", "the", "question", "Aa", "BB"};
        HashMap<String, Integer> merged = new HashMap<>();
        for (String w : words) merged.merge(w, 1, Integer::sum);
        for (Map.Entry<String, Integer> e : merged.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
    }

    static int firstOdd() {
        // returns from inside the loop: the first key in Java's order with an odd count
        int[] values = {40, 8, 8, 24, 72, 72, 72, 56, 40, 24, 88};
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int v : values) {
            if (m.containsKey(v)) m.put(v, m.get(v) + 1);
            else m.put(v, 1);
        }
        for (Integer k : m.keySet()) {
            if (m.get(k) % 2 != 0) return k;
        }
        return -1;
    }

    static void sized() {
        // a capacity of 3 rounds up to 4; growth then doubles 4 -> 8 -> 16
        HashSet<Integer> s = new HashSet<>(3);
        for (int v = 20; v >= 0; v -= 3) s.add(v);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        s.clear();
        s.add(12);
        s.add(4);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }

    static void longsAndChars() {
        long[] big = {-1L, 4294967296L, 1L, -4294967296L, 1L << 40, 123456789012L, 7L};
        HashSet<Long> s = new HashSet<>();
        for (long v : big) s.add(v);
        for (long x : s) System.out.print(x + " ");
        System.out.println();
        HashSet<Character> letters = new HashSet<>();
        String text = "the quick brown fox";
        for (int i = 0; i < text.length(); i++) letters.add(text.charAt(i));
        for (char c : letters) System.out.print(c);
        System.out.println();
    }

    static int sumOnly() {
        // an order-free loop: the set stays a plain unordered_set / set
        int[] values = {9, 4, 4, 1};
        HashSet<Integer> s = new HashSet<>();
        for (int v : values) s.add(v);
        int total = 0;
        for (int x : s) {
            if (x > 1) total += x;
        }
        return total;
    }
"""
HAND_CALLS = ("integers()", "strings()", "counts()", "firstOdd()", "sized()", "longsAndChars()", "sumOnly()")
PRINTED = ("firstOdd()", "sumOnly()")  # methods that return their result


def test_hand_written_programs_print_what_java_prints() -> None:
    java_calls = [f"System.out.println({c})" if c in PRINTED else c for c in HAND_CALLS]
    cpp_main = "".join(f"    cout << {c} << endl;\n" if c in PRINTED else f"    {c};\n" for c in HAND_CALLS)
    python_main = "".join(f"print({c})\n" if c in PRINTED else f"{c}\n" for c in HAND_CALLS)
    java, cpp, python = run_all(HAND_WRITTEN, java_calls, cpp_main, python_main)
    assert java.count("\n") == 14, java
    assert cpp == java
    assert python == java


def test_only_containers_whose_order_is_observed_get_the_helper() -> None:
    cpp = translate_module(f"class Main {{\n{HAND_WRITTEN}\n}}", "java", "cpp")
    python = translate_module(f"class Main {{\n{HAND_WRITTEN}\n}}", "java", "python")
    sum_only_cpp = cpp[cpp.index("int sumOnly()") :]
    assert "unordered_set<int> s;" in sum_only_cpp and "JavaHashSet" not in sum_only_cpp
    sum_only_python = python[python.index("def sumOnly()") :]
    assert "s = set()" in sum_only_python
    assert "JavaHashSet<int> s(3);" in cpp and "JavaHashMap<int, int> m;" in cpp
    assert "s = JavaHashSet(capacity=3)" in python and "JavaHashSet(long_keys=True)" in python
    # a container used only through order-free operations keeps the idiomatic type
    lookups = """
    static int distinct(int[] a, int n) {
        HashSet<Integer> seen = new HashSet<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!seen.contains(a[i])) count++;
            seen.add(a[i]);
        }
        return count + seen.size();
    }"""
    assert "unordered_set<int> seen;" in translate_module(lookups, "java", "cpp")
    assert "seen = set()" in translate_module(lookups, "java", "python")


def test_a_treeified_bucket_stops_the_translation_with_an_error() -> None:
    # At capacity 64 (48 elements) a ninth key in one bucket makes Java keep the bucket as a tree,
    # whose iteration order the helpers do not model: the translations must stop, not guess.
    methods = """
    static void crowded() {
        HashSet<Integer> s = new HashSet<>(64);
        for (int i = 0; i < 9; i++) s.add(i * 64);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }"""
    cpp = translate_module(f"class Main {{\n{methods}\n}}", "java", "cpp")
    python = translate_module(f"class Main {{\n{methods}\n}}", "java", "python")
    java = run_program("java", java_program(methods, ["crowded()"]))
    assert java.status == "ok" and len(java.stdout.split()) == 9
    cpp_run = run_program("cpp", CPP_HEAD + cpp + "\nint main() {\n    crowded();\n}\n")
    python_run = run_program("python", python + "\n\ncrowded()\n")
    assert cpp_run.status == "runtime_error" and "not emulated" in cpp_run.stderr, cpp_run
    assert python_run.status == "runtime_error" and "not emulated" in python_run.stderr, python_run


def test_refusals_name_the_construct_and_its_line() -> None:
    view = """
    static int first(int[] a, int n) {
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(a[i], i);
        Set<Integer> keys = m.keySet();
        for (int k : keys) return k;
        return -1;
    }"""
    with pytest.raises(UnsupportedConstruct, match=r"line 5:.*keySet\(\)/values\(\) view"):
        translate_module(view, "java", "cpp")
    doubles = """
    static double first(double[] a, int n) {
        HashSet<Double> s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add(a[i]);
        for (double x : s) return x;
        return 0;
    }"""
    with pytest.raises(UnsupportedConstruct, match="hash container of float64"):
        translate_module(doubles, "java", "python")


def test_order_free_loops_keep_plain_containers() -> None:
    def cpp_of(loop_body: str) -> str:
        method = f"""
    static int f(int[] a, int n) {{
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(a[i], m.getOrDefault(a[i], 0) + 1);
        int res = Integer.MAX_VALUE, count = 0;
        boolean found = false;
        for (int k : m.keySet()) {{ {loop_body} }}
        return res + count + (found ? 1 : 0);
    }}"""
        return translate_module(method, "java", "cpp")

    for order_free in (
        "if (m.get(k) > 1) count += m.get(k);",
        "res = Math.min(res, k);",
        "if (k % 2 == 0) found = true; count++;",
        "int twice = 2 * k; if (twice > 4) continue; count ^= twice;",
    ):
        assert "unordered_map<int, int> m;" in cpp_of(order_free), order_free
    for ordered in (
        "if (m.get(k) > 1) return k;",
        "if (k > 3) break; count += k;",
        "count = count * 31 + k;",
        "res = Math.min(res, k); count += res;",
        "count += k; res = Math.min(res, k); System.out.println(k);",
    ):
        assert "JavaHashMap<int, int> m;" in cpp_of(ordered), ordered


# -- property: random insert/remove sequences ----------------------------------------------------

PROPERTY_METHODS = """
    static void ints(int[] ops, int[] vals, int n) {
        HashSet<Integer> s = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) s.add(vals[i]);
            else if (ops[i] == 1) s.remove(vals[i]);
            else s.clear();
        }
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }

    static void words(int capacity, int[] ops, String[] vals, int n) {
        HashSet<String> s = new HashSet<>(capacity);
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) s.add(vals[i]);
            else s.remove(vals[i]);
        }
        for (String x : s) System.out.print("[" + x + "]");
        System.out.println();
    }

    static void entries(int[] ops, long[] keys, int n) {
        HashMap<Long, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ops[i] == 0) m.put(keys[i], i);
            else if (ops[i] == 1) m.remove(keys[i]);
            else m.merge(keys[i], i, Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
    }
"""

# Values that collide often: multiples of 16 share bucket 0 at capacity 16, small negatives flip the
# high half of the hash, and a few large values exercise h ^ (h >>> 16).
INTS = st.one_of(
    st.integers(-40, 300),
    st.integers(-20, 20).map(lambda k: 16 * k),
    st.sampled_from([65536, 65537, 131072, -65536, 2**31 - 1, -(2**31), 1 << 20]),
)
LONGS = st.one_of(
    st.integers(-50, 50), st.integers(-(2**63), 2**63 - 1), st.integers(-3, 3).map(lambda k: k << 32)
)
WORDS = st.one_of(
    st.text(alphabet="ABab", max_size=4), st.sampled_from(["Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"])
)


def operations(values: st.SearchStrategy, kinds: int) -> st.SearchStrategy:
    return st.lists(st.tuples(st.integers(0, kinds - 1), values), min_size=1, max_size=70)


def java_literal(value: object, kind: str) -> str:
    if kind == "String":
        return '"' + str(value) + '"'
    if kind == "long":
        return f"{value}L" if value != -(2**63) else "Long.MIN_VALUE"
    return str(value) if value != -(2**31) else "Integer.MIN_VALUE"


def cpp_literal(value: object, kind: str) -> str:
    if kind == "String":
        return '"' + str(value) + '"'
    if kind == "long":
        return f"{value}LL" if value != -(2**63) else "LLONG_MIN"
    return str(value) if value != -(2**31) else "INT_MIN"


def python_emulation(kind: str, sequence: Sequence[tuple[int, object]], capacity: int = 16) -> bool:
    """Whether the Python helper runs ``sequence`` without reaching a treeified bucket (which
    stops the translated programs on purpose): only those sequences are compared with Java."""
    namespace: dict[str, object] = {}
    exec(  # the helper classes exactly as the back end emits them
        "from collections.abc import MutableMapping, MutableSet\n"
        + backend_python.HELPERS["java_hash_map"]
        + "\n"
        + backend_python.HELPERS["java_hash_set"],
        namespace,
    )
    container = namespace["JavaHashMap"](capacity, kind == "long")  # type: ignore[operator]
    try:
        for i, (op, value) in enumerate(sequence):
            if op == 0:
                container[value] = i
            elif op == 1:
                container.pop(value, None)
            elif kind == "long":
                container.merge(value, i)
            else:
                container.clear()
    except RuntimeError:
        return False
    return True


def compare_batch(batch: Sequence[tuple[str, int, Sequence[tuple[int, object]]]]) -> None:
    java_calls, cpp_lines, python_lines = [], [], []
    for number, (kind, capacity, sequence) in enumerate(batch):
        ops = [op for op, _ in sequence]
        values = [value for _, value in sequence]
        function = {"int": "ints", "String": "words", "long": "entries"}[kind]
        element = {"int": "int", "String": "String", "long": "long"}[kind]
        prefix = f"{capacity}, " if kind == "String" else ""
        java_values = ", ".join(java_literal(v, kind) for v in values)
        java_calls.append(
            f"{function}({prefix}new int[] {{{', '.join(map(str, ops))}}}, new {element}[] {{{java_values}}}, {len(ops)})"
        )
        cpp_element = {"int": "int", "String": "string", "long": "long long"}[kind]
        cpp_lines.append(f"    int ops{number}[] = {{{', '.join(map(str, ops))}}};")
        cpp_lines.append(
            f"    {cpp_element} vals{number}[] = {{{', '.join(cpp_literal(v, kind) for v in values)}}};"
        )
        cpp_lines.append(f"    {function}({prefix}ops{number}, vals{number}, {len(ops)});")
        python_lines.append(f"{function}({prefix}{ops!r}, {values!r}, {len(ops)})")
    java, cpp, python = run_all(
        PROPERTY_METHODS, java_calls, "\n".join(cpp_lines) + "\n", "\n".join(python_lines) + "\n"
    )
    assert java.count("\n") == len(batch)
    assert cpp == java
    assert python == java


def batches(size: int) -> st.SearchStrategy:
    one = st.one_of(
        st.tuples(st.just("int"), st.just(16), operations(INTS, 3)),
        st.tuples(st.just("String"), st.integers(0, 40), operations(WORDS, 2)),
        st.tuples(st.just("long"), st.just(16), operations(LONGS, 3)),
    )
    return st.lists(one, min_size=size, max_size=size)


def kept(batch: Sequence[tuple[str, int, Sequence[tuple[int, object]]]]) -> list:
    usable = [case for case in batch if python_emulation(case[0], case[2], case[1])]
    assert len(usable) >= len(batch) // 2, "too many generated sequences reach a treeified bucket"
    return usable


@settings(
    max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(batches(40))
def test_random_sequences_iterate_in_java_order(batch: list) -> None:
    compare_batch(kept(batch))


@pytest.mark.slow
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(batches(120))
def test_many_random_sequences_iterate_in_java_order(batch: list) -> None:
    compare_batch(kept(batch))


def test_helpers_are_emitted_once_and_only_when_needed() -> None:
    cpp = translate_module(f"class Main {{\n{PROPERTY_METHODS}\n}}", "java", "cpp")
    assert len(re.findall(r"class JavaHashTable\b", cpp)) == 1 and cpp.count("class JavaHashSet") == 1
    plain = translate_module("static int f(int n) { return n + 1; }", "java", "cpp")
    assert "JavaHash" not in plain
