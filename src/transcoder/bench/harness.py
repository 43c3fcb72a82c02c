"""`transcoder eval`: translate each benchmark function, run the target script's unit tests on it in
the sandbox, and report computational accuracy, BLEU and exact match.

Each ID's source function (``f_gold`` of the source script) goes through the engine; the candidate
is filled into the target script and run. The target script with its own ``f_gold`` filled in is
the reference: when that fails, the item is a ``reference_error`` (listed with the reason) and
left out of the CA denominator. Translations and runs are cached by content hash, so an
interrupted evaluation resumes where it stopped.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transcoder.arguments import (
    engine_option_argument,
    positive_int_argument,
    positive_seconds_argument,
    writable_report,
)
from transcoder.errors import InputError

if TYPE_CHECKING:
    from transcoder.bench.metrics import CodeBleuPair
    from transcoder.languages.base import FunctionInfo

    # Each task's f_gold in the source and in the target script, read once (translation,
    # verification and scoring all use it), or why the script has none.
    Golds = list[tuple[FunctionInfo | Exception, FunctionInfo | Exception]]

STATUSES = (
    "passed",
    "failed",
    "compile_error",
    "runtime_error",
    "timeout",
    "translation_error",
    "reference_error",
)
# Time limit of a candidate's run: this many times the reference's own run time, at least the floor
# (evalplus). The reference itself runs under the default limit.
TIME_FACTOR = 10.0
TIME_FLOOR_SECONDS = 5.0
REFERENCE_WALL_SECONDS = 20.0
# Each program's outcome is cached the moment it is known, so a killed evaluation loses only the
# programs in flight. A fresh evaluation runs all its programs in one call (fewest compiler and JVM
# start-ups); one that resumes (it found translations or outcomes cached) starts with small calls, growing,
# so that even kills seconds apart make progress (a batch of 100 C++ programs compiles for ~10 s).
RESUME_FIRST_CALL = 4  # programs per job in the first call of a resumed evaluation
CACHE_VERSION = "1"


@dataclass(slots=True)
class Item:
    """One benchmark ID's outcome."""

    id: str
    status: str
    message: str = ""
    seconds: float = 0.0  # run time of the first candidate's test program
    any_passed: bool = False  # any of the candidates passed (TransCoder's beam metric)
    candidates: list[str] = field(default_factory=list)
    candidate_statuses: list[str] = field(default_factory=list)
    # With --verify: each candidate's result on tests generated from the source ("passed 20/20"),
    # in the engine's order; candidates are then reordered, the first passing one first.
    verification: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A candidate's test run, as cached."""

    status: str  # one of STATUSES except translation_error and reference_error
    message: str
    seconds: float


