"""The interface every language implements, and the registry that finds them by name.

A language is one package under ``transcoder.languages``; defining a ``Language`` subclass with a
``name`` registers it (``__init_subclass__``), so adding a language never means editing lists
elsewhere.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar

import tree_sitter

from transcoder.errors import InputError, SourceLocation, SyntaxErrorInSource

if TYPE_CHECKING:
    from transcoder.verify.toolchain import Toolchain
    from transcoder.verify.values import TestDriver


@dataclass(frozen=True, slots=True)
class Parameter:
    """One formal parameter of a function."""

    name: str
    type: str | None  # as written in the source; None where the language does not say (Python without hints)


@dataclass(frozen=True, slots=True)
class FunctionInfo:
    """A function found in a source file."""

    name: str
    parameters: tuple[Parameter, ...]
    return_type: str | None  # as written; None where not written
    start_byte: int  # span of the whole definition, modifiers and decorators included
    end_byte: int
    body_start_byte: int  # span of the body block
    body_end_byte: int
    start: SourceLocation
    kind: str  # "function", "static_method" or "method"
    class_name: str | None = None  # enclosing class, for methods
    text: str = field(default="", repr=False)  # source text of the whole definition
    language: str = ""  # name of the language it is written in (how its types are spelled)


_REGISTRY: dict[str, type[Language]] = {}
_THREAD_PARSERS = threading.local()


class Language(ABC):
    """Everything the rest of transcoder needs to know about one programming language."""

    name: ClassVar[str]  # canonical name used on the command line: "cpp", "java", "python"
    aliases: ClassVar[tuple[str, ...]] = ()
    extensions: ClassVar[tuple[str, ...]]  # file extensions, with the dot, preferred first
    line_comment: ClassVar[str]  # "//" or "#"
    display_name: ClassVar[str]  # how people write the name: "C++"
    fence_tags: ClassVar[tuple[str, ...]]  # Markdown code-fence tags, the one we write first
    keywords: ClassVar[frozenset[str]]  # reserved words: never usable as names
    # A line that must sit at the top of a file, outside any class or function (imports, includes).
    header_line: ClassVar[re.Pattern[str] | None] = None
    # How a function must look to be embedded by a test driver (told to models that write code).
    embeddable_shape: ClassVar[str] = ""

    def prepare(self, code: str, path: str | None = None) -> str:
        """``code`` as the engines read it (C++: the file's own macros expanded); lines keep their numbers."""
        return code

    def file_stem(self, stem: str) -> str:
        """The name (without extension) a file of this language takes for a source file's ``stem``."""
        return stem

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            for key in (cls.name, *cls.aliases):
                _REGISTRY[key] = cls

    # -- parsing ---------------------------------------------------------------------------
    @abstractmethod
    def tree_sitter_language(self) -> tree_sitter.Language: ...

    @property
    def parser(self) -> tree_sitter.Parser:
        """A parser for this thread: tree-sitter parsers must not be shared between threads."""
        parsers: dict[str, tree_sitter.Parser] = _THREAD_PARSERS.__dict__.setdefault("by_language", {})
        if self.name not in parsers:
            parsers[self.name] = tree_sitter.Parser(self.tree_sitter_language())
        return parsers[self.name]

    def parse(self, code: str) -> tree_sitter.Tree:
        """Parse without judging: the tree may contain ERROR and MISSING nodes.

        This thread's last tree of each language is kept and returned again for the same text:
        a rule-engine translation parses its source in its front end and again to collect its
        comments. Nothing here edits a tree (``Tree.edit``), so sharing one is safe."""
        last: dict[str, tuple[str, tree_sitter.Tree]] = _THREAD_PARSERS.__dict__.setdefault("last_tree", {})
        found = last.get(self.name)
        if found is not None and found[0] == code:
            return found[1]
        tree = self.parser.parse(code.encode("utf-8"))
        last[self.name] = (code, tree)
        return tree

    def syntax_errors(self, code: str, path: str | None = None) -> list[SyntaxErrorInSource]:
        """Every ERROR or MISSING node of the parse, in source order, with 1-based line and column
        (columns count characters, not bytes). A MISSING node is reported where the parser wanted
        the token (``missing ';'``); an ERROR node at its first character, with its first line."""
        from transcoder.languages.common import location_of

        errors: list[SyntaxErrorInSource] = []
        source = code.encode("utf-8")
        stack = [self.parser.parse(source).root_node]
        while stack:
            node = stack.pop()
            if not node.has_error:
                continue
            if node.is_missing or node.type == "ERROR":
                where = location_of(source, node.start_byte, node.start_point)
                if node.is_missing:
                    what = f"missing '{node.type}'"
                else:
                    snippet = (node.text or b"").decode("utf-8", "replace").strip().splitlines()
                    first = snippet[0][:30] if snippet else ""
                    what = f"unexpected '{first}'" if first else "unexpected input"
                errors.append(
                    SyntaxErrorInSource(
                        f"syntax error in {self.name} source: {what}",
                        SourceLocation(where.line, where.column, path),
                    )
                )
                if node.type == "ERROR":
                    continue  # one report for a whole ERROR region
            stack.extend(reversed(node.children))
        return errors

    def check_syntax(self, code: str, path: str | None = None) -> tree_sitter.Tree:
        """Parse and raise the first syntax error, if any."""
        errors = self.syntax_errors(code, path)
        if errors:
            raise errors[0]
        return self.parse(code)

    # -- functions -------------------------------------------------------------------------
    # The work lives in the language's package, in modules with fixed names (``syntax``,
    # ``tokens``, ``toolchain``, ``testdriver``), imported on first use so that `transcoder
    # languages` stays cheap.
    def _part(self, module: str) -> ModuleType:
        return importlib.import_module(f"{type(self).__module__}.{module}")

    def extract_functions(self, code: str) -> list[FunctionInfo]:
        """Free functions, static methods and instance methods, in source order."""
        found = self._part("syntax").extract_functions(self, code)
        return [replace(function, language=self.name) for function in found]

    def tokenize(self, code: str) -> list[str]:
        """TransCoder-style tokens: comments dropped, string and char literals one token each,
        Python layout as NEW_LINE / INDENT / DEDENT."""
        tokens: list[str] = self._part("tokens").tokenize(code)
        return tokens

    def detokenize(self, tokens: Sequence[str]) -> str:
        """Source text for tokens; ``tokenize(detokenize(t)) == t`` for tokens of real code."""
        text: str = self._part("tokens").detokenize(tokens)
        return text

    def toolchain(self) -> Toolchain:
        """How to build and run a program in this language (used by the sandbox and runners)."""
        toolchain: Toolchain = self._part("toolchain").TOOLCHAIN
        return toolchain

    def test_driver(self) -> TestDriver:
        """How generated tests spell values and call functions in this language (``testdriver``)."""
        from transcoder.verify.values import TestGenerationError

        try:
            driver: TestDriver = self._part("testdriver").TEST_DRIVER
            return driver
        except ModuleNotFoundError as error:
            if error.name != f"{type(self).__module__}.testdriver":
                raise
            raise TestGenerationError(f"no test driver for {self.name}") from None

    def __repr__(self) -> str:
        return f"<Language {self.name}>"


_INSTANCES: dict[type[Language], Language] = {}


def get_language(name: str) -> Language:
    """The language called ``name`` (or one of its aliases); a clear error for unknown names."""
    _load_builtin_languages()
    cls = _REGISTRY.get(name.lower().strip())
    if cls is None:
        known = ", ".join(sorted({c.name for c in _REGISTRY.values()}))
        raise InputError(f"unknown language '{name}' (known: {known})")
    if cls not in _INSTANCES:
        _INSTANCES[cls] = cls()
    return _INSTANCES[cls]


def language_names() -> list[str]:
    _load_builtin_languages()
    return sorted({cls.name for cls in _REGISTRY.values()})


def language_for_path(path: str) -> Language | None:
    _load_builtin_languages()
    lowered = path.lower()
    for cls in {id(c): c for c in _REGISTRY.values()}.values():
        if any(lowered.endswith(ext) for ext in cls.extensions):
            return get_language(cls.name)
    return None


def _load_builtin_languages() -> None:
    """Import every package under ``transcoder.languages``: each registers its Language subclass.

    The packages are found next to this file rather than through ``transcoder.languages``'s
    ``__path__``, so that this module never imports the package that re-exports it (an import cycle).
    """
    if _LOADED:
        return
    package = __name__.rpartition(".")[0]  # transcoder.languages
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.ispkg:
            importlib.import_module(f"{package}.{module.name}")
    _LOADED.append(True)


_LOADED: list[bool] = []
