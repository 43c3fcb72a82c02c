"""Unit tests made by running the source function (TransCoder-ST's idea, used at translation time).

Inputs are drawn from the function's parameter types (whichever side states them: the source,
else a candidate), the *source* function is run on them in the sandbox, and each input whose run
ends normally becomes a test with the printed result as its expected value. A candidate passes a
test when its driver prints the same canonical value (numbers that parse as floats compare with a
relative tolerance of 1e-6, since translations may evaluate floating point in another order).

Conventions the GfG-style functions share, kept here because the generated inputs must respect
them: an ``int`` parameter named like a length (``n``, ``m``, ``len``, ``size``...) that follows an
array or string is that argument's length (``f(int arr[], int n)``; ``f(a[], b[], m, n)`` pairs in
order); arrays are never empty (C++ has no empty array initialiser); a function returning nothing
is judged by the arrays it leaves behind.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from transcoder.errors import TranscoderError
from transcoder.languages import get_language
from transcoder.languages.base import FunctionInfo

SCALARS = ("int", "long", "float", "bool", "char", "str")
_LENGTH_NAME = re.compile(r"^(n|m|N|M|n\d|len|length|size|sz)$|(size|len|length|Size|Len|Length)$")
# An int named like a position after an array is an index into it (``f(arr, low, high)``).
_INDEX_NAME = re.compile(r"^(low|high|lo|hi|l|r|h|left|right|start|end|begin|first|last|idx|index|pos)$")
_PUBLIC_CLASS = re.compile(r"^(\s*)public\s+(?=(?:final\s+|abstract\s+)*class\b)")
_RESULT_LINE = re.compile(r"^R(\d+)\.(\d+):(.*)$")


class TestGenerationError(TranscoderError):
    """The function's interface is outside what tests can be generated for."""

    __test__ = False  # not a pytest test class, whatever its name says


@dataclass(frozen=True)
class ValueType:
    """The shape of a value tests pass around: a scalar kind, or a list of one."""

    kind: str  # one of SCALARS, or "list"
    element: ValueType | None = None

    def __str__(self) -> str:
        return f"list[{self.element}]" if self.element else self.kind


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ValueType
    spelled: str | None  # as the language writes it (to declare arguments); None in Python
    length_of: int | None = None  # index of the array/string parameter whose length this is
    index_into: int | None = None  # index of the array/string parameter this is a position in
    same_length_as: int | None = None  # an array without a length of its own shares this one's


@dataclass(frozen=True)
class Interface:
    name: str
    parameters: tuple[Parameter, ...]
    result: ValueType | None  # None: returns nothing
    owner: str | None = None  # the Java class holding the method, when the code declares one

    @property
    def callee(self) -> str:
        return f"{self.owner}.{self.name}" if self.owner else self.name


Value = int | float | bool | str | list["Value"]


def value_type(spelled: str, where: str) -> ValueType | None:
    """The value shape of a C++/Java type or a Python hint; None for ``void``."""
    text = " ".join(spelled.replace("const ", " ").replace("&", " ").replace("std::", "").split())
    if text in ("void", "None"):
        return None
    if text in ("char[]", "char*", "char *"):
        return ValueType("str")  # a C string, or Java's char array: text either way
    if text.endswith("[]") or text.endswith("*"):
        inner = text[:-2] if text.endswith("[]") else text[:-1]
        return ValueType("list", value_type(inner.strip(), where))
    generic = re.match(r"^(vector|List|ArrayList|list|List|Sequence)\s*[<\[](.*)[>\]]$", text)
    if generic:
        return ValueType("list", value_type(generic.group(2).strip(), where))
    if text in ("string", "String", "str"):
        return ValueType("str")
    if text in ("char", "Character"):
        return ValueType("char")
    if text in ("bool", "boolean", "Boolean"):
        return ValueType("bool")
    if text in ("float", "double", "Double", "Float", "long double"):
        return ValueType("float")
    if re.fullmatch(r"(unsigned |signed )?(long long|long)( int)?|Long|unsigned long( long)?( int)?", text):
        return ValueType("long")
    if re.fullmatch(r"(unsigned |signed )?(int|short)( int)?|unsigned|Integer|Short|byte|Byte|int", text):
        return ValueType("int")
    raise TestGenerationError(f"cannot generate tests for {where}: type '{spelled}' is not supported")


