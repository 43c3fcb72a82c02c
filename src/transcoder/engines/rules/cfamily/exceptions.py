"""Printing ``Throw``, ``Try`` and ``Assert`` in C++ and Java (a mixin of ``CFamilyBackend``).

The statements are alike in both; what differs is a small table, ``FORMS`` in the target's own
``exceptions`` module beside its back end (``cpp/exceptions.py``: ``throw X(m)``, one clause per
type, no ``finally``; ``java/exceptions.py``: ``throw new X(m)``, multi-catch, ``finally``). A
``try`` is printed only where its handlers catch in the target what they catch in the source
(``analysis.raises.check_try``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules.analysis.raises import check_try
from transcoder.engines.rules.cfamily.mixin_base import CFamilyBackendBase


@dataclass(frozen=True, slots=True)
class ExceptionForms:
    """How one C-family target spells the exception statements."""

    language: str
    """The target's key in ``exceptions.py`` (``cpp``, ``java``)."""
    throw: str
    """``throw`` of a type with a message: ``throw new {type}({message});``."""
    no_message: str
    """The message argument when the source gives none (``""`` for C++'s constructors)."""
    catch: Callable[[CFamilyBackendBase, tuple[str, ...]], list[str]]
    """The ``catch (...)`` headers of a handler of these types (one clause each, or one for all)."""
    finally_: bool
    """Whether the target has ``finally``."""
    checked_assert: str
    """An assertion that always checks: ``assert({condition});``."""
    thrown_types: Callable[[str], str | None] = lambda kind: None
    """Why a kind cannot be thrown in this target (a Java checked exception), or None."""
    goto_labels: bool = False
    """Labelled ``break``/``continue`` as ``goto`` (C++; see ``cfamily/labels.py``)."""


class ExceptionStatements(CFamilyBackendBase):
    """``stmt_Throw``, ``stmt_Try`` and ``stmt_Assert`` of the C-family back ends."""

    def exception_forms(self) -> ExceptionForms:
        # the `exceptions` module of the package the back end's class lives in
        package = type(self).__module__.rpartition(".")[0]
        forms: ExceptionForms = importlib.import_module(f"{package}.exceptions").FORMS
        return forms

    def stmt_Throw(self, stmt: ir.Throw) -> None:
        forms = self.exception_forms()
        why = forms.thrown_types(stmt.kind)
        if why is not None:
            raise self.unsupported(stmt, why)
        type_ = exceptions.spelling(stmt.kind, forms.language)
        message = self.expr(stmt.message) if stmt.message is not None else forms.no_message
        self.emit(forms.throw.format(type=type_, message=message))

    def stmt_Try(self, stmt: ir.Try) -> None:
        forms = self.exception_forms()
        check_try(stmt, self.ir_module, forms.language, self.target_name)
        if stmt.final is not None and not forms.finally_:
            raise self.unsupported(stmt, f"finally ({self.target_name} has none)")
        clauses: list[tuple[str, ir.Block]] = []  # each clause after the try block, with its body
        caught: list[str] = []  # the types caught by the handlers kept so far
        for handler in stmt.handlers:
            types = _most_general(
                tuple(dict.fromkeys(exceptions.spelling(kind, forms.language) for kind in handler.kinds)),
                forms.language,
            )
            # a handler whose types an earlier one catches never runs in the target (and Java
            # rejects it); check_try made sure it never runs in the source either
            if all(any(exceptions.is_a(forms.language, x, c) for c in caught) for x in types):
                continue
            caught.extend(types)
            clauses.extend((header, handler.body) for header in forms.catch(self, types))
        if stmt.final is not None:
            clauses.append(("finally", stmt.final))
        if not clauses:  # nothing the body throws is caught: a plain block
            self.stmt_Block(stmt.body)
            return
        self.emit("try {")
        headers = [f" {header} {{" for header, _ in clauses[1:]] + [""]
        self.body(stmt.body, f" {clauses[0][0]} {{")
        for (_, body), suffix in zip(clauses, headers, strict=True):
            self.body(body, suffix)

    def stmt_Assert(self, stmt: ir.Assert) -> None:
        forms = self.exception_forms()
        message = self.expr(stmt.message) if stmt.message is not None else ""
        self.emit(forms.checked_assert.format(condition=self.expr(stmt.condition), message=message))


def _most_general(types: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The types without those another of them already covers (Java rejects a multi-catch of
    related types)."""
    return tuple(x for x in types if not any(y != x and exceptions.is_a(language, x, y) for y in types))
