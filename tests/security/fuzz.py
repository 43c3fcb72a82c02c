"""Fuzzers for the translator, whatever engine is behind ``transcoder.translate``.

- ``mutations``: real GfG ``f_gold`` functions with one to three token edits (delete, duplicate,
  swap, replace an identifier, a number, an operator), in all six directions;
- ``random_bytes``: random bytes through the command line (not UTF-8, control characters);
- ``deep_inputs``: nesting 1,000 levels deep and expressions of 10,000 terms, per source language;
- ``huge_inputs``: files of 10 MB.

``translate_all`` runs inputs in worker processes, each with a deadline (a hang is killed and
recorded) and sorts outcomes into ok (exit 0), a clean error (``TranscoderError``), a traceback (any
other exception) and a hang. ``compile_outputs`` builds, in the sandbox and batched, every exit-0
output whose source builds, each in a trivial program of the target language. Used by
``tests/security/test_security_fuzz.py`` (a few dozen inputs) and ``benchmarks/attack_suite.py``
(10,000).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

LANGUAGES = ("cpp", "java", "python")
DIRECTIONS = [(s, t) for s in LANGUAGES for t in LANGUAGES if s != t]
EXTENSIONS = {"cpp": ".cpp", "java": ".java", "python": ".py"}
_TOKEN = re.compile(
    r"[A-Za-z_]\w*|0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'"
    r"|<<=|>>=|\+\+|--|->|::|&&|\|\||[-+*/%<>=!&|^]=|<<|>>|[^\s\w]|\s+"
)
_OPERATORS = ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||", "&", "|", "^", "<<", ">>",
              "!", "~", "=", "+=", "-=", "//", "**", "and", "or", "not", "?", ":"]  # fmt: skip
_NUMBERS = [
    "0",
    "-1",
    "2147483647",
    "2147483648",
    "9223372036854775808",
    "1e308",
    "0x7fffffff",
    "1.5",
    "00",
    "1L",
]


@dataclass(frozen=True)
class FuzzInput:
    kind: str  # mutation, random_bytes, deep, huge
    source: str
    target: str
    code: str
    note: str = ""  # what was done to it


@dataclass(frozen=True)
class FuzzOutcome:
    input: FuzzInput
    result: str  # ok, error, traceback, hang
    detail: str  # the output (ok), the one-line error, the traceback's last lines
    seconds: float  # wall-clock seconds
    cpu: float = 0.0  # CPU seconds of the worker process (all its threads) on this input


def gold_functions(bench_dir: Path, language: str) -> list[str]:
    """Every ``f_gold`` of the benchmark's scripts in ``language``."""
    from transcoder.bench.gfg import gold

    found = []
    for path in sorted((bench_dir / language).glob(f"*{EXTENSIONS[language]}")):
        try:
            found.append(gold(language, path.read_text(encoding="utf-8")).text)
        except Exception:  # a script without f_gold is not an input
            continue
    return found


_KEYWORDS = frozenset(
    [
        "and",
        "as",
        "assert",
        "auto",
        "bool",
        "boolean",
        "break",
        "case",
        "catch",
        "char",
        "class",
        "const",
        "continue",
        "def",
        "default",
        "del",
        "do",
        "double",
        "elif",
        "else",
        "except",
        "extends",
        "final",
        "finally",
        "float",
        "for",
        "from",
        "if",
        "import",
        "in",
        "int",
        "is",
        "lambda",
        "long",
        "new",
        "not",
        "or",
        "pass",
        "private",
        "public",
        "raise",
        "return",
        "short",
        "signed",
        "static",
        "struct",
        "switch",
        "this",
        "throw",
        "try",
        "unsigned",
        "using",
        "void",
        "while",
        "with",
        "yield",
        "True",
        "False",
        "None",
        "true",
        "false",
        "null",
    ]
)


def _kind(token: str) -> str:
    if token in _KEYWORDS:
        return "keyword"
    if token[0].isalpha() or token[0] == "_":
        return "identifier"
    if token[0].isdigit():
        return "number"
    if token in _OPERATORS:
        return "operator"
    return "other"


