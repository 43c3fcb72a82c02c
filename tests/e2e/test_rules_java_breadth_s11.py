"""Java sources, session 11 (issue 13, breadth), correct or refuse, each translation built and run
against its source on inputs that include the edge cases:

- string and char literals read as javac reads them: a Unicode escape is replaced before the
  literal is read (``"\\u005cn"`` is a line feed, ``"\\\\u0041"`` is not an escape, ``\\uuu0041``
  is), an octal escape takes three digits only when the first is 0..3 (``"\\477"`` is ``'\\47'``
  then ``'7'``), ``\\s`` is a space; C++'s ``\\x`` escapes take every hex digit that follows (they
  were read as the letter x);
- literals printed with what is not printable escaped (octal in C++ and Java, ``\\x``/``\\u`` in
  Python), and a NUL before a digit as ``\\000`` (``"\\01"`` was the character 1 in every target).
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=20.0)

# (source language, program, targets)
PROGRAMS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "java_literal_escapes": (
        "java",
        r"""
public class Main {
    static String codes(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append((int) s.charAt(i)).append(' ');
        }
        return out.toString();
    }

    static int code(char c) {
        return c;
    }

    public static void main(String[] args) {
        String[] texts = {
            "a\u0000b\0" + "1",
            "\0" + "1" + "\0012\0a\08",
            "\t\01\477\400\7\77|\b\f\s|\\\"'",
            "\u005cn|\\u0041|\u005c\u005c|\\\u0041|\u005c\u0022",
            "\u001b[0m\u007f\r\n\u0009",
            "\1\12\123\1234\0\00\000\0000",
            "",
        };
        for (String s : texts) {
            System.out.println(s.length() + ": " + codes(s));
        }
        char[] chars = {'\u0000', '\0', '\177', '\u005c\u005c', '\'', '\s', '\t', '\u0041', '\12', '"', '\u0022'};
        for (char c : chars) {
            System.out.print(code(c) + " ");
        }
        System.out.println();
    }
}
""",
        ("cpp", "python"),
    ),
    "java_narrowing_from_double": (
        "java",
        r"""
public class Main {
    static byte toByte(double x) {
        return (byte) x;
    }

    static short toShort(double x) {
        return (short) x;
    }

    static byte floatToByte(float x) {
        return (byte) x;
    }

    static int toInt(double x) {
        return (int) x;
    }

    static long toLong(double x) {
        return (long) x;
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 127.9, 128.0, -128.0, -129.0, 255.0, 256.0, 32767.0,
            32768.0, 65535.0, 65536.0, 70000.5, -70000.5, 1e10, -1e10, 1e18, -1e18, 1e300, -1e300, 0.0 / 0.0,
            1.0 / 0.0, -1.0 / 0.0, 2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 4294967295.0,
            4294967296.0 + 130.0, 9.3e18, -9.3e18};
        for (double x : xs) {
            System.out.println(toByte(x) + " " + toShort(x) + " " + floatToByte((float) x) + " " + toInt(x) + " " + toLong(x));
        }
    }
}
""",
        ("cpp", "python"),
    ),
    "java_char_from_double": (
        "java",
        r"""
public class Main {
    static int code(double x) {
        char c = (char) x;
        return c;
    }

    public static void main(String[] args) {
        double[] xs = {0.0, 65.7, -1.0, 65535.0, 65536.0, 65601.0, 1e10, -1e10, 1e18, 0.0 / 0.0, 1.0 / 0.0, -1.0 / 0.0};
        for (double x : xs) {
            System.out.println(code(x));
        }
    }
}
""",
        ("python",),  # C++ refuses: its char holds 8 bits
    ),
    "java_long_arithmetic_of_narrow_operands": (
        "java",
        r"""
public class Main {
    static long toLong(byte[] r) {
        return ((r[0] & 0xFFL) << 56) | ((r[1] & 0xFFL) << 48) | ((r[2] & 0xFFL) << 40) | ((r[3] & 0xFFL) << 32)
            | ((r[4] & 0xFFL) << 24) | ((r[5] & 0xFFL) << 16) | ((r[6] & 0xFFL) << 8) | (r[7] & 0xFFL);
    }