def interface_of(function: FunctionInfo) -> Interface:
    """The interface of a function whose types are written (C++, Java, or hinted Python)."""
    if function.return_type is None and function.parameters:
        untyped = [p.name for p in function.parameters if p.type is None]
        if untyped:
            raise TestGenerationError(f"'{function.name}' does not state the types of {', '.join(untyped)}")
    parameters: list[Parameter] = []
    for parameter in function.parameters:
        if parameter.type is None:
            raise TestGenerationError(f"'{function.name}' does not state the type of '{parameter.name}'")
        shape = value_type(parameter.type, f"parameter '{parameter.name}' of '{function.name}'")
        if shape is None:
            raise TestGenerationError(f"parameter '{parameter.name}' of '{function.name}' has type void")
        if shape.kind == "list" and (shape.element is None or shape.element.kind == "list"):
            raise TestGenerationError(
                f"cannot generate tests for '{function.name}': nested lists ('{parameter.name}')"
            )
        parameters.append(Parameter(parameter.name, shape, parameter.type))
    result = value_type(function.return_type or "None", f"the result of '{function.name}'")
    return Interface(function.name, tuple(_pair_lengths(parameters)), result, function.class_name)


def _pair_lengths(parameters: list[Parameter]) -> list[Parameter]:
    """Mark length parameters: each takes the next unpaired array/string before it, in order."""
    unpaired: list[int] = []
    last_sequence: int | None = None
    paired: list[Parameter] = []
    for index, parameter in enumerate(parameters):
        if parameter.type.kind in ("list", "str"):
            unpaired.append(index)
            last_sequence = index
        elif parameter.type.kind in ("int", "long") and unpaired and _LENGTH_NAME.search(parameter.name):
            parameter = Parameter(parameter.name, parameter.type, parameter.spelled, unpaired.pop(0))
        elif (
            parameter.type.kind in ("int", "long")
            and last_sequence is not None
            and _INDEX_NAME.match(parameter.name)
        ):
            parameter = Parameter(parameter.name, parameter.type, parameter.spelled, index_into=last_sequence)
        paired.append(parameter)
    # ``f(a[], b[], n)``: arrays left without a length share the length of the next one given.
    for index in unpaired:
        later = next((p.length_of for p in paired[index + 1 :] if p.length_of is not None), None)
        if later is not None:
            current = paired[index]
            paired[index] = Parameter(current.name, current.type, current.spelled, same_length_as=later)
    return paired


def with_spellings(interface: Interface, function: FunctionInfo) -> Interface:
    """``interface`` with the parameter spellings of ``function`` (another language's version)."""
    if len(function.parameters) != len(interface.parameters):
        raise TestGenerationError(
            f"'{function.name}' takes {len(function.parameters)} parameters, the source function "
            f"{len(interface.parameters)}"
        )
    parameters = tuple(
        Parameter(p.name, p.type, q.type, p.length_of, p.index_into, p.same_length_as)
        for p, q in zip(interface.parameters, function.parameters, strict=True)
    )
    return Interface(function.name, parameters, interface.result, function.class_name)


def generate_inputs(interface: Interface, count: int, seed: int = 0) -> list[tuple[Value, ...]]:
    """``count`` argument tuples, reproducible from ``seed``: small values, scalars non-negative."""
    generator = random.Random(seed)
    inputs: list[tuple[Value, ...]] = []
    for _ in range(count):
        values: list[Value] = [_draw(generator, p.type) for p in interface.parameters]
        for index, parameter in enumerate(interface.parameters):
            if parameter.same_length_as is not None:
                size = len(values[parameter.same_length_as])  # type: ignore[arg-type]
                values[index] = [_draw(generator, parameter.type.element, element=True) for _ in range(size)]  # type: ignore[arg-type]
        for index, parameter in enumerate(interface.parameters):
            if parameter.length_of is not None:
                values[index] = len(values[parameter.length_of])  # type: ignore[arg-type]
            elif parameter.index_into is not None:
                values[index] = generator.randrange(len(values[parameter.index_into]))  # type: ignore[arg-type]
        inputs.append(tuple(values))
    return inputs


