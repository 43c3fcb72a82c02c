"""Speed of the TransCoder tokenizers on the GitHub sample corpus, and the round-trip property count.

Usage:
    python benchmarks/tokenize_speed.py [--corpus DIR] [--repeat 3] [--mode transcoder-exact]
    python benchmarks/tokenize_speed.py --round-trip [--benchmark DIR]

The first form tokenizes every file of the corpus whole (as the neural engine's data preparation
does) and prints, per language, files, megabytes, tokens and tokens per second, best of ``--repeat``
runs, measured in CPU seconds of this process (the machine is shared, so wall time mostly measures
the neighbours; wall time is printed too). Detokenization is timed on the first 100 files.
``--mode transcoder-exact`` times the original TransCoder's tokens (``tokenize_transcoder`` /
``detokenize_transcoder``, what released checkpoints read) instead of our whole-literal ones.

The second form runs the property of tests/test_tokens.py on every function of the GfG valid split
and the corpus (``detokenize(tokenize(f))`` parses and tokenizes back to the same tokens) and prints
how many functions were checked, excluded (their own source does not parse) and failed.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from transcoder.datasets import SHIPPED_DIR
from transcoder.errors import SyntaxErrorInSource
from transcoder.languages import get_language

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}
# Java methods and constructors are parsed inside a class, as in tests/test_tokens.py.
PARSE_CONTEXT = {"cpp": ("", ""), "java": ("class Wrapper {\n", "\n}\n"), "python": ("", "")}


def corpus_sources(corpus: Path, name: str) -> list[str]:
    sources: list[str] = []
    for path in sorted(corpus.glob(f"{name}.*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            sources.extend(json.loads(line)["content"] for line in lines)
    return sources


def tokenizers(name: str, mode: str) -> tuple[Callable[[str], list[str]], Callable[[Sequence[str]], str]]:
    if mode == "transcoder-exact":
        module = importlib.import_module(f"transcoder.languages.{name}.tokens")
        return module.tokenize_transcoder, module.detokenize_transcoder
    language = get_language(name)
    return language.tokenize, language.detokenize


def speed(corpus: Path, repeat: int, detokenize_files: int, mode: str) -> None:
    print(
        f"{'language':<8} {'files':>6} {'MB':>5} {'tokens':>9} {'tokenize tok/s (CPU)':>21} "
        f"{'(wall)':>9} {'detokenize tok/s (CPU)':>23}"
    )
    for name in EXTENSIONS:
        tokenize, detokenize = tokenizers(name, mode)
        sources = corpus_sources(corpus, name)
        best_cpu = best_wall = float("inf")
        token_lists: list[list[str]] = []
        for _ in range(repeat):
            cpu, wall = time.process_time(), time.perf_counter()
            token_lists = []
            for source in sources:
                try:
                    token_lists.append(tokenize(source))
                except SyntaxErrorInSource:  # Python 2 files that Python 3's lexer rejects
                    token_lists.append([])
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
        tokens = sum(len(tokens) for tokens in token_lists)
        sample = [tokens for tokens in token_lists[:detokenize_files] if tokens]
        cpu = time.process_time()
        for tokens_of_file in sample:
            detokenize(tokens_of_file)
        detokenize_rate = sum(len(tokens) for tokens in sample) / (time.process_time() - cpu)
        megabytes = sum(len(source.encode("utf-8")) for source in sources) / 1e6
        print(
            f"{name:<8} {len(sources):>6} {megabytes:>5.1f} {tokens:>9,} {tokens / best_cpu:>21,.0f} "
            f"{tokens / best_wall:>9,.0f} {detokenize_rate:>23,.0f}"
        )


def round_trip(corpus: Path, benchmark: Path) -> None:
    print(
        f"{'language':<8} {'functions':>9} {'checked':>8} {'excluded':>8} {'failed':>6} {'CPU s':>6} {'wall s':>7}"
    )
    for name, extension in EXTENSIONS.items():
        language = get_language(name)
        cpu, wall = time.process_time(), time.perf_counter()
        sources = [
            path.read_text(encoding="utf-8") for path in sorted((benchmark / name).glob(f"*.{extension}"))
        ]
        sources += corpus_sources(corpus, name)
        functions = [function.text for source in sources for function in language.extract_functions(source)]
        checked = excluded = failed = 0
        prefix, suffix = PARSE_CONTEXT[name]
        for text in functions:
            if language.parse(prefix + text + suffix).root_node.has_error:
                excluded += 1
                continue
            checked += 1
            tokens = language.tokenize(text)
            detokenized = language.detokenize(tokens)
            if (
                language.syntax_errors(prefix + detokenized + suffix)
                or language.tokenize(detokenized) != tokens
            ):
                failed += 1
        print(
            f"{name:<8} {len(functions):>9} {checked:>8} {excluded:>8} {failed:>6} "
            f"{time.process_time() - cpu:>6.1f} {time.perf_counter() - wall:>7.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHIPPED_DIR / "corpus/github-sample")
    parser.add_argument("--benchmark", type=Path, default=SHIPPED_DIR / "benchmarks/transcoder-gfg/valid")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--detokenize-files", type=int, default=100, help="files per language to detokenize")
    parser.add_argument("--round-trip", action="store_true", help="count the round-trip property instead")
    parser.add_argument("--mode", choices=("whole-literal", "transcoder-exact"), default="whole-literal")
    args = parser.parse_args()
    if args.round_trip:
        round_trip(args.corpus, args.benchmark)
    else:
        speed(args.corpus, args.repeat, args.detokenize_files, args.mode)


if __name__ == "__main__":
    main()
