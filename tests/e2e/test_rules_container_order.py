"""Iteration order of sets and maps, kept by the rule engine where the program observes it.

Java ``LinkedHashSet``/``LinkedHashMap`` iterate in insertion order: C++ gets small
``LinkedHashSet``/``LinkedHashMap`` helpers, Python a ``dict`` (a ``LinkedHashSet`` is a dict of
its elements). Sorted containers (Java ``TreeSet``/``TreeMap``, C++ ``set``/``map``) become
``set``/``map`` in C++, ``TreeSet``/``TreeMap`` in Java, and are sorted where Python reads them.
Each test compiles and runs the source and its translations and compares what they print.
(Java ``HashSet``/``HashMap`` order: tests/test_rules_java_hash_order.py.)
"""

from __future__ import annotations

import pytest

from transcoder.engines.rules import translate_module
from transcoder.errors import UnsupportedConstruct
from transcoder.verify.runners import run_program

CPP_HEAD = "#include <bits/stdc++.h>\nusing namespace std;\n\n"


def java_program(methods: str, main: str) -> str:
    return f"import java.util.*;\n\npublic class Main {{\n{methods}\n    public static void main(String[] args) {{\n{main}    }}\n}}\n"


def outputs(programs: dict[str, str]) -> dict[str, str]:
    """What each program (language -> source) prints; each must run to its end."""
    printed = {}
    for language, source in programs.items():
        result = run_program(language, source)
        assert result.status == "ok", (language, result.status, result.stderr[-2000:], source)
        printed[language] = result.stdout
    return printed


# Every method prints what it iterates; removals and re-insertions move keys in a linked container.
JAVA_METHODS = """
    static void linkedSet() {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        int[] values = {50, 3, -7, 16, 3, 0, 99, 1 << 20, 16, -1};
        for (int v : values) s.add(v);
        s.remove(16);
        s.remove(12345);
        s.add(16);
        s.add(50);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        List<Integer> copy = new ArrayList<>(s);
        System.out.println(copy.get(0) + " " + copy.get(copy.size() - 1) + " " + s.size());
        Set<String> words = new LinkedHashSet<>();
        for (String w : new String[] {"pear", "Aa", "BB", "apple", "pear", "", "fig"}) words.add(w);
        words.remove("Aa");
        words.add("Aa");
        for (String w : words) System.out.print("[" + w + "]");
        System.out.println();
        System.out.println(firstOf(words));
    }

    static String firstOf(Set<String> words) {
        for (String w : words) return w;
        return "none";
    }

    static void linkedMap() {
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>();
        m.put("pear", 1);
        m.put("apple", 2);
        m.put("fig", 3);
        m.put("Aa", 4);
        m.remove("pear");
        m.put("pear", 5);
        m.put("apple", 6);
        for (Map.Entry<String, Integer> e : m.entrySet()) System.out.print(e.getKey() + "=" + e.getValue() + " ");
        System.out.println();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        int[] values = {9, -4, 9, 100, 7, -4, 9, 33};
        for (int v : values) counts.put(v, counts.getOrDefault(v, 0) + 1);
        counts.remove(100);
        counts.put(100, 0);
        for (int k : counts.keySet()) System.out.print(k + " ");
        System.out.println();
        for (int c : counts.values()) System.out.print(c + " ");
        List<Integer> keys = new ArrayList<>(counts.keySet());
        System.out.println(keys.get(0) + " " + keys.get(keys.size() - 1));
    }

    static void sortedContainers() {
        TreeSet<Integer> s = new TreeSet<>();
        int[] values = {5, -3, 10, -20, 5, 0, Integer.MIN_VALUE};
        for (int v : values) s.add(v);
        s.remove(10);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
        List<Integer> copy = new ArrayList<>(s);
        System.out.println(copy.get(1) + " " + s.first() + " " + s.last());
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String w : new String[] {"pear", "Zed", "apple", "", "ab", "a"}) m.put(w, w.length());
        for (String k : m.keySet()) System.out.print("[" + k + "]");
        System.out.println();
        for (int v : m.values()) System.out.print(v + " ");
        List<Integer> lengths = new ArrayList<>(m.values());
        System.out.println(lengths.get(0) + " " + lengths.get(lengths.size() - 1));
        TreeMap<Integer, Integer> byKey = new TreeMap<>();
        for (int v : values) byKey.put(v, v % 7);
        for (Map.Entry<Integer, Integer> e : byKey.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
    }

    static LinkedHashSet<Integer> order = new LinkedHashSet<>();

    static Map<String, Integer> build(String[] words) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String w : words) m.put(w, m.getOrDefault(w, 0) + 1);
        return m;
    }

    static void copies() {
        // a linked map returned by a method, copies between linked, hash and sorted sets, a field
        String[] words = {"z", "b", "z", "a", "Aa", "BB"};
        Map<String, Integer> m = build(words);
        for (String k : m.keySet()) System.out.print(k + m.get(k) + " ");
        System.out.println();
        LinkedHashSet<Integer> l = new LinkedHashSet<>();
        for (int v : new int[] {30, -2, 17, 30, 4, 64}) l.add(v);
        HashSet<Integer> h = new HashSet<>(l);
        for (int x : h) System.out.print(x + " ");
        System.out.println();
        TreeSet<Integer> sorted = new TreeSet<>(l);
        HashSet<Integer> fromSorted = new HashSet<>(sorted);
        for (int x : fromSorted) System.out.print(x + " ");
        System.out.println();
        LinkedHashSet<Integer> back = new LinkedHashSet<>(sorted);
        for (int x : back) System.out.print(x + " ");
        System.out.println();
        for (int v : new int[] {8, 1, 8, -9}) order.add(v);
        order.remove(1);
        order.add(1);
        for (int x : order) System.out.print(x + " ");
        System.out.println();
        System.out.println((int) l.toArray()[0] + " " + (int) l.toArray()[l.size() - 1]);
        m.clear();
        m.put("q", 1);
        for (String k : m.keySet()) System.out.print(k);
        System.out.println();
    }
"""
JAVA_CALLS = ("linkedSet()", "linkedMap()", "sortedContainers()", "copies()")


