"""What the rule engine does with real code: the samples of ``realcode_sample.py`` translated in every
direction, compiled as emitted, verified, and checked again on an independent set of inputs.

    .venv/bin/python benchmarks/realcode_report.py functions [--json /tmp/functions.json]
    .venv/bin/python benchmarks/realcode_report.py files [--json /tmp/files.json]
    ... [--engine-option output=file]   # the engine's whole-file output (includes, a class, imports)

``functions`` (issues 12 and 13), per direction: translated; refused, with the refusals counted by
category; compiles as emitted (``transcoder.bench.emitted``: the translation exactly as printed,
C++ built alone with only an empty ``main`` added when it has none, Java in a file of its own,
Python byte-compiled with no undefined global name); passes ``--verify`` (the boundary inputs and 20 random ones, as ``transcoder translate
--verify``), or cannot be tested (an interface tests cannot be generated for); and, for every
translation verification accepts, agreement with its source on a second, independent set of random
inputs (``transcoder.verify.inputs.independent_inputs``): each disagreement is listed with its input.

``files`` (issue 14), per direction: the share of whole files translated and the share of those
whose translation compiles as emitted. Each file is translated with the project context its origin
has (``realcode_sample.file_context``, the engine option ``context``): a JDK file with the other
files of its package directory in ``src.zip``, a standard-library module with the other modules of
its directory, a corpus C++ file with the other files of its repository in the corpus (the corpus
holds one or two files of each, so C++ files rarely find their headers). ``--no-context``
translates each file alone. "Compiles as emitted" builds the translation alone: the declarations it
read from its context are part of it (see ``rules/context.py``).

Everything the engine emits runs in the sandbox, batched through the runners. The rule engine is
reached through its public API only (``transcoder.translate_candidates``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcode_sample import Sample, file_context, load_files, load_functions
from transcoder import translate_candidates
from transcoder.bench import emitted
from transcoder.errors import TranscoderError
from transcoder.verify.selection import Request, verify_many

DIRECTIONS = [(s, t) for s in ("cpp", "java", "python") for t in ("cpp", "java", "python") if s != t]
VERIFY_TESTS = 20  # random tests per function, after the boundary ones (translate --verify's default)
INDEPENDENT_TESTS = 30
INDEPENDENT_SEED = 1009  # any seed but verification's (0)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
_LOCATION = re.compile(r"^(\S+:)?(line )?\d+:\d+: ")


@dataclass
class Outcome:
    """What happened to one sample in one direction."""

    key: str
    translated: bool = False
    refusal: str = ""  # the engine's one-line error
    category: str = ""  # the refusal's category (its message without names and positions)
    compiles: bool | None = None
    compile_error: str = ""
    verified: str = ""  # "passed", "failed", "untestable: ...", or a run status
    verify_detail: str = ""
    boundary_failures: list[str] = field(default_factory=list)
    independent: str = ""  # "agrees", "disagrees", "no inputs" (the source failed on all)
    disagreements: list[str] = field(default_factory=list)
    translation: str = ""


def refusal_category(message: str) -> str:
    """A refusal's message without its location and the names it quotes, so that refusals of one
    kind count together: ``line 3:5: rules engine: unsupported call 'foo'`` -> ``unsupported call``."""
    text = _LOCATION.sub("", message.strip().splitlines()[0] if message.strip() else "")
    text = text.removeprefix("rules engine: ")
    text = _QUOTED.sub("…", text)
    text = re.sub(r"\b\d+\b", "N", text)
    return " ".join(text.split())[:90]


def translate_all(
    samples: Sequence[Sample],
    source: str,
    target: str,
    options: dict[str, object] | None = None,
    contexts: dict[str, list[tuple[str, str]]] | None = None,
) -> list[Outcome]:
    outcomes = []
    for sample in samples:
        outcome = Outcome(sample.key)
        given = dict(options or {})
        if contexts is not None and sample.key in contexts:
            given["context"] = contexts[sample.key]
        try:
            candidates = translate_candidates(sample.text, source=source, target=target, **given)
            outcome.translation = candidates[0].code
            outcome.translated = True
        except TranscoderError as error:
            outcome.refusal = str(error).splitlines()[0] if str(error) else type(error).__name__
            outcome.category = refusal_category(outcome.refusal)
        except Exception as error:
            outcome.refusal = f"engine crash: {type(error).__name__}: {error}"[:200]
            outcome.category = f"engine crash: {type(error).__name__}"
        outcomes.append(outcome)
    return outcomes


# -- compiles as emitted --------------------------------------------------------------------------
def compile_as_emitted(target: str, outcomes: Sequence[Outcome]) -> None:
    """Set ``compiles`` on every translated outcome: its text built exactly as emitted
    (``transcoder.bench.emitted``)."""
    translated = [o for o in outcomes if o.translated]
    for outcome, built in zip(
        translated, emitted.compile_as_emitted(target, [o.translation for o in translated]), strict=True
    ):
        outcome.compiles, outcome.compile_error = built.compiles, built.error


# -- verification and the independent set ---------------------------------------------------------
def verify(samples: Sequence[Sample], source: str, target: str, outcomes: Sequence[Outcome]) -> None:
    by_key = {sample.key: sample for sample in samples}
    translated = [o for o in outcomes if o.translated]
    requests = [Request(source, by_key[o.key].text, target, (o.translation,)) for o in translated]
    results = verify_many(requests, tests=VERIFY_TESTS)
    agreed = []
    for outcome, result in zip(translated, results, strict=True):
        if isinstance(result, Exception):
            outcome.verified = "untestable"
            outcome.verify_detail = str(result)[:200]
            continue
        check = result.checks[0]
        outcome.verified = check.status if check.status != "untestable" else "untestable"
        outcome.verify_detail = check.first_failure[:300]
        outcome.boundary_failures = check.boundary_failures[:5]
        if check.status == "passed":
            agreed.append(outcome)
    second = [Request(source, by_key[o.key].text, target, (o.translation,)) for o in agreed]
    results = verify_many(second, tests=INDEPENDENT_TESTS, seed=INDEPENDENT_SEED, independent=True)
    for outcome, result in zip(agreed, results, strict=True):
        if isinstance(result, Exception):
            outcome.independent = "no inputs"
            continue
        check = result.checks[0]
        outcome.independent = "agrees" if check.status == "passed" else "disagrees"
        outcome.disagreements = [
            f"{test.describe()}: expected {test.expected}, got {actual if actual is not None else 'nothing'}"
            for test, actual in check.failures[:3]
        ]


# -- reports --------------------------------------------------------------------------------------
def _share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.0f}%)" if whole else "0"


def functions_report(args: argparse.Namespace) -> dict[str, object]:
    samples, problems = load_functions()
    for line in problems:
        print(f"left out: {line}", file=sys.stderr)
    report: dict[str, object] = {"problems": problems, "directions": {}}
    rows = []
    for source, target in _directions(args):
        chosen = [s for s in samples if s.language == source][: args.limit]
        started = time.monotonic()
        outcomes = translate_all(chosen, source, target, args.options)
        compile_as_emitted(target, outcomes)
        verify(chosen, source, target, outcomes)
        seconds = time.monotonic() - started
        report["directions"][f"{source}->{target}"] = [asdict(o) for o in outcomes]  # type: ignore[index]
        rows.append(_function_row(source, target, outcomes, seconds))
        _print_direction(source, target, outcomes)
    print(_function_table(rows))
    return report


def _function_row(source: str, target: str, outcomes: Sequence[Outcome], seconds: float) -> list[str]:
    translated = [o for o in outcomes if o.translated]
    passed = [o for o in translated if o.verified == "passed"]
    untestable = sum(1 for o in translated if o.verified == "untestable")
    agree = sum(1 for o in passed if o.independent == "agrees")
    disagree = sum(1 for o in passed if o.independent == "disagrees")
    return [
        f"{source} -> {target}", str(len(outcomes)), _share(len(translated), len(outcomes)),
        str(len(outcomes) - len(translated)), _share(sum(1 for o in translated if o.compiles), len(translated)),
        _share(len(passed), len(translated)), str(untestable), f"{agree}/{len(passed)}", str(disagree),
        f"{seconds:.0f}",
    ]  # fmt: skip


def _function_table(rows: list[list[str]]) -> str:
    header = ["direction", "functions", "translated", "refused", "compiles as emitted", "passes --verify",
              "untestable", "agrees on independent set", "disagreements", "seconds"]  # fmt: skip
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _print_direction(source: str, target: str, outcomes: Sequence[Outcome]) -> None:
    categories = Counter(o.category for o in outcomes if not o.translated)
    print(f"\n{source} -> {target}: refusals by category (top 12 of {len(categories)})")
    for category, count in categories.most_common(12):
        print(f"  {count:4d}  {category}")
    for outcome in outcomes:
        if outcome.independent == "disagrees":
            print(f"  DISAGREES {outcome.key}")
            for line in outcome.disagreements:
                print(f"      {line}")


def files_report(args: argparse.Namespace) -> dict[str, object]:
    samples, problems = load_files()
    for line in problems:
        print(f"left out: {line}", file=sys.stderr)
    report: dict[str, object] = {"problems": problems, "directions": {}}
    contexts: dict[str, list[tuple[str, str]]] = {}
    header = ["direction", "files", "translated", "compiles as emitted (of translated)", "refusals (top)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for source, target in _directions(args):
        chosen = [s for s in samples if s.language == source][: args.limit]
        if not args.no_context:
            contexts.update((s.key, file_context(s)) for s in chosen if s.key not in contexts)
        outcomes = translate_all(chosen, source, target, args.options, None if args.no_context else contexts)
        compile_as_emitted(target, outcomes)
        translated = [o for o in outcomes if o.translated]
        top = Counter(o.category for o in outcomes if not o.translated).most_common(2)
        lines.append(
            f"| {source} -> {target} | {len(outcomes)} | {_share(len(translated), len(outcomes))} | "
            f"{_share(sum(1 for o in translated if o.compiles), len(translated))} | "
            + "; ".join(f"{count}: {category}" for category, count in top)
            + " |"
        )
        report["directions"][f"{source}->{target}"] = [asdict(o) for o in outcomes]  # type: ignore[index]
    print("\n".join(lines))
    return report


def _directions(args: argparse.Namespace) -> list[tuple[str, str]]:
    if not args.directions:
        return DIRECTIONS
    return [tuple(d.split("-", 1)) for d in args.directions.split(",")]  # type: ignore[misc]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("functions", "files"))
    parser.add_argument("--directions", help="comma-separated source-target pairs, e.g. cpp-java,python-cpp")
    parser.add_argument("--limit", type=int, help="samples per source language (default: all)")
    parser.add_argument("--json", help="write every item's outcome here")
    parser.add_argument(
        "--engine-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="passed to the rule engine (output=file: whole files with includes and imports)",
    )
    parser.add_argument(
        "--no-context",
        action="store_true",
        help="files: translate each file alone (default: with the context its origin has, see files_report)",
    )
    args = parser.parse_args(argv)
    args.options = dict(option.split("=", 1) for option in args.engine_option)
    report = functions_report(args) if args.what == "functions" else files_report(args)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
