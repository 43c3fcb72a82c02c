"""Project context: declarations a file uses that other files of its project declare.

A translation may be given *context* (``--context DIR_OR_FILE``, the engine option ``context``,
and by default the other files of the tree in directory translation). From the context files of
the source language the engine reads only *declarations*, never bodies:

* Java: the interfaces (abstract methods, constants given a literal) and plain enums (constants
  only) of the same package that the file names;
* Python: what the file imports from a module of the same package (``from .mod import A``,
  ``from pkg.mod import A`` where ``mod`` is a context file): module-level constants given a
  literal, and classes that only declare (a docstring, ``pass``, abstract methods);
* C++: the headers included with ``#include "..."`` that the context holds, read in place of the
  include line (include guards and ``#pragma once`` left out).

The declarations are spliced into the source text (Java: after it; Python: in place of the import;
C++: in place of the include), so that the front end reads them as it reads the file's own, and the
translation carries them (a C++ or Python translation needs the interface it implements). A
refusal is located in the file as given: a line of the splice is reported in its context file. A
type or name the context declares in a way that is not read (a class with method bodies, a
function) is refused with the reason, naming it and its file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from transcoder.engines.rules.context_files import ANY_TYPE, ContextFile, Splice
from transcoder.errors import InputError, SourceLocation, TranscoderError

_EXTENSIONS = {
    "cpp": (".cpp", ".cc", ".cxx", ".hpp", ".hh", ".hxx", ".h"),
    "java": (".java",),
    "python": (".py",),
}
_MAX_FILES = 2000  # a context directory larger than this is refused (a tree, not a package)
_MAX_BYTES = 2_000_000


ContextSpec = str | os.PathLike[str] | ContextFile | tuple[str, str]


def load(spec: ContextSpec | Sequence[ContextSpec] | None, language: str) -> tuple[ContextFile, ...]:
    """The context files of ``language`` that ``spec`` names: a directory (its files, recursively),
    a file, several of them joined by ``os.pathsep``, a list of those, or (name, text) pairs."""
    if spec is None or spec == "":
        return ()
    items: Iterable[ContextSpec]
    if isinstance(spec, str):
        items = [part for part in spec.split(os.pathsep) if part]
    elif isinstance(spec, ContextFile | os.PathLike) or _is_pair(spec):
        items = [spec]  # type: ignore[list-item]
    else:
        items = spec
    found: dict[str, ContextFile] = {}
    for item in items:
        for context_file in _files(item, language):
            found.setdefault(context_file.name, context_file)
    return tuple(found.values())


def _is_pair(spec: object) -> bool:
    return isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(part, str) for part in spec)


def load_tree(directory: Path) -> tuple[ContextFile, ...]:
    """Every source file under ``directory`` of any language, read once (directory translation
    hands them to each file's translation, which keeps those of its language); a language with more
    than ``_MAX_FILES`` files gives none."""
    found: list[ContextFile] = []
    for language in _EXTENSIONS:
        try:
            found.extend(_files(directory, language))
        except InputError:
            continue  # a tree too large for context: its files are translated alone
    return tuple(found)


def _files(item: ContextSpec, language: str) -> list[ContextFile]:
    if isinstance(item, ContextFile):
        return [item] if item.name.lower().endswith(_EXTENSIONS.get(language, ())) else []
    if isinstance(item, tuple):
        name, text = item
        return [ContextFile(name, text)] if name.lower().endswith(_EXTENSIONS.get(language, ())) else []
    path = Path(item)
    if path.is_dir():
        paths = sorted(
            p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(_EXTENSIONS[language])
        )
        if len(paths) > _MAX_FILES:
            raise InputError(f"context {path} holds {len(paths)} {language} files (at most {_MAX_FILES})")
        return [f for p in paths if (f := _read(p, p.relative_to(path).as_posix())) is not None]
    if path.is_file():
        read = _read(path, path.name)
        return [read] if read is not None and path.name.lower().endswith(_EXTENSIONS[language]) else []
    raise InputError(f"context {path} is neither a file nor a directory")


def _read(path: Path, name: str) -> ContextFile | None:
    try:
        if path.stat().st_size > _MAX_BYTES:
            return None
        return ContextFile(name, path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def splice(code: str, language: str, files: Sequence[ContextFile]) -> Splice | None:
    """``code`` with the declarations it uses from ``files`` spliced in, or None when it uses none."""
    others = [f for f in files if f.text != code]
    if not others:
        return None
    try:
        return _splice(code, language, others)
    except RecursionError:  # nesting too deep to read: the file is translated alone (and refused there)
        return None


def _splice(code: str, language: str, others: Sequence[ContextFile]) -> Splice | None:
    if language == "java":
        from transcoder.engines.rules.java.context import splice_java

        return splice_java(code, others)
    if language == "python":
        from transcoder.engines.rules.python.context import splice_python

        return splice_python(code, others)
    if language == "cpp":
        from transcoder.engines.rules.cpp.context import splice_cpp

        return splice_cpp(code, others)
    return None


def explain(code: str, language: str, files: Sequence[ContextFile]) -> dict[str, str]:
    """Names the file takes from elsewhere that the context does not declare readably, and where
    they come from (for a refusal naming one); read only when a translation is refused."""
    try:
        if language == "java":
            from transcoder.engines.rules.java.context import explain_java

            return explain_java(code, files)
        if language == "python":
            from transcoder.engines.rules.python.context import explain_python

            return explain_python(code, files)
        if language == "cpp":
            from transcoder.engines.rules.cpp.context import explain_cpp

            return explain_cpp(code, files)
    except Exception:  # an explanation never hides the refusal it explains (hostile input included)
        return {}
    return {}


def explained(
    error: TranscoderError, code: str, language: str, files: Sequence[ContextFile]
) -> TranscoderError:
    """``error`` with where a name it quotes comes from, when the file takes it from elsewhere."""
    notes = explain(code, language, files)
    if not notes:
        return error
    return relocate(error, Splice(code, identity_origins(code), notes))


def explained_splice(spliced: Splice, code: str, language: str, files: Sequence[ContextFile]) -> Splice:
    """``spliced`` with the notes of ``explain`` for the names it has none for."""
    return Splice(spliced.text, spliced.origins, {**explain(code, language, files), **spliced.notes})


def identity_origins(code: str) -> list[tuple[str | None, int]]:
    return [(None, number) for number in range(1, code.count("\n") + 2)]


_NAMED = re.compile(r"(?:type|base class|name|class|call of|function|attribute) '([^']+)'")
"""The key of a note for every refusal that names something (C++: the headers not found)."""
_LINE = re.compile(r"\bline (\d+):(\d+)")


def relocate(error: TranscoderError, spliced: Splice) -> TranscoderError:
    """``error`` located in the file as given (or in the context file its line came from), with the
    reason a name it quotes was not read from the context."""
    message = error.message
    named = _NAMED.search(message)
    if named is not None:
        name = named.group(1).split("<", 1)[0].split("::")[0]
        name = name if name in spliced.notes else name.split(".")[-1]
        if name in spliced.notes:
            message = f"{message}; {spliced.notes[name]}"
    if ANY_TYPE in spliced.notes and named is not None:
        message = f"{message}; {spliced.notes[ANY_TYPE]}"
    location = error.location
    if location is not None and location.path is None:
        origin, line = spliced.locate(location.line)
        if origin is not None:
            message = f"{message} (in the declarations read from context file {origin})"
        location = SourceLocation(line, location.column, origin)
    message = _LINE.sub(lambda m: f"line {spliced.locate(int(m.group(1)))[1]}:{m.group(2)}", message)
    relocated = type(error)(message, location)
    relocated.__cause__ = error
    return relocated


def relocate_warning(warning: str, spliced: Splice) -> str:
    return _LINE.sub(lambda m: f"line {spliced.locate(int(m.group(1)))[1]}:{m.group(2)}", warning)
