"""The `transcoder` command: argument parsing and error reporting only; the work lives in the package.

Subcommands owned by other parts of the tree (``eval``, ``data``, ``train``) are wired by module
name: each module provides ``configure_parser(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from transcoder.arguments import (
    MAX_INPUT_BYTES,
    engine_option_argument,
    positive_int_argument,
)
from transcoder.errors import InputError, SourceLocation, TranscoderError

# Subcommand -> module with configure_parser/run; imported when the parser is built, so each
# must keep heavy imports (torch) inside `run`.
PLUGGED_COMMANDS: dict[str, tuple[str, str]] = {
    "eval": (
        "transcoder.bench.harness",
        "score translations on a GfG-style benchmark (computational accuracy)",
    ),
    "data": ("transcoder.train.data", "build training data (tokens, BPE, binary shards)"),
    "train": ("transcoder.train.trainer", "train the neural engine from a config"),
    "serve": ("transcoder.service.server", "serve the JSON API and the web page"),
    "report": ("transcoder.bench.report", "HTML report of eval runs; compare two runs item by item"),
}


def read_source(path: str) -> tuple[str, str | None]:
    """Text of ``path`` (``-`` for standard input) and a display name; clear errors for bad bytes."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = None
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"no such file: {path}")
        if file.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(f"input too large: {path} has {file.stat().st_size:,} bytes (at most {MAX_INPUT_BYTES:,})")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None
        name = path
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"input is not valid UTF-8 (byte 0x{data[error.start]:02x})", SourceLocation(line, column, name)
        ) from None
    if not text.strip():
        raise InputError(f"empty input: {name or 'standard input'} holds no code")
    return text, name


parse_engine_option = engine_option_argument  # KEY=VALUE; engines convert values to their types


