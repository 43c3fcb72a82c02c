"""TransCoder tokens: the conventions, readable detokenization, and the round trip on every function of
the GfG valid split and the GitHub sample corpus."""

from __future__ import annotations

import ast
import gzip
import importlib
import json
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages import get_language

EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}


def tokens_of(name: str, code: str) -> str:
    return " ".join(get_language(name).tokenize(code))


# -- TransCoder's conventions -----------------------------------------------------------------------
def test_python_layout_tokens_match_transcoder() -> None:
    code = "def f_gold ( x , y ) :\n    while ( y != 0 ) :\n        carry = x & y\n        y = carry << 1\n    return x\n"
    assert tokens_of("python", code) == (
        "def f_gold ( x , y ) : NEW_LINE INDENT while ( y != 0 ) : NEW_LINE INDENT carry = x & y NEW_LINE "
        "y = carry << 1 NEW_LINE DEDENT return x NEW_LINE DEDENT"
    )


def test_cpp_and_java_have_no_layout_tokens_except_after_directives() -> None:
    cpp = (
        "#include <vector>\n#define SQUARE(x) ((x) * (x))\nint f(int a) {\n    return SQUARE(a); // why\n}\n"
    )
    assert tokens_of("cpp", cpp) == (
        "#include <vector> NEW_LINE #define SQUARE ( x ) ( ( x ) * ( x ) ) NEW_LINE "
        "int f ( int a ) { return SQUARE ( a ) ; }"
    )
    java = "class A {\n  /** doc */\n  static int f(int a) {\n    return a; // why\n  }\n}\n"
    assert tokens_of("java", java) == "class A { static int f ( int a ) { return a ; } }"


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("cpp", 'auto s = "a b\\tc";', 'auto s = "a▁b\\tc" ;'),
        ("cpp", "char c = ' ';", "char c = '▁' ;"),
        ("cpp", 'auto r = R"(one\ntwo\tthree)";', 'auto r = R"(oneSTRNEWLINEtwoTABSYMBOLthree)" ;'),
        ("cpp", 'auto w = L"wide  text" u8"x";', 'auto w = L"wide▁▁text" u8"x" ;'),
        ("java", 'String s = "a b";', 'String s = "a▁b" ;'),
        (
            "java",
            'String t = """\n    hi there\n    """;',
            'String t = """STRNEWLINE▁▁▁▁hi▁thereSTRNEWLINE▁▁▁▁""" ;',
        ),
        ("python", "s = 'a b'\n", "s = 'a▁b' NEW_LINE"),
        ("python", 'f = f"{x} {y!r:>4}"\n', 'f = f"{x}▁{y!r:>4}" NEW_LINE'),
        ("python", "m = '''one\n\ttwo'''\n", "m = '''oneSTRNEWLINETABSYMBOLtwo''' NEW_LINE"),
        ("python", "b = rb'\\d+ x'\n", "b = rb'\\d+▁x' NEW_LINE"),
    ],
)
def test_literals_are_one_token_without_whitespace(name: str, code: str, expected: str) -> None:
    assert tokens_of(name, code) == expected


def test_python_docstrings_and_comments_are_dropped_and_empty_blocks_get_pass() -> None:
    code = '''\
def f(x):
    """Docstring."""
    # comment
    return x  # trailing


class Stub:
    def todo(self):
        """Only a docstring."""
'''
    assert tokens_of("python", code) == (
        "def f ( x ) : NEW_LINE INDENT return x NEW_LINE DEDENT "
        "class Stub : NEW_LINE INDENT def todo ( self ) : NEW_LINE INDENT pass NEW_LINE DEDENT DEDENT"
    )
    detokenized = get_language("python").detokenize(get_language("python").tokenize(code))
    assert detokenized == "def f(x):\n    return x\nclass Stub:\n    def todo(self):\n        pass\n"


def test_python_tokenize_reports_lexer_errors_with_location() -> None:
    with pytest.raises(SyntaxErrorInSource) as raised:
        get_language("python").tokenize("def f():\n        x = 1\n    return x\n")
    assert raised.value.location is not None and raised.value.location.line == 3


