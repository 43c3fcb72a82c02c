"""Java sources, session 11 (issue 13, breadth), correct or refuse, each translation built and run
against its source on inputs that include the edge cases:

- string and char literals read as javac reads them: a Unicode escape is replaced before the
  literal is read (``"\\u005cn"`` is a line feed, ``"\\\\u0041"`` is not an escape, ``\\uuu0041``
  is), an octal escape takes three digits only when the first is 0..3 (``"\\477"`` is ``'\\47'``
  then ``'7'``), ``\\s`` is a space; C++'s ``\\x`` escapes take every hex digit that follows (they
  were read as the letter x);
- literals printed with what is not printable escaped (octal in C++ and Java, ``\\x``/``\\u`` in
  Python), and a NUL before a digit as ``\\000`` (``"\\01"`` was the character 1 in every target);
- Java's ``(byte)``/``(short)``/``(char)`` of a double: through the int (``(byte) 1e18`` is -1); a long
  operation none of whose printed operands is 64-bit in C++ (``(b & 0xFFL) << 48``, ``a * 1L * b``);
- the JDK's constants (``Double.NaN``, the infinities, ``MIN_VALUE``/``MIN_NORMAL``, ``Float.*``,
  ``Short``/``Byte`` limits, ``SIZE``/``BYTES``, ``Character.MIN_VALUE``/``MAX_VALUE``) and
  ``Double``/``Float`` ``isNaN``/``isInfinite``/``isFinite`` (were refused: 'unknown name');
- ``1 << h`` of a count that may be negative (Java masks it: -1 shifts by 31): the range analysis
  took only the counts within 0..31, so ``(1 << h) - 1`` overflowed in C++ (UBSan stop).
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
    "java_jdk_constants": (
        "java",
        r"""
public class Main {
    static double clampToFinite(double x) {
        if (x != x) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.MAX_VALUE;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return -Double.MAX_VALUE;
        }
        return x;
    }

    static String classify(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+inf" : "-inf";
        }
        if (!Double.isFinite(x)) {
            return "not finite";
        }
        if (Float.isInfinite((float) x) && !Float.isNaN((float) x) && !Float.isFinite((float) x)) {
            return "beyond float";
        }
        if (x != 0.0 && Math.abs(x) < Double.MIN_NORMAL) {
            return "subnormal";
        }
        if (x != 0.0 && Math.abs(x) < Float.MIN_NORMAL) {
            return "below float normals";
        }
        return "plain";
    }

    static int bits(double x) {
        return x < Short.MIN_VALUE || x > Short.MAX_VALUE ? Integer.SIZE : x < Byte.MIN_VALUE || x > Byte.MAX_VALUE ? Short.SIZE : Byte.SIZE;
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1.0, -1.0, 127.0, 128.0, -128.0, -129.0, 32767.0, 32768.0, -32769.0, 1e-310, 1e-40,
            3.5e38, 1e308, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Double.MIN_NORMAL};
        for (double x : xs) {
            double c = clampToFinite(x);
            System.out.println(classify(x) + " " + bits(x) + " " + (c == x) + " " + (c > 1e300) + " " + (long) x + " " + (x / 2 == 0.0));
        }
        float f = Float.NaN;
        float g = Float.NEGATIVE_INFINITY;
        System.out.println((f != f) + " " + (g < -Float.MAX_VALUE) + " " + (Float.MIN_VALUE > 0) + " " + (Float.MIN_VALUE / 2 == 0));
        System.out.println(Short.MAX_VALUE + 1 + " " + (Short.MIN_VALUE - 1) + " " + (Byte.MAX_VALUE + 1) + " " + Byte.MIN_VALUE);
        System.out.println(Integer.SIZE + Long.SIZE + Short.BYTES * 100 + Long.BYTES * 1000 + Character.BYTES * 10000 + Double.SIZE);
        System.out.println(Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Float.MIN_EXPONENT + " " + Character.MAX_RADIX);
        System.out.println((int) Character.MIN_VALUE + " " + Float.SIZE + Float.BYTES + Byte.BYTES + Integer.BYTES);
    }
}
""",
        ("cpp", "python"),
    ),
    "java_char_max_value": (
        "java",
        r"""
public class Main {
    static int top(String s) {
        char best = Character.MIN_VALUE;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > best && s.charAt(i) != Character.MAX_VALUE) {
                best = s.charAt(i);
            }
        }
        return best + (int) Character.MAX_VALUE;
    }

    public static void main(String[] args) {
        String[] texts = {"", "a", "az", "\uffff", "\u00e9a", "\0"};
        for (String s : texts) {
            System.out.println(top(s));
        }
    }
}
""",
        ("python",),  # C++ refuses: its char holds 8 bits
    ),
    "java_shift_by_a_negative_count": (
        "java",
        r"""
public class Main {
    static byte maskHighOrder(byte[] arr, int bits) {
        int lastByteIndex = arr.length - 1;
        byte bitsMod8 = (byte) (bits % 8);
        byte highBits = bitsMod8 == 0 ? 8 : bitsMod8;
        byte msbMaskOff = (byte) ((1 << highBits) - 1);
        arr[lastByteIndex] &= msbMaskOff;
        return highBits;
    }

    static int mask(int k) {
        byte h = (byte) (k % 8);
        return (1 << h) - 1 + (3 << (h - 2));
    }

    public static void main(String[] args) {
        int[] ks = {0, 1, -1, 7, -7, 8, -8, 9, 15, -15, 2147483647, -2147483648};
        for (int k : ks) {
            byte[] arr = {32, 5, -1};
            int high = maskHighOrder(arr, k);
            System.out.println(high + " " + arr[2] + " " + mask(k));
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