def mutate(code: str, generator: random.Random) -> tuple[str, str]:
    """``code`` with 1-3 token edits, and what they were. Most edits keep the code well-formed
    (an identifier for an identifier, a number for a number, an operator for an operator, a
    parenthesised or negated operand); the rest break it (a token deleted, doubled, moved)."""
    tokens = _TOKEN.findall(code)
    words = [t for t in tokens if t.strip()]
    identifiers = [t for t in words if _kind(t) == "identifier"] or ["x"]
    notes = []
    for _ in range(generator.choices((1, 2, 3), weights=(7, 2, 1))[0]):
        edit = generator.choice(("identifier", "number", "operator", "operator", "parenthesise", "negate",
                                 "delete", "duplicate", "swap", "insert"))  # fmt: skip
        wanted = {"identifier": "identifier", "number": "number", "operator": "operator"}.get(edit)
        places = [i for i, t in enumerate(tokens) if t.strip() and (wanted is None or _kind(t) == wanted)]
        if edit in ("parenthesise", "negate"):
            places = [i for i, t in enumerate(tokens) if _kind(t.strip() or " ") in ("identifier", "number")]
        if not places:
            continue
        place = generator.choice(places)
        old = tokens[place]
        if edit == "delete":
            tokens[place] = ""
        elif edit == "duplicate":
            tokens[place] = old + " " + old
        elif edit == "swap" and place + 2 < len(tokens):
            tokens[place], tokens[place + 2] = tokens[place + 2], tokens[place]
        elif edit == "identifier":
            tokens[place] = generator.choice(identifiers)
        elif edit == "number":
            tokens[place] = generator.choice(_NUMBERS)
        elif edit == "operator":
            tokens[place] = generator.choice(_OPERATORS)
        elif edit == "parenthesise":
            tokens[place] = f"({old})"
        elif edit == "negate":
            tokens[place] = f"(-{old})"
        else:
            tokens[place] = old + " " + generator.choice(words)
        notes.append(f"{edit} {old!r}->{tokens[place]!r}")
    return "".join(tokens), "; ".join(notes)


def mutations(bench_dir: Path, count: int, seed: int = 0) -> list[FuzzInput]:
    """``count`` mutated functions, spread evenly over the six directions."""
    generator = random.Random(seed)
    functions = {language: gold_functions(bench_dir, language) for language in LANGUAGES}
    inputs = []
    for number in range(count):
        source, target = DIRECTIONS[number % len(DIRECTIONS)]
        code, note = mutate(generator.choice(functions[source]), generator)
        inputs.append(FuzzInput("mutation", source, target, code, note))
    return inputs


def random_bytes(count: int, seed: int = 0) -> list[FuzzInput]:
    """Random byte strings (as latin-1 text, so any byte survives the trip to the command line)."""
    generator = random.Random(seed)
    inputs = []
    for number in range(count):
        size = generator.choice((1, 16, 256, 4096))
        data = bytes(generator.randrange(256) for _ in range(size))
        source, target = DIRECTIONS[number % len(DIRECTIONS)]
        inputs.append(FuzzInput("random_bytes", source, target, data.decode("latin-1"), f"{size} bytes"))
    return inputs


def nested_ifs(language: str, depth: int) -> str:
    if language == "python":
        lines = ["def f(x):"] + ["    " * (i + 1) + "if x > 0:" for i in range(depth)]
        return "\n".join([*lines, "    " * (depth + 1) + "x = x - 1", "    return x", ""])
    body = "if (x > 0) {\n" * depth + "x = x - 1;\n" + "}\n" * depth
    function = f"int f(int x) {{\n{body}return x;\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def flat_sum(language: str, terms: int) -> str:
    expression = " + ".join(f"x * {i}" for i in range(terms))
    if language == "python":
        return f"def f(x):\n    return {expression}\n"
    function = f"int f(int x) {{\n    return {expression};\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def nested_parentheses(language: str, depth: int) -> str:
    expression = "(" * depth + "x" + " + 1)" * depth
    if language == "python":
        return f"def f(x):\n    return {expression}\n"
    function = f"int f(int x) {{\n    return {expression};\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def else_if_chain(language: str, length: int) -> str:
    if language == "python":
        branches = "".join(f"    elif x == {i}:\n        return {i}\n" for i in range(1, length))
        return f"def f(x):\n    if x == 0:\n        return 0\n{branches}    return -1\n"
    branches = "".join(f"    else if (x == {i}) return {i};\n" for i in range(1, length))
    function = f"int f(int x) {{\n    if (x == 0) return 0;\n{branches}    return -1;\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


DEEP_SHAPES = {"nested_ifs": (nested_ifs, 1000), "flat_sum": (flat_sum, 10000),
               "nested_parentheses": (nested_parentheses, 1000), "else_if_chain": (else_if_chain, 10000)}  # fmt: skip