# -- readable detokenization ------------------------------------------------------------------------
CPP_READABLE = """\
#include <bits/stdc++.h>
using namespace std;
int count(vector<vector<int>>& grid, const char* name, int n) {
    int total = 0, *p = &total;
    for (int i = 0; i < n; i++) {
        switch (grid[i][0]) {
            case 1:
                total += -grid[i][1];
                break;
            default:
                total -= !n ? 1 : 2;
        }
    }
    if (total > 0 && n < 3) return total;
    else return -1;
    auto cmp = [&](int a, int b) {
        return a < b;
    };
    int arr[] = {1, 2, 3};
    return static_cast<int>(sizeof(arr)) + *p + (n >> 1);
}
"""

CPP_CLASS_READABLE = """\
#include <vector>
#define SQUARE(x) ((x) * (x))
#define LIMIT (1 << 20)
template <typename T>
class Stack : public Base {
    public:
        explicit Stack(int capacity) : items_(capacity) {}
        virtual ~Stack() {}
        T top() const {
            return items_.back();
        }
    private:
        std::vector<T> items_;
};
int main() {
    int* p = new int[10];
    delete[] p;
    do {
        p++;
    } while (SQUARE(*p) < LIMIT);
}
"""

JAVA_READABLE = """\
class Solution {
    static <T> List<List<T>> group(Map<String, Integer> counts, int... values) {
        List<List<T>> result = new ArrayList<>();
        int[] arr = {1, 2};
        for (int value : values) {
            if (value % 2 == 0) {
                result.add(new ArrayList<>());
            } else if (value > 10) {
                continue;
            } else {
                counts.put("odd one", -value);
            }
        }
        Runnable r = () -> System.out.println(arr[0]++);
        label: while (true) {
            break label;
        }
        return result;
    }
    @Override
    @SuppressWarnings("unchecked")
    public String toString() {
        return "Solution";
    }
}
"""

PYTHON_READABLE = """\
@decorator(key=1)
def f(a, b=2, *args, **kwargs) -> int:
    if not a and -b < 3:
        return a[1:n] + a[::2] + {'k': v for v in args}
    elif a is None:
        x = lambda y: y ** 2
    else:
        print('%d items' % len(a), end='')
    while True:
        break
    return f(*args, **kwargs)[0] - 1
"""


@pytest.mark.parametrize(
    ("name", "readable"),
    [
        ("cpp", CPP_READABLE),
        ("cpp", CPP_CLASS_READABLE),
        ("java", JAVA_READABLE),
        ("python", PYTHON_READABLE),
    ],
)
def test_detokenize_restores_readable_code(name: str, readable: str) -> None:
    language = get_language(name)
    tokens = language.tokenize(readable)
    assert language.detokenize(tokens) == readable


@pytest.mark.parametrize(
    ("name", "sequence"),
    [
        ("cpp", "int f ( ) { return ( 1 ; } } else"),
        ("java", "static void f ( ) ) { x = = ; int [ ] a"),
        ("python", "def f ( x : NEW_LINE INDENT return x ) DEDENT DEDENT INDENT"),
        ("python", "x = 1 INDENT"),
    ],
)
def test_detokenize_never_fails_on_broken_model_output(name: str, sequence: str) -> None:
    language = get_language(name)
    tokens = sequence.split(" ")
    text = language.detokenize(tokens)
    assert all(token in text for token in tokens if token not in ("NEW_LINE", "INDENT", "DEDENT"))


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_empty_and_comment_only_code_has_no_tokens(name: str) -> None:
    language = get_language(name)
    comment = "# only a comment\n" if name == "python" else "// only a comment\n/* and another */\n"
    assert language.tokenize("") == language.tokenize(comment) == []
    assert language.detokenize([]) == ""


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_tokenize_is_safe_from_several_threads(name: str) -> None:
    code = {"cpp": CPP_READABLE, "java": JAVA_READABLE, "python": PYTHON_READABLE}[name]
    language = get_language(name)
    expected = language.tokenize(code)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(language.tokenize, [code] * 32))
    assert all(result == expected for result in results)


