"""Verified translation: run every candidate against tests generated from the source function and
return the first that passes them all (TransCoder-ST's filter, applied at translation time).

Everything here runs through the sandbox (``run_programs``): the source function, to make the
expected values, and each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from transcoder.languages import get_language
from transcoder.languages.base import FunctionInfo
from transcoder.verify import testgen
from transcoder.verify.runners import Limits, RunResult, RunStatus, run_programs

DEFAULT_TESTS = 20
# Enough for the GfG-sized functions on small inputs; an endless loop costs this much once.
RUN_LIMITS = Limits(wall_seconds=10.0)
# When the source crashes on an input, that input is dropped and the rest run again, this often.
SOURCE_RERUNS = 3


@dataclass(frozen=True)
class GeneratedTest:
    function: str
    inputs: tuple[testgen.Value, ...]
    expected: str  # the source function's result, printed canonically

    def describe(self) -> str:
        return f"{self.function}({', '.join(repr(v) for v in self.inputs)})"


@dataclass
class CandidateCheck:
    index: int  # position among the candidates, from 0
    status: str  # "passed", "failed", "untestable", or the run's status (compile_error, timeout...)
    passed: int
    total: int
    first_failure: str = ""  # "f(3, 1): expected 4, got 5", or the compiler's first error line


@dataclass
class Verification:
    """What verification found; ``chosen`` is the index of the first candidate passing every test."""

    functions: list[str]  # the functions tested
    tests: list[GeneratedTest]
    checks: list[CandidateCheck] = field(default_factory=list)
    dropped_inputs: int = 0  # inputs on which the source itself failed
    skipped: dict[str, str] = field(default_factory=dict)  # function -> why it has no tests

    @property
    def chosen(self) -> int | None:
        return next((c.index for c in self.checks if c.status == "passed"), None)

    def summary(self) -> str:
        dropped = (
            f"; {self.dropped_inputs} inputs dropped: the source fails on them" if self.dropped_inputs else ""
        )
        lines = [f"verified {', '.join(self.functions)} on {len(self.tests)} generated tests{dropped}"]
        lines += [f"  not tested: {name}: {why}" for name, why in self.skipped.items()]
        for check in self.checks:
            detail = f": {check.first_failure}" if check.first_failure else ""
            lines.append(
                f"  candidate {check.index + 1}: {check.status} {check.passed}/{check.total}{detail}"
            )
        return "\n".join(lines)


Case = tuple[testgen.Interface, tuple[testgen.Value, ...]]


def _suites(cases: Sequence[Case]) -> tuple[list[testgen.Suite], list[tuple[int, int]]]:
    """Driver suites for ``cases`` (consecutive cases of one function share a suite) and each
    case's (suite, index) label."""
    suites: list[tuple[testgen.Interface, list[tuple[testgen.Value, ...]]]] = []
    labels = []
    for interface, values in cases:
        if not suites or suites[-1][0] is not interface:
            suites.append((interface, []))
        labels.append((len(suites) - 1, len(suites[-1][1])))
        suites[-1][1].append(values)
    return [(i, v) for i, v in suites], labels


def source_tests(language: str, code: str, cases: list[Case]) -> tuple[list[GeneratedTest], int]:
    """A test for each case on which the source ends normally, and how many were dropped."""
    tests: list[GeneratedTest] = []
    remaining, dropped = list(cases), 0
    for _ in range(SOURCE_RERUNS + 1):
        if not remaining:
            break
        suites, labels = _suites(remaining)
        run = run_programs(language, [testgen.driver(language, code, suites)], limits=RUN_LIMITS)[0]
        if run.status is RunStatus.COMPILE_ERROR:
            raise testgen.TestGenerationError(f"the source does not build: {_first_line(run.stderr)}")
        printed = testgen.printed_results(run.stdout)
        tests += [
            GeneratedTest(interface.name, values, printed[label])
            for (interface, values), label in zip(remaining, labels, strict=True)
            if label in printed
        ]
        if run.status is RunStatus.OK and all(label in printed for label in labels):
            return tests, dropped
        # The run stopped at the first case that printed nothing: drop it, run the rest again.
        stop = next(i for i, label in enumerate(labels) if label not in printed)
        dropped += 1
        remaining = [
            case for i, case in enumerate(remaining[stop + 1 :], stop + 1) if labels[i] not in printed
        ]
    return tests, dropped + len(remaining)


