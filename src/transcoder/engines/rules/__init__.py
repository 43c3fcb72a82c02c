"""The rule engine (`--engine rules`, the default): C++/Java -> typed IR -> Java/C++/Python.

Front ends build the IR (``ir.py``, ``types.py``) from tree-sitter trees; back ends print it.
The engine is deterministic, so it proposes one candidate whatever ``n`` is asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from transcoder.engines.base import Candidate, Engine
from transcoder.engines.rules import ir
from transcoder.errors import EngineError, UnsupportedConstruct


def _front_end(source: str) -> Callable[[str], ir.Module]:
    if source == "cpp":
        from transcoder.engines.rules.frontend_cpp import parse_cpp

        return parse_cpp
    if source == "java":
        from transcoder.engines.rules.frontend_java import parse_java

        return parse_java
    if source == "python":
        from transcoder.engines.rules.python.frontend import parse_python

        return lambda code: parse_python(code).module
    raise EngineError(f"rules engine: unknown source language '{source}'")


def _back_end(target: str) -> Callable[[ir.Module], str]:
    if target == "python":
        from transcoder.engines.rules.backend_python import to_python

        return to_python
    if target == "java":
        from transcoder.engines.rules.backend_java import to_java

        return to_java
    if target == "cpp":
        from transcoder.engines.rules.backend_cpp import to_cpp

        return to_cpp
    raise EngineError(f"rules engine: unknown target language '{target}'")


def _printer(target: str, signature: str | None) -> Callable[[ir.Module], str]:
    """The back end for ``target``; with a signature, it first pins the function to it.

    A Python target has no declared types, so a signature changes nothing there.
    """
    back_end = _back_end(target)
    if not signature or target == "python":
        return back_end
    from transcoder.engines.rules.interface import pin
    from transcoder.engines.rules.signature import parse_interface

    interface = parse_interface(signature)

    def print_pinned(module: ir.Module) -> str:
        pinned, declarations = pin(module, interface, target)
        return back_end(pinned, declarations)  # type: ignore[call-arg]

    return print_pinned


def translate_module(code: str, source: str, target: str, signature: str | None = None) -> str:
    """Translate ``code`` (a function or a whole file) from ``source`` to ``target``.

    ``signature`` (``static Boolean f(Integer X[], int n)``) is the declaration the caller needs:
    the function takes its parameter and result types, converting at the boundary where the
    source's types differ (see ``interface.py``).
    """
    if source == target:
        raise EngineError(f"rules engine: source and target are both {source}")
    printer = _printer(target, signature)  # a malformed signature fails before any translation
    module = _front_end(source)(code)
    if not module.functions and not module.globals:
        raise UnsupportedConstruct(f"rules engine: no function found in the {source} input")
    return printer(module)


class RulesEngine(Engine):
    """Deterministic translation through a typed IR; refuses what it cannot translate faithfully."""

    name = "rules"
    accepts_signature = True
    description = (
        "rule-based translation through a typed IR (offline, deterministic; C++, Java and Python sources)"
    )

    def __init__(self, signature: str | None = None, python_ints: str = "exact") -> None:
        # signature: "int f(int arr[], int n)" pins the interface (for Python sources also the
        # names, and the types inference would guess).
        # python_ints: "exact" (64-bit where Python values outgrow 32 bits) or "native" (C/Java int).
        if python_ints not in ("exact", "native"):
            raise EngineError(f"rules engine: python_ints must be 'exact' or 'native', not '{python_ints}'")
        self.signature = signature
        self.exact_ints = python_ints == "exact"

    def translate(
        self,
        code: str,
        source: str,
        target: str,
        n: int = 1,
        *,
        reference: str | None = None,
        signature: str | None = None,
    ) -> list[Candidate]:
        # Deterministic: one candidate, whatever n is. A per-call signature wins over the option.
        signature = signature or self.signature
        if source == "python" and target != "python":
            from transcoder.engines.rules.python.frontend import translate_python

            text, warnings = translate_python(
                code, target, signature, _printer(target, signature), exact_ints=self.exact_ints
            )
            return [Candidate(text, warnings=tuple(warnings))]
        return [Candidate(translate_module(code, source, target, signature))]

    def supports(self, source: str, target: str) -> bool:
        return (
            source in ("cpp", "java", "python") and target in ("cpp", "java", "python") and source != target
        )