def test_java_linked_and_sorted_containers_iterate_as_in_java() -> None:
    module = f"class Main {{\n{JAVA_METHODS}\n}}"
    cpp = translate_module(module, "java", "cpp")
    python = translate_module(module, "java", "python")
    assert "LinkedHashSet<int> s;" in cpp and "LinkedHashMap<string, int> m;" in cpp
    assert "set<int> s;" in cpp and "map<string, int> m;" in cpp
    assert "s = {}" in python and "s[v] = None" in python and "sorted(s)" in python
    printed = outputs(
        {
            "java": java_program(JAVA_METHODS, "".join(f"        {c};\n" for c in JAVA_CALLS)),
            "cpp": CPP_HEAD + cpp + "\nint main() {\n" + "".join(f"    {c};\n" for c in JAVA_CALLS) + "}\n",
            "python": python + "\n\n" + "".join(f"{c}\n" for c in JAVA_CALLS),
        }
    )
    assert printed["java"].count("\n") == 19, printed["java"]
    assert printed["java"].startswith("50 3 -7 0 99 1048576 -1 16 \n50 16 8\n[pear][BB][apple][][fig][Aa]\n")
    assert printed["cpp"] == printed["java"]
    assert printed["python"] == printed["java"]


CPP_FUNCTIONS = """
void sorted_sets() {
    set<int> s;
    int values[] = {5, -3, 10, -20, 5, 0, -2147483647};
    for (int v : values) s.insert(v);
    s.erase(10);
    for (int x : s) cout << x << " ";
    cout << endl;
    vector<int> v(s.begin(), s.end());
    cout << v[0] << " " << v[v.size() - 1] << " " << *s.begin() << " " << *s.rbegin() << endl;
    for (auto it = s.begin(); it != s.end(); ++it) cout << *it << ",";
    cout << endl;
    set<string> words;
    words.insert("pear");
    words.insert("Zed");
    words.insert("");
    words.insert("apple");
    words.insert("ab");
    for (string w : words) cout << "[" << w << "]";
    cout << endl;
}

void sorted_maps() {
    map<int, int> counts;
    int values[] = {9, -4, 9, 100, 7, -4, 9, -33};
    for (int v : values) counts[v]++;
    counts.erase(100);
    for (auto p : counts) cout << p.first << "=" << p.second << " ";
    cout << endl;
    for (auto it = counts.begin(); it != counts.end(); it++) cout << it->first << ":" << it->second << " ";
    cout << endl;
    vector<pair<int, int>> items(counts.begin(), counts.end());
    cout << items[0].first << " " << items[items.size() - 1].second << endl;
    map<string, int> lengths;
    lengths["pear"] = 4;
    lengths["Zed"] = 3;
    lengths["apple"] = 5;
    lengths[""] = 0;
    for (auto p : lengths) cout << "[" << p.first << "]" << p.second;
    cout << endl;
}

void sorted_pairs() {
    set<pair<int, int>> s;
    int values[] = {7, -2, 4, 7, -9, 12, 0};
    for (int v : values) s.insert(make_pair(v % 3, v));
    for (auto p : s) cout << p.first << "/" << p.second << " ";
    cout << endl;
    map<pair<int, int>, int> m;
    m[make_pair(1, 2)] = 3;
    m[make_pair(-1, 5)] = 4;
    m[make_pair(1, -2)] = 5;
    for (auto e : m) cout << e.first.first << "," << e.first.second << "=" << e.second << " ";
    cout << endl;
}
"""
CPP_CALLS = ("sorted_sets()", "sorted_maps()", "sorted_pairs()")


