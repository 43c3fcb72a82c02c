"""The rule engine's pipeline: the one place where the order of its stages is written.

    source text
      │  front end of the source language (SOURCES): parse and lower to the IR, once,
      │  whatever the target
      ▼
    ir.Module (target-neutral) and the front end's warnings
      │  source passes (SOURCES[source].passes): what the source language's semantics ask of
      │  every translation (the iteration order of its hash containers)
      │  common passes (COMMON_PASSES)
      │  target passes (TARGETS[target].passes): pinning to a signature, then legalizing for the
      │  target (its own idioms and limits)
      ▼
    back end of the target (TARGETS[target].print): prints the module, nothing else

A pass is a callable ``Unit -> Unit`` (``module_pass`` and ``function_pass`` lift rewrites of a
module or of each function). Analyses are side tables computed by the pass or back end that
needs them (``analysis/``), never attributes stuck onto nodes. To add a pass, write it in the
package it belongs to (``passes/`` for every target, ``<target>/`` for one) and add one line to
the list below where it runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from transcoder.engines.rules import ir
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.cfamily.switches import strings_as_ifs
from transcoder.engines.rules.comments import NONE as NO_COMMENTS
from transcoder.engines.rules.comments import CommentPrinter, Comments, block_doc, docstring, document
from transcoder.engines.rules.comments import collect as collect_comments
from transcoder.engines.rules.context import (
    explained,
    explained_splice,
    relocate,
    relocate_warning,
)
from transcoder.engines.rules.context import splice as splice_context
from transcoder.engines.rules.context_files import ContextFile
from transcoder.engines.rules.cpp.backend import _CPP_KEYWORDS, to_cpp
from transcoder.engines.rules.cpp.frontend import parse_cpp
from transcoder.engines.rules.cpp.legalize import PINNING as CPP_PINNING
from transcoder.engines.rules.cpp.legalize import array_lengths
from transcoder.engines.rules.cpp.program import entry_point as cpp_entry_point
from transcoder.engines.rules.cpp.shell import cpp_file
from transcoder.engines.rules.interface import Declaration, PinningRules, pin
from transcoder.engines.rules.java.backend import _JAVA_KEYWORDS, to_java
from transcoder.engines.rules.java.frontend import parse_java
from transcoder.engines.rules.java.legalize import PINNING as JAVA_PINNING
from transcoder.engines.rules.java.legalize import lists_as_arrays, ordered_booleans, unsigned_to_floating
from transcoder.engines.rules.java.program import entry_point as java_entry_point
from transcoder.engines.rules.java.shell import class_name, java_file
from transcoder.engines.rules.passes.container_order import container_order, python_container_order
from transcoder.engines.rules.passes.copies import copies_on_insertion
from transcoder.engines.rules.passes.reserved_names import rename_reserved_functions
from transcoder.engines.rules.passes.scopes import unique_locals
from transcoder.engines.rules.passes.sequencing import sequencing
from transcoder.engines.rules.passes.wraparound import CPP as CPP_INTEGERS
from transcoder.engines.rules.passes.wraparound import CPP_AS_COMPILED, wraparound
from transcoder.engines.rules.passes.wraparound import JAVA as JAVA_INTEGERS
from transcoder.engines.rules.python.backend import to_python
from transcoder.engines.rules.python.frontend import parse_python
from transcoder.engines.rules.signature import Interface, parse_interface, parse_signature
from transcoder.errors import EngineError, SourceLocation, TranscoderError, UnsupportedConstruct
from transcoder.languages import get_language
from transcoder.languages.cpp.preprocess_attributes import attribute_warnings

WHOLE_FILE = True
"""Whether translations are whole files by default (``Request.whole_file``)."""


@dataclass(frozen=True, slots=True)
class Request:
    """What to translate, and how."""

    code: str
    """The source text (a function or a whole file)."""
    source: str
    """The source language (``cpp``, ``java``, ``python``)."""
    target: str
    """The target language."""
    signature: str | None = None
    """A declaration to implement (``--signature``), or None."""
    exact_ints: bool = True
    """Python sources: compute products of two variables in 64 bits (Python integers do not
    overflow); False keeps C/Java's 32-bit ``int``."""
    whole_file: bool = WHOLE_FILE
    """Print a file that compiles as it is (C++ includes, a Java class and its imports, Python
    imports); False prints the functions alone, for a caller that supplies the rest."""
    class_name: str | None = None
    """Java target: the name of the class holding the translation (from the input file's name);
    None: named after the first function."""
    context: tuple[ContextFile, ...] = ()
    """Other files of the project, read for the declarations the code uses (``context.py``)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A translation in progress: what each stage hands to the next."""

    request: Request
    """The request being served."""
    module: ir.Module
    """The IR as the last stage left it."""
    warnings: tuple[str, ...] = ()
    """Guesses and caveats to report with the translation (Python type inference, ...)."""
    interface: Interface | None = None
    """The parsed signature, when the request gives one and the target declares types."""
    declarations: dict[str, Declaration] = field(default_factory=dict)
    """Pinned functions' declarations as spelled (function name -> declaration), for printing."""
    non_negative: tuple[NonNegative, ...] = ()
    """Side table: the non-negativity of each function's integers, in ``module.functions`` order."""
    insertion_ordered: frozenset[tuple[str | None, str]] = frozenset()
    """Variables (function, name) the source declares with an insertion-ordered type (Java
    ``LinkedHashSet``): where their order is observed, translations keep it."""
    comments: Comments = NO_COMMENTS
    """Side table: the source's comments and docstrings by source line (``comments.py``)."""

    def with_module(self, module: ir.Module) -> Unit:
        return dataclasses.replace(self, module=module)


