"""A pinned interface: the translated function takes the caller's declaration, keeps the source's body.

``transcoder translate --signature 'static int f(double n)'`` (and ``eval --signature-from-tests``)
says which declaration the caller needs. ``pin`` adapts the IR of the function to it:

* The parameters and result get the pinned types; the body keeps the source's types and
  meaning. Where a pinned type differs from the source's, the value is converted at the boundary:
  a scalar parameter read once gets a cast at that use, any other becomes a local of the source's
  type initialised from the parameter (renamed ``nArg`` / ``n_arg``); returned values are
  converted to the pinned result. Widening (``int`` to ``long``, ``int`` to ``double``) is exact
  and printed implicitly; narrowing is an explicit cast with the target's meaning: C++ reduces
  modulo 2**bits for unsigned targets, ``(int)`` of a ``double`` truncates, Java ``(int)`` of a
  ``long`` keeps the low 32 bits. A C++ ``unsigned int`` value widened to a Java ``long`` is
  zero-extended (the unsigned value, as the caller asked for a ``long``). Booleans and integers
  convert as C does (``x != 0``, ``b ? 1 : 0``); a C string (``char s[]``) or Java ``char[]`` and
  a string convert by copying the characters.
* A function the module calls itself (recursion, or a helper calling it) keeps the source's
  declaration under the name ``f_impl`` (``fImpl`` in Java), and the pinned ``f`` converts and
  calls it, so the recursion never goes through a narrowing conversion.
* A C++ reference (``string& s``) to a value the source held by value (a Java ``String``, an
  ``int``) and changes is copied on entry: the caller's variable stays as the source left it.
* How each type was spelled (``Boolean``, ``Integer[]``, ``long int``, ``vector<int>&``,
  ``char s[]``, ``int index = 0``) travels to the back end in a ``Declaration``; a spelling of the
  other language is printed in the target's own words. The back ends keep the body valid for
  the spelling: Java unboxes where two boxed values meet (``==`` on two ``Integer`` elements
  compares identity), streams over an ``Integer[]`` map to ``int``, stores into a ``Long[]`` are
  ``long``; C++ reads the length of a ``char s[]`` with no length parameter as ``strlen(s)`` (a C
  string ends at its ``'\\0'``) and uses a pinned ``vector`` as a vector.

A declaration with another number of parameters, or a type that cannot hold the source's value
(a string for an ``int``, an array of other elements), is an ``UnsupportedConstruct``: never a
silently wrong translation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names
from transcoder.engines.rules.signature import Interface, PinnedParam, PinnedType
from transcoder.errors import InputError, UnsupportedConstruct

L = ir.LibOp


@dataclass(frozen=True, slots=True)
class PinningRules:
    """What a target decides when a function is pinned (each typed target's package has one)."""

    boxes: bool
    """Pinned object types (``Integer[] X``, ``Long n``) stay objects (Java)."""
    vectors_are_arrays: bool
    """A pinned ``vector<T>&`` and an array that knows its length are one object (C++)."""
    zero_extends_unsigned: bool
    """An unsigned value widened to a signed type is zero-extended (Java holds C++ unsigned
    values in the signed type of their width)."""
    c_strings_convert: bool
    """A C string converts to a string implicitly (C++); else its characters are copied."""
    strings_to_chars: bool
    """A string converts to a ``char[]`` by copying its characters (Java)."""
    copies_references: bool
    """A reference parameter the body changes is copied on entry (C++ ``string&``)."""
    argument_suffix: str
    """Renamed parameter (``nArg`` / ``n_arg``): a local of the source's type takes its place."""
    worker_suffix: str
    """The source's function kept beside the pinned one (``fImpl`` / ``f_impl``)."""


@dataclass(frozen=True, slots=True)
class Declaration:
    """How a back end prints one pinned function's declaration."""

    result: PinnedType  # the result type as spelled
    params: tuple[PinnedParam, ...]  # the parameters' types as spelled, in order
    boxed: frozenset[str] = frozenset()  # Java: parameters held as objects (``Integer[] X``, ``Long n``)


def pin(
    module: ir.Module, interface: Interface, rules: PinningRules
) -> tuple[ir.Module, dict[str, Declaration]]:
    """``module`` with its function adapted to ``interface``, and the declaration to print for it."""
    function = _pinned_function(module, interface)
    if len(function.params) != len(interface.params):
        raise InputError(
            f"rules engine: the signature has {len(interface.params)} parameter"
            f"{'' if len(interface.params) == 1 else 's'}, "
            f"'{function.name}' has {len(function.params)}"
        )
    pinned_types = [
        _effective(p.type.type, s.type, rules) for p, s in zip(interface.params, function.params, strict=True)
    ]
    result = interface.result.type
    for pinned, source in zip(pinned_types, function.params, strict=True):
        _check(pinned, source.type, pinned, source.type, rules, f"parameter '{source.name}'", function)
    _check(function.return_type, result, result, function.return_type, rules, "the result", function)
    copies = _copies(function, interface, rules)
    changed = (
        any(p != s.type for p, s in zip(pinned_types, function.params, strict=True))
        or result != function.return_type
        or bool(copies)
    )
    if changed and _called(module, function.name):
        functions = _with_worker(module, function, pinned_types, result, rules)
    else:
        adapted = _adapt(function, pinned_types, result, rules, copies) if changed else function
        functions = tuple(adapted if f is function else f for f in module.functions)
    functions = tuple(
        dataclasses.replace(f, body=_convert_returns(f.body, f.return_type, rules))
        if f.name == function.name
        else f
        for f in functions
    )
    boxed = frozenset(
        name
        for name, pinned in zip(_param_names(functions, function.name), interface.params, strict=True)
        if rules.boxes and pinned.type.boxed and pinned.type.java() is not None
    )
    _refuse_boxed_arrays_passed_on(next(f for f in functions if f.name == function.name), boxed)
    declaration = Declaration(interface.result, interface.params, boxed)
    return dataclasses.replace(module, functions=functions), {function.name: declaration}


def _refuse_boxed_arrays_passed_on(function: ir.Function, boxed: frozenset[str]) -> None:
    """An ``Integer[]`` parameter handed to another function, which takes an ``int[]``, cannot compile."""
    for node in ir.walk(function.body):
        if not isinstance(node, ir.Call) or node.function == function.name:  # recursion takes it boxed
            continue
        for arg in node.args:
            if isinstance(arg, ir.Name) and arg.id in boxed and isinstance(arg.type, t.ArrayType):
                raise UnsupportedConstruct(
                    f"rules engine: cannot implement the signature: the boxed array '{arg.id}' is passed "
                    f"to '{node.function}', which takes an array of primitives",
                    node.location,
                )


def _pinned_function(module: ir.Module, interface: Interface) -> ir.Function:
    by_name = {f.name: f for f in module.functions}
    if interface.name in by_name:
        return by_name[interface.name]
    if len(module.functions) == 1:
        return module.functions[0]
    raise InputError(
        f"rules engine: the signature names '{interface.name}', which is not one of the functions "
        f"({', '.join(by_name)})"
    )


def _param_names(functions: tuple[ir.Function, ...], name: str) -> list[str]:
    return [p.name for p in next(f for f in functions if f.name == name).params]


def _effective(pinned: t.Type, source: t.Type, rules: PinningRules) -> t.Type:
    """The IR type the parameter gets: the pinned one, or the source's where they print alike.

    A C++ ``vector<int>&`` and an array that knows its length are the same C++ object, so the
    body keeps working on the array (the back end prints the declaration as spelled).
    """
    if (
        rules.vectors_are_arrays
        and isinstance(pinned, t.ListType)
        and isinstance(source, t.ArrayType)
        and pinned.element == source.element
    ):
        return source
    return pinned


def _check(
    from_type: t.Type,
    to_type: t.Type,
    pinned: t.Type,
    source: t.Type,
    rules: PinningRules,
    what: str,
    function: ir.Function,
) -> None:
    """Check that a value of ``from_type`` converts to ``to_type``; raise a one-line error if not."""
    probe = ir.Name("value", type=from_type)
    if _convert(probe, to_type, rules) is None:
        raise UnsupportedConstruct(
            f"rules engine: cannot implement the signature: it makes {what} of '{function.name}' "
            f"{_spoken(pinned)} where the source has {_spoken(source)}",
            function.location,
        )


def _spoken(type_: t.Type) -> str:
    if isinstance(type_, t.ArrayType):
        return f"an array of {_spoken(type_.element)}"
    if isinstance(type_, t.ListType):
        return f"a list of {_spoken(type_.element)}"
    return str(type_)


def _convert(value: ir.Expr, to_type: t.Type, rules: PinningRules) -> ir.Expr | None:
    """``value`` converted to ``to_type`` as the target converts it; None where no conversion is exact
    enough to be a port of the same function (a string to a number, arrays of other elements)."""
    source = value.type
    if source == to_type:
        return value
    scalar = (t.IntType, t.FloatType, t.CharType, t.BoolType)
    folded = _fold(value, to_type)
    if folded is not None:
        return folded
    if isinstance(source, scalar) and isinstance(to_type, scalar):
        if isinstance(source, t.CharType) and isinstance(to_type, t.BoolType):
            return None
        if (
            rules.zero_extends_unsigned
            and isinstance(source, t.IntType)
            and not source.signed
            and isinstance(to_type, t.IntType)
            and to_type.signed
            and (to_type.bits or 64) > (source.bits or 64)
        ):
            # Java holds a C++ unsigned value in the signed type of its width: zero-extend it.
            mask = (1 << (source.bits or 64)) - 1
            widened = ir.Cast(value, type=to_type)
            return ir.Binary(ir.BinaryOp.BIT_AND, widened, ir.IntLiteral(mask, type=to_type), type=to_type)
        return ir.Cast(value, type=to_type)
    chars = t.ArrayType(t.CHAR)
    if source == chars and isinstance(to_type, t.StringType):
        if rules.c_strings_convert:
            return ir.Cast(value, type=to_type)  # a C string converts to std::string
        return ir.LibraryCall(L.STR_FROM_CHARS, (value,), type=to_type)
    if isinstance(source, t.StringType) and to_type == chars and rules.strings_to_chars:
        return ir.LibraryCall(L.STR_CHARS, (value,), type=to_type)
    return None


def _fold(value: ir.Expr, to_type: t.Type) -> ir.Expr | None:
    """A literal converted exactly (``return 1;`` into a ``boolean`` is ``return true;``); else None."""
    if isinstance(value, ir.BoolLiteral) and isinstance(to_type, t.IntType):
        return ir.IntLiteral(int(value.value), type=to_type, location=value.location)
    if not isinstance(value, ir.IntLiteral):
        return None
    if isinstance(to_type, t.BoolType):
        return ir.BoolLiteral(value.value != 0, type=to_type, location=value.location)
    if isinstance(to_type, t.FloatType) and abs(value.value) < 2**24:
        return ir.FloatLiteral(float(value.value), type=to_type, location=value.location)
    if isinstance(to_type, t.IntType) and to_type.bits is not None:
        low, high = (
            (-(2 ** (to_type.bits - 1)), 2 ** (to_type.bits - 1)) if to_type.signed else (0, 2**to_type.bits)
        )
        if low <= value.value < high:
            return ir.IntLiteral(value.value, type=to_type, location=value.location)
    return None


def _exact_widening(source: t.Type, target: t.Type) -> bool:
    """Whether every ``source`` value converts to ``target`` and back unchanged, implicitly."""
    if isinstance(source, t.IntType) and isinstance(target, t.IntType):
        if source.signed == target.signed:
            return (target.bits or 99) >= (source.bits or 99)
        return False
    if isinstance(source, t.IntType | t.CharType) and isinstance(target, t.FloatType):
        bits = source.bits if isinstance(source, t.IntType) else 16
        return bits is not None and bits <= (24 if target.bits == 32 else 53)
    if isinstance(source, t.FloatType) and isinstance(target, t.FloatType):
        return target.bits >= source.bits
    return isinstance(source, t.CharType) and isinstance(target, t.IntType) and (target.bits or 99) >= 32


def _called(module: ir.Module, name: str) -> bool:
    return any(
        isinstance(node, ir.Call) and node.function == name
        for f in module.functions
        for node in ir.walk(f.body)
    )


def _fresh(function: ir.Function, base: str) -> str:
    taken = {n.id for n in ir.walk(function) if isinstance(n, ir.Name)} | {
        n.name for n in ir.walk(function) if isinstance(n, ir.VarDecl | ir.Param | ir.ForEach)
    }
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}{counter}", counter + 1
    return candidate


