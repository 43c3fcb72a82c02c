"""Unit tests made by running the source function (TransCoder-ST's idea, used at translation time).

Inputs are drawn from the function's parameter types (whichever side states them: the source,
else a candidate), the *source* function is run on them in the sandbox, and each input whose run
ends normally becomes a test with the printed result as its expected value. A candidate passes a
test when its driver prints the same canonical value (numbers that parse as floats compare with a
relative tolerance of 1e-6, since translations may evaluate floating point in another order).

Conventions the GfG-style functions share, kept here because the generated inputs must respect
them: an ``int`` parameter named like a length (``n``, ``m``, ``len``, ``size``...) that follows an
array or string is that argument's length (``f(int arr[], int n)``; ``f(a[], b[], m, n)`` pairs in
order); a function returning nothing is judged by the containers it leaves behind. Verification
runs boundary inputs (``transcoder.verify.inputs``) before the random ones, each labelled with what
makes it special, so that a report can say which boundary inputs a translation fails.

Only the language-neutral part is here. How a language spells types, writes argument values and
wraps the calls into a program is its ``testdriver`` module (``get_language(name).test_driver()``);
the shapes and interfaces both sides use are in ``transcoder.verify.values``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from transcoder.languages import get_language
from transcoder.languages.base import FunctionInfo
from transcoder.languages.base import Parameter as SourceParameter
from transcoder.verify.inputs import GeneratedInput, boundary_inputs, independent_inputs, random_inputs
from transcoder.verify.values import (
    CALL_SECONDS,
    SCALARS,
    Interface,
    Parameter,
    Suite,
    TestGenerationError,
    Value,
    ValueType,
)

__all__ = [
    "SCALARS",
    "CallOutcome",
    "GeneratedInput",
    "Interface",
    "Parameter",
    "Suite",
    "TestGenerationError",
    "Value",
    "ValueType",
    "boundary_inputs",
    "call_outcomes",
    "driver",
    "function_named",
    "generate_inputs",
    "independent_inputs",
    "interface_of",
    "printed_results",
    "same_result",
    "with_spellings",
]

_LENGTH_NAME = re.compile(r"^(n|m|N|M|n\d|len|length|size|sz)$|(size|len|length|Size|Len|Length)$")
# An int named like a position after an array is an index into it (``f(arr, low, high)``).
_INDEX_NAME = re.compile(r"^(low|high|lo|hi|l|r|h|left|right|start|end|begin|first|last|idx|index|pos)$")
_RESULT_LINE = re.compile(r"^R(\d+)\.(\d+):(.*)$")
_OUTCOME_LINE = re.compile(r"^([RT])(\d+)\.(\d+)([:!])(.*)$")
_RAW_ARRAY = re.compile(r"(\[\w*\]|\*)\s*$")


def interface_of(function: FunctionInfo, siblings: Sequence[FunctionInfo] = ()) -> Interface:
    """The interface of a function whose types are written (C++, Java, or hinted Python), read by
    the test driver of its language. ``siblings`` (the other functions of its file) tell whether a
    method's class can be made without arguments."""
    if function.class_name and function.name in (function.class_name, "__init__"):
        raise TestGenerationError(f"'{function.name}' is a constructor")
    parameters_written = receiverless(function)
    if function.return_type is None and parameters_written:
        untyped = [p.name for p in parameters_written if p.type is None]
        if untyped:
            raise TestGenerationError(f"'{function.name}' does not state the types of {', '.join(untyped)}")
    if not function.language:
        raise TestGenerationError(f"the language of '{function.name}' is not known")
    if function.kind == "method" and function.class_name:
        _check_constructible(function, siblings)
    spelling = get_language(function.language).test_driver()
    parameters: list[Parameter] = []
    for parameter in parameters_written:
        if parameter.type is None:
            raise TestGenerationError(f"'{function.name}' does not state the type of '{parameter.name}'")
        shape = spelling.value_type(parameter.type, f"parameter '{parameter.name}' of '{function.name}'")
        if shape is None:
            raise TestGenerationError(f"parameter '{parameter.name}' of '{function.name}' has type void")
        raw = function.language == "cpp" and shape.kind == "list" and bool(_RAW_ARRAY.search(parameter.type))
        parameters.append(Parameter(parameter.name, shape, parameter.type, nonempty=raw))
    result = (
        spelling.value_type(function.return_type, f"the result of '{function.name}'")
        if function.return_type is not None
        else None  # Python without a return hint: judged by the lists it leaves behind
    )
    return Interface(
        function.name, tuple(_pair_lengths(parameters)), result, function.class_name, _kind(function)
    )


