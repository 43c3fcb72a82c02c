"""Java ``Comparator<T>`` values: a function value of type ``(T, T) -> int`` (``functions.py``).

``Comparator<Integer> c = (a, b) -> b - a;``, a parameter ``Comparator<? super T> cmp``,
``c.compare(x, y)`` (``ir.Invoke``), and the library's comparators built here as lambdas that
compute exactly what Java's ``compare`` returns:

* ``Comparator.naturalOrder()``, ``Comparator.reverseOrder()``, ``Collections.reverseOrder()``
  of int and long (``Integer.compare``: -1, 0 or 1), char, short and byte (their difference, as
  ``Character.compare``), boolean (``Boolean.compare``); strings only where a sort reads the
  sign (``compareTo``'s value is the UTF-16 difference, which the targets' comparisons do not give);
* ``Comparator.comparing(key)``, ``comparingInt``, ``comparingLong`` with a lambda ``x -> expr``
  or a method reference of the element's class (``String::length``): the natural order of the keys;
* ``c.reversed()`` and ``c.thenComparing(d)`` / ``thenComparing(key)`` / ``thenComparingInt(key)``.

A sort with a comparator value (``list.sort(c)``, ``Collections.sort(list, c)``,
``Arrays.sort(a, c)``) sorts by ``compare(a, b) < 0``; the targets keep Java's stability
(``stable_sort`` in C++ where ties can be told apart, Python's sort is stable). Refused with
their line and column: floating-point keys (``Double.compare`` orders NaN and -0.0 as no target
comparison does), other factories and methods of a comparator."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import names_used
from transcoder.engines.rules.effects import SIDE_EFFECTS
from transcoder.engines.rules.irtools import renamed
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

B = ir.BinaryOp
_PAIRS = (("a", "b"), ("x", "y"), ("c1", "c2"), ("o1", "o2"), ("first", "second"), ("left", "right"))
_KEYED = frozenset({"comparing", "comparingInt", "comparingLong"})
_CLASS_NAMES = {"string": "String", "int32": "Integer", "int64": "Long", "char": "Character"}
_COMBINED = frozenset({"reversed", "thenComparing", "thenComparingInt", "thenComparingLong"})


def comparator_type(element: t.Type) -> t.FunctionType:
    return t.FunctionType((element, element), t.INT)


def compared_element(type_: t.Type) -> t.Type | None:
    """The T of a ``Comparator<T>``'s function type, None for another type."""
    if isinstance(type_, t.FunctionType) and len(type_.parameters) == 2 and type_.result == t.INT:
        first, second = type_.parameters
        return first if first == second else None
    return None


def _int(value: int) -> ir.Expr:
    return ir.IntLiteral(value, type=t.INT)


def natural(f: JavaFrontEnd, a: ir.Expr, b: ir.Expr, node: tree_sitter.Node, *, sign_only: bool) -> ir.Expr:
    """What ``a.compareTo(b)`` returns for values of the type of ``a``."""
    loc = f.location(node)
    type_ = a.type
    if not (pure(a) and pure(b)):  # each key is computed twice below, where Java computes it once
        raise f.unsupported(node, "comparator key with side effects")
    if isinstance(type_, t.CharType) or (isinstance(type_, t.IntType) and (type_.bits or 64) < 32):
        return ir.Binary(B.SUB, f.coerce(a, t.INT), f.coerce(b, t.INT), type=t.INT, location=loc)
    if isinstance(type_, t.IntType) and type_.bits in (32, 64):
        less = ir.Binary(B.LT, a, b, type=t.BOOL, location=loc)
        equal = ir.Binary(B.EQ, a, b, type=t.BOOL, location=loc)
        inner = ir.Conditional(equal, _int(0), _int(1), type=t.INT, location=loc)
        return ir.Conditional(less, _int(-1), inner, type=t.INT, location=loc)
    if isinstance(type_, t.BoolType):
        equal = ir.Binary(B.EQ, a, b, type=t.BOOL, location=loc)
        inner = ir.Conditional(a, _int(1), _int(-1), type=t.INT, location=loc)
        return ir.Conditional(equal, _int(0), inner, type=t.INT, location=loc)
    if isinstance(type_, t.StringType) and sign_only:
        return ir.LibraryCall(ir.LibOp.STR_COMPARE, (a, b), type=t.INT, location=loc)
    raise f.unsupported(node, f"comparator of the natural order of {type_} values")


