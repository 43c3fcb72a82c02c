"""Java wildcard type arguments (``List<?>``, ``List<? extends T>``, ``Comparator<? super T>``) in
the parameter types of a method.

A wildcard says which argument types a caller may pass; inside the method the values are read as
the wildcard's bound. The translation is exact where the bound is the one type a caller's value
can have:

* ``? extends X`` and ``? super X`` where X is a type parameter of the method (``T``: C++ deduces
  it from the argument as Java infers it, Python is duck-typed) or a final type (``Integer``,
  ``String``, ...: a ``List<? extends Integer>`` holds Integers). They are read as X.
* ``?`` alone is a fresh type parameter of the method (``W1``, ``W2``, ...: C++ a template
  parameter deduced from the argument), under the rules of every generic method
  (``generics.py``): its values are moved, counted and passed on, never compared or hashed.

Refused with their line and column: a wildcard outside a parameter's type (a return type, a local
variable: the value would need a type the method does not name), a bound that has subtypes
(``? extends Number``, ``? extends Shape``: a subclass's value would be read as its bound, and its
overriding methods lost), and ``Class<?>`` (reflection: a Java class object and what it answers,
``isAssignableFrom``, ``getPackageName``, have no counterpart among C++ or Python values)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import types as t
from transcoder.languages.common import node_text

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

# java.lang's final classes a wildcard may name as its bound: no value of another class is one
FINAL = frozenset({"Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float", "String"})
REFLECTION = "reflection: a Java class object and what it answers have no C++ or Python counterpart"


def wildcard_type(f: JavaFrontEnd, node: tree_sitter.Node, context: tree_sitter.Node) -> t.Type:
    """The type a wildcard ``node`` of a parameter's type is read as (see the module's text)."""
    text = " ".join(node_text(node).split())
    if f.parameter_wildcards is None:
        raise f.unsupported(node, f"wildcard type '{text}' outside a parameter's type")
    bound = [c for c in node.named_children if c.type != "super"]
    if not bound:
        return fresh(f)
    bound_type = f.type_of(bound[-1], context)
    if isinstance(bound_type, t.TypeVarType) or "".join(node_text(bound[-1]).split()) in FINAL:
        return bound_type
    raise f.unsupported(
        node, f"wildcard '{text}' whose bound has subtypes (a subclass's value would be read as its bound)"
    )


def fresh(f: JavaFrontEnd) -> t.TypeVarType:
    """A new type parameter for an unbounded ``?``: ``W1``, ``W2``, ... (no name of the file's)."""
    assert f.parameter_wildcards is not None
    number = len(f.parameter_wildcards) + 1
    while f"W{number}" in f.type_parameters or f.known_class(f"W{number}") is not None:
        number += 1
    name = f"W{number}"
    f.parameter_wildcards.append(name)
    return t.TypeVarType(name)
