"""``transcoder data build INPUTS... --out DIR``: monolingual training data for the neural engine.

Inputs are source directories, single source files, zip archives (the JDK's ``lib/src.zip``)
and GitHub-style ``*.json.gz`` files (one JSON object a line, the file text under ``content``,
its path under ``path``). The build:

1. reads every file of a known language, dropping exact duplicates (same text);
2. splits train/valid **by file** (per language, the files whose content hash ranks lowest go
   to valid), so no file and no function is in both;
3. tokenizes each file TransCoder-style (whole files feed MLM) and extracts its standalone
   functions (free functions and static methods feed denoising and back-translation), dropping
   duplicate functions and any train function that also occurs in valid or in the paired set;
4. learns BPE codes on the train files (or uses given codes), applies them, and builds the
   dictionary from the train files;
5. writes memory-mapped shards ``{lang}.{split}.{files|functions}`` (see ``shards.py``),
   the ``codes`` and ``vocab`` files, ``meta.json``, and, with ``--paired-valid``, the
   benchmark's ``f_gold`` functions paired by ID (``paired_valid.json``) for BT BLEU.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import hashlib
import json
import multiprocessing
import os
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transcoder.errors import InputError, TranscoderError

if TYPE_CHECKING:  # imported where used, as before: importing them loads transcoder.engines.neural
    from transcoder.engines.neural.bpe import BPE
    from transcoder.engines.neural.dictionary import Dictionary

LANGUAGES = ("cpp", "java", "python")  # the languages TransCoder is trained on (the released models' lang2id)
SPLITS = ("train", "valid")
KINDS = ("files", "functions")
STANDALONE_KINDS = frozenset({"function", "static_method"})


@dataclass(frozen=True, slots=True)
class Document:
    """One source file read from an input."""

    origin: str  # where it came from, for messages: "path", "archive.zip:member", "file.json.gz:line"
    language: str
    text: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Tokenized:
    """What a worker returns for one document."""

    language: str
    digest: str
    tokens: list[str]  # the whole file
    functions: list[list[str]]  # standalone functions, each tokenized alone
    error: str | None = None


@dataclass(slots=True)
class BuildSummary:
    """Counts reported at the end of a build (and stored in ``meta.json``)."""

    documents: Counter[str] = field(default_factory=Counter)  # per language, as read
    duplicates: Counter[str] = field(default_factory=Counter)  # exact duplicate files dropped
    failed: Counter[str] = field(default_factory=Counter)  # files the tokenizer rejected
    files: Counter[str] = field(default_factory=Counter)  # "lang.split" -> files kept
    functions: Counter[str] = field(default_factory=Counter)  # "lang.split" -> functions kept
    duplicate_functions: Counter[str] = field(default_factory=Counter)
    leaked_functions: Counter[str] = field(default_factory=Counter)  # train functions also in valid/paired
    too_long_functions: Counter[str] = field(default_factory=Counter)
    tokens: Counter[str] = field(default_factory=Counter)  # "lang.split.kind" -> BPE units
    unknown: Counter[str] = field(default_factory=Counter)  # "lang.split.kind" -> <unk> units


# -- reading inputs ---------------------------------------------------------------------------


def _language_of(path: str) -> str | None:
    from transcoder.languages import language_for_path

    language = language_for_path(path)
    return language.name if language is not None and language.name in LANGUAGES else None


def _language_named(name: str) -> str | None:
    """The training language called ``name`` (a GitHub sample's file prefix), or None."""
    from transcoder.languages import get_language

    try:
        language = get_language(name).name
    except InputError:
        return None
    return language if language in LANGUAGES else None


def _decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def iter_documents(
    inputs: Sequence[str | Path], max_files_per_input: int | None = None, exclude: Sequence[str] = ()
) -> Iterator[Document]:
    """Every source file of a known language in ``inputs``, in a stable order, except those whose
    origin matches one of the ``exclude`` glob patterns (``*/site-packages/*``)."""
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such input: {raw}")
        documents = (d for d in _iter_one_input(path, exclude) if not _excluded(d.origin, exclude))
        for produced, document in enumerate(documents, start=1):
            yield document
            if max_files_per_input is not None and produced >= max_files_per_input:
                break


def _excluded(origin: str, exclude: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(origin, pattern) for pattern in exclude)


def _iter_one_input(path: Path, exclude: Sequence[str] = ()) -> Iterator[Document]:
    if path.is_dir():
        for root, directories, files in os.walk(path):
            # Prune excluded directories instead of walking them (site-packages is large).
            directories[:] = sorted(
                d for d in directories if not _excluded(os.path.join(root, d, ""), exclude)
            )
            for name in sorted(files):
                file = Path(root) / name
                if name.endswith((".json.gz", ".zip")):
                    yield from _iter_one_input(file, exclude)
                    continue
                language = _language_of(name)
                if language is None or not file.is_file():
                    continue
                text = _decode(file.read_bytes())
                if text is not None:
                    yield Document(str(file), language, text)
    elif path.name.endswith(".zip"):
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise InputError(f"{path}: not a zip archive") from None
        with archive:
            for member in sorted(archive.namelist()):
                language = _language_of(member)
                if language is None or member.endswith("/"):
                    continue
                text = _decode(archive.read(member))
                if text is not None:
                    yield Document(f"{path}:{member}", language, text)
    elif path.name.endswith(".json.gz"):
        default_language = _language_named(path.name.split(".")[0])
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}:{error.colno}: bad JSON ({error.msg})") from None
                text = record.get("content")
                language = _language_of(str(record.get("path", ""))) or default_language
                if isinstance(text, str) and language is not None:
                    yield Document(f"{path}:{number}", language, text)
    else:
        language = _language_of(path.name)
        if language is None:
            raise InputError(f"{path}: not a directory, .zip, .json.gz or source file of a known language")
        text = _decode(path.read_bytes())
        if text is None:
            raise InputError(f"{path}: not valid UTF-8")
        yield Document(str(path), language, text)


