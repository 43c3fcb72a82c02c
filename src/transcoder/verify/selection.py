"""Verified translation: run every candidate against tests generated from the source function and
return the first that passes them all (TransCoder-ST's filter, applied at translation time).

Everything here runs through the sandbox (``run_programs``): the source function, to make the
expected values, and each candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from transcoder.languages import get_language
from transcoder.languages.base import FunctionInfo
from transcoder.verify import testgen
from transcoder.verify.runners import Limits, RunResult, RunStatus, run_programs

DEFAULT_TESTS = 20
# Each call is guarded by the driver (values.CALL_SECONDS, at most values.MAX_TIMEOUTS timeouts a
# program), so a whole program ends well within this even when stuck.
RUN_LIMITS = Limits(wall_seconds=30.0)
# A source call gets this long; an input on which the source takes more than SLOW_SOURCE_CALL is
# dropped too, since a faithful translation into a slower language could not answer it within
# CALL_SECONDS (Python runs the same loop 20-50 times slower than C++ or Java).
SOURCE_CALL_SECONDS = 1.0
SLOW_SOURCE_CALL = 0.1
# When the source's program dies (not a single call: the driver guards those), the input it
# stopped at is dropped and the rest run again, this often.
SOURCE_RERUNS = 8
STDERR_KEPT = 4000  # characters of a candidate's error output kept on its check
BOUNDARY_SHOWN = 5  # boundary failures listed per candidate in a summary


@dataclass(frozen=True)
class GeneratedTest:
    function: str
    inputs: tuple[testgen.Value, ...]
    expected: str  # the source function's result, printed canonically
    boundary: str = ""  # what makes the input a boundary one ("n=0 (empty)"); "" for a random one

    def describe(self) -> str:
        call = f"{self.function}({', '.join(_shown(v) for v in self.inputs)})"
        return f"{call} [{self.boundary}]" if self.boundary else call


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

    @property
    def boundary_failures(self) -> list[str]:
        """Each failed boundary input: "f(2147483647) [x=2147483647 (int32 max)]: expected 1, got 0"."""
        return [_failure_line(test, actual) for test, actual in self.failures if test.boundary]


@dataclass
class Verification:
    """What verification found; ``chosen`` is the index of the first candidate passing every test."""

    functions: list[str]  # the functions tested
    tests: list[GeneratedTest]
    checks: list[CandidateCheck] = field(default_factory=list)
    dropped_inputs: int = 0  # inputs on which the source itself failed
    skipped: dict[str, str] = field(default_factory=dict)  # function -> why it has no tests
    slow_inputs: int = 0  # inputs dropped because the source took too long on them

    @property
    def chosen(self) -> int | None:
        return next((c.index for c in self.checks if c.status == "passed"), None)

    def summary(self) -> str:
        dropped = (
            f"; {self.dropped_inputs} inputs dropped: the source fails on them" if self.dropped_inputs else ""
        )
        slow = f"; {self.slow_inputs} dropped: the source is too slow on them" if self.slow_inputs else ""
        boundary = sum(1 for test in self.tests if test.boundary)
        lines = [
            f"verified {', '.join(self.functions)} on {len(self.tests)} generated tests "
            f"({boundary} boundary){dropped}{slow}"
        ]
        lines += [f"  not tested: {name}: {why}" for name, why in self.skipped.items()]
        for check in self.checks:
            detail = f": {check.first_failure}" if check.first_failure else ""
            lines.append(
                f"  candidate {check.index + 1}: {check.status} {check.passed}/{check.total}{detail}"
            )
            failed = check.boundary_failures
            if failed:
                lines.append(f"    fails {len(failed)} of {boundary} boundary inputs:")
                lines += [f"      {line}" for line in failed[:BOUNDARY_SHOWN]]
                if len(failed) > BOUNDARY_SHOWN:
                    lines.append(f"      ... and {len(failed) - BOUNDARY_SHOWN} more")
        return "\n".join(lines)


Case = tuple[testgen.Interface, tuple[testgen.Value, ...], str]  # interface, input, boundary label


def _suites(
    cases: Sequence[tuple[testgen.Interface, tuple[testgen.Value, ...]]],
) -> tuple[list[testgen.Suite], list[tuple[int, int]]]:
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
    # Inputs chosen by the caller (a property-based test's), by function name, instead of generated
    # ones; a function not named here is not tested.
    given: dict[str, list[tuple[testgen.Value, ...]]] | None = field(default=None, compare=False)


@dataclass
class _Plan:
    """A request on its way: its interfaces, the cases still to run on the source, the tests so far."""

    request: Request
    interfaces: dict[str, testgen.Interface]
    skipped: dict[str, str]
    remaining: list[Case]
    tests: list[GeneratedTest] = field(default_factory=list)
    dropped: int = 0
    slow: int = 0
    error: str = ""


@dataclass(frozen=True)
class InputChoice:
    """Which inputs a verification runs: ``count`` random ones per function from ``seed``, after
    the boundary ones (``boundary``); or, ``independent``, a second random set from other
    distributions and no boundary inputs (a second opinion on translations that passed)."""

    count: int = DEFAULT_TESTS
    seed: int = 0
    boundary: bool = True
    independent: bool = False

    def inputs(self, interface: testgen.Interface, number: int) -> list[testgen.GeneratedInput]:
        seed = self.seed + number
        if self.independent:
            return [
                testgen.GeneratedInput(v) for v in testgen.independent_inputs(interface, self.count, seed)
            ]
        return testgen.test_inputs(interface, self.count, seed, boundary=self.boundary)


def verify_many(
    requests: Sequence[Request],
    *,
    tests: int = DEFAULT_TESTS,
    seed: int = 0,
    jobs: int | None = None,
    boundary: bool = True,
    independent: bool = False,
) -> list[Verification | testgen.TestGenerationError]:
    """``verify_translation`` for many requests at once: the sources of one language run as one
    batch, the candidates of one language as another, so the sandbox's batching pays off."""
    choice = InputChoice(tests, seed, boundary, independent)
    plans: list[_Plan | testgen.TestGenerationError] = []
    for request in requests:
        try:
            plans.append(_plan(request, choice))
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
                suites, case_labels = _suites([(case[0], case[1]) for case in plan.remaining])
                source_code = plan.request.source_code
                programs.append(testgen.driver(language, source_code, suites, SOURCE_CALL_SECONDS))
                labels.append(case_labels)
            runs = run_programs(language, programs, limits=RUN_LIMITS, jobs=jobs, sanitized=True)
            for plan, run, case_labels in zip(group, runs, labels, strict=True):
                _absorb_source_run(plan, run, case_labels)
    results: list[Verification | testgen.TestGenerationError] = []
    checks = _check_all([p for p in live if p.tests and not p.error], jobs)
    for entry in plans:
        if isinstance(entry, testgen.TestGenerationError):
            results.append(entry)
            continue
        plan = entry
        if plan.error:
            results.append(testgen.TestGenerationError(plan.error))
        elif not plan.tests:
            results.append(testgen.TestGenerationError("the source fails on every generated input"))
        else:
            # Cases the reruns never reached count as dropped.
            dropped = plan.dropped + len(plan.remaining)
            results.append(
                Verification(
                    list(plan.interfaces), plan.tests, checks[id(plan)], dropped, plan.skipped, plan.slow
                )
            )
    return results