def _draw(generator: random.Random, shape: ValueType, element: bool = False) -> Value:
    if shape.kind in ("int", "long"):
        # Scalars are counts, sizes and indices far more often than not, and a C++ source given
        # a negative one reads outside its arrays (undefined, not a crash): keep them >= 0.
        # Array elements are data: negatives are common there.
        if element:
            return generator.randint(-20, 50)
        return generator.randint(0, 20) if generator.random() < 0.8 else generator.randint(0, 100)
    if shape.kind == "float":
        return round(generator.uniform(-10, 50), 2)
    if shape.kind == "bool":
        return generator.random() < 0.5
    if shape.kind == "char":
        return generator.choice("abcdefghxyz0123456789")
    if shape.kind == "str":
        alphabet = generator.choice(["abcde", "ab", "0123456789", "abcdefghijklmnopqrstuvwxyz"])
        return "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 8)))
    assert shape.element is not None
    return [_draw(generator, shape.element, element=True) for _ in range(generator.randint(1, 8))]


# Printing results the same way in every language: booleans as 0/1, lists as [a,b], floats with
# enough digits to compare, strings and chars as their text.
_PYTHON_PRELUDE = """
def _canon(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_canon(v) for v in value) + "]"
    return str(value)
"""

_CPP_PRELUDE = r"""
#include <bits/stdc++.h>
using namespace std;
static string _canon(bool v) { return v ? "1" : "0"; }
static string _canon(char v) { return string(1, v); }
static string _canon(const string& v) { return v; }
static string _canon(const char* v) { return string(v); }
static string _canon(double v) { ostringstream out; out << setprecision(17) << v; return out.str(); }
static string _canon(float v) { return _canon((double) v); }
template <typename T> static string _canon(T v) { return to_string(v); }
template <typename T> static string _canon(const vector<T>& v) {
    string out = "[";
    for (size_t i = 0; i < v.size(); i++) out += (i ? "," : "") + _canon((T) v[i]);
    return out + "]";
}
template <typename T> static string _canon_array(const T* v, int n) {
    string out = "[";
    for (int i = 0; i < n; i++) out += (i ? "," : "") + _canon(v[i]);
    return out + "]";
}
"""

_JAVA_PRELUDE = """
    static String _canon(boolean v) { return v ? "1" : "0"; }
    static String _canon(Boolean v) { return v ? "1" : "0"; }
    static String _canon(long v) { return Long.toString(v); }
    static String _canon(char v) { return String.valueOf(v); }
    static String _canon(double v) { return Double.toString(v); }
    static String _canon(Object v) {
        if (v instanceof Boolean) return ((Boolean) v) ? "1" : "0";
        if (v instanceof int[]) return _join(java.util.Arrays.stream((int[]) v).boxed().toArray());
        if (v instanceof long[]) return _join(java.util.Arrays.stream((long[]) v).boxed().toArray());
        if (v instanceof double[]) return _join(java.util.Arrays.stream((double[]) v).boxed().toArray());
        if (v instanceof char[]) { char[] c = (char[]) v; Object[] o = new Object[c.length];
            for (int i = 0; i < c.length; i++) o[i] = c[i]; return _join(o); }
        if (v instanceof boolean[]) { boolean[] b = (boolean[]) v; Object[] o = new Object[b.length];
            for (int i = 0; i < b.length; i++) o[i] = b[i]; return _join(o); }
        if (v instanceof Object[]) return _join((Object[]) v);
        if (v instanceof java.util.List) return _join(((java.util.List<?>) v).toArray());
        return String.valueOf(v);
    }
    static String _join(Object[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) { if (i > 0) out.append(","); out.append(_canon(values[i])); }
        return out.append("]").toString();
    }
"""


