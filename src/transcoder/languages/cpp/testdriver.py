"""Generated tests in C++: the value shapes of C++ types, arguments as declarations, and ``main``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcoder.verify.values import (
    DeclaringTestDriver,
    Interface,
    Parameter,
    Suite,
    Value,
    ValueType,
    unsupported_type,
)

_LONG = re.compile(r"(unsigned |signed )?(long long|long)( int)?|unsigned long( long)?( int)?")
_INT = re.compile(r"(unsigned |signed )?(int|short)( int)?|unsigned")
_SCALARS = {
    "string": "str",
    "char": "char",
    "bool": "bool",
    "float": "float",
    "double": "float",
    "long double": "float",
    # Common typedefs (Arduino's among them) that code may declare for itself.
    "String": "str",
    "boolean": "bool",
    "byte": "int",
}

# Printing results canonically (see TestDriver), for every type a test passes or a function returns.
_PRELUDE = r"""
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


def _plain(spelled: str) -> str:
    """A type without qualifiers, references and ``std::``, its words single-spaced."""
    return " ".join(spelled.replace("const ", " ").replace("&", " ").replace("std::", "").split())


def scalar_literal(value: Value, kind: str) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "char":
        return char_literal(str(value))
    if kind == "str":
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "long":
        return f"{value}LL"
    return repr(value) if kind == "float" else str(value)


def char_literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class CppTestDriver(DeclaringTestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = _plain(spelled)
        if text == "void":
            return None
        if text in ("char[]", "char*", "char *"):
            return ValueType("str")  # a C string: text
        if text.endswith("[]") or text.endswith("*"):
            inner = text[:-2] if text.endswith("[]") else text[:-1]
            return ValueType("list", self.value_type(inner.strip(), where))
        container = re.match(r"^(vector|list)\s*<(.*)>$", text)
        if container:
            return ValueType("list", self.value_type(container.group(2).strip(), where))
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        if _LONG.fullmatch(text):
            return ValueType("long")
        if _INT.fullmatch(text):
            return ValueType("int")
        raise unsupported_type(spelled, where)

    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration, argument expression, expression printing it after the call or None)."""
        spelled = " ".join((parameter.spelled or "").replace("const ", " ").replace("&", " ").split())
        shape = parameter.type
        if shape.kind == "list":
            assert shape.element is not None and isinstance(value, list)
            elements = ", ".join(scalar_literal(v, shape.element.kind) for v in value)
            if spelled.endswith("[]") or spelled.endswith("*"):
                base = spelled[:-2] if spelled.endswith("[]") else spelled[:-1]
                return (
                    f"{base.strip()} {local}[] = {{{elements}}};",
                    local,
                    f"_canon_array({local}, {len(value)})",
                )
            return f"{spelled} {local} = {{{elements}}};", local, f"_canon({local})"
        if shape.kind == "str" and spelled.startswith("vector<char>"):
            characters = ", ".join(char_literal(c) for c in str(value))
            return (
                f"vector<char> {local} = {{{characters}}};",
                local,
                f"string({local}.begin(), {local}.end())",
            )
        if shape.kind == "str" and spelled in ("char*", "char[]"):
            text = scalar_literal(value, "str")
            return f"char {local}[] = {text};", local, f"string({local})"
        return f"{spelled} {local} = {scalar_literal(value, shape.kind)};", local, None

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        lines, call, listed = self.declared_call(interface, values)
        if interface.result is None:
            lines.append(f"    {call};")
            shown = ' + ";" + '.join(listed) or 'string("")'
        else:
            # Called before the label is printed: whatever the function prints itself comes first.
            lines.append(f"    auto&& result = {call};")
            shown = "_canon(result)"
        lines.append(f'    cout << "\\n{label}" << {shown} << endl;')
        return [*lines, "}"]

    def program(self, function_code: str, calls: Sequence[str], suites: Sequence[Suite]) -> str:
        body = "\n".join(f"    {line}" for line in calls)
        return f"{_PRELUDE}\n{function_code}\n\nint main() {{\n{body}\n    return 0;\n}}\n"


TEST_DRIVER = CppTestDriver()
