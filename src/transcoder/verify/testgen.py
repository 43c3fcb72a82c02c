"""Unit tests made by running the source function (TransCoder-ST's idea, used at translation time).

Inputs are drawn from the function's parameter types (whichever side states them: the source,
else a candidate), the *source* function is run on them in the sandbox, and each input whose run
ends normally becomes a test with the printed result as its expected value. A candidate passes a
test when its driver prints the same canonical value (numbers that parse as floats compare with a
relative tolerance of 1e-6, since translations may evaluate floating point in another order).

Conventions the GfG-style functions share, kept here because the generated inputs must respect
them: an ``int`` parameter named like a length (``n``, ``m``, ``len``, ``size``...) that follows an
array or string is that argument's length (``f(int arr[], int n)``; ``f(a[], b[], m, n)`` pairs in
order); arrays are never empty (C++ has no empty array initialiser); a function returning nothing
is judged by the arrays it leaves behind.

Only the language-neutral part is here. How a language spells types, writes argument values and
wraps the calls into a program is its ``testdriver`` module (``get_language(name).test_driver()``);
the shapes and interfaces both sides use are in ``transcoder.verify.values``.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence

from transcoder.languages import get_language
from transcoder.languages.base import FunctionInfo
from transcoder.verify.values import (
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
    "Interface",
    "Parameter",
    "Suite",
    "TestGenerationError",
    "Value",
    "ValueType",
    "driver",
    "function_named",
    "generate_inputs",
    "interface_of",
    "printed_results",
    "same_result",
    "with_spellings",
]

_LENGTH_NAME = re.compile(r"^(n|m|N|M|n\d|len|length|size|sz)$|(size|len|length|Size|Len|Length)$")
# An int named like a position after an array is an index into it (``f(arr, low, high)``).
_INDEX_NAME = re.compile(r"^(low|high|lo|hi|l|r|h|left|right|start|end|begin|first|last|idx|index|pos)$")
_RESULT_LINE = re.compile(r"^R(\d+)\.(\d+):(.*)$")


def interface_of(function: FunctionInfo) -> Interface:
    """The interface of a function whose types are written (C++, Java, or hinted Python), read by
    the test driver of its language."""
    if function.return_type is None and function.parameters:
        untyped = [p.name for p in function.parameters if p.type is None]
        if untyped:
            raise TestGenerationError(f"'{function.name}' does not state the types of {', '.join(untyped)}")
    if not function.language:
        raise TestGenerationError(f"the language of '{function.name}' is not known")
    spelling = get_language(function.language).test_driver()
    parameters: list[Parameter] = []
    for parameter in function.parameters:
        if parameter.type is None:
            raise TestGenerationError(f"'{function.name}' does not state the type of '{parameter.name}'")
        shape = spelling.value_type(parameter.type, f"parameter '{parameter.name}' of '{function.name}'")
        if shape is None:
            raise TestGenerationError(f"parameter '{parameter.name}' of '{function.name}' has type void")
        if shape.kind == "list" and (shape.element is None or shape.element.kind == "list"):
            raise TestGenerationError(
                f"cannot generate tests for '{function.name}': nested lists ('{parameter.name}')"
            )
        parameters.append(Parameter(parameter.name, shape, parameter.type))
    result = (
        spelling.value_type(function.return_type, f"the result of '{function.name}'")
        if function.return_type is not None
        else None  # Python without a return hint: judged by the lists it leaves behind
    )
    return Interface(function.name, tuple(_pair_lengths(parameters)), result, function.class_name)


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
            parameter = Parameter(parameter.name, parameter.type, parameter.spelled, unpaired.pop(0))
        elif (
            parameter.type.kind in ("int", "long")
            and last_sequence is not None
            and _INDEX_NAME.match(parameter.name)
        ):
            parameter = Parameter(parameter.name, parameter.type, parameter.spelled, index_into=last_sequence)
        paired.append(parameter)
    # ``f(a[], b[], n)``: arrays left without a length share the length of the next one given.
    for index in unpaired:
        later = next((p.length_of for p in paired[index + 1 :] if p.length_of is not None), None)
        if later is not None:
            current = paired[index]
            paired[index] = Parameter(current.name, current.type, current.spelled, same_length_as=later)
    return paired


def with_spellings(interface: Interface, function: FunctionInfo) -> Interface:
    """``interface`` with the parameter spellings of ``function`` (another language's version)."""
    if len(function.parameters) != len(interface.parameters):
        raise TestGenerationError(
            f"'{function.name}' takes {len(function.parameters)} parameters, the source function "
            f"{len(interface.parameters)}"
        )
    parameters = tuple(
        Parameter(p.name, p.type, q.type, p.length_of, p.index_into, p.same_length_as)
        for p, q in zip(interface.parameters, function.parameters, strict=True)
    )
    return Interface(function.name, parameters, interface.result, function.class_name)


def generate_inputs(interface: Interface, count: int, seed: int = 0) -> list[tuple[Value, ...]]:
    """``count`` argument tuples, reproducible from ``seed``: small values, scalars non-negative."""
    generator = random.Random(seed)
    inputs: list[tuple[Value, ...]] = []
    for _ in range(count):
        values: list[Value] = [_draw(generator, p.type) for p in interface.parameters]
        for index, parameter in enumerate(interface.parameters):
            if parameter.same_length_as is not None:
                size = len(values[parameter.same_length_as])  # type: ignore[arg-type]
                values[index] = [_draw(generator, parameter.type.element, element=True) for _ in range(size)]  # type: ignore[arg-type]
        for index, parameter in enumerate(interface.parameters):
            if parameter.length_of is not None:
                values[index] = len(values[parameter.length_of])  # type: ignore[arg-type]
            elif parameter.index_into is not None:
                values[index] = generator.randrange(len(values[parameter.index_into]))  # type: ignore[arg-type]
        inputs.append(tuple(values))
    return inputs


def _draw(generator: random.Random, shape: ValueType, element: bool = False) -> Value:
    if shape.kind in ("int", "long"):
        # Scalars are counts, sizes and indices far more often than not, and a C++ source given
        # a negative one reads outside its arrays (undefined, not a crash): keep them >= 0.
        # Array elements are data: negatives are common there.
        if element:
            return generator.randint(-20, 50)
        return generator.randint(0, 20) if generator.random() < 0.8 else generator.randint(0, 100)
    if shape.kind == "float":
        return round(generator.uniform(-10, 50), 2)
    if shape.kind == "bool":
        return generator.random() < 0.5
    if shape.kind == "char":
        return generator.choice("abcdefghxyz0123456789")
    if shape.kind == "str":
        alphabet = generator.choice(["abcde", "ab", "0123456789", "abcdefghijklmnopqrstuvwxyz"])
        return "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 8)))
    assert shape.element is not None
    return [_draw(generator, shape.element, element=True) for _ in range(generator.randint(1, 8))]


def driver(language: str, function_code: str, suites: Sequence[Suite]) -> str:
    """A program that calls each suite's function (defined in ``function_code``) on each of its
    inputs and prints ``R<suite>.<index>:<canonical result>``, flushing each line (a crash keeps
    what came before). The language's test driver writes the calls and the program around them."""
    writer = get_language(language).test_driver()
    calls = [
        line
        for number, (interface, inputs) in enumerate(suites)
        for index, values in enumerate(inputs)
        for line in writer.call(interface, values, f"R{number}.{index}:")
    ]
    return writer.program(function_code, calls, suites)


def printed_results(stdout: str) -> dict[tuple[int, int], str]:
    """``{(suite, input index): canonical value}`` from a driver's output."""
    found: dict[tuple[int, int], str] = {}
    for line in stdout.splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            found[int(match.group(1)), int(match.group(2))] = match.group(3)
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
    return re.split(r"[\[\],;]", text)


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
    entries = [f for f in functions if f.name not in called]
    return entries[-1] if entries else functions[-1]
