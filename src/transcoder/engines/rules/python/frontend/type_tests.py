"""``isinstance(x, T)`` decided by ``x``'s type hint, the one static type the caller is held to.

Only a name with a PEP 484 hint (a parameter or an annotated local) is tested: an unhinted one has
a type the engine guessed from its uses, which says nothing about what a caller passes. Its hint
decides the answer where every value the hint admits gives the same one: a ``str`` is never an
``int``; a value hinted ``int`` may be a ``bool`` (a subclass), so ``isinstance(x, bool)`` is refused;
one hinted ``float`` may be an ``int`` (PEP 484's numeric tower), so a test of a number class is
refused; a class of the file may be a subclass, so a test of one is refused. ``T`` is a built-in
class or a tuple of them.
"""

from __future__ import annotations

from transcoder.engines.rules import types as t

_CLASSES = frozenset({"int", "float", "bool", "str", "list", "dict", "set", "tuple"})
_NUMBERS = frozenset({"int", "float", "bool"})


def _static_class(type_: t.Type) -> str | None:
    """The built-in class of every value of ``type_`` (bool's values are also ints), or None."""
    if isinstance(type_, t.BoolType):
        return "bool"
    if isinstance(type_, t.IntType):
        return "int"
    if isinstance(type_, t.FloatType):
        return "float"
    if isinstance(type_, t.StringType | t.CharType):
        return "str"
    if isinstance(type_, t.ListType | t.ArrayType):
        return "list"
    if isinstance(type_, t.MapType):
        return "dict"
    if isinstance(type_, t.SetType):
        return "set"
    if isinstance(type_, t.PairType | t.TupleType):
        return "tuple"
    return None


def decided(type_: t.Type, classes: list[str]) -> bool | str:
    """The answer of ``isinstance`` on a value hinted ``type_``, or why the hint does not decide it."""
    unknown = [name for name in classes if name not in _CLASSES]
    if unknown:
        return f"'{unknown[0]}' (not a built-in class)"
    static = _static_class(type_)
    if static is None:
        return f"a value hinted {type_}"
    if static == "int" and "bool" in classes:
        return "bool on a value hinted int (a bool is one)"
    if static == "float" and _NUMBERS & set(classes):
        return "a number class on a value hinted float (an int may be passed for it)"
    return static in classes or (static == "bool" and "int" in classes)
