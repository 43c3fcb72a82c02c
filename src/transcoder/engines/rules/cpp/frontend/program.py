"""C++ front end, for whole programs: a vector's storage passed as a C array (``&v[0]``,
``&v.front()``, ``v.data()``), and the implicit conversions of arguments to their parameters'
types.

A vector whose elements a function passes as a C array is read as an array, when the function
never resizes it nor uses it as a vector otherwise (it is declared, indexed, measured, iterated,
and its storage passed): then the callee's changes to the elements are the caller's in every
target, as they are in C++ (Java arrays and Python lists are passed by reference). Any other use
of such a vector is refused.
"""

from __future__ import annotations

import dataclasses
import re

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import unescape
from transcoder.engines.rules.cpp.frontend.base import CppFrontEndBase
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text, required

L = ir.LibOp
_FIRST_ELEMENT = ("front", "begin", "data")


class Storage(CppFrontEndBase):
    """The mixin: ``storage`` holds the vectors passed as C arrays in the function being built."""

    storage: set[str]
    parameter_types: dict[str, tuple[t.Type | None, ...]]

    def storage_argument(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``&v[0]``, ``&v.front()``, ``&v[i][0]`` (``node`` is the operand of ``&``) or
        ``v.data()``: the vector itself, read as an array; None for another expression."""
        inner: tree_sitter.Node | None = None
        if (
            node.type == "subscript_expression"
            and node_text(required(node, "index")).strip("[] ") == "0"
        ):
            inner = node.child_by_field_name("argument")
        elif node.type == "call_expression":
            function = required(node, "function")
            arguments = required(node, "arguments").named_children
            field = function.child_by_field_name("field") if function.type == "field_expression" else None
            if field is not None and not arguments and node_text(field) in _FIRST_ELEMENT:
                inner = function.child_by_field_name("argument")
        if inner is None:
            return None
        vector = self.expression(inner)
        if isinstance(vector.type, t.StringType):
            return vector  # `&s[0]` of a string: its characters, which a `char s[]` parameter reads as text
        root = vector
        while isinstance(root, ir.Index):
            root = root.base
        if not isinstance(vector.type, t.ListType) or not isinstance(root, ir.Name):
            return None
        self.storage.add(root.id)
        return vector

    def record_parameters(self, name: str, declarator: tree_sitter.Node) -> None:
        """The parameter types of function ``name`` (None where the declarator is not read here)."""
        types: list[t.Type | None] = []
        for param in required(declarator, "parameters").named_children:
            try:
                _, type_, by_reference = self.declarator(param.child_by_field_name("declarator"), param)
            except UnsupportedConstruct:
                type_, by_reference = None, True
            if type_ != t.VOID:
                types.append(None if by_reference else type_)
        self.parameter_types[name] = tuple(types)

    def call_arguments(self, name: str, args: tuple[ir.Expr, ...]) -> tuple[ir.Expr, ...]:
        """``args`` converted to the parameters' types where C++ converts them implicitly and the
        conversion changes the kind of value (a double passed as an int, a char as an int)."""
        types = self.parameter_types.get(name, ())
        return tuple(
            _converted(self, arg, types[i] if i < len(types) else None) for i, arg in enumerate(args)
        )

    def arrays_from_storage(self, function: ir.Function) -> ir.Function:
        """``function`` with the vectors whose storage it passes as C arrays read as arrays."""
        names, self.storage = self.storage, set()
        for name in sorted(names):
            function = _as_array(function, name)
        return _reads_declared(function)


def _converted(front: CppFrontEndBase, arg: ir.Expr, type_: t.Type | None) -> ir.Expr:
    scalar = t.IntType | t.FloatType | t.CharType | t.BoolType
    if type_ is None or not isinstance(type_, scalar) or not isinstance(arg.type, scalar):
        return arg
    source = arg.type
    same_sign = isinstance(type_, t.IntType) and isinstance(source, t.IntType) and type_.signed == source.signed
    if same_sign and (type_.bits or 99) >= (source.bits or 99):  # type: ignore[union-attr]
        return arg  # widening keeps the value
    if isinstance(arg, ir.IntLiteral) and isinstance(type_, t.IntType) and (type_.bits or 99) < 32:
        # f(300) of a short parameter: an explicit conversion (Java converts no constant implicitly
        # in a call, where f((short) 300) compiles)
        return ir.Cast(arg, type=type_, location=arg.location)
    return front.coerce(arg, type_)


def _array_type(type_: t.Type) -> t.Type:
    if isinstance(type_, t.ListType):
        return t.ArrayType(_array_type(type_.element))
    return type_


def _as_array(function: ir.Function, name: str) -> ir.Function:
    """``function`` with the local vector ``name`` (and the vectors in it) as arrays."""
    uses = _uses(function, name)
    declarations = [n for n in ir.walk(function.body) if isinstance(n, ir.VarDecl) and n.name == name]
    if len(declarations) != 1 or uses is None:
        location = declarations[0].location if declarations else function.location
        raise UnsupportedConstruct(
            f"rules engine: unsupported C++ construct: vector '{name}' passed as a C array and used as a vector",
            location,
        )

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.VarDecl) and node.name == name:
            init = ir.transform(node.init, _literal_as_array) if node.init is not None else None
            assert init is None or isinstance(init, ir.Expr)
            return dataclasses.replace(node, type=_array_type(node.type), init=init)
        root: ir.Node = node
        while isinstance(root, ir.Index):
            root = root.base
        if isinstance(root, ir.Name) and root.id == name and isinstance(node, ir.Expr):
            return dataclasses.replace(node, type=_array_type(node.type))
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


def _literal_as_array(node: ir.Node) -> ir.Node:
    if isinstance(node, ir.ArrayLiteral):
        return dataclasses.replace(node, type=_array_type(node.type))
    return node


def _uses(function: ir.Function, name: str) -> set[int] | None:
    """The ids of the nodes of ``function`` that hold the vector ``name`` or a vector inside it
    (the name, its indexings that are vectors, the literal it is declared with), when each of
    them is indexed, measured, iterated or passed on as a C array; None otherwise."""
    found: set[int] = set()
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl) and node.name == name and node.init is not None:
            if not _literal_table(node.init):
                return None
            found.update(id(n) for n in ir.walk(node.init) if isinstance(n, ir.ArrayLiteral))
        root: ir.Node = node
        while isinstance(root, ir.Index):
            root = root.base
        named = isinstance(root, ir.Name) and root.id == name
        if named and isinstance(node, ir.Expr) and isinstance(node.type, t.ListType):
            found.add(id(node))
    for node in ir.walk(function.body):
        for child in ir.children(node):
            if (
                id(child) in found
                and not isinstance(node, (ir.ArrayLiteral, ir.VarDecl))
                and not _array_use(node, child)
            ):
                return None
    return found


def _array_use(parent: ir.Node, child: ir.Node) -> bool:
    """Whether ``parent`` uses the vector ``child`` as an array may be used."""
    if isinstance(parent, ir.Index):
        return parent.base is child
    if isinstance(parent, ir.LibraryCall):
        return parent.op == L.LEN
    if isinstance(parent, ir.ForEach):
        return parent.iterable is child
    return isinstance(parent, ir.Call)


def _literal_table(init: ir.Expr) -> bool:
    return isinstance(init, ir.ArrayLiteral) and all(
        _literal_table(e) for e in init.elements if isinstance(e.type, t.ListType)
    )


def has_main(definitions: list[tree_sitter.Node]) -> bool:
    """Whether a C++ file defines ``main``: a whole program, whose calls show how long the arrays
    it passes are (the GfG convention that an int after an array is its length is not assumed)."""
    for node in definitions:
        declarator = node.child_by_field_name("declarator")
        while declarator is not None and declarator.type != "function_declarator":
            declarator = declarator.named_children[-1] if declarator.named_children else None
        name = declarator.child_by_field_name("declarator") if declarator is not None else None
        if name is not None and node_text(name) == "main":
            return True
    return False


_SCANF = {"%d": t.INT, "%ld": t.LONG, "%lld": t.LONG, "%f": t.FLOAT, "%lf": t.DOUBLE}
_QUIET = ("sync_with_stdio", "tie")  # stream settings that change nothing a translation prints


class Input(CppFrontEndBase):
    """The mixin of ``CppFrontEnd`` that reads standard input: ``cin >> a >> b``, ``scanf``,
    ``getline(cin, s)``, and loops that read until the input ends (``while (cin >> x)``)."""

    unsynced = False  # set by ios::sync_with_stdio(false): scanf is refused after it

    def input_statement(self, node: tree_sitter.Node) -> list[ir.Stmt] | None:
        """The statements reading what ``node`` (an expression statement's expression) reads, or
        None when it reads nothing."""
        targets = self.read_targets(node)
        if targets is not None:
            return [self.read_into(target) for target in targets]
        if node.type == "call_expression":
            function = node_text(required(node, "function")).replace(" ", "").removeprefix("std::")
            args = required(node, "arguments").named_children
            if function == "getline" and len(args) == 2 and node_text(args[0]).removeprefix("std::") == "cin":
                target = self.assignable(args[1])
                value = ir.LibraryCall(L.READ_LINE, (), type=t.STRING, location=self.location(node))
                return [ir.ExprStmt(ir.AssignExpr(target, value, type=target.type), location=self.location(node))]
            if any(function.endswith(quiet) for quiet in _QUIET) and ("cin" in function or "ios" in function or "cout" in function):
                if function.endswith("sync_with_stdio") and args and node_text(args[0]) in ("false", "0"):
                    self.unsynced = True  # cin no longer shares its buffer with scanf
                return []
        return None

    def read_targets(self, node: tree_sitter.Node) -> list[ir.Expr] | None:
        """What ``cin >> a >> b`` or ``scanf("%d %d", &a, &b)`` reads into, in order; None for
        other expressions."""
        if node.type == "binary_expression" and node_text(required(node, "operator")) == ">>":
            chain: list[tree_sitter.Node] = []
            current = node
            while current.type == "binary_expression" and node_text(required(current, "operator")) == ">>":
                chain.append(required(current, "right"))
                current = required(current, "left")
            if node_text(current).replace(" ", "").removeprefix("std::") != "cin":
                return None
            return [self.assignable(target) for target in reversed(chain)]
        if node.type == "call_expression" and node_text(required(node, "function")).removeprefix("std::") == "scanf":
            args = required(node, "arguments").named_children
            if not args or args[0].type != "string_literal":
                raise self.unsupported(node, "scanf without a literal format")
            if self.unsynced:
                raise self.unsupported(node, "scanf after sync_with_stdio(false) (its input and cin's are apart)")
            specs = re.findall(r"%\w+|\S", unescape(node_text(args[0])[1:-1]))
            if any(spec not in _SCANF for spec in specs) or len(specs) != len(args) - 1:
                raise self.unsupported(node, f"scanf format '{node_text(args[0])}' (reads %d, %ld, %lld, %f, %lf)")
            targets = []
            for spec, arg in zip(specs, args[1:], strict=True):
                if arg.type != "pointer_expression" or node_text(required(arg, "operator")) != "&":
                    raise self.unsupported(arg, "scanf into something other than &variable")
                target = self.assignable(required(arg, "argument"))
                if target.type != _SCANF[spec] and not (spec in ("%ld", "%lld") and target.type == t.LONG):
                    raise self.unsupported(arg, f"scanf {spec} into a {target.type}")
                targets.append(target)
            return targets
        return None

    def read_into(self, target: ir.Expr) -> ir.Stmt:
        if not isinstance(target.type, (t.IntType, t.FloatType, t.StringType, t.CharType)):
            raise UnsupportedConstruct(f"rules engine: unsupported C++ construct: reading a {target.type} from input", target.location)
        value = ir.LibraryCall(L.READ_TOKEN, (), type=target.type, location=target.location)
        return ir.ExprStmt(ir.AssignExpr(target, value, type=target.type, location=target.location), location=target.location)

    def input_loop(self, node: tree_sitter.Node) -> ir.Stmt | None:
        """``while (cin >> a >> b) body`` (or ``while (scanf(...) == n)``, ``!= EOF``): a loop that
        reads each value if a token follows and leaves when the input ends."""
        condition = node.child_by_field_name("condition")
        while condition is not None and condition.type in ("condition_clause", "parenthesized_expression") and condition.named_child_count == 1:
            condition = condition.named_children[0]
        if condition is not None and condition.type == "binary_expression" and node_text(required(condition, "left")).startswith("scanf"):
            condition = condition.child_by_field_name("left")  # `scanf(...) == 1`, `!= EOF`: it read
        targets = self.read_targets(condition) if condition is not None else None
        if targets is None:
            return None
        loc = self.location(node)
        steps: list[ir.Stmt] = []
        for target in targets:
            ended = ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(L.HAS_TOKEN, (), type=t.BOOL), type=t.BOOL)
            steps.append(ir.If(ended, ir.Break(location=loc), location=loc))
            steps.append(self.read_into(target))
        body = self.body(required(node, "body"))
        rest = list(body.body) if isinstance(body, ir.Block) else [body]
        return ir.While(ir.BoolLiteral(True, type=t.BOOL), ir.Block((*steps, *rest), location=loc), location=loc)


def top_level(root: tree_sitter.Node) -> tuple[list[tree_sitter.Node], set[str]]:
    """The file's declarations with its namespaces opened (``namespace geo { ... }`` declares its
    members at the top level: the targets have one namespace per file), and the names of those
    namespaces (``geo::area`` then names ``area``)."""
    nodes: list[tree_sitter.Node] = []
    namespaces: set[str] = set()
    pending = list(root.named_children)
    while pending:
        node = pending.pop(0)
        if node.type == "namespace_definition" and node.child_by_field_name("body") is not None:
            name = node.child_by_field_name("name")
            if name is not None:
                namespaces.add(node_text(name))
            pending[:0] = required(node, "body").named_children
        else:
            nodes.append(node)
    return nodes, namespaces


def without_namespace(text: str, namespaces: set[str]) -> str:
    """``geo::area`` -> ``area`` when ``geo`` is a namespace of the file (and ``std::`` dropped)."""
    text = text.replace(" ", "").removeprefix("std::")
    for namespace in sorted(namespaces, key=len, reverse=True):
        if text.startswith(namespace + "::"):
            return text[len(namespace) + 2 :]
    return text


def check_storage(module: ir.Module) -> None:
    """Refuse a string's characters (``&s[0]``) passed to a ``char`` array the callee writes: it
    reads a string only where the parameter is read as text."""
    functions = {f.name: f for f in module.functions}
    if not any(isinstance(param.type, t.ArrayType) for f in module.functions for param in f.params):
        return  # no array parameter: nothing to refuse (the walk of every body skipped)
    for function in module.functions:
        for node in ir.walk(function.body):
            if not isinstance(node, ir.Call):
                continue
            callee = functions.get(node.function)
            if callee is None:
                continue
            for arg, param in zip(node.args, callee.params, strict=False):
                if isinstance(arg.type, t.StringType) and isinstance(param.type, t.ArrayType):
                    raise UnsupportedConstruct(
                        f"rules engine: unsupported C++ construct: a string's characters passed to '{callee.name}', which changes them",
                        arg.location,
                    )


_READS = (L.READ_TOKEN, L.READ_LINE)


def _reads_declared(function: ir.Function) -> ir.Function:
    """``int n; cin >> n;``: the declaration takes the value read (``n = int(read_token())``)."""
    if not any(isinstance(node, ir.LibraryCall) and node.op in _READS for node in ir.walk(function.body)):
        return function  # nothing read: no declaration to merge (the walk costs less than the rewrite)

    def merge(node: ir.Node) -> ir.Node:
        if not isinstance(node, ir.Block):
            return node
        body: list[ir.Stmt] = []
        for stmt in node.body:
            previous = body[-1] if body else None
            expr = stmt.expr if isinstance(stmt, ir.ExprStmt) else None
            if (
                isinstance(previous, ir.VarDecl) and previous.init is None
                and isinstance(expr, ir.AssignExpr) and expr.op is None
                and isinstance(expr.target, ir.Name) and expr.target.id == previous.name
                and isinstance(expr.value, ir.LibraryCall) and expr.value.op in _READS
            ):  # fmt: skip
                body[-1] = dataclasses.replace(previous, init=expr.value)
                continue
            body.append(stmt)
        return dataclasses.replace(node, body=tuple(body)) if len(body) != len(node.body) else node

    result = ir.transform(function, merge)
    assert isinstance(result, ir.Function)
    return result