def test_cpp_set_and_map_iterate_in_sorted_order_in_java_and_python() -> None:
    java = translate_module(CPP_HEAD + CPP_FUNCTIONS, "cpp", "java")
    python = translate_module(CPP_HEAD + CPP_FUNCTIONS, "cpp", "python")
    assert "new TreeSet<>()" in java and "new TreeMap<>()" in java
    printed = outputs(
        {
            "cpp": CPP_HEAD
            + CPP_FUNCTIONS
            + "\nint main() {\n"
            + "".join(f"    {c};\n" for c in CPP_CALLS)
            + "}\n",
            "java": java_program(java, "".join(f"        {c};\n" for c in CPP_CALLS)),
            "python": python + "\n\n" + "".join(f"{c}\n" for c in CPP_CALLS),
        }
    )
    assert printed["cpp"].startswith("-2147483647 -20 -3 0 5 \n-2147483647 5 -2147483647 5\n"), printed["cpp"]
    assert printed["java"] == printed["cpp"]
    assert printed["python"] == printed["cpp"]


def test_unobserved_linked_containers_stay_plain() -> None:
    lookups = """
    static int distinct(int[] a, int n) {
        LinkedHashSet<Integer> seen = new LinkedHashSet<>();
        LinkedHashMap<Integer, Integer> last = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            seen.add(a[i]);
            last.put(a[i], i);
        }
        for (int k : last.keySet()) total += k;
        return seen.size() + total;
    }"""
    cpp = translate_module(lookups, "java", "cpp")
    python = translate_module(lookups, "java", "python")
    assert "unordered_set<int> seen;" in cpp and "unordered_map<int, int> last;" in cpp
    assert "Linked" not in cpp
    assert "seen = set()" in python and "seen.add(" in python


