"""Whether translations compile exactly as an engine emitted them, with nothing added.

C++ is built alone (never in a batch, whose precompiled ``bits/stdc++.h`` would supply includes
the file lacks), given only an empty ``main`` to link when it has none; Java is compiled as its
own file (a run that stops for want of a ``main`` still compiled); Python is byte-compiled and
must read no global name that it neither defines, imports nor gets from the builtins (a missing
``import math`` shows only when the function runs). Builds run in the sandbox; nothing runs the
translated Python.
"""

from __future__ import annotations

import builtins
import re
import symtable
from collections.abc import Sequence
from dataclasses import dataclass

from transcoder.languages import get_language
from transcoder.verify.runners import Limits, RunStatus, run_each, run_programs

_MAIN = re.compile(r"\bint\s+main\s*\(")
_LIMITS = Limits(wall_seconds=120.0)  # a build on a busy machine; nothing long runs


@dataclass(frozen=True, slots=True)
class Built:
    """Whether one translation compiled, and the first error line when it did not."""

    compiles: bool
    error: str = ""


def undefined_python_names(code: str) -> list[str]:
    """Global names ``code`` reads but neither defines, imports nor gets from builtins."""
    try:
        table = symtable.symtable(code, "<translation>", "exec")
    except SyntaxError as error:
        return [f"syntax error: {error.msg} (line {error.lineno})"]
    defined = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported()}
    defined |= {child.get_name() for child in table.get_children()}
    known = defined | set(dir(builtins))
    missing: set[str] = set()

    def visit(scope: symtable.SymbolTable) -> None:
        for symbol in scope.get_symbols():
            global_read = symbol.is_global() or scope is table
            if symbol.is_referenced() and global_read and symbol.get_name() not in known:
                missing.add(symbol.get_name())
        for child in scope.get_children():
            visit(child)

    visit(table)
    return sorted(missing)


def first_error(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    chosen = next((line for line in lines if "error" in line.lower()), lines[-1] if lines else "")
    return chosen[:200]


def compile_as_emitted(language: str, texts: Sequence[str], jobs: int | None = None) -> list[Built]:
    """For each text, whether it compiles as emitted (see the module's docstring)."""
    if language == "python":
        results = []
        for text in texts:
            missing = undefined_python_names(text)
            results.append(Built(not missing, f"undefined: {', '.join(missing)}" if missing else ""))
        return results
    programs = [
        text if language != "cpp" or _MAIN.search(text) else text + "\nint main() { return 0; }\n"
        for text in texts
    ]
    if language == "cpp":
        toolchain = get_language("cpp").toolchain()
        runs = run_each(toolchain, programs, [_LIMITS] * len(programs), jobs or 2)
    else:
        runs = run_programs(language, programs, limits=_LIMITS, jobs=jobs)
    return [
        Built(True) if run.status is not RunStatus.COMPILE_ERROR else Built(False, first_error(run.stderr))
        for run in runs
    ]