    static long product(int a, int b) {
        return a * 1L * b;
    }

    static long unsignedProduct(int a, int b) {
        return (a & 0xFFFFL) * (b & 0xFFFFL) + (a & 0xFFFFL) * 65536L;
    }

    static long shifted(int a, short s) {
        return ((a & 0x7FL) << 40) + ((s + 0L) << 33) - (-(a & 0xFFL) << 35) + ((a | 1L) << 32);
    }

    static long quotient(int a, int b) {
        return (a + 0L) / (b == 0 ? 1 : b) + (a * 1L) % 7;
    }

    public static void main(String[] args) {
        byte[][] records = {{0, 0, 0, 0, 0, 0, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}, {1, 2, 3, 4, 5, 6, 7, 8},
            {-128, 127, -2, 25, 7, 44, -3, 16}, {127, -128, 0, -1, 1, 0, -7, 12}};
        for (byte[] r : records) {
            System.out.println(toLong(r));
        }
        int[] xs = {0, 1, -1, 100000, -100000, 65535, 65536, 2147483647, -2147483648, 46341};
        for (int a : xs) {
            for (int b : xs) {
                System.out.println(product(a, b) + " " + unsignedProduct(a, b) + " " + shifted(a, (short) b) + " " + quotient(a, b));
            }
        }
    }
}
""",
        ("cpp", "python"),
    ),
    "java_literal_escapes_beyond_ascii": (
        "java",
        r"""
public class Main {
    static String codes(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append((int) s.charAt(i)).append(' ');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String[] texts = {"\377\u00e9\u0085\u00a0\u2028\u2029\ufeff", "\ud83d\ude00|\u200b", "é\u00ad"};
        for (String s : texts) {
            System.out.println(s.length() + ": " + codes(s));
        }
        System.out.println((int) '\u2028' + " " + (int) '\377' + " " + (int) '\uffff');
    }
}
""",
        ("python",),
    ),
    "cpp_literal_escapes": (
        "cpp",
        r"""
#include <iostream>
#include <string>
using namespace std;

string codes(const string& s) {
    string out = "";
    for (char c : s) {
        out += to_string((int) c) + " ";
    }
    return out;
}

int main() {
    string texts[] = {"\x41\x1b[0m\033|\a\v\1", "\x7f\x01\x02x\x0B\x0c\x1C", "\t\\\"\'\?", "\x4a\x4Ag\x4", ""};
    for (const string& s : texts) {
        cout << s.size() << ": " << codes(s) << endl;
    }
    char cs[] = {'\x41', '\x7f', '\1', '\033', '\x0'};
    for (char c : cs) {
        cout << (int) c << " ";
    }
    cout << endl;
    return 0;
}
""",
        ("java", "python"),
    ),
    "python_literal_escapes": (
        "python",
        r"""
def codes(s):
    out = []
    for c in s:
        out.append(str(ord(c)))
    return " ".join(out)


def main():
    texts = ["a\x001", "\x1b[0m", "\x7f\x01\x02x", "tab\there", "\x0b\x0c\x1c\x1f", "", "\\0", "\x00\x00" + "7"]
    for s in texts:
        print(len(s), codes(s))


if __name__ == "__main__":
    main()
""",
        ("java", "cpp"),
    ),
}


@cache
def _run(language: str, code: str) -> RunResult:
    return run_program(language, code, limits=LIMITS)


CASES = [(name, target) for name, (_, _, targets) in sorted(PROGRAMS.items()) for target in targets]


@pytest.mark.parametrize(("name", "target"), CASES)
def test_program_prints_what_its_source_prints(name: str, target: str) -> None:
    source, program, _ = PROGRAMS[name]
    code = program.lstrip()
    expected = _run(source, code)
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(code, source=source, target=target, output="file")
    actual = _run(target, translation)
    assert actual.stdout == expected.stdout, f"{target}:\n{translation}\n{actual.stderr[-800:]}"