@dataclass(frozen=True, slots=True)
class Translation:
    """The pipeline's result."""

    text: str
    """The translated program."""
    warnings: tuple[str, ...] = ()
    """What the engine guessed or could not guarantee."""


Pass = Callable[[Unit], Unit]
FrontEnd = Callable[[Request], Unit]
BackEnd = Callable[[Unit], str]


def module_pass(rewrite: Callable[[ir.Module], ir.Module]) -> Pass:
    """A pass from a rewrite of the whole module."""

    def run(unit: Unit) -> Unit:
        return unit.with_module(rewrite(unit.module))

    run.__name__ = rewrite.__name__
    run.__doc__ = rewrite.__doc__
    return run


def function_pass(rewrite: Callable[[ir.Function, Unit], ir.Function]) -> Pass:
    """A pass from a rewrite of each function (which may read the unit: declarations, request)."""

    def run(unit: Unit) -> Unit:
        functions = tuple(rewrite(function, unit) for function in unit.module.functions)
        if all(new is old for new, old in zip(functions, unit.module.functions, strict=True)):
            return unit
        return unit.with_module(dataclasses.replace(unit.module, functions=functions))

    run.__name__ = rewrite.__name__
    run.__doc__ = rewrite.__doc__
    return run


# -- front ends ---------------------------------------------------------------------------------


def _parse_cpp(request: Request) -> Unit:
    # The macros a file defines for itself (`#define rep(i, a, b) for ...`) expanded, constants
    # and type-name defines kept (languages/cpp/preprocess.py); unchanged input without them.
    # Project macros of other files that only set linkage or calling convention (`DLLEXPORT int
    # f()`) are blanked, each named in a warning (languages/cpp/preprocess_attributes.py).
    code = get_language("cpp").prepare(request.code)
    return Unit(request, parse_cpp(code), warnings=tuple(attribute_warnings(code)))


def _parse_java(request: Request) -> Unit:
    module, linked = parse_java(request.code)
    return Unit(request, module, insertion_ordered=linked)


def _parse_python(request: Request) -> Unit:
    pinned = parse_signature(request.signature) if request.signature else None
    # `target` goes while the Python front end still lowers some idioms per target; the passes
    # that take over register below in TARGETS.
    parsed = parse_python(
        request.code,
        signature=pinned,
        target=request.target,
        exact_ints=request.exact_ints,
        big_ints=TARGETS[request.target].big_integers,
    )
    return Unit(request, parsed.module, tuple(parsed.warnings))


# -- passes and analyses ------------------------------------------------------------------------


def _java_container_order(unit: Unit) -> Unit:
    """Java's hash and insertion orders, kept where the program observes them."""
    return unit.with_module(container_order(unit.module, unit.insertion_ordered))


def _python_container_order(unit: Unit) -> Unit:
    """A Python dict's insertion order, kept where the program observes it."""
    return unit.with_module(python_container_order(unit.module))