def deep_inputs() -> list[FuzzInput]:
    inputs = []
    for source, target in DIRECTIONS:
        for name, (make, size) in DEEP_SHAPES.items():
            inputs.append(FuzzInput("deep", source, target, make(source, size), f"{name} {size}"))
    return inputs


def many_functions(language: str, size_bytes: int) -> str:
    """A file of about ``size_bytes``: one small function repeated under different names."""
    template = {
        "cpp": "int f{0}(int a[], int n) {{\n    int s = 0;\n    for (int i = 0; i < n; i++) s += a[i] * {0};\n    return s;\n}}\n",
        "java": "static int f{0}(int[] a, int n) {{\n    int s = 0;\n    for (int i = 0; i < n; i++) s += a[i] * {0};\n    return s;\n}}\n",
        "python": "def f{0}(a, n):\n    s = 0\n    for i in range(n):\n        s += a[i] * {0}\n    return s\n\n",
    }[language]
    parts, total, number = [], 0, 0
    while total < size_bytes:
        parts.append(template.format(number))
        total += len(parts[-1])
        number += 1
    body = "".join(parts)
    return f"class A {{\n{body}}}\n" if language == "java" else body


def huge_inputs(size_bytes: int = 10 << 20) -> list[FuzzInput]:
    return [
        FuzzInput("huge", s, t, many_functions(s, size_bytes), f"{size_bytes:,} bytes")
        for s, t in DIRECTIONS[::2]
    ]


