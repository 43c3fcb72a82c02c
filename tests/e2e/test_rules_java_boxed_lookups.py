"""Java collections looked up with a value of another primitive type (issue 12, correct or
refuse): ``contains``, ``remove``, ``get``, ``getOrDefault``, ``containsKey`` and
``Collections.frequency`` take an ``Object``, so an ``int`` looked up in a ``Set<Long>`` or a
``char`` in a ``Map<Integer, ...>`` boxes as an ``Integer`` or a ``Character`` and equals no
element: the lookup compiled and was false for every input (``n in s`` of a Python set widened
to 64 bits, a C++ ``set<int>::count(c)`` of a char). The value is now converted to the element
(key) type first. Each program is translated, built and run against its source.
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=60)

PYTHON = '''
def in_wide_set(n: int) -> bool:
    s = {10, 20 * 1000000000}
    return n in s


def wide_list(n: int) -> int:
    xs = [5, 6]
    xs.append(n * 100000)
    xs.append(n)
    found = 1 if n in xs else 0
    xs.remove(n)
    return xs.count(n * 100000) + found + len(xs)


def wide_keys(n: int) -> int:
    d = {}
    d[n * 3000000000] = 1
    d[n] = 2
    got = d.get(n, -1) + d[n]
    del d[n]
    return got + len(d)


if __name__ == "__main__":
    for n in (10, 7, 0, -4):
        print(in_wide_set(n), wide_list(n), wide_keys(n))
'''

CPP = r'''
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
using namespace std;

int chars_as_keys(string s) {
    unordered_set<int> seen;
    unordered_map<int, int> counts;
    set<int> ordered;
    seen.insert(97);
    counts[98] = 5;
    ordered.insert(99);
    int r = 0;
    for (char c : s) {
        if (seen.count(c)) r += 1;
        if (counts.count(c)) r += counts[c];
        if (ordered.find(c) != ordered.end()) r += 100;
    }
    return r;
}

int main() {
    cout << chars_as_keys("abcab") << " " << chars_as_keys("") << " " << chars_as_keys("zzb") << endl;
    return 0;
}
'''


@cache
def _run(language: str, code: str) -> RunResult:
    return run_program(language, code, limits=LIMITS)


@pytest.mark.parametrize(("source", "code", "target"), [
    ("python", PYTHON, "java"), ("python", PYTHON, "cpp"), ("cpp", CPP, "java"), ("cpp", CPP, "python"),
])  # fmt: skip
def test_lookups_with_another_primitive_type_find_the_element(source: str, code: str, target: str) -> None:
    expected = _run(source, code.lstrip())
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(code.lstrip(), source=source, target=target, output="file")
    actual = _run(target, translation)
    assert actual.stdout == expected.stdout, f"{target}:\n{translation}\n{actual.stderr[-800:]}"


INT_AMONG_CHARS = [
    "#include <set>\nusing namespace std;\nint f(int k) {\n    set<char> s;\n    s.insert('a');\n    return s.count(k);\n}\n",
    "#include <map>\nusing namespace std;\nint f(int k) {\n    map<char, int> m;\n    m['a'] = 3;\n    return m.count(k);\n}\n",
]


@pytest.mark.parametrize("target", ["java", "python"])
@pytest.mark.parametrize("code", INT_AMONG_CHARS)
def test_an_int_looked_up_among_chars_is_refused_with_its_place(code: str, target: str) -> None:
    """C++ converts the int to a char (which may wrap); Java's Integer and Python's int equal no
    char, so the lookup answered false for every input: refused."""
    with pytest.raises(TranscoderError) as error:
        translate(code, source="cpp", target=target)
    assert "an integer looked up among characters" in str(error.value) and "line 6:12" in str(error.value)