# -- tokenizing (in worker processes) ------------------------------------------------------------


def tokenize_document(document: Document) -> Tokenized:
    """TransCoder tokens of the whole file and of each standalone function; errors are recorded."""
    from transcoder.languages import get_language

    language = get_language(document.language)
    try:
        tokens = language.tokenize(document.text)
        functions = [
            language.tokenize(function.text)
            for function in language.extract_functions(document.text)
            if function.kind in STANDALONE_KINDS and function.text
        ]
    except (TranscoderError, RecursionError, ValueError) as error:
        return Tokenized(document.language, document.digest, [], [], error=str(error).splitlines()[0][:200])
    return Tokenized(document.language, document.digest, tokens, [f for f in functions if f])


def _tokenize_all(documents: Sequence[Document], jobs: int, progress: bool) -> list[Tokenized]:
    from tqdm import tqdm

    bar = tqdm(total=len(documents), desc="tokenize", unit="file", disable=not progress, file=sys.stderr)
    results: list[Tokenized] = []
    if jobs <= 1:
        for document in documents:
            results.append(tokenize_document(document))
            bar.update()
    else:
        # fork keeps the loaded tree-sitter grammars; imap keeps input order (deterministic output).
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for result in pool.imap(tokenize_document, documents, chunksize=4):
                results.append(result)
                bar.update()
    bar.close()
    return results


# -- paired valid set (benchmark functions by ID) ---------------------------------------------


def read_paired_functions(directory: str | Path) -> dict[str, dict[str, list[str]]]:
    """``{id: {lang: tokens of f_gold}}`` for the IDs a GfG-style benchmark has in every language."""
    from transcoder.languages import get_language

    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"no such benchmark directory: {directory}")
    extensions = {name: get_language(name).extensions[0] for name in LANGUAGES}
    per_language: dict[str, dict[str, list[str]]] = {}
    for language_name, extension in extensions.items():
        language = get_language(language_name)
        functions: dict[str, list[str]] = {}
        for file in sorted((directory / language_name).glob(f"*{extension}")):
            text = _decode(file.read_bytes())
            if text is None:
                continue
            try:
                golds = [f for f in language.extract_functions(text) if f.name == "f_gold"]
                if golds:
                    functions[file.stem] = language.tokenize(golds[0].text)
            except TranscoderError:
                continue
        per_language[language_name] = functions
    common = set.intersection(*(set(functions) for functions in per_language.values()))
    return {
        identifier: {lang: per_language[lang][identifier] for lang in extensions}
        for identifier in sorted(common)
    }


# -- the build -----------------------------------------------------------------------------------


