"""Generated tests in Java: the value shapes of Java types, arguments as declarations, and a ``Main``
class whose ``main`` makes the calls."""

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

_SCALARS = {
    "String": "str",
    "char": "char",
    "Character": "char",
    "boolean": "bool",
    "Boolean": "bool",
    "float": "float",
    "Float": "float",
    "double": "float",
    "Double": "float",
    "long": "long",
    "Long": "long",
    "int": "int",
    "Integer": "int",
    "short": "int",
    "Short": "int",
    "byte": "int",
    "Byte": "int",
}
_PUBLIC_CLASS = re.compile(r"^(\s*)public\s+(?=(?:final\s+|abstract\s+)*class\b)")

# Printing results canonically (see TestDriver), for every type a test passes or a function returns.
_PRELUDE = """
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


def scalar_literal(value: Value, kind: str) -> str:
    if kind == "long":
        return f"{value}L"
    if kind == "str":
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "bool":
        return "true" if value else "false"
    if kind == "char":
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"
    return repr(value) if kind == "float" else str(value)


class JavaTestDriver(DeclaringTestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = " ".join(spelled.split())
        if text == "void":
            return None
        if text == "char[]":
            return ValueType("str")  # a char array holds text
        if text.endswith("[]"):
            return ValueType("list", self.value_type(text[:-2].strip(), where))
        generic = re.match(r"^(List|ArrayList)\s*<(.*)>$", text)
        if generic:
            return ValueType("list", self.value_type(generic.group(2).strip(), where))
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        raise unsupported_type(spelled, where)

    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration, argument expression, expression printing it after the call or None)."""
        spelled = " ".join((parameter.spelled or "").split())
        shape = parameter.type
        single = "f" if spelled.split("[")[0].strip() in ("float", "Float") else ""  # float literals say so
        if shape.kind == "list":
            assert shape.element is not None and isinstance(value, list)
            elements = ", ".join(scalar_literal(v, shape.element.kind) + single for v in value)
            if spelled.endswith("[]"):
                literal = f"new {spelled}{{{elements}}}"
            else:
                literal = f"new java.util.ArrayList<>(java.util.Arrays.asList({elements}))"
            return f"{spelled} {local} = {literal};", local, f"_canon({local})"
        if shape.kind == "str" and spelled == "char[]":
            text = scalar_literal(value, "str")
            return f"char[] {local} = {text}.toCharArray();", local, f"_canon(new String({local}))"
        return f"{spelled} {local} = {scalar_literal(value, shape.kind)}{single};", local, None

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        lines, call, listed = self.declared_call(interface, values)
        if interface.result is None:
            lines.append(f"    {call};")
            shown = ' + ";" + '.join(listed) or '""'
        else:
            shown = f"_canon({call})"
        lines.append(f'    System.out.println("\\n{label}" + {shown});')
        return [*lines, "}"]

    def program(self, function_code: str, calls: Sequence[str], suites: Sequence[Suite]) -> str:
        lines = function_code.splitlines()
        imports = [line for line in lines if line.startswith("import ")]
        code = [line for line in lines if not line.startswith(("import ", "package "))]
        header = "\n".join(["import java.util.*;", "import java.util.stream.*;", *imports])
        body = "\n".join(f"        {line}" for line in calls)
        main = f"    public static void main(String[] args) {{\n{body}\n    }}\n"
        if any(interface.owner for interface, _ in suites):
            # Code with its own classes keeps them (no longer public: Main is the file's class).
            classes = "\n".join(_PUBLIC_CLASS.sub(r"\1", line) for line in code)
            return f"{header}\n\n{classes}\n\npublic class Main {{\n{_PRELUDE}\n{main}}}\n"
        methods = "\n".join(code)
        return f"{header}\n\npublic class Main {{\n{_PRELUDE}\n{methods}\n\n{main}}}\n"


TEST_DRIVER = JavaTestDriver()