def test_orders_the_engine_cannot_keep_are_refused_with_their_line() -> None:
    mixed = """
    static int first(int[] a, int n) {
        Set<Integer> s = new LinkedHashSet<>();
        if (n > 3) s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add(a[i]);
        for (int x : s) return x;
        return -1;
    }"""
    for target in ("cpp", "python"):
        with pytest.raises(
            UnsupportedConstruct, match=r"line 6:\d+: .*different orders \(insertion, java_hash\)"
        ):
            translate_module(mixed, "java", target)
    # a TreeMap behind the Map interface iterates sorted; one parameter cannot take it and a HashMap
    tree_behind_interface = """
    static int firstKey() {
        Map<Integer, Integer> m = new TreeMap<>();
        m.put(50, 1);
        m.put(3, 1);
        for (int k : m.keySet()) return k;
        return -1;
    }"""
    assert "sorted(m)" in translate_module(tree_behind_interface, "java", "python")
    assert "map<int, int> m;" in translate_module(tree_behind_interface, "java", "cpp")
    # the value type's LinkedHashSet does not make the outer HashMap a linked one
    nested = """
    static int keys(int n) {
        HashMap<Integer, LinkedHashSet<Integer>> g = new HashMap<>();
        for (int i = 0; i < n; i++) g.put(i * 16, new LinkedHashSet<>());
        int first = -1;
        for (int k : g.keySet()) { first = k; break; }
        return first;
    }"""
    assert "JavaHashMap" in translate_module(nested, "java", "cpp")
    # only a copy of the mixed variable is observed: the error still says where
    copied = """
    static int copied(int n) {
        Set<Integer> s = new HashSet<>();
        if (n > 2) s = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) s.add(i * 37 % 100);
        HashSet<Integer> t = new HashSet<>(s);
        for (int x : t) return x;
        return -1;
    }"""
    with pytest.raises(UnsupportedConstruct, match=r"line 3:\d+: .*different orders"):
        translate_module(copied, "java", "cpp")
    descending = """
    static int largest() {
        TreeSet<Integer> s = new TreeSet<>(Collections.reverseOrder());
        s.add(4);
        for (int x : s) return x;
        return -1;
    }"""
    with pytest.raises(UnsupportedConstruct, match=r"line 3:\d+: .*TreeSet in reverse order"):
        translate_module(descending, "java", "cpp")


PYTHON_FUNCTION = """
from collections import Counter


def dict_order():
    counts = {}
    for x in [9, -4, 9, 100, 7, -4, 9, -33, 16]:
        counts[x] = counts.get(x, 0) + 1
    counts.pop(9)
    counts[9] = 5
    counts[7] = 0
    for k in counts:
        print(k, counts[k])
    words = {}
    for w in ["pear", "Zed", "apple", "", "Aa", "BB"]:
        words[w] = len(w)
    for w, n in words.items():
        print(w, n)
    total = 0
    for v in counts.values():
        total = total * 3 + v
    print(total)


def counted():
    # Counter keeps first occurrences in order; a dict of longs reads 0L defaults in Java
    seen = Counter([5, 3, 5, 12, -7, 3, 3, 8, 40, -7, 22])
    for k, v in seen.items():
        if v % 2 == 1:
            print(k)
            break
    squares = {}
    for x in [70000, -3, 70000, 12]:
        squares[x] = x * x
    out = 0
    for k in squares:
        out = out * 3 + squares[k]
    print(out)
"""


def test_python_dicts_iterate_in_insertion_order_in_cpp_and_java() -> None:
    cpp = translate_module(PYTHON_FUNCTION, "python", "cpp")
    java = translate_module(PYTHON_FUNCTION, "python", "java")
    assert "LinkedHashMap<int, int> counts;" in cpp and "new LinkedHashMap<>()" in java
    printed = outputs(
        {
            "python": PYTHON_FUNCTION + "\ndict_order()\ncounted()\n",
            "cpp": CPP_HEAD + cpp + "\nint main() {\n    dict_order();\n    counted();\n}\n",
            "java": java_program(java, "        dict_order();\n        counted();\n"),
        }
    )
    assert printed["python"].startswith("-4 2\n100 1\n7 0\n"), printed["python"]
    assert printed["python"].endswith("\n3\n44100000171\n"), printed["python"]
    assert printed["cpp"] == printed["python"]
    assert printed["java"] == printed["python"]
    # a dict only looked up stays a plain unordered_map / HashMap
    lookups = (
        "def f(arr, n):\n    seen = {}\n    for x in arr:\n        seen[x] = 1\n    return len(seen) + n\n"
    )
    assert "unordered_map<int, int> seen;" in translate_module(lookups, "python", "cpp")
    assert "new HashMap<>()" in translate_module(lookups, "python", "java")


def test_a_sorted_container_changed_in_its_own_loop_is_refused_for_python() -> None:
    grow = """
int grow(int n) {
    set<int> s;
    for (int i = 0; i < n; i++) s.insert(i);
    int total = 0;
    for (int x : s) {
        if (x < 3) s.insert(x + 10);
        total += x;
    }
    return total;
}"""
    with pytest.raises(UnsupportedConstruct, match=r"line 7:\d+: .*sorted set or map changed while a loop"):
        translate_module(grow, "cpp", "python")
    # storing into the key being visited changes no key: translated, and sorted
    twice = """
int twice(int n) {
    map<int, int> m;
    for (int i = -n; i < n; i++) m[i] = i;
    for (auto p : m) m[p.first] = p.second * 2;
    int total = 0;
    for (auto p : m) total = total * 3 + p.second;
    return total;
}"""
    assert "for p in sorted(m.items()):" in translate_module(twice, "cpp", "python")