def comparator_expression(
    f: JavaFrontEnd, node: tree_sitter.Node, element: t.Type, *, sign_only: bool = False
) -> ir.Lambda | None:
    """The library comparator ``node`` builds (see the module's text) as a lambda of two
    parameters returning Java's ``compare(a, b)``; None where ``node`` is not such a call."""
    while node.type == "parenthesized_expression":
        node = node.named_children[0]
    if node.type != "method_invocation":
        return None
    owner = node.child_by_field_name("object")
    name = node_text(required(node, "name"))
    args = required(node, "arguments").named_children
    owner_text = "".join(node_text(owner).split()) if owner is not None else ""
    a, b = (ir.Name(n, type=element) for n in ("\0a", "\0b"))  # placeholders, renamed at the end
    body: ir.Expr | None = None
    if owner_text in ("Comparator", "Collections") and name in ("naturalOrder", "reverseOrder") and not args:
        if name == "naturalOrder" and owner_text == "Collections":
            return None
        first, second = (a, b) if name == "naturalOrder" else (b, a)
        body = natural(f, first, second, node, sign_only=sign_only)
    elif owner_text == "Comparator" and name in _KEYED and len(args) == 1:
        body = _by_key(f, args[0], a, b, element, sign_only=sign_only)
    elif owner is not None and name in _COMBINED:
        inner: ir.Expr | None = comparator_expression(f, owner, element, sign_only=sign_only)
        if inner is None:
            inner = comparator_value(f, owner, element)
        first_body = applied(inner, a, b)
        if name == "reversed" and not args:
            body = applied(inner, b, a)
        elif name in ("thenComparing", "thenComparingInt", "thenComparingLong") and len(args) == 1:
            then = comparator_expression(f, args[0], element, sign_only=sign_only)
            second_body = applied(then, a, b) if then is not None else None
            if second_body is None:
                second_body = _by_key(f, args[0], a, b, element, sign_only=sign_only)
            if not pure(first_body):
                raise f.unsupported(node, "comparator with side effects before thenComparing")
            tied = ir.Binary(B.NE, first_body, _int(0), type=t.BOOL, location=f.location(node))
            body = ir.Conditional(tied, first_body, second_body, type=t.INT, location=f.location(node))
        else:
            raise f.unsupported(node, f"comparator.{name} with these arguments")
    if body is None:
        return None
    return _lambda(f, body, element, node)


def comparator_value(f: JavaFrontEnd, node: tree_sitter.Node, element: t.Type) -> ir.Expr:
    """A ``Comparator<element>`` value: a library comparator, a lambda or a comparator variable."""
    built = comparator_expression(f, node, element)
    if built is not None:
        return built
    value = f.expression(node, expected=comparator_type(element))
    if compared_element(value.type) is None:
        raise f.unsupported(node, "comparator")
    return value


def applied(comparator: ir.Expr, a: ir.Expr, b: ir.Expr) -> ir.Expr:
    """``comparator.compare(a, b)``: a lambda's body with its parameters renamed, else a call."""
    if isinstance(comparator, ir.Lambda) and isinstance(comparator.body, ir.Expr):
        first, second = comparator.params
        assert isinstance(a, ir.Name) and isinstance(b, ir.Name)
        return renamed(comparator.body, {first.name: a.id, second.name: b.id})
    return ir.Invoke(comparator, (a, b), type=t.INT, location=comparator.location)


def _by_key(
    f: JavaFrontEnd, node: tree_sitter.Node, a: ir.Name, b: ir.Name, element: t.Type, *, sign_only: bool
) -> ir.Expr:
    """``natural(key(a), key(b))`` for a key lambda ``x -> expr`` or a method reference."""
    if node.type == "method_reference":
        parts = node.named_children
        method = node_text(parts[-1])
        if len(parts) != 2 or node_text(parts[0]) != _CLASS_NAMES.get(str(element)):
            # `Other::m` is a static method of another class taking the element, not its own m
            raise f.unsupported(node, f"comparator key '{node_text(node)}' other than a method of {element}")
        return natural(
            f,
            f.java_method(a, method, [], node),
            f.java_method(b, method, [], node),
            node,
            sign_only=sign_only,
        )
    if node.type != "lambda_expression":
        raise f.unsupported(node, "comparator key other than a lambda or a method reference")
    parameters, body = required(node, "parameters"), required(node, "body")
    names = [node_text(p.child_by_field_name("name") or p) for p in parameters.named_children]
    if parameters.type == "identifier":
        names = [node_text(parameters)]
    if len(names) != 1 or body.type == "block":
        raise f.unsupported(node, "comparator key other than a lambda x -> expression")
    f.scopes.push()
    f.scopes.declare(names[0], element)
    try:
        key = f.expression(body)
    finally:
        f.scopes.pop()
    key_a, key_b = renamed(key, {names[0]: a.id}), renamed(key, {names[0]: b.id})
    return natural(f, key_a, key_b, node, sign_only=sign_only)


