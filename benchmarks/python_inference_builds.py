"""How many times the Python front end builds each function: inference builds and final builds.

    .venv/bin/python benchmarks/python_inference_builds.py [BENCH_DIR]
    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/python_inference_builds.py   # another checkout

Translates every valid-split Python ``f_gold`` to C++ and to Java and counts the builds of the
function builder (inference builds record what they learn about types; the final build is the
IR that is printed), and which inference builds changed the environment (``record_rounds``; not
on the starting code). Works on this checkout and on the starting code (``frontend_python.py``).
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from transcoder.bench.gfg import gold
from transcoder.engines.rules import RulesEngine
from transcoder.errors import TranscoderError

DEFAULT_BENCH = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "transcoder-gfg" / "valid"
)


def builder_class() -> type:
    try:
        from transcoder.engines.rules.python.frontend.function import FunctionBuilder

        return FunctionBuilder
    except ImportError:  # the starting code: one module
        from transcoder.engines.rules import frontend_python

        return frontend_python._FunctionBuilder  # type: ignore[attr-defined, no-any-return]


def record_rounds(patterns: Counter[str]) -> bool:
    """Count, per translation, which inference builds changed the environment: a pattern such as
    ``Cn|||`` is a build that changed it (C), one that changed nothing (n), and the defaults given
    after each of the three phases (|). False on code without ``python.infer`` (the starting code)."""
    try:
        from transcoder.engines.rules.python import infer
        from transcoder.engines.rules.python.frontend import module
    except ImportError:
        return False
    merge, solve = infer.merge, infer.solve
    pattern: list[str] = []

    def merged(env: dict[str, Any], name: str, seen: Any) -> bool:
        changed = merge(env, name, seen)
        pattern.append("C" if changed else "n")
        return changed

    def solved(
        env: dict[str, Any], observe: Callable[[str], Any], settle: Callable[[bool, bool], None]
    ) -> None:
        def settled(params_only: bool, indexed_only: bool) -> None:
            pattern.append("|")
            settle(params_only, indexed_only)

        pattern.clear()
        try:
            solve(env, observe, settled)
        finally:
            patterns["".join(pattern)] += 1

    infer.merge = merged
    module.solve = solved  # type: ignore[attr-defined]
    return True


def main() -> int:
    bench_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BENCH
    builder = builder_class()
    counts: Counter[str] = Counter()
    original = builder.build

    def counted(self: object) -> object:
        counts["final" if getattr(self, "final", False) else "inference"] += 1
        return original(self)

    builder.build = counted  # type: ignore[method-assign]
    patterns: Counter[str] = Counter()
    rounds = record_rounds(patterns)
    functions = []
    for path in sorted((bench_dir / "python").glob("*.py")):
        try:
            functions.append(gold("python", path.read_text(encoding="utf-8")).text)
        except TranscoderError:
            continue
    engine = RulesEngine()
    for target in ("cpp", "java"):
        for code in functions:
            with contextlib.suppress(TranscoderError):  # a refusal is built too
                engine.translate(code, "python", target)
    translations = 2 * len(functions)
    print(
        f"{translations} translations (python->cpp, python->java): {counts['inference']} inference builds "
        f"({counts['inference'] / translations:.2f} each), {counts['final']} final builds"
    )
    if rounds:
        unchanged = sum(count * pattern.count("n") for pattern, count in patterns.items())
        print(
            f"{unchanged} of the inference builds changed nothing (the rounds that confirm a fixpoint); "
            "per translation, C a build that changed the environment, n one that did not, | defaults given:"
        )
        for pattern, count in patterns.most_common():
            print(f"  {count:4d} {pattern}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