def _worker(connection: Connection) -> None:
    import warnings

    warnings.simplefilter("ignore")
    import transcoder
    from transcoder.errors import TranscoderError

    while True:
        task = connection.recv()
        if task is None:
            return
        index, fuzz = task
        start, cpu_start = time.monotonic(), time.process_time()
        try:
            output = transcoder.translate(fuzz.code, source=fuzz.source, target=fuzz.target)
            result, detail = "ok", output
        except TranscoderError as error:
            result, detail = "error", str(error)
        except Exception:
            result, detail = "traceback", "".join(traceback.format_exc().splitlines(keepends=True)[-6:])
        connection.send((index, result, detail, time.monotonic() - start, time.process_time() - cpu_start))


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self.connection, child = multiprocessing.Pipe()
        self.process = context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, FuzzInput] | None = None
        self.started = 0.0
        self.cpu_started = 0.0

    def give(self, index: int, fuzz: FuzzInput) -> None:
        self.task = (index, fuzz)
        self.started = time.monotonic()
        self.cpu_started = self.cpu()
        self.connection.send(self.task)

    def cpu(self) -> float:
        """CPU seconds the worker process has used (user + system, every thread); 0 where
        /proc is not there."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def past(self, deadline: float, clock: str) -> bool:
        """Whether the task has run past ``deadline``: wall-clock seconds, or (``clock="cpu"``)
        CPU seconds of the worker, with the wall clock capped at six times the deadline."""
        wall = time.monotonic() - self.started
        if clock == "wall":
            return wall > deadline
        return wall > 6 * deadline or self.cpu() - self.cpu_started > deadline

    def stop(self) -> None:
        self.process.kill()
        self.process.join()


def translate_all(
    inputs: Sequence[FuzzInput], *, deadline: float = 20.0, workers: int = 2, clock: str = "wall"
) -> list[FuzzOutcome]:
    """Translate every input in ``workers`` processes; one running past ``deadline`` seconds is a
    hang (its worker is killed and replaced). ``clock="cpu"`` counts the worker's CPU seconds
    instead (a shared, loaded machine stretches the wall clock of long inputs several times)."""
    context = multiprocessing.get_context("fork")
    pool = [_Worker(context) for _ in range(max(1, workers))]
    outcomes: dict[int, FuzzOutcome] = {}
    queue: Iterator[tuple[int, FuzzInput]] = iter(enumerate(inputs))
    try:
        for worker in pool:
            _feed(worker, queue)
        while any(w.task is not None for w in pool):
            busy = [w for w in pool if w.task is not None]
            ready = wait([w.connection for w in busy], timeout=0.5)
            for position, worker in enumerate(pool):
                if worker.task is None:
                    continue
                index, fuzz = worker.task
                if worker.connection in ready:
                    try:
                        _, result, detail, seconds, cpu = worker.connection.recv()
                    except EOFError:  # the worker died (a crash of the interpreter itself)
                        result, detail, seconds, cpu = "traceback", "worker process died", 0.0, 0.0
                        worker.stop()
                        pool[position] = worker = _Worker(context)
                    outcomes[index] = FuzzOutcome(fuzz, result, detail, seconds, cpu)
                elif worker.past(deadline, clock):
                    wall, cpu = time.monotonic() - worker.started, worker.cpu() - worker.cpu_started
                    what = f"no answer within {deadline:g} {'CPU ' if clock == 'cpu' else ''}s"
                    outcomes[index] = FuzzOutcome(fuzz, "hang", what, wall, cpu)
                    worker.stop()
                    pool[position] = worker = _Worker(context)
                else:
                    continue
                worker.task = None
                _feed(worker, queue)
    finally:
        for worker in pool:
            if worker.process.is_alive():
                worker.connection.send(None)
                worker.process.join(timeout=5)
                if worker.process.is_alive():
                    worker.stop()
    return [outcomes[index] for index in range(len(inputs))]


def _feed(worker: _Worker, queue: Iterator[tuple[int, FuzzInput]]) -> None:
    task = next(queue, None)
    if task is not None:
        worker.give(*task)


# Trivial programs around a function, one per language, to see whether it builds.
_HARNESS = {
    "cpp": "#include <bits/stdc++.h>\nusing namespace std;\n{code}\nint main() {{ return 0; }}\n",
    "java": "import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\nimport java.io.*;\n"
    "import java.math.*;\nimport javafx.util.Pair;\n\npublic class {name} {{\n{code}\n"
    "    public static void main(String[] args) {{ }}\n}}\n",
    "python": "{code}\n",
}


def buildable(language: str, code: str, name: str) -> str:
    """``code`` (one or more functions, imports first) in a program that only defines them."""
    if language == "java":
        imports = [line for line in code.splitlines() if line.startswith("import ")]
        body = "\n".join(line for line in code.splitlines() if not line.startswith("import "))
        if re.search(r"^\s*(public\s+)?class\s", body, re.M) and "static" not in body.split("class", 1)[0]:
            body = re.sub(
                r"^\s*public\s+class\s", "class ", body, flags=re.M
            )  # a whole class: keep it nested
        return "\n".join(imports) + "\n" + _HARNESS["java"].format(name=name, code=body)
    if language == "python":  # compile, not ast.parse: duplicate parameters and the like are errors too
        return f"compile({code!r}, 'candidate.py', 'exec')\n"
    return _HARNESS[language].format(code=code)


def compile_outputs(outcomes: Sequence[FuzzOutcome], jobs: int = 2) -> list[tuple[FuzzOutcome, str]]:
    """Every exit-0 outcome whose source builds but whose output does not, with the compiler's
    first error line. Builds run in the sandbox, batched (``run_programs``)."""
    from transcoder.verify.runners import Limits, RunStatus, run_programs

    limits = Limits(wall_seconds=30)
    done = [o for o in outcomes if o.result == "ok"]
    checks: dict[str, list[tuple[int, str]]] = {language: [] for language in LANGUAGES}
    for number, outcome in enumerate(done):
        checks[outcome.input.source].append(
            (2 * number, buildable(outcome.input.source, outcome.input.code, f"S{number}"))
        )
        checks[outcome.input.target].append(
            (2 * number + 1, buildable(outcome.input.target, outcome.detail, f"T{number}"))
        )
    built: dict[int, tuple[bool, str]] = {}
    for language, programs in checks.items():
        if not programs:
            continue
        results = run_programs(language, [p for _, p in programs], limits=limits, jobs=jobs)
        for (key, _), result in zip(programs, results, strict=True):
            error = next((line for line in result.stderr.splitlines() if "rror" in line), result.stderr[:200])
            built[key] = (result.status is RunStatus.OK, error)
    failures = []
    for number, outcome in enumerate(done):
        source_builds, _ = built[2 * number]
        output_builds, error = built[2 * number + 1]
        if source_builds and not output_builds:
            failures.append((outcome, error))
    return failures


def summary(outcomes: Sequence[FuzzOutcome]) -> dict[str, int]:
    counts = {"ok": 0, "error": 0, "traceback": 0, "hang": 0}
    for outcome in outcomes:
        counts[outcome.result] += 1
    return counts


def default_bench() -> Path:
    """The GfG valid split: ``$TRANSCODER_GFG_VALID``, else the copy shipped in ``data/``."""
    from transcoder.datasets import resolve_benchmark

    configured = os.environ.get("TRANSCODER_GFG_VALID")
    return Path(configured) if configured else resolve_benchmark("gfg-valid")
