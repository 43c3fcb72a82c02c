"""C++ function templates with type parameters (``template <typename T> T max3(T a, T b, T c)``).

A template is read once, as a generic function whose type parameters are ``TypeVarType``s; Java
prints it as a generic method (``static <T extends Comparable<T>> T max3(T a, T b, T c)``),
Python as the plain function. A C++ template is instantiated per type, a generic is one function
for all, so the translation is exact only where the body means the same for every type it can be
instantiated with. The rule implemented here, for both targets:

* a value of type ``T`` may be assigned, passed, returned, stored in and read from containers of
  ``T`` (``vector<T>``, ``pair<T, T>``), swapped, and compared with another ``T`` (``<``, ``<=``,
  ``>``, ``>=``, ``==``, ``!=``); these mean the same for ints, floating-point numbers, chars, bools
  and strings (Java compares through a helper that keeps ``-0.0 == 0.0`` and NaN's comparisons);
* anything else applied to a ``T`` is refused with its line and column: arithmetic (``a + b`` is
  a sum for ints, a concatenation for strings, wraps for unsigned ints, promotes chars to int, and
  Java generics have no arithmetic), ``-a``, ``++a``, compound assignment, casts, printing, mixing
  ``T`` with a value of another type (``a < 0``, ``T x = 0``), ``T x;`` without a value and
  ``vector<T> v(n)`` (the default differs by type), arrays of ``T``, maps, sets and priority queues
  of ``T`` (Java's keys compare ``-0.0`` and ``0.0`` apart), ``==`` of containers of ``T``, and
  library calls other than the container operations above;
* every type parameter must appear in a function parameter's type (Java infers from arguments);
  a call of the template (``max3(a, b, c)`` or ``max3<int>(a, b, c)``) binds each parameter to one
  scalar or string type (or to the calling template's own parameter); a call that binds one to
  anything else, deduces two types for it, or leaves it unbound is refused. Non-type parameters
  (``template <int N>``), defaults and dependent types (``typename T::value_type``) are refused
  with a message naming them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd

B = ir.BinaryOp
_COMPARISONS = frozenset({B.LT, B.LE, B.GT, B.GE, B.EQ, B.NE})
_LOGICAL = frozenset({B.AND, B.OR})
# library operations that only move values of T (or count them): the same for every T
_MOVING = frozenset(
    {
        ir.LibOp.SWAP,
        ir.LibOp.LEN,
        ir.LibOp.EMPTY,
        ir.LibOp.CLEAR,
        ir.LibOp.LIST_APPEND,
        ir.LibOp.LIST_POP_BACK,
        ir.LibOp.LIST_BACK,
        ir.LibOp.LIST_FRONT,
        ir.LibOp.LIST_INSERT,
        ir.LibOp.LIST_REMOVE_AT,
        ir.LibOp.REVERSE,
        ir.LibOp.MAKE_PAIR,
        ir.LibOp.PAIR_FIRST,
        ir.LibOp.PAIR_SECOND,
    }
)
_BINDABLE = (t.IntType, t.FloatType, t.CharType, t.BoolType, t.StringType, t.TypeVarType)


def template_function_call(
    f: CppFrontEnd, node: tree_sitter.Node, function: tree_sitter.Node, args_nodes: list[tree_sitter.Node]
) -> ir.Expr:
    """A call whose function names template arguments: a container built (``vector<int>(n, 0)``),
    ``max<int>(a, b)``, ``static_cast<T>(x)``, or a call of a function template of the file."""
    name = node_text(required(function, "name")).removeprefix("std::")
    targs = required(function, "arguments").named_children
    types_ = [f.type_of(a, node) for a in targs if a.type == "type_descriptor"]
    if name in ("vector", "pair", "set", "map") or name in ("unordered_map", "unordered_set"):
        return f.constructor(f.template_type(name, types_, targs, function), required(node, "arguments"), node)
    if name in ("max", "min") and len(args_nodes) == 2 and types_:
        a, b = (f.coerce(f.expression(x), types_[0]) for x in args_nodes)
        op = ir.LibOp.MAX if name == "max" else ir.LibOp.MIN
        return ir.LibraryCall(op, (a, b), type=types_[0], location=f.location(node))
    if name == "static_cast" and len(types_) == 1 and len(args_nodes) == 1:
        # where static_cast<T>(x) compiles it converts as the C cast (T) x does: the cast's own rules
        return ir.Cast(f.expression(args_nodes[0]), type=types_[0], location=f.location(node))
    if name in f.templates and f.scopes.lookup(name) is None:
        return f.template_call(name, types_, args_nodes, node)
    raise f.unsupported(node, f"call of template '{name}'")


def template_parameters(f: CppFrontEnd, node: tree_sitter.Node) -> tuple[tree_sitter.Node, tuple[str, ...]]:
    """The function a ``template_declaration`` declares and its type parameters' names; refuses
    class templates, prototypes and parameters other than plain ``typename T`` / ``class T``."""
    inner = node.named_children[-1] if node.named_children else None
    if inner is None or inner.type != "function_definition":
        raise f.unsupported(node, "template declaration other than a function definition")
    names: list[str] = []
    parameters = node.child_by_field_name("parameters")
    for param in parameters.named_children if parameters is not None else ():
        if param.type == "type_parameter_declaration" and param.named_child_count == 1:
            names.append(node_text(param.named_children[0]))
        elif param.type in ("parameter_declaration", "optional_parameter_declaration"):
            raise f.unsupported(param, f"non-type template parameter '{node_text(param)}'")
        elif param.type == "optional_type_parameter_declaration":
            raise f.unsupported(param, f"template parameter with a default '{node_text(param)}'")
        else:
            raise f.unsupported(param, f"template parameter '{node_text(param)}'")
    return inner, tuple(names)


def bind(
    f: CppFrontEnd, name: str, args: tuple[ir.Expr, ...], explicit: list[t.Type], node: tree_sitter.Node
) -> dict[str, t.Type]:
    """The type each type parameter of template ``name`` takes at this call: the explicit
    arguments (``max3<int>``) first, then what the arguments' types deduce."""
    names = f.templates[name]
    if len(explicit) > len(names):
        raise f.unsupported(node, f"call of template '{name}' with {len(explicit)} type arguments")
    bound: dict[str, t.Type] = dict(zip(names, explicit, strict=False))
    deduced: dict[str, t.Type] = {}
    deduce_all(f.template_signatures[name], args, deduced)
    for name_, type_ in deduced.items():
        if name_ not in bound and type_ == t.UNKNOWN:
            raise f.unsupported(node, f"call of template '{name}' that deduces no single type for '{name_}'")
        bound.setdefault(name_, type_)
    for name_ in names:
        if name_ not in bound:
            raise f.unsupported(node, f"call of template '{name}' that does not deduce '{name_}'")
        if not isinstance(bound[name_], _BINDABLE) or bound[name_] == t.UNKNOWN:
            raise f.unsupported(node, f"template '{name}' instantiated with {name_} = '{bound[name_]}'")
    return bound


