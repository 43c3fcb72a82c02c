"""What the rule-engine tests that run translations share.

A case is a hand-written function and argument lists. ``driver`` makes a program in any of the
three languages that prints ``function(args)`` for each argument list, one result a line;
``run_translations`` runs every case's source and its translations in the sandbox (one batch per
language) and pairs what each translation printed with what its source printed.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

import pytest

if TYPE_CHECKING:
    from transcoder.verify.runners import Limits

Arg = int | float | str | list[int] | list[str]  # a list[str] holds one-character strings (a char array)
# (case name, target) -> (lines the source printed, lines the translation printed, the translation)
Outcomes = dict[tuple[str, str], tuple[list[str], list[str], str]]

# Binds a C++ argument list to both `int a[]` and `vector<int>&` parameters.
_CPP_ARG = "struct Arg { vector<int>& v; operator int*() { return v.data(); } operator vector<int>&() { return v; } };"


class NamedCase(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str: ...


CaseT = TypeVar("CaseT", bound=NamedCase)


@dataclass(frozen=True)
class CFamilyCase:
    """A C++ or Java function (or several; the entry point is ``function``) and its calls."""

    name: str
    language: str  # "cpp" or "java"
    code: str
    function: str
    calls: tuple[tuple[Arg, ...], ...]
    targets: tuple[str, ...] = ("java", "python")


def literal(language: str, value: Arg) -> str:
    """``value`` as a literal of ``language`` (lists as initialisers in C++)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | list):
        raise TypeError(value)
    if isinstance(value, str):
        return '"' + value + '"'
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        element, inner = "char", ", ".join(f"'{v}'" for v in value)
    elif isinstance(value, list):
        element, inner = "int", ", ".join(str(v) for v in value)
    else:
        return repr(value)
    return {
        "cpp": "{" + inner + "}",
        "java": f"new {element}[] {{" + inner + "}",
        "python": "[" + inner + "]",
    }[language]


def print_line(language: str, expression: str) -> str:
    """The statement printing ``expression`` on a line of its own."""
    return {
        "cpp": f"cout << {expression} << endl;",
        "java": f"System.out.println({expression});",
        "python": f"print({expression})",
    }[language]


def driver(
    language: str,
    code: str,
    function: str,
    calls: Sequence[tuple[Arg, ...]],
    *,
    show: Callable[[str, str], str] = print_line,
    cpp_arrays: Literal["array", "vector"] = "array",
    cpp_stream: str = "boolalpha",
    c_strings: bool = False,
) -> str:
    """A program in ``language``: ``code``, then ``show(language, function(args))`` for each call.

    In C++, an int list is an ``int`` array (``cpp_arrays="array"``) or a vector bound to both
    ``int a[]`` and ``vector<int>&`` (``"vector"``), a char list a ``char`` array, and ``cout`` is set
    up with ``cpp_stream``; with ``c_strings``, strings are char arrays (C++ ``char s[]``, Java
    ``char[]``)."""
    lines: list[str] = []
    for index, call in enumerate(calls):
        args = []
        for position, value in enumerate(call):
            name = f"a{index}_{position}"
            if isinstance(value, list) and value and isinstance(value[0], str) and language == "cpp":
                lines.append(f"char {name}[] = {literal('cpp', value)};")
                args.append(name)
            elif isinstance(value, list) and language == "cpp" and cpp_arrays == "vector":
                lines.append(f"vector<int> v{name} = {literal('cpp', value)};")
                lines.append(f"Arg {name}{{v{name}}};")
                args.append(name)
            elif isinstance(value, list) and language == "cpp":
                lines.append(f"int {name}[] = {literal('cpp', value)};")
                args.append(name)
            elif isinstance(value, str) and c_strings and language == "cpp":
                lines.append(f"char {name}[] = {literal('cpp', value)};")
                args.append(name)
            elif isinstance(value, str) and c_strings and language == "java":
                args.append(f"{literal('java', value)}.toCharArray()")
            else:
                args.append(literal(language, value))
        lines.append(show(language, f"{function}({', '.join(args)})"))
    header, code = embeddable(language, code)
    if language == "cpp":
        body = "\n    ".join(lines)
        arg = f"{_CPP_ARG}\n" if cpp_arrays == "vector" else ""
        return (
            f"{header}#include <bits/stdc++.h>\nusing namespace std;\n{arg}{code}\n"
            f"int main() {{\n    cout << {cpp_stream};\n    {body}\n}}\n"
        )
    if language == "java":
        body = "\n        ".join(lines)
        return (
            f"{header}import java.util.*;\npublic class Main {{\n{code}\n"
            f"    public static void main(String[] args) {{\n        {body}\n    }}\n}}\n"
        )
    return code + "\n\n" + "\n".join(lines) + "\n"


