"""Declarations in the C++ front end: variables, arrays and their initialisers, constructors."""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cpp.frontend.base import CppFrontEndBase
from transcoder.engines.rules.cpp.frontend.syntax import (
    LIMITS,
    MATH_CONSTANTS,
    copied,
    is_iterator_text,
    new_array_size,
    zero_of,
)
from transcoder.languages import get_language
from transcoder.languages.common import node_text, required

L = ir.LibOp


class Declarations(CppFrontEndBase):
    """Declarations, most-vexing-parse constructor calls, array and brace initialisers."""

    def expression_of_name(self, name: str, node: tree_sitter.Node) -> ir.Expr:
        type_ = self.scopes.lookup(name)
        if type_ is None:
            raise self.unsupported(node, f"name '{name}'")
        return ir.Name(name, type=type_, location=self.location(node))

    def is_new_array(self, node: tree_sitter.Node) -> bool:
        return node.type == "identifier" and node_text(node) in self.new_arrays

    def declaration(self, node: tree_sitter.Node) -> list[ir.VarDecl]:
        decls: list[ir.VarDecl] = []
        type_node = node.child_by_field_name("type")
        declarators = node.children_by_field_name("declarator")
        if (
            type_node is not None
            and type_node.type == "qualified_identifier"
            and node_text(type_node).replace(" ", "").endswith("::iterator")
            and all(d.type == "identifier" for d in declarators)
        ):
            # `set<int>::iterator it;` declares nothing yet: only `for (it = c.begin(); ...)`
            # loops may use it (iterator_loop); any other use is an unknown name
            self.declared_iterators.update(node_text(d) for d in declarators)
            return decls
        found = self.found_iterator(node, declarators)
        if found is not None:
            return [found]
        constant = any(
            c.type == "type_qualifier" and node_text(c) in ("const", "constexpr") for c in node.named_children
        )
        for child in node.children_by_field_name("declarator"):
            value_node = None
            declarator = child
            if child.type == "init_declarator":
                declarator = required(child, "declarator")
                value_node = child.child_by_field_name("value")
            sizes: list[tree_sitter.Node | None] = []
            while declarator.type == "array_declarator":
                sizes.append(declarator.child_by_field_name("size"))
                declarator = required(declarator, "declarator")
            if declarator.type == "function_declarator" and value_node is None:
                # `vector<int> v(n);` parses as a function declaration (the most vexing parse);
                # in a body, with variables for arguments, it declares a variable built from them.
                value_node = self.vexing_arguments(declarator)
                if value_node is None:
                    raise self.unsupported(child, "local function declaration")
                declarator = required(declarator, "declarator")
            if declarator.type == "reference_declarator":
                raise self.unsupported(child, "reference variable")
            pointer = (
                self.pointer_variable(self.type_of(required(node, "type"), node), node_text(required(declarator, "declarator")), value_node, child)
                if declarator.type == "pointer_declarator" and required(declarator, "declarator").type == "identifier"
                else None
            )  # `Node* p = new Node(3);` (classes.py)
            if pointer is not None:
                decls.append(pointer)
                continue
            if declarator.type == "pointer_declarator":
                # `T *a = new T[n]` owns a fresh array: it is that array (C++ leaves the elements
                # indeterminate, so the target's zero-filled array is one of its behaviours)
                inner = declarator.child_by_field_name("declarator")
                new_size = new_array_size(value_node)
                if inner is None or inner.type != "identifier" or new_size is None:
                    raise self.unsupported(child, "pointer variable")
                declarator, sizes, value_node = inner, [new_size], None
                self.new_arrays.add(node_text(inner))
            if declarator.type != "identifier":
                raise self.unsupported(child)
            name = node_text(declarator)
            base = self.type_of(node.child_by_field_name("type"), node)
            sizes.reverse()  # declarator nesting lists the innermost dimension first
            decls.append(self.variable(name, base, sizes, value_node, child, constant))
        return decls

    def vexing_arguments(self, declarator: tree_sitter.Node) -> tree_sitter.Node | None:
        """The argument list of ``T name(a, ...)`` read as a variable declaration, or None.

        Only when ``name`` is an identifier and every parameter is a single identifier naming a
        variable in scope or a constant such as ``INT_MAX`` (a real prototype names types). The list is parsed again as the
        arguments of a call, so each argument is an ordinary expression.
        """
        name = declarator.child_by_field_name("declarator")
        parameters = declarator.child_by_field_name("parameters")
        if name is None or name.type != "identifier" or parameters is None or not parameters.named_children:
            return None
        for parameter in parameters.named_children:
            if (
                parameter.type != "parameter_declaration"
                or parameter.named_child_count != 1
                or parameter.named_children[0].type != "type_identifier"
                or (
                    self.scopes.lookup(node_text(parameter)) is None
                    and node_text(parameter) not in LIMITS
                    and node_text(parameter) not in MATH_CONSTANTS
                    and node_text(parameter) not in ("true", "false")
                )
            ):
                return None
        # The same bytes, as a call: `name(a, ...)` gives an argument_list over identifiers.
        prefix = bytes(c if c == 10 else 32 for c in self.source[: parameters.start_byte])  # same rows
        reparsed = get_language("cpp").parse((prefix + b"f" + (parameters.text or b"") + b";").decode())
        statement = reparsed.root_node.named_children[0] if reparsed.root_node.named_children else None
        call = statement.named_children[0] if statement is not None and statement.named_children else None
        if call is None or call.type != "call_expression" or reparsed.root_node.has_error:
            return None
        return call.child_by_field_name("arguments")

    def variable(
        self,
        name: str,
        base: t.Type,
        sizes: list[tree_sitter.Node | None],
        value_node: tree_sitter.Node | None,
        node: tree_sitter.Node,
        constant: bool,
    ) -> ir.VarDecl:
        loc = self.location(node)
        if sizes:
            type_: t.Type = base
            for _ in sizes:
                type_ = t.ArrayType(type_)
            if len(sizes) == 1 and sizes[0] is not None:
                self.array_lengths[name] = sizes[0]
            else:
                self.array_lengths.pop(name, None)
            array_value = self.array_init(type_, sizes, value_node, node)
            self.scopes.declare(name, type_)
            return ir.VarDecl(name, type_, array_value, location=loc)
        init: ir.Expr | None = None
        type_ = base
        if value_node is not None:
            if value_node.type == "argument_list":
                init = self.constructor(base, value_node, node)
            elif value_node.type == "initializer_list":
                init = self.brace_init(base, value_node, node)
            else:
                init = self.expression(value_node)
                if type_ == t.UNKNOWN:
                    type_ = init.type
                    if type_ == t.UNKNOWN:
                        raise self.unsupported(node, "'auto' variable of unknown type")
                init = copied(self.coerce(init, type_), type_)
        elif isinstance(base, (*t.CONTAINER_TYPES, t.PairType)):
            init = ir.NewContainer(type=base, location=loc) if not isinstance(base, t.PairType) else None
        elif isinstance(base, t.StringType):
            init = ir.StringLiteral("", type=t.STRING, location=loc)
        elif isinstance(base, t.ClassType) and base.value:
            init = self.new_object(base, [], node)  # `Point p;`: its default constructor
        self.scopes.declare(name, type_)
        return ir.VarDecl(name, type_, init, constant=constant, location=loc)

    def array_init(
        self,
        type_: t.Type,
        sizes: list[tree_sitter.Node | None],
        value_node: tree_sitter.Node | None,
        node: tree_sitter.Node,
    ) -> ir.Expr:
        loc = self.location(node)
        if value_node is None:
            if any(size is None for size in sizes):
                raise self.unsupported(node, "array without a size")
            return ir.NewArray(
                tuple(self.expression(s) for s in sizes if s is not None), type=type_, location=loc
            )
        if value_node.type == "string_literal" and len(sizes) == 1:
            text = self.expression(value_node)
            return ir.LibraryCall(L.STR_CHARS, (text,), type=type_, location=loc)
        if value_node.type != "initializer_list":
            raise self.unsupported(value_node, "array initializer")
        elements = value_node.named_children
        element_type = type_.element if isinstance(type_, t.ArrayType) else t.UNKNOWN
        if all(sizes) and all(self.is_zero(e) for e in elements) and elements.__len__() <= 1:
            return ir.NewArray(
                tuple(self.expression(s) for s in sizes if s is not None), type=type_, location=loc
            )
        if len(sizes) == 1:
            values = tuple(self.coerce(self.expression(e), element_type) for e in elements)
            if sizes[0] is not None:
                declared = self.expression(sizes[0])
                if not isinstance(declared, ir.IntLiteral):
                    raise self.unsupported(value_node, "initializer of a variable-length array")
                if declared.value != len(values):
                    if len(values) > declared.value:
                        raise self.unsupported(value_node, "too many initializers")
                    values = values + tuple(
                        zero_of(element_type) for _ in range(declared.value - len(values))
                    )
            return ir.ArrayLiteral(values, type=type_, location=loc)
        if len(sizes) == 2 and all(e.type == "initializer_list" for e in elements):
            inner_type = element_type
            rows = tuple(
                ir.ArrayLiteral(
                    tuple(
                        self.coerce(
                            self.expression(v),
                            inner_type.element if isinstance(inner_type, t.ArrayType) else t.UNKNOWN,
                        )
                        for v in row.named_children
                    ),
                    type=inner_type,
                    location=self.location(row),
                )
                for row in elements
            )
            return ir.ArrayLiteral(rows, type=type_, location=loc)
        raise self.unsupported(value_node, "array initializer")

    def is_zero(self, node: tree_sitter.Node) -> bool:
        text = node_text(node).strip()
        return text in ("0", "false", "'\\0'", "0.0", "0LL", "0L")

    def constructor(
        self, type_: t.Type, args_node: tree_sitter.Node, node: tree_sitter.Node
    ) -> ir.Expr:
        """``T x(args)``: vectors of a size (and fill), copies, strings of repeated chars."""
        arguments = args_node.named_children
        if (
            len(arguments) == 2
            and isinstance(type_, (t.ListType, t.SetType, t.StringType))
            and is_iterator_text(node_text(arguments[0]), node_text(arguments[1]))
        ):
            # `vector<int> v(arr, arr + n)`, `set<int> s(v.begin(), v.end())`: a copy of a whole sequence
            seq, begin, end = self.iterator_range(arguments[0], arguments[1], node)
            if (begin is not None or end is not None) and isinstance(type_, t.ListType) and isinstance(seq.type, t.ArrayType):
                # `vector<int> v(a + i, a + j)`: the elements a[i:j] (C++ reads no further: beyond is undefined)
                start = begin if begin is not None else ir.IntLiteral(0, type=t.INT)
                stop = end if end is not None else ir.LibraryCall(L.LEN, (seq,), type=t.INT, location=self.location(node))
                start, stop = (x if x.type == t.INT else ir.Cast(x, type=t.INT, location=x.location) for x in (start, stop))
                part = ir.LibraryCall(L.COPY_RANGE, (seq, start, stop), type=seq.type, location=self.location(node))
                return ir.NewContainer(source=part, type=type_, location=self.location(node))
            if begin is not None or end is not None:
                raise self.unsupported(node, "container built from part of a sequence")
            if isinstance(type_, t.StringType):
                if not isinstance(seq.type, (t.ArrayType, t.ListType)) or not isinstance(
                    t.element_type(seq.type), t.CharType
                ):
                    raise self.unsupported(node, "string built from a range")
                return ir.LibraryCall(L.STR_FROM_CHARS, (seq,), type=t.STRING, location=self.location(node))
            return ir.NewContainer(source=seq, type=type_, location=self.location(node))
        args = [self.expression(a) for a in arguments]
        return self.construct(type_, args, node)

    def construct(self, type_: t.Type, args: list[ir.Expr], node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        if isinstance(type_, t.ClassType):
            return self.new_object(type_, args, node)  # `Point p(1, 2)` (classes.py)
        if isinstance(type_, t.ListType):
            if len(args) == 1 and t.is_integral(args[0].type):
                return ir.NewContainer(size=args[0], type=type_, location=loc)
            if len(args) == 2 and t.is_integral(args[0].type):
                return ir.NewContainer(
                    size=args[0], fill=self.coerce(args[1], type_.element), type=type_, location=loc
                )
            if len(args) == 1 and isinstance(args[0].type, t.ListType):
                return ir.NewContainer(source=args[0], type=type_, location=loc)
        if isinstance(type_, t.StringType):
            if len(args) == 2 and isinstance(args[1].type, t.CharType):
                return ir.LibraryCall(L.STR_REPEAT, (args[0], args[1]), type=t.STRING, location=loc)
            if len(args) == 1 and isinstance(args[0].type, t.StringType):
                return args[0]
            if not args:
                return ir.StringLiteral("", type=t.STRING, location=loc)
        if isinstance(type_, t.PairType) and len(args) == 2:
            return ir.LibraryCall(L.MAKE_PAIR, (args[0], args[1]), type=type_, location=loc)
        if (
            isinstance(
                type_, t.SetType | t.MapType | t.StackType | t.QueueType | t.DequeType | t.PriorityQueueType
            )
            and not args
        ):
            return ir.NewContainer(type=type_, location=loc)
        if isinstance(type_, (t.IntType, t.FloatType, t.CharType, t.BoolType)) and len(args) == 1:
            return self.coerce(args[0], type_)
        raise self.unsupported(node, f"constructor call for {type_}")

    def brace_init(
        self, type_: t.Type, value_node: tree_sitter.Node, node: tree_sitter.Node
    ) -> ir.Expr:
        loc = self.location(node)
        if isinstance(type_, t.ClassType):  # `Point p = {1, 2}` (classes.py)
            return self.new_object(type_, [self.expression(e) for e in value_node.named_children], node)
        if isinstance(type_, t.ListType):
            values = tuple(self.coerce(self.expression(e), type_.element) for e in value_node.named_children)
            return ir.ArrayLiteral(values, type=type_, location=loc)
        if isinstance(type_, (t.IntType, t.FloatType, t.CharType, t.BoolType)):
            items = value_node.named_children
            if not items:
                return zero_of(type_)
            if len(items) == 1:
                return self.coerce(self.expression(items[0]), type_)
        if isinstance(type_, t.SetType):
            values = tuple(self.coerce(self.expression(e), type_.element) for e in value_node.named_children)
            return ir.NewContainer(
                source=ir.ArrayLiteral(values, type=t.ListType(type_.element)), type=type_, location=loc
            )
        raise self.unsupported(value_node, "brace initializer")
