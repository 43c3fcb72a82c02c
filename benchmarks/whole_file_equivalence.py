"""Whole-file output changes nothing the GfG harness measures: for every ``f_gold`` of the valid
split in six directions (plain and pinned to the target's declaration, as ``eval
--signature-from-tests``), the whole-file translation (``output=file``) filled into the target
script is the functions-only translation (``output=functions``) filled into it, apart from the
lines the harness moves to the top of the file (C++ includes, Java imports) and ``using namespace
std;``; and the function BLEU scores (``metrics.translated_function``, as TransCoder's tokens) is
the same. So CA and BLEU are those of the functions-only output, measured without running anything.

    .venv/bin/python benchmarks/whole_file_equivalence.py [BENCH_DIR]

Prints one line per direction (items compared, items that differ) and exits 1 if any differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from transcoder.bench import metrics
from transcoder.bench.gfg import declaration, fill, gold, load_tasks
from transcoder.engines.rules import RulesEngine
from transcoder.errors import TranscoderError
from transcoder.languages import get_language

LANGUAGES = ("cpp", "java", "python")
DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "transcoder-gfg" / "valid"
_USING = "using namespace std;"


def _program_lines(language: str, program: str) -> list[str]:
    """A filled script's lines without the hoisted ones and blank lines (which the shell adds)."""
    header = get_language(language).header_line
    return [
        line
        for line in program.splitlines()
        if line.strip() and line.strip() != _USING and not (header is not None and header.match(line))
    ]


def compare(bench_dir: Path, source: str, target: str, pinned: bool) -> tuple[int, list[str]]:
    whole, alone = RulesEngine(output="file"), RulesEngine(output="functions")
    compared, differing = 0, []
    for task in load_tasks(bench_dir, source, target):
        try:
            code = gold(source, task.source_script).text
            target_gold = gold(target, task.target_script)
            signature = declaration(target_gold) if pinned else None
            [file_form] = whole.translate(code, source, target, signature=signature)
            [bare_form] = alone.translate(code, source, target, signature=signature)
        except TranscoderError:
            continue  # refused alike in both forms (the baseline test checks refusals)
        compared += 1
        same_program = _program_lines(
            target, fill(target, task.target_script, file_form.code)
        ) == _program_lines(target, fill(target, task.target_script, bare_form.code))
        scored = [
            metrics.tokens(target, metrics.translated_function(target, form.code, target_gold.name))
            for form in (file_form, bare_form)
        ]
        if not same_program or scored[0] != scored[1]:
            differing.append(task.id)
    return compared, differing


def main() -> int:
    bench_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BENCH
    failures = 0
    for source in LANGUAGES:
        for target in LANGUAGES:
            if source == target:
                continue
            for pinned in (False, True) if target != "python" else (False,):
                compared, differing = compare(bench_dir, source, target, pinned)
                failures += len(differing)
                mode = " pinned" if pinned else ""
                print(
                    f"{source}->{target}{mode}: {compared} translations, {len(differing)} differ {differing[:5]}"
                )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