def test_containers_are_shared_from_java_and_copied_from_cpp() -> None:
    """Java shares a container between two variables (`u = t; u.remove(x)` changes t); C++ copies
    it. Each translation must keep its source's rule."""
    java_methods = """
    static void shared() {
        HashSet<Integer> t = new HashSet<>();
        t.add(1);
        t.add(2);
        HashSet<Integer> u = t;
        u.remove(1);
        ArrayList<Integer> l = new ArrayList<>();
        ArrayList<Integer> m = l;
        m.add(5);
        m.add(6);
        System.out.println(t.size() + " " + l.size() + " " + (t.contains(1) ? 1 : 0));
    }
"""
    cpp_functions = """
void copied() {
    vector<int> a = {1, 2, 3};
    vector<int> b = a;
    b[0] = 7;
    set<int> s;
    s.insert(4);
    set<int> u = s;
    u.insert(9);
    vector<int> c;
    c = a;
    c.push_back(8);
    cout << a[0] << " " << b[0] << " " << s.size() << " " << u.size() << " " << a.size() << " " << c.size() << endl;
    map<int, int> m;
    m[1] = 2;
    map<int, int> n = m;
    n[3] = 4;
    unordered_map<int, int> h;
    h[5] = 6;
    unordered_map<int, int> g = h;
    g[7] = 8;
    cout << m.size() << " " << n.size() << " " << n[1] << " " << h.size() << " " << g.size() << " " << g[5] << endl;
}
"""
    java_cpp = translate_module(java_methods, "java", "cpp")
    assert "unordered_set<int>& u = t;" in java_cpp
    printed = outputs(
        {
            "java": java_program(java_methods, "        shared();\n"),
            "cpp": CPP_HEAD + java_cpp + "\nint main() {\n    shared();\n}\n",
            "python": translate_module(java_methods, "java", "python") + "\n\nshared()\n",
        }
    )
    assert printed["java"] == "1 2 0\n"
    assert printed["cpp"] == printed["java"] and printed["python"] == printed["java"]
    from_cpp = {
        "cpp": CPP_HEAD + cpp_functions + "\nint main() {\n    copied();\n}\n",
        "java": java_program(
            translate_module(CPP_HEAD + cpp_functions, "cpp", "java"), "        copied();\n"
        ),
        "python": translate_module(CPP_HEAD + cpp_functions, "cpp", "python") + "\n\ncopied()\n",
    }
    printed = outputs(from_cpp)
    assert printed["cpp"] == "1 7 1 2 3 4\n1 2 2 1 2 6\n"
    assert printed["java"] == printed["cpp"] and printed["python"] == printed["cpp"]


def test_a_container_iterated_straight_from_a_call_keeps_its_order() -> None:
    java_methods = """
    static HashSet<Integer> build() {
        HashSet<Integer> r = new HashSet<>();
        for (int i = 0; i < 10; i++) r.add(i * 37 % 100);
        return r;
    }

    static HashMap<Integer, Integer> counts() {
        HashMap<Integer, Integer> r = new HashMap<>();
        for (int i = 0; i < 10; i++) r.put(i * 37 % 100, i);
        return r;
    }

    static void straight() {
        for (int x : build()) System.out.print(x + " ");
        System.out.println();
        for (int k : counts().keySet()) System.out.print(k + " ");
        System.out.println();
    }
"""
    printed = outputs(
        {
            "java": java_program(java_methods, "        straight();\n"),
            "cpp": CPP_HEAD
            + translate_module(java_methods, "java", "cpp")
            + "\nint main() {\n    straight();\n}\n",
            "python": translate_module(java_methods, "java", "python") + "\n\nstraight()\n",
        }
    )
    assert printed["java"] == "0 48 96 33 37 85 22 74 11 59 \n" * 2
    assert printed["cpp"] == printed["java"] and printed["python"] == printed["java"]
