"""C++ function templates and type aliases (issue 13): hand-written templates, not from the
benchmark, translated to Java (generic methods) and Python (plain functions) and run beside the
C++ compiled by g++ at int, double, char, bool and std::string; what a generic cannot keep is
refused in one line with its place (the rule is in ``cpp/frontend/templates.py``)."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, run_program

LIMITS = Limits(wall_seconds=60.0)

PROGRAM = r"""
#include <iostream>
#include <string>
#include <vector>
using namespace std;

typedef long long ll;

template <typename T>
T max3(T a, T b, T c) {
    T m = a;
    if (b > m) m = b;
    if (c > m) m = c;
    return m;
}

template <class T>
T smaller(T a, T b) {
    return b < a ? b : a;
}

template <typename T>
void swapAt(vector<T> &v, int i, int j) {
    T t = v[i];
    v[i] = v[j];
    v[j] = t;
}

template <typename T>
pair<T, T> ordered(T a, T b) {
    if (b < a) return make_pair(b, a);
    return make_pair(a, b);
}

template <typename T>
bool contains(const vector<T> &v, T x) {
    for (int i = 0; i < (int) v.size(); i++) {
        if (v[i] == x) return true;
    }
    return false;
}

template <typename T>
int countOf(const vector<T> &v, T x) {
    int n = 0;
    for (const T &e : v) {
        if (e == x) n++;
    }
    return n;
}

template <typename T>
vector<T> reversed(const vector<T> &v) {
    vector<T> out;
    for (int i = (int) v.size() - 1; i >= 0; i--) out.push_back(v[i]);
    return out;
}

template <typename A, typename B>
bool samePair(A a1, B b1, A a2, B b2) {
    return a1 == a2 && b1 == b2;
}

template <typename T>
T maxOfFour(T a, T b, T c, T d) {
    return max3(max3(a, b, c), d, d);
}

ll widen(int x) {
    typedef unsigned int u32;
    using big = long long;
    u32 y = (u32) x;
    big z = y;
    return z * 2;
}

