"""C++ for whole programs: how numbers print as the source printed them, the end of a program,
and the entry point (``int main``).

The rows below join the printing table (``printing.py``); the pass ``entry_point`` runs in the
C++ target's passes (``pipeline.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX
from transcoder.engines.rules.cpp.legalize import cpp_spelling
from transcoder.engines.rules.cpp.parameters import Passing, parameter_passing
from transcoder.engines.rules.passes.reserved_names import rename_functions

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend

L = ir.LibOp


def _helper(name: str) -> Callable[[CppBackend, ir.LibraryCall], tuple[str, int]]:
    """A call of the runtime helper ``name`` on the number (a double unless it is a float)."""

    def render(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add(name)
        value = call.args[-1]
        assert value is not None
        text = b.expr(value)
        if not isinstance(value.type, t.FloatType) or (name != "java_text" and value.type.bits != 64):
            text = f"(double) {b.expr(value, 14)}"
        spec = f"{b.expr(call.args[0])}, " if len(call.args) == 2 else ""
        return (f"{name}({spec}{text})", POSTFIX)

    return render


def _exit(b: CppBackend, call: ir.LibraryCall) -> None:
    b.emit(f"exit({b.expr(call.args[0])});")


def _read_token(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("read_token")
    return (f"read_token<{b.type_name(call.type)}>()", POSTFIX)


def _read(name: str) -> Callable[[CppBackend, ir.LibraryCall], tuple[str, int]]:
    def render(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add(name)
        return (f"{name}()", POSTFIX)

    return render


EXPRESSIONS = {
    L.FORMAT_C: _helper("c_format"),
    L.JAVA_TEXT: _helper("java_text"),
    L.PYTHON_TEXT: _helper("python_text"),
    L.READ_TOKEN: _read_token,
    L.READ_LINE: _read("read_line"),
    L.HAS_TOKEN: _read("has_token"),
}
STATEMENTS = {L.EXIT: _exit}


def entry_point(module: ir.Module) -> ir.Module:
    """The entry function as C++'s ``main``: it returns the exit status (0 where the source's
    returns nothing). A function of the source named ``main`` that is not the entry point (a
    Python ``def main()`` beside the ``__main__`` block, which the front end names ``main_``) is
    renamed: C++ has one ``main``, and a program may not call it."""
    module = _main_renamed(module)
    if module.entry is None:
        return module
    functions = []
    for function in module.functions:
        if function.name == module.entry and isinstance(function.return_type, t.VoidType):
            body = ir.transform(function.body, _status_zero)
            assert isinstance(body, ir.Block)
            function = dataclasses.replace(function, return_type=t.INT, body=body)
        functions.append(function)
    return dataclasses.replace(module, functions=tuple(functions))


def _main_renamed(module: ir.Module) -> ir.Module:
    names = {function.name for function in module.functions}
    if "main" not in names or module.entry == "main":
        return module
    if module.entry is not None:  # the entry is printed as main: the two names swap
        return rename_functions(module, {"main": module.entry, module.entry: "main"})
    new = "main_"
    while new in names:
        new += "_"
    return rename_functions(module, {"main": new})


def _status_zero(node: ir.Node) -> ir.Node:
    if isinstance(node, ir.Return) and node.value is None:
        return ir.Return(ir.IntLiteral(0, type=t.INT), location=node.location)
    return node


class ProgramPrinting:
    """The back end's part: ``main``'s declaration, the arguments as a ``vector<string>``, and
    vectors passed to C array parameters (``v.data()``)."""

    ir_module: ir.Module

    def entry_header(self, function: ir.Function) -> str | None:
        """``main``'s declaration when ``function`` is the entry point, else None."""
        if function.name != self.ir_module.entry:
            return None
        return "int main(int argc, char* argv[])" if function.params else "int main()"

    def prologue(self, function: ir.Function) -> None:
        if function.name == self.ir_module.entry and function.params:
            b = cast("CppBackend", self)
            b.emit(f"vector<string> {b.name(function.params[0].name)}(argv + 1, argv + argc);")
        super().prologue(function)  # type: ignore[misc]

    def expr_Call(self, expr: ir.Call) -> tuple[str, int]:
        b = cast("CppBackend", self)
        callee = next((f for f in self.ir_module.functions if f.name == expr.function), None)
        if callee is None or len(callee.params) != len(expr.args):
            return super().expr_Call(expr)  # type: ignore[misc,no-any-return]
        texts = []
        for arg, param in zip(expr.args, callee.params, strict=True):
            vector = isinstance(arg.type, t.ArrayType | t.ListType) and not (
                isinstance(arg, ir.Name) and arg.id in b.c_arrays
            )
            if vector and _c_array(b, callee, param):
                texts.append(f"{b.expr(arg, POSTFIX)}.data()")  # its elements, as the callee takes them
            elif _temporary_to_reference(b, callee, len(texts), arg):
                b.imports.add("as_lvalue")
                texts.append(f"as_lvalue({b.expr(arg, POSTFIX)})")
            else:
                texts.append(b.expr(arg))
        return (f"{expr.function}({', '.join(texts)})", POSTFIX)


def _temporary_to_reference(b: CppBackend, callee: ir.Function, position: int, arg: ir.Expr) -> bool:
    """Whether ``arg`` is a temporary container (``f({})``, ``f([1, 2])``, ``f(g())``) passed where
    ``callee`` takes a ``T&`` (it changes the container in place): C++ binds no temporary there."""
    if isinstance(arg, ir.Name | ir.Index) or not isinstance(arg.type, (t.ArrayType, *t.CONTAINER_TYPES)):
        return False
    if b.passing is None:
        b.passing = parameter_passing(b.ir_module, frozenset(b.declarations), b.length_map())
    modes = b.passing.get(callee.name)
    return modes is not None and position < len(modes) and modes[position] is Passing.REF


def _c_array(b: CppBackend, callee: ir.Function, param: ir.Param) -> bool:
    """Whether ``callee`` takes ``param`` as a C array (``int arr[]``), as ``CppBackend`` prints it."""
    if not isinstance(param.type, t.ArrayType) or isinstance(param.type.element, t.ArrayType):
        return False
    spelled = cpp_spelling(callee, param, b.declarations)
    if spelled is not None:
        return spelled.type.depth != 0
    return not b.length_needed(callee, param.name)