def deduce_all(params: tuple[t.Type, ...], args: tuple[ir.Expr, ...], bound: dict[str, t.Type]) -> None:
    """Binds the type variables of ``params`` from the arguments' types (first binding wins)."""
    for param, arg in zip(params, args, strict=False):
        _deduce(param, arg.type, bound)


def _deduce(param: t.Type, arg: t.Type, bound: dict[str, t.Type]) -> None:
    if isinstance(param, t.TypeVarType):
        if bound.get(param.name, arg) != arg:
            bound[param.name] = t.UNKNOWN  # C++ deduces nothing from conflicting arguments
        else:
            bound[param.name] = arg
        return
    if type(param) is not type(arg):
        return
    for field in getattr(param, "__slots__", ()):
        inner, outer = getattr(param, field), getattr(arg, field)
        if isinstance(inner, t.Type) and isinstance(outer, t.Type):
            _deduce(inner, outer, bound)


def substitute(type_: t.Type, bound: dict[str, t.Type]) -> t.Type:
    """``type_`` with each bound type variable replaced by its type."""
    if isinstance(type_, t.TypeVarType):
        return bound.get(type_.name, type_)
    if not t.type_variables(type_):
        return type_
    changes: dict[str, object] = {}
    for field in dataclasses.fields(type_):
        value = getattr(type_, field.name)
        if isinstance(value, t.Type):
            changes[field.name] = substitute(value, bound)
        elif isinstance(value, tuple):
            changes[field.name] = tuple(substitute(x, bound) if isinstance(x, t.Type) else x for x in value)
    return dataclasses.replace(type_, **changes)


