"""Hypothesis strategies for the values of a ``transcoder.verify`` interface: integers over their
type's whole range, floats, strings and chars of printable ASCII, containers of up to 8 elements,
with the interface's conventions kept (a length is its array's, a position lies inside it)."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from transcoder.verify.values import Interface, ValueType

_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " ,.-_", max_size=12)


def values(shape: ValueType, nonempty: bool = False) -> st.SearchStrategy[Any]:
    if shape.integer:
        return st.integers(shape.minimum, shape.maximum)
    if shape.kind == "float":
        return st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)
    if shape.kind == "bool":
        return st.booleans()
    if shape.kind == "char":
        return st.sampled_from(string.ascii_letters + string.digits + " .,-")
    if shape.kind == "str":
        return _TEXT
    if shape.kind == "tuple":
        return st.tuples(*(values(item) for item in shape.items)).map(list)
    if shape.kind == "map":
        assert shape.key is not None and shape.element is not None
        return st.dictionaries(values(shape.key), values(shape.element), max_size=6)
    assert shape.element is not None
    if shape.length:
        return st.lists(values(shape.element), min_size=shape.length, max_size=shape.length)
    items = st.lists(values(shape.element), min_size=1 if nonempty else 0, max_size=8)
    return items.map(lambda found: list(dict.fromkeys(found))) if shape.kind == "set" else items


@st.composite
def arguments(draw: st.DrawFn, interface: Interface) -> tuple[Any, ...]:
    parameters = interface.parameters
    positioned = {p.index_into for p in parameters if p.index_into is not None}
    drawn: list[Any] = [
        draw(values(p.type, nonempty=p.nonempty or index in positioned)) for index, p in enumerate(parameters)
    ]
    for index, parameter in enumerate(parameters):
        if parameter.same_length_as is not None:
            size = len(drawn[parameter.same_length_as])
            assert parameter.type.element is not None
            drawn[index] = draw(st.lists(values(parameter.type.element), min_size=size, max_size=size))
    for index, parameter in enumerate(parameters):
        if parameter.length_of is not None:
            drawn[index] = len(drawn[parameter.length_of])
        elif parameter.index_into is not None:
            drawn[index] = draw(st.integers(0, max(0, len(drawn[parameter.index_into]) - 1)))
    return tuple(drawn)
