"""The self-debugging feedback: what went wrong with a candidate, in words a model can act on.

``verify_translation`` records, for each candidate, the driver program that ran it, the end of
its error output and every failing test. From those this module tells the model what a
programmer would look at: the compiler's error lines with the code they point to (line numbers
turned back into lines of the model's own code), or a few failing tests with input, expected and
actual value, or how the run ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcoder.engines.llm.prompts import display
from transcoder.verify.runners import RunStatus
from transcoder.verify.selection import RUN_LIMITS, CandidateCheck, GeneratedTest, Verification

MAX_FAILING_TESTS = 3
MAX_COMPILER_ERRORS = 3
MAX_VALUE_CHARS = 200
MAX_STDERR_CHARS = 1200

# "Main.java:12: error: ..." (javac), "main.cpp:12:5: error: ..." (g++).
_COMPILER_ERROR = re.compile(
    r"^(?P<file>[\w./-]+\.\w+):(?P<line>\d+):(?:(?P<column>\d+):)?\s*(?P<kind>(?:fatal )?error):\s*(?P<message>.*)$"
)
_ANY_DIAGNOSTIC = re.compile(
    r"^[\w./-]+\.\w+:(\d+:)+\s*(?:error|warning|note)|^In file included|^[\w./-]+\.\w+: In "
)


@dataclass(frozen=True)
class Feedback:
    kind: str  # "syntax_error", "compile_error", "failed", "runtime_error", "timeout", "untestable"...
    message: str  # for the model
    summary: str  # one line, for logs and Candidate.meta


def syntax_feedback(target: str, problem: str) -> Feedback:
    message = (
        f"Your reply does not contain valid {display(target)} code: {problem}. "
        "Reply with the code only, complete, in a single fenced block."
    )
    return Feedback("syntax_error", message, problem)


def candidate_feedback(
    source: str, target: str, code: str, verification: Verification, check: CandidateCheck
) -> Feedback:
    """What went wrong with ``code``, whose verification gave ``check``."""
    if check.status == "untestable":
        message = (
            f"The tests cannot call your translation: {check.first_failure}. Keep the function names "
            f"and the parameters of the {display(source)} source, in the same order."
        )
        return Feedback("untestable", message, check.first_failure)
    if not check.program:  # a check that did not run here: its own line is still a fact to act on
        return Feedback(check.status, _fallback_message(target, check), check.first_failure)
    lines = line_map(check.program, code)
    if check.status == "compile_error":
        errors = compiler_errors(check.stderr, lines)
        message = (
            f"Your {display(target)} translation does not compile. The compiler says:\n\n{errors}"
            if errors
            else f"Your {display(target)} translation does not compile: {check.first_failure}"
        )
        return Feedback("compile_error", message, check.first_failure or errors.splitlines()[0])
    return _test_feedback(source, target, len(verification.tests), check, lines)


def _fallback_message(target: str, check: CandidateCheck) -> str:
    if check.status == "compile_error":
        return f"Your {display(target)} translation does not compile: {check.first_failure}"
    return (
        f"Your {display(target)} translation passes {check.passed} of {check.total} tests generated "
        f"by running the source; the first failure: {check.first_failure}"
    )


def line_map(program: str, code: str) -> dict[int, int]:
    """1-based lines of ``program`` that are lines of ``code``: program line -> code line.

    The driver copies the code as one block (a Java driver moves its imports to the top and may
    drop a ``public``), so the block is where the most of its lines agree."""
    program_lines = [line.strip() for line in program.splitlines()]
    kept = [
        (number, line.strip())
        for number, line in enumerate(code.splitlines(), start=1)
        if line.strip() and not line.startswith(("import ", "package "))
    ]
    if not kept:
        return {}
    span = kept[-1][0] - kept[0][0]
    best_offset, best_score = 0, 0
    for offset in range(len(program_lines) - span):
        # offset: the program line (0-based) holding the first kept code line
        score = sum(
            1
            for number, text in kept
            if offset + number - kept[0][0] < len(program_lines)
            and program_lines[offset + number - kept[0][0]] == text
        )
        if score > best_score:
            best_offset, best_score = offset, score
    if best_score * 2 < len(kept):
        return {}
    return {best_offset + number - kept[0][0] + 1: number for number, _ in kept}


def compiler_errors(stderr: str, lines: dict[int, int]) -> str:
    """The first few errors of a compiler's output, each with the code lines it shows, their
    positions in the model's code ("line 3") rather than in the test program."""
    out: list[str] = []
    errors = 0
    taking = False
    for raw in stderr.splitlines():
        match = _COMPILER_ERROR.match(raw)
        if match:
            errors += 1
            if errors > MAX_COMPILER_ERRORS:
                break
            line = int(match.group("line"))
            where = f"line {lines[line]}" if line in lines else "in the test program around your code"
            out.append(f"{where}: {match.group('kind')}: {match.group('message').strip()}")
            taking = True
        elif _ANY_DIAGNOSTIC.match(raw) or re.match(r"^\d+ errors?$", raw.strip()):
            taking = False
        elif taking and len(out) < 4 * errors + 1:
            out.append(_relabel(raw.rstrip(), lines))
    text = "\n".join(out)
    return text[:MAX_STDERR_CHARS]


