"""Translate a tree of source files: ``transcoder translate SRC_DIR --target LANG --out OUT_DIR``.

Every file whose extension names a source language (or only ``source``'s files, when given) is
translated on its own and written at the same relative place under the output directory, with the
target's extension (and, for Java, a file name that can hold a public class). A file the engine
refuses gets no output; the report says why, with the refusal's line and column. Nothing that
exists is overwritten unless asked, and the check happens before any translation, so a run never
stops half-way for that reason. ``transcoder-report.json`` and ``transcoder-report.md`` in the
output directory list every file: translated, refused, verified or failing verification.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from transcoder.errors import InputError, TranscoderError
from transcoder.languages import get_language, language_for_path

REPORT_NAMES = ("transcoder-report.json", "transcoder-report.md")


@dataclass
class FileResult:
    """What happened to one input file (paths relative to the input and output directories)."""

    path: str
    source: str
    status: str  # translated | refused | verified | unverified | unreadable
    output: str | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class DirectoryReport:
    source_dir: str
    out_dir: str
    target: str
    engine: str
    files: list[FileResult] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.files:
            counts[result.status] = counts.get(result.status, 0) + 1
        return counts

    @property
    def all_translated(self) -> bool:
        return all(result.status in ("translated", "verified") for result in self.files)


def with_context(options: dict[str, Any], engine: str, source_dir: Path) -> dict[str, Any]:
    """``options`` with the tree ``source_dir`` as the project context of each file (the engine
    reads the declarations a file uses from the others), unless a context is given or the engine
    takes none."""
    import inspect

    from transcoder.engines.base import engine_class

    if "context" in options or "context" not in inspect.signature(engine_class(engine)).parameters:
        return options
    from transcoder.engines.rules.context import load_tree

    return {**options, "context": load_tree(source_dir)}  # read once, not once per file


def with_class_name(options: dict[str, Any], engine: str, target: str, name: str | None) -> dict[str, Any]:
    """``options`` with ``class_name=name`` for a Java output (a file's public class carries the
    file's name), when the engine takes that option, none was given and ``name`` can be one."""
    import inspect

    from transcoder.engines.base import engine_class

    if name is None or not name.isidentifier() or get_language(target).name != "java":
        return options
    if "class_name" in options or "class_name" not in inspect.signature(engine_class(engine)).parameters:
        return options
    return {**options, "class_name": name}


def output_name(relative: Path, target: str) -> Path:
    """Where a translation of ``relative`` goes: the target's extension; for Java, a class name."""
    language = get_language(target)
    return relative.with_name(language.file_stem(relative.stem) + language.extensions[0])


def source_files(source_dir: Path, source: str | None) -> Iterator[tuple[Path, str]]:
    """(relative path, language) of every translatable file under ``source_dir``, sorted."""
    for path in sorted(source_dir.rglob("*")):
        if not path.is_file() or path.is_symlink() or any(part.startswith(".") for part in path.parts):
            continue
        language = language_for_path(str(path))
        if language is None or (source is not None and language.name != source):
            continue
        yield path.relative_to(source_dir), language.name


def plan(
    source_dir: Path, out_dir: Path, target: str, source: str | None, overwrite: bool
) -> list[tuple[Path, str, Path]]:
    """(input, language, output) for each file; refuses before any work if an output exists."""
    if not source_dir.is_dir():
        raise InputError(f"not a directory: {source_dir}")
    if out_dir.resolve() == source_dir.resolve() or source_dir.resolve() in out_dir.resolve().parents:
        raise InputError(f"the output directory must lie outside the input directory: {out_dir}")
    items = [
        (relative, language, output_name(relative, target))
        for relative, language in source_files(source_dir, source)
        if language != target
    ]
    if not items:
        raise InputError(f"no source files to translate to {target} under {source_dir}")
    if not overwrite:
        taken = [out_dir / output for _, _, output in items if (out_dir / output).exists()]
        taken += [out_dir / name for name in REPORT_NAMES if (out_dir / name).exists()]
        if taken:
            raise InputError(f"{taken[0]} exists (and {len(taken) - 1} more): pass --overwrite to replace")
    return items


def translate_directory(
    source_dir: Path,
    out_dir: Path,
    *,
    target: str,
    engine: str,
    source: str | None = None,
    verify: bool = False,
    overwrite: bool = False,
    options: dict[str, Any] | None = None,
    advance: Callable[[str], None] | None = None,
) -> DirectoryReport:
    """Translate every file under ``source_dir`` into ``out_dir``; ``advance`` is told each file's path."""
    target = get_language(target).name
    items = plan(source_dir, out_dir, target, source, overwrite)
    report = DirectoryReport(str(source_dir), str(out_dir), target, engine)
    options = with_context(options or {}, engine, source_dir)
    for relative, language, output in items:
        named = with_class_name(options, engine, target, output.stem)
        result = _translate_file(source_dir / relative, relative, language, target, engine, verify, named)
        if result.status != "refused" and result.status != "unreadable":
            destination = out_dir / output
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(result.output or "", encoding="utf-8")
            result.output = str(output)
        else:
            result.output = None
        report.files.append(result)
        if advance is not None:
            advance(str(relative))
    write_report(report, out_dir)
    return report


def _translate_file(
    path: Path, relative: Path, language: str, target: str, engine: str, verify: bool, options: dict[str, Any]
) -> FileResult:
    from transcoder import translate_candidates, translate_verified

    name = str(relative)
    try:
        code = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return FileResult(name, language, "unreadable", message=f"cannot read {name}: {error}")
    try:
        if verify:
            candidates, verification = translate_verified(
                code, source=language, target=target, engine=engine, path=name, **options
            )
            chosen = verification.chosen if verification.chosen is not None else 0
            status = "verified" if verification.chosen is not None else "unverified"
            candidate = candidates[chosen]
            return FileResult(
                name, language, status, candidate.code, verification.summary(), list(candidate.warnings)
            )
        [candidate, *_] = translate_candidates(
            code, source=language, target=target, engine=engine, path=name, **options
        )
    except TranscoderError as error:
        return FileResult(name, language, "refused", message=_with_path(str(error), name))
    return FileResult(name, language, "translated", candidate.code, warnings=list(candidate.warnings))


def _with_path(message: str, name: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"


def write_report(report: DirectoryReport, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    data = {**{k: v for k, v in asdict(report).items() if k != "files"}, "counts": report.counts()}
    data["files"] = [asdict(result) for result in report.files]
    (out_dir / REPORT_NAMES[0]).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    lines = [
        f"# Translation of {report.source_dir} to {report.target} ({report.engine} engine)",
        "",
        ", ".join(f"{status}: {count}" for status, count in sorted(report.counts().items())),
        "",
        "| file | status | output | note |",
        "|---|---|---|---|",
    ]
    for result in report.files:
        note = (result.message or "; ".join(result.warnings)).replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {result.path} | {result.status} | {result.output or ''} | {note} |")
    (out_dir / REPORT_NAMES[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
