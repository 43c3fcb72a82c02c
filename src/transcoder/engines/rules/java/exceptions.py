"""How Java spells the exception statements (``cfamily/exceptions.py``): ``throw new X(m);``, one
multi-catch per handler, ``finally``; an assertion its source checks always is an ``if`` that throws
``AssertionError`` (a Java ``assert`` is checked only under ``-ea``)."""

from __future__ import annotations

from transcoder.engines.rules.cfamily.exceptions import ExceptionForms

_CHECKED = frozenset({"exception", "throwable", "io"})


def _thrown(kind: str) -> str | None:
    if kind in _CHECKED:
        return "throw of a checked exception (the method would need a throws clause)"
    return None


FORMS = ExceptionForms(
    language="java",
    throw="throw new {type}({message});",
    no_message="",
    catch=lambda backend, types: [f"catch ({' | '.join(types)} {backend.temp('e')})"],
    finally_=True,
    checked_assert="if (!({condition})) throw new AssertionError({message});",
    thrown_types=_thrown,
)
