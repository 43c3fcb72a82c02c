"""The language-neutral vocabulary of generated tests: value shapes, interfaces, and the test driver
each language provides (``transcoder.languages.<lang>.testdriver``).

Kept apart from ``testgen`` so that the language packages can implement ``TestDriver`` without
importing the test generator (which itself finds languages through the registry).

The protocol between a driver program and the host, one line per call:

- ``R<suite>.<index>:<canonical result>`` when the call returned;
- ``R<suite>.<index>!<why>`` when it did not (``raised <Type>``, ``timeout``, ``crashed <signal>``):
  each call is guarded, so one failing input does not cost the others;
- ``T<suite>.<index>:<seconds>``, the call's CPU time (the host drops inputs on which the *source*
  is too slow to make a fair test of a slower language).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from transcoder.errors import TranscoderError

SCALARS = ("int", "long", "float", "bool", "char", "str")
CONTAINERS = ("list", "set", "map", "tuple")

# CPU seconds one call may run before the driver gives up on it (a candidate stuck on one input
# still answers the others); a call waiting without computing gets twenty times as much wall time.
# CPU time, not wall time, so that a busy machine does not turn quick calls into timeouts. Generous against SLOW_SOURCE_CALL in testgen: a faithful translation into a
# slower language must not time out where its source was quick.
CALL_SECONDS = 2.0
# A driver stops after this many timed-out calls: the program is stuck, not unlucky.
MAX_TIMEOUTS = 2
# Stack traces of failing calls a driver writes to standard error (a debugger reads the first).
MAX_TRACES = 3


class TestGenerationError(TranscoderError):
    """The function's interface is outside what tests can be generated for."""

    __test__ = False  # not a pytest test class, whatever its name says


def unsupported_type(spelled: str, where: str) -> TestGenerationError:
    """The error for a type no test value can be made for."""
    return TestGenerationError(f"cannot generate tests for {where}: type '{spelled}' is not supported")


@dataclass(frozen=True)
class ValueType:
    """The shape of a value tests pass around: a scalar kind, or a container of them.

    Integers carry their width and signedness (``int`` is 32 bits and ``long`` 64 unless ``bits``
    says otherwise: a Java ``byte`` is ``ValueType("int", bits=8)``, a C++ ``size_t`` is
    ``ValueType("long", unsigned=True)``), so that boundary inputs reach the type's own limits.
    """

    kind: str  # one of SCALARS or CONTAINERS
    element: ValueType | None = None  # list and set elements, map values
    key: ValueType | None = None  # map keys
    items: tuple[ValueType, ...] = ()  # tuple members (C++ pair/tuple, Python tuple)
    bits: int = 0  # integer width; 0: the kind's own (int 32, long 64)
    unsigned: bool = False
    length: int = 0  # lists whose every value has exactly this many elements (C++ ``int m[][3]``)

    @property
    def width(self) -> int:
        return self.bits or (64 if self.kind == "long" else 32)

    @property
    def integer(self) -> bool:
        return self.kind in ("int", "long")

    @property
    def minimum(self) -> int:
        return 0 if self.unsigned else -(1 << (self.width - 1))

    @property
    def maximum(self) -> int:
        return (1 << self.width) - 1 if self.unsigned else (1 << (self.width - 1)) - 1

    def __str__(self) -> str:
        if self.kind == "map":
            return f"map[{self.key}, {self.element}]"
        if self.kind == "tuple":
            return f"tuple[{', '.join(str(item) for item in self.items)}]"
        if self.element is not None:
            return f"{self.kind}[{self.element}]"
        if self.integer and (self.bits or self.unsigned):
            return f"{'u' if self.unsigned else ''}int{self.width}"
        return self.kind


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ValueType
    spelled: str | None  # as the language writes it (to declare arguments); None in Python
    length_of: int | None = None  # index of the array/string parameter whose length this is
    index_into: int | None = None  # index of the array/string parameter this is a position in
    same_length_as: int | None = None  # an array without a length of its own shares this one's
    nonempty: bool = False  # never empty: a raw C++ array, read through a pointer the sanitizer cannot check


