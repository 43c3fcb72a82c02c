"""Programs that call a golden case's function and print its results, one a line, in any language.

A case's ``run`` entry names how: ``calls`` (argument lists, printed by one of the ``SHOW`` styles)
or ``fixed`` (target statements written out, with the lines they must print).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import support

Show = Callable[[str, str], str]


def _python_exact(result: str) -> Show:
    """Floats to six places everywhere, booleans as ``true``/``false``."""

    def show(language: str, expression: str) -> str:
        if language == "python":
            if result == "float":
                return f'print(f"{{{expression}:.6f}}")'
            if result == "bool":
                return f"print(str(bool({expression})).lower())"
            return f"print({expression})"
        if language == "cpp":
            return f"cout << {expression} << endl;"
        if result == "float":
            return f'System.out.println(String.format("%.6f", (double) {expression}));'
        return f"System.out.println({expression});"

    return show


def _python_interface(result: str) -> Show:
    """What a caller of the pinned interface receives: Python's value read as ``int`` or ``bool``."""

    def show(language: str, expression: str) -> str:
        if language == "python":
            if result == "bool":
                return f"print(str(bool({expression})).lower())"
            if result == "int":
                return f"print(int({expression}))"
            return f"print({expression})"
        if language == "cpp":
            return f"cout << {expression} << endl;"
        return f"System.out.println({expression});"

    return show


def _python_optional(language: str, expression: str) -> str:
    """A result that may be None, printed as Python prints it (``None`` or the value)."""
    if language == "python":
        return f"print({expression})"
    if language == "cpp":
        return f'{{ auto r = {expression}; if (r.has_value()) cout << *r << endl; else cout << "None" << endl; }}'
    return f'System.out.println(java.util.Objects.toString({expression}, "None"));'


def calls_program(language: str, code: str, run: dict[str, Any]) -> str:
    calls = [tuple(call) for call in run["calls"]]
    style = run["show"]
    if style == "cfamily":
        # A list binds to both `int a[]` and `vector<int>&`: a translation keeps a C array only
        # where an int parameter is proven its length (analysis/lengths.py), else takes a vector.
        return support.driver(language, code, run["function"], calls, cpp_arrays="vector")
    if style == "python_exact":
        return support.driver(
            language, code, run["function"], calls,
            show=_python_exact(run.get("result", "int")),
            cpp_arrays="vector", cpp_stream="boolalpha << fixed << setprecision(6)",
        )  # fmt: skip
    if style == "python_optional":
        return support.driver(language, code, run["function"], calls, show=_python_optional, cpp_arrays="vector")
    if style == "python_interface":
        return support.driver(
            language, code, run["function"], calls,
            show=_python_interface(run.get("result", "int")),
            cpp_arrays="vector", c_strings=bool(run.get("c_strings")),
        )  # fmt: skip
    raise ValueError(f"unknown show style {style!r}")


def fixed_program(target: str, code: str, statements: str) -> str:
    header, code = support.embeddable(target, code)
    if target == "java":
        body = "\n        ".join(statements.splitlines())
        return (
            f"{header}import java.util.*;\npublic class Main {{\n"
            f"{code}\n    public static void main(String[] args) {{\n        {body}\n    }}\n}}\n"
        )
    body = "\n    ".join(statements.splitlines())
    return f"{header}#include <bits/stdc++.h>\nusing namespace std;\n{code}\nint main() {{\n    {body}\n}}\n"


def read(run: dict[str, Any], stdout: str) -> list[str]:
    """The printed lines as the case's style compares them."""
    style = run.get("show")
    if style == "cfamily":
        return support.normalise(stdout)
    if style in ("python_exact", "python_optional") or run["kind"] == "fixed":
        return stdout.split()
    return stdout.splitlines()
