"""Issue 12, session 9: silent wrong translations (or outputs that did not build), each a category,
each translated and run against its source, or refused with its place:

- characters outside ASCII toward C++ (a C++ ``char`` is 8 bits, a ``std::string`` holds bytes):
  a Java/Python character computed from an integer that may leave 0..127 (``(char) 200``,
  ``(char) (c + 150)``, ``c += 150``, ``chr(n)``), a character or string constant outside ASCII in
  any source (``'\\u00e9'``, ``"h\\u00e9llo"``; C++'s own are UTF-8 bytes) are refused
  (``cpp/chars.py``, the C++ front end's literals);
- C++ ``<algorithm>`` calls that edit a ``std::string`` in place (``reverse``, ``sort`` with or
  without a comparator, ``fill``, on the whole string or part of it) toward Python and Java,
  whose strings are immutable: Python printed ``s.reverse()``, ``s[1:] = ...``; Java
  ``Arrays.fill(String, char)`` (``python/printing.py``, ``JavaBackend.via_chars``);
- a Java reference that may be null concatenated into a string (``null + "x"`` is ``"nullx"``;
  Python's ``None + "x"`` raises): ``java_null_text``, and a boxed number that may be null;
- Java ``compareTo`` toward C++ is ``java_compare`` (``"zebra".compare(s)`` did not build, and
  ``std::string::compare`` promises only a sign); ``new String(chars, ...)`` of a temporary array
  (``s.toCharArray()``) read once (it took ``begin()`` and ``end()`` of two temporaries: a crash);
- C++ ``stoi``/``stoll`` toward Python read a prefix (``c_stoi``: ``stoi(" 12x")`` is 12), and
  Python's ``int(s)`` toward C++ is ``py_int`` (stripped, a sign, underscores between digits;
  ``stoi("1_0")`` was 1);
- C++ ``make_pair`` of ints stored as a ``pair<long long, long long>`` (Java
  ``SimpleEntry<Long, Long>`` takes no ``int``): built as the stored type (``java/legalize.py``);
- Python lists of 64-bit or big integers passed to a parameter hinted ``List[int]``: the
  parameter's elements and its loop variable as wide (C++ ``vector<int>`` did not take them);
- C++ ``to_string`` of a floating value is ``printf("%f")``'s text (``0.125000``), not the
  target's shortest text of the double (``0.125``, Java's ``1.0E10``): ``FORMAT_C("%f", x)``;
- Python slice bounds computed in 64 bits (``s[-a:]`` of ``a = -2**31``) clamped as longs, not
  truncated to an ``int`` first (``python/frontend/subscripts.py``, minimal edit);
- Python big integers put into a set or used as a dict's keys: the container's keys are big
  (Java ``BigInteger``; C++ refused, no hash), not a conversion that throws; a value that may
  not fit passed to a parameter the ``--signature`` pins is refused (it was wrapped silently).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, cpp, java, judge_all, python
from support import require_compilers
from transcoder.engines.rules import RulesEngine
from transcoder.errors import UnsupportedConstruct

S9 = "issue 12 session 9"


def _only(case: Case, *targets: str) -> Case:
    return Case(case.name, case.category, case.row, case.language, case.code, targets)


CASES: list[Case] = [
    _only(cpp("cpp_string_algorithms_in_place", S9, "reverse/sort/fill of a std::string",
              "string f(string s) {\n    string a = s + \"xyz\";\n    reverse(a.begin(), a.end());\n"
              "    string b = a;\n    sort(b.begin(), b.end());\n    string c = a;\n"
              "    sort(c.begin(), c.end(), greater<char>());\n    string d = a;\n"
              "    sort(d.begin() + 1, d.end() - 1);\n    string e = a;\n    fill(e.begin(), e.begin() + 2, 'q');\n"
              "    string g = a;\n    fill(g.begin(), g.end(), 'k');\n"
              "    return a + \"|\" + b + \"|\" + c + \"|\" + d + \"|\" + e + \"|\" + g;\n}\n"), "python", "java"),
    _only(cpp("cpp_string_partial_reverse", S9, "reverse of part of a std::string",
              "string f(string s, int k) {\n    string a = s + \"abcdef\";\n    reverse(a.begin() + 1, a.end());\n"
              "    reverse(a.begin(), a.begin() + 3);\n    sort(a.begin(), a.end(), [](char x, char y) { return x > y; });\n"
              "    return a;\n}\n"), "python"),
    _only(java("java_null_string_concatenated", S9, "null + \"x\", \"a\" + null, a null boxed Integer",
               "static String f(String s, int n) {\n    String t = null;\n    if (n > 0) t = s;\n"
               "    String u = n > 5 ? s : null;\n    Integer boxed = null;\n    if (n % 2 == 0) boxed = n;\n"
               "    return t + \"x\" + \"<\" + u + \">\" + boxed + \"a\" + t;\n}\n"), "python"),
    _only(java("java_compare_to_and_chars_of_a_temporary", S9, "\"zebra\".compareTo(s), new String(s.toCharArray(), 0, k)",
               "static String f(String s, String t) {\n    String u = new String(s.toCharArray(), 0, Math.min(2, s.length()));\n"
               "    return u + \"|\" + s.compareTo(t) + \"|\" + \"zebra\".compareTo(s) + \"|\" + \"a\".compareTo(\"~~\");\n}\n"),
          "cpp"),
    _only(cpp("cpp_make_pair_into_long_pairs", S9, "make_pair(int, int) stored as pair<long long, long long>",
              "long long f(int n) {\n    pair<long long, long long> p = make_pair(1, 2);\n"
              "    vector<pair<long long, long long>> v;\n    v.push_back(make_pair(n, 3));\n"
              "    map<int, pair<long long, long long>> m;\n    m[n] = make_pair(n, n + 1);\n"
              "    p = make_pair(n, n);\n    return p.first + p.second + v[0].first + v[0].second + m[n].second;\n}\n"),
          "java"),
    _only(cpp("cpp_to_string_of_a_double", S9, "to_string(double): printf's %f, six decimals",
              "string f(int n) {\n    double x = n / 8.0;\n    float y = n * 0.1f;\n"
              "    return to_string(x) + \"|\" + to_string(n * 1e10) + \"|\" + to_string(y) + \"|\" + to_string(n);\n}\n"),
          "java", "python"),
    _only(cpp("cpp_stoi_reads_a_prefix", S9, "stoi/stoll of text with spaces, a sign and trailing characters",
              "long long f(string s, int k) {\n    int q = stoi(\"  \" + to_string(k) + \"x7\");\n"
              "    long long r = stoll(\"\\t+\" + to_string(k % 1000) + \"_5 \");\n    return q * 1000LL + r;\n}\n"),
          "python"),
    _only(python("python_int_of_text", S9, "int() of text with spaces, a sign and underscores",
                 "def f(n: int) -> int:\n    return int(\" \" + str(n) + \" \") + int(\"+5\") + int(\"1_0\") + int(\"\\t-0_7\\n\")\n"),
          "cpp"),
    python("python_long_list_to_int_list_parameter", S9, "a list of 64-bit ints passed to a List[int] parameter",
           "from typing import List\n\n\ndef total(xs: List[int], k: int) -> int:\n    s = 0\n    for x in xs:\n"
           "        s += x % 1000003\n    return s + k\n\n\ndef f(n: int) -> int:\n    a = []\n"
           "    for i in range(n % 5 + 1):\n        a.append(i * n)\n    return total(a, 1)\n"),
    python("python_slice_bounds_beyond_32_bits", S9, "s[-a:], s[:a + 5], s[a * 2:] of an int a near its limits",
           "def f(s: str, a: int) -> str:\n    return s[-a:] + \"|\" + s[:a + 5] + \"|\" + s[a * 2:]\n\n\n"
           "def g(xs: list, a: int) -> int:\n    return len(xs[a - 3:]) + len(xs[:-a])\n"),
    python("python_big_integers_as_keys", S9, "big integers in a set and as a dict's keys",
           "def f(n: int) -> int:\n    seen = set()\n    counts = {}\n    x = 1\n    for i in range(n % 40 + 30):\n"
           "        x = x * 3\n        seen.add(x)\n        counts[x] = counts.get(x, 0) + 1\n"
           "    return len(seen) + len(counts) + (1 if x in seen else 0)\n"),
]  # fmt: skip

# a clean refusal is the expected outcome there (with its place)
REFUSED = {("python_big_integers_as_keys", "cpp")}  # a big integer as a hash key: no std::hash


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


_CHAR = "static int f(int n) {\n    char c = (char) (n % 26 + 97);\n"


@pytest.mark.parametrize(
    ("source", "code", "place"),
    [
        ("java", "static int f(int n) {\n    char c = (char) 200;\n    return c + n;\n}\n", (2, 14)),
        ("java", "static int f(int n) {\n    char e = 233;\n    return e;\n}\n", (2, 14)),
        ("java", "static int f(int n) {\n    char e = '\\u00e9';\n    return e + n;\n}\n", (2, 14)),
        ("java", "static int f(int n) {\n    String s = \"h\\u00e9llo\";\n    return s.charAt(1) + n;\n}\n", (2, 16)),
        ("java", _CHAR + "    char d = (char) (c + 150);\n    return d;\n}\n", (3, 14)),
        ("java", _CHAR + "    c += 150;\n    return c;\n}\n", (3, 5)),
        ("java", "static String f(String s) {\n    String r = \"\";\n"
                 "    for (int i = 0; i < s.length(); i++) r += (char) (s.charAt(i) + 1);\n    return r;\n}\n", (3, 47)),
        ("python", "def f(n: int) -> str:\n    return chr(n % 300) + \"x\"\n", (2, 12)),
        ("python", "def f(s: str) -> int:\n    return len(\"h\\u00e9llo\" + s)\n", (2, 16)),
    ],
)
def test_a_character_a_cpp_char_cannot_hold_is_refused(source: str, code: str, place: tuple[int, int]) -> None:
    with pytest.raises(UnsupportedConstruct, match=r"outside ASCII|may leave 0\.\.127") as caught:
        RulesEngine().translate(code, source, "cpp")
    assert caught.value.location is not None
    assert (caught.value.location.line, caught.value.location.column) == place


@pytest.mark.parametrize("target", ["java", "python"])
@pytest.mark.parametrize(
    "code",
    [
        "int f(int n) {\n    string s = \"h\\u00e9llo\";\n    return s.size() + s[1];\n}\n",
        "int f(int n) {\n    string s = \"h\xe9llo\";\n    return s.size() + n;\n}\n",
    ],
)
def test_a_cpp_string_constant_outside_ascii_is_refused(code: str, target: str) -> None:
    with pytest.raises(UnsupportedConstruct, match=r"line 2:16: .*outside ASCII"):
        RulesEngine().translate(code, "cpp", target)


def test_ascii_characters_still_translate_to_cpp() -> None:
    code = _CHAR + "    c++;\n    char d = (char) ('A' + n % 26);\n    return c + d;\n}\n"
    text = RulesEngine().translate(code, "java", "cpp")[0].code
    assert "c++;" in text


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_a_value_too_wide_for_a_pinned_parameter_is_refused(target: str) -> None:
    code = ("def g(x: int) -> int:\n    return x + 1\n\n\ndef f(n: int, d: int) -> int:\n    if d <= 0:\n"
            "        return n % 1000\n    return f(g(n) * n, d - 1)\n")  # fmt: skip
    signature = "int f(int n, int d)" if target == "cpp" else "static int f(int n, int d)"
    with pytest.raises(UnsupportedConstruct, match=r"line 8:14: .*may not fit 32 bits passed to the parameter 'n'"):
        RulesEngine().translate(code, "python", target, signature=signature)