def _python_literal(value: Value) -> str:
    return repr(value)


def _cpp_scalar(value: Value, kind: str) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "char":
        return _c_char(str(value))
    if kind == "str":
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "long":
        return f"{value}LL"
    return repr(value) if kind == "float" else str(value)


def _c_char(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _java_scalar(value: Value, kind: str) -> str:
    if kind == "long":
        return f"{value}L"
    if kind == "str":
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return _cpp_scalar(value, kind)


def _cpp_argument(parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
    """(declaration, argument expression, expression printing it after the call or None)."""
    spelled = " ".join((parameter.spelled or "").replace("const ", " ").replace("&", " ").split())
    shape = parameter.type
    if shape.kind == "list":
        assert shape.element is not None and isinstance(value, list)
        elements = ", ".join(_cpp_scalar(v, shape.element.kind) for v in value)
        if spelled.endswith("[]") or spelled.endswith("*"):
            base = spelled[:-2] if spelled.endswith("[]") else spelled[:-1]
            return (
                f"{base.strip()} {local}[] = {{{elements}}};",
                local,
                f"_canon_array({local}, {len(value)})",
            )
        return f"{spelled} {local} = {{{elements}}};", local, f"_canon({local})"
    if shape.kind == "str" and spelled.startswith("vector<char>"):
        characters = ", ".join(_c_char(c) for c in str(value))
        return f"vector<char> {local} = {{{characters}}};", local, f"string({local}.begin(), {local}.end())"
    if shape.kind == "str" and spelled in ("char*", "char[]"):
        text = _cpp_scalar(value, "str")
        return f"char {local}[] = {text};", local, f"string({local})"
    return f"{spelled} {local} = {_cpp_scalar(value, shape.kind)};", local, None


def _java_argument(parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
    spelled = " ".join((parameter.spelled or "").split())
    shape = parameter.type
    single = "f" if spelled.split("[")[0].strip() in ("float", "Float") else ""  # float literals say so
    if shape.kind == "list":
        assert shape.element is not None and isinstance(value, list)
        elements = ", ".join(_java_scalar(v, shape.element.kind) + single for v in value)
        if spelled.endswith("[]"):
            literal = f"new {spelled}{{{elements}}}"
        else:
            literal = f"new java.util.ArrayList<>(java.util.Arrays.asList({elements}))"
        return f"{spelled} {local} = {literal};", local, f"_canon({local})"
    if shape.kind == "str" and spelled == "char[]":
        text = _java_scalar(value, "str")
        return f"char[] {local} = {text}.toCharArray();", local, f"_canon(new String({local}))"
    return f"{spelled} {local} = {_java_scalar(value, shape.kind)}{single};", local, None


Suite = tuple[Interface, Sequence[tuple[Value, ...]]]  # a function and the inputs to call it on


def driver(language: str, function_code: str, suites: Sequence[Suite]) -> str:
    """A program that calls each suite's function (defined in ``function_code``) on each of its
    inputs and prints ``R<suite>.<index>:<canonical result>``, flushing each line (a crash keeps
    what came before)."""
    calls: list[str] = []
    for number, (interface, inputs) in enumerate(suites):
        for index, values in enumerate(inputs):
            calls += _call(language, interface, values, f"R{number}.{index}:")
    if language == "python":
        return "\n".join([_PYTHON_PRELUDE, function_code, "", *calls]) + "\n"
    if language == "cpp":
        body = "\n".join(f"    {line}" for line in calls)
        return f"{_CPP_PRELUDE}\n{function_code}\n\nint main() {{\n{body}\n    return 0;\n}}\n"
    if language == "java":
        lines = function_code.splitlines()
        imports = [line for line in lines if line.startswith("import ")]
        code = [line for line in lines if not line.startswith(("import ", "package "))]
        header = "\n".join(["import java.util.*;", "import java.util.stream.*;", *imports])
        body = "\n".join(f"        {line}" for line in calls)
        main = f"    public static void main(String[] args) {{\n{body}\n    }}\n"
        if any(interface.owner for interface, _ in suites):
            # Code with its own classes keeps them (no longer public: Main is the file's class).
            classes = "\n".join(_PUBLIC_CLASS.sub(r"\1", line) for line in code)
            return f"{header}\n\n{classes}\n\npublic class Main {{\n{_JAVA_PRELUDE}\n{main}}}\n"
        methods = "\n".join(code)
        return f"{header}\n\npublic class Main {{\n{_JAVA_PRELUDE}\n{methods}\n\n{main}}}\n"
    raise TestGenerationError(f"no test driver for {language}")


def _call(language: str, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
    """Lines calling the function once and printing ``label`` and the result (or, for a function
    returning nothing, the arrays it was given)."""
    if language == "python":
        names = [f"_a{i}" for i in range(len(values))]
        lines = [f"{name} = {_python_literal(value)}" for name, value in zip(names, values, strict=True)]
        call = f"{interface.callee}({', '.join(names)})"
        if interface.result is None:
            lines.append(call)
            listed = [n for n, p in zip(names, interface.parameters, strict=True) if p.type.kind == "list"]
            shown = " + ';' + ".join(f"_canon({n})" for n in listed) or '""'
        else:
            shown = f"_canon({call})"
        return [*lines, f'print("\\n{label}" + {shown}, flush=True)']
    argument_of = _cpp_argument if language == "cpp" else _java_argument
    lines, arguments, listed = ["{"], [], []
    for position, (parameter, value) in enumerate(zip(interface.parameters, values, strict=True)):
        declaration, argument, show = argument_of(parameter, value, f"a{position}")
        lines.append(f"    {declaration}")
        arguments.append(argument)
        if show:
            listed.append(show)
    call = f"{interface.callee}({', '.join(arguments)})"
    if interface.result is None:
        lines.append(f"    {call};")
        shown = ' + ";" + '.join(listed) or ('string("")' if language == "cpp" else '""')
    elif language == "cpp":
        # Called before the label is printed: whatever the function prints itself comes first.
        lines.append(f"    auto&& result = {call};")
        shown = "_canon(result)"
    else:
        shown = f"_canon({call})"
    if language == "cpp":
        lines.append(f'    cout << "\\n{label}" << {shown} << endl;')
    else:
        lines.append(f'    System.out.println("\\n{label}" + {shown});')
    return [*lines, "}"]


def printed_results(stdout: str) -> dict[tuple[int, int], str]:
    """``{(suite, input index): canonical value}`` from a driver's output."""
    found: dict[tuple[int, int], str] = {}
    for line in stdout.splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            found[int(match.group(1)), int(match.group(2))] = match.group(3)
    return found


def same_result(expected: str, actual: str) -> bool:
    """Equal text, or numbers (also inside lists) equal within a relative 1e-6."""
    if expected == actual:
        return True
    left, right = _split_values(expected), _split_values(actual)
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        try:
            x, y = float(a), float(b)
        except ValueError:
            return False
        if not (math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) or (math.isnan(x) and math.isnan(y))):
            return False
    return True


def _split_values(text: str) -> list[str]:
    return re.split(r"[\[\],;]", text)


def function_named(language: str, code: str, name: str | None) -> FunctionInfo:
    """The function to test in ``code``: ``name`` if given, else the one no other function calls
    (the entry point), else the last."""
    functions = get_language(language).extract_functions(code)
    if not functions:
        raise TestGenerationError(f"no function found in the {language} code")
    if name is not None:
        for function in functions:
            if function.name == name:
                return function
        if len(functions) == 1:
            return functions[0]  # a single function under another name (an engine renamed it)
        raise TestGenerationError(f"no function '{name}' in the {language} code")
    called = {f.name for f in functions for g in functions if g is not f and re.search(rf"\b{re.escape(f.name)}\s*\(", g.text)}  # fmt: skip
    entries = [f for f in functions if f.name not in called]
    return entries[-1] if entries else functions[-1]
