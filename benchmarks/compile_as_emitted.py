"""The share of the rule engine's translations that compile exactly as emitted, per direction:
the functions alone (``--engine-option output=functions``, the form every translation had before
issue 13's whole-file output) next to whole files (``output=file``), measured in one run.

    .venv/bin/python benchmarks/compile_as_emitted.py gfg [BENCH_DIR] [--json /tmp/gfg.json]
    .venv/bin/python benchmarks/compile_as_emitted.py realcode [--json /tmp/realcode.json]

``gfg``: every ``f_gold`` of the GfG valid split (default ``../shared/benchmarks/transcoder-gfg/valid``)
in six directions; ``realcode``: the functions of ``realcode_sample.py`` (160 per source language)
into both other languages. "Compiles as emitted" is ``transcoder.bench.emitted``: C++ built alone
(given only an empty ``main`` to link), Java as a file of its own, Python byte-compiled with every
global name it reads defined, imported or a builtin. Translations go through the public API
(``transcoder.translate_candidates``), as a user's would.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from transcoder import translate_candidates
from transcoder.bench.emitted import compile_as_emitted
from transcoder.bench.gfg import gold
from transcoder.errors import TranscoderError
from transcoder.languages import get_language

LANGUAGES = ("cpp", "java", "python")
DIRECTIONS = [(s, t) for s in LANGUAGES for t in LANGUAGES if s != t]
DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "transcoder-gfg" / "valid"
FORMS = ("functions", "file")


def gfg_sources(bench_dir: Path, source: str) -> dict[str, str]:
    """Benchmark ID -> the ``f_gold`` of each of the split's ``source`` scripts."""
    extension = get_language(source).extensions[0]
    sources = {}
    for path in sorted((bench_dir / source).glob(f"*{extension}")):
        try:
            sources[path.name.removesuffix(extension)] = gold(source, path.read_text(encoding="utf-8")).text
        except (TranscoderError, UnicodeDecodeError):
            continue
    return sources


def realcode_sources(source: str) -> dict[str, str]:
    from realcode_sample import load_functions

    samples, problems = load_functions()
    for line in problems:
        print(f"left out: {line}", file=sys.stderr)
    return {sample.key: sample.text for sample in samples if sample.language == source}


def measure(sources: dict[str, str], source: str, target: str) -> dict[str, object]:
    """Both forms of every translation of ``sources``, and which compile as emitted."""
    row: dict[str, object] = {"direction": f"{source}->{target}", "functions": len(sources)}
    for form in FORMS:
        texts: dict[str, str] = {}
        for key, code in sources.items():
            try:
                [candidate] = translate_candidates(code, source=source, target=target, output=form)
            except TranscoderError:
                continue
            texts[key] = candidate.code
        built = compile_as_emitted(target, list(texts.values()))
        failing = {key: result.error for key, result in zip(texts, built, strict=True) if not result.compiles}
        row["translated"] = len(texts)
        row[f"compiles ({form})"] = len(texts) - len(failing)
        row[f"failing ({form})"] = failing
    return row


def _share(part: object, whole: object) -> str:
    assert isinstance(part, int) and isinstance(whole, int)
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def table(rows: Sequence[dict[str, object]]) -> str:
    lines = [
        "| direction | functions | translated | compiles as emitted: functions alone (before) | whole file (after) |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        alone, whole = (_share(row[f"compiles ({form})"], row["translated"]) for form in FORMS)
        lines.append(f"| {row['direction']} | {row['functions']} | {row['translated']} | {alone} | {whole} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", choices=("gfg", "realcode"))
    parser.add_argument("bench_dir", nargs="?", type=Path, default=DEFAULT_BENCH)
    parser.add_argument(
        "--json", type=Path, help="write every row, with each failing translation's first error"
    )
    parser.add_argument("--directions", help="comma-separated, e.g. cpp-java,python-cpp (default: all six)")
    args = parser.parse_args(argv)
    wanted = [tuple(d.split("-", 1)) for d in args.directions.split(",")] if args.directions else DIRECTIONS
    rows = []
    sources: dict[str, dict[str, str]] = {}
    for source, target in wanted:
        if source not in sources:
            sample = gfg_sources(args.bench_dir, source) if args.sample == "gfg" else realcode_sources(source)
            sources[source] = sample
        rows.append(measure(sources[source], source, target))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