# -- hypothesis: literals with odd characters survive ---------------------------------------------
# Characters a literal may hold, escapes aside: letters, digits, punctuation, spaces, tabs, non-ASCII,
# and whitespace TransCoder has no marker for (written as escapes). The markers themselves (``▁``,
# ``STRNEWLINE``, ``TABSYMBOL``) are excluded: like TransCoder, we cannot tell them from whitespace.
literal_text = (
    st.lists(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\▁').filter(
            lambda character: not character.isspace()
        )
        | st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2003", "\x0b", "\x0c", "\\n", '\\"', "\\\\"]),
        max_size=30,
    )
    .map("".join)
    .filter(lambda text: "STRNEWLINE" not in text and "TABSYMBOL" not in text)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=literal_text)
def test_python_string_literal_values_survive_the_round_trip(text: str) -> None:
    language = get_language("python")
    code = f'value = "{text}"\n'
    tokens = language.tokenize(code)
    assert len(tokens) == 4 and not any(character.isspace() for character in tokens[2])
    detokenized = language.detokenize(tokens)
    assert ast.literal_eval(detokenized.split("=", 1)[1].strip()) == ast.literal_eval(f'"{text}"')
    assert language.tokenize(detokenized) == tokens


@settings(max_examples=100, deadline=None)
@given(text=literal_text.filter(lambda text: not any(c in text for c in "\u00a0\u2003\x0b\x0c")))
@pytest.mark.parametrize("name", ["cpp", "java"])
def test_c_family_string_literals_survive_the_round_trip(name: str, text: str) -> None:
    language = get_language(name)
    declaration = "std::string" if name == "cpp" else "String"
    code = f'{declaration} value = "{text}";'
    tokens = language.tokenize(code)
    literal = next(token for token in tokens if token.startswith('"'))
    assert not any(character.isspace() for character in literal)
    detokenized = language.detokenize(tokens)
    assert f'"{text}"' in detokenized
    assert language.tokenize(detokenized) == tokens


@settings(max_examples=100, deadline=None)
@given(
    numbers=st.lists(st.integers(-(10**6), 10**6), min_size=1, max_size=6),
    operators=st.lists(
        st.sampled_from(["+", "-", "*", "<<", ">>", "&", "|", "^", "<", ">", "=="]), min_size=6
    ),
)
@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_arithmetic_with_signs_survives_the_round_trip(
    name: str, numbers: list[int], operators: list[str]
) -> None:
    expression = " ".join(
        f"{operator} {number}" for operator, number in zip(operators, numbers, strict=False)
    )
    expression = f"x {expression}".replace("- -", "- - ").replace("+ -", "+ - ")
    code = {
        "cpp": f"int y = {expression};",
        "java": f"int y = {expression};",
        "python": f"y = {expression}\n",
    }[name]
    language = get_language(name)
    tokens = language.tokenize(code)
    detokenized = language.detokenize(tokens)
    assert language.syntax_errors(detokenized) == []
    assert language.tokenize(detokenized) == tokens


# A random program: statements are ("set", name, value), ("if", condition, body, else_body) and
# ("while", condition, body); rendered in each language in the layout detokenize writes, so the
# round trip must give back exactly the same text.
names = st.sampled_from(["a", "b", "total", "x1"])
statements = st.recursive(
    st.tuples(st.just("set"), names, st.integers(-99, 99)),
    lambda inner: st.one_of(
        st.tuples(st.just("if"), names, st.lists(inner, min_size=1, max_size=3), st.lists(inner, max_size=2)),
        st.tuples(st.just("while"), names, st.lists(inner, min_size=1, max_size=3)),
    ),
    max_leaves=12,
)


