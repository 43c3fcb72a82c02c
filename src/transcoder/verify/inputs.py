"""Inputs for generated tests: random ones, boundary ones, and an independent random set.

- ``random_inputs``: small values shaped like the benchmark's (scalars non-negative, arrays of 1-8
  elements), as verification has always drawn them.
- ``boundary_inputs``: inputs that look for trouble. A typical input is drawn, then each parameter
  in turn takes each of its type's special values while the others keep theirs: 0, -1, the type's
  minimum and maximum, values whose squares or sums overflow the type, empty and one-element
  containers, strings shorter than any slice taken, repeated and surrounding spaces, negative
  and halfway floats, lengths shorter than their array (a translation that reads ``arr.length``
  instead of the length parameter differs there). Each carries a label saying what is special.
- ``independent_inputs``: a second random set, drawn from other distributions (the whole range of
  each type, negative scalars, empty containers), to check translations that passed the first two.

The benchmark's conventions (a length parameter is its array's length, a position indexes its
array, arrays without a length share the next one's) hold in every set, except where a boundary
input deliberately makes a length shorter than its array. A raw C++ array (``nonempty``) is
never empty: reading its first element is what such code does, and reading it past its end is
undefined behaviour the sanitizer cannot see through a pointer.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from transcoder.verify.values import Interface, Parameter, Value, ValueType

BOUNDARY_LIMIT = 24  # boundary inputs per function at most


@dataclass(frozen=True)
class GeneratedInput:
    values: tuple[Value, ...]
    boundary: str = ""  # what makes it a boundary input ("n=2147483647 (max)"); "" for a random one


# -- random inputs, as verification always drew them ----------------------------------------------
def random_inputs(interface: Interface, count: int, seed: int = 0) -> list[tuple[Value, ...]]:
    """``count`` argument tuples, reproducible from ``seed``: small values, scalars non-negative."""
    generator = random.Random(seed)
    inputs: list[tuple[Value, ...]] = []
    for _ in range(count):
        values: list[Value] = [_draw(generator, p.type) for p in interface.parameters]
        inputs.append(_conform(interface, values, generator, _draw))
    return inputs


def _draw(generator: random.Random, shape: ValueType, element: bool = False) -> Value:
    if shape.integer:
        # Scalars are counts, sizes and indices far more often than not, and a C++ source given
        # a negative one reads outside its arrays (undefined, not a crash): keep them >= 0.
        # Array elements are data: negatives are common there.
        if element:
            value = generator.randint(-20, 50)
        else:
            value = generator.randint(0, 20) if generator.random() < 0.8 else generator.randint(0, 100)
        return min(max(value, shape.minimum), shape.maximum)
    if shape.kind == "float":
        return round(generator.uniform(-10, 50), 2)
    if shape.kind == "bool":
        return generator.random() < 0.5
    if shape.kind == "char":
        return generator.choice("abcdefghxyz0123456789")
    if shape.kind == "str":
        alphabet = generator.choice(["abcde", "ab", "0123456789", "abcdefghijklmnopqrstuvwxyz"])
        return "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 8)))
    return _draw_container(generator, shape, _draw, generator.randint(1, 8))


def _draw_container(
    generator: random.Random,
    shape: ValueType,
    draw: Callable[..., Value],
    size: int,
) -> Value:
    if shape.kind == "tuple":
        return [draw(generator, item, element=True) for item in shape.items]
    if shape.kind == "map":
        assert shape.key is not None and shape.element is not None
        mapping: dict[Value, Value] = {}
        for _ in range(size):
            mapping[_hashable(draw(generator, shape.key, element=True))] = draw(generator, shape.element, element=True)
        return mapping
    assert shape.element is not None
    size = shape.length or size
    items = [draw(generator, shape.element, element=True) for _ in range(size)]
    if shape.kind == "set":
        return _unique(items)
    if shape.element.kind == "list" and items and not shape.element.length:
        # Rows of one length: most functions taking a matrix assume it is rectangular.
        width = len(items[0])  # type: ignore[arg-type]
        items = [_resize(generator, row, width, shape.element, draw) for row in items]  # type: ignore[arg-type]
    return items


def _resize(
    generator: random.Random, row: list[Value], width: int, shape: ValueType, draw: Callable[..., Value]
) -> list[Value]:
    assert shape.element is not None
    return (row + [draw(generator, shape.element, element=True) for _ in range(width)])[:width]


def _hashable(value: Value) -> Value:
    return tuple(value) if isinstance(value, list) else value


def _unique(items: list[Value]) -> list[Value]:
    seen: list[Value] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _conform(
    interface: Interface,
    values: list[Value],
    generator: random.Random,
    draw: Callable[..., Value],
    keep: frozenset[int] = frozenset(),
) -> tuple[Value, ...]:
    """Apply the conventions: arrays sharing a length resized to it, lengths set to their array's,
    positions drawn inside their array; parameters in ``keep`` keep the value they have."""
    parameters = interface.parameters
    for index, parameter in enumerate(parameters):
        if parameter.same_length_as is not None and index not in keep:
            size = len(values[parameter.same_length_as])  # type: ignore[arg-type]
            assert parameter.type.element is not None
            values[index] = [draw(generator, parameter.type.element, element=True) for _ in range(size)]
    for index, parameter in enumerate(parameters):
        if index in keep:
            continue
        if parameter.length_of is not None:
            values[index] = len(values[parameter.length_of])  # type: ignore[arg-type]
        elif parameter.index_into is not None:
            size = len(values[parameter.index_into])  # type: ignore[arg-type]
            values[index] = generator.randrange(size) if size else 0
    return tuple(values)


# -- boundary inputs ------------------------------------------------------------------------------
def boundary_inputs(interface: Interface, seed: int = 0, limit: int = BOUNDARY_LIMIT) -> list[GeneratedInput]:
    """Up to ``limit`` inputs, each a typical input with one parameter at a special value (plus an
    all-zero/empty one); the specials of every parameter are taken in turn, the most telling first."""
    generator = random.Random(seed ^ 0xB0B)
    parameters = interface.parameters
    if not parameters:
        return []
    base = list(random_inputs(interface, 1, seed ^ 0x5EED)[0])
    per_parameter = [_variants(interface, index, base) for index in range(len(parameters))]
    found: list[GeneratedInput] = []
    seen: set[str] = {repr(base)}

    def add(values: list[Value], keep: frozenset[int], label: str) -> None:
        conformed = _conform(interface, values, generator, _draw, keep)
        if repr(conformed) not in seen and len(found) < limit:
            seen.add(repr(conformed))
            found.append(GeneratedInput(conformed, label))

    smallest = [variants[0][0] if variants else base[i] for i, variants in enumerate(per_parameter)]
    add(list(smallest), frozenset(i for i, v in enumerate(per_parameter) if v), "every parameter at its first special value")
    for turn in range(max(len(v) for v in per_parameter)):
        for index, variants in enumerate(per_parameter):
            if turn < len(variants):
                value, label = variants[turn]
                values = list(base)
                values[index] = value
                add(values, _kept(interface, index, value), label)
    return found


def _kept(interface: Interface, index: int, value: Value) -> frozenset[int]:
    """The parameters a variant of ``index`` fixes: itself, and for a length its array (so that the
    length may be shorter than the array)."""
    parameter = interface.parameters[index]
    if parameter.length_of is not None:
        return frozenset({index, parameter.length_of})
    return frozenset({index})


def _variants(interface: Interface, index: int, base: list[Value]) -> list[tuple[Value, str]]:
    parameter = interface.parameters[index]
    name = parameter.name
    if parameter.length_of is not None:
        size = len(base[parameter.length_of])  # type: ignore[arg-type]
        found: list[tuple[Value, str]] = [(0, f"{name}=0, shorter than its array")] if size > 0 else []
        found += [(size - 1, f"{name}={size - 1}, shorter than its array")] if size > 1 else []
        if not interface.parameters[parameter.length_of].nonempty:
            # Past the end of a checked container the source raises (the input is dropped) or
            # does what its language does: Python slices clamp, ``s[:n]`` with n > len(s).
            found += [(size + 1, f"{name}={size + 1}, longer than its array"), (-1, f"{name}=-1")]
        return found
    if parameter.index_into is not None:
        size = len(base[parameter.index_into])  # type: ignore[arg-type]
        return [(0, f"{name}=0 (first position)"), (size - 1, f"{name}={size - 1} (last position)")] if size else []
    if parameter.same_length_as is not None:
        return []  # follows its partner's length: varied with it
    specials = special_values(parameter.type)
    if _never_empty(interface, parameter):
        specials = [(v, why) for v, why in specials if not (isinstance(v, list | str) and len(v) == 0)]
    return [(value, f"{name}={_show(value)}{f' ({why})' if why else ''}") for value, why in specials]


def _never_empty(interface: Interface, parameter: Parameter) -> bool:
    if parameter.nonempty:
        return True
    # An array whose positions are passed alongside is read at them: an empty one has none.
    position = interface.parameters.index(parameter)
    return any(p.index_into == position for p in interface.parameters)


def _show(value: Value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def special_values(shape: ValueType) -> list[tuple[Value, str]]:
    """The values of ``shape`` most likely to expose a wrong translation, most telling first, each
    with a few words on why (empty where the value says it)."""
    if shape.integer:
        return _integer_specials(shape)
    if shape.kind == "float":
        return [(0.0, ""), (-1.0, ""), (0.5, "rounds to even"), (2.5, "rounds to even"), (-2.5, "negative half"),
                (-7.25, "negative, floor differs from truncation"), (1e18, "beyond 64-bit integers' exactness"),
                (1e-9, "tiny"), (-0.0, "negative zero")]  # fmt: skip
    if shape.kind == "bool":
        return [(False, ""), (True, "")]
    if shape.kind == "char":
        return [(" ", "space"), ("a", ""), ("Z", "upper case"), ("0", "digit"), ("~", "last printable")]
    if shape.kind == "str":
        return [("", "empty"), ("a", "one character"), ("  a  b  ", "repeated and surrounding spaces"),
                (" ", "one space"), ("aaaa", "repeated"), ("a,b,,c", "empty fields"), ("Ab1 ?", "mixed"),
                ("-12", "a negative number"), ("x" * 40, "long")]  # fmt: skip
    if shape.kind == "tuple":
        return [([specials[0][0] for specials in map(special_values, shape.items)], "")]
    if shape.kind == "map":
        return _map_specials(shape)
    return _sequence_specials(shape)


def _integer_specials(shape: ValueType) -> list[tuple[Value, str]]:
    low, high, width = shape.minimum, shape.maximum, shape.width
    square = math.isqrt(high) + 1  # its square overflows
    if shape.unsigned:
        return [(0, ""), (high, f"uint{width} max"), (1, ""), (1 << (width - 1), "top bit set"),
                (high - 1, ""), (square, "square overflows")]  # fmt: skip
    found: list[tuple[Value, str]] = [
        (0, ""), (-1, ""), (high, f"int{width} max"), (low, f"int{width} min"), (1, ""),
        (square, "square overflows"), (1 << (width - 2), "sum of two overflows"), (-2, ""),
        (high - 1, ""), (low + 1, ""), (-square, "square overflows"),
    ]  # fmt: skip
    if width == 64:
        found += [(1 << 31, "beyond int32"), (1 << 32, "beyond uint32"), (-(1 << 31) - 1, "below int32")]
    return found


def _sequence_specials(shape: ValueType) -> list[tuple[Value, str]]:
    assert shape.element is not None
    elements = [value for value, _ in special_values(shape.element)]
    first, second = elements[0], elements[1 % len(elements)]
    top = next((v for v, why in special_values(shape.element) if "max" in why), elements[-1])
    found: list[tuple[Value, str]] = [
        ([], "empty"),
        ([second], "one element"),
        ([top, top], "sum overflows" if shape.element.integer else "equal elements"),
        ([first, first, first], "equal elements"),
        (elements[:6], "boundary elements"),
        (list(reversed(elements[:6])), "boundary elements, reversed"),
    ]
    if shape.element.integer:
        found += [([5, 4, 3, 2, 1], "descending"), ([1, 2, 3, 4, 5], "ascending"),
                  ([-5, 0, 5, -5, 2], "negatives and duplicates")]  # fmt: skip
    if shape.length:
        # every special here is a list (the isinstance only tells the type checker so)
        found = [((v * shape.length)[: shape.length], why) for v, why in found if isinstance(v, list) and v]
    if shape.kind == "set":
        found = [(_unique(v), why) for v, why in found if isinstance(v, list) and len(_unique(v)) == len(v)]
    if shape.element.kind in ("list", "set"):
        # Matrices: rectangular ones of the element's specials, an empty row, one cell.
        rows = [v for v, _ in _sequence_specials(shape.element) if isinstance(v, list) and len(v) >= 3][:3]
        grid: list[Value] = [row[:3] for row in rows]
        found = [([], "empty"), ([[]], "one empty row"), ([[first]], "one cell"), (grid, "boundary rows")]
    return found


def _map_specials(shape: ValueType) -> list[tuple[Value, str]]:
    assert shape.key is not None and shape.element is not None
    keys = _unique([_hashable(v) for v, _ in special_values(shape.key)])
    items = [v for v, _ in special_values(shape.element)]
    full = {key: items[i % len(items)] for i, key in enumerate(keys[:6])}
    return [({}, "empty"), ({keys[0]: items[0]}, "one entry"), (full, "boundary keys and values")]


# -- the independent set --------------------------------------------------------------------------
def independent_inputs(interface: Interface, count: int, seed: int) -> list[tuple[Value, ...]]:
    """``count`` inputs from distributions unlike ``random_inputs``' (whole ranges, negatives,
    empty and longer containers, other alphabets), for a second opinion on a translation."""
    generator = random.Random(seed * 7919 + 17)
    inputs: list[tuple[Value, ...]] = []
    for _ in range(count):
        values = [_wide(generator, p.type, nonempty=_never_empty(interface, p)) for p in interface.parameters]
        inputs.append(_conform(interface, values, generator, _wide))
    return inputs


def _wide(generator: random.Random, shape: ValueType, element: bool = False, nonempty: bool = False) -> Value:
    if shape.integer:
        choice = generator.random()
        if choice < 0.45:
            value = generator.randint(-12, 40)
        elif choice < 0.8:
            value = generator.randint(-5000, 5000)
        else:
            value = generator.randint(shape.minimum, shape.maximum)
        return min(max(value, shape.minimum), shape.maximum)
    if shape.kind == "float":
        return generator.choice([round(generator.uniform(-100, 100), 3), float(generator.randint(-9, 9)),
                                 generator.uniform(-1e6, 1e6)])  # fmt: skip
    if shape.kind == "bool":
        return generator.random() < 0.5
    if shape.kind == "char":
        return generator.choice("abzAZ09 .,-_!")
    if shape.kind == "str":
        alphabet = generator.choice(["ab ", "abc", "Hello World, 123", "  x", "0123456789-+", "aAbBcC.,;"])
        return "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
    low = 1 if nonempty else 0
    return _draw_container(generator, shape, _wide, generator.randint(low, 12))