def check_candidates(
    language: str,
    candidates: Sequence[str],
    interfaces: dict[str, testgen.Interface],
    tests: Sequence[GeneratedTest],
) -> list[CandidateCheck]:
    """Each candidate against the tests (one sandboxed program per candidate, batched)."""
    programs: list[str | None] = []
    problems: list[str] = []
    labels: list[list[tuple[int, int]]] = []
    for code in candidates:
        try:
            own: dict[str, testgen.Interface] = {}
            for name, interface in interfaces.items():
                function = testgen.function_named(language, code, name)
                own[name] = (
                    testgen.with_spellings(interface, function)
                    if language != "python"
                    else testgen.Interface(function.name, interface.parameters, interface.result)
                )
            suites, case_labels = _suites([(own[test.function], test.inputs) for test in tests])
            programs.append(testgen.driver(language, code, suites))
            labels.append(case_labels)
            problems.append("")
        except testgen.TestGenerationError as error:
            programs.append(None)
            labels.append([])
            problems.append(str(error))
    runnable = [p for p in programs if p is not None]
    runs = iter(run_programs(language, runnable, limits=RUN_LIMITS) if runnable else [])
    checks = []
    for index, program in enumerate(programs):
        if program is None:
            checks.append(CandidateCheck(index, "untestable", 0, len(tests), problems[index]))
        else:
            checks.append(_judge(index, next(runs), tests, labels[index]))
    return checks


def _judge(index: int, run: RunResult, tests: Sequence[GeneratedTest], labels: list[tuple[int, int]]) -> CandidateCheck:  # fmt: skip
    if run.status is RunStatus.COMPILE_ERROR:
        return CandidateCheck(index, "compile_error", 0, len(tests), _first_line(run.stderr))
    printed = testgen.printed_results(run.stdout)
    passed, failure = 0, ""
    for test, label in zip(tests, labels, strict=True):
        actual = printed.get(label)
        if actual is not None and testgen.same_result(test.expected, actual):
            passed += 1
        elif not failure:
            got = f"nothing (the run ended: {run.status.value})" if actual is None else actual
            failure = f"{test.describe()}: expected {test.expected}, got {got}"
    if passed == len(tests):
        return CandidateCheck(index, "passed", passed, len(tests))
    status = run.status.value if run.status is not RunStatus.OK else "failed"
    return CandidateCheck(index, status, passed, len(tests), failure)


def verify_translation(
    source: str,
    source_code: str,
    target: str,
    candidates: Sequence[str],
    *,
    tests: int = DEFAULT_TESTS,
    seed: int = 0,
    function: str | None = None,
) -> Verification:
    """Generate ``tests`` tests per function of the source (or only ``function``) by running it,
    and check every candidate against them."""
    if function is not None:
        functions = [testgen.function_named(source, source_code, function)]
    else:
        functions = get_language(source).extract_functions(source_code)
    interfaces: dict[str, testgen.Interface] = {}
    skipped: dict[str, str] = {}
    for found in functions:
        try:
            interfaces[found.name] = _interface(source, found, target, candidates)
        except testgen.TestGenerationError as error:
            skipped[found.name] = str(error)
    if not interfaces:
        raise testgen.TestGenerationError(next(iter(skipped.values()), "no function to test"))
    cases: list[Case] = [
        (interface, values)
        for number, interface in enumerate(interfaces.values())
        for values in testgen.generate_inputs(interface, tests, seed + number)
    ]
    expected, dropped = source_tests(source, source_code, cases)
    if not expected:
        raise testgen.TestGenerationError("the source fails on every generated input")
    checks = check_candidates(target, candidates, interfaces, expected)
    return Verification(list(interfaces), expected, checks, dropped, skipped)


def _interface(
    source: str, function: FunctionInfo, target: str, candidates: Sequence[str]
) -> testgen.Interface:
    """The source function's interface; Python states no types, so the first typed candidate's."""
    try:
        return testgen.interface_of(function)
    except testgen.TestGenerationError:
        if source != "python" or target == "python":
            raise
    problems = []
    for code in candidates:
        try:
            typed = testgen.interface_of(testgen.function_named(target, code, function.name))
            return testgen.Interface(function.name, typed.parameters, typed.result)
        except testgen.TestGenerationError as error:
            problems.append(str(error))
    raise testgen.TestGenerationError(
        "its Python source states no types and no candidate gives them"
        + (f" ({problems[0]})" if problems else "")
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if "error" in line:
            return line.strip()[:200]
    return text.strip().splitlines()[0][:200] if text.strip() else ""
