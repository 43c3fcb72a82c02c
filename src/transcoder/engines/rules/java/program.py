"""Java for whole programs: how numbers print as the source printed them, the end of a program,
and the entry point (``public static void main(String[] args)``).

The rows below join the printing table (``printing.py``); the pass ``entry_point`` runs in the
Java target's passes (``pipeline.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend

L = ir.LibOp


def _c_format(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("cFormat")
    return (f"cFormat({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _java_text(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"String.valueOf({b.expr(call.args[0])})", POSTFIX)


def _python_text(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("pythonText")
    return (f"pythonText({b.expr(call.args[0])})", POSTFIX)


def _exit(b: JavaBackend, call: ir.LibraryCall) -> None:
    b.emit(f"System.exit({b.expr(call.args[0])});")


_PARSE = {"int": "Integer.parseInt", "long": "Long.parseLong", "double": "Double.parseDouble", "float": "Float.parseFloat"}


def _read_token(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("readToken")
    type_name = b.type_name(call.type)
    if isinstance(call.type, t.CharType):
        return ("readChar()", POSTFIX)
    if isinstance(call.type, t.StringType):
        return ("readToken()", POSTFIX)
    if type_name not in _PARSE or (isinstance(call.type, t.IntType) and not call.type.signed):
        raise b.unsupported(call, f"reading a {call.type} from input")
    return (f"{_PARSE[type_name]}(readToken())", POSTFIX)


def _read(text: str) -> Callable[[JavaBackend, ir.LibraryCall], tuple[str, int]]:
    def render(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add("readToken")
        return (text, POSTFIX)

    return render


EXPRESSIONS = {
    L.FORMAT_C: _c_format,
    L.JAVA_TEXT: _java_text,
    L.PYTHON_TEXT: _python_text,
    L.READ_TOKEN: _read_token,
    L.READ_LINE: _read("readLine()"),
    L.HAS_TOKEN: _read("hasToken()"),
}
STATEMENTS = {L.EXIT: _exit}

ARGS = "args"


def entry_point(module: ir.Module) -> ir.Module:
    """The entry function as Java's ``main``: it takes the arguments, returns nothing, and ends
    the program with ``System.exit`` where the source returns a status other than a final 0."""
    if module.entry is None:
        return module
    functions = []
    for function in module.functions:
        if function.name == module.entry:
            function = _as_java_main(function)
        functions.append(function)
    return dataclasses.replace(module, functions=tuple(functions))


def _as_java_main(function: ir.Function) -> ir.Function:
    params = function.params or (ir.Param(_free_name(function), t.ArrayType(t.STRING)),)
    if isinstance(function.return_type, t.VoidType):
        return dataclasses.replace(function, params=params)
    statements = list(function.body.body)
    last = statements[-1] if statements else None
    if isinstance(last, ir.Return) and isinstance(last.value, ir.IntLiteral) and last.value.value == 0:
        statements.pop()  # falling off the end of Java's main is status 0

    def exits(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Return) and node.value is not None:
            status = ir.ExprStmt(ir.LibraryCall(L.EXIT, (node.value,), type=t.VOID), location=node.location)
            return ir.Block((status, ir.Return(None, location=node.location)), location=node.location)
        return node

    body = ir.transform(ir.Block(tuple(statements), location=function.body.location), exits)
    assert isinstance(body, ir.Block)
    return dataclasses.replace(function, params=params, return_type=t.VOID, body=body)


def _free_name(function: ir.Function) -> str:
    """``args``, unless the function already uses that name."""
    used = {n.id for n in ir.walk(function.body) if isinstance(n, ir.Name)} | {
        n.name for n in ir.walk(function.body) if isinstance(n, ir.VarDecl)
    }
    name = ARGS
    while name in used:
        name += "_"
    return name


def entry_header(module: ir.Module, function: ir.Function) -> str | None:
    """``main``'s declaration when ``function`` is the entry point, else None."""
    return "public static void main({params})" if function.name == module.entry else None
