"""Java front end: tree-sitter-java trees into the typed IR.

Accepts static methods (alone, or inside a class), ``static final`` constants and static fields.
Covers primitive types, ``String``/``StringBuilder`` (both become the IR's string: appends are
``STR_APPEND`` with Java's decimal formatting of numbers), arrays, the ``java.util``
collections named in ``types.py``, ``Math``, ``Arrays``, ``Collections``, ``Character`` and
``Integer`` helpers. Shares operator typing and implicit conversions with the C++ front end.
"""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.frontend_common import (
    MATH_FUNCTIONS,
    int_literal_type,
    is_text,
    parse_int_literal,
    unescape,
)
from transcoder.engines.rules.frontend_cpp import CppFrontEnd, iteration_type
from transcoder.languages import get_language
from transcoder.languages.common import node_text

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
_BOXED = frozenset({"Integer", "Long", "Character", "Boolean", "Double", "Float", "Short", "Byte"})
_LISTS = {"List", "ArrayList", "LinkedList", "Vector"}
_MAPS = {"Map": False, "HashMap": False, "TreeMap": True, "LinkedHashMap": False}
_SETS = {"Set": False, "HashSet": False, "TreeSet": True, "LinkedHashSet": False}
_MATH = MATH_FUNCTIONS
_CHARACTER = {
    "isDigit": L.IS_DIGIT,
    "isLetter": L.IS_ALPHA,
    "isAlphabetic": L.IS_ALPHA,
    "isLetterOrDigit": L.IS_ALNUM,
    "isUpperCase": L.IS_UPPER,
    "isLowerCase": L.IS_LOWER,
    "isWhitespace": L.IS_SPACE,
}
_LIMITS = {
    ("Integer", "MAX_VALUE"): (L.INT_MAX, t.INT),
    ("Integer", "MIN_VALUE"): (L.INT_MIN, t.INT),
    ("Long", "MAX_VALUE"): (L.INT_MAX, t.LONG),
    ("Long", "MIN_VALUE"): (L.INT_MIN, t.LONG),
    ("Double", "MAX_VALUE"): (L.FLOAT_MAX, t.DOUBLE),
}


