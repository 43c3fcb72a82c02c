"""What moving the Python front end's C++ forms into later passes would change in its output.

    .venv/bin/python benchmarks/python_forms_probe.py [BENCH_DIR]

For every golden Python case with a C++ target and every valid-split Python ``f_gold`` (plain and
pinned to the C++ declaration), the final build runs once with C++'s forms and once with the
defaults (Java's). It counts the translations where a pass doing C++'s part after the front end
could not print what the front end prints today: a temporary C++ asks for (``found``, ``entry``,
``top``, ``i``...) whose name a later temporary of the same translation also asks for (the later
one's name would change), a length-parameter warning followed by another warning (the order
would change), and a refusal that differs between the two.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from transcoder.bench.gfg import declaration, gold, load_tasks
from transcoder.engines.rules import ir
from transcoder.engines.rules.python.frontend import parse_python
from transcoder.engines.rules.python.frontend.function import FunctionBuilder
from transcoder.engines.rules.signature import parse_signature
from transcoder.errors import TranscoderError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT / ".." / "shared" / "benchmarks" / "transcoder-gfg" / "valid"
LENGTH_WARNING = "C++ arrays do not know their length"


class Recording:
    """What the final builds of one translation asked for: new names and warnings."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.warnings: list[list[str]] = []


RECORDING = Recording()


def _record() -> None:
    fresh, build = FunctionBuilder.fresh, FunctionBuilder.build

    def recorded_fresh(self: FunctionBuilder, base: str) -> str:
        if self.final:
            RECORDING.names.append(base)
        return fresh(self, base)

    def recorded_build(self: FunctionBuilder) -> ir.Function:
        function = build(self)
        if self.final:
            RECORDING.warnings.append(list(self.warnings))
        return function

    FunctionBuilder.fresh = recorded_fresh  # type: ignore[method-assign]
    FunctionBuilder.build = recorded_build  # type: ignore[method-assign]


def run(code: str, signature: str | None, target: str) -> tuple[list[str], list[list[str]], str | None]:
    global RECORDING
    RECORDING = Recording()
    try:
        parse_python(code, signature=parse_signature(signature) if signature else None, target=target)
        refusal = None
    except TranscoderError as error:
        refusal = str(error)
    return RECORDING.names, RECORDING.warnings, refusal


def translations(bench_dir: Path) -> list[tuple[str, str, str | None]]:
    items = []
    for meta_path in sorted((ROOT / "tests" / "golden" / "cases").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["source"] == "python" and "cpp" in meta["targets"]:
            signature = (meta.get("signatures") or {}).get("cpp")
            items.append(
                (meta_path.stem, meta_path.with_suffix(".py").read_text(encoding="utf-8"), signature)
            )
    for task in load_tasks(bench_dir, "python", "cpp"):
        try:
            code = gold("python", task.source_script).text
            signature = declaration(gold("cpp", task.target_script))
        except TranscoderError:
            continue
        items += [(task.id, code, None), (f"{task.id} pinned", code, signature)]
    return items


def main() -> int:
    bench_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BENCH
    _record()
    items = translations(bench_dir)
    renamed = reordered = refused = 0
    for name, code, signature in items:
        cpp_names, cpp_warnings, cpp_refusal = run(code, signature, "cpp")
        java_names, _, java_refusal = run(code, signature, "java")
        refused += cpp_refusal != java_refusal
        matcher = difflib.SequenceMatcher(a=java_names, b=cpp_names, autojunk=False)
        extra = [
            k
            for tag, _, _, k1, k2 in matcher.get_opcodes()
            if tag in ("insert", "replace")
            for k in range(k1, k2)
        ]
        if any(cpp_names[k] in cpp_names[k + 1 :] for k in extra):
            renamed += 1
            print(f"names: {name}")
        for warnings in cpp_warnings:
            first = next((i for i, w in enumerate(warnings) if LENGTH_WARNING in w), None)
            if first is not None and any(LENGTH_WARNING not in w for w in warnings[first:]):
                reordered += 1
                print(f"warning order: {name}")
                break
    print(
        f"{len(items)} translations: {renamed} would name a temporary differently, {reordered} would order "
        f"their warnings differently, {refused} would refuse differently"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
