"""Java sources, session 10 (issue 13, breadth), correct or refuse, each translation built and run
against its source on inputs that include the edge cases:

- an assignment inside a condition (``while ((i = s.lastIndexOf('!', i)) != -1)``, ``if ((n = f(x)) > 0)``,
  under ``&&``/``||`` where it may not run) toward Python: Python's assignment expression
  ``(i := ...)``, evaluated where Java evaluates it (it was refused: 'increment or assignment inside a
  condition'); an increment inside an ``if`` condition that no pass lifts, and any side effect in a
  (C++) ``assert``, stay refused (a Java ``assert`` is dropped: the JVM runs without ``-ea``).
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=20.0)

PROGRAMS = {
    "assignment_in_condition": """
public class Main {
    static int indexOfBangSlash(String spec) {
        int indexOfBang = spec.length();
        while ((indexOfBang = spec.lastIndexOf('!', indexOfBang)) != -1) {
            if ((indexOfBang != (spec.length() - 1)) && (spec.charAt(indexOfBang + 1) == '/')) {
                return indexOfBang + 1;
            } else {
                indexOfBang--;
            }
        }
        return -1;
    }

    static int countOccurrences(String text, char mark) {
        int count = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf(mark, from)) >= 0) {
            count++;
            from = at + 1;
            if (from > text.length()) {
                break;
            }
        }
        return count;
    }

    static int half(int x) {
        return x / 2;
    }

    static String classify(int x) {
        int h;
        int seen = 0;
        String out = "";
        if ((h = half(x)) > 10) {
            out += "big" + h;
        } else if ((h = half(h)) < -3) {
            out += "small" + h;
        } else {
            out += "mid" + h;
        }
        // The assignment after && runs only where the left side is true.
        if (x > 0 && (seen = x % 7) == 3) {
            out += ";three";
        }
        if (x < 0 || (seen = seen + x) > 100) {
            out += ";or";
        }
        return out + ";" + seen;
    }

    static long sumDigits(long n) {
        long total = 0;
        long digit;
        for (long m = n; (digit = m % 10) > 0 || m > 0; m /= 10) {
            total += digit;
        }
        return total;
    }

    public static void main(String[] args) {
        String[] specs = {"", "!", "!/", "a!/b", "a!/b!/c", "x!y!", "!!//", "jar:file:/a.jar!/b/c", "no bang"};
        for (String s : specs) {
            System.out.println(indexOfBangSlash(s) + " " + countOccurrences(s, '!') + " " + countOccurrences(s, '/'));
        }
        int[] xs = {0, 1, 3, 10, 17, 21, 24, 31, -1, -7, -8, -20, 205, 2147483647, -2147483648};
        for (int x : xs) {
            System.out.println(classify(x));
        }
        long[] ns = {0L, 7L, 10L, 101L, 9876543210L, Long.MAX_VALUE};
        for (long n : ns) {
            System.out.println(sumDigits(n));
        }
    }
}
""",
}


@cache
def _run(language: str, code: str) -> RunResult:
    return run_program(language, code, limits=LIMITS)


@pytest.mark.parametrize("target", ["cpp", "python"])
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_prints_what_java_prints(name: str, target: str) -> None:
    code = PROGRAMS[name].lstrip()
    expected = _run("java", code)
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(code, source="java", target=target, output="file")
    actual = _run(target, translation)
    assert actual.stdout == expected.stdout, f"{target}:\n{translation}\n{actual.stderr[-800:]}"


@pytest.mark.parametrize(
    ("source", "code", "target", "named", "where"),
    [
        ("java", "class A {\n  static int f(int[] a, int i) {\n    if (a.length > 0 && a[i++] > 0) return i;\n    return -i;\n  }\n}\n",
         "python", "increment or assignment inside a condition", "line 3:9"),
        ("cpp", "#include <cassert>\nint f(int i) {\n    int j;\n    assert((j = i) > 0);\n    return j;\n}\n",
         "python", "increment or assignment inside an assertion", "line 4:12"),
    ],
)  # fmt: skip
def test_what_cannot_be_translated_is_refused_with_its_place(
    source: str, code: str, target: str, named: str, where: str
) -> None:
    with pytest.raises(TranscoderError) as error:
        translate(code, source=source, target=target)
    message = str(error.value)
    assert named in message and where in message and "\n" not in message.strip()