int main() {
    cout << max3(3, 9, 4) << " " << max3<int>(-1, -5, -3) << endl;
    cout << (max3(2.5, -0.0, 1.5) == 2.5) << " " << (smaller(0.0, -0.0) == 0.0) << endl;
    string p = "pear", q = "apple", s = "plum", sa = "a", sb = "b";
    cout << max3(p, q, s) << endl;
    cout << smaller(sb, sa) << " " << smaller(7, 7) << endl;
    pair<int, int> o = ordered(5, 3);
    pair<string, string> os = ordered(sa, sb);
    cout << o.first << " " << o.second << " " << os.first << os.second << endl;
    vector<int> v = {4, 1, 4, 2};
    vector<string> w = {"x", "y", "x"};
    vector<double> d = {0.5, -0.0, 0.5};
    cout << contains(v, 2) << " " << contains(v, 3) << " " << contains(w, s) << endl;
    cout << countOf(v, 4) << " " << countOf(w, sa) << " " << countOf(d, 0.0) << endl;
    swapAt(v, 0, 1);
    swapAt(w, 0, 1);
    cout << v[0] << v[1] << w[0] << w[1] << endl;
    vector<int> r = reversed(v);
    for (int x : r) cout << x << " ";
    cout << endl;
    vector<string> rw = reversed(w);
    cout << rw[0] << rw[1] << rw[2] << endl;
    cout << samePair(1, sa, 1, sa) << " " << samePair(1.5, 2, 1.5, 3) << endl;
    cout << widen(-1) << " " << widen(5) << endl;
    cout << (max3(1000, 2, 3) == max3(3, 1000, 2)) << " " << (smaller(p, q) != smaller(q, p)) << endl;
    cout << max3('q', 'z', 'a') << " " << max3(true, false, false) << " " << maxOfFour(1.5, 9.25, -2.0, 3.0) << endl;
    cout << max3<double>(1, 2, 3) / 2 << " " << (max3(0.0, -0.0, -1.0) == 0.0) << endl;
    return 0;
}
"""


@pytest.mark.parametrize("target", ["java", "python"])
def test_templates_compute_what_cpp_computes(target: str) -> None:
    expected = run_program("cpp", PROGRAM, limits=LIMITS)
    assert expected.exit_code == 0, expected.stderr
    translation = translate(PROGRAM, source="cpp", target=target, output="file")
    actual = run_program(target, translation, limits=LIMITS)
    assert actual.stdout == expected.stdout, translation + actual.stderr[-800:]


def test_java_prints_generic_methods() -> None:
    code = "template <typename T>\nT larger(T a, T b) {\n    return a < b ? b : a;\n}\n"
    java = translate(code, source="cpp", target="java")
    assert "static <T extends Comparable<T>> T larger(T a, T b)" in java, java
    assert translate(code, source="cpp", target="python").startswith("def larger(a, b):")


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        ("template <typename T>\nT add(T a, T b) {\n    return a + b;\n}\n", "arithmetic", "line 3:12"),
        ("template <typename T>\nbool positive(T a) {\n    return a > 0;\n}\n",
         "operator '>' on template type 'T'", "line 3:12"),
        ("template <typename T>\nT zero(T a) {\n    T x = 0;\n    return x;\n}\n",
         "where template type 'T' is expected", "line 3:7"),
        ("template <typename T>\nvoid bump(T &a) {\n    a += 1;\n}\n", "arithmetic", "line 3:5"),
        ("template <int N>\nint times(int x) {\n    return x * N;\n}\n", "non-type template parameter 'int N'",
         "line 1:11"),
        ("template <class C>\nint first(C c) {\n    typename C::value_type v = c[0];\n    return v;\n}\n",
         "dependent type 'typename C::value_type'", "line 3:5"),
        ("template <typename T>\nvoid swapBoth(T &a, T &b) {\n    T t = a;\n    a = b;\n    b = t;\n}\n",
         "parameter 'a' is a reference the function assigns", "line 2:15"),
        ("template <typename T>\nT biggest(vector<T> v) {\n    return *max_element(v.begin(), v.end());\n}\n",
         "library operation 'max_element' on template type", "line 3:12"),
        ("template <typename T>\nT pick(T a, T b) {\n    return a < b ? a : b;\n}\n"
         "int use(vector<int> v) {\n    return pick(v, v).size();\n}\n", "instantiated with T = 'list'", "line 6:12"),
        ("template <typename T>\nT pick(T a, T b) {\n    return a < b ? a : b;\n}\n"
         "double use(int x) {\n    return pick(x, 2.5);\n}\n", "deduces no single type for 'T'", "line 6:12"),
        ("template <typename T, typename U = int>\nT id(T a) {\n    return a;\n}\n",
         "template parameter with a default", "line 1:23"),
        ("template <typename T>\nint twice(T a) {\n    return (int) a * 2;\n}\n", "conversion on template type",
         "line 3:12"),
        ("template <typename T>\nT first(vector<T> v) {\n    T x;\n    x = v[0];\n    return x;\n}\n",
         "without a value", "line 3:7"),
        ("template <typename T>\nint sized(int n) {\n    vector<T> v(n);\n    return v.size();\n}\n",
         "template parameter 'T' that no function parameter's type names", "line 2:1"),
        ("template <typename T>\nint sized(vector<T> w, int n) {\n    vector<T> v(n);\n    return v.size();\n}\n",
         "filled with the type's default", "line 3:15"),
        ("template <typename T>\nT key(map<T, int> m, T k) {\n    return k;\n}\n", "ordered or hashed container",
         "line 2:7"),
        ("typedef bool (*Check)();\nCheck pick(int x) {\n    return 0;\n}\n", "typedef", "line 1:1"),
        ("int f(int x) {\n    {\n        typedef long L;\n    }\n    L y = x;\n    return y;\n}\n", "type 'L'",
         "line 5:5"),
    ],
)  # fmt: skip
def test_what_a_generic_cannot_keep_is_refused_with_its_place(code: str, named: str, where: str) -> None:
    for target in ("java", "python"):
        with pytest.raises(TranscoderError) as refused:
            translate(code, source="cpp", target=target)
        message = str(refused.value)
        assert named in message and where in message and "\n" not in message.strip(), message


def test_unused_aliases_of_unknown_types_refuse_nothing() -> None:
    code = (
        "typedef bool (*TestFunc)();\ntypedef typename Derived::Scalar Scalar;\ntypedef unsigned int u32;\n"
        "u32 mix(u32 a) {\n    typedef unsigned char u8;\n    u8 low = (u8) a;\n    return a + low;\n}\n"
    )
    assert "a & 0xFF" in translate(code, source="cpp", target="python")
