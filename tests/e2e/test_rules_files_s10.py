"""Whole real-looking files, session 10 (issue 14): module-level sets of literals and the bound
membership tests real modules hand out (``iskeyword = frozenset(kwlist).__contains__``), and Java
switch expressions. Each program is hand-written (not from the benchmark or the real-file sample),
translated whole, built and run against its source; what cannot be translated is refused with its
place."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, run_program

LIMITS = Limits(wall_seconds=30.0)

RESERVED_PY = '''\
"""Reserved words of a small query language."""

__all__ = ["is_reserved", "is_operator", "words"]

words = [
    "select",
    "from",
    "where",  # filters
    "order",
]

is_reserved = frozenset(words).__contains__
is_operator = {"and", "or", "not"}.__contains__
is_small_prime = frozenset((2, 3, 5, 7)).__contains__
UNITS = frozenset({"cm", "m", "km"})
seen = set(["x"])


def classify(token: str) -> str:
    if is_reserved(token):
        return "keyword"
    if is_operator(token):
        return "operator"
    if token in UNITS:
        return "unit"
    if token in seen:
        return "seen"
    return "name"


def remember(token: str) -> int:
    seen.add(token)
    return len(seen)


if __name__ == "__main__":
    for token in ["select", "SELECT", "or", "km", "x", "y", "", "order"]:
        print(token, classify(token))
    print(remember("y"), classify("y"), remember("y"))
    print(sum(1 for n in range(10) if is_small_prime(n)), is_small_prime(-3))
    words.append("limit")
    print(is_reserved("limit"), len(words))
'''


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_python_module_sets_and_bound_membership_run_as_their_source(target: str) -> None:
    expected = run_program("python", RESERVED_PY, limits=LIMITS)
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(RESERVED_PY, source="python", target=target, output="file")
    actual = run_program(target, translation, limits=LIMITS)
    assert actual.exit_code == 0, f"{actual.stderr[-800:]}\n{translation}"
    assert actual.stdout == expected.stdout, translation


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        (
            "names = [f(1)]\n\n\ndef f(x: int) -> int:\n    return x\n",
            "module-level list 'names' holding values other than literals",
            "line 1:9",
        ),
        (
            "def f(x: int) -> int:\n    global names\n    names = ['c']\n    return x\n\n\n"
            "names = ['a', 'b']\nis_name = frozenset(names).__contains__\n",
            "module-level variable 'is_name' that is not a constant",  # the list is rebound: not read
            "line 8:1",
        ),
        (
            "def f(x: int) -> int:\n    return x\n\n\nsizes = {1, 2}\n",
            "module-level set 'sizes' of ints that functions may add to",
            "line 5:9",
        ),
        (
            "def f(x: int) -> int:\n    return x\n\n\nmixed = frozenset({1, 'a'})\n",
            "module-level set 'mixed' holding values other than literals of one type",
            "line 5:19",
        ),
        (
            "def f(x: int) -> int:\n    return x\n\n\nhas = frozenset(['a', 1]).__contains__\n",
            "module-level variable 'has' that is not a constant",
            "line 5:1",
        ),
    ],
)
def test_python_module_values_not_read_are_refused_with_their_place(code: str, named: str, where: str) -> None:
    for target in ("cpp", "java"):
        with pytest.raises(TranscoderError) as refused:
            translate(code, source="python", target=target, output="file")
        message = str(refused.value)
        assert named in message and where in message, message


TOKENS_JAVA = """\
public final class Tokens {
    static final int WORD = 0, NUMBER = 1, SPACE = 2;

    static String kindName(int kind) {
        return switch (kind) {
            case WORD -> "word";
            case NUMBER, SPACE -> {
                String s = kind == NUMBER ? "number" : "space";
                yield s.toUpperCase();
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    static int kindOf(char c) {
        int kind = switch (c) {
            case ' ', '\\t':
                yield SPACE;
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                yield NUMBER;
            default: {
                if (!Character.isLetter(c)) {
                    throw new IllegalArgumentException("not a token: " + c);
                }
                yield WORD;
            }
        };
        return kind;
    }

    static int weight(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int w;
            w = switch (kindOf(text.charAt(i))) { case WORD -> 3; case NUMBER -> 2; default -> 0; };
            total += w;
        }
        return total;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try {
                System.out.println(kindName(k));
            } catch (IllegalArgumentException e) {
                System.out.println("refused " + k);
            }
        }
        System.out.println(weight("ab 12\\tc") + " " + kindOf('7') + " " + kindOf('x'));
        try {
            kindOf('#');
        } catch (IllegalArgumentException e) {
            System.out.println("bad char");
        }
    }
}
"""


LEVELS_JAVA = """\
enum Level {
    LOW,
    MEDIUM,
    HIGH;

