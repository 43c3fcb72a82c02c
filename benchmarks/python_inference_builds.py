"""How many times the Python front end builds each function: inference builds and final builds.

    .venv/bin/python benchmarks/python_inference_builds.py [BENCH_DIR]
    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/python_inference_builds.py   # another checkout

Translates every valid-split Python ``f_gold`` to C++ and to Java and counts the builds of the
function builder (inference builds record what they learn about types; the final build is the
IR that is printed). Works on this checkout and on the starting code (``frontend_python.py``).
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from pathlib import Path

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


def main() -> int:
    bench_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BENCH
    builder = builder_class()
    counts: Counter[str] = Counter()
    original = builder.build

    def counted(self: object) -> object:
        counts["final" if getattr(self, "final", False) else "inference"] += 1
        return original(self)

    builder.build = counted  # type: ignore[method-assign]
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
