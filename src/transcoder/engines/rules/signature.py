"""The ``--signature`` option: a C++- or Java-style declaration that pins a Python function's interface.

``int f(int arr[], int n)``, ``long f(int[] a, int n)``, ``bool f(string s)``,
``double f(vector<int> v)``, ``String f(List<Integer> xs)``: the name, each parameter's name and
type, and the result type. Python sources do not say their types; when the caller already knows
the interface to implement, this replaces inference for those names.
"""

from __future__ import annotations

import re

from transcoder.engines.rules import types as t
from transcoder.engines.rules.frontend_python import Signature
from transcoder.errors import InputError

_SCALARS: dict[str, t.Type] = {
    "int": t.INT,
    "Integer": t.INT,
    "unsigned": t.IntType(32, False),
    "unsigned int": t.IntType(32, False),
    "long": t.LONG,
    "Long": t.LONG,
    "long long": t.LONG,
    "long int": t.LONG,
    "long long int": t.LONG,
    "unsigned long long": t.IntType(64, False),
    "short": t.IntType(16),
    "byte": t.IntType(8),
    "double": t.DOUBLE,
    "Double": t.DOUBLE,
    "float": t.FLOAT,
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
_GENERIC = re.compile(r"^(?:std::)?(\w+)\s*<(.*)>$")
_DECLARATION = re.compile(r"^\s*(.+?)\s*\b(\w+)\s*\((.*)\)\s*;?\s*$", re.S)


def parse_signature(text: str) -> Signature:
    """A ``Signature`` from a C++/Java declaration; ``InputError`` (with the column) if malformed."""
    match = _DECLARATION.match(text)
    if match is None:
        raise InputError(f"--signature: expected 'TYPE NAME(PARAMS)', got '{text}'")
    result = parse_type(match.group(1), text)
    params = []
    inside = match.group(3).strip()
    for piece in _split(inside) if inside else []:
        piece = piece.strip()
        brackets = len(re.findall(r"\[\s*\]", piece))
        cleaned = re.sub(r"\[\s*\]", "", piece).replace("&", " ").replace("const ", " ").strip()
        words = re.match(r"^(.*?)\s*\b(\w+)$", cleaned)
        if words is None or not words.group(1):
            raise InputError(f"--signature: cannot read parameter '{piece}' (column {text.find(piece) + 1})")
        type_ = parse_type(words.group(1), text)
        for _ in range(brackets):
            type_ = t.ArrayType(type_)
        params.append((words.group(2), type_))
    return Signature(match.group(2), params, result)


def parse_type(text: str, whole: str = "") -> t.Type:
    """An IR type from a C++ or Java type name (``int[]``, ``vector<int>``, ``Map<String, Integer>``...)."""
    text = " ".join(text.replace("const ", " ").replace("static ", " ").replace("public ", " ").split())
    text = text.replace("&", "").replace("*", "[]").strip()
    depth = 0
    while text.endswith("[]"):
        depth += 1
        text = text[:-2].strip()
    generic = _GENERIC.match(text)
    if generic:
        head, arguments = generic.group(1), [parse_type(a) for a in _split(generic.group(2))]
        if head in ("vector", "List", "ArrayList") and len(arguments) == 1:
            type_: t.Type = t.ListType(arguments[0])
        elif head in ("map", "unordered_map", "Map", "HashMap", "TreeMap") and len(arguments) == 2:
            type_ = t.MapType(arguments[0], arguments[1], ordered=head in ("map", "TreeMap"))
        elif head in ("set", "unordered_set", "Set", "HashSet", "TreeSet") and len(arguments) == 1:
            type_ = t.SetType(arguments[0], ordered=head in ("set", "TreeSet"))
        elif head in ("deque", "Deque", "ArrayDeque") and len(arguments) == 1:
            type_ = t.DequeType(arguments[0])
        else:
            raise InputError(f"--signature: unsupported type '{text}'" + (f" in '{whole}'" if whole else ""))
    elif text in _SCALARS:
        type_ = _SCALARS[text]
    else:
        raise InputError(f"--signature: unsupported type '{text}'" + (f" in '{whole}'" if whole else ""))
    for _ in range(depth):
        type_ = t.ArrayType(type_)
    return type_


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
