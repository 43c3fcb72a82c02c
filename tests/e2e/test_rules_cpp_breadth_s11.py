"""C++ sources, session 11 (issue 13, breadth; issue 12, correct or refuse), each translation built
and run against its source in Java and Python on inputs that include the edge cases:

- ``p.first == q.first`` / ``!=`` of two pair members (``pair<int, long long>``, a ``vector`` of
  pairs) toward Java: ``getKey()``/``getValue()`` are Integer/Long objects, and ``==`` of two
  objects compared their identity (false for equal values beyond the -128..127 cache): one side is
  unboxed now (java/backend ``_boxed``), as for list elements;
- a ``#define`` with a comment after its value (``#define M 100 // max``, ``#define SQ(x) ((x) * (x))
  /* square */``, ``#define C 0.7071f // 1/sqrt(2)``): the comment was part of the value, pasted where
  the macro is used (``x % 100 // max + N`` commented out the rest of the line: a syntax error), or
  refused as "not a constant expression"; a define's comments are removed before expansion now
  (languages/cpp/preprocess ``without_define_comments``; literals such as ``"a//b"`` kept);
- ``static_cast<T>(x)`` (was refused: "call of template 'static_cast'"): where it compiles it
  converts as the C cast ``(T) x`` does, and is that cast (to an unsigned type, of a double to an
  int beyond its range as g++ computes it; to a char that may wrap: refused as the C cast is);
- ``string(n, c)``, ``std::string(s)``, ``string()`` as expressions (was "call of 'string'"; the
  declaration ``string s(n, c)`` was known);
- ``__builtin_clz``/``__builtin_ctz`` (``l``, ``ll``: 64 bits) of the argument converted to the
  builtin's unsigned parameter (``__builtin_clz(m | 1)`` of a long long reads its low 32 bits);
  Java's ``Integer.numberOfLeadingZeros`` of a C++ unsigned int (its bits in a long) takes
  ``(int) x``. g++ leaves 0 undefined: the inputs skip it;
- ``priority_queue<T, vector<T>, greater<T>>`` (smallest first) was refused ("type 'greater<int>'":
  the comparator was read as a value's type); a priority queue of pairs toward Java had no order
  (``PriorityQueue<SimpleEntry>``: ClassCastException at the second add), it compares first then
  second now, either way round; toward Python a largest-first queue of pairs, strings or chars (a
  heap of negated values) raised TypeError: refused with its place;
- ``C::size_type``, ``C::difference_type``, ``C::value_type`` of a container type (``vector<int>``,
  ``string``, an alias ``int_vector``): size_t, ptrdiff_t, the element type (was: type
  'int_vector::size_type', the real-code sample's init_vector);
- a container built from part of an array, ``vector<int> v(a + i, a + j)``, ``int_vector(a, a + n)``,
  ``vector<int>(a, a + n)`` as expressions (was: 'container built from part of a sequence',
  'arithmetic on a value of type array'): the elements ``a[i:j]``;
- ``sort(v.rbegin(), v.rend())`` / ``stable_sort`` (descending) and ``reverse(s.rbegin(), s.rend())``
  of a whole vector or string (was: method 'rbegin' on list);
- ``s.append(n, c)``: ``n`` copies of ``c`` (was: method 'append' on string; ``append(t)`` was known);
- ``string s(n, c)`` toward Python printed ``c * count`` without parentheses around the count:
  ``string s(a > b ? a % 5 : b % 5, 'x')`` became ``s = 'x' * trunc_mod(a, 5) if a > b else
  trunc_mod(b, 5)`` (an int where a > b is false), ``string(n % 4, c)`` ``c * n % 4`` (a %-format):
  the count is parenthesised now where it binds less than ``*`` (python/printing ``_str_repeat``).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, cpp, judge_all
from support import require_compilers

S11 = "issue 13 session 11 (C++ sources)"


def _only(case: Case, *targets: str) -> Case:
    return Case(case.name, case.category, case.row, case.language, case.code, targets)


CASES: list[Case] = [
    cpp("cpp_pair_members_compared", S11, "p.first == q.first, p.second != q.second of boxed pair members",
        "int f(int n, int m) {\n    vector<pair<int, long long>> v;\n    v.push_back(make_pair(n, (long long) m * 1000));\n"
        "    v.push_back(make_pair(n + 0, (long long) m * 1000));\n    pair<char, int> c = make_pair((char) (n % 20 + 100), m);\n"
        "    pair<char, int> d = make_pair((char) (n % 20 + 100), m + 0);\n    int r = 0;\n"
        "    if (v[0].second == v[1].second) r += 1;\n    if (v[0].first != v[1].first) r += 2;\n"
        "    if (c.first == d.first) r += 4;\n    if (c.second == d.second) r += 8;\n"
        "    return r + (int) (v[0].second % 7);\n}\n"),
    cpp("cpp_define_with_a_comment", S11, "#define NAME value // comment, function-like macro with /* comment */",
        "#define M 100 // the modulus\n#define N (1 << 4) /* sixteen */\n#define SQ(x) ((x) * (x)) /* square */\n"
        "#define C 0.70710678118654752440f    // 1.0f / sqrt(2.0f)\n#define S \"a//b\" // a text with slashes\n"
        "string f(int x, float y) {\n    float t = (2 - 4 * C) * y + C; // C twice on a line\n"
        "    return to_string(x % M + N + SQ(x % 1000)) + S + to_string((int) (t * 100));\n}\n"),
    cpp("cpp_static_cast", S11, "static_cast<T>(x) to long long, int, char, unsigned, double",
        "long long f(int n, double d) {\n    long long a = static_cast<long long>(n) * 3;\n"
        "    int b = static_cast<int>(d);\n    char c = static_cast<char>(n % 50 + 60);\n"
        "    unsigned int u = static_cast<unsigned int>(n) * 7u;\n"
        "    double q = static_cast<double>(n) / 4;\n"
        "    return a % 1000 + b + c + u % 1000 + static_cast<long long>(q * 10) + static_cast<int>('a');\n}\n"),
    cpp("cpp_string_constructor_calls", S11, "string(n, c), std::string(s), string() as expressions",
        "string f(int n, string s) {\n    string r = string(n % 5, 'x') + std::string(s) + string();\n"
        "    for (char c : s) r += string(1, c) + string(2, c);\n    return r + string(3, '-');\n}\n"),
    cpp("cpp_builtin_clz_ctz", S11, "__builtin_clz/ctz/clzl/ctzl/clzll/ctzll",
        "int f(int n, long long m) {\n    unsigned int x = n;\n    unsigned long long y = m;\n"
        "    if (x == 0 || y == 0) return -1;\n"
        "    return __builtin_clz(x) * 1000 + __builtin_ctz(n) * 100 + __builtin_clzll(y) * 10 + __builtin_ctzll(m)\n"
        "        + __builtin_clzl(m) + __builtin_ctzl(y) + __builtin_clz(m | 1);\n}\n"),
    cpp("cpp_smallest_first_priority_queues", S11, "priority_queue with greater<T> of ints, pairs and strings",
        "long long f(int n, string s) {\n    priority_queue<int, vector<int>, greater<int>> pq;\n"
        "    for (int i = 0; i < n % 9 + 3; i++) pq.push((i * 5 + n) % 7 - 3);\n    long long r = 0;\n"
        "    while (!pq.empty()) { r = r * 3 + pq.top(); pq.pop(); }\n"
        "    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> q;\n"
        "    for (int i = 0; i < (int) s.size(); i++) q.push(make_pair(s[i] % 5, i));\n"
        "    while (!q.empty()) { auto p = q.top(); q.pop(); r = (r * 7 + p.first * 2 + p.second) % 1000000007; }\n"
        "    priority_queue<string, vector<string>, greater<string>> w;\n    w.push(s); w.push(\"b\"); w.push(\"\");\n"
        "    return r + w.top().size();\n}\n"),
    cpp("cpp_largest_first_priority_queue_of_pairs", S11, "priority_queue<pair<int, int>> (largest first)",
        "int f(int n, int m) {\n    priority_queue<pair<int, int>> q;\n    q.push(make_pair(n, 1));\n"
        "    q.push(make_pair(2, m));\n    q.push(make_pair(n, m));\n    int r = q.top().first * 3 + q.top().second;\n"
        "    q.pop();\n    return r * 5 + q.top().second;\n}\n"),
    cpp("cpp_container_member_types_and_array_ranges", S11, "vector<int>::size_type, value_type; vector from a + i, a + j",
        "typedef std::vector<int> int_vector;\nlong long f(int n, int k, string w) {\n"
        "    int const data[] = { -4, -3, -2, -1, 0, 7, 9 };\n"
        "    int_vector::size_type const data_size = sizeof(data) / sizeof(data[0]);\n"
        "    int_vector all = int_vector(data, data + data_size);\n    int lo = (n % 7 + 7) % 7, hi = (k % 7 + 7) % 7;\n"
        "    if (lo > hi) { int t = lo; lo = hi; hi = t; }\n    vector<int> part(data + lo, data + hi);\n"
        "    vector<int> head = vector<int>(data, data + hi);\n    int_vector::value_type s = 0;\n"
        "    for (int x : part) s = s * 3 + x;\n    for (int x : head) s = s * 5 + x;\n"
        "    string::size_type at = w.find('a');\n    vector<long long>::difference_type d = lo - hi;\n"
        "    return s + (long long) all.size() * 1000 + part.size() + (at == string::npos ? 7 : at) + d;\n}\n"),
    cpp("cpp_sort_by_reverse_iterators", S11, "sort/stable_sort/reverse(v.rbegin(), v.rend())",
        "string f(vector<int> v, string s) {\n    sort(v.rbegin(), v.rend());\n    string t = s;\n"
        "    sort(t.rbegin(), t.rend());\n    reverse(s.rbegin(), s.rend());\n    vector<long long> w;\n"
        "    for (int x : v) w.push_back((long long) x * x - 5);\n    stable_sort(w.rbegin(), w.rend());\n"
        "    string r;\n    for (int x : v) r += to_string(x) + \",\";\n    for (long long x : w) r += to_string(x) + \";\";\n"
        "    return r + \"|\" + t + \"|\" + s;\n}\n"),
    cpp("cpp_string_append_copies", S11, "s.append(n, c) beside append(t), push_back(c)",
        "string f(string s, int n) {\n    string t;\n    t.append(s);\n    t.append(n % 4 < 0 ? -(n % 4) : n % 4, 'x');\n"
        "    t.append(\"ab\");\n    t.append(2, s.empty() ? '-' : s[0]);\n    t.append(0, 'q');\n    t.push_back('z');\n"
        "    return t;\n}\n"),
    cpp("cpp_string_of_copies_with_a_computed_count", S11, "string s(cond ? x : y, c), string(n % 3 + 1, c)",
        "string f(int a, int b) {\n    string s(a > b ? a % 5 + 5 : b % 5 + 5, (char) 120);\n"
        "    return s + string(a % 3 + 3, (char) 121) + to_string(s.size());\n}\n"),
]  # fmt: skip

# a clean refusal is the expected outcome there (with its place)
REFUSED = {("cpp_largest_first_priority_queue_of_pairs", "python")}  # a heap of negated values


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize(
    ("case", "target"), [pytest.param(c, t, id=f"{c.name}-{t}") for c in CASES for t in c.targets]
)
def test_translation_agrees_with_its_source(case: Case, target: str, verdicts: dict[tuple[str, str], Verdict]) -> None:
    verdict = verdicts[case.name, target]
    expected = "refused" if (case.name, target) in REFUSED else "agrees"
    assert verdict.outcome == expected, f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"