class ResultCache:
    """JSON files keyed by content hash under ``<root>/results``; a no-op when disabled."""

    def __init__(self, root: Path | None) -> None:
        self.root = root / "results" if root is not None else None
        self.hits = 0  # entries found: more than none means an evaluation resumes

    @staticmethod
    def key(*parts: str) -> str:
        digest = hashlib.sha256()
        for part in (CACHE_VERSION, *parts):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any:
        if self.root is None:
            return None
        try:
            value = json.loads(self._path(key).read_text())
        except (OSError, ValueError):
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        if self.root is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A unique temporary file, renamed over the entry: readers (another evaluation sharing the
        # cache) see the old entry or the new one, never half of one.
        handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w") as file:
                file.write(json.dumps(value))
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


SECRET_OPTIONS = ("api_key", "key", "token", "password")


def reportable_options(options: dict[str, str]) -> dict[str, str]:
    """Engine options as the report records them: secrets (an LLM endpoint's key) masked."""
    return {k: "***" if any(word in k.lower() for word in SECRET_OPTIONS) else v for k, v in options.items()}


def classify(run: Any) -> Outcome:
    """A ``RunResult`` of a filled target script as a benchmark outcome."""
    from transcoder.bench.gfg import parse_results
    from transcoder.verify.sandbox import RunStatus

    tail = (run.stderr or "").strip()[-600:]
    if run.status is RunStatus.OK:
        counts = parse_results(run.stdout)
        if counts is None:
            return Outcome("failed", "no '#Results: passed, total' line in the output", run.seconds)
        passed, total = counts
        if total > 0 and passed == total:
            return Outcome("passed", f"{passed}/{total} tests passed", run.seconds)
        return Outcome("failed", f"{passed}/{total} tests passed", run.seconds)
    if run.status is RunStatus.COMPILE_ERROR:
        return Outcome("compile_error", tail, run.seconds)
    if run.status is RunStatus.TIMEOUT:
        return Outcome("timeout", f"no result within {run.seconds:.1f} s", run.seconds)
    if run.status is RunStatus.RUNTIME_ERROR:
        return Outcome("runtime_error", f"exit code {run.exit_code}: {tail}".strip(), run.seconds)
    return Outcome("runtime_error", f"{run.status.value}: {tail}".strip(), run.seconds)


class Evaluator:
    """Runs filled scripts through the sandbox with caching, chunked for progress."""

    def __init__(self, language: str, cache: ResultCache, jobs: int, advance: Callable[[int], None]) -> None:
        from transcoder.languages import get_language

        self.language = language
        self.toolchain = get_language(language).toolchain()
        self.version = self.toolchain.version()
        self.cache = cache
        self.jobs = jobs
        self.advance = advance
        self.on_outcome: Callable[[], None] = lambda: None  # after each outcome computed here

    def run(self, scripts: Sequence[str], walls: Sequence[float]) -> list[Outcome]:
        from transcoder.verify.runners import Limits, RunResult, run_programs

        keys = [
            self.cache.key("run", self.language, self.version, f"{w:.3f}", s)
            for s, w in zip(scripts, walls, strict=True)
        ]
        outcomes: dict[int, Outcome] = {}
        todo: list[int] = []
        for index, key in enumerate(keys):
            cached = self.cache.get(key)
            if cached is not None:
                outcomes[index] = Outcome(**cached)
            else:
                todo.append(index)
        self.advance(len(outcomes))
        # Identical programs (the same candidate for two IDs is rare; the same script twice is not) run once.
        unique: dict[str, list[int]] = {}
        for index in todo:
            unique.setdefault(keys[index], []).append(index)
        groups = list(unique.values())
        lock = threading.Lock()

        def finished(position: int, run: RunResult) -> None:
            outcome = classify(run)
            group = groups[position]
            with lock:  # report() comes from the runner's threads: one entry is written at a time
                self.cache.put(keys[group[0]], asdict(outcome))  # saved before anything else happens
                for index in group:
                    outcomes[index] = outcome
                self.advance(len(group))
            self.on_outcome()

        def shifted(offset: int) -> Callable[[int, RunResult], None]:
            """finished() for a call whose programs start at ``offset`` of the whole list."""
            return lambda position, run: finished(offset + position, run)

        start = 0
        # Resumed: this evaluation found translations or outcomes of an earlier, interrupted one.
        for size in call_sizes(len(groups), self.jobs, resumed=self.cache.hits > 0):
            part = groups[start : start + size]
            run_programs(
                self.language,
                [scripts[g[0]] for g in part],
                limits=[Limits(wall_seconds=walls[g[0]]) for g in part],
                jobs=self.jobs,
                report=shifted(start),
            )
            start += size
        return [outcomes[index] for index in range(len(scripts))]


def call_sizes(total: int, jobs: int, *, resumed: bool) -> list[int]:
    """How many programs each ``run_programs`` call gets: all at once, or (resuming) growing."""
    if not resumed:
        return [total] if total else []
    sizes, size, left = [], RESUME_FIRST_CALL * max(1, jobs), total
    while left > 0:
        sizes.append(min(size, left))
        left -= sizes[-1]
        size *= 2
    return sizes


def _read_golds(tasks: Sequence[Any], args: argparse.Namespace) -> Golds:
    from transcoder.bench.gfg import gold

    def read(language: str, script: str, unreadable: str) -> FunctionInfo | Exception:
        if not script and unreadable:
            return InputError(unreadable)
        try:
            return gold(language, script)
        except Exception as error:  # a malformed script is this item's problem, not the run's
            return error

    return [
        (read(args.source, t.source_script, t.unreadable), read(args.target, t.target_script, t.unreadable))
        for t in tasks
    ]


def _translate_all(
    golds: Golds, args: argparse.Namespace, cache: ResultCache, advance: Callable[[int], None]
) -> list[list[str] | str]:
    """Candidates per task, or the engine's error message."""
    from transcoder import make_engine
    from transcoder.bench.gfg import declaration
    from transcoder.deepstack import run_deep

    options = dict(args.engine_option or [])
    engine = make_engine(args.engine, options)
    if not engine.supports(args.source, args.target):
        raise InputError(f"engine '{args.engine}' does not translate {args.source} to {args.target}")
    # Statically typed targets only: a Python signature says nothing the engine can use.
    pin_signature = args.signature_from_tests and engine.accepts_signature and args.target != "python"
    option_text = json.dumps(options, sort_keys=True)
    fingerprint = engine.fingerprint()
    translations: list[list[str] | str] = []
    for source, target in golds:
        unread = source if isinstance(source, Exception) else None
        if unread is None and (engine.needs_reference or pin_signature) and isinstance(target, Exception):
            unread = target
        if unread is not None:
            translations.append(f"cannot read f_gold: {unread}")
            advance(1)
            continue
        assert not isinstance(source, Exception)
        source_code = source.text
        reference: str | None = None
        signature: str | None = None
        if not isinstance(target, Exception):
            reference = target.text if engine.needs_reference else None
            signature = declaration(target) if pin_signature else None
        key = cache.key("translate", args.engine, fingerprint, option_text, args.source, args.target, str(args.candidates),
                        source_code, reference or "", signature or "")  # fmt: skip
        cached = cache.get(key)
        if cached is not None:
            translations.append(cached)
            advance(1)
            continue
        try:
            # Only engines that accept a signature get the keyword (plug-ins may predate it).
            pinned = {"signature": signature} if signature is not None else {}
            call = functools.partial(  # run_deep: deep input recurses deeply (transcoder.deepstack)
                engine.translate, source_code, args.source, args.target, args.candidates, reference=reference, **pinned
            )
            candidates = run_deep(call)
            result: list[str] | str = [c.code for c in candidates][: args.candidates]
            if not result:
                result = "the engine returned no candidate"
        except Exception as error:  # any engine failure counts against it, with its message
            result = f"{type(error).__name__}: {error}"
        cache.put(key, result)
        translations.append(result)
        advance(1)
    return translations


def _verified(
    golds: Golds,
    translations: list[list[str] | str],
    args: argparse.Namespace,
    advance: Callable[[int], None],
) -> tuple[list[list[str] | str], dict[int, list[str]]]:
    """Translations with each item's candidates reordered by verification against tests generated
    from the source's ``f_gold`` (TransCoder-ST's selection), and each candidate's verdict."""
    from transcoder.verify.selection import Request, verify_many

    positions = [i for i, t in enumerate(translations) if isinstance(t, list) and t]
    requests = []
    for position in positions:
        source = golds[position][0]
        assert not isinstance(source, Exception)  # it has candidates: its f_gold was read
        requests.append(Request(args.source, source.text, args.target, tuple(translations[position])))
    results = verify_many(requests, tests=args.verify_tests, jobs=args.jobs)
    advance(1)
    reordered = list(translations)
    verdicts: dict[int, list[str]] = {}
    for position, result in zip(positions, results, strict=True):
        candidates = translations[position]
        assert isinstance(candidates, list)
        if isinstance(result, Exception):
            verdicts[position] = [f"not verified: {result}"] * len(candidates)
            continue
        verdicts[position] = [f"{c.status} {c.passed}/{c.total}" for c in result.checks]
        chosen = result.chosen
        if chosen is not None:
            reordered[position] = [candidates[chosen]] + [c for i, c in enumerate(candidates) if i != chosen]
    return reordered, verdicts


def _scripts(
    args: argparse.Namespace, tasks: Sequence[Any], golds: Golds, translations: list[list[str] | str]
) -> tuple[list[str | None], list[tuple[int, int, str]]]:
    """Reference scripts (the target's own f_gold filled in; None when that cannot be done) and
    every candidate's script as (task index, candidate index, script)."""
    from transcoder.bench.gfg import fill

    references: list[str | None] = []
    for task, (_, target_gold) in zip(tasks, golds, strict=True):
        if isinstance(target_gold, Exception):
            references.append(None)
            continue
        try:
            references.append(fill(args.target, task.target_script, target_gold.text))
        except Exception:
            references.append(None)
    candidate_scripts: list[tuple[int, int, str]] = []
    for index, (task, translation) in enumerate(zip(tasks, translations, strict=True)):
        if isinstance(translation, list) and references[index] is not None:  # else: a reference_error
            for rank, code in enumerate(translation):
                candidate_scripts.append((index, rank, fill(args.target, task.target_script, code)))
    return references, candidate_scripts


def _run_scripts(
    evaluator: Evaluator,
    args: argparse.Namespace,
    references: list[str | None],
    candidate_scripts: list[tuple[int, int, str]],
) -> tuple[list[Outcome | None], dict[int, list[Outcome]]]:
    """Each task's reference outcome, and each task's candidates' outcomes in order."""
    reference_runs = [r for r in references if r is not None]
    reference_outcomes = iter(evaluator.run(reference_runs, [REFERENCE_WALL_SECONDS] * len(reference_runs)))
    reference_by_task = [next(reference_outcomes) if r is not None else None for r in references]
    # A candidate identical to the reference (engine gold) needs no second run.
    to_run = [i for i, (index, _, script) in enumerate(candidate_scripts) if script != references[index]]
    walls = []
    for position in to_run:
        reference = reference_by_task[candidate_scripts[position][0]]
        seconds = reference.seconds if reference is not None else 0.0
        walls.append(max(getattr(args, "timeout_floor", TIME_FLOOR_SECONDS), TIME_FACTOR * seconds))
    ran = dict(zip(to_run, evaluator.run([candidate_scripts[i][2] for i in to_run], walls), strict=True))
    evaluator.advance(len(candidate_scripts) - len(to_run))
    per_task: dict[int, list[Outcome]] = {}
    for position, (index, _, _) in enumerate(candidate_scripts):
        outcome = ran[position] if position in ran else reference_by_task[index]
        assert outcome is not None  # candidates are run only where the reference script exists
        per_task.setdefault(index, []).append(outcome)
    return reference_by_task, per_task


def _item(
    item_id: str,
    translation: list[str] | str,
    reference: Outcome | None,
    target_gold: Any,
    outcomes: list[Outcome],
) -> Item:
    """One ID's outcome from its translation, its reference's run and its candidates' runs."""
    candidates = translation if isinstance(translation, list) else []
    item = Item(item_id, "", candidates=candidates)
    if reference is None or reference.status != "passed":
        item.status = "reference_error"
        why = str(target_gold) if isinstance(target_gold, Exception) else "no f_gold or TOFILL marker"
        item.message = "the target script fails with its own f_gold: " + (
            f"{reference.status}: {reference.message}" if reference else why
        )
    elif isinstance(translation, str):
        item.status, item.message = "translation_error", translation
    else:
        item.status, item.message, item.seconds = outcomes[0].status, outcomes[0].message, outcomes[0].seconds
        item.candidate_statuses = [o.status for o in outcomes]
        item.any_passed = any(o.status == "passed" for o in outcomes)
    return item


@dataclass(frozen=True, slots=True)
class Scored:
    """What the scores need of one item: the tokens of its first candidate's function and of the
    reference function (BLEU, exact match), and the pair's CodeBLEU counts (None without the
    package)."""

    hypothesis: list[str]
    reference: list[str]
    codebleu: CodeBleuPair | None


def _scored(target: str, translation: list[str] | str, target_gold: Any) -> Scored:
    from transcoder.bench import metrics

    candidates = translation if isinstance(translation, list) else []
    function = metrics.translated_function(target, candidates[0], target_gold.name) if candidates else ""
    pair = metrics.codebleu_pair(function, target_gold.text, target) if metrics.codebleu_available() else None
    return Scored(metrics.tokens(target, function), metrics.tokens(target, target_gold.text), pair)


class Scoring:
    """Each item's scoring inputs, computed on a thread of their own while the programs run: they
    depend on the translations only; the outcomes decide just which items count. Scoring is
    host CPU work (tokenizing, parsing, CodeBLEU's data flow: about a fifth of a gold evaluation's
    CPU time), so the evaluation's wall time no longer pays it after the last program ends.

    ``start`` begins it (``evaluate`` calls it at the first program outcome of a fresh evaluation,
    so that it never delays the first outcomes; a resumed evaluation, which must make progress
    between kills seconds apart, scores at the end); ``get`` starts it if nobody did."""

    def __init__(
        self, target: str, golds: Golds, translations: list[list[str] | str], references: list[str | None]
    ) -> None:
        self.target = target
        # Only an item whose reference script exists can count (and only it has a target f_gold).
        self.todo = [(i, translations[i], golds[i][1]) for i, r in enumerate(references) if r is not None]
        self.done: dict[int, Scored] = {}
        self.failure: BaseException | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._work, name="transcoder-scoring", daemon=True)
        self.lock = threading.Lock()
        self.started = False

    def start(self) -> None:
        with self.lock:
            if not self.started:
                self.started = True
                self.thread.start()

    def _work(self) -> None:
        try:
            for index, translation, target_gold in self.todo:
                if self.stop.is_set():  # the evaluation failed: nobody waits for the scores
                    return
                self.done[index] = _scored(self.target, translation, target_gold)
                time.sleep(0)  # hand the interpreter to a thread that supervises a program
        except BaseException as error:  # handed to the evaluation's thread by get()
            self.failure = error

    def get(self, index: int) -> Scored:
        self.start()
        self.thread.join()
        if self.failure is not None:
            raise self.failure
        return self.done[index]

    def close(self) -> None:
        self.stop.set()