def render(name: str, body: list[tuple[object, ...]], depth: int = 1) -> list[str]:
    pad = "    " * depth
    lines: list[str] = []
    for statement in body:
        kind = statement[0]
        if kind == "set":
            _, variable, value = statement
            lines.append(f"{pad}{variable} = {value}" + ("" if name == "python" else ";"))
        elif name == "python":
            _, condition, block, *rest = statement
            lines.append(f"{pad}{kind} {condition} > 0:")
            lines += render(name, block, depth + 1)  # type: ignore[arg-type]
            if rest and rest[0]:
                lines.append(f"{pad}else:")
                lines += render(name, rest[0], depth + 1)  # type: ignore[arg-type]
        else:
            _, condition, block, *rest = statement
            lines.append(f"{pad}{kind} ({condition} > 0) {{")
            lines += render(name, block, depth + 1)  # type: ignore[arg-type]
            if rest and rest[0]:
                lines.append(f"{pad}}} else {{")
                lines += render(name, rest[0], depth + 1)  # type: ignore[arg-type]
            lines.append(f"{pad}}}")
    return lines


@settings(max_examples=60, deadline=None)
@given(body=st.lists(statements, min_size=1, max_size=4))
@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_random_nested_blocks_round_trip_exactly(name: str, body: list[tuple[object, ...]]) -> None:
    header = {
        "cpp": "void f(int a, int b, int total, int x1) {",
        "java": "static void f(int a, int b, int total, int x1) {",
    }
    lines = render(name, body)
    code = (
        "\n".join(["def f(a, b, total, x1):", *lines] if name == "python" else [header[name], *lines, "}"])
        + "\n"
    )
    language = get_language(name)
    tokens = language.tokenize(code)
    assert language.detokenize(tokens) == code
    assert language.syntax_errors(code if name != "java" else f"class A {{\n{code}}}\n") == []


# -- the property on every function of the benchmark and the corpus --------------------------------
# Java methods and constructors are class members: they are parsed inside a class (a constructor on
# its own is not valid Java). C++ and Python functions, methods included, parse on their own.
PARSE_CONTEXT = {"cpp": ("", ""), "java": ("class Wrapper {\n", "\n}\n"), "python": ("", "")}


def in_context(name: str, text: str) -> str:
    prefix, suffix = PARSE_CONTEXT[name]
    return prefix + text + suffix


@dataclass
class FunctionSet:
    """The functions of one language that the property is checked on, and those left out."""

    functions: list[tuple[str, str]] = field(default_factory=list)  # (where it comes from, its text)
    excluded: int = 0  # functions whose own source does not parse without errors


