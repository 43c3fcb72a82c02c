"""Issue 13's coverage rows: a construct or library API of each source language, as small hand-written
functions (none from the benchmark). Each is translated into both other languages and compared with
its source on boundary and random inputs; docs/coverage.md is generated from their results
(``benchmarks/coverage_matrix.py``). Inputs that overflow are reduced (``% 1000``) where the row is
not about integer width, so that a cell says whether the row itself is translated faithfully.
"""

from __future__ import annotations

from soundness.case import Case, cpp, java, python

C = "construct"
L = "library"

PYTHON: list[Case] = [
    python("py_tuple_return", C, "tuples and multiple return values",
           "def min_max(values: list[int]) -> tuple[int, int]:\n    if not values:\n        return 0, 0\n"
           "    return min(values), max(values)\n"),
    python("py_tuple_unpacking", C, "tuple unpacking and swaps",
           "def swapped(a: int, b: int) -> int:\n    a, b = b % 1000, a % 1000\n    return a * 1000 + b\n"),
    python("py_try_except", C, "exceptions: try/except/finally, raise",
           "def safe_div(a: int, b: int) -> int:\n    try:\n        return (a % 1000) // (b % 7)\n"
           "    except ZeroDivisionError:\n        return -1\n"),
    python("py_raise", C, "exceptions: try/except/finally, raise",
           "def checked(x: int) -> int:\n    if x < 0:\n        raise ValueError('negative')\n    return x % 1000 * 2\n"),
    python("py_assert", C, "assert",
           "def halve(x: int) -> int:\n    assert x % 2 == 0, 'odd'\n    return x // 2\n"),
    python("py_fstring", C, "string formatting: f-strings",
           "def label(n: int) -> str:\n    return f'n={n % 1000:>5}|{n % 7}'\n"),
    python("py_percent_format", C, "string formatting: % and str.format",
           "def described(n: int, x: float) -> str:\n    return '%d items' % (n % 1000) + '{:.2f}'.format(x % 100)\n"),
    python("py_lambda", C, "lambdas and function values",
           "def twice(x: int) -> int:\n    f = lambda v: v * 2 + 1\n    return f(f(x % 1000))\n"),
    python("py_for_else", C, "for ... else, while ... else",
           "def smallest_divisor(n: int) -> int:\n    n = n % 1000\n    for d in range(2, n):\n"
           "        if n % d == 0:\n            break\n    else:\n        return n\n    return d\n"),
    python("py_while_else", C, "for ... else, while ... else",
           "def find_power(n: int) -> int:\n    p = 1\n    while p < n % 100000:\n        p *= 2\n        if p == 64:\n"
           "            break\n    else:\n        return -p\n    return p\n"),
    python("py_keyword_only", C, "default, keyword and keyword-only parameters, *args",
           "def power(x: int, *, exp: int = 2) -> int:\n    return x ** exp\n\n\n"
           "def cubed(x: int) -> int:\n    return power(x % 100, exp=3)\n"),
    python("py_star_args", C, "default, keyword and keyword-only parameters, *args",
           "def total(*values):\n    return sum(values)\n\n\n"
           "def sum3(a: int, b: int, c: int) -> int:\n    return total(a % 1000, b % 1000, c % 1000)\n"),
    python("py_comprehensions", C, "comprehensions and generator expressions",
           "def mixed(n: int) -> int:\n    squares = [i * i for i in range(n % 20)]\n"
           "    residues = {s % 3 for s in squares}\n    doubled = {i: i * 2 for i in range(3)}\n"
           "    return sum(squares) + len(residues) + sum(doubled.values()) + sum(i for i in range(5))\n"),
    python("py_nested_function", C, "nested functions",
           "def digit_sum(n: int) -> int:\n    def rec(m):\n        return 0 if m == 0 else m % 10 + rec(m // 10)\n"
           "    return rec(abs(n) % 100000)\n"),
    python("py_generator", C, "generators (yield)",
           "def evens(limit):\n    for i in range(limit):\n        if i % 2 == 0:\n            yield i\n\n\n"
           "def count_evens(n: int) -> int:\n    return sum(1 for _ in evens(n % 50))\n"),
    python("py_match", C, "switch on strings and enums (match)",
           "def kind(s: str) -> int:\n    match s:\n        case 'a':\n            return 1\n        case 'aaaa' | ' ':\n"
           "            return 2\n        case _:\n            return 0\n"),
    python("py_iterators", C, "iterators and iterator loops",
           "def first_two(values: list[int]) -> int:\n    it = iter(values)\n    x = next(it, 0)\n    y = next(it, 0)\n"
           "    return x % 1000 * 1000 + y % 1000\n"),
    python("py_builtins_numeric", L, "Python builtins: len, sum, min, max, abs, sorted, reversed",
           "def summary(values: list[int]) -> list[int]:\n    small = [abs(v) % 1000 for v in values]\n"
           "    return [len(small), sum(small), min(small, default=0), max(small, default=0)] + sorted(small)[:2]"
           " + list(reversed(small))[:2]\n"),
    python("py_builtins_iteration", L, "Python builtins: enumerate, zip, range, any, all, map, filter",
           "def weave(a: list[int], b: list[int]) -> int:\n    pairs = [x % 100 * i for i, (x, y) in enumerate(zip(a, b)) if y > 0]\n"
           "    odd = list(filter(lambda v: v % 2, map(lambda v: v % 100, a)))\n"
           "    return sum(pairs) + len(odd) + any(v > 5 for v in b) + all(v < 50 for v in a)\n"),
    python("py_builtins_conversions", L, "Python builtins: int, str, ord, chr, divmod, pow, bin",
           "def conversions(s: str, n: int) -> str:\n    q, r = divmod(n % 1000, 7)\n"
           "    return str(len(s)) + chr(ord('a') + r) + bin(q) + str(pow(3, q % 10, 11))\n"),
    python("py_str_methods", L, "Python str: split, join, strip, replace, find, startswith, upper, lower, count",
           "def tidy(s: str) -> str:\n    words = s.strip().split()\n"
           "    return '-'.join(w.upper() for w in words) + str(s.find('a')) + s.replace('a', 'b').lower()"
           " + str(s.startswith(' ')) + str(s.count('a'))\n"),
    python("py_str_predicates", L, "Python str: isdigit, isalpha, zfill, center, reversed slices",
           "def shape(s: str) -> str:\n    return str(s.isdigit()) + str(s.isalpha()) + s[::-1] + s[:3].zfill(5)\n"),
    python("py_list_methods", L, "Python list: append, pop, insert, index, sort, reverse, extend, count",
           "def shuffle(values: list[int]) -> list[int]:\n    out = [v % 100 for v in values]\n    out.append(7)\n"
           "    out.insert(0, out.pop())\n    out.extend([1, 2])\n    out.sort()\n    out.reverse()\n"
           "    return out + [out.index(7), out.count(1)]\n"),
    python("py_dict_methods", L, "Python dict: get, items, keys, values, setdefault, pop",
           "def histogram(s: str) -> list[int]:\n    counts: dict[str, int] = {}\n    for ch in s:\n"
           "        counts[ch] = counts.get(ch, 0) + 1\n    counts.setdefault('z', 0)\n    counts.pop('a', None)\n"
           "    return sorted(counts.values()) + [len(counts.keys())]\n"),
    python("py_set_methods", L, "Python set: add, union, intersection, difference, discard",
           "def overlap(a: list[int], b: list[int]) -> list[int]:\n    x, y = set(a), set(b)\n    x.add(1)\n    x.discard(2)\n"
           "    return [len(x | y), len(x & y), len(x - y)]\n"),
    python("py_collections", L, "collections: Counter, defaultdict, deque",
           "from collections import Counter, defaultdict, deque\n\n\ndef collect(s: str) -> list[int]:\n"
           "    counts = Counter(s)\n    groups = defaultdict(list)\n    for ch in s:\n        groups[ch].append(1)\n"
           "    queue = deque([1, 2])\n    queue.appendleft(0)\n    queue.popleft()\n"
           "    return [counts.most_common(1)[0][1] if s else 0, len(groups), len(queue)]\n"),
    python("py_heapq", L, "heapq",
           "import heapq\n\n\ndef smallest(values: list[int]) -> list[int]:\n    heap = []\n    for v in values:\n"
           "        heapq.heappush(heap, v % 1000)\n    first = heapq.heappop(heap) if heap else -1\n"
           "    return [first] + heapq.nsmallest(2, heap)\n"),
    python("py_bisect", L, "bisect",
           "import bisect\n\n\ndef place(values: list[int], x: int) -> int:\n    ordered = sorted(v % 1000 for v in values)\n"
           "    bisect.insort(ordered, x % 1000)\n    return bisect.bisect_left(ordered, x % 1000) * 100 + len(ordered)\n"),
    python("py_itertools", L, "itertools",
           "import itertools\n\n\ndef combos(values: list[int]) -> int:\n    small = [v % 10 for v in values[:5]]\n"
           "    return len(list(itertools.combinations(small, 2))) + sum(itertools.accumulate(small))\n"),
    python("py_functools", L, "functools",
           "from functools import reduce\n\n\ndef product(values: list[int]) -> int:\n"
           "    return reduce(lambda a, b: a * b % 1000003, [v % 1000 for v in values], 1)\n"),
    python("py_math", L, "math",
           "import math\n\n\ndef geometry(a: int, b: int) -> int:\n    a, b = abs(a) % 10000, abs(b) % 10000\n"
           "    return math.gcd(a, b) + math.isqrt(a) + math.floor(math.sqrt(b)) + math.ceil(a / 3)\n"),
]  # fmt: skip