def _report(
    args: argparse.Namespace,
    bench_dir: Path,
    items: list[Item],
    scores: list[Scored],
    toolchain: str,
) -> dict[str, Any]:
    """The report's JSON object; ``scores``: what BLEU, exact match and CodeBLEU need of each item
    that counts, in item order."""
    from transcoder.bench import metrics
    from transcoder.verify.sandbox import capabilities

    hypotheses = [score.hypothesis for score in scores]
    gold_tokens = [score.reference for score in scores]
    pairs = [score.codebleu for score in scores]
    codebleu = (
        metrics.codebleu_score([p for p in pairs if p is not None]) if metrics.codebleu_available() else None
    )
    counted = [item for item in items if item.status != "reference_error"]
    passed = sum(item.status == "passed" for item in counted)
    report: dict[str, Any] = {
        "source": args.source,
        "target": args.target,
        "engine": args.engine,
        "engine_options": reportable_options(dict(args.engine_option or [])),
        "signature_from_tests": bool(args.signature_from_tests),
        "verify": args.verify_tests if args.verify else 0,
        "bench_dir": str(bench_dir),
        "total": len(counted),
        "passed": passed,
        "computational_accuracy": metrics.computational_accuracy(passed, len(counted)),
        "bleu": metrics.bleu(hypotheses, gold_tokens),
        "exact_match": metrics.exact_match(hypotheses, gold_tokens),
        "codebleu": codebleu,
        "candidates": args.candidates,
        "reference_errors": len(items) - len(counted),
        "note": "items whose reference fails (reference_error) are left out of total, CA, BLEU and exact match",
        "status_counts": dict(Counter(item.status for item in items)),
        "sandbox": capabilities().describe(),
        "toolchain": toolchain,
        "seconds": 0.0,
        "items": [asdict(item) for item in items],
    }
    if args.candidates > 1:
        any_passed = sum(item.any_passed for item in counted)
        report[f"computational_accuracy_any_of_{args.candidates}"] = metrics.computational_accuracy(
            any_passed, len(counted)
        )
    return report


