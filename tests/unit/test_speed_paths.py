"""The shortcuts that make the rule engine cheaper (issue 10) give what the full work gives:
functions the wrap-around pass has nothing to do in, modules with no container whose order can
be observed, index narrowing, shared point intervals, and the query-based scans of the output's
C++ includes and of the source's comments (hand-written inputs; no compiler runs here)."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges
from transcoder.engines.rules.comments import collect
from transcoder.engines.rules.cpp.shell import includes
from transcoder.engines.rules.passes.container_order import container_order
from transcoder.engines.rules.passes.wraparound import CPP, JAVA, _plain_ints, wraparound
from transcoder.engines.rules.pipeline import SOURCES, Request


def parse(code: str, source: str) -> ir.Module:
    return SOURCES[source].parse(Request(code, source, "python")).module


def test_cpp_functions_with_only_int_and_no_cast_are_left_as_they_are() -> None:
    plain = parse(
        "int f(int a, int b) { int s = 0; for (int i = a; i < b; i++) s += i * i; return s; }", "cpp"
    )
    assert _plain_ints(plain.functions[0])
    assert wraparound(plain, CPP) is plain
    # each of these has something the pass may make explicit: it is not skipped, and it wraps
    for code, wrapped in (
        ("unsigned f(unsigned a) { return a * a + 1; }", True),
        ("int f(long long a) { int b = a; return b; }", True),
        ("int f(double d) { return (int) d; }", True),  # a cast: what x86 gives out of range (x86_int)
        ("long long f(int a) { return a; }", False),  # a wider result: fits, nothing to wrap
    ):
        module = parse(code, "cpp")
        assert not _plain_ints(module.functions[0]), code
        changed = wraparound(module, CPP) is not module
        assert changed == wrapped, code
    # Java's signed arithmetic wraps: never skipped
    java = parse("class A { static int f(int a) { return a * a; } }", "java")
    assert wraparound(java, JAVA) is not java


def test_modules_naming_no_unordered_container_keep_their_identity() -> None:
    module = parse(
        "class A { static int f(int[] a) { int s = 0; for (int x : a) s += x; return s; } }", "java"
    )
    assert container_order(module) is module
    observed = parse(
        "import java.util.*;\nclass A { static int f(int[] a) { Set<Integer> s = new HashSet<>();"
        " for (int x : a) s.add(x); int r = 0; for (int x : s) { r = r * 31 + x; } return r; } }",
        "java",
    )
    assert container_order(observed) is not observed  # its hash order is observed: kept


def test_index_narrowing_is_two_narrowings() -> None:
    function = parse(
        "class A { static int f(int[] a, int i) { return a[i + 1] + a[i - 2]; } }", "java"
    ).functions[0]
    ranges = Ranges(function, lambda _: True, JAVA.char_range)
    for shift in (0, 3, -5):
        for start in (Interval(None, None), Interval(-10, 10), Interval(5, 7), Interval(-9, -8)):
            position = (
                ir.Binary(ir.BinaryOp.ADD, ir.Name("i"), ir.IntLiteral(shift), type=ir.Name("i").type)
                if shift
                else ir.Name("i")
            )
            one = {"i": start}
            ranges.inside(position, one)
            two = {"i": start}
            zero, last = ir.IntLiteral(0), ir.IntLiteral(2**31 - 2)
            if ranges.narrow(position, ir.BinaryOp.GE, zero, two) is not None:
                ranges.narrow(position, ir.BinaryOp.LE, last, two)
            assert one == two, (shift, start)


def test_point_intervals_are_shared_values() -> None:
    assert iv.point(3) is iv.point(3)
    assert iv.point(3) == Interval(3, 3) and hash(iv.point(3)) == hash(Interval(3, 3))
    assert iv.point(2.5) == Interval(2.5, 2.5)
    assert iv.point(True) == Interval(1, 1)  # a bool is not cached as the int it equals
    assert type(iv.point(True).low) is bool


def test_includes_see_library_names_only_where_the_library_is_meant() -> None:
    code = (
        "int max(int a, int b) { return a > b ? a : b; }\n"  # the file's own max: no <algorithm>
        "long long g(vector<int>& v) { int count = 0; sort(v.begin(), v.end());"
        " return accumulate(v.begin(), v.end(), 0LL) + count + max(1, 2) + INT_MAX; }\n"
    )
    assert includes(code) == [
        "#include <algorithm>",
        "#include <climits>",
        "#include <numeric>",
        "#include <vector>",
    ]


def test_comments_are_collected_in_source_order_with_function_spans() -> None:
    code = (
        "// header\n"
        "\n"
        "/** what f does */\n"
        "int f(int a) {\n"
        "    int b = a; // trailing\n"
        "    /* inside */\n"
        "    return b;\n"
        "}\n"
        "int g() { return 1; }\n"
    )
    found = collect(code, "cpp")
    assert [c.text for c in found.header] == [("header",)]
    assert found.docs == {4: ("what f does",)}
    assert list(found.spans.items()) == [(4, 8), (9, 9)]
    assert [(c.line, c.trailing) for c in found.items] == [(5, True), (6, False)]


def test_java_used_classes_come_from_a_query_of_names_less_the_types_the_code_declares() -> None:
    from transcoder.engines.rules.java.shell import used_classes

    code = """class Box<T extends Comparable<T>> {
    List<T> items; // a Map in a comment
    String s = "Set";
    Box() { items = new ArrayList<>(); }
    static <K> int f(Deque<K> x) { return Math.max(Collections.max(List.of(1)), Integer.MAX_VALUE); }
    interface Shape {}
    enum Color { RED }
    record Point(int x) {}
}
"""
    # capitalised names used (a constant's too), not those of comments and strings, and not the
    # class, interface, enum, record and type parameters declared here (as the walk found them)
    expected = {"ArrayList", "Collections", "Comparable", "Deque", "Integer", "List", "MAX_VALUE", "Math", "RED", "String"}
    assert used_classes(code) == expected


def _full_and_shortcut(module: object, function: str, *args: object) -> tuple[object, object]:
    """``module.function(*args)`` with the words shortcut (cfamily/words.py), and with it off."""
    import pytest

    shortcut = getattr(module, function)(*args)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "may_name", lambda code, names: True)
        full = getattr(module, function)(*args)
    return shortcut, full


def test_shells_skip_the_parse_only_where_no_name_asked_about_is_a_word() -> None:
    from pathlib import Path

    from transcoder.engines.rules.cpp import shell as cpp_shell
    from transcoder.engines.rules.java import shell as java_shell

    cpp_texts = [
        "int f(int x) { return x + 1; }",
        '// sort the vector\nint f(int n) { const char* s = "max"; return n; }',  # names in comments/strings
        "int max(int a, int b) { return a > b ? a : b; }\nint g() { return max(1, 2); }",  # the file's own
        "long long f(vector<int> v) { sort(v.begin(), v.end()); return v[0]; }",
        "int f(int café) { return abs(café); }",  # not ASCII: parsed
        "unsigned long long f(size_t n) { return n; }",
    ]
    root = Path(__file__).resolve().parents[1] / "golden" / "expected"
    cpp_texts += [path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.cpp"))[:60]]
    for text in cpp_texts:
        shortcut, full = _full_and_shortcut(cpp_shell, "includes", text)
        assert shortcut == full, text
    java_texts = [
        "static int f(int x) { return x + 1; }",
        '// a List\nstatic String f() { return "Map"; }',
        "static int f(List<Integer> a) { return Collections.max(a); }",
        "class FGold {}\nstatic int f() { return 0; }",  # a class of the name declared, not used
        "static int f() { FGold g = null; return 0; }",  # used: the class takes another name
        "static int f(int $x) { Main m = null; return $x; }",  # a `$`: parsed
    ]
    java_texts += [path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.java"))[:60]]
    for text in java_texts:
        shortcut, full = _full_and_shortcut(java_shell, "imports", text)
        assert shortcut == full, text
        for wanted in (None, "FGold", "List", "Main"):
            shortcut, full = _full_and_shortcut(java_shell, "class_name", text, wanted, "f_gold")
            assert shortcut == full, (text, wanted)


_SOURCES = (
    (
        "int f(int a[], int n) { int s = 0; bool seen = false;\n"
        "  for (int i = 0; i < n; i++) { if ((a[i] > 0) < seen) s += max(a[i], -a[i]); seen = a[i] == 3; }\n"
        "  unsigned long long u = n; double d = u * 2.0; return s + (int) d; }",
        "cpp",
    ),
    ("static int f(int[] a) { int s = 0; for (int x : a) { s += x > 2 ? x : -x; } return s; }", "java"),
    ("def f(a, n):\n    best = max(n > 1, a[0] > 2)\n    return [x * 2 for x in a if x > n], best\n", "python"),
)


def _old_transform(node: ir.Node, function: object) -> ir.Node:
    """``ir.transform`` as it was before its plan of fields (every field but location and type)."""
    import dataclasses

    changes: dict[str, object] = {}
    for name in node.__dataclass_fields__:
        if name in ("location", "type"):
            continue
        value = getattr(node, name)
        if isinstance(value, ir.Node):
            new = _old_transform(value, function)
            if new is not value:
                changes[name] = new
        elif isinstance(value, tuple) and any(isinstance(item, ir.Node) for item in value):
            items = tuple(_old_transform(item, function) if isinstance(item, ir.Node) else item for item in value)
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changes[name] = items
    rebuilt = dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]
    return function(rebuilt)  # type: ignore[operator,no-any-return]


def test_transform_visits_and_rebuilds_as_before_and_walks_are_cached_copies() -> None:
    import dataclasses

    for code, source in _SOURCES:
        module = parse(code, source)
        for rewrite_names in (False, True):
            seen: list[list[ir.Node]] = [[], []]

            def record(node: ir.Node, log: list[ir.Node], rename: bool = rewrite_names) -> ir.Node:
                log.append(node)
                if rename and isinstance(node, ir.Name):
                    return dataclasses.replace(node, id=node.id + "_")
                return node

            new = ir.transform(module, lambda n, log=seen[0]: record(n, log))
            old = _old_transform(module, lambda n, log=seen[1]: record(n, log))
            assert new == old and seen[0] == seen[1]  # the same calls, in the same order
            assert (new is module) == (not rewrite_names)
        # a walk again is the same list, a fresh copy each time (a caller may change its own)
        first = ir.walk(module)
        first.clear()
        assert ir.walk(module) == ir._walk(module) and len(ir._walk(module)) > 10
        assert all(ir._WALKED[id(node)][0] is node for node in (module,))


def test_java_legalizing_skips_functions_without_what_it_rewrites() -> None:
    import pytest

    from transcoder.engines.rules.java import legalize

    for code, source in _SOURCES:
        for function in parse(code, source).functions:
            shortcut = (legalize.ordered_booleans(function), legalize.unsigned_to_floating(function))
            with pytest.MonkeyPatch.context() as patch:  # the full rewrite of every function
                patch.setattr(legalize, "_compares_or_folds_bools", lambda node: True)
                patch.setattr(legalize, "_may_convert", lambda node: True)
                full = (legalize.ordered_booleans(function), legalize.unsigned_to_floating(function))
            assert shortcut == full
    plain = parse("static int f(int a) { return a + 1; }", "java").functions[0]
    assert legalize.ordered_booleans(plain) is plain and legalize.unsigned_to_floating(plain) is plain


def test_cpp_predicates_and_callees_come_from_a_query() -> None:
    from transcoder.engines.rules.cfamily.frontend import descendants
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd, _captures

    code = (
        "int even(int n) { return n % 2 == 0; }\n"
        "int g(int n) { auto h = [](int x) { return x > 1; }; if (n) return (n < 3); return even(n) + h(n); }\n"
        "int k(int n) { return g(even(n)); }"
    )
    root = CppFrontEnd(code).tree.root_node
    returns = [node.id for node in descendants(root) if node.type == "return_statement"]
    callees = [
        node.id
        for node in descendants(root)
        if node.type == "identifier" and node.parent is not None and node.parent.type == "call_expression"
    ]
    assert sorted(node.id for node in _captures(root, "returns")) == sorted(returns) and len(returns) == 5
    assert sorted(node.id for node in _captures(root, "callees")) == sorted(callees) and len(callees) == 4


def test_source_locations_are_built_as_the_dataclass_builds_them() -> None:
    import dataclasses
    import pickle

    import pytest

    from transcoder.errors import SourceLocation

    # the front ends make one for almost every node they read: built through the slots
    plain, named, placed = SourceLocation(3, 4), SourceLocation(line=3, column=4), SourceLocation(1, 2, "x.cpp")
    assert plain == named and hash(plain) == hash(named) and plain.path is None
    assert (str(plain), str(placed), repr(placed)) == (
        "line 3:4",
        "x.cpp:1:2",
        "SourceLocation(line=1, column=2, path='x.cpp')",
    )
    assert dataclasses.replace(plain, column=9) == SourceLocation(3, 9)
    assert pickle.loads(pickle.dumps(placed)) == placed
    with pytest.raises(dataclasses.FrozenInstanceError):
        plain.line = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        SourceLocation(1)  # type: ignore[call-arg]