    static Level of(int code) {
        return switch (code) {
            case 0 -> LOW;
            case 1 -> MEDIUM;
            case 2 -> HIGH;
            default -> throw new IllegalArgumentException("Unknown level: " + code);
        };
    }

    static Level max(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static int weight(Level level) {
        int w = switch (level) {
            case LOW -> 1;
            case MEDIUM -> { int k = of(1).ordinal(); yield 10 * k; }
            default -> 100;
        };
        return w;
    }
}

public class Alarms {
    public static void main(String[] args) {
        Level top = Level.LOW;
        for (int code : new int[] {1, 0, 2, 1}) {
            top = Level.max(top, Level.of(code));
            System.out.println(Level.of(code) + " " + top + " " + Level.weight(Level.of(code)));
        }
        try {
            Level.of(7);
        } catch (IllegalArgumentException e) {
            System.out.println("no level 7");
        }
        System.out.println(Level.of(2) == Level.HIGH);
    }
}
"""
ACCOUNT_JAVA = """\
public class Account {
    private static int opened = 0;
    private final String owner;
    private long balance;

    private Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
        opened++;
    }

    static Account open(String owner) {
        return new Account(owner, 0);
    }

    void deposit(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount " + amount);
        }
        balance += amount;
    }

    private static String describe(Account a) {
        return a.owner + ": " + a.balance;
    }

    public static void main(String[] args) {
        Account a = open("ann");
        Account b = new Account("bob", 5);
        a.deposit(30);
        b.deposit(7);
        try {
            a.deposit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("refused");
        }
        System.out.println(describe(a));
        System.out.println(describe(b) + " " + opened + " " + args.length);
    }
}
"""
JAVA_PROGRAMS = {"switch_expressions": TOKENS_JAVA, "enum_static_methods": LEVELS_JAVA, "main_in_a_class_with_instances": ACCOUNT_JAVA}


@pytest.mark.parametrize("program", sorted(JAVA_PROGRAMS))
@pytest.mark.parametrize("target", ["cpp", "python"])
def test_java_whole_programs_run_as_their_source(program: str, target: str) -> None:
    """Switch expressions returned, declared and assigned (rules, groups with yield, blocks, throw);
    an enum's static methods (C++: free functions Level_of, an enum class has no members); the
    main of a class with instances and private members (it was a static method of the class, and
    neither translation ran: no C++ main, no Python entry)."""
    code = JAVA_PROGRAMS[program]
    expected = run_program("java", code, limits=LIMITS)
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(code, source="java", target=target, output="file")
    actual = run_program(target, translation, limits=LIMITS)
    assert actual.exit_code == 0, f"{actual.stderr[-800:]}\n{translation}"
    assert actual.stdout == expected.stdout, translation


def _in_class(body: str) -> str:
    return "class S {\n" + body + "}\n"


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        (
            _in_class("    static int f(int c) {\n        return 1 + switch (c) { case 0 -> 1; default -> 2; };\n    }\n"),
            "unsupported Java construct: switch expression 'switch (c)",
            "line 3:20",
        ),
        (
            "enum E { A, B }\n" + _in_class("    static int f(E e) {\n        return switch (e) { case A -> 1; case B -> 2; };\n    }\n"),
            "switch expression without a default",
            "line 4:16",
        ),
        (
            _in_class("    static int f(int c) {\n        var x = switch (c) { case 0 -> 1; default -> 2; };\n        return x;\n    }\n"),
            "switch expression declaring a variable of type 'var'",
            "line 3:17",
        ),
        (
            _in_class(
                "    static int f(int c) {\n        int x = switch (c) {\n            default -> {\n"
                "                for (int i = 0; i < c; i++) {\n                    if (i > 2) yield i;\n                }\n"
                "                yield 0;\n            }\n        };\n        return x;\n    }\n"
            ),
            "yield inside a loop or switch of a switch expression's arm",
            "line 6:",
        ),
    ],
)
def test_java_switch_expressions_not_read_are_refused_with_their_place(code: str, named: str, where: str) -> None:
    for target in ("cpp", "python"):
        with pytest.raises(TranscoderError) as refused:
            translate(code, source="java", target=target, output="file")
        message = str(refused.value)
        assert named in message and where in message, message
