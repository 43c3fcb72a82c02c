"""Speed of the rule engine: translate every valid-split ``f_gold`` in the four directions.

    .venv/bin/python benchmarks/rules_speed.py [BENCH_DIR]

Prints functions per second over C++->Java, Java->C++, C++->Python and Java->Python in one
process (the issue's bound: all of them in under 5 s). Functions the engine refuses count too:
refusing is part of the work.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from transcoder.datasets import resolve_benchmark
from transcoder.engines.rules import translate_module
from transcoder.errors import TranscoderError
from transcoder.languages import get_language

DIRECTIONS = (("cpp", "java"), ("java", "cpp"), ("cpp", "python"), ("java", "python"))
EXTENSIONS = {"cpp": "cpp", "java": "java"}


def gold_functions(bench_dir: Path, language: str) -> list[str]:
    functions = []
    for path in sorted((bench_dir / language).glob(f"*.{EXTENSIONS[language]}")):
        found = [f for f in get_language(language).extract_functions(path.read_text()) if f.name == "f_gold"]
        if found:
            functions.append(found[0].text)
    return functions


def main() -> int:
    bench_dir = resolve_benchmark(sys.argv[1] if len(sys.argv) > 1 else "gfg-valid")
    sources = {language: gold_functions(bench_dir, language) for language in EXTENSIONS}
    translated = refused = 0
    start = time.perf_counter()
    for source, target in DIRECTIONS:
        for code in sources[source]:
            try:
                translate_module(code, source, target)
                translated += 1
            except TranscoderError:
                refused += 1
    seconds = time.perf_counter() - start
    total = translated + refused
    print(
        f"{total} functions ({translated} translated, {refused} refused) in {seconds:.2f} s: {total / seconds:.0f} functions/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
