"""The standard exception types of C++, Java and Python, as one table of neutral kinds.

A kind is what a ``throw``/``raise`` of a standard exception means whatever the language: the IR
says ``Throw("invalid_argument", message)`` and each back end spells the kind in its language
(``IllegalArgumentException``, ``std::invalid_argument``, ``ValueError``). A front end reads a
type name as the first kind spelled so in its language (``READING``); a name outside the table
(checked Java exceptions, user classes) is refused.

Catching is where the languages differ: each has its own hierarchy (Java's ``RuntimeException``
holds ``IllegalArgumentException``; C++'s ``runtime_error`` does not hold ``invalid_argument``,
which is a ``logic_error``). So a handler in the IR keeps the set of kinds its source catches
(``Handler.catches``, from the source's hierarchy), and a translation of a ``try`` is kept only
where the target's handler, by the target's hierarchy, catches the same kinds among those that
can reach it (``analysis.raises.check_try``).

Sources: the Java SE 17 API (``java.lang``, ``java.util``), the C++ standard's ``<stdexcept>``
([std.exceptions]), Python 3's built-in exception hierarchy (``library/exceptions``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """One standard exception, spelled in each language."""

    name: str
    """The neutral name the IR uses."""
    java: str
    cpp: str
    python: str


KINDS: tuple[Kind, ...] = (
    Kind("throwable", "Throwable", "exception", "BaseException"),
    Kind("exception", "Exception", "exception", "Exception"),
    Kind("runtime", "RuntimeException", "runtime_error", "RuntimeError"),
    Kind("invalid_argument", "IllegalArgumentException", "invalid_argument", "ValueError"),
    Kind("number_format", "NumberFormatException", "invalid_argument", "ValueError"),
    Kind("illegal_state", "IllegalStateException", "logic_error", "RuntimeError"),
    Kind("arithmetic", "ArithmeticException", "domain_error", "ArithmeticError"),
    Kind("zero_division", "ArithmeticException", "domain_error", "ZeroDivisionError"),
    Kind("overflow", "ArithmeticException", "overflow_error", "OverflowError"),
    Kind("range", "ArithmeticException", "range_error", "ArithmeticError"),
    Kind("underflow", "ArithmeticException", "underflow_error", "ArithmeticError"),
    Kind("length", "IllegalArgumentException", "length_error", "ValueError"),
    Kind("index", "IndexOutOfBoundsException", "out_of_range", "IndexError"),
    Kind("array_index", "ArrayIndexOutOfBoundsException", "out_of_range", "IndexError"),
    Kind("string_index", "StringIndexOutOfBoundsException", "out_of_range", "IndexError"),
    Kind("no_such_element", "NoSuchElementException", "out_of_range", "LookupError"),
    Kind("key", "NoSuchElementException", "out_of_range", "KeyError"),
    Kind("unsupported", "UnsupportedOperationException", "logic_error", "NotImplementedError"),
    Kind("type", "IllegalArgumentException", "invalid_argument", "TypeError"),
    Kind("null", "NullPointerException", "invalid_argument", "TypeError"),
    Kind("assertion", "AssertionError", "logic_error", "AssertionError"),
    Kind("error", "Error", "logic_error", "RuntimeError"),
    Kind("internal", "InternalError", "logic_error", "RuntimeError"),
    Kind("io", "IOException", "runtime_error", "OSError"),
    Kind("class_cast", "ClassCastException", "logic_error", "TypeError"),
    Kind("illegal_access", "IllegalAccessError", "logic_error", "RuntimeError"),
    # java.util's and java.lang's other unchecked exceptions that everyday code throws
    Kind("empty_stack", "EmptyStackException", "out_of_range", "IndexError"),
    Kind("input_mismatch", "InputMismatchException", "invalid_argument", "ValueError"),
    Kind("concurrent_modification", "ConcurrentModificationException", "logic_error", "RuntimeError"),
    Kind("negative_array_size", "NegativeArraySizeException", "length_error", "ValueError"),
    Kind("array_store", "ArrayStoreException", "logic_error", "TypeError"),
)
BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}

# Each language's hierarchy of the types above: type -> its parent (None at the root).
HIERARCHY: dict[str, dict[str, str | None]] = {
    "java": {
        "Throwable": None,
        "Exception": "Throwable",
        "Error": "Throwable",
        "AssertionError": "Error",
        "InternalError": "Error",  # through VirtualMachineError, which nothing here catches
        "RuntimeException": "Exception",
        "IllegalArgumentException": "RuntimeException",
        "NumberFormatException": "IllegalArgumentException",
        "IllegalStateException": "RuntimeException",
        "ArithmeticException": "RuntimeException",
        "IndexOutOfBoundsException": "RuntimeException",
        "ArrayIndexOutOfBoundsException": "IndexOutOfBoundsException",
        "StringIndexOutOfBoundsException": "IndexOutOfBoundsException",
        "NoSuchElementException": "RuntimeException",
        "UnsupportedOperationException": "RuntimeException",
        "NullPointerException": "RuntimeException",
        "IOException": "Exception",  # java.io; checked
        "ClassCastException": "RuntimeException",
        "IllegalAccessError": "Error",  # through LinkageError, which nothing here catches
        "EmptyStackException": "RuntimeException",  # java.util
        "InputMismatchException": "NoSuchElementException",  # java.util
        "ConcurrentModificationException": "RuntimeException",  # java.util
        "NegativeArraySizeException": "RuntimeException",
        "ArrayStoreException": "RuntimeException",
    },
    "cpp": {
        "exception": None,
        "logic_error": "exception",
        "invalid_argument": "logic_error",
        "domain_error": "logic_error",
        "length_error": "logic_error",
        "out_of_range": "logic_error",
        "runtime_error": "exception",
        "range_error": "runtime_error",
        "overflow_error": "runtime_error",
        "underflow_error": "runtime_error",
    },
    "python": {
        "BaseException": None,
        "Exception": "BaseException",
        "ArithmeticError": "Exception",
        "ZeroDivisionError": "ArithmeticError",
        "OverflowError": "ArithmeticError",
        "LookupError": "Exception",
        "IndexError": "LookupError",
        "KeyError": "LookupError",
        "ValueError": "Exception",
        "TypeError": "Exception",
        "RuntimeError": "Exception",
        "NotImplementedError": "RuntimeError",
        "AssertionError": "Exception",
        "OSError": "Exception",
    },
}

# A type name read in each language -> its kind: the first kind spelled so.
READING: dict[str, dict[str, str]] = {language: {} for language in HIERARCHY}
for _kind in KINDS:
    for _language in HIERARCHY:
        READING[_language].setdefault(getattr(_kind, _language), _kind.name)

# Java spells the ones it reads with their package too (`java.util.NoSuchElementException`).
PACKAGES = ("java.lang.", "java.util.", "java.io.")


def spelling(kind: str, language: str) -> str:
    """The type ``language`` spells ``kind`` with."""
    return str(getattr(BY_NAME[kind], language))


def is_a(language: str, type_name: str, ancestor: str) -> bool:
    """Whether ``type_name`` is ``ancestor`` or below it in ``language``'s hierarchy."""
    parents = HIERARCHY[language]
    current: str | None = type_name
    while current is not None:
        if current == ancestor:
            return True
        current = parents.get(current)
    return False


def read(language: str, type_name: str) -> str | None:
    """The kind of the type ``type_name`` as ``language`` spells it, or None."""
    for package in PACKAGES if language == "java" else ():
        type_name = type_name.removeprefix(package)
    return READING[language].get(type_name.removeprefix("std::"))


def caught_by(language: str, handler_types: tuple[str, ...]) -> frozenset[str]:
    """The kinds a handler of ``handler_types`` (as ``language`` spells them) catches there."""
    return frozenset(
        kind.name
        for kind in KINDS
        if any(is_a(language, getattr(kind, language), handler) for handler in handler_types)
    )