JAVA: list[Case] = [
    java("java_array_pair", C, "tuples and multiple return values",
         "static int[] minMax(int[] a) {\n    if (a.length == 0) return new int[] {0, 0};\n    int lo = a[0], hi = a[0];\n"
         "    for (int v : a) { lo = Math.min(lo, v); hi = Math.max(hi, v); }\n    return new int[] {lo, hi};\n}\n"),
    java("java_try_catch_finally", C, "exceptions: try/catch/finally, throw",
         "static int withFinally(int x) {\n    int r;\n    try {\n        r = 100 / (x % 3);\n    } catch (ArithmeticException e) {\n"
         "        r = -1;\n    } finally {\n        x = 0;\n    }\n    return r + x;\n}\n"),
    java("java_throw", C, "exceptions: try/catch/finally, throw",
         "static int checkedHalf(int x) {\n    if (x % 2 != 0) throw new IllegalArgumentException(\"odd\");\n    return x / 2;\n}\n"),
    java("java_parse_or_default", C, "exceptions: try/catch/finally, throw",
         "static int parseOr(String s, int d) {\n    try {\n        return Integer.parseInt(s.trim());\n"
         "    } catch (NumberFormatException e) {\n        return d;\n    }\n}\n"),
    java("java_string_format", C, "string formatting: String.format",
         "static String describe(int n, double x) {\n    return String.format(\"%5d|%.2f|%s\", n % 1000, x, \"ok\");\n}\n"),
    java("java_lambda", C, "lambdas and function values",
         "static int applyBoth(int x) {\n    java.util.function.IntBinaryOperator add = (a, b) -> a + b;\n"
         "    java.util.function.Function<Integer, Integer> twice = v -> v * 2;\n    return twice.apply(add.applyAsInt(x % 1000, 1));\n}\n"),
    java("java_generic_method", C, "generics and simple templates",
         "static <T extends Comparable<T>> T maxOf(List<T> xs) {\n    T best = xs.get(0);\n"
         "    for (T x : xs) if (x.compareTo(best) > 0) best = x;\n    return best;\n}\n\n"
         "static int largest(List<Integer> xs) {\n    return xs.isEmpty() ? 0 : maxOf(xs);\n}\n"),
    java("java_generic_unbounded", C, "generics and simple templates",
         "static <T> T pick(List<T> xs, int i, T otherwise) {\n    return i >= 0 && i < xs.size() ? xs.get(i) : otherwise;\n}\n\n"
         "static int picked(List<Integer> xs, int i) {\n    return pick(xs, i % 10, -1);\n}\n"),
    java("java_iterator", C, "iterators and iterator loops",
         "static int dropNegatives(List<Integer> values) {\n    List<Integer> copy = new ArrayList<>(values);\n"
         "    Iterator<Integer> it = copy.iterator();\n    while (it.hasNext()) if (it.next() < 0) it.remove();\n"
         "    return copy.size();\n}\n"),
    java("java_switch_string", C, "switch on strings and enums",
         "static int kind(String s) {\n    switch (s) {\n        case \"a\": return 1;\n        case \"aaaa\":\n"
         "        case \" \": return 2;\n        default: return 0;\n    }\n}\n"),
    java("java_switch_enum", C, "switch on strings and enums",
         "enum Color { RED, GREEN, BLUE }\n\nstatic int weight(int i) {\n    Color c = Color.values()[Math.floorMod(i, 3)];\n"
         "    switch (c) {\n        case RED: return 1;\n        case GREEN: return 2;\n        default: return c.ordinal() * 10;\n    }\n}\n"),
    java("java_labelled_break", C, "labelled break and continue",
         "static int firstPair(int[] a, int t) {\n    int found = -1;\n    outer:\n    for (int i = 0; i < a.length; i++) {\n"
         "        for (int j = i + 1; j < a.length; j++) {\n            if (a[i] % 100 + a[j] % 100 == t % 100) {\n"
         "                found = i * 100 + j;\n                break outer;\n            }\n        }\n    }\n    return found;\n}\n"),
    java("java_varargs", C, "default, keyword and keyword-only parameters, *args",
         "static int sum(int... xs) {\n    int s = 0;\n    for (int x : xs) s += x % 1000;\n    return s;\n}\n\n"
         "static int sum3(int a, int b, int c) {\n    return sum(a, b, c);\n}\n"),
    java("java_nested_class", C, "nested functions",
         "static int viaHelper(int x) {\n    class Helper { int twice(int v) { return v * 2; } }\n    return new Helper().twice(x % 1000);\n}\n"),
    java("java_do_while", C, "do-while loops",
         "static int digits(int n) {\n    int c = 0;\n    n = Math.abs(n % 1000000);\n    do {\n        c++;\n        n /= 10;\n"
         "    } while (n > 0);\n    return c;\n}\n"),
    java("java_string_methods", L, "Java String: charAt, substring, indexOf, split, replace, trim, contains",
         "static String tidy(String s) {\n    String t = s.trim();\n    return t.replace('a', 'b') + s.indexOf('a') + s.contains(\" \")"
         " + (t.isEmpty() ? \"\" : t.substring(1)) + (s.isEmpty() ? '-' : s.charAt(0)) + s.split(\" \").length;\n}\n"),
    java("java_string_compare", L, "Java String: equals, compareTo, toUpperCase, toCharArray, repeat",
         "static int compare(String a, String b) {\n    char[] cs = a.toCharArray();\n    return Integer.signum(a.compareTo(b)) * 100"
         " + (a.equals(b) ? 10 : 0) + cs.length + a.toUpperCase().length() + \"ab\".repeat(2).length();\n}\n"),
    java("java_string_builder", L, "StringBuilder",
         "static String build(String s) {\n    StringBuilder sb = new StringBuilder(s);\n    sb.append('x').append(42);\n"
         "    sb.reverse();\n    sb.insert(0, \"<\");\n    if (sb.length() > 2) sb.deleteCharAt(1);\n    return sb.toString();\n}\n"),
    java("java_character", L, "Character",
         "static int classify(String s) {\n    int digits = 0, letters = 0, upper = 0;\n    for (char c : s.toCharArray()) {\n"
         "        if (Character.isDigit(c)) digits++;\n        if (Character.isLetter(c)) letters++;\n"
         "        if (Character.isUpperCase(Character.toUpperCase(c))) upper++;\n    }\n    return digits * 10000 + letters * 100 + upper;\n}\n"),
    java("java_integer_long_double", L, "Integer, Long, Double",
         "static String numbers(int x, long y) {\n    return Integer.bitCount(x) + \":\" + Integer.toBinaryString(x & 255) + \":\""
         " + Long.compare(y, 0) + \":\" + Integer.MAX_VALUE + \":\" + Double.compare(x, 0.5) + \":\" + Long.hashCode(y);\n}\n"),
    java("java_math", L, "Math",
         "static long maths(int a, int b) {\n    a %= 1000;\n    b %= 1000;\n    return Math.max(a, b) + Math.abs(a - b) + (long) Math.pow(2, Math.abs(b % 10))"
         " + (long) Math.sqrt(Math.abs(a)) + Math.floorDiv(a, 7) + Math.floorMod(b, 7);\n}\n"),
    java("java_arrays", L, "Arrays",
         "static int[] arrays(int[] a) {\n    int[] b = Arrays.copyOfRange(a, 0, Math.min(3, a.length));\n    Arrays.sort(b);\n"
         "    int[] c = new int[2];\n    Arrays.fill(c, 7);\n    return new int[] {b.length, Arrays.stream(b).map(v -> v % 100).sum(), c[1]};\n}\n"),
    java("java_collections", L, "Collections",
         "static List<Integer> ordered(List<Integer> a) {\n    List<Integer> b = new ArrayList<>(a);\n    Collections.sort(b);\n"
         "    Collections.reverse(b);\n    if (!b.isEmpty()) b.add(Collections.max(b));\n    b.add(Collections.frequency(a, 0));\n    return b;\n}\n"),
    java("java_list_map_set", L, "List, Map, Set",
         "static int counts(String s) {\n    Map<Character, Integer> m = new HashMap<>();\n    for (char c : s.toCharArray()) m.merge(c, 1, Integer::sum);\n"
         "    Set<Integer> distinct = new HashSet<>(m.values());\n    List<Integer> keys = new ArrayList<>();\n"
         "    for (char c : m.keySet()) keys.add((int) c);\n    return m.getOrDefault('a', 0) * 100 + distinct.size() * 10 + keys.size();\n}\n"),
    java("java_deque_priority_queue", L, "Deque, PriorityQueue",
         "static int queues(int[] a) {\n    Deque<Integer> d = new ArrayDeque<>();\n    PriorityQueue<Integer> pq = new PriorityQueue<>();\n"
         "    for (int v : a) { d.push(v % 100); pq.offer(v % 100); }\n    int top = d.isEmpty() ? 0 : d.pop();\n"
         "    int least = pq.isEmpty() ? 0 : pq.poll();\n    return top * 1000 + least;\n}\n"),
    java("java_tree_map", L, "TreeMap, TreeSet",
         "static int floorOf(int[] a, int x) {\n    TreeSet<Integer> s = new TreeSet<>();\n    for (int v : a) s.add(v);\n"
         "    Integer f = s.floor(x);\n    return f == null ? -1 : f;\n}\n"),
    java("java_optional", L, "Optional",
         "static int firstEven(List<Integer> a) {\n    Optional<Integer> found = a.stream().filter(v -> v % 2 == 0).findFirst();\n"
         "    return found.map(v -> v % 1000).orElse(-1);\n}\n"),
    java("java_streams", L, "streams: map, filter, sum, collect, mapToInt, boxed",
         "static List<Integer> evensSquared(int[] a) {\n    return Arrays.stream(a).map(v -> v % 100).filter(v -> v % 2 == 0)"
         ".map(v -> v * v).boxed().collect(Collectors.toList());\n}\n"),
    java("java_switch_rules", C, "switch rules (case X -> ...)",
         "static int rule(int n) {\n    int r = 0;\n    switch (n % 5) {\n        case 0, 1 -> r = n % 1000;\n"
         "        case 2 -> {\n            int k = n % 100;\n            r = k * 2;\n        }\n"
         "        default -> r = -1;\n    }\n    return r;\n}\n"),
    java("java_returned_lambda", C, "lambdas and function values",
         "static java.util.function.IntUnaryOperator adder(int k) {\n    return v -> v % 1000 + k % 1000;\n}\n\n"
         "static int addTwice(int x, int k) {\n    java.util.function.IntUnaryOperator f = adder(k);\n"
         "    return f.applyAsInt(f.applyAsInt(x));\n}\n"),
    java("java_jdk_exception_types", C, "exceptions: try/catch/finally, throw",
         "static int narrow(long v) {\n    if (v > 1000) throw new ClassCastException(\"big\");\n"
         "    if (v < -1000) throw new ArrayIndexOutOfBoundsException((int) (v % 100));\n    return (int) v;\n}\n"),
    java("java_string_regions", L, "Java String: lastIndexOf, regionMatches, replaceAll",
         "static String tail(String a, String b) {\n    int i = a.lastIndexOf('.', a.length() - 2) + 1;\n"
         "    boolean same = a.regionMatches(i, b, 0, 2);\n    return same + a.replaceAll(\"[^a-z]+\", \"_\");\n}\n"),
    java("java_objects_exact", L, "Math.toIntExact, Math.IEEEremainder, Objects.equals, CharSequence",
         "static int mixed(long v, String a, String b, CharSequence c) {\n"
         "    int r = Math.toIntExact(v % 1000000) + (int) Math.IEEEremainder(v % 1000, 7.0);\n"
         "    return r + (Objects.equals(a, b) ? 1 : 0) + (c.length() > 0 ? c.charAt(0) : 0);\n}\n"),
]  # fmt: skip