def _cpp_scopes(unit: Unit) -> Unit:
    """C++ block scopes: a declaration shadowing an enclosing one gets a name of its own."""
    return unit.with_module(unique_locals(unit.module))


def _cpp_copies(unit: Unit) -> Unit:
    """C++ containers hold copies of the containers put into them: explicit where it shows."""
    return unit.with_module(copies_on_insertion(unit.module))


def _java_order(unit: Unit) -> Unit:
    """Side effects inside expressions run left to right, as Java runs them."""
    return unit.with_module(sequencing(unit.module, java_order=True))


def _cpp_order(unit: Unit) -> Unit:
    """Side effects inside expressions in C++17's order; unsequenced ones refused."""
    return unit.with_module(sequencing(unit.module, java_order=False))


def _java_integers(unit: Unit) -> Unit:
    """Java's int and long arithmetic wraps around: explicit where a value may leave its type."""
    return unit.with_module(wraparound(unit.module, JAVA_INTEGERS))


def _cpp_integers(unit: Unit) -> Unit:
    """C++ unsigned arithmetic and integer conversions wrap around: explicit where they may; signed
    arithmetic too toward Python, whose integers never wrap (as g++ computes C++'s overflows)."""
    semantics = CPP_INTEGERS if TARGETS[unit.request.target].fixed_width_integers else CPP_AS_COMPILED
    return unit.with_module(wraparound(unit.module, semantics))


def _pin(unit: Unit) -> Unit:
    """Adapt the pinned function to the signature (``interface.pin``) and keep its declaration."""
    if unit.interface is None:
        return unit
    rules = TARGETS[unit.request.target].pinning
    assert rules is not None  # only typed targets run this pass
    module, declarations = pin(unit.module, unit.interface, rules)
    return dataclasses.replace(unit, module=module, declarations={**unit.declarations, **declarations})


def _lists_as_arrays(function: ir.Function, unit: Unit) -> ir.Function:
    """Fixed-size lists as Java arrays."""
    return lists_as_arrays(function)


def _ordered_booleans(function: ir.Function, unit: Unit) -> ir.Function:
    """Java orders numbers only: booleans in ``<``, ``max``, ... as 0 and 1; a C++ unsigned long
    long converts to double unsigned."""
    return unsigned_to_floating(ordered_booleans(function))


def _switches_on_strings(function: ir.Function, unit: Unit) -> ir.Function:
    """C++ switches on integers only: a switch on a string as an if chain."""
    return strings_as_ifs(function)


def _array_lengths(function: ir.Function, unit: Unit) -> ir.Function:
    """C++ arrays' lengths from their length parameters (and pinned C strings' from strlen); not
    in a whole program, whose calls pass arrays of any length (they stay vectors)."""
    if unit.module.entry is not None and unit.interface is None:
        return function
    return array_lengths(function, unit.declarations)


def _non_negative(unit: Unit) -> Unit:
    """Side table: each function's provably non-negative integers (Python prints ``//`` there)."""
    table = tuple(NonNegative(function, unit.module.globals) for function in unit.module.functions)
    return dataclasses.replace(unit, non_negative=table)


# -- back ends ----------------------------------------------------------------------------------


def _with_header(unit: Unit, text: str, line_marker: str, blank_lines: int = 1) -> str:
    """``text`` after the comments that head the source file (a licence, what the file is)."""
    header = CommentPrinter(unit.comments, line_marker).header()
    return "\n".join(header) + "\n" * (blank_lines + 1) + text if header else text


def _print_cpp(unit: Unit) -> str:
    text = to_cpp(unit.module, unit.declarations, unit.comments)
    text = document(text, "cpp", unit.comments, unit.module.functions, block_doc, "//")
    return _with_header(unit, cpp_file(text) if unit.request.whole_file else text, "//")


def _print_java(unit: Unit) -> str:
    text = to_java(unit.module, unit.declarations, unit.comments)
    if unit.request.whole_file:
        first = unit.module.functions[0].name if unit.module.functions else None
        text = java_file(text, class_name(text, unit.request.class_name, first))
    text = document(text, "java", unit.comments, unit.module.functions, block_doc, "//")
    return _with_header(unit, text, "//")


def _print_python(unit: Unit) -> str:
    text = to_python(unit.module, unit.non_negative, unit.comments)
    text = document(text, "python", unit.comments, unit.module.functions, docstring, "#")
    return _with_header(unit, text, "#", blank_lines=2)  # PEP 8: two before a function


