"""The rule engine (`--engine rules`, the default): source -> typed IR -> target, through ``pipeline.py``.

Front ends build the IR (``ir.py``, ``types.py``) from tree-sitter trees; passes rewrite it; back
ends print it. The engine is deterministic, so it proposes one candidate whatever ``n`` is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from transcoder.engines.base import Candidate, Engine
from transcoder.engines.rules.context import ContextSpec
from transcoder.engines.rules.context import load as load_context
from transcoder.engines.rules.context_files import ContextFile
from transcoder.engines.rules.java.shell import valid_class_name
from transcoder.engines.rules.pipeline import WHOLE_FILE, Request
from transcoder.engines.rules.pipeline import translate as run_pipeline
from transcoder.errors import EngineError


def translate_module(code: str, source: str, target: str, signature: str | None = None) -> str:
    """The functions (and globals, helpers) of ``code`` (a function or a whole file) translated
    from ``source`` to ``target``, without the file around them (C++ includes, a Java class and
    its imports): for a caller that puts them into a program of its own. ``RulesEngine`` (the
    command line, the API) prints whole files.

    ``signature`` (``static Boolean f(Integer X[], int n)``) is the declaration the caller needs:
    the function takes its parameter and result types, converting at the boundary where the
    source's types differ (see ``interface.py``).
    """
    return run_pipeline(Request(code, source, target, signature, whole_file=False)).text


class RulesEngine(Engine):
    """Deterministic translation through a typed IR; refuses what it cannot translate faithfully."""

    name = "rules"
    accepts_signature = True
    description = (
        "rule-based translation through a typed IR (offline, deterministic; C++, Java and Python sources)"
    )

    def __init__(
        self,
        signature: str | None = None,
        python_ints: str = "exact",
        output: str | None = None,
        class_name: str | None = None,
        context: ContextSpec | Sequence[ContextSpec] | None = None,
    ) -> None:
        # signature: "int f(int arr[], int n)" pins the interface (for Python sources also the
        # names, and the types inference would guess).
        # python_ints: "exact" (64-bit where Python values outgrow 32 bits) or "native" (C/Java int).
        # output: "file" (compiles as emitted: includes, a Java class, imports) or "functions"
        # (the functions alone, for a caller that supplies the rest).
        # class_name: the Java class holding the translation (default: from the first function).
        # context: other files of the project (a directory, files joined by os.pathsep, a list of
        # paths or of (name, text) pairs): the declarations the code uses are read from them.
        if python_ints not in ("exact", "native"):
            raise EngineError(f"rules engine: python_ints must be 'exact' or 'native', not '{python_ints}'")
        if output not in (None, "file", "functions"):
            raise EngineError(f"rules engine: output must be 'file' or 'functions', not '{output}'")
        if class_name is not None and not valid_class_name(class_name):
            raise EngineError(f"rules engine: class_name '{class_name}' is not a Java identifier")
        self.signature = signature
        self.exact_ints = python_ints == "exact"
        self.whole_file = WHOLE_FILE if output is None else output == "file"
        self.class_name = class_name
        self.context = context
        self._context_files: dict[str, tuple[ContextFile, ...]] = {}

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
        request = Request(
            code,
            source,
            target,
            signature or self.signature,
            self.exact_ints,
            self.whole_file,
            self.class_name,
            self._context(source),
        )
        translation = run_pipeline(request)
        return [Candidate(translation.text, warnings=translation.warnings)]

    def _context(self, language: str) -> tuple[ContextFile, ...]:
        if language not in self._context_files:
            self._context_files[language] = load_context(self.context, language)
        return self._context_files[language]

    def supports(self, source: str, target: str) -> bool:
        from transcoder.engines.rules.pipeline import SOURCES, TARGETS

        return source in SOURCES and target in TARGETS and source != target
