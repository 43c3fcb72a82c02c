"""The engine interface and the registry that finds engines by name.

An engine turns source code (one function or a whole file) into up to ``n`` candidate
translations, best first. Defining an ``Engine`` subclass with a ``name`` registers it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import sys
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from transcoder.errors import EngineError


@dataclass(frozen=True, slots=True)
class Candidate:
    """One translation proposed by an engine."""

    code: str
    score: float | None = None  # engine-specific: log-probability for the neural engine
    warnings: tuple[str, ...] = ()  # guesses the engine made (for example an inferred type)
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


_REGISTRY: dict[str, type[Engine]] = {}

# Engines live in their own packages and are imported on first use, so that `transcoder
# translate` with the rule engine never pays for importing torch.
_BUILTIN_MODULES = {
    "rules": "transcoder.engines.rules",
    "gold": "transcoder.engines.gold",
    "neural": "transcoder.engines.neural",
    "llm": "transcoder.engines.llm",
}


class Engine(ABC):
    """A translator from one language to another."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    # True for engines that need the benchmark's reference (only the harness's own check, `gold`).
    needs_reference: ClassVar[bool] = False
    # True for engines that can implement a given interface (``signature=`` of ``translate``).
    accepts_signature: ClassVar[bool] = False

    @classmethod
    def terminal_progress(cls) -> AbstractContextManager[None]:
        """What the command line shows on a terminal while this engine works: nothing, unless an
        engine that works long per translation (an LLM's rounds) says otherwise."""
        return contextlib.nullcontext()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            _REGISTRY[cls.name] = cls

    @abstractmethod
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
        """Up to ``n`` candidates for ``code`` (language ``source``) in language ``target``.

        ``signature`` is the declaration the translation must implement, in the target language
        (``long f(int[] a, int n)``), when the caller knows it; engines that do not
        ``accepts_signature`` ignore it. Raises ``TranscoderError`` subclasses (with a location)
        for input it cannot translate.
        """

    def supports(self, source: str, target: str) -> bool:
        return source != target

    def fingerprint(self) -> str:
        """What makes this engine's output what it is, for result caches: the source of the
        engine's package (so a changed rule invalidates old results) and the size and time of any
        file an option names (a retrained checkpoint)."""
        digest = hashlib.sha256(self.name.encode())
        module_file = sys.modules[type(self).__module__].__file__
        if module_file:
            module_path = Path(module_file)
            files = [module_path]
            if module_path.name == "__init__.py":
                files = sorted(module_path.parent.rglob("*.py"))
            for file in files:
                digest.update(file.read_bytes())
        for value in sorted(map(str, getattr(self, "options", {}).values())):
            path = Path(value)
            if len(value) < 4096 and path.is_file():
                stat = path.stat()
                digest.update(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        return digest.hexdigest()[:16]


def engine_class(name: str) -> type[Engine]:
    """The engine class registered under ``name``, importing its package on first use."""
    if name not in _REGISTRY and name in _BUILTIN_MODULES:
        try:
            importlib.import_module(_BUILTIN_MODULES[name])
        except ImportError as error:
            raise EngineError(f"engine '{name}' is not available: {error}") from None
    cls = _REGISTRY.get(name)
    if cls is None:
        raise EngineError(f"unknown engine '{name}' (known: {', '.join(engine_names())})")
    return cls


def get_engine(name: str, **options: Any) -> Engine:
    """An engine instance by name; options go to its constructor (checkpoint paths, endpoints)."""
    return engine_class(name)(**options)


def engine_names() -> list[str]:
    return sorted(set(_BUILTIN_MODULES) | set(_REGISTRY))


def engine_description(name: str) -> str:
    try:
        if name not in _REGISTRY and name in _BUILTIN_MODULES:
            importlib.import_module(_BUILTIN_MODULES[name])
    except ImportError as error:
        return f"(unavailable: {error})"
    cls = _REGISTRY.get(name)
    return cls.description if cls else ""
