"""Functions named like a keyword of the target (a Python or Java ``register``, a C++ ``final``):
renamed, with every call of them, before the back end prints the module.

The back ends rename reserved variable and parameter names as they print them (``safe``); a
function's name is printed at its definition, at each call, in forward declarations and in a
program's entry point, so it is renamed once here in the IR, where all of them read it. The new
name is the old one with ``_`` appended (more while that is taken by another function).
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir


def rename_reserved_functions(module: ir.Module, reserved: frozenset[str]) -> ir.Module:
    """``module`` with each free function whose name is in ``reserved`` renamed, calls included.
    Methods (whose keys are ``Class.method``) keep their names: the class printers spell them."""
    taken = {function.name for function in module.functions}
    renamed: dict[str, str] = {}
    for function in module.functions:
        if function.name in reserved:
            new = function.name + "_"
            while new in taken or new in reserved:
                new += "_"
            taken.add(new)
            renamed[function.name] = new
    return rename_functions(module, renamed)


def rename_functions(module: ir.Module, renamed: dict[str, str]) -> ir.Module:
    """``module`` with its free functions renamed as ``renamed`` says (old name -> new name), calls
    and the entry point included."""
    if not renamed:
        return module

    def call(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Call) and node.function in renamed:
            return dataclasses.replace(node, function=renamed[node.function])
        return node

    functions = []
    for function in module.functions:
        rebuilt = ir.transform(function, call)
        assert isinstance(rebuilt, ir.Function)
        if rebuilt.name in renamed:
            rebuilt = dataclasses.replace(rebuilt, name=renamed[rebuilt.name])
        functions.append(rebuilt)
    globals_ = tuple(ir.transform(g, call) for g in module.globals)
    classes = tuple(ir.transform(c, call) for c in module.classes)
    entry = renamed.get(module.entry, module.entry) if module.entry is not None else None
    return dataclasses.replace(
        module,
        functions=tuple(functions),
        globals=globals_,  # type: ignore[arg-type]
        classes=classes,  # type: ignore[arg-type]
        entry=entry,
    )