def receiverless(function: FunctionInfo) -> tuple[SourceParameter, ...]:
    """The parameters a caller passes: a Python method's ``self`` or ``cls`` is not one of them."""
    parameters = function.parameters
    python_method = function.language == "python" and function.class_name and parameters
    return parameters[1:] if python_method and parameters[0].name in ("self", "cls") else parameters


def _kind(function: FunctionInfo) -> str:
    if not function.class_name:
        return "function"
    if function.language == "python" and function.parameters and function.parameters[0].name == "cls":
        return "static_method"  # a class method is called on the class too
    return function.kind


def _check_constructible(function: FunctionInfo, siblings: Sequence[FunctionInfo]) -> None:
    constructors = [
        f
        for f in siblings
        if f.class_name == function.class_name and f.name in (function.class_name, "__init__")
    ]
    if constructors and not any(len(receiverless(c)) == 0 for c in constructors):
        raise TestGenerationError(
            f"'{function.name}' needs an instance of {function.class_name}, which has no constructor "
            "without arguments"
        )


def _pair_lengths(parameters: list[Parameter]) -> list[Parameter]:
    """Mark length parameters: each takes the next unpaired array/string before it, in order."""
    unpaired: list[int] = []
    last_sequence: int | None = None
    paired: list[Parameter] = []
    for index, parameter in enumerate(parameters):
        if parameter.type.kind in ("list", "str"):
            unpaired.append(index)
            last_sequence = index
        elif parameter.type.kind in ("int", "long") and unpaired and _LENGTH_NAME.search(parameter.name):
            parameter = _replace(parameter, length_of=unpaired.pop(0))
        elif (
            parameter.type.kind in ("int", "long")
            and last_sequence is not None
            and _INDEX_NAME.match(parameter.name)
        ):
            parameter = _replace(parameter, index_into=last_sequence)
        paired.append(parameter)
    # ``f(a[], b[], n)``: arrays left without a length share the length of the next one given.
    for index in unpaired:
        later = next((p.length_of for p in paired[index + 1 :] if p.length_of is not None), None)
        if later is not None:
            paired[index] = _replace(paired[index], same_length_as=later)
    return paired


def _replace(parameter: Parameter, **changes: object) -> Parameter:
    return replace(parameter, **changes)  # type: ignore[arg-type]


def with_spellings(interface: Interface, function: FunctionInfo) -> Interface:
    """``interface`` with the parameter spellings, class and kind of ``function`` (another
    language's version of it)."""
    own = receiverless(function)
    if len(own) != len(interface.parameters):
        raise TestGenerationError(
            f"'{function.name}' takes {len(own)} parameters, the source function {len(interface.parameters)}"
        )
    parameters = tuple(_replace(p, spelled=q.type) for p, q in zip(interface.parameters, own, strict=True))
    return Interface(function.name, parameters, interface.result, function.class_name, _kind(function))


def generate_inputs(interface: Interface, count: int, seed: int = 0) -> list[tuple[Value, ...]]:
    """``count`` random argument tuples, reproducible from ``seed``: small values, scalars
    non-negative (see ``transcoder.verify.inputs`` for boundary and independent inputs)."""
    return random_inputs(interface, count, seed)


def test_inputs(
    interface: Interface, count: int, seed: int = 0, *, boundary: bool = True
) -> list[GeneratedInput]:
    """What verification runs: the boundary inputs of ``interface`` (with ``boundary``), then
    ``count`` random ones."""
    found = boundary_inputs(interface, seed) if boundary else []
    return found + [GeneratedInput(values) for values in random_inputs(interface, count, seed)]


test_inputs.__test__ = False  # type: ignore[attr-defined]  # a generator, not a pytest test