def evaluate(args: argparse.Namespace, progress: Any = None) -> dict[str, Any]:
    """The whole evaluation as the report's JSON object."""
    from transcoder.bench.gfg import load_tasks
    from transcoder.datasets import resolve_benchmark
    from transcoder.languages import get_language
    from transcoder.verify.sandbox import capabilities
    from transcoder.verify.toolchain import cache_root

    started = time.monotonic()
    get_language(args.source)
    get_language(args.target)
    bench_dir = resolve_benchmark(args.bench_dir)  # a directory or a short name (gfg-valid)
    for name in ("candidates", "jobs", "verify_tests"):  # evaluate() is also called without the parser
        if getattr(args, name, 1) is not None and getattr(args, name, 1) < 1:
            raise InputError(f"--{name.replace('_', '-')} must be at least 1")
    tasks = load_tasks(bench_dir, args.source, args.target, args.ids.split(",") if args.ids else None)
    if args.limit is not None:
        tasks = tasks[: args.limit]
    cache = ResultCache(None if args.no_cache else (Path(args.cache_dir) if args.cache_dir else cache_root()))
    capabilities()  # probe (and warn) before the progress bar starts

    def stage(name: str, total: int) -> Callable[[int], None]:
        if progress is None:
            return lambda _n: None
        task_id = progress.add_task(name, total=total)
        return lambda n: progress.advance(task_id, n)

    golds = _read_golds(tasks, args)
    translations = _translate_all(golds, args, cache, stage("translate", len(tasks)))
    verifications: dict[int, list[str]] = {}
    if args.verify:
        translations, verifications = _verified(golds, translations, args, stage("verify", 1))

    references, candidate_scripts = _scripts(args, tasks, golds, translations)
    runs = len([r for r in references if r is not None]) + len(candidate_scripts)
    evaluator = Evaluator(args.target, cache, args.jobs, stage("run", runs))
    scoring = Scoring(args.target, golds, translations, references)
    if cache.hits == 0:  # fresh: score while the programs run, from the first outcome on
        evaluator.on_outcome = scoring.start
    try:
        reference_by_task, per_task = _run_scripts(evaluator, args, references, candidate_scripts)
        items: list[Item] = []
        scores: list[Scored] = []
        for index, (task, translation) in enumerate(zip(tasks, translations, strict=True)):
            outcomes = per_task.get(index, [])
            item = _item(task.id, translation, reference_by_task[index], golds[index][1], outcomes)
            item.verification = verifications.get(index, [])
            items.append(item)
            if item.status != "reference_error":
                scores.append(scoring.get(index))
    finally:
        scoring.close()

    report = _report(args, bench_dir, items, scores, evaluator.version)
    report["seconds"] = round(time.monotonic() - started, 3)
    return report