def embeddable(language: str, code: str) -> tuple[str, str]:
    """(the lines a program must start with, the rest) of a translation, so that a driver can put
    the rest where functions go: a whole Java file gives its class's members, C++ includes and
    Java imports go first (as the GfG harness does: ``bench.gfg.split_candidate``)."""
    from transcoder.bench.gfg import split_candidate

    hoisted, body = split_candidate(language, code)
    return "".join(f"{line}\n" for line in hoisted), body


def require_compilers() -> None:
    if shutil.which("g++") is None or shutil.which("javac") is None:
        pytest.skip("g++ and javac are needed to run translations")


def run_translations(
    cases: Sequence[CaseT],
    *,
    language_of: Callable[[CaseT], str],
    targets_of: Callable[[CaseT], Sequence[str]],
    translate: Callable[[CaseT, str], str],
    driver: Callable[[str, CaseT, str], str],
    read: Callable[[str], list[str]] = str.splitlines,
    must_run: bool = False,
    limits: Limits | None = None,
) -> Outcomes:
    """Run each case's source and its translation to each target (``driver(language, case, code)``
    programs), one sandbox batch per language, and read what each printed with ``read``.

    A run that fails reads as its status and the end of its stderr; with ``must_run`` that line
    also names the program, so it never equals another program's and fails that case's
    comparison. A refused translation reads as its refusal. Each case's test then fails on its
    own: one bad case never errors the whole module (as a failing fixture would)."""
    from transcoder.errors import TranscoderError
    from transcoder.verify.runners import run_programs

    require_compilers()
    programs: dict[str, list[tuple[tuple[str, str], str]]] = {}
    translations: dict[tuple[str, str], str] = {}
    printed: dict[tuple[str, str], list[str]] = {}
    for case in cases:
        language = language_of(case)
        programs.setdefault(language, []).append(((case.name, "source"), driver(language, case, case.code)))
        for target in targets_of(case):
            try:
                text = translate(case, target)
            except TranscoderError as error:  # recorded: that case's test fails, the others run
                translations[case.name, target] = ""
                printed[case.name, target] = [f"refused: {type(error).__name__}: {error}"]
                continue
            translations[case.name, target] = text
            programs.setdefault(target, []).append(((case.name, target), driver(target, case, text)))
    for language, items in programs.items():
        runs = run_programs(language, [source for _, source in items], limits=limits)
        for (key, source), run in zip(items, runs, strict=True):
            if run.status.value == "ok":
                printed[key] = read(run.stdout)
            elif must_run:
                printed[key] = [
                    f"{key} in {language} did not run: {run.status.value}",
                    run.stderr[-2000:],
                    source,
                ]
            else:
                printed[key] = [f"{run.status.value}: {run.stderr[-800:]}"]
    return {key: (printed[key[0], "source"], printed[key], text) for key, text in translations.items()}


def normalise(output: str) -> list[str]:
    """Lines without surrounding blanks, with booleans as 1/0 (``true`` in C++ and Java, ``True`` in Python)."""
    return [
        re.sub(r"^(True|true)$", "1", re.sub(r"^(False|false)$", "0", line.strip()))
        for line in output.strip().splitlines()
    ]


def cfamily_driver(language: str, case: CFamilyCase, code: str) -> str:
    return driver(language, code, case.function, case.calls)


def cfamily_outcomes(cases: Sequence[CFamilyCase]) -> Outcomes:
    """C++ and Java sources against their translations: every program must build and run, and
    their lines compare after ``normalise``."""
    from transcoder.engines.rules import translate_module
    from transcoder.verify.runners import Limits

    return run_translations(
        cases,
        language_of=lambda case: case.language,
        targets_of=lambda case: case.targets,
        translate=lambda case, target: translate_module(case.code, case.language, target),
        driver=cfamily_driver,
        read=normalise,
        must_run=True,
        # Generous: the machine may be busy; the programs themselves take milliseconds.
        limits=Limits(wall_seconds=60.0),
    )