@dataclass(frozen=True)
class Interface:
    name: str
    parameters: tuple[Parameter, ...]
    result: ValueType | None  # None: returns nothing
    owner: str | None = None  # the class holding the function, when the code declares one
    kind: str = "function"  # "function", "static_method" or "method" (called on a new instance)

    @property
    def callee(self) -> str:
        return f"{self.owner}.{self.name}" if self.owner else self.name


Value = int | float | bool | str | list["Value"] | dict["Value", "Value"] | tuple["Value", ...]
Suite = tuple[Interface, Sequence[tuple[Value, ...]]]  # a function and the inputs to call it on


class TestDriver(ABC):
    """How tests are written in one language: the value shape of a type as the language spells it,
    a guarded call printing its result, and the program around the calls.

    Every driver prints results canonically, so that languages compare as text: booleans as 0/1,
    lists and tuples as ``[a,b]``, sets as ``{a,b}`` and maps as ``{k:v,k:v}`` (both sorted by
    key), floats with enough digits to compare, strings and chars as their text, integers of any
    width as their value (a Java ``byte[]`` prints its elements).
    """

    __test__ = False  # not a pytest test class, whatever its name says

    @abstractmethod
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        """The value shape of a type as this language writes it; None for "returns nothing".
        Raises ``TestGenerationError`` (``unsupported_type``) for a type tests cannot make values of;
        ``where`` says whose type it is, for that message."""

    def _required(self, text: str, spelled: str, where: str) -> ValueType:
        """The shape of ``text``, part of the type ``spelled``; errors name the whole type."""
        try:
            shape = self.value_type(text, where)
        except TestGenerationError:
            shape = None
        if shape is None:
            raise unsupported_type(spelled, where)
        return shape

    @abstractmethod
    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        """Lines calling the function once on ``values`` and printing, on a line of its own,
        ``R<label>:`` and the canonical result (for a function returning nothing, the containers it
        was given), or ``R<label>!`` and why there is none, then ``T<label>:`` and its seconds;
        flushing each line so that a crash keeps what came before."""

    @abstractmethod
    def program(
        self,
        function_code: str,
        calls: Sequence[str],
        suites: Sequence[Suite],
        call_seconds: float = CALL_SECONDS,
    ) -> str:
        """A runnable program: ``function_code`` (which defines the suites' functions) and the
        ``calls`` lines, in order, each call given ``call_seconds`` before it counts as timed out."""


class DeclaringTestDriver(TestDriver):
    """A driver for a language where each argument is first declared in a local (C++, Java)."""

    @abstractmethod
    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration of ``local`` holding ``value``, the argument expression, and an expression
        showing the argument after the call where the function may change it, else None)."""

    def declared_call(
        self, interface: Interface, values: tuple[Value, ...]
    ) -> tuple[list[str], list[str], list[str]]:
        """The declarations of every argument, the argument expressions, and the expressions that
        show the changeable arguments after the call."""
        lines, arguments, shown = [], [], []
        for position, (parameter, value) in enumerate(zip(interface.parameters, values, strict=True)):
            declaration, argument, show = self.argument(parameter, value, f"a{position}")
            lines.append(declaration)
            arguments.append(argument)
            if show:
                shown.append(show)
        return lines, arguments, shown


def type_arguments(text: str, opening: str = "<", closing: str = ">") -> list[str]:
    """The top-level arguments between the first ``opening`` and the last ``closing`` of a type:
    ``map<string, vector<int>>`` -> ``["string", "vector<int>"]`` (``[``/``]`` for Python hints)."""
    inner = text[text.index(opening) + 1 : text.rindex(closing)]
    arguments, depth, current = [], 0, ""
    for character in inner:
        if character == "," and depth == 0:
            arguments.append(current.strip())
            current = ""
            continue
        depth += {opening: 1, closing: -1}.get(character, 0)
        current += character
    return [*arguments, current.strip()] if current.strip() else arguments