@pytest.fixture(scope="module")
def function_sets(shared_dir: Path) -> dict[str, FunctionSet]:
    """Every function ``extract_functions`` finds in the GfG valid split and the corpus, parsed once."""
    sets: dict[str, FunctionSet] = {}
    for name, extension in EXTENSIONS.items():
        language = get_language(name)
        sources: list[tuple[str, str]] = [
            (path.name, path.read_text(encoding="utf-8"))
            for path in sorted((shared_dir / "benchmarks/transcoder-gfg/valid" / name).glob(f"*.{extension}"))
        ]
        for path in sorted((shared_dir / "corpus/github-sample").glob(f"{name}.*.json.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                sources.extend(
                    (f"{path.name}:{number}", json.loads(line)["content"])
                    for number, line in enumerate(lines)
                )
        function_set = FunctionSet()
        for origin, source in sources:
            for function in language.extract_functions(source):
                if language.parse(in_context(name, function.text)).root_node.has_error:
                    function_set.excluded += 1
                else:
                    function_set.functions.append((f"{origin}:{function.name}", function.text))
        sets[name] = function_set
    return sets


def compiles(code: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences in corpus strings
            compile(code, "<function>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError:
        return False
    return True


# Lower bounds on what is checked, so that a broken extractor cannot make the property vacuous.
MINIMUM_CHECKED = {"cpp": 3400, "java": 6400, "python": 1900}


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_every_function_round_trips_through_tokens(function_sets: dict[str, FunctionSet], name: str) -> None:
    language = get_language(name)
    function_set = function_sets[name]
    assert len(function_set.functions) >= MINIMUM_CHECKED[name]
    assert function_set.excluded <= 0.07 * len(function_set.functions)
    failures: list[str] = []
    for origin, text in function_set.functions:
        tokens = language.tokenize(text)
        if not tokens or any(not token or any(c.isspace() for c in token) for token in tokens):
            failures.append(f"{origin}: a token is empty or holds whitespace")
            continue
        detokenized = language.detokenize(tokens)
        errors = language.syntax_errors(in_context(name, detokenized))
        if errors:
            failures.append(f"{origin}: detokenized code does not parse: {errors[0]}")
        elif name == "python" and compiles(text) and not compiles(detokenized):
            # tree-sitter forgives an unexpected indent; CPython does not (Python 2 code aside).
            failures.append(f"{origin}: detokenized code does not compile")
        elif language.tokenize(detokenized) != tokens:
            failures.append(f"{origin}: detokenized code tokenizes differently")
    assert failures == []


# -- TransCoder-exact tokens: the original's output, recorded by running facebookresearch/TransCoder's
# code_tokenizer (libclang 11, its javalang copy, sacrebleu 1.2.11) on these inputs; every GfG function
# is compared with the running original by benchmarks/versus_original_pipeline.py.
ORIGINAL_CASES = [
    (
        "cpp",
        'printf("Hello, world!\\n"); char c = \'A\'; s = ""; x = 1e-5 + 0x1F + a>>2; // hi',
        'printf ( " Hello , ▁ world ! \\n " ) ; char c = \' A \' ; s = " " ; x = 1e - 5 + 0x1F + a >> 2 ;',
        'printf ( "Hello, world!\\n" );\nchar c = \'A\';\ns = "";\nx = 1e - 5 + 0x1F + a >> 2;\n',
    ),
    (
        "cpp",
        "std::vector<::std::string> v; a<::>b; u8'a'; q = '';",
        "std :: vector < :: std :: string > v ; a <: :> b ; u8 ' a ' ; q = '' ;",
        "std :: vector < :: std :: string > v;\na <: :> b;\nu8 'a';\nq = '';\n",
    ),
    (
        "cpp",
        '1.e+5f 0x1p-3 0x1_p-3 1_e+2 R"xy(a)" b)xy" r a.*b .. ... "s"_op "t"sv',
        '1 . e + 5f 0x1p - 3 0x1 _ p - 3 1 _ e + 2 R " xy ( a ) " ▁ b ) xy " r a .* b . . ... " s " _ op " t " sv',
        '1 . e + 5f 0x1p - 3 0x1 _ p - 3 1 _ e + 2 R "xy(a)" SPACETOKEN b ) xy "ra.*b....." s "_op" t " sv',
    ),
    ("cpp", "int\xa0x; µ ́x; 题目：x", "int \xa0 x ; µ ́ x ; 题目：x", "int \xa0 x;\nµ ́ x;\n题目：x"),
    (
        "java",
        'String s = ""; int x = a >> 2 >>> 1; x >>= 3; char c = \'\\n\'; String t = "a b\\tc";',
        'String s = " " ; int x = a > > 2 > > > 1 ; x >>= 3 ; char c = \' \\n \' ; String t = " a ▁ b\\tc " ;',
        'String s = "" ;\nint x = a >> 2 >>> 1 ;\nx >>= 3 ;\nchar c = \'\\n\' ;\nString t = "a b\\tc" ;\n',
    ),
    (
        "java",
        "double d = .5e-3f + 0x1.8p1 + 1_000L + 0b101 + 017; @Override",
        "double d = .5e-3f + 0x1.8p1 + 1_000L + 0b101 + 017 ; @ Override",
        "double d = .5e-3f + 0x1.8p1 + 1_000L + 0b101 + 017 ;\n@ Override",
    ),
    (
        "java",
        'String u = "\\u0041 \\\\u0041";',
        'String u = " A ▁ \\\\u0041" ;',
        'String u = "A \\\\u0041" ;\n',
    ),
    (
        "python",
        'def f(a):\n    """doc"""\n    return "a b" + a # c\n',
        'def f ( a ) : NEW_LINE INDENT return " a ▁ b " + a NEW_LINE DEDENT',
        'def f ( a ) :\n    return "a b" + a\n',
    ),
    (
        "python",
        'class A:\n    def g(self):\n        """only doc"""\nx = \'Wrong input\'\n',
        "class A : NEW_LINE INDENT def g ( self ) : NEW_LINE DEDENT x = ' Wrong ▁ input ' NEW_LINE",
        "class A :\n    def g ( self ) :\nx = 'Wrong input'\n",
    ),
    (
        "python",
        "s = \"#x\" + '''one\n\ttwo''' + f\"{a} {b}\"\n",
        "s = \" # x \" + ''' one STRNEWLINE TABSYMBOL two ''' + f \" { a } ▁ { b } \" NEW_LINE",
        "s = \"#x\" + '''one\n\ttwo''' + f \"{a} {b}\"\n",
    ),
    ("cpp", 'x = "a\rb"; // c\r\ny;', 'x = "a b "; // c y ;', 'x = "ab";\n//cy;\n'),
    (
        "cpp",
        'a = "q\\\nw" + ab\\\ncd + 1\\\n2 +\\\n= 3;',
        'a = " q\\ STRNEWLINE w " + abcd + 1\\ STRNEWLINE 2 +\\\n= 3 ;',
        'a = "q\\\nw" + abcd + 1 \\ STRNEWLINE 2 +\\\n= 3;\n',
    ),
    ("cpp", "\ufeffint x; // a \\\n b\nint y;", "int x ; int y ;", "int x;\nint y;\n"),
]


@pytest.mark.parametrize(("name", "code", "tokens", "text"), ORIGINAL_CASES)
def test_transcoder_exact_tokens_and_text_equal_the_originals(
    name: str, code: str, tokens: str, text: str
) -> None:
    module = importlib.import_module(f"transcoder.languages.{name}.tokens")
    assert module.tokenize_transcoder(code) == tokens.split(" ")
    assert module.detokenize_transcoder(tokens.split(" ")) == text


def test_transcoder_exact_detokenization_keeps_the_originals_literal_values() -> None:
    """A released model emits the original's literal pieces; the original rebuilds ``" "`` as the
    empty string and drops the spaces between pieces (issue 16: whole-literal decoding did not)."""
    python = importlib.import_module("transcoder.languages.python.tokens")
    cpp = importlib.import_module("transcoder.languages.cpp.tokens")
    java = importlib.import_module("transcoder.languages.java.tokens")

    def words(text: str) -> list[str]:
        return text.split(" ")

    assert python.detokenize_transcoder(
        words('print ( " " ) NEW_LINE print ( " Wrong ▁ input " ) NEW_LINE')
    ) == ('print ( "" )\nprint ( "Wrong input" )\n')
    assert cpp.detokenize_transcoder(words('cout << " " << " Wrong ▁ input " ;')) == (
        'cout << "" << "Wrong input";\n'
    )
    assert java.detokenize_transcoder(words('System . out . println ( " " + " Wrong ▁ input " ) ;')) == (
        'System . out . println ( "" + "Wrong input" ) ;\n'
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [("java", "int x = a # b;"), ("java", 'String s = "open'), ("python", "def f(:\n  x = (\n")],
)
def test_transcoder_exact_tokenizers_refuse_what_the_original_could_not_read(name: str, code: str) -> None:
    # The original returned no tokens at all here; ours says why, as a one-line error.
    module = importlib.import_module(f"transcoder.languages.{name}.tokens")
    with pytest.raises(SyntaxErrorInSource, match="TransCoder"):
        module.tokenize_transcoder(code)


def test_transcoder_exact_tokens_round_trip_through_the_originals_layout_on_gfg(shared_dir: Path) -> None:
    """Every GfG f_gold function: the exact tokens, laid out by the exact detokenizer, tokenize back
    to the same tokens (the original's layout is plain but lossless for real code)."""
    for name in ("cpp", "java", "python"):
        module = importlib.import_module(f"transcoder.languages.{name}.tokens")
        language = get_language(name)
        valid = shared_dir / "benchmarks/transcoder-gfg/valid" / name
        for path in sorted(valid.glob(f"*.{EXTENSIONS[name]}"))[:60]:
            for function in language.extract_functions(path.read_text(encoding="utf-8")):
                tokens = module.tokenize_transcoder(function.text)
                assert module.tokenize_transcoder(module.detokenize_transcoder(tokens)) == tokens, path.name