def check_generic(f: CppFrontEnd, function: ir.Function) -> None:
    """Refuses the first operation of ``function`` that does not mean the same for every type its
    type parameters can take (the rule in the module docstring)."""
    mentioned = {n for p in function.params for n in t.type_variables(p.type)}
    for param in function.params:
        if _holds_array_of_variable(param.type):
            raise _refusal(f, param, f"array of template type '{param.type}'")
        keyed = _keyed(param)
        if keyed is not None:
            raise _refusal(f, param, keyed)
    for name in f.type_parameters:
        if name not in mentioned:  # Java infers a generic's types from its arguments only
            raise _refusal(
                f, function, f"template parameter '{name}' that no function parameter's type names"
            )
    keyed_result = isinstance(function.return_type, (t.MapType, t.SetType, t.PriorityQueueType))
    if keyed_result and t.type_variables(function.return_type):
        raise _refusal(f, function, f"ordered or hashed container of template type '{function.return_type}'")
    for node in ir.walk(function.body):
        problem = _keyed(node) or _problem(node, function.return_type)
        if problem is not None:
            raise _refusal(f, node, problem)


def _refusal(f: CppFrontEnd, node: ir.Node, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: unsupported {f.language} construct: {what}", node.location)


def _holds_array_of_variable(type_: t.Type) -> bool:
    return isinstance(type_, t.ArrayType) and bool(t.type_variables(type_))


def _is_variable(type_: t.Type) -> bool:
    return bool(t.type_variables(type_))


def _problem(node: ir.Node, result: t.Type) -> str | None:
    """What ``node`` does to a value of template type that the rule refuses, or None."""
    if isinstance(node, ir.Binary):
        sides = (node.left.type, node.right.type)
        if not any(_is_variable(s) for s in sides) or (node.op in _LOGICAL):
            return None
        if node.op in _COMPARISONS and isinstance(sides[0], t.TypeVarType) and sides[0] == sides[1]:
            return None
        return f"operator '{node.op.value}' on template type '{sides[0] if _is_variable(sides[0]) else sides[1]}'"
    if isinstance(node, (ir.Unary, ir.IncDec, ir.Cast)) and _is_variable(_operand_type(node)):
        return f"arithmetic or conversion on template type '{_operand_type(node)}'"
    if isinstance(node, ir.Cast) and _is_variable(node.type):
        return f"conversion to template type '{node.type}'"
    if isinstance(node, ir.AssignExpr) and (_is_variable(node.target.type) or _is_variable(node.value.type)):
        if node.op is not None:
            return f"compound assignment on template type '{node.target.type}'"
        return _mixed(node.target.type, node.value.type)
    if isinstance(node, ir.VarDecl) and node.init is not None and _is_variable(node.type):
        return _mixed(node.type, node.init.type)
    if isinstance(node, ir.Return) and node.value is not None and _is_variable(result):
        return _mixed(result, node.value.type)
    if (
        isinstance(node, ir.LibraryCall)
        and node.op not in _MOVING
        and (any(a is not None and _is_variable(a.type) for a in node.args) or _is_variable(node.type))
    ):
        return f"library operation '{node.op.value}' on template type"
    return None


def _keyed(node: ir.Node) -> str | None:
    """Containers that compare or hash values of T themselves, or make values of T from nothing."""
    type_ = node.type if isinstance(node, (ir.Expr, ir.VarDecl, ir.Param)) else None
    if type_ is None or not _is_variable(type_):
        return None
    if isinstance(type_, (t.MapType, t.SetType, t.PriorityQueueType)):
        # Java's TreeMap/HashMap compare Doubles by compareTo/equals: -0.0 and 0.0 are two keys
        return f"ordered or hashed container of template type '{type_}'"
    if isinstance(node, ir.VarDecl) and node.init is None and isinstance(type_, t.TypeVarType):
        return f"variable of template type '{type_}' without a value (its default differs by type)"
    if isinstance(node, ir.NewArray):
        return f"new array of template type '{type_}'"
    if isinstance(node, ir.NewContainer) and node.size is not None and node.fill is None:
        return f"container of template type '{type_}' filled with the type's default"
    return None


def _operand_type(node: ir.Unary | ir.IncDec | ir.Cast) -> t.Type:
    return node.target.type if isinstance(node, ir.IncDec) else node.operand.type


def _mixed(declared: t.Type, value: t.Type) -> str | None:
    if declared == value:
        return None
    return f"value of type '{value}' where template type '{declared}' is expected"
