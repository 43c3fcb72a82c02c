"""Target signatures: a C++- or Java-style declaration that pins a function's interface.

``int f(int arr[], int n)``, ``static Boolean f(Integer X[], long k)``,
``unsigned int f(unsigned int n)``, ``bool f(string& s, int index = 0)``: the name, each
parameter's name, type and default value, and the result type. ``parse_signature`` gives the IR
types (what a Python source needs in place of inference); ``parse_interface`` also keeps how each
type was spelled, so that a back end of the same language can print the declaration as given
(``Boolean``, ``Integer[]``, ``long int``, ``vector<int>&``, ``char s[]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcoder.engines.rules import types as t
from transcoder.errors import InputError


@dataclass(slots=True)
class Signature:
    """A target signature that pins a function's name, parameter names and types, and result."""

    name: str
    params: list[tuple[str, t.Type]]
    result: t.Type


_SCALARS: dict[str, t.Type] = {
    "int": t.INT,
    "Integer": t.INT,
    "signed": t.INT,
    "signed int": t.INT,
    "unsigned": t.IntType(32, False),
    "unsigned int": t.IntType(32, False),
    "long": t.LONG,
    "Long": t.LONG,
    "long long": t.LONG,
    "long int": t.LONG,
    "long long int": t.LONG,
    "unsigned long": t.IntType(64, False),
    "unsigned long int": t.IntType(64, False),
    "unsigned long long": t.IntType(64, False),
    "unsigned long long int": t.IntType(64, False),
    "size_t": t.IntType(64, False),
    "short": t.IntType(16),
    "short int": t.IntType(16),
    "Short": t.IntType(16),
    "byte": t.IntType(8),
    "Byte": t.IntType(8),
    "double": t.DOUBLE,
    "Double": t.DOUBLE,
    "float": t.FLOAT,
    "Float": t.FLOAT,
    "bool": t.BOOL,
    "boolean": t.BOOL,
    "Boolean": t.BOOL,
    "char": t.CHAR,
    "Character": t.CHAR,
    "string": t.STRING,
    "std::string": t.STRING,
    "String": t.STRING,
    "void": t.VOID,
}
# Spellings each target accepts as written (a Java signature is not printed into C++, nor back).
_JAVA_WORDS = frozenset(
    [
        "int",
        "Integer",
        "long",
        "Long",
        "short",
        "Short",
        "byte",
        "Byte",
        "double",
        "Double",
        "float",
        "Float",
        "boolean",
        "Boolean",
        "char",
        "Character",
        "String",
        "void",
    ]
)
_JAVA_BOXED = frozenset(["Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character"])
_JAVA_GENERICS = frozenset(
    ["List", "ArrayList", "Map", "HashMap", "TreeMap", "Set", "HashSet", "TreeSet", "Deque", "ArrayDeque"]
)
_CPP_WORDS = frozenset([word for word in _SCALARS if word[0].islower() and word not in ("boolean", "byte")])
_CPP_GENERICS = frozenset(["vector", "map", "unordered_map", "set", "unordered_set", "deque"])
_GENERIC = re.compile(r"^(?:std::)?(\w+)\s*<(.*)>$")
_DECLARATION = re.compile(r"^\s*(.+?)\s*\b(\w+)\s*\((.*)\)\s*(?:const\s*)?[;{]?\s*$", re.S)
_MODIFIERS = re.compile(r"\b(?:public|private|protected|static|final|inline|constexpr|const)\b")


@dataclass(frozen=True, slots=True)
class PinnedType:
    """A type of a pinned declaration: its IR type and how it was spelled."""

    type: t.Type  # the IR type
    base: str  # the spelling without array brackets, reference or const: ``Integer``, ``vector<int>``
    depth: int = 0  # array dimensions (``[]`` before or after the name, or a ``*``)
    reference: bool = False  # C++ ``&``
    const: bool = False  # C++ ``const``
    pointer: bool = False  # C++ ``T*`` rather than ``T name[]``

    def java(self) -> str | None:
        """The Java spelling (``Integer[]``), or None if this is not a Java type."""
        if self.reference or self.pointer or self.const or not _valid(self.base, _JAVA_WORDS, _JAVA_GENERICS):
            return None
        return self.base + "[]" * self.depth

    def cpp(self, name: str) -> str | None:
        """The C++ declarator of ``name`` (``char s[]``, ``const string& s``), or None if not C++."""
        if (
            not _valid(self.base, _CPP_WORDS, _CPP_GENERICS)
            or self.depth > 1
            or (self.depth and self.reference)
        ):
            return None
        prefix = ("const " if self.const else "") + self.base
        if self.pointer:
            return f"{prefix}* {name}".strip()
        return f"{prefix}{'&' if self.reference else ''} {name}".strip() + "[]" * self.depth

    @property
    def boxed(self) -> bool:
        """Whether Java holds the value (or the array's elements) as objects (``Integer``, ``Boolean``)."""
        return self.base in _JAVA_BOXED


@dataclass(frozen=True, slots=True)
class PinnedParam:
    """One parameter of a pinned declaration."""

    name: str  # the declaration's name for it
    type: PinnedType  # its type
    default: str = ""  # a C++ default value as written (``0``), or ""