CPP: list[Case] = [
    cpp("cpp_pair_return", C, "tuples and multiple return values",
        "pair<int, int> min_max(vector<int> v) {\n    if (v.empty()) return {0, 0};\n"
        "    return {*min_element(v.begin(), v.end()), *max_element(v.begin(), v.end())};\n}\n"),
    cpp("cpp_structured_binding", C, "tuples and multiple return values",
        "tuple<int, int, int> parts(int x) {\n    x = abs(x % 100000);\n    return {x / 100, x / 10 % 10, x % 10};\n}\n\n"
        "int digit_sum(int x) {\n    auto [a, b, c] = parts(x);\n    return a + b + c;\n}\n"),
    cpp("cpp_try_catch", C, "exceptions: try/catch/finally, throw",
        "int parse_or(string s, int d) {\n    try {\n        return stoi(s);\n    } catch (const exception& e) {\n        return d;\n    }\n}\n"),
    cpp("cpp_throw", C, "exceptions: try/catch/finally, throw",
        "int checked_half(int x) {\n    if (x % 2 != 0) throw invalid_argument(\"odd\");\n    return x / 2;\n}\n"),
    cpp("cpp_snprintf", C, "string formatting: printf/snprintf",
        "string describe(int n, double x) {\n    char buf[64];\n    snprintf(buf, sizeof buf, \"%5d|%.2f\", n % 1000, x);\n    return buf;\n}\n"),
    cpp("cpp_iomanip", C, "string formatting: streams with setw/setprecision",
        "string fixed2(double x) {\n    ostringstream out;\n    out << fixed << setprecision(2) << setw(8) << x;\n    return out.str();\n}\n"),
    cpp("cpp_lambda", C, "lambdas and function values",
        "int apply_both(int x) {\n    auto add = [](int a, int b) { return a + b; };\n    function<int(int)> twice = [](int v) { return v * 2; };\n"
        "    return twice(add(x % 1000, 1));\n}\n"),
    cpp("cpp_template", C, "generics and simple templates",
        "template <typename T>\nT max_of(const vector<T>& v) {\n    T best = v[0];\n    for (const T& x : v) if (x > best) best = x;\n"
        "    return best;\n}\n\nint largest(vector<int> v) {\n    return v.empty() ? 0 : max_of(v);\n}\n"),
    cpp("cpp_iterator_loop", C, "iterators and iterator loops",
        "int drop_negatives(vector<int> v) {\n    for (auto it = v.begin(); it != v.end();) {\n        if (*it < 0) it = v.erase(it);\n"
        "        else ++it;\n    }\n    return v.size();\n}\n"),
    cpp("cpp_macros", C, "C preprocessor: macros",
        "#define rep(i, a, b) for (int i = (a); i < (b); i++)\n#define SQ(x) ((x) * (x))\n\n"
        "int sum_squares(vector<int> v) {\n    int s = 0;\n    rep(i, 0, (int) v.size()) s += SQ(v[i] % 100);\n    return s;\n}\n"),
    cpp("cpp_typedef", C, "typedef and using aliases",
        "typedef long long ll;\nusing vi = vector<int>;\n\nll total(vi v) {\n    ll s = 0;\n    for (int x : v) s += x;\n    return s;\n}\n"),
    cpp("cpp_switch", C, "switch statements",
        "int weight(int c) {\n    switch (((c % 4) + 4) % 4) {\n        case 0: return 1;\n        case 1:\n        case 2: return 2;\n"
        "        default: return 3;\n    }\n}\n"),
    cpp("cpp_goto_free_nested_break", C, "labelled break and continue",
        "int first_pair(vector<int> a, int t) {\n    int found = -1;\n    for (int i = 0; i < (int) a.size() && found < 0; i++)\n"
        "        for (int j = i + 1; j < (int) a.size(); j++)\n            if (a[i] % 100 + a[j] % 100 == t % 100) { found = i * 100 + j; break; }\n"
        "    return found;\n}\n"),
    cpp("cpp_reference_out", C, "reference parameters",
        "void bump_all(vector<int>& v) {\n    for (int& x : v) x = x % 1000 + 1;\n}\n"),
    cpp("cpp_string", L, "<string>: substr, find, size, +, to_string, stoi, erase, insert, replace",
        "string edit(string s) {\n    string t = s;\n    size_t p = t.find('a');\n    if (p != string::npos) t.replace(p, 1, \"A\");\n"
        "    t.insert(0, \"<\");\n    if (t.size() > 3) t.erase(1, 1);\n    return t + to_string((int) s.size()) + s.substr(0, 2);\n}\n"),
    cpp("cpp_vector", L, "<vector>: push_back, pop_back, back, insert, erase, resize",
        "vector<int> reshape(vector<int> v) {\n    v.push_back(7);\n    v.insert(v.begin(), v.back());\n    v.pop_back();\n"
        "    if (v.size() > 2) v.erase(v.begin() + 1);\n    v.resize(v.size() + 1, 9);\n    return v;\n}\n"),
    cpp("cpp_map", L, "<map>",
        "string ordered_counts(string s) {\n    map<char, int> m;\n    for (char c : s) m[c]++;\n    string out;\n"
        "    for (auto& [c, n] : m) out += c + to_string(n);\n    return out;\n}\n"),
    cpp("cpp_unordered_map", L, "<unordered_map>",
        "int most_common(vector<int> v) {\n    unordered_map<int, int> m;\n    int best = 0;\n"
        "    for (int x : v) best = max(best, ++m[x]);\n    return best * 100 + (int) m.size();\n}\n"),
    cpp("cpp_set", L, "<set>",
        "int distinct_above(vector<int> v, int t) {\n    set<int> s(v.begin(), v.end());\n    auto it = s.lower_bound(t);\n"
        "    return (int) s.size() * 1000 + (it == s.end() ? -1 : (int) distance(s.begin(), it));\n}\n"),
    cpp("cpp_multiset", L, "<multiset>",
        "int remove_one(vector<int> v, int x) {\n    multiset<int> s(v.begin(), v.end());\n    auto it = s.find(x);\n"
        "    if (it != s.end()) s.erase(it);\n    return (int) s.size() * 100 + (int) s.count(x);\n}\n"),
    cpp("cpp_algorithm", L, "<algorithm>",
        "vector<int> algorithms(vector<int> v) {\n    sort(v.begin(), v.end());\n    int c = count(v.begin(), v.end(), 0);\n"
        "    bool has = binary_search(v.begin(), v.end(), 5);\n    reverse(v.begin(), v.end());\n"
        "    v.erase(unique(v.begin(), v.end()), v.end());\n    v.push_back(c * 10 + has);\n    return v;\n}\n"),
    cpp("cpp_next_permutation", L, "<algorithm>: next_permutation, lower_bound",
        "int permutations(int n) {\n    vector<int> v;\n    for (int i = 0; i < ((n % 6) + 6) % 6; i++) v.push_back(i);\n"
        "    int c = 0;\n    do c++; while (next_permutation(v.begin(), v.end()));\n    return c;\n}\n"),
    cpp("cpp_numeric", L, "<numeric>",
        "long long numerics(vector<int> v) {\n    long long s = accumulate(v.begin(), v.end(), 0LL);\n"
        "    vector<int> idx(3);\n    iota(idx.begin(), idx.end(), 1);\n    return s + gcd(12, (int) v.size()) + idx[2];\n}\n"),
    cpp("cpp_cmath", L, "<cmath>",
        "double geometry(double a, double b) {\n    return sqrt(fabs(a)) + pow(2.0, fmod(fabs(b), 5.0)) + floor(a) + ceil(b) + hypot(3, 4);\n}\n"),
    cpp("cpp_climits", L, "<climits>",
        "int clamp_add(int a, int b) {\n    long long s = (long long) a + b;\n    if (s > INT_MAX) return INT_MAX;\n"
        "    if (s < INT_MIN) return INT_MIN;\n    return (int) s;\n}\n"),
    cpp("cpp_sstream", L, "<sstream>",
        "string csv_sum(string s) {\n    istringstream in(s);\n    string field;\n    int n = 0;\n    ostringstream out;\n"
        "    while (getline(in, field, ',')) n++;\n    out << n << \"/\" << s.size();\n    return out.str();\n}\n"),
]  # fmt: skip

CASES: list[Case] = PYTHON + JAVA + CPP
