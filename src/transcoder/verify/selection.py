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
SOURCE_RERUNS = 8
STDERR_KEPT = 4000  # characters of a candidate's error output kept on its check


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
    # What a debugger (a person, or the LLM engine's feedback) looks at: the driver program that
    # ran, the end of its error output, and every failing test with what the candidate printed
    # (None: the run ended before that test).
    program: str = field(default="", repr=False)
    stderr: str = field(default="", repr=False)
    failures: list[tuple[GeneratedTest, str | None]] = field(default_factory=list, repr=False)


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


@dataclass(frozen=True)
class Request:
    """One translation to verify."""

    source: str
    source_code: str
    target: str
    candidates: tuple[str, ...]
    function: str | None = None  # the function to test; None: every function of the source


@dataclass
class _Plan:
    """A request on its way: its interfaces, the cases still to run on the source, the tests so far."""

    request: Request
    interfaces: dict[str, testgen.Interface]
    skipped: dict[str, str]
    remaining: list[Case]
    tests: list[GeneratedTest] = field(default_factory=list)
    dropped: int = 0
    error: str = ""


def verify_many(
    requests: Sequence[Request], *, tests: int = DEFAULT_TESTS, seed: int = 0, jobs: int | None = None
) -> list[Verification | testgen.TestGenerationError]:
    """``verify_translation`` for many requests at once: the sources of one language run as one
    batch, the candidates of one language as another, so the sandbox's batching pays off."""
    plans: list[_Plan | testgen.TestGenerationError] = []
    for request in requests:
        try:
            plans.append(_plan(request, tests, seed))
        except testgen.TestGenerationError as error:
            plans.append(error)
    live = [p for p in plans if isinstance(p, _Plan)]
    for _ in range(SOURCE_RERUNS + 1):
        pending = [p for p in live if p.remaining and not p.error]
        if not pending:
            break
        for language in sorted({p.request.source for p in pending}):
            group = [p for p in pending if p.request.source == language]
            programs, labels = [], []
            for plan in group:
                suites, case_labels = _suites(plan.remaining)
                programs.append(testgen.driver(language, plan.request.source_code, suites))
                labels.append(case_labels)
            runs = run_programs(language, programs, limits=RUN_LIMITS, jobs=jobs, sanitized=True)
            for plan, run, case_labels in zip(group, runs, labels, strict=True):
                _absorb_source_run(plan, run, case_labels)
    results: list[Verification | testgen.TestGenerationError] = []
    checks = _check_all([p for p in live if p.tests and not p.error], jobs)
    for plan in plans:
        if isinstance(plan, testgen.TestGenerationError):
            results.append(plan)
        elif plan.error:
            results.append(testgen.TestGenerationError(plan.error))
        elif not plan.tests:
            results.append(testgen.TestGenerationError("the source fails on every generated input"))
        else:
            # Cases the reruns never reached count as dropped.
            dropped = plan.dropped + len(plan.remaining)
            results.append(
                Verification(list(plan.interfaces), plan.tests, checks[id(plan)], dropped, plan.skipped)
            )
    return results


def _plan(request: Request, tests: int, seed: int) -> _Plan:
    if request.function is not None:
        functions = [testgen.function_named(request.source, request.source_code, request.function)]
    else:
        functions = get_language(request.source).extract_functions(request.source_code)
    interfaces: dict[str, testgen.Interface] = {}
    skipped: dict[str, str] = {}
    for found in functions:
        try:
            interfaces[found.name] = _interface(request.source, found, request.target, request.candidates)
        except testgen.TestGenerationError as error:
            skipped[found.name] = str(error)
    if not interfaces:
        raise testgen.TestGenerationError(next(iter(skipped.values()), "no function to test"))
    cases: list[Case] = [
        (interface, values)
        for number, interface in enumerate(interfaces.values())
        for values in testgen.generate_inputs(interface, tests, seed + number)
    ]
    return _Plan(request, interfaces, skipped, cases)


