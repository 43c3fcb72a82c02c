"""PEP 484 type hints as IR types, and the names that inference reads as guesses."""

from __future__ import annotations

import re

from transcoder.engines.rules import types as t

_HINTS = {"int": t.INT, "float": t.DOUBLE, "bool": t.BOOL, "str": t.STRING}


TEXT_NAME = re.compile(
    r"^(s|s\d|st|str\w*|\w*_?str|string\w*|text|word|sentence|line|num|number|pat\w*|txt|seq|exp\w*)$", re.I
)


LENGTH_NAME = re.compile(r"^(n|N|size|length|len|cnt)\d*$")


def hint_from_text(text: str) -> t.Type:
    if text in _HINTS:
        return _HINTS[text]
    if text == "None":
        return t.VOID
    alternatives = [part.strip() for part in _split_top(text, "|")]
    if len(alternatives) == 2 and "None" in alternatives:  # `int | None`, `None | str`
        alternatives.remove("None")
        return _optional(hint_from_text(alternatives[0]))
    if "[" in text and text.endswith("]"):
        head, inner = text[: text.index("[")], text[text.index("[") + 1 : -1]
        parts = _split_top(inner)
        head = head.lower()
        if head == "optional" and len(parts) == 1:
            return _optional(hint_from_text(parts[0].strip()))
        if head in ("list", "sequence") and len(parts) == 1:
            return t.ArrayType(hint_from_text(parts[0]))
        if head in ("dict", "mapping") and len(parts) == 2:
            return t.MapType(hint_from_text(parts[0]), hint_from_text(parts[1]))
        if head == "set" and len(parts) == 1:
            return t.SetType(hint_from_text(parts[0]))
        if head == "deque" and len(parts) == 1:
            return t.DequeType(hint_from_text(parts[0]))
        if head == "tuple" and len(parts) == 2:
            return t.PairType(hint_from_text(parts[0]), hint_from_text(parts[1]))
    if text.lower() in ("list", "dict", "set"):
        return {
            "list": t.ArrayType(t.UNKNOWN),
            "dict": t.MapType(t.UNKNOWN, t.UNKNOWN),
            "set": t.SetType(t.UNKNOWN),
        }[text.lower()]
    raise ValueError(text)


def _optional(type_: t.Type) -> t.Type:
    """``Optional[T]``: an object already holds None."""
    return type_ if isinstance(type_, t.ClassType) else t.OptionalType(type_)


def _split_top(text: str, separator: str = ",") -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += (char == "[") - (char == "]")
        current += char
    parts.append(current)
    return parts
