"""transcoder: source-to-source translation between C++, Java and Python."""

from __future__ import annotations

from typing import Any

from transcoder.engines import DEFAULT_ENGINE, Candidate, get_engine
from transcoder.errors import InputError, SourceLocation, TranscoderError
from transcoder.languages import get_language

__version__ = "0.1.0"


def translate_candidates(
    code: str,
    *,
    source: str,
    target: str,
    engine: str = DEFAULT_ENGINE,
    n: int = 1,
    path: str | None = None,
    **options: Any,
) -> list[Candidate]:
    """Up to ``n`` candidate translations of ``code``, best first; ``path`` names the input in errors."""
    source_language = get_language(source)
    target_language = get_language(target)
    if not code.strip():
        raise InputError("empty input: nothing to translate")
    translator = get_engine(engine, **options)
    source_language.check_syntax(code, path)
    if not source_language.extract_functions(code):
        raise InputError(f"no function found in the {source_language.name} input", SourceLocation(1, 1, path))
    return translator.translate(code, source_language.name, target_language.name, n)


def translate(code: str, *, source: str, target: str, engine: str = DEFAULT_ENGINE, **options: Any) -> str:
    """The best translation of ``code`` from ``source`` to ``target``.

    >>> translate("int add(int a, int b) { return a + b; }", source="cpp", target="python")  # doctest: +SKIP
    'def add(a, b):\\n    return a + b\\n'
    """
    return translate_candidates(code, source=source, target=target, engine=engine, n=1, **options)[0].code


__all__ = ["Candidate", "TranscoderError", "__version__", "translate", "translate_candidates"]
