"""Python for whole programs: how numbers print as the source printed them, the end of a
program, and the entry point (``if __name__ == "__main__":``).

The rows below join the printing table (``printing.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

if TYPE_CHECKING:
    from transcoder.engines.rules.python.backend import PythonBackend

L = ir.LibOp
ATOM = 100
_MODULO = 11  # Python's `%` level


def _c_format(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    # Python's % formatting of floats is C's printf, digit for digit (both round the exact value)
    spec, value = call.args
    assert value is not None
    return (f"{b.expr(spec, _MODULO)} % {b.expr(value, _MODULO + 1)}", _MODULO)


def _java_text(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("java_text")
    value = call.args[0]
    assert value is not None
    single = isinstance(value.type, t.FloatType) and value.type.bits == 32
    return (f"java_text({b.expr(value)}{', single=True' if single else ''})", ATOM)


def _python_text(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"repr({b.expr(call.args[0])})", ATOM)


def _exit(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.imports.add("import sys")
    b.emit(f"sys.exit({b.expr(call.args[0])})")


def _exit_value(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, "exit inside an expression")


def _read_token(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("read_token")
    b.imports.add("import sys")
    if isinstance(call.type, t.CharType):
        return ("read_char()", ATOM)
    if isinstance(call.type, t.StringType):
        return ("read_token()", ATOM)
    if isinstance(call.type, t.IntType):
        return ("int(read_token())", ATOM)
    if isinstance(call.type, t.FloatType):
        return ("float(read_token())", ATOM)
    raise b.unsupported(call, f"reading a {call.type} from input")


def _read(text: str) -> Callable[[PythonBackend, ir.LibraryCall], tuple[str, int]]:
    def render(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.helpers.add("read_token")
        b.imports.add("import sys")
        return (text, ATOM)

    return render


EXPRESSIONS = {
    L.READ_TOKEN: _read_token,
    L.READ_LINE: _read("read_line()"),
    L.HAS_TOKEN: _read("has_token()"),
    L.FORMAT_C: _c_format,
    L.JAVA_TEXT: _java_text,
    L.PYTHON_TEXT: _python_text,
    L.EXIT: _exit_value,
}
STATEMENTS = {L.EXIT: _exit}


def entry_call(module: ir.Module, b: PythonBackend) -> str:
    """The lines that run the program's entry function when the file runs as a script."""
    entry = next((f for f in module.functions if f.name == module.entry), None)
    if entry is None:
        return ""
    arguments = ""
    if entry.params:
        b.imports.add("import sys")
        arguments = "sys.argv[1:]"
    call = f"{b.function_renames.get(entry.name, entry.name)}({arguments})"
    if not isinstance(entry.return_type, t.VoidType):
        b.imports.add("import sys")
        call = f"sys.exit({call})"
    return f'if __name__ == "__main__":\n    {call}'