def _absorb_source_run(plan: _Plan, run: RunResult, labels: list[tuple[int, int]]) -> None:
    """Keep the cases the source ran to the end as tests; drop the one it stopped at."""
    if run.status is RunStatus.COMPILE_ERROR:
        plan.error = f"the source does not build: {_first_line(run.stderr)}"
        return
    printed = testgen.printed_results(run.stdout)
    plan.tests += [
        GeneratedTest(interface.name, values, printed[label])
        for (interface, values), label in zip(plan.remaining, labels, strict=True)
        if label in printed
    ]
    if run.status is RunStatus.OK and all(label in printed for label in labels):
        plan.remaining = []
        return
    stop = next((i for i, label in enumerate(labels) if label not in printed), len(labels))
    plan.dropped += 1
    plan.remaining = [
        case for i, case in enumerate(plan.remaining[stop + 1 :], stop + 1) if labels[i] not in printed
    ]


def _check_all(plans: Sequence[_Plan], jobs: int | None) -> dict[int, list[CandidateCheck]]:
    """Every candidate of every plan against its tests, one batch per target language."""
    checks: dict[int, list[CandidateCheck]] = {id(plan): [] for plan in plans}
    for language in sorted({p.request.target for p in plans}):
        entries: list[tuple[_Plan, int, str, list[tuple[int, int]]]] = []
        for plan in (p for p in plans if p.request.target == language):
            for index, code in enumerate(plan.request.candidates):
                try:
                    program, labels = _candidate_program(language, code, plan.interfaces, plan.tests)
                    entries.append((plan, index, program, labels))
                except testgen.TestGenerationError as error:
                    checks[id(plan)].append(
                        CandidateCheck(index, "untestable", 0, len(plan.tests), str(error))
                    )
        runs = run_programs(language, [e[2] for e in entries], limits=RUN_LIMITS, jobs=jobs, sanitized=True)
        for (plan, index, program, labels), run in zip(entries, runs, strict=True):
            check = _judge(index, run, plan.tests, labels)
            check.program, check.stderr = program, run.stderr[-STDERR_KEPT:]
            checks[id(plan)].append(check)
    for found in checks.values():
        found.sort(key=lambda check: check.index)
    return checks


def _candidate_program(
    language: str, code: str, interfaces: dict[str, testgen.Interface], tests: Sequence[GeneratedTest]
) -> tuple[str, list[tuple[int, int]]]:
    own: dict[str, testgen.Interface] = {}
    for name, interface in interfaces.items():
        function = testgen.function_named(language, code, name)
        own[name] = (
            testgen.with_spellings(interface, function)
            if language != "python"
            else testgen.Interface(function.name, interface.parameters, interface.result)
        )
    suites, labels = _suites([(own[test.function], test.inputs) for test in tests])
    return testgen.driver(language, code, suites), labels


def _judge(index: int, run: RunResult, tests: Sequence[GeneratedTest], labels: list[tuple[int, int]]) -> CandidateCheck:  # fmt: skip
    if run.status is RunStatus.COMPILE_ERROR:
        return CandidateCheck(index, "compile_error", 0, len(tests), _first_line(run.stderr))
    printed = testgen.printed_results(run.stdout)
    passed, failure = 0, ""
    failures: list[tuple[GeneratedTest, str | None]] = []
    for test, label in zip(tests, labels, strict=True):
        actual = printed.get(label)
        if actual is not None and testgen.same_result(test.expected, actual):
            passed += 1
            continue
        failures.append((test, actual))
        if not failure:
            got = f"nothing (the run ended: {run.status.value})" if actual is None else actual
            failure = f"{test.describe()}: expected {test.expected}, got {got}"
    if passed == len(tests):
        return CandidateCheck(index, "passed", passed, len(tests))
    status = run.status.value if run.status is not RunStatus.OK else "failed"
    return CandidateCheck(index, status, passed, len(tests), failure, failures=failures)


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
    result = verify_many(
        [Request(source, source_code, target, tuple(candidates), function)], tests=tests, seed=seed
    )[0]
    if isinstance(result, testgen.TestGenerationError):
        raise result
    return result


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