class JavaFrontEnd(CppFrontEnd):
    """Builds an ``ir.Module`` from Java source text (a method, or a class of static members)."""

    language = "Java"

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.tree = get_language("java").parse(code)
        self.current_params = {}
        self.assigned_in_body = set()

    # -- module level -------------------------------------------------------------------------------
    def module(self) -> ir.Module:
        members = self.members(self.tree.root_node)
        for node in members:
            if node.type == "method_declaration":
                self.functions[node_text(node.child_by_field_name("name"))] = self.type_of(
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
        return ir.Module(tuple(self.globals), tuple(functions))

    def members(self, root: tree_sitter.Node) -> list[tree_sitter.Node]:
        found: list[tree_sitter.Node] = []
        for node in root.named_children:
            if node.type in ("class_declaration",):
                body = node.child_by_field_name("body")
                found.extend(self.members(body) if body is not None else [])
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

    def function(self, node: tree_sitter.Node) -> ir.Function:  # type: ignore[override]
        name = node_text(node.child_by_field_name("name"))
        modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
        if modifiers is not None and "static" not in node_text(modifiers).split() and False:
            raise self.unsupported(node, "instance method")
        result = self.type_of(node.child_by_field_name("type"), node)
        self.return_type = result
        self.scopes.push()
        params: list[ir.Param] = []
        self.current_params = {}
        body_node = node.child_by_field_name("body")
        from transcoder.engines.rules.frontend_cpp import _assigned_identifiers

        self.assigned_in_body = _assigned_identifiers(body_node)
        for param in node.child_by_field_name("parameters").named_children:
            if param.type != "formal_parameter":
                raise self.unsupported(param)
            type_ = self.declared_type(param)
            param_name = node_text(param.child_by_field_name("name"))
            self.scopes.declare(param_name, type_)
            self.current_params[param_name] = type_
            params.append(ir.Param(param_name, type_, location=self.location(param)))
        if body_node is None:
            raise self.unsupported(node, "method without a body")
        body = self.block(body_node)
        self.scopes.pop()
        return ir.Function(name, tuple(params), result, body, location=self.location(node))

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
        kind = node.type
        text = node_text(node)
        if kind in ("integral_type", "floating_point_type", "boolean_type", "void_type", "type_identifier"):
            if text in _PRIMITIVES:
                return _PRIMITIVES[text]
            if text == "var":
                return t.UNKNOWN
            raise self.unsupported(node, f"type '{text}'")
        if kind == "array_type":
            element = self.type_of(node.child_by_field_name("element"), context)
            for _ in range(node_text(node.child_by_field_name("dimensions")).count("[")):
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
        if kind == "scoped_type_identifier" and text.replace(" ", "") == "Map.Entry":
            raise self.unsupported(node, "raw Map.Entry")
        raise self.unsupported(node, f"type '{text}'")

    def generic(self, base: str, args: list[t.Type], node: tree_sitter.Node) -> t.Type:
        if base in _LISTS and len(args) == 1:
            return t.ListType(args[0])
        if base in _MAPS and len(args) == 2:
            return t.MapType(args[0], args[1], ordered=_MAPS[base])
        if base in _SETS and len(args) == 1:
            return t.SetType(args[0], ordered=_SETS[base])
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
        if not args:
            return t.UNKNOWN  # diamond `new HashMap<>()`: the declaration decides
        raise self.unsupported(node, f"type '{node_text(node)}'")

    # -- statements -----------------------------------------------------------------------------------
    def statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        kind = node.type
        loc = self.location(node)
        if kind == "block":
            return [self.block(node)]
        if kind == "local_variable_declaration":
            return list(self.declaration(node))
        if kind == "expression_statement":
            return [self.expression_statement(node.named_children[0])]
        if kind == "if_statement":
            condition = self.condition(self.expression(node.child_by_field_name("condition")))
            then = self.body(node.child_by_field_name("consequence"))
            alternative = node.child_by_field_name("alternative")
            otherwise = self.body(alternative) if alternative is not None else None
            return [ir.If(condition, then, otherwise, location=loc)]
        if kind == "while_statement":
            condition = self.condition(self.expression(node.child_by_field_name("condition")))
            return [ir.While(condition, self.body(node.child_by_field_name("body")), location=loc)]
        if kind == "do_statement":
            body = self.body(node.child_by_field_name("body"))
            condition = self.condition(self.expression(node.child_by_field_name("condition")))
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
                    self.coerce(self.expression(node.named_children[0]), self.return_type), location=loc
                )
            ]
        if kind == "break_statement":
            if node.named_children:
                raise self.unsupported(node, "labelled break")
            return [ir.Break(location=loc)]
        if kind == "continue_statement":
            if node.named_children:
                raise self.unsupported(node, "labelled continue")
            return [ir.Continue(location=loc)]
        if kind in ("switch_expression", "switch_statement"):
            return [self.switch(node)]
        if kind in ("line_comment", "block_comment"):
            return []
        if kind == ";":
            return []
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
        body = self.body(node.child_by_field_name("body"))
        self.scopes.pop()
        return ir.For(tuple(init), condition, update, body, location=loc)

    def enhanced_for(self, node: tree_sitter.Node) -> ir.Stmt:
        iterable = self.expression(node.child_by_field_name("value"))
        name = node_text(node.child_by_field_name("name"))
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
        body = self.body(node.child_by_field_name("body"))
        self.scopes.pop()
        return ir.ForEach(name, var_type, iterable, body, location=self.location(node))

    def switch(self, node: tree_sitter.Node) -> ir.Stmt:
        subject = self.expression(node.child_by_field_name("condition"))
        cases: list[ir.SwitchCase] = []
        self.scopes.push()
        for group in node.child_by_field_name("body").named_children:
            if group.type != "switch_block_statement_group":
                raise self.unsupported(group, "switch rule")
            values: list[ir.Expr] = []
            is_default = False
            stmts: list[ir.Stmt] = []
            for child in group.named_children:
                if child.type == "switch_label":
                    if not child.named_children:
                        is_default = True
                    values.extend(self.expression(v) for v in child.named_children)
                else:
                    stmts.extend(self.statement(child))
            if is_default and values:
                raise self.unsupported(group, "default label shared with case labels")
            cases.append(ir.SwitchCase(tuple(values), tuple(stmts), location=self.location(group)))
        self.scopes.pop()
        return ir.Switch(subject, tuple(cases), location=self.location(node))

    def declaration(self, node: tree_sitter.Node) -> list[ir.VarDecl]:
        decls: list[ir.VarDecl] = []
        base = self.type_of(node.child_by_field_name("type"), node)
        modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
        constant = modifiers is not None and "final" in node_text(modifiers).split()
        for child in node.children_by_field_name("declarator"):
            name = node_text(child.child_by_field_name("name"))
            type_ = base
            dims = child.child_by_field_name("dimensions")
            if dims is not None:
                for _ in range(node_text(dims).count("[")):
                    type_ = t.ArrayType(type_)
            value_node = child.child_by_field_name("value")
            init: ir.Expr | None = None
            if value_node is not None:
                if value_node.type == "array_initializer":
                    init = self.array_initializer(value_node, type_)
                else:
                    init = self.expression(value_node, expected=type_)
                    if type_ == t.UNKNOWN:
                        type_ = init.type
                    init = self.coerce(init, type_)
                    boxed = node_text(node.child_by_field_name("type")) in _BOXED
                    if boxed and isinstance(init, ir.LibraryCall) and init.op == L.MAP_GET:
                        # `Integer v = map.get(key)` is null when the key is absent: keep that.
                        init = ir.LibraryCall(
                            L.MAP_GET_OR, (*init.args, ir.NullLiteral()), type=type_, location=init.location
                        )
            self.scopes.declare(name, type_)
            decls.append(ir.VarDecl(name, type_, init, constant, location=self.location(child)))
        return decls

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
        name = node_text(node.child_by_field_name("name"))
        args = node.child_by_field_name("arguments").named_children
        if obj is None:
            return None
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

    def expr_decimal_integer_literal(self, node: tree_sitter.Node) -> ir.Expr:
        value, suffix = parse_int_literal(node_text(node))
        return ir.IntLiteral(value, type=int_literal_type(value, suffix), location=self.location(node))

    expr_hex_integer_literal = expr_decimal_integer_literal
    expr_octal_integer_literal = expr_decimal_integer_literal
    expr_binary_integer_literal = expr_decimal_integer_literal

    def expr_decimal_floating_point_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).lower().replace("_", "")
        bits = 32 if text.endswith("f") else 64
        body = text.rstrip("fd")
        return ir.FloatLiteral(float(body), body, type=t.FloatType(bits), location=self.location(node))

    def expr_character_literal(self, node: tree_sitter.Node) -> ir.Expr:
        chars = unescape(node_text(node)[1:-1])
        if len(chars) != 1:
            raise self.unsupported(node, "character literal")
        return ir.CharLiteral(chars, type=t.CHAR, location=self.location(node))

    def expr_string_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        if text.startswith('"""'):
            raise self.unsupported(node, "text block")
        return ir.StringLiteral(unescape(text[1:-1]), type=t.STRING, location=self.location(node))

    def expr_null_literal(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.NullLiteral(location=self.location(node))

    def expr_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        name = node_text(node)
        declared = self.scopes.lookup(name)
        if declared is not None:
            return ir.Name(name, type=declared, location=self.location(node))
        raise self.unsupported(node, f"unknown name '{name}'")

    def expr_ternary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        return self.expr_conditional_expression(node)

    def expr_binary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        left = self.expression(node.child_by_field_name("left"))
        right = self.expression(node.child_by_field_name("right"))
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
            # vectors) refuses in its back end
            nullable = t.IntType | t.FloatType | t.CharType | t.BoolType | t.StringType | t.ArrayType
            if not isinstance(value.type, nullable | t.ListType | t.MapType | t.SetType):
                raise self.unsupported(node, "comparison with null")
            return ir.Binary(
                ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE,
                left,
                right,
                type=t.BOOL,
                location=self.location(node),
            )
        if operator in ("==", "!=") and (is_text(left.type) or is_text(right.type)):
            raise self.unsupported(node, "string comparison with == (reference equality)")
        if operator == "+" and (is_text(left.type) or is_text(right.type)):
            # Java formats numbers and chars into the text; the IR says so explicitly.
            left = self.as_text(left)
            right = self.as_text(right)
            return ir.Binary(ir.BinaryOp.ADD, left, right, type=t.STRING, location=self.location(node))
        return self.binary(operator, left, right, node)

    def as_text(self, expr: ir.Expr) -> ir.Expr:
        if is_text(expr.type) or isinstance(expr.type, t.CharType):
            return expr
        return ir.LibraryCall(L.TO_STRING, (expr,), type=t.STRING, location=expr.location)

    def expr_array_access(self, node: tree_sitter.Node) -> ir.Expr:
        base = self.expression(node.child_by_field_name("array"))
        index = self.expression(node.child_by_field_name("index"))
        if not isinstance(base.type, t.ArrayType):
            raise self.unsupported(node, f"indexing a value of type {base.type}")
        return ir.Index(base, index, type=base.type.element, location=self.location(node))

    def expr_field_access(self, node: tree_sitter.Node) -> ir.Expr:
        obj = node.child_by_field_name("object")
        field = node_text(node.child_by_field_name("field"))
        loc = self.location(node)
        key = (node_text(obj), field)
        if key in _LIMITS:
            op, type_ = _LIMITS[key]
            return ir.LibraryCall(op, (), type=type_, location=loc)
        if key == ("Math", "PI"):
            return ir.FloatLiteral(3.141592653589793, "3.141592653589793", type=t.DOUBLE, location=loc)
        if key == ("Math", "E"):
            return ir.FloatLiteral(2.718281828459045, "2.718281828459045", type=t.DOUBLE, location=loc)
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
        operand = self.expression(node.child_by_field_name("value"))
        return ir.Cast(operand, type=target, location=self.location(node))

    def expr_lambda_expression(self, node: tree_sitter.Node) -> ir.Expr:
        raise self.unsupported(node, "lambda outside a sort call")

    def creation(self, node: tree_sitter.Node, expected: t.Type | None) -> ir.Expr:
        type_node = node.child_by_field_name("type")
        type_ = self.type_of(type_node, node)
        if type_ == t.UNKNOWN:
            type_ = expected if expected is not None else t.UNKNOWN
            if type_ == t.UNKNOWN:
                raise self.unsupported(node, "diamond creation without a declared type")
        base = node_text(type_node).split("<")[0].strip()
        if base in ("Stack",) and isinstance(type_, t.DequeType | t.StackType):
            type_ = t.StackType(t.element_type(type_))
        args = [self.expression(a) for a in node.child_by_field_name("arguments").named_children]
        loc = self.location(node)
        if any(c.type == "class_body" for c in node.named_children):
            raise self.unsupported(node, "anonymous class")
        if isinstance(type_, t.StringType):
            if not args:
                return ir.StringLiteral("", type=t.STRING, location=loc)
            if len(args) == 1 and isinstance(args[0].type, t.StringType):
                return args[0]
            if len(args) == 1 and isinstance(args[0].type, t.ArrayType):
                return ir.LibraryCall(L.STR_FROM_CHARS, (args[0],), type=t.STRING, location=loc)
            if len(args) == 1 and t.is_integral(args[0].type):
                return ir.StringLiteral("", type=t.STRING, location=loc)  # StringBuilder(capacity)
        if isinstance(type_, t.ListType | t.SetType | t.QueueType | t.DequeType | t.StackType):
            if not args:
                return ir.NewContainer(type=type_, location=loc)
            if len(args) == 1 and not t.is_integral(args[0].type):
                return ir.NewContainer(source=args[0], type=type_, location=loc)
            if len(args) == 1:
                return ir.NewContainer(type=type_, location=loc)  # an initial capacity only
        if isinstance(type_, t.MapType) and (not args or (len(args) == 1 and t.is_integral(args[0].type))):
            return ir.NewContainer(type=type_, location=loc)
        if isinstance(type_, t.PriorityQueueType):
            if not args or (len(args) == 1 and t.is_integral(args[0].type)):
                return ir.NewContainer(type=type_, location=loc)
            if len(args) == 1 and isinstance(args[0], ir.LibraryCall) and args[0].op == L.SORT_DESC:
                return ir.NewContainer(type=t.PriorityQueueType(type_.element, max_first=True), location=loc)
        if isinstance(type_, t.PairType) and len(args) == 2:
            return ir.LibraryCall(L.MAKE_PAIR, tuple(args), type=type_, location=loc)
        raise self.unsupported(node, f"creation of {node_text(type_node)}")

    def expr_method_invocation(self, node: tree_sitter.Node) -> ir.Expr:
        obj = node.child_by_field_name("object")
        name = node_text(node.child_by_field_name("name"))
        args_nodes = node.child_by_field_name("arguments").named_children
        loc = self.location(node)
        if obj is None:
            if name in self.functions:
                args = tuple(self.expression(a) for a in args_nodes)
                return ir.Call(name, args, type=self.functions[name], location=loc)
            raise self.unsupported(node, f"call of '{name}'")
        stream = self.array_stream(obj, name, node) if not args_nodes else None
        if stream is not None:
            return stream
        owner = node_text(obj)
        if (
            owner in ("Math", "Arrays", "Collections", "Character", "Integer", "Long", "String", "Double")
            and self.scopes.lookup(owner) is None
        ):
            return self.static_call(owner, name, args_nodes, node)
        receiver = self.expression(obj)
        args = [self.expression(a) for a in args_nodes]
        return self.java_method(receiver, name, args, node)

    def array_stream(self, obj: tree_sitter.Node, name: str, node: tree_sitter.Node) -> ir.Expr | None:
        """``Arrays.stream(a[, from, to]).sum()`` / ``.min().getAsInt()`` / ``.max().getAsInt()``."""
        if name == "getAsInt" and obj.type == "method_invocation":
            inner_name = node_text(obj.child_by_field_name("name"))
            inner_obj = obj.child_by_field_name("object")
            if (
                inner_name in ("min", "max")
                and inner_obj is not None
                and not obj.child_by_field_name("arguments").named_children
            ):
                sequence = self.stream_source(inner_obj)
                if sequence is not None:
                    seq, begin, end = sequence
                    op = L.MIN_ELEMENT if inner_name == "min" else L.MAX_ELEMENT
                    return ir.LibraryCall(
                        op, (seq, begin, end), type=t.element_type(seq.type), location=self.location(node)
                    )
        if name == "sum":
            sequence = self.stream_source(obj)
            if sequence is not None:
                seq, begin, end = sequence
                element = t.element_type(seq.type)
                zero = ir.IntLiteral(0, type=element if isinstance(element, t.IntType) else t.INT)
                return ir.LibraryCall(
                    L.ACCUMULATE, (seq, begin, end, zero), type=element, location=self.location(node)
                )
        return None

    def stream_source(self, node: tree_sitter.Node) -> tuple[ir.Expr, ir.Expr | None, ir.Expr | None] | None:
        if (
            node.type != "method_invocation"
            or node_text(node.child_by_field_name("object") or node).replace(" ", "") != "Arrays"
        ):
            return None
        if node_text(node.child_by_field_name("name")) != "stream":
            return None
        args = node.child_by_field_name("arguments").named_children
        if (
            len(args) == 1
            and args[0].type == "method_invocation"
            and node_text(args[0]).replace(" ", "").startswith("Arrays.copyOfRange(")
        ):
            inner = args[0].child_by_field_name("arguments").named_children
            if len(inner) == 3:
                return self.expression(inner[0]), self.expression(inner[1]), self.expression(inner[2])
        if len(args) == 1:
            return self.expression(args[0]), None, None
        if len(args) == 3:
            return self.expression(args[0]), self.expression(args[1]), self.expression(args[2])
        return None

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
            rest = [self.expression(a) for a in args_nodes[1:]]
            if len(rest) >= 2 and t.is_integral(rest[0].type):
                begin, end = rest[0], rest[1]
                rest = rest[2:]
                if isinstance(begin, ir.IntLiteral) and begin.value == 0:
                    begin = None
                    if isinstance(end, ir.LibraryCall) and end.op == L.LEN and end.args[0] == seq:
                        end = None
            if rest:
                if isinstance(rest[0], ir.LibraryCall) and rest[0].op == L.SORT_DESC:
                    return ir.LibraryCall(L.SORT_DESC, (seq, begin, end), type=t.VOID, location=loc)
                raise self.unsupported(node, "sort with a comparator")
            return ir.LibraryCall(L.SORT, (seq, begin, end, comparator), type=t.VOID, location=loc)
        args = [self.expression(a) for a in args_nodes]
        n = len(args)
        if owner == "Math":
            if name in ("max", "min") and n == 2:
                type_ = t.promote(args[0].type, args[1].type)
                a, b = (self.coerce(x, type_) for x in args)
                return ir.LibraryCall(L.MAX if name == "max" else L.MIN, (a, b), type=type_, location=loc)
            if name == "abs" and n == 1:
                type_ = t.promote(args[0].type, t.INT)
                return ir.LibraryCall(L.ABS, (args[0],), type=type_, location=loc)
            if name == "pow" and n == 2:
                return ir.LibraryCall(L.POW, tuple(args), type=t.DOUBLE, location=loc)
            if name in _MATH and n == 1:
                return ir.LibraryCall(_MATH[name], (args[0],), type=t.DOUBLE, location=loc)
            if name == "round" and n == 1:
                return ir.LibraryCall(L.ROUND, (args[0],), type=t.LONG, location=loc)
            if name in ("atan2", "hypot") and n == 2:
                return ir.LibraryCall(
                    L.ATAN2 if name == "atan2" else L.HYPOT, tuple(args), type=t.DOUBLE, location=loc
                )
            if name == "floorDiv" and n == 2:
                return ir.Binary(
                    ir.BinaryOp.FLOOR_DIV,
                    args[0],
                    args[1],
                    type=t.promote(args[0].type, args[1].type),
                    location=loc,
                )
            if name == "floorMod" and n == 2:
                return ir.Binary(
                    ir.BinaryOp.FLOOR_MOD,
                    args[0],
                    args[1],
                    type=t.promote(args[0].type, args[1].type),
                    location=loc,
                )
        if owner == "Arrays" and name == "fill":
            seq = args[0]
            if n == 2:
                return ir.LibraryCall(
                    L.FILL,
                    (seq, self.coerce(args[1], t.element_type(seq.type)), None, None),
                    type=t.VOID,
                    location=loc,
                )
            if n == 4:
                return ir.LibraryCall(
                    L.FILL,
                    (seq, self.coerce(args[3], t.element_type(seq.type)), args[1], args[2]),
                    type=t.VOID,
                    location=loc,
                )
        if owner == "Collections" and name == "reverse" and n == 1:
            return ir.LibraryCall(L.REVERSE, (args[0], None, None), type=t.VOID, location=loc)
        if owner == "Collections" and name in ("max", "min") and n == 1:
            op = L.MAX_ELEMENT if name == "max" else L.MIN_ELEMENT
            return ir.LibraryCall(op, (args[0], None, None), type=t.element_type(args[0].type), location=loc)
        if owner == "Character":
            if name in _CHARACTER and n == 1:
                return ir.LibraryCall(_CHARACTER[name], (args[0],), type=t.BOOL, location=loc)
            if name in ("toUpperCase", "toLowerCase") and n == 1:
                return ir.LibraryCall(
                    L.TO_UPPER if name == "toUpperCase" else L.TO_LOWER, (args[0],), type=t.CHAR, location=loc
                )
            if name == "getNumericValue" and n == 1:
                return ir.Binary(
                    ir.BinaryOp.SUB, args[0], ir.CharLiteral("0", type=t.CHAR), type=t.INT, location=loc
                )
        if owner in ("Integer", "Long"):
            if (
                name in ("parseInt", "parseLong", "valueOf")
                and n == 1
                and isinstance(args[0].type, t.StringType)
            ):
                return ir.LibraryCall(
                    L.PARSE_INT, (args[0],), type=t.INT if owner == "Integer" else t.LONG, location=loc
                )
            if name == "toString" and n == 1:
                return ir.LibraryCall(L.TO_STRING, (args[0],), type=t.STRING, location=loc)
            if name in ("max", "min") and n == 2:
                return ir.LibraryCall(
                    L.MAX if name == "max" else L.MIN,
                    tuple(args),
                    type=t.promote(args[0].type, args[1].type),
                    location=loc,
                )
        if owner == "String" and name == "valueOf" and n == 1:
            if isinstance(args[0].type, t.ArrayType):
                return ir.LibraryCall(L.STR_FROM_CHARS, (args[0],), type=t.STRING, location=loc)
            return ir.LibraryCall(L.TO_STRING, (args[0],), type=t.STRING, location=loc)
        boxes = {"Integer": t.INT, "Long": t.LONG, "Character": t.CHAR}
        if owner in boxes and name == "valueOf" and n == 1 and not isinstance(args[0].type, t.StringType):
            return self.coerce(args[0], boxes[owner])  # boxing: the same value
        raise self.unsupported(node, f"call of '{owner}.{name}'")

    def is_object_argument(self, node: tree_sitter.Node, element: t.Type) -> bool:
        """Whether the one argument of ``list.remove(x)`` is an object (``(Integer) x``, ``Character.valueOf(c)``)."""
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            return False
        argument = arguments.named_children[0]
        if not t.is_integral(element) and not isinstance(element, t.CharType):
            return True  # a List<String>: no index overload to confuse it with
        if argument.type == "cast_expression":
            return node_text(argument.child_by_field_name("type")) in (
                "Integer",
                "Character",
                "Long",
                "Short",
            )
        if argument.type == "method_invocation":
            return node_text(argument.child_by_field_name("name")) == "valueOf" and node_text(
                argument.child_by_field_name("object")
            ) in ("Integer", "Character", "Long")
        return False

    def java_method(
        self, receiver: ir.Expr, name: str, args: list[ir.Expr], node: tree_sitter.Node
    ) -> ir.Expr:
        loc = self.location(node)
        rtype = receiver.type
        n = len(args)

        def call(op: ir.LibOp, type_: t.Type, *extra: ir.Expr | None) -> ir.Expr:
            return ir.LibraryCall(op, (receiver, *extra), type=type_, location=loc)

        if isinstance(rtype, t.StringType):
            if name == "length" and n == 0:
                return call(L.STR_LEN, t.INT)
            if name == "charAt" and n == 1:
                return ir.Index(receiver, args[0], type=t.CHAR, location=loc)
            if name == "substring" and n in (1, 2):
                return call(L.SUBSTRING, t.STRING, args[0], args[1] if n == 2 else None)
            if name == "indexOf" and n == 1:
                return call(L.STR_FIND, t.INT, args[0])
            if name == "equals" and n == 1:
                return ir.Binary(ir.BinaryOp.EQ, receiver, args[0], type=t.BOOL, location=loc)
            if name == "compareTo" and n == 1:
                return call(L.STR_COMPARE, t.INT, args[0])
            if name == "toCharArray" and n == 0:
                return call(L.STR_CHARS, t.ArrayType(t.CHAR))
            if name == "toString" and n == 0:
                return receiver
            receiver_node = node.child_by_field_name("object")
            if (
                name == "reverse"
                and n == 0
                and receiver_node is not None
                and receiver_node.type == "object_creation_expression"
            ):
                # `new StringBuilder(s).reverse()` reverses a fresh copy: a pure reversed string
                # (on a named builder it would also change the builder, which stays refused)
                return call(L.STR_REVERSED, t.STRING)
            if name == "append" and n == 1:
                return call(L.STR_APPEND, t.VOID, self.as_text(args[0]))
            if name == "isEmpty" and n == 0:
                return call(L.EMPTY, t.BOOL)
            if name == "contains" and n == 1:
                return call(L.CONTAINS, t.BOOL, args[0])
        if isinstance(rtype, t.ListType):
            if name == "size" and n == 0:
                return call(L.LEN, t.INT)
            if name == "get" and n == 1:
                return ir.Index(receiver, args[0], type=rtype.element, location=loc)
            if name == "add" and n == 1:
                return call(L.LIST_APPEND, t.VOID, self.coerce(args[0], rtype.element))
            if name == "isEmpty" and n == 0:
                return call(L.EMPTY, t.BOOL)
            if name == "contains" and n == 1:
                return call(L.CONTAINS, t.BOOL, args[0])
            if name == "clear" and n == 0:
                return call(L.CLEAR, t.VOID)
            if name == "remove" and n == 1 and self.is_object_argument(node, rtype.element):
                # List.remove(Object): the first equal element, if any (an int argument is an index)
                value = args[0].operand if isinstance(args[0], ir.Cast) else args[0]
                if any(isinstance(x, ir.AssignExpr | ir.IncDec | ir.Call) for x in ir.walk(value)):
                    raise self.unsupported(node, "List.remove of a value with side effects")
                return call(L.LIST_REMOVE_VALUE, t.VOID, self.coerce(value, rtype.element))
            if name == "remove" and n == 1 and t.is_integral(args[0].type):
                return call(L.LIST_REMOVE_AT, rtype.element, args[0])  # remove(int): by index
        if isinstance(rtype, t.MapType):
            if name == "size" and n == 0:
                return call(L.LEN, t.INT)
            if name == "get" and n == 1:
                return call(L.MAP_GET, rtype.value, args[0])
            if name == "getOrDefault" and n == 2:
                return call(L.MAP_GET_OR, rtype.value, args[0], self.coerce(args[1], rtype.value))
            if name == "put" and n == 2:
                return call(
                    L.MAP_PUT, t.VOID, self.coerce(args[0], rtype.key), self.coerce(args[1], rtype.value)
                )
            if name == "containsKey" and n == 1:
                return call(L.CONTAINS, t.BOOL, args[0])
            if name == "remove" and n == 1:
                return call(L.MAP_REMOVE, t.VOID, args[0])
            if name == "isEmpty" and n == 0:
                return call(L.EMPTY, t.BOOL)
            if name == "entrySet" and n == 0:
                return call(L.MAP_ITEMS, t.ListType(t.PairType(rtype.key, rtype.value)))
            if name == "keySet" and n == 0:
                return call(L.MAP_KEYS, t.ListType(rtype.key))
            if name == "values" and n == 0:
                return call(L.MAP_VALUES, t.ListType(rtype.value))
        if isinstance(rtype, t.SetType):
            if name == "size" and n == 0:
                return call(L.LEN, t.INT)
            if name == "add" and n == 1:
                return call(L.SET_ADD, t.VOID, args[0])
            if name == "contains" and n == 1:
                return call(L.CONTAINS, t.BOOL, args[0])
            if name == "remove" and n == 1:
                return call(L.SET_REMOVE, t.VOID, args[0])
            if name == "isEmpty" and n == 0:
                return call(L.EMPTY, t.BOOL)
        if isinstance(rtype, t.PairType):
            if name == "getKey" and n == 0:
                return call(L.PAIR_FIRST, rtype.first)
            if name == "getValue" and n == 0:
                return call(L.PAIR_SECOND, rtype.second)
        if isinstance(rtype, t.StackType | t.QueueType | t.DequeType | t.PriorityQueueType):
            element = rtype.element
            if name == "size" and n == 0:
                return call(L.LEN, t.INT)
            if name == "isEmpty" and n == 0:
                return call(L.EMPTY, t.BOOL)
            if name in ("push", "add", "offer", "addLast", "offerLast") and n == 1:
                return call(L.PUSH, t.VOID, self.coerce(args[0], element))
            if name in ("addFirst", "offerFirst") and n == 1:
                return call(L.PUSH_FRONT, t.VOID, args[0])
            if name in ("peek", "peekFirst", "element", "getFirst") and n == 0:
                if isinstance(rtype, t.DequeType) and name in ("peekFirst", "getFirst"):
                    return call(L.PEEK, element)
                return call(L.PEEK, element)
            if name in ("peekLast", "getLast") and n == 0:
                return call(L.PEEK_BACK, element)
            if name in ("pop", "poll", "remove", "pollFirst", "removeFirst") and n == 0:
                if isinstance(rtype, t.DequeType) and name in ("pollFirst", "removeFirst", "poll", "remove"):
                    return call(L.POP_FRONT, element)
                return call(L.POP, element)
            if name in ("pollLast", "removeLast") and n == 0:
                return call(L.POP, element)
        if name == "equals" and n == 1 and t.is_numeric(rtype):
            return ir.Binary(ir.BinaryOp.EQ, receiver, args[0], type=t.BOOL, location=loc)
        if name == "intValue" and n == 0 and t.is_numeric(rtype):
            return receiver
        raise self.unsupported(node, f"method '{name}' on {rtype}")

    def expr_update_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = next(c.type for c in node.children if c.type in ("++", "--"))
        target = self.assignable(node.named_children[0])
        prefix = node.children[0].type in ("++", "--")
        return ir.IncDec(
            target, 1 if operator == "++" else -1, prefix, type=target.type, location=self.location(node)
        )

    def expr_unary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        operand = self.expression(node.child_by_field_name("operand"))
        return self.unary(operator, operand, node)

    def assignable(self, node: tree_sitter.Node) -> ir.Expr:
        expr = self.expression(node)
        if not isinstance(expr, ir.Name | ir.Index):
            raise self.unsupported(node, "assignment to this expression")
        return expr

    def expr_assignment_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        target = self.assignable(node.child_by_field_name("left"))
        value = self.expression(node.child_by_field_name("right"), expected=target.type)
        loc = self.location(node)
        if operator == "+=" and is_text(target.type):
            return ir.LibraryCall(L.STR_APPEND, (target, self.as_text(value)), type=t.VOID, location=loc)
        if operator == "=":
            return ir.AssignExpr(
                target, self.coerce(value, target.type), None, type=target.type, location=loc
            )
        op = self.compound_op(operator, target, value, node)
        return ir.AssignExpr(target, value, op, type=target.type, location=loc)


def parse_java(code: str) -> ir.Module:
    """The IR of Java code: one method, several, or a class holding static members."""
    return JavaFrontEnd(code).module()
