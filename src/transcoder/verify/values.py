"""The language-neutral vocabulary of generated tests: value shapes, interfaces, and the test driver
each language provides (``transcoder.languages.<lang>.testdriver``).

Kept apart from ``testgen`` so that the language packages can implement ``TestDriver`` without
importing the test generator (which itself finds languages through the registry).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from transcoder.errors import TranscoderError

SCALARS = ("int", "long", "float", "bool", "char", "str")


class TestGenerationError(TranscoderError):
    """The function's interface is outside what tests can be generated for."""

    __test__ = False  # not a pytest test class, whatever its name says


def unsupported_type(spelled: str, where: str) -> TestGenerationError:
    """The error for a type no test value can be made for."""
    return TestGenerationError(f"cannot generate tests for {where}: type '{spelled}' is not supported")


@dataclass(frozen=True)
class ValueType:
    """The shape of a value tests pass around: a scalar kind, or a list of one."""

    kind: str  # one of SCALARS, or "list"
    element: ValueType | None = None

    def __str__(self) -> str:
        return f"list[{self.element}]" if self.element else self.kind


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ValueType
    spelled: str | None  # as the language writes it (to declare arguments); None in Python
    length_of: int | None = None  # index of the array/string parameter whose length this is
    index_into: int | None = None  # index of the array/string parameter this is a position in
    same_length_as: int | None = None  # an array without a length of its own shares this one's


@dataclass(frozen=True)
class Interface:
    name: str
    parameters: tuple[Parameter, ...]
    result: ValueType | None  # None: returns nothing
    owner: str | None = None  # the Java class holding the method, when the code declares one

    @property
    def callee(self) -> str:
        return f"{self.owner}.{self.name}" if self.owner else self.name


Value = int | float | bool | str | list["Value"]
Suite = tuple[Interface, Sequence[tuple[Value, ...]]]  # a function and the inputs to call it on


class TestDriver(ABC):
    """How tests are written in one language: the value shape of a type as the language spells it,
    a call printing its result, and the program around the calls.

    Every driver prints results canonically, so that languages compare as text: booleans as 0/1,
    lists as ``[a,b]``, floats with enough digits to compare, strings and chars as their text.
    """

    __test__ = False  # not a pytest test class, whatever its name says

    @abstractmethod
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        """The value shape of a type as this language writes it; None for "returns nothing".
        Raises ``TestGenerationError`` (``unsupported_type``) for a type tests cannot make values of;
        ``where`` says whose type it is, for that message."""

    @abstractmethod
    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        """Lines calling the function once on ``values`` and printing, on a line of its own,
        ``label`` and the canonical result (for a function returning nothing, the lists it was
        given), flushing the line so that a crash keeps what came before."""

    @abstractmethod
    def program(self, function_code: str, calls: Sequence[str], suites: Sequence[Suite]) -> str:
        """A runnable program: ``function_code`` (which defines the suites' functions) and the
        ``calls`` lines, in order."""


class DeclaringTestDriver(TestDriver):
    """A driver for a language where each argument is first declared in a local (C++, Java)."""

    @abstractmethod
    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration of ``local`` holding ``value``, the argument expression, and an expression
        showing the argument after the call where the function may change it, else None)."""

    def declared_call(
        self, interface: Interface, values: tuple[Value, ...]
    ) -> tuple[list[str], str, list[str]]:
        """The block's opening lines declaring every argument, the call expression, and the
        expressions that show the changeable arguments after the call."""
        lines, arguments, shown = ["{"], [], []
        for position, (parameter, value) in enumerate(zip(interface.parameters, values, strict=True)):
            declaration, argument, show = self.argument(parameter, value, f"a{position}")
            lines.append(f"    {declaration}")
            arguments.append(argument)
            if show:
                shown.append(show)
        return lines, f"{interface.callee}({', '.join(arguments)})", shown