def _argument_name(function: ir.Function, name: str, rules: PinningRules) -> str:
    return _fresh(function, f"{name}{rules.argument_suffix}")


def _copies(function: ir.Function, interface: Interface, rules: PinningRules) -> frozenset[str]:
    """Parameters the body changes that the caller passes by a reference they must not change
    through: a C++ ``string& s`` for a Java ``String s`` the function reassigns (the caller's
    variable stays as the source left it), or any ``const`` reference. They get a copy on entry."""
    if not rules.copies_references:
        return frozenset()
    assigned = assigned_names(function.body)
    value_types = (t.StringType, t.IntType, t.FloatType, t.BoolType, t.CharType)
    return frozenset(
        source.name
        for source, pinned in zip(function.params, interface.params, strict=True)
        if pinned.type.reference
        and source.name in assigned
        and (pinned.type.const or (not source.by_reference and isinstance(source.type, value_types)))
    )


def _adapt(
    function: ir.Function,
    pinned_types: list[t.Type],
    result: t.Type,
    rules: PinningRules,
    copies: frozenset[str] = frozenset(),
) -> ir.Function:
    """The function with pinned parameter and result types, converting at the boundary."""
    assigned = assigned_names(function.body)
    params: list[ir.Param] = []
    entry: list[ir.Stmt] = []
    substitutions: dict[str, ir.Expr] = {}
    for param, pinned in zip(function.params, pinned_types, strict=True):
        if pinned == param.type and param.name not in copies:
            params.append(param)
            continue
        uses = sum(isinstance(n, ir.Name) and n.id == param.name for n in ir.walk(function.body))
        scalar = t.is_numeric(pinned) or isinstance(pinned, t.BoolType)
        if uses <= 1 and param.name not in assigned and scalar:
            # Read once: convert at that use and keep the name.
            converted = _convert(ir.Name(param.name, type=pinned), param.type, rules)
            assert converted is not None
            substitutions[param.name] = converted
            params.append(dataclasses.replace(param, type=pinned, default=None))
            continue
        renamed = _argument_name(function, param.name, rules)
        converted = _convert(ir.Name(renamed, type=pinned), param.type, rules)
        assert converted is not None
        entry.append(ir.VarDecl(param.name, param.type, converted, location=param.location))
        params.append(dataclasses.replace(param, name=renamed, type=pinned, default=None, by_reference=False))

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Name) and node.id in substitutions:
            return substitutions[node.id]
        return node

    body = function.body
    if substitutions:
        rewritten = ir.transform(body, rewrite)
        assert isinstance(rewritten, ir.Block)
        body = rewritten
    # Values first take the source's result type, as the source's `return` converted them
    # (an int returned as `unsigned`); ``pin`` then converts them to the pinned result.
    body = _convert_returns(body, function.return_type, rules)
    return dataclasses.replace(
        function, params=tuple(params), return_type=result, body=ir.Block((*entry, *body.body))
    )