def write_atomically(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (a kill while writing leaves the previous file)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def print_summary(report: dict[str, Any], console: Any) -> None:
    from rich.table import Table

    title = f"{report['source']} -> {report['target']} ({report['engine']})"
    table = Table(title=title, show_header=True)
    table.add_column("status")
    table.add_column("items", justify="right")
    for status in STATUSES:
        count = report["status_counts"].get(status, 0)
        if count:
            table.add_row(status, str(count))
    console.print(table)
    line = (
        f"CA {100 * report['computational_accuracy']:.2f}% ({report['passed']}/{report['total']})  "
        f"BLEU {report['bleu']:.2f}  CodeBLEU {report.get('codebleu') or 0:.2f}  exact match {100 * report['exact_match']:.2f}%  {report['seconds']:.1f} s"
    )
    key = f"computational_accuracy_any_of_{report['candidates']}"
    if key in report:
        line += f"  any of {report['candidates']}: {100 * report[key]:.2f}%"
    console.print(line)
    broken = [item for item in report["items"] if item["status"] == "reference_error"]
    if broken:
        console.print(f"{len(broken)} reference error(s), left out of the scores:")
        for item in broken:
            console.print(f"  {item['id']}: {item['message'][:200]}")


def configure_parser(parser: argparse.ArgumentParser) -> None:
    from transcoder.engines import DEFAULT_ENGINE
    from transcoder.verify.runners import default_jobs

    parser.add_argument("bench_dir", help="benchmark directory with one folder per language")
    parser.add_argument("--source", "-s", required=True, help="source language")
    parser.add_argument("--target", "-t", required=True, help="target language")
    parser.add_argument(
        "--engine", "-e", default=DEFAULT_ENGINE, help="engine name (gold checks the harness itself)"
    )
    parser.add_argument("--engine-option", action="append", type=engine_option_argument, metavar="KEY=VALUE",
                        help="option passed to the engine (repeatable), e.g. checkpoint=PATH")  # fmt: skip
    parser.add_argument("--signature-from-tests", action="store_true",
                        help="give the engine the declaration of the function the target's tests call "
                        "(its interface, never its body), as a user porting into existing code would")  # fmt: skip
    parser.add_argument("--verify", action="store_true",
                        help="rank each item's candidates by tests generated from the source function "
                        "(the first passing one is scored); --candidates > 1 gives it a choice")  # fmt: skip
    parser.add_argument("--verify-tests", type=positive_int_argument, default=20,
                        help="generated tests per function, with --verify")  # fmt: skip
    parser.add_argument("--candidates", "-n", type=positive_int_argument, default=1,
                        help="candidates per function (default 1)")  # fmt: skip
    parser.add_argument("--jobs", "-j", type=positive_int_argument, default=default_jobs(),
                        help="parallel jobs (default: CPUs)")  # fmt: skip
    parser.add_argument("--report", help="write the JSON report to this file")
    parser.add_argument("--html", help="write a self-contained HTML report to this file (bench/report.py)")
    parser.add_argument("--timeout-floor", type=positive_seconds_argument, default=TIME_FLOOR_SECONDS,
                        help=f"least time limit of a candidate's run, seconds (default {TIME_FLOOR_SECONDS:g}; "
                        f"else {TIME_FACTOR:g} x the reference's run time)")  # fmt: skip
    parser.add_argument("--limit", type=positive_int_argument, help="evaluate only the first N IDs (sorted)")
    parser.add_argument("--ids", help="comma-separated IDs to evaluate")
    parser.add_argument(
        "--cache-dir", help="cache directory (default: $TRANSCODER_CACHE or .cache/transcoder)"
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write cached results")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary table")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    for path in (args.report, args.html):  # checked now, not after an hour of evaluation
        if path:
            writable_report(path)
    if args.quiet:
        report = evaluate(args)
    else:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as progress:
            report = evaluate(args, progress)
    if args.report:
        write_atomically(Path(args.report), json.dumps(report, indent=2) + "\n")
    if args.html:
        from transcoder.bench.report import write_html

        write_html([report], Path(args.html))
    if not args.quiet:
        print_summary(report, Console())
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="transcoder-eval")
    configure_parser(parser)
    sys.exit(run(parser.parse_args()))