def _plan(request: Request, choice: InputChoice) -> _Plan:
    if request.function is not None:
        functions = [testgen.function_named(request.source, request.source_code, request.function)]
    else:
        functions = get_language(request.source).extract_functions(request.source_code)
    interfaces: dict[str, testgen.Interface] = {}
    skipped: dict[str, str] = {}
    every = get_language(request.source).extract_functions(request.source_code)
    for found in functions:
        if found.class_name and found.name in (found.class_name, "__init__"):
            continue  # a constructor: exercised by the methods that need an instance
        try:
            interfaces[found.name] = _interface(request, found, every)
        except testgen.TestGenerationError as error:
            skipped[found.name] = str(error)
    if not interfaces:
        raise testgen.TestGenerationError(next(iter(skipped.values()), "no function to test"))
    if request.given is not None:
        interfaces = {name: interface for name, interface in interfaces.items() if name in request.given}
        cases: list[Case] = [
            (interface, values, "") for name, interface in interfaces.items() for values in request.given[name]
        ]
        return _Plan(request, interfaces, skipped, cases)
    cases = [
        (interface, generated.values, generated.boundary)
        for number, interface in enumerate(interfaces.values())
        for generated in choice.inputs(interface, number)
    ]
    return _Plan(request, interfaces, skipped, cases)


def _absorb_source_run(plan: _Plan, run: RunResult, labels: list[tuple[int, int]]) -> None:
    """Keep the cases the source answered quickly as tests; drop those it failed or was slow on,
    and the one at which its whole program stopped (the rest run again)."""
    if run.status is RunStatus.COMPILE_ERROR:
        plan.error = f"the source does not build: {_first_line(run.stderr)}"
        return
    outcomes = testgen.call_outcomes(run.stdout)
    reached: set[tuple[int, int]] = set()
    skipped = False  # the driver stopped calling after its timeouts: the rest run again, none to blame
    for (interface, values, boundary), label in zip(plan.remaining, labels, strict=True):
        outcome = outcomes.get(label)
        if outcome is None or (outcome.value is None and outcome.failure in ("", "skipped")):
            skipped = skipped or (outcome is not None and outcome.failure == "skipped")
            continue
        reached.add(label)
        slow = outcome.seconds is not None and outcome.seconds > SLOW_SOURCE_CALL
        if outcome.failure == "timeout" or (outcome.value is not None and slow):
            plan.slow += 1
        elif outcome.value is None:
            plan.dropped += 1
        else:
            plan.tests.append(GeneratedTest(interface.name, values, outcome.value, boundary))
    unreached = [i for i, label in enumerate(labels) if label not in reached]
    if not skipped and unreached:
        plan.dropped += 1  # the input at which the whole program stopped
        unreached = unreached[1:]
    plan.remaining = [plan.remaining[i] for i in unreached]


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
        if language != "python":
            own[name] = testgen.with_spellings(interface, function)
        else:
            # Python states no types to spell: the values keep the source's shapes.
            mine = testgen.with_spellings(interface, function)
            own[name] = replace(mine, parameters=interface.parameters)
    suites, labels = _suites([(own[test.function], test.inputs) for test in tests])
    return testgen.driver(language, code, suites), labels