# -- the order -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """A source language: its front end and the passes its semantics ask of every translation."""

    parse: FrontEnd
    passes: Sequence[Pass] = ()


@dataclass(frozen=True, slots=True)
class Target:
    """A target language: its passes (pinning first, then legalizing) and its back end."""

    passes: Sequence[Pass]
    print: BackEnd
    pinning: PinningRules | None
    """How a signature pins a function's declaration; None: the target declares no types."""
    fixed_width_integers: bool = True
    """False where integers never overflow (Python): a C++ source's signed overflow is then made
    explicit as g++ computes it; a fixed-width target's own arithmetic wraps like the compiled C++."""
    big_integers: bool = True
    """Whether the back end prints a Python integer that 64 bits may not hold (``types.BIGINT``,
    ``python/frontend/widths.py``); False: such a value is computed in 64 bits, with a warning."""


SOURCES: dict[str, Source] = {
    "cpp": Source(_parse_cpp, (_cpp_scopes, _cpp_copies, _cpp_order, _cpp_integers)),
    "java": Source(_parse_java, (_java_container_order, _java_order, _java_integers)),
    "python": Source(_parse_python, (_python_container_order,)),
}
def _reserved_function_names(unit: Unit) -> Unit:
    """Functions named like a keyword of the target (``register`` in C++, ``final`` in Java) renamed,
    calls included: ``passes/reserved_names.py``."""
    reserved = {"cpp": _CPP_KEYWORDS, "java": _JAVA_KEYWORDS}.get(unit.request.target)
    if reserved is None:
        return unit
    module = rename_reserved_functions(unit.module, reserved)
    return unit if module is unit.module else unit.with_module(module)


COMMON_PASSES: Sequence[Pass] = (_reserved_function_names,)
TARGETS: dict[str, Target] = {
    "cpp": Target(
        (_pin, function_pass(_array_lengths), function_pass(_switches_on_strings), module_pass(cpp_entry_point)),
        _print_cpp,
        pinning=CPP_PINNING,
    ),
    "java": Target(
        (_pin, function_pass(_lists_as_arrays), function_pass(_ordered_booleans), module_pass(java_entry_point)),
        _print_java,
        pinning=JAVA_PINNING,
    ),
    "python": Target((_non_negative,), _print_python, pinning=None, fixed_width_integers=False),
}

# -- the pipeline -------------------------------------------------------------------------------


def stages(request: Request) -> list[Pass]:
    """The passes a request goes through, in order."""
    return [*SOURCES[request.source].passes, *COMMON_PASSES, *TARGETS[request.target].passes]


def translate(request: Request) -> Translation:
    """Translate ``request.code``; refusals are ``UnsupportedConstruct`` with a location."""
    if request.source == request.target:
        raise EngineError(f"rules engine: source and target are both {request.source}")
    target = TARGETS.get(request.target)
    if target is None:
        raise EngineError(f"rules engine: unknown target language '{request.target}'")
    source = SOURCES.get(request.source)
    if source is None:
        raise EngineError(f"rules engine: unknown source language '{request.source}'")
    spliced = splice_context(request.code, request.source, request.context) if request.context else None
    if spliced is None:
        try:
            return _translate(request, source, target)
        except TranscoderError as error:
            told = explained(error, request.code, request.source, request.context)
            if told is error:
                raise
            raise told from error
    try:
        translation = _translate(dataclasses.replace(request, code=spliced.text), source, target)
    except TranscoderError as error:
        raise relocate(error, explained_splice(spliced, request.code, request.source, request.context)) from error
    return Translation(translation.text, tuple(relocate_warning(w, spliced) for w in translation.warnings))


def _translate(request: Request, source: Source, target: Target) -> Translation:
    interface = None
    if request.signature and target.pinning is not None:
        interface = parse_interface(request.signature)  # a malformed signature fails before any work
    unit = dataclasses.replace(
        source.parse(request), interface=interface, comments=collect_comments(request.code, request.source)
    )
    if not unit.module.functions and not unit.module.classes:  # declarations alone (interfaces) are a file
        raise UnsupportedConstruct(
            f"rules engine: no function or class found in the {request.source} input", SourceLocation(1, 1)
        )
    for stage in stages(request):
        unit = stage(unit)
    return Translation(target.print(unit), unit.warnings)
