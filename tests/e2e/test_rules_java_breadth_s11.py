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