class OneLineParser(argparse.ArgumentParser):
    """Argument errors as one line on standard error and exit status 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"transcoder: error: {self.prog}: {message}\n")


def _translate(args: argparse.Namespace) -> int:
    from transcoder import translate_candidates
    from transcoder.engines.base import engine_class
    from transcoder.languages import get_language, language_for_path

    if args.file != "-" and Path(args.file).is_dir():
        return _translate_directory(args)
    if args.out is not None and Path(args.out).exists() and not args.overwrite:
        raise InputError(f"{args.out} exists: pass --overwrite to replace it")
    code, name = read_source(args.file)
    source = args.source
    if source is None:
        guessed = language_for_path(args.file) if args.file != "-" else None
        if guessed is None:
            raise InputError("cannot tell the source language: pass --source")
        source = guessed.name
    options: dict[str, str] = dict(args.engine_option or [])
    if args.checkpoint:
        options["checkpoint"] = args.checkpoint
    if args.signature:
        options["signature"] = args.signature
    if args.context:
        options["context"] = os.pathsep.join(args.context)
    from transcoder.directory import with_class_name  # a Java class named after its file

    stem = get_language("java").file_stem(Path(args.file).stem) if args.file != "-" else None
    options = with_class_name(options, args.engine, args.target, Path(args.out).stem if args.out else stem)
    if args.verify:
        return _translate_verified(args, code, name, source, options)
    with engine_class(args.engine).terminal_progress():
        candidates = translate_candidates(
            code,
            source=source,
            target=args.target,
            engine=args.engine,
            n=args.candidates,
            path=name,
            **options,
        )
    for warning in dict.fromkeys(w for c in candidates for w in c.warnings):
        print(f"transcoder: warning: {warning}", file=sys.stderr)
    if not candidates:
        raise TranscoderError(f"engine '{args.engine}' produced no translation")
    separator = "\n" + get_language(args.target).line_comment + " ---- candidate {} ----\n"
    texts = []
    for index, candidate in enumerate(candidates):
        if len(candidates) > 1:
            texts.append(separator.format(index + 1))
        texts.append(candidate.code if candidate.code.endswith("\n") else candidate.code + "\n")
    if args.out is not None:
        Path(args.out).write_text("".join(texts), encoding="utf-8")
    else:
        sys.stdout.write("".join(texts))
    return 0


def _translate_directory(args: argparse.Namespace) -> int:
    """A tree of files, with a progress bar; exit 1 when any file was refused or failed verification."""
    from rich.progress import Progress

    from transcoder.directory import plan, translate_directory

    if args.out is None:
        raise InputError(f"{args.file} is a directory: pass --out OUT_DIR for the translations")
    options: dict[str, str] = dict(args.engine_option or [])
    if args.checkpoint:
        options["checkpoint"] = args.checkpoint
    if args.context:  # default: the tree itself (translate_directory)
        options["context"] = os.pathsep.join(args.context)
    source_dir, out_dir = Path(args.file), Path(args.out)
    total = len(plan(source_dir, out_dir, args.target, args.source, args.overwrite))
    with Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("translating", total=total)
        report = translate_directory(
            source_dir, out_dir, target=args.target, engine=args.engine, source=args.source,
            verify=args.verify, overwrite=args.overwrite, options=options,
            advance=lambda path: progress.update(task, advance=1, description=path),
        )  # fmt: skip
    for result in report.files:
        if result.status not in ("translated", "verified"):
            print(f"transcoder: {result.status}: {result.message}", file=sys.stderr)
    counts = ", ".join(f"{count} {status}" for status, count in sorted(report.counts().items()))
    print(
        f"transcoder: {len(report.files)} files: {counts}; report in {out_dir / 'transcoder-report.md'}",
        file=sys.stderr,
    )
    return 0 if report.all_translated else 1


def _translate_verified(
    args: argparse.Namespace, code: str, name: str | None, source: str, options: dict[str, str]
) -> int:
    """The first candidate passing the generated tests; else the best one, marked, with status 1."""
    from transcoder import translate_verified
    from transcoder.engines.base import engine_class
    from transcoder.languages import get_language

    with engine_class(args.engine).terminal_progress():
        candidates, verification = translate_verified(
            code, source=source, target=args.target, engine=args.engine, n=args.candidates, tests=args.tests,
            seed=args.seed, function=args.function, path=name, **options,
        )  # fmt: skip
    print(f"transcoder: {verification.summary()}", file=sys.stderr)
    chosen = verification.chosen
    if chosen is None:
        best = max(verification.checks, key=lambda c: c.passed)
        comment = get_language(args.target).line_comment
        sys.stdout.write(f"{comment} UNVERIFIED: passes {best.passed}/{best.total} generated tests\n")
        sys.stdout.write(candidates[best.index].code.rstrip("\n") + "\n")
        print("transcoder: error: no candidate passed every generated test", file=sys.stderr)
        return 1
    for warning in candidates[chosen].warnings:
        print(f"transcoder: warning: {warning}", file=sys.stderr)
    sys.stdout.write(candidates[chosen].code.rstrip("\n") + "\n")
    return 0


def _languages(args: argparse.Namespace) -> int:
    from transcoder.engines.base import engine_description, engine_names
    from transcoder.languages import get_language, language_names

    print("languages:")
    for name in language_names():
        language = get_language(name)
        print(f"  {name:<8} {' '.join(language.extensions)}")
    print("engines:")
    for name in engine_names():
        print(f"  {name:<8} {engine_description(name)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from transcoder import __version__
    from transcoder.engines import DEFAULT_ENGINE

    parser = OneLineParser(
        prog="transcoder", description="Translate functions and files between C++, Java and Python."
    )
    parser.add_argument("--version", action="version", version=f"transcoder {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    translate = commands.add_parser("translate", help="translate a file, a directory or standard input")
    translate.add_argument(
        "file", nargs="?", default="-", help="source file or directory, or - for standard input (default)"
    )
    translate.add_argument(
        "--out", "-o", help="write the translation to this file (for a directory: this output directory)"
    )
    translate.add_argument(
        "--overwrite", action="store_true", help="replace files that exist under --out (default: refuse)"
    )
    translate.add_argument("--source", "-s", help="source language (default: from the file extension)")
    translate.add_argument("--target", "-t", required=True, help="target language")
    translate.add_argument(
        "--engine", "-e", default=DEFAULT_ENGINE, help=f"engine (default: {DEFAULT_ENGINE})"
    )
    translate.add_argument(
        "--candidates", "-n", type=positive_int_argument, default=1, help="number of candidates (default: 1)"
    )
    translate.add_argument("--checkpoint", help="model checkpoint, for --engine neural")
    translate.add_argument(
        "--signature", help='the declaration to implement, in the target language: "int f(int arr[], int n)"'
    )
    translate.add_argument(
        "--verify",
        action="store_true",
        help="generate unit tests by running the source function, run every candidate on them in "
        "the sandbox, and print the first that passes them all",
    )
    translate.add_argument(
        "--tests", type=positive_int_argument, default=20, help="generated tests, with --verify (default: 20)"
    )
    translate.add_argument("--seed", type=int, default=0, help="seed of the generated inputs (default: 0)")
    translate.add_argument(
        "--function", help="with --verify: the function to test (default: the entry point)"
    )
    translate.add_argument(
        "--context",
        action="append",
        metavar="DIR_OR_FILE",
        help="other files of the project (repeatable): the declarations the code uses (Java interfaces "
        "and enums of its package, C++ headers it includes with \"...\", Python constants and "
        "declaration-only classes it imports from its package) are read from them; a directory "
        "translation reads its own tree by default",
    )
    translate.add_argument(
        "--engine-option",
        action="append",
        type=parse_engine_option,
        metavar="KEY=VALUE",
        help="engine option (repeatable), e.g. beam_size=5 or python_ints=native",
    )
    translate.set_defaults(handler=_translate)

    languages = commands.add_parser("languages", help="list languages and engines")
    languages.set_defaults(handler=_languages)

    for command, (module_name, help_text) in PLUGGED_COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue  # that part of the tree is not installed
        sub = commands.add_parser(command, help=help_text, description=help_text)
        module.configure_parser(sub)
        sub.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except TranscoderError as error:
        print(f"transcoder: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("transcoder: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
