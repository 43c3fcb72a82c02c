"""The runtime helpers that print numbers as another language does (``FORMAT_C``, ``JAVA_TEXT``,
``PYTHON_TEXT``: C++ ``c_format``/``java_text``/``python_text``, Java ``cFormat``/``pythonText``,
Python ``java_text``) against the languages themselves: Java's ``Double.toString`` and
``Float.toString`` run by the JVM, Python's ``repr``, and C's ``printf`` run by the C++ program,
on the same values (edge cases and a seeded random sample of bit patterns and decimals)."""

from __future__ import annotations

import random
import struct

from transcoder.engines.rules.cpp.runtime import HELPERS as CPP
from transcoder.engines.rules.java.runtime import HELPERS as JAVA
from transcoder.engines.rules.python.runtime import HELPERS as PYTHON
from transcoder.verify.runners import Limits, run_program

SPECS = ["%g", "%.3f", "%.10e", "%12.5G", "%-9.0f", "%+010.2f", "%.0e", "%#g"]
LIMITS = Limits(wall_seconds=60.0)


def _values() -> list[float]:
    chosen = [0.0, -0.0, 1.0, -1.5, 0.1, 1e7, 9999999.0, 1e-3, 0.000999, 1e-4, 123456.789, 2e23,
              1e300, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 0.125, 1.005, 100.0, 1e16, 1e15,
              4.35, 2.0**63, 2.0**53 + 2, 1.6366045792970157e17]  # fmt: skip
    rng = random.Random(14)
    while len(chosen) < 3000:
        bits = rng.getrandbits(64)
        value = struct.unpack("d", struct.pack("Q", bits))[0]
        if value == value and abs(value) != float("inf"):
            chosen.append(value)
        chosen.append(rng.randint(-(10**6), 10**6) / 10 ** rng.randint(0, 6))
    return chosen


VALUES = _values()
BITS = [struct.unpack("q", struct.pack("d", v))[0] for v in VALUES]


def _lines(result_stdout: str) -> list[str]:
    return result_stdout.rstrip("\n").split("\n")


def test_the_helpers_print_as_java_python_and_c_do() -> None:
    data = "\n".join(str(b) for b in BITS) + "\n"
    java = run_program(
        "java",
        _JAVA.replace("HELPERS", JAVA["cFormat"] + "\n" + JAVA["pythonText"]),
        stdin=data,
        limits=LIMITS,
    )
    cpp = run_program("cpp", _CPP.replace("HELPERS", "\n".join(CPP[n] for n in ("c_format", "java_text", "python_text"))), stdin=data, limits=LIMITS)  # fmt: skip
    assert java.exit_code == 0, java.stderr[-2000:]
    assert cpp.exit_code == 0, cpp.stderr[-2000:]
    namespace: dict[str, object] = {}
    exec("import decimal, math, struct\n" + PYTHON["java_text"], namespace)
    java_text = namespace["java_text"]
    mismatches = []
    for value, from_java, from_cpp in zip(VALUES, _lines(java.stdout), _lines(cpp.stdout), strict=True):
        double, single, python_text, *c_texts = from_java.split("|")
        cpp_java, cpp_single, cpp_python, *printf = from_cpp.split("|")
        expected_c = [spec % value for spec in SPECS]  # Python's % is C's printf for floats
        checks = [
            ("C++ java_text", cpp_java, double),
            ("C++ java_text(float)", cpp_single, single),
            ("Python java_text", java_text(value), double),  # type: ignore[operator]
            ("Python java_text(single)", java_text(value, single=True), single),  # type: ignore[operator]
            ("C++ python_text", cpp_python, repr(value)),
            ("Java pythonText", python_text, repr(value)),
            ("Java cFormat", c_texts, expected_c),
            ("C printf", printf, expected_c),
        ]
        mismatches += [(name, value, got, want) for name, got, want in checks if got != want]
    # Where JDK 17's Double.toString / Float.toString do not print the shortest digits and the
    # helpers (which do, as JDK 19+) differ: subnormal numbers and a few others such as 2e23
    # (2 of 200,000 random doubles in a run of benchmarks; docs/rules.md). Listed, not hidden.
    known = [
        m
        for m in mismatches
        if "java_text" in m[0] and (_subnormal(m[1], "float" in m[0] or "single" in m[0]) or m[1] == 2e23)
    ]
    assert [m for m in mismatches if m not in known] == []
    assert {m[1] for m in known} <= {2e23, 5e-324} | {v for v in VALUES if _subnormal(v, True)}


def _subnormal(value: float, single: bool) -> bool:
    if single:
        narrow = struct.unpack("f", struct.pack("f", value))[0] if abs(value) < 3.4e38 else 1.0
        return 0 < abs(narrow) < 1.1754943508222875e-38
    return 0 < abs(value) < 2.2250738585072014e-308


_SPECS_JAVA = ", ".join(f'"{s}"' for s in SPECS)
_JAVA = """import java.io.*;
public class NumberTexts {
HELPERS
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String[] specs = {SPECS};
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            double x = Double.longBitsToDouble(Long.parseLong(line));
            out.append(Double.toString(x)).append('|').append(Float.toString((float) x)).append('|').append(pythonText(x));
            for (String spec : specs) out.append('|').append(cFormat(spec, x));
            out.append('\\n');
        }
        System.out.print(out);
    }
}
""".replace("SPECS", _SPECS_JAVA)
_CPP = """#include <bits/stdc++.h>
using namespace std;
HELPERS
int main() {
    vector<string> specs = {SPECS};
    long long bits;
    while (cin >> bits) {
        double x;
        memcpy(&x, &bits, sizeof x);
        cout << java_text(x) << '|' << java_text((float) x) << '|' << python_text(x);
        for (const string& spec : specs) cout << '|' << c_format(spec.c_str(), x);
        cout << '\\n';
    }
}
""".replace("SPECS", _SPECS_JAVA)
