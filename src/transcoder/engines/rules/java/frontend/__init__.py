"""Java front end: tree-sitter-java trees into the typed IR.

Accepts static methods (alone, or inside a class), ``static final`` constants and static fields.
Covers primitive types, ``String``/``StringBuilder`` (both become the IR's string: appends are
``STR_APPEND`` with Java's decimal formatting of numbers), arrays, the ``java.util``
collections named in ``types.py``, ``Math``, ``Arrays``, ``Collections``, ``Character`` and
``Integer`` helpers. Shares operator typing and implicit conversions with the C++ front end.
"""

from __future__ import annotations

import dataclasses
import math
import re

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import (
    CFamilyFrontEnd,
    assigned_identifiers,
    descendants,
    is_text,
    iteration_type,
    negated_literal,
)
from transcoder.engines.rules.cfamily.program import entry_point
from transcoder.engines.rules.classes import FieldAccess, StaticField
from transcoder.engines.rules.java import library_floats, library_jdk, library_text  # issue 13's rows
from transcoder.engines.rules.java.frontend.classes import Classes
from transcoder.engines.rules.java.frontend.comparators import comparator_expression, compared_element
from transcoder.engines.rules.java.frontend.constants import jdk_constant
from transcoder.engines.rules.java.frontend.exceptions import STATEMENTS as EXCEPTION_STATEMENTS
from transcoder.engines.rules.java.frontend.exceptions import exception_statement
from transcoder.engines.rules.java.frontend.functions import functional_type, lambda_value
from transcoder.engines.rules.java.frontend.generics import (
    check_generic,
    generic_call,
    signature,
    type_parameters,
)
from transcoder.engines.rules.java.frontend.iterators import NODES as ITERATOR_NODES
from transcoder.engines.rules.java.frontend.iterators import iterator_loop
from transcoder.engines.rules.java.frontend.labels import jump, labeled
from transcoder.engines.rules.java.frontend.literals import java_unescape
from transcoder.engines.rules.java.frontend.parameters import check_reads, read_only_type
from transcoder.engines.rules.java.frontend.program import Input
from transcoder.engines.rules.java.frontend.sorting import Sorting
from transcoder.engines.rules.java.frontend.switches import SWITCH_NODES, Sink, switch_statements
from transcoder.engines.rules.java.frontend.wildcards import REFLECTION, wildcard_type
from transcoder.engines.rules.java.library import STATIC, Site, recognize_method, recognize_static
from transcoder.languages import get_language
from transcoder.languages.common import node_text, required

L = ir.LibOp

_PRIMITIVES: dict[str, t.Type] = {
    "int": t.INT,
    "long": t.LONG,
    "short": t.IntType(16),
    "byte": t.IntType(8),
    "char": t.CHAR,
    "boolean": t.BOOL,
    "float": t.FLOAT,
    "double": t.DOUBLE,
    "void": t.VOID,
    "Integer": t.INT,
    "Long": t.LONG,
    "Character": t.CHAR,
    "Boolean": t.BOOL,
    "Double": t.DOUBLE,
    "Float": t.FLOAT,
    "Short": t.IntType(16),
    "Byte": t.IntType(8),
    "String": t.STRING,
    "StringBuilder": t.STRING,
    "StringBuffer": t.STRING,
}
# classes whose static methods the library tables know (and two whose calls are refused by name)
_STATIC_OWNERS = frozenset({owner for owner, _ in STATIC} | {"Double", "String"})
assert library_text.STATIC.keys() <= STATIC.keys()
assert library_floats.STATIC.keys() <= STATIC.keys()
_BOXED = frozenset({"Integer", "Long", "Character", "Boolean", "Double", "Float", "Short", "Byte"})
_LISTS = {"List", "ArrayList", "LinkedList", "Vector"}
# the order a declared type guarantees: only sorted is part of the type (see infer.container_order)
_SORTED, _ANY = t.Order.SORTED, t.Order.UNSPECIFIED
_MAPS = {"Map": _ANY, "HashMap": _ANY, "TreeMap": _SORTED, "LinkedHashMap": _ANY}
_SETS = {"Set": _ANY, "HashSet": _ANY, "TreeSet": _SORTED, "LinkedHashSet": _ANY}