def _convert_returns(body: ir.Block, result: t.Type, rules: PinningRules) -> ir.Block:
    """Every ``return value`` of the function (not of a lambda inside it) converted to ``result``
    where it has another type (a Python ``return parity`` of an int for a pinned ``boolean``)."""

    def visit(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Lambda):
            return node
        if isinstance(node, ir.Return) and node.value is not None:
            value = node.value
            if value.type == result or _exact_widening(value.type, result):
                return node  # implicit in both targets
            converted = _convert(value, result, rules)
            # None: a value of no scalar type (a null); the result's type was checked convertible.
            return node if converted is None else dataclasses.replace(node, value=converted)
        changes: dict[str, object] = {}
        for name in ir._child_fields(type(node)):
            value = getattr(node, name)
            if isinstance(value, ir.Node):
                changes[name] = visit(value)
            elif isinstance(value, tuple):
                changes[name] = tuple(visit(v) if isinstance(v, ir.Node) else v for v in value)
        return dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]

    converted = visit(body)
    assert isinstance(converted, ir.Block)
    return converted


def _with_worker(
    module: ir.Module, function: ir.Function, pinned_types: list[t.Type], result: t.Type, rules: PinningRules
) -> tuple[ir.Function, ...]:
    """The source's function renamed (its callers follow) and a pinned function that calls it."""
    taken = {f.name for f in module.functions}
    worker_name = f"{function.name}{rules.worker_suffix}"
    while worker_name in taken:
        worker_name += "_"

    def rename_calls(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Call) and node.function == function.name:
            return dataclasses.replace(node, function=worker_name)
        return node

    renamed = []
    for f in module.functions:
        new = ir.transform(f, rename_calls)
        assert isinstance(new, ir.Function)
        renamed.append(dataclasses.replace(new, name=worker_name) if f is function else new)
    params = tuple(
        dataclasses.replace(p, type=pinned, default=None)
        for p, pinned in zip(function.params, pinned_types, strict=True)
    )
    args = []
    for param, pinned in zip(function.params, pinned_types, strict=True):
        value = _convert(ir.Name(param.name, type=pinned), param.type, rules)
        assert value is not None
        if isinstance(value, ir.Cast) and _exact_widening(pinned, param.type):
            value = value.operand  # a call widens implicitly
        args.append(value)
    call = ir.Call(worker_name, tuple(args), type=function.return_type)
    if isinstance(result, t.VoidType):
        body: tuple[ir.Stmt, ...] = (ir.ExprStmt(call),)
    else:
        converted = _convert(call, result, rules)
        assert converted is not None
        body = (ir.Return(converted),)
    wrapper = ir.Function(function.name, params, result, ir.Block(body), location=function.location)
    position = next(i for i, f in enumerate(module.functions) if f is function)
    return (*renamed[: position + 1], wrapper, *renamed[position + 1 :])