def pure(expr: ir.Expr) -> bool:
    """Nothing in ``expr`` changes a variable, calls a function or changes a container."""
    for n in ir.walk(expr):
        if isinstance(n, (ir.AssignExpr, ir.IncDec, ir.Call, ir.Invoke)):
            return False
        if isinstance(n, ir.LibraryCall) and n.op in SIDE_EFFECTS:
            return False
    return True


def _lambda(f: JavaFrontEnd, body: ir.Expr, element: t.Type, node: tree_sitter.Node) -> ir.Lambda:
    """The comparator ``(a, b) -> body``, its parameters named apart from the names ``body`` reads."""
    first, second = _names(f, names_used(body))
    body = renamed(body, {"\0a": first, "\0b": second})
    params = (ir.Param(first, element), ir.Param(second, element))
    return ir.Lambda(params, body, type=comparator_type(element), location=f.location(node))


def sorted_before(f: JavaFrontEnd, comparator: ir.Expr, element: t.Type, node: tree_sitter.Node) -> ir.Lambda:
    """The sort's "a comes before b" predicate of a comparator value: ``compare(a, b) < 0``."""
    a, b = ir.Name("\0a", type=element), ir.Name("\0b", type=element)
    value = applied(comparator, a, b)
    loc = f.location(node)
    before = _less(value) or ir.Binary(B.LT, value, _int(0), type=t.BOOL, location=loc)
    first, second = _names(f, names_used(before))
    before = renamed(before, {"\0a": first, "\0b": second})
    params = (ir.Param(first, element), ir.Param(second, element))
    return ir.Lambda(params, before, type=t.FunctionType((element, element), t.BOOL), location=loc)


def _names(f: JavaFrontEnd, used: set[str]) -> tuple[str, str]:
    """Two parameter names that ``used`` and the method's variables and parameters do not hold."""
    taken = used | f.assigned_in_body | set(f.current_params)
    for pair in _PAIRS:
        if not taken & set(pair) and all(f.scopes.lookup(n) is None for n in pair):
            return pair
    raise f.unsupported(f.tree.root_node, "comparator whose parameter names are all taken")


def _less(value: ir.Expr) -> ir.Expr | None:
    """``x < y`` where ``value < 0`` says exactly that: ``natural(x, y)``'s forms, and
    ``first != 0 ? first : then`` (thenComparing) as ``x < y || x == y && then < 0``."""
    if (
        isinstance(value, ir.Conditional)
        and isinstance(value.condition, ir.Binary)
        and value.condition.op == B.NE
        and value.condition.left == value.then
        and (first := _less(value.then)) is not None
        and isinstance(first, ir.Binary)
    ):
        loc = value.location
        then = _less(value.otherwise) or ir.Binary(B.LT, value.otherwise, _int(0), type=t.BOOL, location=loc)
        tied = ir.Binary(B.EQ, first.left, first.right, type=t.BOOL, location=loc)
        after = ir.Binary(B.AND, tied, then, type=t.BOOL, location=loc)
        return ir.Binary(B.OR, first, after, type=t.BOOL, location=loc)
    if (
        isinstance(value, ir.Conditional)
        and isinstance(value.condition, ir.Binary)
        and value.condition.op == B.LT
        and isinstance(value.then, ir.IntLiteral)
        and value.then.value == -1
    ):
        return value.condition
    if (
        isinstance(value, ir.Binary)
        and value.op == B.SUB
        and all(_narrow(x) for x in (value.left, value.right))
    ):
        return ir.Binary(B.LT, value.left, value.right, type=t.BOOL, location=value.location)
    if isinstance(value, ir.LibraryCall) and value.op == ir.LibOp.STR_COMPARE:
        left, right = value.args
        assert left is not None and right is not None
        return ir.Binary(B.LT, left, right, type=t.BOOL, location=value.location)
    return None


def _narrow(value: ir.Expr) -> bool:
    """A char, short or byte (converted to int): a difference of two never overflows."""
    inner = value.operand if isinstance(value, ir.Cast) else value
    type_ = inner.type
    return isinstance(type_, t.CharType) or (isinstance(type_, t.IntType) and (type_.bits or 64) < 32)