class JavaFrontEnd(Classes, Input, Sorting, CFamilyFrontEnd):
    """Builds an ``ir.Module`` from Java source text (a method, or a class of static members)."""

    language = "Java"

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.tree = get_language("java").parse(code)
        self.current_params = {}
        self.assigned_in_body = set()
        # maps created as `new HashMap<>() { get(key) returns D when key is absent }` -> D
        self.default_maps: dict[str, ir.Expr] = {}
        self.function_name: str | None = None  # the method being built (None at class level)
        self.type_parameters: frozenset[str] = frozenset()  # of the generic method being built
        self.parameter_wildcards: list[str] | None = None  # `?` read in its parameters (wildcards.py)
        self.generic_signatures: dict[str, tuple[tuple[t.Type, ...], t.Type]] = {}  # generics.py
        # (method, variable) declared LinkedHashSet/LinkedHashMap: insertion order, not hash order
        self.linked: set[tuple[str | None, str]] = set()
        self.readers: set[str] = set()  # variables reading standard input (program.py)
        self.yield_sinks: list[Sink] = []  # what the switch expressions being read do with a value

    # -- module level -------------------------------------------------------------------------------
    def module(self) -> ir.Module:
        self.collect_classes(self.tree.root_node)  # classes.py: names, fields, signatures
        members = self.members(self.tree.root_node)
        for node in members:
            if node.type == "method_declaration" and (generic := signature(self, node)) is not None:
                self.generic_signatures[node_text(required(node, "name"))] = generic
                self.functions[node_text(required(node, "name"))] = generic[1]
            elif node.type == "method_declaration":
                self.functions[node_text(required(node, "name"))] = self.type_of(
                    node.child_by_field_name("type"), node
                )
        functions: list[ir.Function] = []
        for node in members:
            if node.type == "method_declaration":
                functions.append(self.function(node))
            elif node.type in ("field_declaration", "local_variable_declaration"):
                modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
                constant = modifiers is not None and "final" in node_text(modifiers).split()
                for decl in self.declaration(node):
                    self.globals.append(
                        ir.VarDecl(decl.name, decl.type, decl.init, constant, location=decl.location)
                    )
        classes, methods = self.build_classes()
        entry = entry_point(functions)
        if entry is None and (lifted := self.lift_main(classes, methods, functions))[2] is not None:
            classes, methods, functions, entry = lifted[0], lifted[1], [*functions, lifted[2]], "main"
        module = ir.Module(tuple(self.globals), (*functions, *methods), tuple(classes), entry=entry)
        return module

    def members(self, root: tree_sitter.Node) -> list[tree_sitter.Node]:
        found: list[tree_sitter.Node] = []
        for node in root.named_children:
            if node.type in ("class_declaration", "interface_declaration", "enum_declaration"):
                body = node.child_by_field_name("body")
                flattened = node_text(required(node, "name")) == self.flattened
                found.extend(self.members(body) if body is not None and flattened else [])
            elif node.type in ("method_declaration", "field_declaration", "local_variable_declaration"):
                found.append(node)
            elif (
                node.type
                in (
                    "import_declaration",
                    "package_declaration",
                    "line_comment",
                    "block_comment",
                    "marker_annotation",
                )
                or node.type == "constructor_declaration"
            ):
                continue
            else:
                raise self.unsupported(node)
        return found

    def function(self, node: tree_sitter.Node) -> ir.Function:
        name = node_text(required(node, "name"))
        self.function_name = name
        modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
        if modifiers is not None and "static" not in node_text(modifiers).split() and False:
            raise self.unsupported(node, "instance method")
        self.type_parameters = type_parameters(self, node)  # `<E>` of a generic method (generics.py)
        result = self.type_of(node.child_by_field_name("type"), node)
        self.return_type = result
        self.scopes.push()
        params: list[ir.Param] = []
        read_only_params: list[ir.Param] = []
        self.current_params = {}
        body_node = node.child_by_field_name("body")
        self.assigned_in_body = assigned_identifiers(body_node, "java")
        self.parameter_wildcards = []
        for param in required(node, "parameters").named_children:
            if param.type != "formal_parameter":
                raise self.unsupported(param)
            read_only = read_only_type(self, param)  # CharSequence, Collection<T> (parameters.py)
            type_ = read_only or self.declared_type(param)
            param_name = node_text(required(param, "name"))
            if _linked(required(param, "type")):
                self.linked.add((name, param_name))
            self.scopes.declare(param_name, type_)
            self.current_params[param_name] = type_
            # Java passes objects by reference: the caller sees a container the method changes
            shared = isinstance(type_, t.CONTAINER_TYPES)
            params.append(ir.Param(param_name, type_, by_reference=shared, location=self.location(param)))
            if read_only is not None:
                read_only_params.append(params[-1])
        self.type_parameters |= frozenset(self.parameter_wildcards)  # each `?` a type parameter
        self.parameter_wildcards = None
        if body_node is None:
            raise self.unsupported(node, "method without a body")
        body = self.block(body_node)
        for read in read_only_params:
            check_reads(self, read, body)
        self.scopes.pop()
        self.function_name = None
        function = ir.Function(name, tuple(params), result, body, location=self.location(node))
        if self.type_parameters:
            check_generic(self, function, self.type_parameters)
            self.type_parameters = frozenset()
        return function

    def declared_type(self, node: tree_sitter.Node) -> t.Type:
        type_ = self.type_of(node.child_by_field_name("type"), node)
        dims = node.child_by_field_name("dimensions")
        if dims is not None:
            for _ in range(node_text(dims).count("[")):
                type_ = t.ArrayType(type_)
        return type_

    # -- types ----------------------------------------------------------------------------------------
    def type_of(self, node: tree_sitter.Node | None, context: tree_sitter.Node) -> t.Type:
        if node is None:
            raise self.unsupported(context, "declaration without a type")
        function = functional_type(self, node)  # `IntUnaryOperator`, `Function<A, R>` (functions.py)
        if function is not None:
            return function
        kind = node.type
        text = node_text(node)
        if kind in ("integral_type", "floating_point_type", "boolean_type", "void_type", "type_identifier"):
            if text in _PRIMITIVES:
                return _PRIMITIVES[text]
            if text == "var":
                return t.UNKNOWN
            if text in self.type_parameters:
                return t.TypeVarType(text)
            known = self.known_class(text)  # a class of the file
            if known is not None:
                return known
            raise self.unsupported(node, f"type '{text}'")
        if kind == "array_type":
            element = self.type_of(node.child_by_field_name("element"), context)
            for _ in range(node_text(required(node, "dimensions")).count("[")):
                element = t.ArrayType(element)
            return element
        if kind == "generic_type":
            base_node = node.named_children[0]
            base = node_text(base_node).split(".")[-1].strip()
            args_node = next((c for c in node.named_children if c.type == "type_arguments"), None)
            args = (
                [self.type_of(a, context) for a in args_node.named_children] if args_node is not None else []
            )
            return self.generic(base, args, node)
        if kind == "wildcard":  # `List<? extends T>` in a parameter's type (wildcards.py)
            return wildcard_type(self, node, context)
        if kind == "scoped_type_identifier" and text.replace(" ", "") == "Map.Entry":
            raise self.unsupported(node, "raw Map.Entry")
        raise self.unsupported(node, f"type '{text}'")

    def generic(self, base: str, args: list[t.Type], node: tree_sitter.Node) -> t.Type:
        if base in _LISTS and len(args) == 1:
            return t.ListType(args[0])
        if base in _MAPS and len(args) == 2:
            return t.MapType(args[0], args[1], _MAPS[base])
        if base in _SETS and len(args) == 1:
            return t.SetType(args[0], _SETS[base])
        if base == "Stack" and len(args) == 1:
            return t.StackType(args[0])
        if base == "Queue" and len(args) == 1:
            return t.QueueType(args[0])
        if base in ("Deque", "ArrayDeque") and len(args) == 1:
            return t.DequeType(args[0])
        if base == "PriorityQueue" and len(args) == 1:
            return t.PriorityQueueType(args[0], max_first=False)
        if base in ("Entry", "Pair", "SimpleEntry") and len(args) == 2:
            return t.PairType(args[0], args[1])
        if base == "Class":
            raise self.unsupported(node, f"type '{node_text(node)}' ({REFLECTION})")
        if not args:
            return t.UNKNOWN  # diamond `new HashMap<>()`: the declaration decides
        raise self.unsupported(node, f"type '{node_text(node)}'")

    # -- statements -----------------------------------------------------------------------------------
    def statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        kind = node.type
        loc = self.location(node)
        if kind == "block":
            return [self.block(node)]
        if kind in ITERATOR_NODES and (loop := iterator_loop(self, node)) is not None:
            return loop  # an Iterator's hasNext/next loop that only reads: a for-each (iterators.py)
        if kind in SWITCH_NODES and (switched := switch_statements(self, node)) is not None:
            return switched  # switches, and statements whose value is a switch expression (switches.py)
        if kind == "local_variable_declaration":
            return list(self.declaration(node))
        if kind == "expression_statement":
            if self.closes_reader(node.named_children[0]):
                return []
            chain = self.append_chain(node.named_children[0])
            if chain is not None:
                return chain
            return [self.expression_statement(node.named_children[0])]
        if kind == "if_statement":
            condition = self.condition(self.expression(required(node, "condition")))
            then = self.body(required(node, "consequence"))
            alternative = node.child_by_field_name("alternative")
            otherwise = self.body(alternative) if alternative is not None else None
            return [ir.If(condition, then, otherwise, location=loc)]
        if kind == "while_statement":
            condition = self.condition(self.expression(required(node, "condition")))
            return [ir.While(condition, self.body(required(node, "body")), location=loc)]
        if kind == "do_statement":
            body = self.body(required(node, "body"))
            condition = self.condition(self.expression(required(node, "condition")))
            return [ir.DoWhile(body, condition, location=loc)]
        if kind == "for_statement":
            return [self.for_statement(node)]
        if kind == "enhanced_for_statement":
            return [self.enhanced_for(node)]
        if kind == "return_statement":
            if not node.named_children:
                return [ir.Return(None, location=loc)]
            return [
                ir.Return(
                    self.coerce(
                        self.expression(node.named_children[0], expected=self.return_type), self.return_type
                    ),
                    location=loc,
                )
            ]
        if kind in ("break_statement", "continue_statement"):
            return [jump(self, node)]
        if kind == "labeled_statement":
            return [labeled(self, node)]
        if kind in ("line_comment", "block_comment"):
            return []
        if kind == ";":
            return []
        if kind == "explicit_constructor_invocation":
            return [self.constructor_call(node)]
        if kind in EXCEPTION_STATEMENTS:
            return exception_statement(self, node)
        raise self.unsupported(node)

    def body(self, node: tree_sitter.Node) -> ir.Stmt:
        if node.type == "block":
            return self.block(node)
        self.scopes.push()
        stmts = self.statement(node)
        self.scopes.pop()
        return stmts[0] if len(stmts) == 1 else ir.Block(tuple(stmts), location=self.location(node))

    def for_statement(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        self.scopes.push()
        init: list[ir.Stmt] = []
        for child in node.children_by_field_name("init"):
            if child.type == "local_variable_declaration":
                init.extend(self.declaration(child))
            else:
                init.append(ir.ExprStmt(self.expression(child), location=loc))
        condition_node = node.child_by_field_name("condition")
        condition = self.condition(self.expression(condition_node)) if condition_node is not None else None
        update = tuple(self.expression(u) for u in node.children_by_field_name("update"))
        body = self.body(required(node, "body"))
        self.scopes.pop()
        return ir.For(tuple(init), condition, update, body, location=loc)

    def enhanced_for(self, node: tree_sitter.Node) -> ir.Stmt:
        iterable = self.expression(required(node, "value"))
        name = node_text(required(node, "name"))
        declared = self.type_of(node.child_by_field_name("type"), node)
        if isinstance(iterable, ir.LibraryCall) and iterable.op == L.MAP_ITEMS:
            iterable = iterable.args[0]  # type: ignore[assignment]
        var_type = (
            iteration_type(iterable.type)
            if declared == t.UNKNOWN or isinstance(declared, t.PairType)
            else declared
        )
        if isinstance(iterable, ir.LibraryCall) and iterable.op == L.STR_CHARS:
            iterable = iterable.args[0]  # type: ignore[assignment]
        self.scopes.push()
        self.scopes.declare(name, var_type)
        body = self.body(required(node, "body"))
        self.scopes.pop()
        return ir.ForEach(name, var_type, iterable, body, location=self.location(node))

    def declaration(self, node: tree_sitter.Node) -> list[ir.VarDecl]:
        decls: list[ir.VarDecl] = []
        if self.reader_declaration(node):
            return decls  # `Scanner in = new Scanner(System.in)`: reads are LibOps (program.py)
        base = self.type_of(node.child_by_field_name("type"), node)
        modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
        constant = modifiers is not None and "final" in node_text(modifiers).split()
        for child in node.children_by_field_name("declarator"):
            name = node_text(required(child, "name"))
            type_ = base
            dims = child.child_by_field_name("dimensions")
            if dims is not None:
                for _ in range(node_text(dims).count("[")):
                    type_ = t.ArrayType(type_)
            value_node = child.child_by_field_name("value")
            if _linked(required(node, "type")):
                self.linked.add((self.function_name, name))
            init: ir.Expr | None = None
            if value_node is not None:
                if value_node.type == "array_initializer":
                    init = self.array_initializer(value_node, type_)
                elif (default := self.defaulting_map(name, type_, value_node, node)) is not None:
                    init = ir.NewContainer(type=type_, location=self.location(value_node))
                    self.default_maps[name] = default
                else:
                    init = self.expression(value_node, expected=type_)
                    if type_ == t.UNKNOWN:
                        type_ = init.type
                    init = self.coerce(init, type_)
                    if isinstance(init, ir.NewContainer) and isinstance(init.type, t.PriorityQueueType):
                        type_ = init.type  # `new PriorityQueue<>(Collections.reverseOrder())` is max-first
                    boxed = node_text(required(node, "type")) in _BOXED
                    if boxed and isinstance(init, ir.LibraryCall) and init.op == L.MAP_GET:
                        # `Integer v = map.get(key)` is null when the key is absent: keep that.
                        init = ir.LibraryCall(
                            L.MAP_GET_OR, (*init.args, ir.NullLiteral()), type=type_, location=init.location
                        )
            self.scopes.declare(name, type_)
            decls.append(ir.VarDecl(name, type_, init, constant, location=self.location(child)))
        return decls

    def defaulting_map(
        self, name: str, type_: t.Type, value: tree_sitter.Node, declaration: tree_sitter.Node
    ) -> ir.Expr | None:
        """The default D of ``new HashMap<K, V>() { public V get(Object key) { ... } }``.

        The anonymous subclass only overrides ``get`` to return a constant D for absent keys
        (``if (!containsKey(key)) return D; return super.get(key);`` and its variants), so every
        ``name.get(k)`` is ``getOrDefault(k, D)``. Accepted only when ``name`` is used solely as
        the receiver of method calls (never passed on or reassigned, which would lose the override).
        """
        body = next((c for c in value.named_children if c.type == "class_body"), None)
        if body is None or not isinstance(type_, t.MapType):
            return None
        methods = [c for c in body.named_children if c.type not in ("line_comment", "block_comment")]
        if len(methods) != 1 or methods[0].type != "method_declaration":
            raise self.unsupported(value, "anonymous class")
        method = methods[0]
        params = required(method, "parameters").named_children
        method_body = method.child_by_field_name("body")
        if node_text(required(method, "name")) != "get" or len(params) != 1 or method_body is None:
            raise self.unsupported(value, "anonymous class")
        key = re.escape(node_text(required(params[0], "name")))
        text = "".join(node_text(method_body).split())
        literal = r"(-?\d+L?|true|false|'[^'\\]')"
        forms = (
            rf"\{{if\(!(?:this\.)?containsKey\({key}\)\)return{literal};returnsuper\.get\({key}\);\}}",
            rf"\{{if\((?:this\.)?containsKey\({key}\)\)returnsuper\.get\({key}\);return{literal};\}}",
            rf"\{{return(?:this\.)?containsKey\({key}\)\?super\.get\({key}\):{literal};\}}",
            rf"\{{returnsuper\.getOrDefault\({key},{literal}\);\}}",
        )
        match = next((m for m in (re.fullmatch(f, text) for f in forms) if m), None)
        if match is None:
            raise self.unsupported(value, "anonymous class")
        function = declaration
        while function.parent is not None and function.type not in ("method_declaration", "program"):
            function = function.parent
        for use in descendants(function):
            if use.type != "identifier" or node_text(use) != name or use.parent is None:
                continue
            parent = use.parent
            receiver = parent.type == "method_invocation" and parent.child_by_field_name("object") == use
            declared = parent.type == "variable_declarator" and parent.child_by_field_name("name") == use
            if not receiver and not declared:
                raise self.unsupported(
                    use, "a map with an overridden get used other than through its methods"
                )
        literal_text = match.group(1)
        if literal_text in ("true", "false"):
            default: ir.Expr = ir.BoolLiteral(literal_text == "true", type=t.BOOL)
        elif literal_text.startswith("'"):
            default = ir.CharLiteral(literal_text[1], type=t.CHAR)
        else:
            negated = literal_text.startswith("-")
            number = read_integer(literal_text.lstrip("-"), negated=negated)
            if isinstance(number, str):
                raise self.unsupported(value, number)
            default = negated_literal(number, number.location) if negated else number
        return self.coerce(default, type_.value)

    def array_initializer(self, node: tree_sitter.Node, type_: t.Type) -> ir.Expr:
        element = type_.element if isinstance(type_, t.ArrayType) else t.UNKNOWN
        values = []
        for child in node.named_children:
            if child.type == "array_initializer":
                values.append(self.array_initializer(child, element))
            else:
                values.append(self.coerce(self.expression(child), element))
        return ir.ArrayLiteral(tuple(values), type=type_, location=self.location(node))

    # -- expressions ----------------------------------------------------------------------------------
    def expression(
        self, node: tree_sitter.Node, statement: bool = False, expected: t.Type | None = None
    ) -> ir.Expr:
        if node.type == "object_creation_expression":
            return self.creation(node, expected)
        if node.type == "lambda_expression" and isinstance(expected, t.FunctionType):
            return lambda_value(self, node, expected)  # a function value (functions.py)
        element = compared_element(expected) if expected is not None else None  # a Comparator<T>
        if element is not None and (built := comparator_expression(self, node, element)) is not None:
            return built
        return super().expression(node, statement)

    def expression_statement(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        if node.type == "method_invocation":
            special = self.statement_call(node)
            if special is not None:
                return special
        return ir.ExprStmt(self.expression(node, statement=True), location=loc)

    def statement_call(self, node: tree_sitter.Node) -> ir.Stmt | None:
        """Java calls whose value is discarded but which map to IR assignments (``list.set``)."""
        obj = node.child_by_field_name("object")
        name = node_text(required(node, "name"))
        args = required(node, "arguments").named_children
        if obj is None:
            return None
        if node_text(obj) in ("Objects", "java.util.Objects") and name == "requireNonNull":
            return library_jdk.require_non_null(self, node, list(args))
        if (
            node_text(obj).replace(" ", "") == "System.out"
            and name in ("println", "print")
            and len(args) <= 1
        ):
            pieces = [self.printable(self.expression(a), a) for a in args]
            if name == "println":
                pieces.append(ir.StringLiteral("\n", type=t.STRING))
            return ir.ExprStmt(
                ir.LibraryCall(L.PRINT, tuple(pieces), type=t.VOID), location=self.location(node)
            )
        if node_text(obj).replace(" ", "") == "System.out" and name in ("printf", "format") and args:
            return ir.ExprStmt(self.printf(args, node), location=self.location(node))
        if name in ("merge", "putIfAbsent") and len(args) in (2, 3):
            edited_map = self.map_update(obj, name, args, node)
            if edited_map is not None:
                return edited_map
        if name in ("reverse", "deleteCharAt", "insert", "setLength") and len(args) <= 2:
            edited = self.builder_edit(obj, name, args, node)
            if edited is not None:
                return edited
        if name in ("set", "setCharAt") and len(args) == 2:
            receiver = self.expression(obj)
            if isinstance(receiver.type, t.ListType):
                target = ir.Index(receiver, self.expression(args[0]), type=receiver.type.element)
                value = self.coerce(self.expression(args[1]), receiver.type.element)
                return ir.ExprStmt(
                    ir.AssignExpr(target, value, type=target.type), location=self.location(node)
                )
            if isinstance(receiver.type, t.StringType):
                target = ir.Index(receiver, self.expression(args[0]), type=t.CHAR)
                return ir.ExprStmt(
                    ir.AssignExpr(target, self.expression(args[1]), type=t.CHAR), location=self.location(node)
                )
        return None

    def printf(self, args: list[tree_sitter.Node], node: tree_sitter.Node) -> ir.Expr:
        """``System.out.printf("x = %d%n", x)`` with ``%d``, ``%s``, ``%c``, ``%n`` and ``%%``."""
        if args[0].type != "string_literal":
            raise self.unsupported(node, "printf without a literal format")
        values = [self.expression(a) for a in args[1:]]
        pieces: list[ir.Expr] = []
        for part in re.split(r"(%[a-zA-Z%])", java_unescape(node_text(args[0])[1:-1])):
            if part in ("%d", "%s", "%c") and values:
                value = values.pop(0)
                accepted = {"%d": t.IntType, "%c": t.CharType, "%s": t.StringType | t.IntType | t.CharType}
                if not isinstance(value.type, accepted[part]):
                    raise self.unsupported(node, f"printf {part} of a {value.type}")
                pieces.append(self.printable(value, node))
            elif part in ("%n", "%%"):
                pieces.append(ir.StringLiteral("\n" if part == "%n" else "%", type=t.STRING))
            elif "%" in part:
                raise self.unsupported(node, f"printf format '{part}'")
            elif part:
                pieces.append(ir.StringLiteral(part, type=t.STRING))
        if values:
            raise self.unsupported(node, "printf with more arguments than its format uses")
        return ir.LibraryCall(L.PRINT, tuple(pieces), type=t.VOID, location=self.location(node))

    def map_update(
        self, obj: tree_sitter.Node, name: str, args: list[tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Stmt | None:
        """``m.merge(k, v, Integer::sum);`` (add v, from 0 when k is absent) and ``m.putIfAbsent(k, v);``."""
        loc = self.location(node)
        receiver = self.expression(obj)
        if not isinstance(receiver.type, t.MapType):
            return None
        map_type = receiver.type
        key = self.coerce(self.expression(args[0]), map_type.key)
        value = self.coerce(self.expression(args[1], expected=map_type.value), map_type.value)
        if name == "merge":
            combine = "".join(node_text(args[2]).split()) if len(args) == 3 else ""
            sums = ("Integer::sum", "Long::sum", "(a,b)->a+b", "(x,y)->x+y")
            if combine not in sums or not t.is_numeric(map_type.value):
                raise self.unsupported(node, "merge with a function other than a sum")
            # `m[k] += v` reads a missing key as 0 in every target's map indexing (C++ semantics)
            target = ir.Index(receiver, key, type=map_type.value, location=loc)
            return ir.ExprStmt(
                ir.AssignExpr(target, value, ir.BinaryOp.ADD, type=map_type.value, location=loc), location=loc
            )
        if len(args) != 2:
            return None
        if any(isinstance(x, (ir.AssignExpr, ir.IncDec, ir.Call)) for e in (key, value) for x in ir.walk(e)):
            raise self.unsupported(node, "putIfAbsent with side effects in its arguments")
        present = ir.LibraryCall(L.CONTAINS, (receiver, key), type=t.BOOL, location=loc)
        put = ir.ExprStmt(
            ir.LibraryCall(L.MAP_PUT, (receiver, key, value), type=t.VOID, location=loc), location=loc
        )
        return ir.If(ir.Unary(ir.UnaryOp.NOT, present, type=t.BOOL, location=loc), put, location=loc)

    def append_chain(self, node: tree_sitter.Node) -> list[ir.Stmt] | None:
        """``sb.append(a).append(b);`` as one append statement per call, in order."""
        calls: list[tree_sitter.Node] = []
        current: tree_sitter.Node | None = node
        while (
            current is not None  # `append(x)` without a receiver ends the chain
            and current.type == "method_invocation" and node_text(required(current, "name")) == "append"
        ):
            calls.append(current)
            current = current.child_by_field_name("object")
        if len(calls) < 2 or current is None or current.type != "identifier":
            return None
        receiver = self.expression(current)
        if not isinstance(receiver.type, t.StringType):
            return None
        statements: list[ir.Stmt] = []
        for call in reversed(calls):
            arguments = required(call, "arguments").named_children
            if len(arguments) != 1:
                raise self.unsupported(call, "append with several arguments")
            piece = self.as_text(self.expression(arguments[0]))
            statements.append(
                ir.ExprStmt(
                    ir.LibraryCall(
                        L.STR_APPEND, (receiver, piece), type=t.VOID, location=self.location(call)
                    ),
                    location=self.location(call),
                )
            )
        return statements

    def builder_edit(
        self, obj: tree_sitter.Node, name: str, args: list[tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Stmt | None:
        """``sb.reverse();``, ``sb.deleteCharAt(i);``, ``sb.insert(i, x);``, ``sb.setLength(k);``
        as statements: the builder's variable gets the edited text (the IR's strings are values)."""
        loc = self.location(node)
        receiver = self.expression(obj)
        if not isinstance(receiver, ir.Name) or not isinstance(receiver.type, t.StringType):
            return None
        values = [self.expression(a) for a in args]
        if any(isinstance(x, (ir.AssignExpr, ir.IncDec, ir.Call)) for v in values for x in ir.walk(v)):
            raise self.unsupported(node, f"StringBuilder.{name} with side effects in its arguments")

        def part(begin: ir.Expr | None, end: ir.Expr | None) -> ir.Expr:
            return ir.LibraryCall(L.SUBSTRING, (receiver, begin, end), type=t.STRING, location=loc)

        def concat(*pieces: ir.Expr) -> ir.Expr:
            result = pieces[0]
            for piece in pieces[1:]:
                result = ir.Binary(ir.BinaryOp.ADD, result, piece, type=t.STRING, location=loc)
            return result

        zero = ir.IntLiteral(0, type=t.INT)
        if name == "reverse" and not values:
            value: ir.Expr = ir.LibraryCall(L.STR_REVERSED, (receiver,), type=t.STRING, location=loc)
        elif name == "deleteCharAt" and len(values) == 1:
            last = ir.Binary(
                ir.BinaryOp.SUB,
                ir.LibraryCall(L.STR_LEN, (receiver,), type=t.INT),
                ir.IntLiteral(1, type=t.INT),
                type=t.INT,
            )
            if values[0] == last:
                return ir.ExprStmt(ir.LibraryCall(L.LIST_POP_BACK, (receiver,), type=t.VOID), location=loc)
            after: ir.Expr = (
                ir.IntLiteral(values[0].value + 1, type=t.INT)
                if isinstance(values[0], ir.IntLiteral)
                else ir.Binary(ir.BinaryOp.ADD, values[0], ir.IntLiteral(1, type=t.INT), type=t.INT)
            )
            value = concat(part(zero, values[0]), part(after, None))
        elif name == "insert" and len(values) == 2 and t.is_integral(values[0].type):
            piece = self.as_text(values[1])
            if isinstance(values[0], ir.IntLiteral) and values[0].value == 0:
                value = concat(piece if is_text(piece.type) else self.as_string(piece), receiver)
            else:
                value = concat(part(zero, values[0]), piece, part(values[0], None))
        elif name == "setLength" and len(values) == 1:
            # Java pads with '\0' when the length grows; only shortening is translated
            if isinstance(values[0], ir.IntLiteral) and values[0].value == 0:
                value = ir.StringLiteral("", type=t.STRING, location=loc)
            else:
                value = part(zero, values[0])
        else:
            return None
        return ir.ExprStmt(ir.AssignExpr(receiver, value, type=t.STRING, location=loc), location=loc)

    def as_string(self, expr: ir.Expr) -> ir.Expr:
        """A char as a one-character string (so that ``+`` concatenates in every target)."""
        return ir.LibraryCall(L.TO_STRING, (expr,), type=t.STRING, location=expr.location)

    def expr_decimal_integer_literal(self, node: tree_sitter.Node) -> ir.Expr:
        return self.integer_literal(node, negated=False)

    def integer_literal(self, node: tree_sitter.Node, *, negated: bool) -> ir.IntLiteral:
        """``negated``: the operand of a unary minus, the one place Java allows 2147483648."""
        literal = read_integer(node_text(node), negated=negated)
        if isinstance(literal, str):
            raise self.unsupported(node, literal)
        return dataclasses.replace(literal, location=self.location(node))

    expr_hex_integer_literal = expr_decimal_integer_literal
    expr_octal_integer_literal = expr_decimal_integer_literal
    expr_binary_integer_literal = expr_decimal_integer_literal

    def expr_decimal_floating_point_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).lower().replace("_", "")
        bits = 32 if text.endswith("f") else 64
        body = text.rstrip("fd")
        hexadecimal = body.startswith("0x")
        try:
            value = float.fromhex(body) if hexadecimal else float(body)
        except (ValueError, OverflowError):
            raise self.unsupported(node, f"floating literal '{node_text(node)}'") from None
        if not math.isfinite(value):
            raise self.unsupported(node, f"floating literal '{node_text(node)}' out of range")
        spelled = "" if hexadecimal else body  # a hex float is printed as its decimal value
        return ir.FloatLiteral(value, spelled, type=t.FloatType(bits), location=self.location(node))

    expr_hex_floating_point_literal = expr_decimal_floating_point_literal

    def expr_character_literal(self, node: tree_sitter.Node) -> ir.Expr:
        chars = java_unescape(node_text(node)[1:-1])
        if len(chars) != 1:
            raise self.unsupported(node, "character literal")
        return ir.CharLiteral(chars, type=t.CHAR, location=self.location(node))

    def expr_string_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        if text.startswith('"""'):
            raise self.unsupported(node, "text block")
        return ir.StringLiteral(java_unescape(text[1:-1]), type=t.STRING, location=self.location(node))

    def expr_null_literal(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.NullLiteral(location=self.location(node))

    def expr_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        name = node_text(node)
        declared = self.scopes.lookup(name)
        if declared is not None:
            return ir.Name(name, type=declared, location=self.location(node))
        member = self.implicit_member(node, name)  # a field of this class (classes.py)
        if member is not None:
            return member
        raise self.unsupported(node, f"unknown name '{name}'")

    def expr_this(self, node: tree_sitter.Node) -> ir.Expr:
        return self.this(node)

    def expr_ternary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        return self.conditional(node)

    def expr_binary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        left = self.expression(required(node, "left"))
        right = self.expression(required(node, "right"))
        if operator in ("==", "!=") and (
            isinstance(left, ir.NullLiteral) or isinstance(right, ir.NullLiteral)
        ):
            value = right if isinstance(left, ir.NullLiteral) else left
            if isinstance(value, ir.LibraryCall) and value.op == L.MAP_GET:
                # `map.get(key) == null`: the key is absent (maps here never hold null values).
                present = ir.LibraryCall(L.CONTAINS, value.args, type=t.BOOL, location=self.location(node))
                if operator == "!=":
                    return present
                return ir.Unary(ir.UnaryOp.NOT, present, type=t.BOOL, location=self.location(node))
            # arrays and collections may be null too: Python says `is None`; C++ (no null
            # vectors) refuses in its back end, but for parameters (cpp/nullable.py) and functions
            # (an empty std::function)
            nullable = t.IntType | t.FloatType | t.CharType | t.BoolType | t.StringType | t.ArrayType | t.ClassType
            if not isinstance(value.type, (nullable, t.ListType, t.MapType, t.SetType, t.FunctionType)):
                raise self.unsupported(node, "comparison with null")
            return ir.Binary(
                ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE,
                left,
                right,
                type=t.BOOL,
                location=self.location(node),
            )
        if operator in ("==", "!=") and (is_text(left.type) or is_text(right.type)):
            sides = (required(node, "left"), required(node, "right"))
            if not all(self.interned(side) for side in sides):
                raise self.unsupported(node, "string comparison with == (reference equality)")
            # both sides are literals (Java interns them): the same reference iff the same text
            op = ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE
            return ir.Binary(op, left, right, type=t.BOOL, location=self.location(node))
        if operator == "+" and (is_text(left.type) or is_text(right.type)):
            # Java formats numbers and chars into the text; the IR says so explicitly.
            left = self.as_text(left)
            right = self.as_text(right)
            return ir.Binary(ir.BinaryOp.ADD, left, right, type=t.STRING, location=self.location(node))
        return self.binary(operator, left, right, node)

    def interned(self, node: tree_sitter.Node) -> bool:
        """Whether ``node`` is a string literal or a local that only ever holds string literals.

        Java interns literals, so ``==`` between such values compares their text.
        """
        while node.type == "parenthesized_expression":
            node = node.named_children[0]
        if node.type == "string_literal":
            return True
        if node.type != "identifier" or node_text(node) in self.current_params:
            return False
        name = node_text(node)
        method = node
        while method.parent is not None and method.type != "method_declaration":
            method = method.parent
        declared = False
        for other in descendants(method):
            if other.type == "variable_declarator" and node_text(required(other, "name")) == name:
                value = other.child_by_field_name("value")
                if value is None or value.type != "string_literal":
                    return False
                declared = True
            elif (
                other.type == "assignment_expression" and node_text(required(other, "left")) == name
            ):
                right = required(other, "right")
                if node_text(required(other, "operator")) != "=" or right.type != "string_literal":
                    return False
        return declared

    def as_text(self, expr: ir.Expr) -> ir.Expr:
        if is_text(expr.type) or isinstance(expr.type, t.CharType):
            return expr
        text = self.printed_text(expr)  # a float or bool, as Java writes it
        if text is not None:
            return text
        return ir.LibraryCall(L.TO_STRING, (expr,), type=t.STRING, location=expr.location)

    def expr_array_access(self, node: tree_sitter.Node) -> ir.Expr:
        base = self.expression(required(node, "array"))
        index = self.expression(required(node, "index"))
        if not isinstance(base.type, t.ArrayType):
            raise self.unsupported(node, f"indexing a value of type {base.type}")
        return ir.Index(base, index, type=base.type.element, location=self.location(node))

    def expr_field_access(self, node: tree_sitter.Node) -> ir.Expr:
        obj = required(node, "object")
        field = node_text(required(node, "field"))
        loc = self.location(node)
        key = (node_text(obj), field)
        constant = jdk_constant(key, loc)  # Integer.MAX_VALUE, Double.NaN, Math.PI...
        if constant is not None:
            return constant
        member = self.member_access(node)  # a field of a class of the file (classes.py)
        if member is not None:
            return member
        receiver = self.expression(obj)
        if field == "length" and isinstance(receiver.type, t.ArrayType):
            return ir.LibraryCall(L.LEN, (receiver,), type=t.INT, location=loc)
        raise self.unsupported(node, f"field access '.{field}'")

    def expr_array_creation_expression(self, node: tree_sitter.Node) -> ir.Expr:
        element = self.type_of(node.child_by_field_name("type"), node)
        dims_exprs = [
            self.expression(d.named_children[0]) for d in node.named_children if d.type == "dimensions_expr"
        ]
        extra = sum(node_text(d).count("[") for d in node.named_children if d.type == "dimensions")
        type_: t.Type = element
        for _ in range(len(dims_exprs) + extra):
            type_ = t.ArrayType(type_)
        value = node.child_by_field_name("value")
        if value is not None:
            return self.array_initializer(value, type_)
        return ir.NewArray(tuple(dims_exprs), type=type_, location=self.location(node))

    def expr_cast_expression(self, node: tree_sitter.Node) -> ir.Expr:
        target = self.type_of(node.child_by_field_name("type"), node)
        operand = self.expression(required(node, "value"))
        return ir.Cast(operand, type=target, location=self.location(node))

    def expr_lambda_expression(self, node: tree_sitter.Node) -> ir.Expr:
        raise self.unsupported(node, "lambda outside a sort call")

    def creation(self, node: tree_sitter.Node, expected: t.Type | None) -> ir.Expr:
        instance = self.new_instance(node)  # an object of a class of the file (classes.py)
        if instance is not None:
            return instance
        created = self.new_object(node, expected)
        if isinstance(created, ir.NewContainer) and _linked(required(node, "type")):
            return dataclasses.replace(created, insertion_order=True)
        return created

    def new_object(self, node: tree_sitter.Node, expected: t.Type | None) -> ir.Expr:
        type_node = required(node, "type")
        type_ = self.type_of(type_node, node)
        if type_ == t.UNKNOWN:
            type_ = expected if expected is not None else t.UNKNOWN
            if type_ == t.UNKNOWN:
                raise self.unsupported(node, "diamond creation without a declared type")
        base = node_text(type_node).split("<")[0].strip()
        if base in ("TreeMap", "TreeSet") and isinstance(type_, (t.SetType, t.MapType)):
            # `Map<K, V> m = new TreeMap<>()`: the diamond took the declared type, not its order
            type_ = dataclasses.replace(type_, order=t.Order.SORTED)
        if base in ("Stack",) and isinstance(type_, (t.DequeType, t.StackType)):
            type_ = t.StackType(t.element_type(type_))
        args_nodes = required(node, "arguments").named_children
        loc = self.location(node)
        if (
            isinstance(type_, t.PriorityQueueType)
            and args_nodes
            and args_nodes[-1].type
            in (
                "lambda_expression",
                "object_creation_expression",
            )
        ):
            # a comparator that is the natural order or its reverse picks the queue's end
            before = self.comparator(args_nodes[-1], type_.element)
            body = before.body
            a, b = (p.name for p in before.params)
            if (
                isinstance(body, ir.Binary)
                and body.op == ir.BinaryOp.LT
                and isinstance(body.left, ir.Name)
                and isinstance(body.right, ir.Name)
                and {body.left.id, body.right.id} == {a, b}
                and len(args_nodes) <= 2
            ):
                return ir.NewContainer(
                    type=t.PriorityQueueType(type_.element, max_first=body.left.id == b), location=loc
                )
            raise self.unsupported(node, "priority queue with a custom comparator")
        args = [self.expression(a) for a in args_nodes]
        if any(c.type == "class_body" for c in node.named_children):
            raise self.unsupported(node, "anonymous class")
        if isinstance(type_, t.StringType):
            if not args:
                return ir.StringLiteral("", type=t.STRING, location=loc)
            if len(args) == 1 and isinstance(args[0].type, t.StringType):
                return args[0]
            if len(args) in (1, 3) and isinstance(args[0].type, t.ArrayType):
                return library_jdk.string_from_chars(self, node, args)
            if len(args) == 1 and t.is_integral(args[0].type):
                return ir.StringLiteral("", type=t.STRING, location=loc)  # StringBuilder(capacity)
        if isinstance(type_, (t.ListType, t.SetType, t.QueueType, t.DequeType, t.StackType)):
            if not args:
                return ir.NewContainer(type=type_, location=loc)
            if len(args) == 1 and isinstance(args[0], ir.LibraryCall) and args[0].op == L.SORT_DESC:
                raise self.unsupported(node, f"{base} in reverse order (a comparator)")
            if len(args) == 1 and not t.is_integral(args[0].type):
                return ir.NewContainer(source=args[0], type=type_, location=loc)
            if len(args) == 1 and isinstance(type_, t.SetType):
                # the capacity sizes a HashSet's table, which decides its iteration order
                return ir.NewContainer(type=type_, capacity=args[0], location=loc)
            if len(args) == 1:
                return ir.NewContainer(type=type_, location=loc)  # an initial capacity only
        if isinstance(type_, t.MapType) and not args:
            return ir.NewContainer(type=type_, location=loc)
        if isinstance(type_, t.MapType) and len(args) == 1 and t.is_integral(args[0].type):
            return ir.NewContainer(type=type_, capacity=args[0], location=loc)
        if isinstance(type_, t.PriorityQueueType):
            if not args or (len(args) == 1 and t.is_integral(args[0].type)):
                return ir.NewContainer(type=type_, location=loc)
            if 1 <= len(args) <= 2 and isinstance(args[-1], ir.LibraryCall) and args[-1].op == L.SORT_DESC:
                return ir.NewContainer(type=t.PriorityQueueType(type_.element, max_first=True), location=loc)
        if isinstance(type_, t.PairType) and len(args) == 2:
            return ir.LibraryCall(L.MAKE_PAIR, tuple(args), type=type_, location=loc)
        raise self.unsupported(node, f"creation of {node_text(type_node)}")

    def expr_method_invocation(self, node: tree_sitter.Node) -> ir.Expr:
        obj = node.child_by_field_name("object")
        name = node_text(required(node, "name"))
        args_nodes = required(node, "arguments").named_children
        loc = self.location(node)
        read = self.reader_call(node)  # `in.nextInt()` (program.py)
        if read is not None:
            return read
        method = self.method_invocation(node)  # a method of a class of the file (classes.py)
        if method is not None:
            return method
        if obj is not None and node_text(obj) == self.flattened and self.scopes.lookup(self.flattened) is None:
            obj = None  # `Main.helper(x)`: a function of the module
        if obj is None:
            if name in self.functions:
                call_args = tuple(self.expression(a) for a in args_nodes)
                if name in self.generic_signatures:
                    return generic_call(self, node, name, call_args)  # generics.py
                return ir.Call(name, call_args, type=self.functions[name], location=loc)
            raise self.unsupported(node, f"call of '{name}'")
        stream = self.array_stream(obj, name, node) if not args_nodes else None
        if stream is not None:
            return stream
        owner = node_text(obj)
        if owner in _STATIC_OWNERS and self.scopes.lookup(owner) is None:
            return self.static_call(owner, name, args_nodes, node)
        receiver = self.expression(obj)
        if name == "sort" and len(args_nodes) == 1 and isinstance(receiver.type, t.ListType):
            if node_text(args_nodes[0]) == "null":
                return ir.LibraryCall(L.SORT, (receiver, None, None, None), type=t.VOID, location=loc)
            return self.sort_with(receiver, None, None, args_nodes[0], node)
        expected = _argument_types(receiver.type, name, len(args_nodes))
        args = [self.expression(a, expected=e) for a, e in zip(args_nodes, expected, strict=True)]
        return self.java_method(receiver, name, args, node)

    def static_call(
        self, owner: str, name: str, args_nodes: list[tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Expr:
        loc = self.location(node)
        if owner == "Collections" and name == "reverseOrder" and not args_nodes:
            return ir.LibraryCall(L.SORT_DESC, (), type=t.UNKNOWN, location=loc)
        if owner in ("Arrays", "Collections") and name == "sort":
            seq = self.expression(args_nodes[0])
            begin = end = None
            comparator = None
            rest_nodes = args_nodes[1:]
            if len(rest_nodes) >= 2:  # sort(a, from, to[, comparator])
                begin, end = self.expression(rest_nodes[0]), self.expression(rest_nodes[1])
                rest_nodes = rest_nodes[2:]
                if isinstance(begin, ir.IntLiteral) and begin.value == 0:
                    begin = None
                    if isinstance(end, ir.LibraryCall) and end.op == L.LEN and end.args[0] == seq:
                        end = None
            if len(rest_nodes) > 1:
                raise self.unsupported(node, "sort with these arguments")
            if rest_nodes:
                return self.sort_with(seq, begin, end, rest_nodes[0], node)
            return ir.LibraryCall(L.SORT, (seq, begin, end, comparator), type=t.VOID, location=loc)
        args = [self.expression(a) for a in args_nodes]
        return recognize_static(self, Site(name, args, node, owner=owner))

    def is_object_argument(self, node: tree_sitter.Node, element: t.Type) -> bool:
        """Whether the one argument of ``list.remove(x)`` is an object (``(Integer) x``, ``Character.valueOf(c)``)."""
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            return False
        argument = arguments.named_children[0]
        if not t.is_integral(element) and not isinstance(element, t.CharType):
            return True  # a List<String>: no index overload to confuse it with
        if argument.type == "cast_expression":
            return node_text(required(argument, "type")) in (
                "Integer",
                "Character",
                "Long",
                "Short",
            )
        if argument.type == "method_invocation":
            return node_text(required(argument, "name")) == "valueOf" and node_text(
                required(argument, "object")
            ) in ("Integer", "Character", "Long")
        return False

    def java_method(
        self, receiver: ir.Expr, name: str, args: list[ir.Expr], node: tree_sitter.Node
    ) -> ir.Expr:
        return recognize_method(self, Site(name, args, node, receiver=receiver))

    def reversed_copy(self, receiver: ir.Expr | None, node: tree_sitter.Node) -> bool:
        """Whether ``receiver.reverse()`` may read as a reversed copy: on ``new StringBuilder(s)``
        (a fresh copy), or ``return sb.reverse().toString();`` of a local builder (nothing reads
        it afterwards); on a named builder read later it would also change the builder."""
        receiver_node = node.child_by_field_name("object")
        if receiver_node is not None and receiver_node.type == "object_creation_expression":
            return True
        local = isinstance(receiver, ir.Name) and receiver.id not in self.current_params
        return local and _returned(node)

    def map_default(self, receiver: ir.Expr | None) -> ir.Expr | None:
        """What ``get`` returns for an absent key of a map made with a defaulting ``get``."""
        if isinstance(receiver, ir.Name):
            return self.default_maps.get(receiver.id)
        return None

    def expr_update_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = next(c.type for c in node.children if c.type in ("++", "--"))
        target = self.assignable(node.named_children[0])
        prefix = node.children[0].type in ("++", "--")
        return ir.IncDec(
            target, 1 if operator == "++" else -1, prefix, type=target.type, location=self.location(node)
        )

    def expr_unary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        operand_node = required(node, "operand")
        if operator == "-" and operand_node.type == "decimal_integer_literal":  # -2147483648
            return self.unary(operator, self.integer_literal(operand_node, negated=True), node)
        operand = self.expression(operand_node)
        return self.unary(operator, operand, node)

    def assignable(self, node: tree_sitter.Node) -> ir.Expr:
        expr = self.expression(node)
        if not isinstance(expr, (ir.Name, ir.Index, FieldAccess, StaticField)):
            raise self.unsupported(node, "assignment to this expression")
        return expr

    def expr_assignment_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        target = self.assignable(required(node, "left"))
        value = self.expression(required(node, "right"), expected=target.type)
        loc = self.location(node)
        if operator == "+=" and is_text(target.type):
            return ir.LibraryCall(L.STR_APPEND, (target, self.as_text(value)), type=t.VOID, location=loc)
        if operator == "=":
            return ir.AssignExpr(
                target, self.coerce(value, target.type), None, type=target.type, location=loc
            )
        op = self.compound_op(operator, target, value, node)
        return ir.AssignExpr(target, value, op, type=target.type, location=loc)


def _returned(node: tree_sitter.Node) -> bool:
    """Whether ``node``'s value is what a ``return`` returns (through ``.toString()`` and parentheses)."""
    current = node
    while current.parent is not None:
        parent = current.parent
        if parent.type == "return_statement":
            return True
        to_string = (
            parent.type == "method_invocation"
            and parent.child_by_field_name("object") == current
            and node_text(required(parent, "name")) == "toString"
        )
        if not to_string and parent.type != "parenthesized_expression":
            return False
        current = parent
    return False


def _argument_types(receiver: t.Type, method: str, count: int) -> list[t.Type | None]:
    """What a container method stores, so that ``g.add(new ArrayList<>())`` knows its type."""
    expected: list[t.Type | None] = [None] * count
    if isinstance(receiver, t.MapType) and method in ("put", "getOrDefault", "putIfAbsent") and count == 2:
        expected[:] = [receiver.key, receiver.value]
    elif isinstance(
        receiver, t.ListType | t.SetType | t.StackType | t.QueueType | t.DequeType | t.PriorityQueueType
    ):
        adds = ("add", "push", "offer", "addLast", "addFirst", "offerFirst", "offerLast")
        if method in adds and count == 1:
            expected[0] = receiver.element
        elif method in ("add", "set") and count == 2 and isinstance(receiver, t.ListType):
            expected[1] = receiver.element
    return expected


def parse_java(code: str) -> tuple[ir.Module, frozenset[tuple[str | None, str]]]:
    """The IR of Java code (one method, several, or a class holding static members), and the
    variables declared ``LinkedHashSet``/``LinkedHashMap`` (insertion order, where observed)."""
    front_end = JavaFrontEnd(code)
    module = front_end.module()
    return module, frozenset(front_end.linked)


def _linked(type_node: tree_sitter.Node) -> bool:
    """Whether a Java type is a LinkedHashSet/LinkedHashMap (insertion order); only the outer
    type counts: ``HashMap<Integer, LinkedHashSet<Integer>>`` is a hash map."""
    return node_text(type_node).split("<", 1)[0].split(".")[-1].strip().startswith("LinkedHash")


def read_integer(text: str, *, negated: bool = False) -> ir.IntLiteral | str:
    """The IR literal of a Java integer literal, or what is wrong with it. Without ``L`` it is an
    int: a hex, octal or binary one up to 0xffffffff wraps (``0x80000000`` is -2147483648), a decimal
    one must be at most 2147483647 (2147483648 only after a unary minus, ``negated``); with ``L``
    the same in 64 bits. ``017`` is octal (15); ``_`` separators are dropped."""
    body = text.replace("_", "")
    long = body[-1:] in ("l", "L")
    digits = (body[:-1] if long else body).lower()
    if digits.startswith(("0x", "0b")):
        base, digits = (16 if digits[1] == "x" else 2), digits[2:]
    else:
        base = 8 if len(digits) > 1 and digits[0] == "0" else 10
    try:
        magnitude = int(digits, base)
    except ValueError:
        return f"integer literal '{text}'"
    bits = 64 if long else 32
    limit = 2 ** (bits - 1) - (0 if negated else 1) if base == 10 else 2**bits - 1
    if magnitude > limit or digits.startswith(("+", "-")):
        return f"integer literal '{text}' out of the range of {'long' if long else 'int'}"
    value = magnitude - 2**bits if magnitude >= 2 ** (bits - 1) else magnitude
    return ir.IntLiteral(value, type=t.IntType(bits))