def assign_splits(documents: Sequence[Document], valid_fraction: float) -> dict[str, str]:
    """``{digest: split}``: per language, the ``valid_fraction`` of files with the smallest content
    hash go to valid (at least one when a language has two files or more). Depends only on the set
    of files, not their order."""
    by_language: dict[str, list[str]] = {}
    for document in documents:
        by_language.setdefault(document.language, []).append(document.digest)
    splits: dict[str, str] = {}
    for digests in by_language.values():
        ordered = sorted(set(digests))
        n_valid = round(valid_fraction * len(ordered))
        if valid_fraction > 0 and len(ordered) >= 2:
            n_valid = max(1, n_valid)
        for rank, digest in enumerate(ordered):
            splits[digest] = "valid" if rank < n_valid else "train"
    return splits


# Token lists per (language, split), for files and for functions.
_Corpus = dict[tuple[str, str], list[list[str]]]
# BPE units per (language, split, kind).
_Units = dict[tuple[str, str, str], list[list[str]]]


def build_dataset(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    codes: str | Path | None = None,
    vocab: str | Path | None = None,
    learn_codes: int = 8000,
    max_vocab: int | None = None,
    valid_fraction: float = 0.05,
    max_function_tokens: int = 256,
    max_files_per_input: int | None = None,
    exclude: Sequence[str] = (),
    paired_valid: str | Path | None = None,
    jobs: int | None = None,
    progress: bool = True,
    log: bool = True,
) -> BuildSummary:
    """Build the dataset described in the module docstring into ``out``; returns the counts."""

    def say(message: str) -> None:
        if log:
            print(f"data: {message}", file=sys.stderr)

    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary()
    jobs = jobs if jobs is not None else min(4, os.cpu_count() or 1)

    documents = _distinct_documents(inputs, max_files_per_input, exclude, summary)
    say(f"{len(documents)} distinct files ({sum(summary.duplicates.values())} exact duplicates dropped)")
    split_of = assign_splits(documents, valid_fraction)
    tokenized = _tokenize_all(documents, jobs, progress)
    del documents  # the texts: only their tokens are needed from here on

    paired = read_paired_functions(paired_valid) if paired_valid is not None else {}
    paired_keys = {" ".join(tokens) for pair in paired.values() for tokens in pair.values()}
    files, functions = _split_files_and_functions(tokenized, split_of, paired_keys, summary)
    del tokenized
    _drop_duplicate_functions(functions, summary)

    bpe = _bpe_codes(files, codes, learn_codes, out, say)
    units = _apply_bpe(bpe, files, functions, max_function_tokens, summary)
    dictionary = _dictionary(units, vocab, max_vocab)
    dictionary.write_vocab_file(out / "vocab")
    _write_shards(units, dictionary, out, summary)
    if paired:
        paired_units = {
            identifier: {lang: " ".join(bpe.apply(tokens)) for lang, tokens in pair.items()}
            for identifier, pair in paired.items()
        }
        (out / "paired_valid.json").write_text(json.dumps(paired_units, indent=1) + "\n", encoding="utf-8")

    meta = {
        "format": 1,
        "languages": list(LANGUAGES),
        "n_words": len(dictionary),
        "codes": "codes",
        "vocab": "vocab",
        "inputs": [str(i) for i in inputs],
        "valid_fraction": valid_fraction,
        "max_function_tokens": max_function_tokens,
        "paired_valid": len(paired),
        "seconds": round(time.perf_counter() - started, 1),
        "summary": {name: dict(getattr(summary, name)) for name in summary.__dataclass_fields__},
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return summary


def _distinct_documents(
    inputs: Sequence[str | Path],
    max_files_per_input: int | None,
    exclude: Sequence[str],
    summary: BuildSummary,
) -> list[Document]:
    """The inputs' documents without exact duplicates (same text), which are counted."""
    documents: list[Document] = []
    seen: set[str] = set()
    for document in iter_documents(inputs, max_files_per_input, exclude):
        summary.documents[document.language] += 1
        if document.digest in seen:
            summary.duplicates[document.language] += 1
            continue
        seen.add(document.digest)
        documents.append(document)
    if not documents:
        raise InputError("no C++, Java or Python files found in the inputs")
    return documents


def _split_files_and_functions(
    tokenized: Sequence[Tokenized], split_of: dict[str, str], paired_keys: set[str], summary: BuildSummary
) -> tuple[_Corpus, _Corpus]:
    """Files and functions per (language, split), without token-level duplicate files (same code,
    different comments or layout), duplicate valid functions, and train functions that also occur in
    valid or in the paired set."""
    files: _Corpus = {(lang, split): [] for lang in LANGUAGES for split in SPLITS}
    functions: _Corpus = {(lang, split): [] for lang in LANGUAGES for split in SPLITS}
    file_keys: set[str] = set()
    valid_function_keys: set[str] = set()
    # Valid first, so a function shared by a valid file and a train file stays only in valid.
    ordered = sorted(tokenized, key=lambda t: split_of[t.digest] != "valid")
    for result in ordered:
        split = split_of[result.digest]
        if result.error is not None or not result.tokens:
            summary.failed[result.language] += 1
            continue
        key = " ".join(result.tokens)
        if key in file_keys:
            summary.duplicates[result.language] += 1
            continue
        file_keys.add(key)
        files[result.language, split].append(result.tokens)
        for function in result.functions:
            function_key = " ".join(function)
            name = f"{result.language}.{split}"
            if split == "valid":
                if function_key in valid_function_keys:
                    summary.duplicate_functions[name] += 1
                    continue
                valid_function_keys.add(function_key)
            elif function_key in valid_function_keys or function_key in paired_keys:
                summary.leaked_functions[name] += 1
                continue
            functions[result.language, split].append(function)
    return files, functions


def _drop_duplicate_functions(functions: _Corpus, summary: BuildSummary) -> None:
    """Keep the first of each function (same tokens) per language and split, in place."""
    for (language, split), items in functions.items():
        unique: dict[str, list[str]] = {}
        for function in items:
            unique.setdefault(" ".join(function), function)
        summary.duplicate_functions[f"{language}.{split}"] += len(items) - len(unique)
        functions[language, split] = list(unique.values())


def _bpe_codes(
    files: _Corpus, codes: str | Path | None, learn_codes: int, out: Path, say: Callable[[str], None]
) -> BPE:
    """The given BPE codes, or ``learn_codes`` codes learned on the train files; written to ``out``."""
    from transcoder.engines.neural.bpe import BPE, count_words, learn_bpe

    if codes is not None:
        bpe = BPE.from_codes_file(codes)
        code_counts = None
        say(f"BPE: {len(bpe)} codes from {codes}")
    else:
        say(f"learning {learn_codes} BPE codes on the train files")
        word_counts: Counter[str] = Counter()
        for language in LANGUAGES:
            for tokens in files[language, "train"]:
                word_counts.update(count_words([" ".join(tokens)]))
        learned = learn_bpe(word_counts, learn_codes)
        bpe = BPE([(a, b) for a, b, _ in learned])
        code_counts = [c for _, _, c in learned]
    bpe.write_codes_file(out / "codes", code_counts)
    return bpe


def _apply_bpe(
    bpe: BPE, files: _Corpus, functions: _Corpus, max_function_tokens: int, summary: BuildSummary
) -> _Units:
    """Every file and function as BPE units; functions over ``max_function_tokens`` units are dropped."""
    units: _Units = {}
    for (language, split), items in files.items():
        units[language, split, "files"] = [bpe.apply(tokens) for tokens in items]
    for (language, split), items in functions.items():
        applied = [bpe.apply(tokens) for tokens in items]
        kept = [u for u in applied if len(u) <= max_function_tokens]
        summary.too_long_functions[f"{language}.{split}"] += len(applied) - len(kept)
        units[language, split, "functions"] = kept
    return units


def _dictionary(units: _Units, vocab: str | Path | None, max_vocab: int | None) -> Dictionary:
    """The given vocabulary, or the train files' units (the ``max_vocab`` most frequent)."""
    from transcoder.engines.neural.dictionary import Dictionary

    if vocab is not None:
        return Dictionary.from_vocab_file(vocab)
    unit_counts: Counter[str] = Counter()
    for language in LANGUAGES:
        for sequence in units[language, "train", "files"]:
            unit_counts.update(sequence)
    # fastBPE getvocab order: most frequent first, ties alphabetical.
    ordered_units = sorted(unit_counts.items(), key=lambda item: (-item[1], item[0]))
    if max_vocab is not None:
        ordered_units = ordered_units[:max_vocab]
    return Dictionary.from_words([w for w, _ in ordered_units], [c for _, c in ordered_units])


def _write_shards(units: _Units, dictionary: Dictionary, out: Path, summary: BuildSummary) -> None:
    """One shard ``{lang}.{split}.{kind}`` of dictionary ids per entry of ``units``, counted."""
    from transcoder.train.shards import write_shard

    for (language, split, kind), sequences in units.items():
        ids = [dictionary.encode(sequence) for sequence in sequences]
        name = f"{language}.{split}.{kind}"
        summary.unknown[name] = sum(i == dictionary.unk_index for sequence in ids for i in sequence)
        if kind == "files":
            summary.files[f"{language}.{split}"] = len(ids)
        else:
            summary.functions[f"{language}.{split}"] = len(ids)
        _, n_tokens = write_shard(out / name, ids, len(dictionary))
        summary.tokens[name] = n_tokens


def print_summary(summary: BuildSummary, out: Path, seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True, width=max(100, Console(stderr=True).width))
    table = Table(title=f"transcoder data build -> {out} ({seconds:.0f} s)")
    for column in (
        "lang",
        "read",
        "dup",
        "failed",
        "split",
        "files",
        "functions",
        "file units",
        "fn units",
        "unk",
    ):
        table.add_column(column, justify="left" if column in ("lang", "split") else "right")
    for language in LANGUAGES:
        for split in SPLITS:
            name = f"{language}.{split}"
            first = split == "train"
            table.add_row(
                language if first else "",
                str(summary.documents[language]) if first else "",
                str(summary.duplicates[language]) if first else "",
                str(summary.failed[language]) if first else "",
                split,
                str(summary.files[name]),
                str(summary.functions[name]),
                f"{summary.tokens[name + '.files']:,}",
                f"{summary.tokens[name + '.functions']:,}",
                str(summary.unknown[name + ".files"] + summary.unknown[name + ".functions"]),
            )
    console.print(table)
    console.print(
        f"functions dropped: {sum(summary.duplicate_functions.values())} duplicates, "
        f"{sum(summary.leaked_functions.values())} in train also in valid or the paired set, "
        f"{sum(summary.too_long_functions.values())} too long"
    )


# -- command line ----------------------------------------------------------------------------------


def configure_parser(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="data_command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="tokenize, split, apply BPE and write binary shards")
    build.add_argument("inputs", nargs="+", help="source directories, files, .zip archives, .json.gz files")
    build.add_argument("--out", required=True, help="output directory")
    build.add_argument("--codes", help="fastBPE codes to apply (default: learn codes on the train files)")
    build.add_argument(
        "--vocab", help="vocabulary file to use with --codes (default: built from the train files)"
    )
    build.add_argument(
        "--learn-codes", type=int, default=8000, help="BPE merges to learn without --codes (default: 8000)"
    )
    build.add_argument("--max-vocab", type=int, help="keep only the most frequent units (default: all)")
    build.add_argument(
        "--valid-fraction", type=float, default=0.05, help="share of files held out (default: 0.05)"
    )
    build.add_argument(
        "--max-function-tokens",
        type=int,
        default=256,
        help="longest function kept, in BPE units (default: 256)",
    )
    build.add_argument("--max-files-per-input", type=int, help="read at most this many files from each input")
    build.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip files whose path matches (repeatable)",
    )
    build.add_argument(
        "--paired-valid", help="GfG-style benchmark directory: f_gold functions paired by ID, for BT BLEU"
    )
    build.add_argument("--jobs", "-j", type=int, help="tokenizer processes (default: up to 4)")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    from transcoder.datasets.fetch import add_fetch_parser  # `data fetch` (issue 15) lives there

    add_fetch_parser(commands)


def run(args: argparse.Namespace) -> int:
    if args.vocab and not args.codes:
        raise InputError("--vocab needs --codes")
    if not 0 <= args.valid_fraction < 1:
        raise InputError("--valid-fraction must be in [0, 1)")
    started = time.perf_counter()
    summary = build_dataset(
        args.inputs,
        args.out,
        codes=args.codes,
        vocab=args.vocab,
        learn_codes=args.learn_codes,
        max_vocab=args.max_vocab,
        valid_fraction=args.valid_fraction,
        max_function_tokens=args.max_function_tokens,
        max_files_per_input=args.max_files_per_input,
        exclude=args.exclude,
        paired_valid=args.paired_valid,
        jobs=args.jobs,
        progress=not args.no_progress,
    )
    print_summary(summary, Path(args.out), time.perf_counter() - started)
    return 0


def load_dataset_meta(directory: str | Path) -> dict[str, Any]:
    """``meta.json`` of a built dataset, with a clear error when it is missing."""
    path = Path(directory) / "meta.json"
    if not path.is_file():
        raise InputError(f"{directory}: not a dataset built by 'transcoder data build' (no meta.json)")
    meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return meta