def _relabel(text: str, lines: dict[int, int]) -> str:
    """Positions in the test program (``Main.java:12``, ``File "main.py", line 12``, g++'s
    ``12 |`` margin) as lines of the model's own code, where they are in it."""

    def margin(match: re.Match[str]) -> str:
        line = int(match.group(1))
        return f"{lines[line]:>5} |" if line in lines else match.group(0)

    def python_frame(match: re.Match[str]) -> str:
        line = int(match.group(1))
        return f"your code, line {lines[line]}" if line in lines else f"test program, line {line}"

    def position(match: re.Match[str]) -> str:
        line = int(match.group(1))
        return f"line {lines[line]}" if line in lines else match.group(0)

    text = re.sub(r"^\s*(\d+)\s*\|", margin, text, flags=re.M)
    text = re.sub(r'File "[^"]+", line (\d+)', python_frame, text)
    return re.sub(r"\b[\w./-]+\.(?:java|cpp|cc):(\d+)\b", position, text)


def _shorten(value: str) -> str:
    return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 3] + "..."


def _test_feedback(
    source: str, target: str, total: int, check: CandidateCheck, lines: dict[int, int]
) -> Feedback:
    failures: list[str] = []
    stopped_at: GeneratedTest | None = None
    for test, actual in check.failures:
        if actual is None:
            stopped_at = stopped_at or test
        elif len(failures) < MAX_FAILING_TESTS:
            failures.append(
                f"  input:    {_shorten(test.describe())}\n"
                f"  expected: {_shorten(test.expected)}\n"
                f"  actual:   {_shorten(actual)}"
            )
    works = "runs" if target == "python" else "compiles"
    header = (
        f"Your {display(target)} translation {works}, but on tests generated by running the "
        f"{display(source)} source it passes {check.passed} of {total}."
    )
    parts = [header]
    if failures:
        parts.append(
            "Failing tests (the expected value is what the source returns):\n" + "\n\n".join(failures)
        )
    summary = check.first_failure
    if stopped_at is not None and check.status != "failed":
        ending = {
            RunStatus.TIMEOUT.value: f"it did not finish within {RUN_LIMITS.wall_seconds:g} s (an endless loop?)",
            RunStatus.MEMORY_LIMIT.value: "it ran out of memory",
            RunStatus.OUTPUT_LIMIT.value: "it printed too much",
        }.get(check.status, "it stopped with a runtime error")
        parts.append(
            f"On input {_shorten(stopped_at.describe())} (expected {_shorten(stopped_at.expected)}) {ending}."
        )
        trace = _relabel(check.stderr.strip()[-MAX_STDERR_CHARS:], lines)
        if trace and check.status != RunStatus.TIMEOUT.value:
            parts.append(f"Its error output:\n{trace}")
        summary = summary or f"{check.status} on {stopped_at.describe()}"
    elif not failures:
        parts.append(f"First failure: {check.first_failure}")
    return Feedback(check.status, "\n\n".join(parts), summary)