def _judge(index: int, run: RunResult, tests: Sequence[GeneratedTest], labels: list[tuple[int, int]]) -> CandidateCheck:  # fmt: skip
    if run.status is RunStatus.COMPILE_ERROR:
        return CandidateCheck(index, "compile_error", 0, len(tests), _first_line(run.stderr))
    outcomes = testgen.call_outcomes(run.stdout)
    passed, failure = 0, ""
    failures: list[tuple[GeneratedTest, str | None]] = []
    for test, label in zip(tests, labels, strict=True):
        outcome = outcomes.get(label)
        actual = outcome.value if outcome is not None else None
        if actual is not None and testgen.same_result(test.expected, actual):
            passed += 1
            continue
        failures.append((test, actual))
        if not failure:
            if actual is not None:
                got = actual
            elif outcome is not None and outcome.failure:
                got = f"nothing ({outcome.failure})"
            else:
                got = f"nothing (the run ended: {run.status.value})"
            failure = f"{test.describe()}: expected {test.expected}, got {got}"
    if passed == len(tests):
        return CandidateCheck(index, "passed", passed, len(tests))
    status = (
        run.status.value
        if run.status is not RunStatus.OK
        else _failure_status(outcomes, failures, labels, tests)
    )
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
    boundary: bool = True,
) -> Verification:
    """Generate tests per function of the source (or only ``function``) by running it on its
    boundary inputs (with ``boundary``) and ``tests`` random ones, and check every candidate
    against them."""
    result = verify_many(
        [Request(source, source_code, target, tuple(candidates), function)],
        tests=tests,
        seed=seed,
        boundary=boundary,
    )[0]
    if isinstance(result, testgen.TestGenerationError):
        raise result
    return result


def _interface(request: Request, function: FunctionInfo, siblings: Sequence[FunctionInfo]) -> testgen.Interface:  # fmt: skip
    """The source function's interface; Python states no types, so the first typed candidate's."""
    try:
        return testgen.interface_of(function, siblings)
    except testgen.TestGenerationError:
        if request.source != "python" or request.target == "python":
            raise
    problems = []
    own = testgen.receiverless(function)
    for code in request.candidates:
        try:
            typed = testgen.interface_of(testgen.function_named(request.target, code, function.name))
            if len(typed.parameters) != len(own):
                raise testgen.TestGenerationError(
                    f"the candidate's '{typed.name}' takes {len(typed.parameters)} parameters, the source {len(own)}"
                )
            parameters = tuple(replace(p, name=q.name) for p, q in zip(typed.parameters, own, strict=True))
            return testgen.Interface(
                function.name, parameters, typed.result, function.class_name, _source_kind(function)
            )
        except testgen.TestGenerationError as error:
            problems.append(str(error))
    raise testgen.TestGenerationError(
        "its Python source states no types and no candidate gives them"
        + (f" ({problems[0]})" if problems else "")
    )


def _failure_status(
    outcomes: dict[tuple[int, int], testgen.CallOutcome],
    failures: list[tuple[GeneratedTest, str | None]],
    labels: list[tuple[int, int]],
    tests: Sequence[GeneratedTest],
) -> str:
    """How a run that ended normally failed, from its first failing call: a wrong value
    ("failed"), an exception or crash ("runtime_error"), or a call out of time ("timeout")."""
    label = labels[list(tests).index(failures[0][0])]
    outcome = outcomes.get(label)
    if outcome is None or outcome.value is not None or not outcome.failure:
        return "failed"
    return "timeout" if outcome.failure in ("timeout", "skipped") else "runtime_error"


def _source_kind(function: FunctionInfo) -> str:
    if not function.class_name:
        return "function"
    if function.parameters and function.parameters[0].name == "cls":
        return "static_method"
    return function.kind


def _shown(value: testgen.Value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _failure_line(test: GeneratedTest, actual: str | None) -> str:
    return f"{test.describe()}: expected {test.expected}, got {actual if actual is not None else 'nothing'}"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if "error" in line:
            return line.strip()[:200]
    return text.strip().splitlines()[0][:200] if text.strip() else ""