@dataclass(frozen=True, slots=True)
class Interface:
    """A whole pinned declaration: what the translated function must look like to its caller."""

    name: str  # the declaration's function name
    params: tuple[PinnedParam, ...]  # parameters in order
    result: PinnedType  # the result type

    @property
    def signature(self) -> Signature:
        """The IR types only (what the Python front end pins)."""
        return Signature(self.name, [(p.name, p.type.type) for p in self.params], self.result.type)


def parse_signature(text: str) -> Signature:
    """A ``Signature`` from a C++/Java declaration; ``InputError`` (with the column) if malformed."""
    return parse_interface(text).signature


def parse_interface(text: str) -> Interface:
    """An ``Interface`` from a C++/Java declaration; ``InputError`` (with the column) if malformed."""
    match = _DECLARATION.match(text)
    if match is None:
        raise InputError(f"--signature: expected 'TYPE NAME(PARAMS)', got '{text}'")
    result = _pinned_type(match.group(1), text)
    params = []
    inside = match.group(3).strip()
    for piece in _split(inside) if inside and inside != "void" else []:
        declarator, _, default = _split_default(piece)
        pointer = "*" in declarator
        brackets = len(re.findall(r"\[\s*\]", declarator)) + declarator.count("*")
        cleaned = re.sub(r"\[\s*\]", " ", declarator).replace("*", " ").replace("&", " & ").strip()
        words = re.match(r"^(.*?)\s*\b(\w+)$", cleaned)
        if words is None or not words.group(1).replace("&", "").strip():
            raise InputError(f"--signature: cannot read parameter '{piece}' (column {text.find(piece) + 1})")
        pinned = _pinned_type(words.group(1), text)
        params.append(
            PinnedParam(
                words.group(2),
                PinnedType(
                    _array(pinned.type, brackets),
                    pinned.base,
                    pinned.depth + brackets,
                    pinned.reference,
                    pinned.const,
                    pointer,
                ),
                default.strip(),
            )
        )
    return Interface(match.group(2), tuple(params), result)


def parse_type(text: str, whole: str = "") -> t.Type:
    """An IR type from a C++ or Java type name (``int[]``, ``vector<int>``, ``Map<String, Integer>``...)."""
    return _pinned_type(text, whole).type


def _pinned_type(text: str, whole: str) -> PinnedType:
    const = bool(re.search(r"\bconst\b", text))
    reference = "&" in text
    text = " ".join(_MODIFIERS.sub(" ", text).replace("&", " ").split())
    pointer = "*" in text
    text = text.replace("*", "[]")
    depth = 0
    while text.endswith("[]") or text.endswith("[ ]"):
        depth += 1
        text = text[: text.rindex("[")].strip()
    generic = _GENERIC.match(text)
    if generic:
        head, arguments = generic.group(1), [parse_type(a, whole) for a in _split(generic.group(2))]
        if head in ("vector", "List", "ArrayList") and len(arguments) == 1:
            type_: t.Type = t.ListType(arguments[0])
        elif head in ("map", "unordered_map", "Map", "HashMap", "TreeMap") and len(arguments) == 2:
            type_ = t.MapType(arguments[0], arguments[1], _order(head))
        elif head in ("set", "unordered_set", "Set", "HashSet", "TreeSet") and len(arguments) == 1:
            type_ = t.SetType(arguments[0], _order(head))
        elif head in ("deque", "Deque", "ArrayDeque") and len(arguments) == 1:
            type_ = t.DequeType(arguments[0])
        else:
            raise _unsupported(text, whole)
        text = re.sub(r"\s*([<>,])\s*", r"\1", text).replace(",", ", ")
    elif text in _SCALARS:
        type_ = _SCALARS[text]
    else:
        raise _unsupported(text, whole)
    return PinnedType(_array(type_, depth), text, depth, reference, const, pointer and depth == 1)


def _order(head: str) -> t.Order:
    return t.Order.SORTED if head in ("map", "set", "TreeMap", "TreeSet") else t.Order.UNSPECIFIED


def _unsupported(text: str, whole: str) -> InputError:
    return InputError(f"--signature: unsupported type '{text}'" + (f" in '{whole}'" if whole else ""))


def _array(type_: t.Type, depth: int) -> t.Type:
    for _ in range(depth):
        type_ = t.ArrayType(type_)
    return type_


def _valid(base: str, words: frozenset[str], generics: frozenset[str]) -> bool:
    generic = _GENERIC.match(base)
    if generic is None:
        return base in words
    return generic.group(1) in generics and all(_valid(a, words, generics) for a in _split(generic.group(2)))


def _split_default(piece: str) -> tuple[str, str, str]:
    """``int a = 0`` -> (``int a``, ``=``, ``0``); a parameter without a default keeps ``""``."""
    depth = 0
    for position, char in enumerate(piece):
        depth += (char in "<([") - (char in ">)]")
        if char == "=" and depth == 0:
            return piece[:position].strip(), "=", piece[position + 1 :].strip()
    return piece.strip(), "", ""


def _split(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += (char == "<") - (char == ">")
        current += char
    parts.append(current)
    return [p.strip() for p in parts]