def driver(
    language: str, function_code: str, suites: Sequence[Suite], call_seconds: float = CALL_SECONDS
) -> str:
    """A program that calls each suite's function (defined in ``function_code``) on each of its
    inputs and prints ``R<suite>.<index>:<canonical result>``, flushing each line (a crash keeps
    what came before), or why a call has no result, and each call's time (see
    ``transcoder.verify.values``). The language's test driver writes the calls and the program."""
    writer = get_language(language).test_driver()
    calls = [
        line
        for number, (interface, inputs) in enumerate(suites)
        for index, values in enumerate(inputs)
        for line in writer.call(interface, values, f"{number}.{index}")
    ]
    return writer.program(function_code, calls, suites, call_seconds)


def printed_results(stdout: str) -> dict[tuple[int, int], str]:
    """``{(suite, input index): canonical value}`` from a driver's output."""
    found: dict[tuple[int, int], str] = {}
    for line in stdout.splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            found[int(match.group(1)), int(match.group(2))] = match.group(3)
    return found


@dataclass
class CallOutcome:
    """What a driver printed about one call."""

    value: str | None = None  # the canonical result; None when the call did not return
    failure: str = ""  # why it did not ("raised IndexError", "timeout", "crashed signal 6", "skipped")
    seconds: float | None = None


def call_outcomes(stdout: str) -> dict[tuple[int, int], CallOutcome]:
    """``{(suite, input index): outcome}`` from a driver's output (calls it never reached are
    absent)."""
    found: dict[tuple[int, int], CallOutcome] = {}
    for line in stdout.splitlines():
        match = _OUTCOME_LINE.match(line)
        if not match:
            continue
        kind, key, separator, text = (
            match.group(1),
            (int(match.group(2)), int(match.group(3))),
            match.group(4),
            match.group(5),
        )
        outcome = found.setdefault(key, CallOutcome())
        if kind == "T":
            try:
                outcome.seconds = float(text)
            except ValueError:
                continue
        elif separator == ":":
            outcome.value = text
        else:
            outcome.failure = text
    return found


# Relative tolerance of two printed numbers. The drivers print floats with enough digits to read
# them back exactly, so only a different order of evaluation separates a faithful translation's
# result: 1e-6 is far above that. Values printed with fewer digits need a looser one (C++'s ``cout`` prints
# 6 significant digits: ``2.33333`` for 7 / 3.0, 1.4e-6 away; see benchmarks/gfg_agreement.py).
RELATIVE_TOLERANCE = 1e-6


def same_result(expected: str, actual: str, *, rel_tol: float = RELATIVE_TOLERANCE) -> bool:
    """Equal text, or numbers (also inside lists) equal within ``rel_tol`` (relative; 1e-9 absolute
    near zero); NaN equals NaN."""
    if expected == actual:
        return True
    left, right = _split_values(expected), _split_values(actual)
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        try:
            x, y = float(a), float(b)
        except ValueError:
            return False
        if not (math.isclose(x, y, rel_tol=rel_tol, abs_tol=1e-9) or (math.isnan(x) and math.isnan(y))):
            return False
    return True


def _split_values(text: str) -> list[str]:
    return re.split(r"[\[\],;{}:]", text)


def function_named(language: str, code: str, name: str | None) -> FunctionInfo:
    """The function to test in ``code``: ``name`` if given, else the one no other function calls
    (the entry point), else the last."""
    functions = get_language(language).extract_functions(code)
    if not functions:
        raise TestGenerationError(f"no function found in the {language} code")
    if name is not None:
        for function in functions:
            if function.name == name:
                return function
        if len(functions) == 1:
            return functions[0]  # a single function under another name (an engine renamed it)
        raise TestGenerationError(f"no function '{name}' in the {language} code")
    called = {f.name for f in functions for g in functions if g is not f and re.search(rf"\b{re.escape(f.name)}\s*\(", g.text)}  # fmt: skip
    functions = [
        f for f in functions if not (f.class_name and f.name in (f.class_name, "__init__"))
    ] or functions
    entries = [f for f in functions if f.name not in called]
    return entries[-1] if entries else functions[-1]
