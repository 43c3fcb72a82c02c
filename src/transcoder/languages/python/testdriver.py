"""Generated tests in Python: the value shapes of type hints, arguments as literals, and a script."""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcoder.verify.values import Interface, Suite, TestDriver, Value, ValueType, unsupported_type

_SCALARS = {"str": "str", "bool": "bool", "float": "float", "int": "int"}

# Printing results canonically (see TestDriver), for every type a test passes or a function returns.
_PRELUDE = """
def _canon(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_canon(v) for v in value) + "]"
    return str(value)
"""


class PythonTestDriver(TestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = " ".join(spelled.split())
        if text == "None":
            return None
        generic = re.match(r"^(list|List|Sequence)\s*\[(.*)\]$", text)
        if generic:
            return ValueType("list", self.value_type(generic.group(2).strip(), where))
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        raise unsupported_type(spelled, where)

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        names = [f"_a{i}" for i in range(len(values))]
        lines = [f"{name} = {value!r}" for name, value in zip(names, values, strict=True)]
        call = f"{interface.callee}({', '.join(names)})"
        if interface.result is None:
            lines.append(call)
            listed = [n for n, p in zip(names, interface.parameters, strict=True) if p.type.kind == "list"]
            shown = " + ';' + ".join(f"_canon({n})" for n in listed) or '""'
        else:
            shown = f"_canon({call})"
        return [*lines, f'print("\\n{label}" + {shown}, flush=True)']

    def program(self, function_code: str, calls: Sequence[str], suites: Sequence[Suite]) -> str:
        return "\n".join([_PRELUDE, function_code, "", *calls]) + "\n"


TEST_DRIVER = PythonTestDriver()
