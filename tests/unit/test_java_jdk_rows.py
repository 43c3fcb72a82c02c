"""Java library rows and constructs met in JDK code (issue 13, real code): what each target refuses,
with the line and column, where a translation could not compute what the source computes. The
translations themselves are run against their Java sources by the golden cases ``java_switch_rules``,
``java_jdk_exceptions``, ``java_jdk_strings``, ``java_returned_lambdas``, ``java_require_non_null``,
``java_read_only_parameters``, ``java_string_from_chars`` and ``java_code_points``."""

from __future__ import annotations

import pytest

import transcoder
from transcoder.engines.rules.java.library_jdk import portable_pattern
from transcoder.errors import TranscoderError


def _refusal(code: str, target: str) -> str:
    with pytest.raises(TranscoderError) as error:
        transcoder.translate_candidates(code, source="java", target=target, engine="rules")
    return str(error.value).splitlines()[0]


def _translates(code: str, target: str) -> str:
    [candidate] = transcoder.translate_candidates(code, source="java", target=target, engine="rules")
    return str(candidate.code)


@pytest.mark.parametrize(
    ("pattern", "portable"),
    [
        ("[^A-Za-z_0-9]", True),
        ("_{2,}", True),
        ("\\.", True),
        ("a+b", True),
        ("x*", False),  # matches an empty text: the dialects place empty matches differently
        (".", False),  # Java's dot stops at \r and \u0085, Python's only at \n
        ("\\d", False),  # Python's \d matches non-ASCII digits
        ("(a)b", False),
        ("ab|c", False),
        ("^a", False),
        ("[A-z]", False),  # a range across cases takes in [\]^_`
        ("a{0}", False),
    ],
)
def test_portable_patterns(pattern: str, portable: bool) -> None:
    assert portable_pattern(pattern) is portable


@pytest.mark.parametrize("target", ["cpp", "python"])
def test_replace_all_of_other_patterns_or_replacements_is_refused(target: str) -> None:
    dots = "static String f(String s) {\n    return s.replaceAll(\".\", \"_\");\n}\n"
    assert "line 2:12" in _refusal(dots, target) and "replaceAll of a pattern" in _refusal(dots, target)
    group = "static String f(String s) {\n    return s.replaceAll(\"a+\", \"$0$0\");\n}\n"
    assert "replaceAll with a replacement other than a plain literal" in _refusal(group, target)


@pytest.mark.parametrize("target", ["cpp", "python"])
def test_char_sequence_parameter_compared_is_refused(target: str) -> None:
    # a StringBuilder passed compares by identity: only charAt and length read the same
    code = "static boolean f(CharSequence s, String t) {\n    return s.equals(t);\n}\n"
    message = _refusal(code, target)
    assert "line 2:12" in message and "CharSequence parameter 's' used other than read" in message


@pytest.mark.parametrize("target", ["cpp", "python"])
def test_collection_parameter_changed_is_refused(target: str) -> None:
    # adding to a Set passed as a Collection may keep its size: a list would grow
    code = "static int f(Collection<Integer> c) {\n    c.add(1);\n    return c.size();\n}\n"
    assert "Collection parameter 'c' used other than read" in _refusal(code, target)


def test_lambda_returned_from_a_local_is_refused_in_cpp_only() -> None:
    code = (
        "static java.util.function.IntUnaryOperator addN(int n) {\n"
        "    java.util.function.IntUnaryOperator g = t -> t + n;\n    return g;\n}\n"
    )
    # C++'s local lambda captures by reference: the returned copy would read a dead n
    assert "line 3:5" in _refusal(code, "cpp") and "function value held in a variable" in _refusal(code, "cpp")
    assert "return g" in _translates(code, "python")
    returned = "static java.util.function.IntUnaryOperator addN(int n) {\n    return t -> t + n;\n}\n"
    assert "[=](int t)" in _translates(returned, "cpp")  # a copy of n, which Java never changes


def test_require_non_null_of_an_array_takes_an_optional_in_cpp() -> None:
    code = "static int f(int[] a) {\n    Objects.requireNonNull(a);\n    return a.length;\n}\n"
    cpp = _translates(code, "cpp")  # a C++ vector is never null: the parameter says it may be absent
    assert "const optional<vector<int>>& a" in cpp and "if (!a.has_value())" in cpp
    assert "if a is None:" in _translates(code, "python")


def test_to_int_exact_caught_differently_in_cpp_is_refused() -> None:
    # ArithmeticException reads as C++ domain_error, which does not catch the helper's overflow_error
    code = (
        "static int f(long v) {\n    try {\n        return Math.toIntExact(v);\n"
        "    } catch (ArithmeticException e) {\n        return -1;\n    }\n}\n"
    )
    assert "handler" in _refusal(code, "cpp")
    assert "except ArithmeticError:" in _translates(code, "python")


@pytest.mark.parametrize("target", ["cpp", "python"])
def test_strict_math_transcendental_functions_are_refused(target: str) -> None:
    # StrictMath follows fdlibm to the bit; the targets' libm need not
    code = "static double f(double x) {\n    return StrictMath.sin(x);\n}\n"
    assert "call of 'StrictMath.sin'" in _refusal(code, target)


@pytest.mark.parametrize("target", ["cpp", "python"])
def test_objects_equals_of_two_types_or_doubles_is_refused(target: str) -> None:
    # Integer.equals(Long) is false for equal values; Double.equals(-0.0, 0.0) is false
    mixed = "static boolean f(int a, long b) {\n    return Objects.equals(a, b);\n}\n"
    assert "line 2:12" in _refusal(mixed, target) and "Objects.equals of int32 and int64" in _refusal(mixed, target)
    doubles = "static boolean f(double a, double b) {\n    return Objects.equals(a, b);\n}\n"
    assert "Objects.equals of float64 and float64" in _refusal(doubles, target)


@pytest.mark.parametrize("target", ["cpp", "python"])
@pytest.mark.parametrize(
    ("code", "refusal"),
    [
        # identity in Java, values in C++ and Python
        ("static <T> boolean same(T a, T b) {\n    return a == b;\n}\n", "on a value of a type parameter"),
        ("static <T extends Comparable<T>> T most(T a, T b) {\n    return a;\n}\n", "type parameter with a bound"),
        # C++ deduces a template's types from the arguments only
        ("static <T> List<T> none(int n) {\n    return new ArrayList<T>();\n}\n", "that no parameter's type names"),
        ("static <T> boolean eq(T a, T b) {\n    return a.equals(b);\n}\n", "method 'equals' on T"),
        ("static <T> boolean has(List<T> a, T b) {\n    return a.contains(b);\n}\n", "contains on values of a type"),
        ("static <T> T orNull(List<T> a) {\n    return a.isEmpty() ? null : a.get(0);\n}\n", "null in a generic method"),
    ],
)
def test_generic_methods_doing_more_than_moving_values_are_refused(code: str, refusal: str, target: str) -> None:
    message = _refusal(code, target)
    assert refusal in message and message.startswith("line ")


def test_generic_method_calls_spell_their_type_arguments_in_cpp() -> None:
    code = (
        "static <T> T pick(List<T> v, int i, T otherwise) {\n    return i < v.size() ? v.get(i) : otherwise;\n}\n\n"
        "static int size(List<String> words) {\n    return pick(words, 0, \"\").length();\n}\n"
    )
    cpp = _translates(code, "cpp")
    assert "template <typename T> T pick(const vector<T>& v, int i, T otherwise)" in cpp
    assert 'pick<string>(words, 0, "")' in cpp  # not const char*, which C++ would deduce
    assert "def pick(v, i, otherwise):" in _translates(code, "python")
