"""C++ front end: tree-sitter-cpp trees into the typed IR.

Handles the subset of C++ that competitive and textbook code uses: free functions, globals,
``#define`` constants, C arrays (1-D and 2-D, variable length), the STL containers named in
``types.py``, ``<algorithm>``/``<cmath>``/``<cctype>`` functions, lambdas as comparators.
Anything else (pointers beyond array parameters, classes, templates, goto, iterators outside
algorithm calls) raises ``UnsupportedConstruct`` with its line and column.
"""

from __future__ import annotations

import re

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import (
    CFamilyFrontEnd,
    assigned_identifiers,
    descendants,
    int_literal_type,
    is_text,
    iteration_type,
    parse_int_literal,
    unescape,
)
from transcoder.engines.rules.cpp.library import (
    MethodCall,
    recognize,
    recognize_method,
    scalar_element,
    simplify,
)
from transcoder.languages import get_language
from transcoder.languages.common import node_text

L = ir.LibOp

_PRIMITIVES: dict[str, t.Type] = {
    "int": t.INT,
    "char": t.CHAR,
    "bool": t.BOOL,
    "float": t.FLOAT,
    "double": t.DOUBLE,
    "void": t.VOID,
    "size_t": t.IntType(64, False),
    "int64_t": t.LONG,
    "int32_t": t.INT,
    "uint32_t": t.IntType(32, False),
    "uint64_t": t.IntType(64, False),
    "ll": t.LONG,
    "string": t.STRING,
}

_LIMITS: dict[str, tuple[ir.LibOp, t.Type]] = {
    "INT_MAX": (L.INT_MAX, t.INT),
    "INT_MIN": (L.INT_MIN, t.INT),
    "LLONG_MAX": (L.INT_MAX, t.LONG),
    "LLONG_MIN": (L.INT_MIN, t.LONG),
    "LONG_MAX": (L.INT_MAX, t.LONG),
    "LONG_MIN": (L.INT_MIN, t.LONG),
    "INT64_MAX": (L.INT_MAX, t.LONG),
    "INT64_MIN": (L.INT_MIN, t.LONG),
    "UINT_MAX": (L.INT_MAX, t.IntType(32, False)),
    "DBL_MAX": (L.FLOAT_MAX, t.DOUBLE),
    "FLT_MAX": (L.FLOAT_MAX, t.DOUBLE),
}

_TYPE_WORDS = re.compile(r"(?:(?:unsigned|signed|long|short|int|char|bool|double|float)\b ?)+")

_ALTERNATIVE_TOKENS = {
    "and": "&&",
    "or": "||",
    "not": "!",
    "bitand": "&",
    "bitor": "|",
    "xor": "^",
    "compl": "~",
}

_MATH_CONSTANTS = {"M_PI": 3.141592653589793, "M_E": 2.718281828459045}


class CppFrontEnd(CFamilyFrontEnd):
    """Builds an ``ir.Module`` from C++ source text."""

    language = "C++"

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.tree = get_language("cpp").parse(code)
        # `char s[]` parameters of the current function read as NUL-terminated text (C++ only)
        self.c_strings: set[str] = set()
        # function -> default argument per parameter
        self.defaults: dict[str, tuple[ir.Expr | None, ...]] = {}
        self.iterator_names: set[str] = set()  # iterators of the loops being read (`*it`, `it->first`)
        self.array_lengths: dict[str, tree_sitter.Node] = {}  # 1-D local array -> its declared length
        self.new_arrays: set[str] = set()  # pointers initialised with `new T[n]` (read as arrays)
        self.declared_iterators: set[str] = set()  # `X::iterator it;` declared without a value
        self.found_iterators: dict[str, tuple[str, str]] = {}  # `it = m.find(k)` -> (m, variable holding k)
        self.aliases: dict[str, t.Type] = {}  # `typedef long long ll;`, `#define ll long long`

    # -- module level ---------------------------------------------------------------------------
    def module(self) -> ir.Module:
        root = self.tree.root_node
        definitions = [n for n in root.named_children if n.type == "function_definition"]
        for node in definitions:
            name, declarator, result = self.signature(node)
            self.functions[name] = result
            self.defaults[name] = tuple(
                _default_value(p) for p in declarator.child_by_field_name("parameters").named_children
            )
        functions: list[ir.Function] = []
        for node in root.named_children:
            kind = node.type
            if kind == "function_definition":
                functions.append(self.function(node))
            elif kind == "preproc_def":
                self.define(node)
            elif kind == "declaration":
                if node.child_by_field_name("declarator") is not None and any(
                    c.type == "function_declarator" for c in node.named_children
                ):
                    continue  # a prototype
                for decl in self.declaration(node):
                    self.globals.append(decl)
            elif kind in ("preproc_include", "using_declaration", "comment", "namespace_definition") or (
                kind == "expression_statement" and node_text(node).strip() == ";"
            ):
                if kind == "namespace_definition":
                    raise self.unsupported(node)
            elif kind == "type_definition":
                self.typedef(node)
            else:
                raise self.unsupported(node)
        return ir.Module(tuple(self.globals), tuple(functions))

    def typedef(self, node: tree_sitter.Node) -> None:
        """``typedef T name;`` for a type the front end knows: ``name`` spells ``T`` from here on."""
        declarators = node.children_by_field_name("declarator")
        if len(declarators) != 1 or declarators[0].type != "type_identifier":
            raise self.unsupported(node, "typedef")
        self.aliases[node_text(declarators[0])] = self.type_of(node.child_by_field_name("type"), node)

    def define(self, node: tree_sitter.Node) -> None:
        name = node_text(node.child_by_field_name("name"))
        value_node = node.child_by_field_name("value")
        if value_node is None:
            raise self.unsupported(node, f"#define {name} without a value")
        spelled = " ".join(node_text(value_node).split())
        if _TYPE_WORDS.fullmatch(spelled):
            # `#define ll long long`: a type alias, read as a typedef
            probe = get_language("cpp").parse(f"{spelled} probe;").root_node.named_children[0]
            self.aliases[name] = self.type_of(probe.child_by_field_name("type"), node)
            return
        sub = get_language("cpp").parse(node_text(value_node) + ";")
        expr_node = sub.root_node.named_children[0] if sub.root_node.named_children else None
        if expr_node is None or expr_node.type != "expression_statement" or sub.root_node.has_error:
            raise self.unsupported(node, f"#define {name} that is not a constant expression")
        saved = self.source
        self.source = sub.root_node.text or b""
        try:
            value = self.expression(expr_node.named_children[0])
        finally:
            self.source = saved
        value = ir.IntLiteral(value.value, type=value.type) if isinstance(value, ir.IntLiteral) else value
        self.scopes.declare(name, value.type)
        self.globals.append(ir.VarDecl(name, value.type, value, constant=True, location=self.location(node)))

    def signature(self, node: tree_sitter.Node) -> tuple[str, tree_sitter.Node, t.Type]:
        declarator = node.child_by_field_name("declarator")
        result = self.type_of(node.child_by_field_name("type"), node)
        while declarator is not None and declarator.type in ("pointer_declarator", "reference_declarator"):
            if declarator.type == "pointer_declarator":
                raise self.unsupported(node, "function returning a pointer")
            declarator = declarator.named_children[-1]
        if declarator is None or declarator.type != "function_declarator":
            raise self.unsupported(node)
        name_node = declarator.child_by_field_name("declarator")
        if name_node is None or name_node.type != "identifier":
            raise self.unsupported(node, "method or operator definition")
        return node_text(name_node), declarator, result

    def function(self, node: tree_sitter.Node) -> ir.Function:
        name, declarator, result = self.signature(node)
        if result == t.INT and self.is_uncalled_predicate(name, node.child_by_field_name("body")):
            result = t.BOOL  # C's int-as-bool: Java has no int/boolean conversion, Python prints bools
        self.return_type = result
        self.scopes.push()
        params: list[ir.Param] = []
        self.current_params: dict[str, t.Type] = {}
        self.c_strings = set()
        self.assigned_in_body = assigned_identifiers(node.child_by_field_name("body"))
        for param in declarator.child_by_field_name("parameters").named_children:
            default = None
            if param.type == "optional_parameter_declaration":
                default = self.expression(param.child_by_field_name("default_value"))
            elif param.type != "parameter_declaration":
                raise self.unsupported(param)
            param_name, param_type, by_ref = self.declarator(param.child_by_field_name("declarator"), param)
            if param_name is None:
                if param_type == t.VOID:
                    continue
                raise self.unsupported(param, "unnamed parameter")
            if param_type == t.ArrayType(t.CHAR) and _is_read_only_c_string(
                node.child_by_field_name("body"), param_name
            ):
                param_type = t.STRING  # `char s[]` read as text (strlen, s[i]): a string, as in Java
                self.c_strings.add(param_name)
            self.scopes.declare(param_name, param_type)
            self.current_params[param_name] = param_type
            if default is not None:
                default = self.coerce(default, param_type)
            params.append(ir.Param(param_name, param_type, by_ref, default, location=self.location(param)))
        body = self.block(node.child_by_field_name("body"))
        self.scopes.pop()
        return ir.Function(name, tuple(params), result, body, location=self.location(node))

    def is_uncalled_predicate(self, name: str, body: tree_sitter.Node | None) -> bool:
        """An ``int`` function whose every return is a comparison, a logical operation, 0 or 1.

        Only when nothing in the file calls it (a caller could do arithmetic with the 0/1).
        """
        returns = [n for n in descendants(body) if n.type == "return_statement"]
        if not returns:
            return False
        conditions = 0
        for statement in returns:
            if not statement.named_children:
                return False
            value = statement.named_children[0]
            while value.type == "parenthesized_expression" and value.named_child_count == 1:
                value = value.named_children[0]
            operator_node = value.child_by_field_name("operator")
            operator = node_text(operator_node) if operator_node is not None else ""
            comparison = value.type == "binary_expression" and operator in _TRUTH_OPERATORS
            if comparison or (value.type == "unary_expression" and operator == "!"):
                conditions += 1
            elif value.type not in ("number_literal", "true", "false") or node_text(value) not in (
                "0",
                "1",
                "true",
                "false",
            ):
                return False
        calls = [
            n
            for n in descendants(self.tree.root_node)
            if n.type == "identifier"
            and node_text(n) == name
            and n.parent is not None
            and n.parent.type == "call_expression"
        ]
        return conditions > 0 and not calls

    # -- types ------------------------------------------------------------------------------------
    def type_of(self, node: tree_sitter.Node | None, context: tree_sitter.Node) -> t.Type:
        if node is None:
            raise self.unsupported(context, "declaration without a type")
        kind = node.type
        text = node_text(node)
        if kind == "type_descriptor":
            inner = self.type_of(node.child_by_field_name("type"), context)
            declarator = node.child_by_field_name("declarator")
            if declarator is not None:
                if declarator.type == "abstract_pointer_declarator":
                    return t.ArrayType(inner)
                raise self.unsupported(declarator, "abstract declarator in a type")
            return inner
        if kind in ("primitive_type", "type_identifier"):
            if text in self.aliases:
                return self.aliases[text]
            if text in _PRIMITIVES:
                return _PRIMITIVES[text]
            raise self.unsupported(node, f"type '{text}'")
        if kind == "sized_type_specifier":
            words = text.split()
            unsigned = "unsigned" in words
            if words.count("long") >= 1:
                return t.IntType(64, not unsigned)
            if "short" in words:
                return t.IntType(16, not unsigned)
            if "char" in words:
                return t.CHAR
            return t.IntType(32, not unsigned)
        if kind == "qualified_identifier" or kind == "qualified_type_identifier":
            name = node.child_by_field_name("name")
            if text.startswith("std::") and name is not None:
                return self.type_of(name, context)
            raise self.unsupported(node, f"type '{text}'")
        if kind == "placeholder_type_specifier":
            return t.UNKNOWN  # `auto`: the initializer decides
        if kind == "template_type":
            base = node_text(node.child_by_field_name("name")).removeprefix("std::")
            args = [a for a in node.child_by_field_name("arguments").named_children]
            arg_types = [self.type_of(a, context) for a in args if a.type == "type_descriptor"]
            return self.template_type(base, arg_types, args, node)
        raise self.unsupported(node, f"type '{text}'")

    def template_type(
        self, base: str, arg_types: list[t.Type], args: list[tree_sitter.Node], node: tree_sitter.Node
    ) -> t.Type:
        if base == "vector" and len(arg_types) == 1:
            return t.ListType(arg_types[0])
        if base in ("map", "unordered_map") and len(arg_types) == 2:
            return t.MapType(
                arg_types[0], arg_types[1], t.Order.SORTED if base == "map" else t.Order.UNSPECIFIED
            )
        if base in ("set", "unordered_set") and len(arg_types) == 1:
            return t.SetType(arg_types[0], t.Order.SORTED if base == "set" else t.Order.UNSPECIFIED)
        if base == "stack" and len(arg_types) == 1:
            return t.StackType(arg_types[0])
        if base == "queue" and len(arg_types) == 1:
            return t.QueueType(arg_types[0])
        if base == "deque" and len(arg_types) == 1:
            return t.DequeType(arg_types[0])
        if base == "pair" and len(arg_types) == 2:
            return t.PairType(arg_types[0], arg_types[1])
        if base == "priority_queue" and arg_types:
            if len(args) == 3:
                order = node_text(args[2]).replace(" ", "")
                if order.startswith("greater<"):
                    return t.PriorityQueueType(arg_types[0], max_first=False)
                if not order.startswith("less<"):
                    raise self.unsupported(node, "priority_queue with a custom comparator")
            return t.PriorityQueueType(arg_types[0], max_first=True)
        raise self.unsupported(node, f"type '{node_text(node)}'")

    def declarator(
        self, node: tree_sitter.Node | None, decl: tree_sitter.Node
    ) -> tuple[str | None, t.Type, bool]:
        """Name, full type and by-reference flag of a (parameter) declarator."""
        base = self.type_of(decl.child_by_field_name("type"), decl)
        by_ref = False
        dims = 0
        while node is not None and node.type != "identifier":
            if node.type == "reference_declarator":
                by_ref = True
                node = node.named_children[0] if node.named_children else None
            elif node.type in ("pointer_declarator", "abstract_pointer_declarator") or node.type in (
                "array_declarator",
                "abstract_array_declarator",
            ):
                dims += 1
                node = node.child_by_field_name("declarator")
            elif node.type == "abstract_reference_declarator":
                by_ref = True
                node = None
            else:
                raise self.unsupported(node)
        type_: t.Type = base
        for _ in range(dims):
            type_ = t.ArrayType(type_)
        return (node_text(node) if node is not None else None), type_, by_ref

    # -- statements ---------------------------------------------------------------------------------
    def body(self, node: tree_sitter.Node) -> ir.Stmt:
        """A statement used as the body of a loop or if, in its own scope."""
        if node.type == "compound_statement":
            return self.block(node)
        self.scopes.push()
        stmts = self.statement(node)
        self.scopes.pop()
        return stmts[0] if len(stmts) == 1 else ir.Block(tuple(stmts), location=self.location(node))

    def statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        kind = node.type
        loc = self.location(node)
        if kind == "compound_statement":
            return [self.block(node)]
        if kind == "declaration":
            return list(self.declaration(node))
        if kind == "expression_statement":
            if not node.named_children:
                return []
            expr_node = node.named_children[0]
            if expr_node.type == "comma_expression":
                return [ir.ExprStmt(e, location=loc) for e in self.comma_list(expr_node)]
            if expr_node.type == "delete_expression" and self.is_new_array(expr_node.named_children[-1]):
                return []  # freeing is unobservable in a garbage-collected target (later use is UB)
            return [self.expression_statement(expr_node)]
        if kind == "if_statement":
            condition = self.condition(
                self.expression(self.unwrap_condition(node.child_by_field_name("condition")))
            )
            then = self.body(node.child_by_field_name("consequence"))
            alternative = node.child_by_field_name("alternative")
            otherwise = None
            if alternative is not None:
                inner = alternative.named_children[-1] if alternative.type == "else_clause" else alternative
                otherwise = self.body(inner)
            return [ir.If(condition, then, otherwise, location=loc)]
        if kind == "while_statement":
            condition = self.condition(
                self.expression(self.unwrap_condition(node.child_by_field_name("condition")))
            )
            return [ir.While(condition, self.body(node.child_by_field_name("body")), location=loc)]
        if kind == "do_statement":
            body = self.body(node.child_by_field_name("body"))
            condition = self.condition(
                self.expression(self.unwrap_condition(node.child_by_field_name("condition")))
            )
            return [ir.DoWhile(body, condition, location=loc)]
        if kind == "for_statement":
            return [self.for_statement(node)]
        if kind == "for_range_loop":
            return [self.for_range(node)]
        if kind == "return_statement":
            value = node.named_children[0] if node.named_children else None
            if value is None:
                return [ir.Return(None, location=loc)]
            expr = self.expression(value)
            return [ir.Return(self.coerce(expr, self.return_type), location=loc)]
        if kind == "break_statement":
            return [ir.Break(location=loc)]
        if kind == "continue_statement":
            return [ir.Continue(location=loc)]
        if kind == "switch_statement":
            return [self.switch(node)]
        if kind == "comment":
            return []
        raise self.unsupported(node)

    def output_statement(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``cout << a << endl;`` or ``printf("%d\n", a);`` as a ``PRINT`` of its pieces."""
        pieces: list[ir.Expr] = []
        if node.type == "binary_expression" and node_text(node.child_by_field_name("operator")) == "<<":
            chain: list[tree_sitter.Node] = []
            current = node
            while (
                current.type == "binary_expression"
                and node_text(current.child_by_field_name("operator")) == "<<"
            ):
                chain.append(current.child_by_field_name("right"))
                current = current.child_by_field_name("left")
            if node_text(current).replace(" ", "") not in ("cout", "std::cout"):
                return None
            for piece in reversed(chain):
                if node_text(piece).replace(" ", "") in ("endl", "std::endl"):
                    pieces.append(ir.StringLiteral("\n", type=t.STRING))
                else:
                    pieces.append(self.printable(self.expression(piece), piece))
        elif node.type == "call_expression" and node_text(node.child_by_field_name("function")) == "printf":
            args = node.child_by_field_name("arguments").named_children
            if not args or args[0].type != "string_literal":
                raise self.unsupported(node, "printf without a literal format")
            text = unescape(node_text(args[0])[1:-1])
            values = [self.expression(a) for a in args[1:]]
            parts = re.split(r"(%l{0,2}[dics])", text)
            for part in parts:
                if re.fullmatch(r"%l{0,2}[dics]", part):
                    if not values:
                        raise self.unsupported(node, "printf with too few arguments")
                    pieces.append(self.printable(values.pop(0), node))
                elif "%" in part:
                    raise self.unsupported(node, f"printf format '{part}'")
                elif part:
                    pieces.append(ir.StringLiteral(part, type=t.STRING))
        else:
            return None
        return ir.LibraryCall(L.PRINT, tuple(pieces), type=t.VOID, location=self.location(node))

    def unwrap_condition(self, node: tree_sitter.Node) -> tree_sitter.Node:
        while node.type in ("condition_clause", "parenthesized_expression") and len(node.named_children) == 1:
            node = node.named_children[0]
        if node.type == "condition_clause":
            raise self.unsupported(node, "declaration in a condition")
        return node

    def comma_list(self, node: tree_sitter.Node) -> list[ir.Expr]:
        if node.type == "comma_expression":
            return self.comma_list(node.child_by_field_name("left")) + self.comma_list(
                node.child_by_field_name("right")
            )
        return [self.expression(node)]

    def expression_statement(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        printed = self.output_statement(node)
        if printed is not None:
            return ir.ExprStmt(printed, location=loc)
        expr = self.expression(node, statement=True)
        return ir.ExprStmt(expr, location=loc)

    def iterator_loop(self, node: tree_sitter.Node) -> ir.Stmt | None:
        """``for (auto it = c.begin(); it != c.end(); it++)`` using only ``*it`` / ``it->first`` / ``it->second``."""
        initializer = node.child_by_field_name("initializer")
        condition = node.child_by_field_name("condition")
        update = node.child_by_field_name("update")
        if initializer is None or condition is None or update is None:
            return None
        if (
            initializer.type == "assignment_expression"
            and node_text(initializer.child_by_field_name("operator")) == "="
            and node_text(initializer.child_by_field_name("left")) in self.declared_iterators
        ):
            # `it = c.begin()` with `it` declared before as an iterator and otherwise unused
            name = node_text(initializer.child_by_field_name("left"))
            value = node_text(initializer.child_by_field_name("right")).replace(" ", "")
        elif initializer.type == "declaration":
            declarators = initializer.children_by_field_name("declarator")
            if len(declarators) != 1 or declarators[0].type != "init_declarator":
                return None
            name = node_text(declarators[0].child_by_field_name("declarator"))
            value = node_text(declarators[0].child_by_field_name("value")).replace(" ", "")
        else:
            return None
        container = value.removesuffix(".begin()")
        if container == value or not container.isidentifier():
            return None
        if node_text(condition).replace(" ", "") != f"{name}!={container}.end()":
            return None
        if node_text(update).replace(" ", "") not in (f"{name}++", f"++{name}"):
            return None
        body = node.child_by_field_name("body")
        for use in _identifiers(body):
            if node_text(use) != name:
                continue
            parent = use.parent
            arrow = parent is not None and parent.type == "field_expression" and "->" in node_text(parent)
            star = (
                parent is not None
                and parent.type == "pointer_expression"
                and node_text(parent).startswith("*")
            )
            if not (arrow or star):
                return None
        collection_type = self.scopes.lookup(container)
        if not isinstance(collection_type, t.MapType | t.SetType | t.ListType):
            return None
        element = iteration_type(collection_type)
        self.scopes.push()
        self.scopes.declare(name, element)
        self.iterator_names.add(name)
        loop_body = self.body(body)
        self.iterator_names.discard(name)
        self.scopes.pop()
        iterable = ir.Name(container, type=collection_type, location=self.location(initializer))
        return ir.ForEach(name, element, iterable, loop_body, location=self.location(node))

    def for_statement(self, node: tree_sitter.Node) -> ir.Stmt:
        loop = self.iterator_loop(node)
        if loop is not None:
            return loop
        loc = self.location(node)
        self.scopes.push()
        init: list[ir.Stmt] = []
        initializer = node.child_by_field_name("initializer")
        if initializer is not None:
            if initializer.type == "declaration":
                init.extend(self.declaration(initializer))
            elif initializer.type == "comma_expression":
                init.extend(ir.ExprStmt(e, location=loc) for e in self.comma_list(initializer))
            else:
                init.append(ir.ExprStmt(self.expression(initializer, statement=True), location=loc))
        condition_node = node.child_by_field_name("condition")
        condition = self.condition(self.expression(condition_node)) if condition_node is not None else None
        update_node = node.child_by_field_name("update")
        update = tuple(self.comma_list(update_node)) if update_node is not None else ()
        body = self.body(node.child_by_field_name("body"))
        self.scopes.pop()
        return ir.For(tuple(init), condition, update, body, location=loc)

    def for_range(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        iterable = self.expression(node.child_by_field_name("right"))
        name, declared, _ = self.declarator(node.child_by_field_name("declarator"), node)
        var_type = declared if declared != t.UNKNOWN else iteration_type(iterable.type)
        if var_type == t.UNKNOWN or name is None:
            raise self.unsupported(node, "range-for over a value of unknown type")
        self.scopes.push()
        self.scopes.declare(name, var_type)
        body = self.body(node.child_by_field_name("body"))
        self.scopes.pop()
        return ir.ForEach(name, var_type, iterable, body, location=loc)

    def switch(self, node: tree_sitter.Node) -> ir.Stmt:
        subject = self.expression(self.unwrap_condition(node.child_by_field_name("condition")))
        cases: list[ir.SwitchCase] = []
        pending: list[ir.Expr] = []
        self.scopes.push()
        for case in node.child_by_field_name("body").named_children:
            if case.type == "comment":
                continue
            if case.type != "case_statement":
                raise self.unsupported(case)
            value = case.child_by_field_name("value")
            if value is not None:
                pending.append(self.expression(value))
            stmts: list[ir.Stmt] = []
            for child in case.named_children:
                if (value is not None and child.id == value.id) or child.type == "comment":
                    continue
                stmts.extend(self.statement(child))
            if value is None:
                cases.append(ir.SwitchCase((), tuple(stmts), location=self.location(case)))
                pending = []
            elif stmts:
                cases.append(ir.SwitchCase(tuple(pending), tuple(stmts), location=self.location(case)))
                pending = []
        if pending:
            cases.append(ir.SwitchCase(tuple(pending), (), location=self.location(node)))
        self.scopes.pop()
        return ir.Switch(subject, tuple(cases), location=self.location(node))

    def found_iterator(
        self, node: tree_sitter.Node, declarators: list[tree_sitter.Node]
    ) -> ir.VarDecl | None:
        """``auto it = m.find(k);`` read only as ``it != m.end()``, ``it->first``, ``it->second``.

        The key is kept in a variable (``it_key``) and the tests become membership and lookups. Exact
        while ``m`` is not touched between the find and the last use of ``it``, which is checked:
        until then ``m`` may appear only in those ``m.end()`` comparisons.
        """
        if len(declarators) != 1 or declarators[0].type != "init_declarator":
            return None
        name_node = declarators[0].child_by_field_name("declarator")
        value = declarators[0].child_by_field_name("value")
        if (
            name_node is None
            or name_node.type != "identifier"
            or value is None
            or value.type != "call_expression"
        ):
            return None
        function = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments").named_children
        if function.type == "field_expression" and node_text(function.child_by_field_name("field")) == "find":
            container = node_text(function.child_by_field_name("argument"))
            kinds: tuple[type, ...] = (t.MapType, t.SetType)
        elif node_text(function).removeprefix("std::") == "find" and len(args) == 3:
            # find(v.begin(), v.end(), x) over a whole vector
            container = node_text(args[0]).replace(" ", "").removesuffix(".begin()")
            if node_text(args[1]).replace(" ", "") != f"{container}.end()":
                return None
            args = args[2:]
            kinds = (t.ListType,)
        else:
            return None
        if not container.isidentifier() or len(args) != 1:
            return None
        name = node_text(name_node)
        container_type = self.scopes.lookup(container)
        if not isinstance(container_type, kinds):
            return None
        key_name = f"{name}_key"
        if any(node_text(i) == key_name for i in _identifiers(self.tree.root_node)):
            return None
        if node.parent is None or not _only_found_iterator_uses(node, name, container, container_type):
            return None
        key_type = t.element_type(container_type)
        if isinstance(container_type, t.MapType):
            key_type = container_type.key
        key = self.coerce(self.expression(args[0]), key_type)
        self.scopes.declare(key_name, key_type)
        self.found_iterators[name] = (container, key_name)
        return ir.VarDecl(key_name, key_type, key, location=self.location(node))

    def found_iterator_expr(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``it != m.end()`` / ``it == m.end()`` / ``it->first`` / ``it->second`` of a found iterator."""
        loc = self.location(node)
        if node.type == "binary_expression":
            name = node_text(node.child_by_field_name("left"))
        else:
            name = node_text(node.child_by_field_name("argument"))
        if name not in self.found_iterators:
            return None
        container, key_name = self.found_iterators[name]
        container_expr = self.expression_of_name(container, node)
        container_type = container_expr.type
        key_type = (
            container_type.key if isinstance(container_type, t.MapType) else t.element_type(container_type)
        )
        key = ir.Name(key_name, type=key_type, location=loc)
        if node.type == "binary_expression":
            present = ir.LibraryCall(L.CONTAINS, (container_expr, key), type=t.BOOL, location=loc)
            if node_text(node.child_by_field_name("operator")) == "==":
                return ir.Unary(ir.UnaryOp.NOT, present, type=t.BOOL, location=loc)
            return present
        if node_text(node.child_by_field_name("field")) == "first":
            return key
        assert isinstance(container_type, t.MapType)
        return ir.LibraryCall(L.MAP_GET, (container_expr, key), type=container_type.value, location=loc)

    def found_iterator_erase(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``c.erase(it)`` of a found iterator: removes the element found (the first equal one)."""
        function = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments").named_children
        if function.type != "field_expression" or node_text(function.child_by_field_name("field")) != "erase":
            return None
        if len(args) != 1 or node_text(args[0]) not in self.found_iterators:
            return None
        container, key_name = self.found_iterators[node_text(args[0])]
        if node_text(function.child_by_field_name("argument")) != container:
            return None
        container_expr = self.expression_of_name(container, node)
        container_type = container_expr.type
        key_type = (
            container_type.key if isinstance(container_type, t.MapType) else t.element_type(container_type)
        )
        key = ir.Name(key_name, type=key_type, location=self.location(args[0]))
        op = {t.MapType: L.MAP_REMOVE, t.SetType: L.SET_REMOVE}.get(type(container_type), L.LIST_REMOVE_VALUE)
        return ir.LibraryCall(op, (container_expr, key), type=t.VOID, location=self.location(node))

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
                declarator = child.child_by_field_name("declarator")
                value_node = child.child_by_field_name("value")
            sizes: list[tree_sitter.Node | None] = []
            while declarator.type == "array_declarator":
                sizes.append(declarator.child_by_field_name("size"))
                declarator = declarator.child_by_field_name("declarator")
            if declarator.type == "function_declarator" and value_node is None:
                # `vector<int> v(n);` parses as a function declaration (the most vexing parse);
                # in a body, with variables for arguments, it declares a variable built from them.
                value_node = self.vexing_arguments(declarator)
                if value_node is None:
                    raise self.unsupported(child, "local function declaration")
                declarator = declarator.child_by_field_name("declarator")
            if declarator.type == "reference_declarator":
                raise self.unsupported(child, "reference variable")
            if declarator.type == "pointer_declarator":
                # `T *a = new T[n]` owns a fresh array: it is that array (C++ leaves the elements
                # indeterminate, so the target's zero-filled array is one of its behaviours)
                inner = declarator.child_by_field_name("declarator")
                new_size = _new_array_size(value_node)
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
                    and node_text(parameter) not in _LIMITS
                    and node_text(parameter) not in _MATH_CONSTANTS
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
            init = self.array_init(type_, sizes, value_node, node)
            self.scopes.declare(name, type_)
            return ir.VarDecl(name, type_, init, location=loc)
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
                init = _copied(self.coerce(init, type_), type_)
        elif isinstance(base, (*t.CONTAINER_TYPES, t.PairType)):
            init = ir.NewContainer(type=base, location=loc) if not isinstance(base, t.PairType) else None
        elif isinstance(base, t.StringType):
            init = ir.StringLiteral("", type=t.STRING, location=loc)
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

    def constructor(self, type_: t.Type, args_node: tree_sitter.Node, node: tree_sitter.Node) -> ir.Expr:
        """``T x(args)``: vectors of a size (and fill), copies, strings of repeated chars."""
        arguments = args_node.named_children
        if (
            len(arguments) == 2
            and isinstance(type_, t.ListType | t.SetType | t.StringType)
            and _is_iterator_text(node_text(arguments[0]), node_text(arguments[1]))
        ):
            # `vector<int> v(arr, arr + n)`, `set<int> s(v.begin(), v.end())`: a copy of a whole sequence
            seq, begin, end = self.iterator_range(arguments[0], arguments[1], node)
            if begin is not None or end is not None:
                raise self.unsupported(node, "container built from part of a sequence")
            if isinstance(type_, t.StringType):
                if not isinstance(seq.type, t.ArrayType | t.ListType) or not isinstance(
                    t.element_type(seq.type), t.CharType
                ):
                    raise self.unsupported(node, "string built from a range")
                return ir.LibraryCall(L.STR_FROM_CHARS, (seq,), type=t.STRING, location=self.location(node))
            return ir.NewContainer(source=seq, type=type_, location=self.location(node))
        args = [self.expression(a) for a in arguments]
        return self.construct(type_, args, node)

    def construct(self, type_: t.Type, args: list[ir.Expr], node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
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
        if isinstance(type_, t.PairType) and len(args) == 2:
            return ir.LibraryCall(L.MAKE_PAIR, (args[0], args[1]), type=type_, location=loc)
        if (
            isinstance(
                type_, t.SetType | t.MapType | t.StackType | t.QueueType | t.DequeType | t.PriorityQueueType
            )
            and not args
        ):
            return ir.NewContainer(type=type_, location=loc)
        if isinstance(type_, t.IntType | t.FloatType | t.CharType | t.BoolType) and len(args) == 1:
            return self.coerce(args[0], type_)
        raise self.unsupported(node, f"constructor call for {type_}")

    def brace_init(self, type_: t.Type, value_node: tree_sitter.Node, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        if isinstance(type_, t.ListType):
            values = tuple(self.coerce(self.expression(e), type_.element) for e in value_node.named_children)
            return ir.ArrayLiteral(values, type=type_, location=loc)
        if isinstance(type_, t.IntType | t.FloatType | t.CharType | t.BoolType):
            values = value_node.named_children
            if not values:
                return zero_of(type_)
            if len(values) == 1:
                return self.coerce(self.expression(values[0]), type_)
        if isinstance(type_, t.SetType):
            values = tuple(self.coerce(self.expression(e), type_.element) for e in value_node.named_children)
            return ir.NewContainer(
                source=ir.ArrayLiteral(values, type=t.ListType(type_.element)), type=type_, location=loc
            )
        raise self.unsupported(value_node, "brace initializer")

    # -- expressions --------------------------------------------------------------------------------
    def expr_number_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        loc = self.location(node)
        lowered = text.lower().replace("'", "")
        is_float = not lowered.startswith("0x") and (
            "." in lowered or "e" in lowered or lowered.endswith("f")
        )
        if is_float:
            body = lowered.rstrip("fl")
            bits = 32 if lowered.endswith("f") else 64
            return ir.FloatLiteral(float(body), body, type=t.FloatType(bits), location=loc)
        value, suffix = parse_int_literal(text)
        return ir.IntLiteral(value, type=int_literal_type(value, suffix), location=loc)

    def expr_char_literal(self, node: tree_sitter.Node) -> ir.Expr:
        body = node_text(node)[1:-1]
        chars = unescape(body)
        if len(chars) != 1:
            raise self.unsupported(node, "multi-character literal")
        return ir.CharLiteral(chars, type=t.CHAR, location=self.location(node))

    def expr_string_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        if not text.startswith('"'):
            raise self.unsupported(node, "prefixed string literal")
        return ir.StringLiteral(unescape(text[1:-1]), type=t.STRING, location=self.location(node))

    def expr_concatenated_string(self, node: tree_sitter.Node) -> ir.Expr:
        parts = [self.expr_string_literal(c) for c in node.named_children]
        return ir.StringLiteral(
            "".join(p.value for p in parts if isinstance(p, ir.StringLiteral)),
            type=t.STRING,
            location=self.location(node),
        )

    def expr_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        name = node_text(node)
        loc = self.location(node)
        declared = self.scopes.lookup(name)
        if declared is not None:
            return ir.Name(name, type=declared, location=loc)
        if name in _LIMITS:
            op, type_ = _LIMITS[name]
            return ir.LibraryCall(op, (), type=type_, location=loc)
        if name in _MATH_CONSTANTS:
            value = _MATH_CONSTANTS[name]
            return ir.FloatLiteral(value, repr(value), type=t.DOUBLE, location=loc)
        if name == "NULL":
            raise self.unsupported(node, "NULL")
        raise self.unsupported(node, f"unknown name '{name}'")

    def expr_qualified_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).replace(" ", "")
        if text.startswith("std::"):
            return self.expression(node.child_by_field_name("name"))
        raise self.unsupported(node)

    def expr_binary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        operator = _ALTERNATIVE_TOKENS.get(operator, operator)
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        if (
            operator == "/"
            and left_node.type == "sizeof_expression"
            and right_node.type == "sizeof_expression"
        ):
            return self.sizeof_length(left_node, right_node, node)
        if operator in ("==", "!=") and _is_end_call(right_node):
            stored = self.found_iterator_expr(node)
            if stored is not None:
                return stored
            found = self.find_call(left_node, right_node)
            if found is not None:
                contains = found
                if operator == "==":
                    return ir.Unary(ir.UnaryOp.NOT, contains, type=t.BOOL, location=self.location(node))
                return contains
        bound = self.bound_index(left_node, right_node, node) if operator == "-" else None
        if bound is not None:
            return bound
        if operator in ("==", "!=") and _is_npos(right_node):
            left = self.expression(left_node)
            if isinstance(left, ir.LibraryCall) and left.op == L.STR_FIND:
                op = ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE
                return ir.Binary(
                    op, left, ir.IntLiteral(-1, type=t.INT), type=t.BOOL, location=self.location(node)
                )
        left = self.expression(left_node)
        right = self.expression(right_node)
        if operator in ("==", "!=", "<", ">", "<=", ">=") and isinstance(
            left.type, t.StringType
        ) != isinstance(right.type, t.StringType):
            raise self.unsupported(node, "comparison of a string with a non-string")
        unsigned = isinstance(left.type, t.IntType) and not left.type.signed
        return self.binary(operator, left, right, node, unsigned_shift=unsigned)

    def bound_index(
        self, left: tree_sitter.Node, right: tree_sitter.Node, node: tree_sitter.Node
    ) -> ir.Expr | None:
        """``lower_bound(first, last, x) - a`` (or ``- v.begin()``, ``upper_bound``): an index."""
        if left.type != "call_expression":
            return None
        name = node_text(left.child_by_field_name("function")).replace(" ", "").removeprefix("std::")
        args = left.child_by_field_name("arguments").named_children
        if name not in ("lower_bound", "upper_bound") or len(args) != 3:
            return None
        seq, begin, end = self.iterator_range(args[0], args[1], node)
        base, offset = self.iterator(right, node, "begin")
        if base != seq or not (isinstance(offset, ir.IntLiteral) and offset.value == 0):
            raise self.unsupported(node, f"{name} measured from another position")
        value = self.coerce(self.expression(args[2]), t.element_type(seq.type))
        op = L.LOWER_BOUND if name == "lower_bound" else L.UPPER_BOUND
        return ir.LibraryCall(op, (seq, begin, end, value), type=t.INT, location=self.location(node))

    def find_call(self, left_node: tree_sitter.Node, end_node: tree_sitter.Node) -> ir.Expr | None:
        """``c.find(x) != c.end()`` or ``find(b, e, x) != e`` as a membership test."""
        if left_node.type != "call_expression":
            return None
        function = left_node.child_by_field_name("function")
        args = left_node.child_by_field_name("arguments").named_children
        loc = self.location(left_node)
        if function.type == "field_expression" and node_text(function.child_by_field_name("field")) == "find":
            container = self.expression(function.child_by_field_name("argument"))
            if isinstance(container.type, t.MapType | t.SetType) and len(args) == 1:
                return ir.LibraryCall(
                    L.CONTAINS, (container, self.expression(args[0])), type=t.BOOL, location=loc
                )
        if node_text(function).removeprefix("std::") == "find" and len(args) == 3:
            seq, begin, end = self.iterator_range(args[0], args[1], left_node)
            value = self.expression(args[2])
            if begin is None and end is None:
                return ir.LibraryCall(L.CONTAINS, (seq, value), type=t.BOOL, location=loc)
        return None

    def sizeof_length(
        self, left: tree_sitter.Node, right: tree_sitter.Node, node: tree_sitter.Node
    ) -> ir.Expr:
        array = self.expression(_sizeof_operand(left))
        element = self.expression(_sizeof_operand(right))
        if (
            isinstance(array, ir.Name)
            and isinstance(array.type, t.ArrayType)
            and isinstance(element, ir.Index)
            and element.base == array
        ):
            return ir.LibraryCall(L.LEN, (array,), type=t.INT, location=self.location(node))
        raise self.unsupported(node, "sizeof arithmetic other than sizeof(a)/sizeof(a[0])")

    def expr_unary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        operator = _ALTERNATIVE_TOKENS.get(operator, operator)
        operand = self.expression(node.child_by_field_name("argument"))
        return self.unary(operator, operand, node)

    def expr_pointer_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        argument = node.child_by_field_name("argument")
        if operator == "*" and argument.type == "identifier" and node_text(argument) in self.iterator_names:
            return self.expression(argument)  # `*it` in a loop over the container's elements
        if operator == "*" and argument.type == "call_expression":
            function = node_text(argument.child_by_field_name("function")).removeprefix("std::")
            args = argument.child_by_field_name("arguments").named_children
            field = argument.child_by_field_name("function")
            if field.type == "field_expression" and not args:
                method = node_text(field.child_by_field_name("field"))
                container = self.expression(field.child_by_field_name("argument"))
                if (
                    method in ("begin", "rbegin")
                    and isinstance(container.type, t.SetType)
                    and container.type.sorted
                ):
                    # the first (last) element of an ordered set is its smallest (largest)
                    op = L.MIN_ELEMENT if method == "begin" else L.MAX_ELEMENT
                    return ir.LibraryCall(
                        op, (container, None, None), type=container.type.element, location=self.location(node)
                    )
            if function in ("max_element", "min_element") and len(args) == 2:
                seq, begin, end = self.iterator_range(args[0], args[1], argument)
                op = L.MAX_ELEMENT if function == "max_element" else L.MIN_ELEMENT
                return ir.LibraryCall(
                    op, (seq, begin, end), type=t.element_type(seq.type), location=self.location(node)
                )
        raise self.unsupported(node, f"pointer operation '{operator}'")

    def expr_update_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        target = self.assignable(node.child_by_field_name("argument"))
        prefix = node.children[0].type in ("++", "--")
        return ir.IncDec(
            target, 1 if operator == "++" else -1, prefix, type=target.type, location=self.location(node)
        )

    def assignable(self, node: tree_sitter.Node) -> ir.Expr:
        expr = self.expression(node)
        if not isinstance(expr, ir.Name | ir.Index) and not (
            isinstance(expr, ir.LibraryCall) and expr.op in (L.PAIR_FIRST, L.PAIR_SECOND)
        ):
            raise self.unsupported(node, "assignment to this expression")
        return expr

    def expr_assignment_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        target = self.assignable(node.child_by_field_name("left"))
        value = self.expression(node.child_by_field_name("right"))
        loc = self.location(node)
        if operator == "=":
            value = _copied(self.coerce(value, target.type), target.type)
            return ir.AssignExpr(target, value, None, type=target.type, location=loc)
        if operator == "+=" and is_text(target.type):
            return ir.LibraryCall(L.STR_APPEND, (target, self.char_piece(value)), type=t.VOID, location=loc)
        op = self.compound_op(operator, target, value, node)
        return ir.AssignExpr(target, value, op, type=target.type, location=loc)

    def char_piece(self, value: ir.Expr) -> ir.Expr:
        """A number appended to a C++ string is a character code (``s += 'a' + 1`` appends 'b')."""
        if isinstance(value.type, t.IntType | t.BoolType):
            return ir.Cast(value, type=t.CHAR, location=value.location)
        return value

    def expr_conditional_expression(self, node: tree_sitter.Node) -> ir.Expr:
        return self.conditional(node)

    def expr_cast_expression(self, node: tree_sitter.Node) -> ir.Expr:
        target = self.type_of(node.child_by_field_name("type"), node)
        operand = self.expression(node.child_by_field_name("value"))
        return ir.Cast(operand, type=target, location=self.location(node))

    def terminator_test(self, expr: ir.Expr, present: bool) -> ir.Expr | None:
        """``s[i] != '\\0'`` (``present``) or ``s[i] == '\\0'`` on a C string parameter: its
        terminator sits right after its characters, so the test is ``i < len`` (or ``i >= len``);
        the target's strings have no terminator to read. None when ``expr`` is no such read."""
        if not (
            isinstance(expr, ir.Index)
            and isinstance(expr.base, ir.Name)
            and expr.base.id in self.c_strings
            and self.scopes.lookup(expr.base.id) == t.STRING
        ):
            return None
        length = ir.LibraryCall(L.STR_LEN, (expr.base,), type=t.INT, location=expr.location)
        op = ir.BinaryOp.LT if present else ir.BinaryOp.GE
        return ir.Binary(op, expr.index, length, type=t.BOOL, location=expr.location)

    def condition(self, expr: ir.Expr) -> ir.Expr:
        return self.terminator_test(expr, present=True) or super().condition(expr)

    def binary(
        self,
        operator: str,
        left: ir.Expr,
        right: ir.Expr,
        node: tree_sitter.Node,
        *,
        unsigned_shift: bool = False,
    ) -> ir.Expr:
        if operator in ("==", "!="):
            for read, other in ((left, right), (right, left)):
                if isinstance(other, ir.CharLiteral | ir.IntLiteral) and other.value in ("\0", 0):
                    test = self.terminator_test(read, present=operator == "!=")
                    if test is not None:
                        return test
        return super().binary(operator, left, right, node, unsigned_shift=unsigned_shift)

    def expr_subscript_expression(self, node: tree_sitter.Node) -> ir.Expr:
        base = self.expression(node.child_by_field_name("argument"))
        indices = node.child_by_field_name("indices").named_children
        if len(indices) != 1:
            raise self.unsupported(node)
        index = self.expression(indices[0])
        loc = self.location(node)
        if isinstance(base.type, t.MapType):
            return ir.Index(base, self.coerce(index, base.type.key), type=base.type.value, location=loc)
        if not isinstance(base.type, t.ArrayType | t.ListType | t.StringType):
            raise self.unsupported(node, f"indexing a value of type {base.type}")
        if isinstance(index.type, t.BoolType):
            index = ir.Cast(index, type=t.INT, location=index.location)
        return ir.Index(base, index, type=t.element_type(base.type), location=loc)

    def expr_sizeof_expression(self, node: tree_sitter.Node) -> ir.Expr:
        raise self.unsupported(node, "sizeof outside sizeof(a)/sizeof(a[0]) or memset")

    def expr_field_expression(self, node: tree_sitter.Node) -> ir.Expr:
        stored = self.found_iterator_expr(node)
        if stored is not None:
            return stored
        base = self.expression(node.child_by_field_name("argument"))
        field = node_text(node.child_by_field_name("field"))
        loc = self.location(node)
        if isinstance(base.type, t.PairType) and field in ("first", "second"):
            op = L.PAIR_FIRST if field == "first" else L.PAIR_SECOND
            type_ = base.type.first if field == "first" else base.type.second
            return ir.LibraryCall(op, (base,), type=type_, location=loc)
        raise self.unsupported(node, f"member access '.{field}'")

    def expr_lambda_expression(self, node: tree_sitter.Node) -> ir.Expr:
        declarator = node.child_by_field_name("declarator")
        params: list[ir.Param] = []
        self.scopes.push()
        if declarator is not None:
            for param in declarator.child_by_field_name("parameters").named_children:
                name, type_, _ = self.declarator(param.child_by_field_name("declarator"), param)
                if name is None:
                    raise self.unsupported(param, "unnamed lambda parameter")
                self.scopes.declare(name, type_)
                params.append(ir.Param(name, type_, location=self.location(param)))
        body_node = node.child_by_field_name("body")
        saved = self.return_type
        self.return_type = t.UNKNOWN
        body = self.block(body_node)
        self.return_type = saved
        self.scopes.pop()
        if len(body.body) == 1 and isinstance(body.body[0], ir.Return) and body.body[0].value is not None:
            value = body.body[0].value
            return ir.Lambda(
                tuple(params),
                value,
                type=t.FunctionType(tuple(p.type for p in params), value.type),
                location=self.location(node),
            )
        return ir.Lambda(
            tuple(params),
            body,
            type=t.FunctionType(tuple(p.type for p in params), t.UNKNOWN),
            location=self.location(node),
        )

    def expr_new_expression(self, node: tree_sitter.Node) -> ir.Expr:
        raise self.unsupported(node, "new")

    def expr_initializer_list(self, node: tree_sitter.Node) -> ir.Expr:
        values = tuple(self.expression(e) for e in node.named_children)
        element = values[0].type if values else t.UNKNOWN
        return ir.ArrayLiteral(values, type=t.ListType(element), location=self.location(node))

    def expr_call_expression(self, node: tree_sitter.Node) -> ir.Expr:
        erased = self.found_iterator_erase(node)
        if erased is not None:
            return erased
        function = node.child_by_field_name("function")
        args_nodes = node.child_by_field_name("arguments").named_children
        if function.type == "field_expression":
            return self.method_call(node, function, args_nodes)
        if function.type == "template_function":
            name = node_text(function.child_by_field_name("name")).removeprefix("std::")
            targs = function.child_by_field_name("arguments").named_children
            types_ = [self.type_of(a, node) for a in targs if a.type == "type_descriptor"]
            if name in ("vector", "pair", "set", "map") or name in ("unordered_map", "unordered_set"):
                return self.construct(
                    self.template_type(name, types_, targs, function),
                    [self.expression(a) for a in args_nodes],
                    node,
                )
            if name in ("max", "min") and len(args_nodes) == 2 and types_:
                a, b = (self.coerce(self.expression(x), types_[0]) for x in args_nodes)
                return ir.LibraryCall(
                    L.MAX if name == "max" else L.MIN, (a, b), type=types_[0], location=self.location(node)
                )
            raise self.unsupported(node, f"call of template '{name}'")
        if function.type in ("primitive_type", "type_identifier", "sized_type_specifier"):
            type_ = self.type_of(function, node)
            return self.construct(type_, [self.expression(a) for a in args_nodes], node)
        if function.type not in ("identifier", "qualified_identifier"):
            raise self.unsupported(node)
        name = node_text(function).replace(" ", "").removeprefix("std::")
        loc = self.location(node)
        if name in self.functions and self.scopes.lookup(name) is None:
            args = tuple(self.expression(a) for a in args_nodes)
            defaults = self.defaults.get(name, ())
            missing = len(defaults) - len(args)
            if missing > 0 and all(d is not None for d in defaults[len(args) :]):
                args = args + tuple(d for d in defaults[len(args) :] if d is not None)
            return ir.Call(name, args, type=self.functions[name], location=loc)
        return recognize(self, name, args_nodes, node)

    def comparator(self, node: tree_sitter.Node, element: t.Type) -> ir.Expr:
        expr = self.expression(node) if node.type == "lambda_expression" else None
        if isinstance(expr, ir.Lambda):
            return expr
        if node.type == "identifier" and node_text(node) in self.functions:
            a, b = ir.Param("a", element), ir.Param("b", element)
            call = ir.Call(
                node_text(node),
                (ir.Name("a", type=element), ir.Name("b", type=element)),
                type=t.BOOL,
                location=self.location(node),
            )
            return ir.Lambda(
                (a, b), call, type=t.FunctionType((element, element), t.BOOL), location=self.location(node)
            )
        raise self.unsupported(node, "comparator")

    def memset(self, args_nodes: list[tree_sitter.Node], node: tree_sitter.Node) -> ir.Expr:
        target = self.expression(args_nodes[0])
        value = self.expression(args_nodes[1])
        size = args_nodes[2]
        if not isinstance(target, ir.Name) or not isinstance(target.type, t.ArrayType):
            raise self.unsupported(node, "memset of something other than a whole array")
        size_text = node_text(size).replace(" ", "")
        element = scalar_element(target.type)
        whole = size.type == "sizeof_expression" and size_text in (
            f"sizeof({target.id})",
            f"sizeof{target.id}",
        )
        if not whole and not self.is_whole_array_bytes(target.id, element, size):
            raise self.unsupported(node, "memset of part of an array")
        if (isinstance(value, ir.IntLiteral) and value.value in (0, -1)) or isinstance(value, ir.BoolLiteral):
            if isinstance(element, t.BoolType):
                fill: ir.Expr = ir.BoolLiteral(bool(getattr(value, "value", 0)), type=t.BOOL)
            elif isinstance(element, t.IntType) and isinstance(value, ir.IntLiteral):
                fill = ir.IntLiteral(value.value, type=element)
            else:
                raise self.unsupported(node, f"memset of a {element} array")
            return ir.LibraryCall(
                L.FILL, (target, fill, None, None), type=t.VOID, location=self.location(node)
            )
        if isinstance(value, ir.IntLiteral) and value.value == 1 and isinstance(element, t.BoolType):
            return ir.LibraryCall(
                L.FILL,
                (target, ir.BoolLiteral(True, type=t.BOOL), None, None),
                type=t.VOID,
                location=self.location(node),
            )
        raise self.unsupported(node, "memset with a value other than 0 or -1 (it sets bytes, not elements)")

    def is_whole_array_bytes(self, array: str, element: t.Type, size: tree_sitter.Node) -> bool:
        """Whether a memset byte count covers the whole of a 1-D array declared here with a length.

        ``memset(dp, 0, n)`` for a bool/char array and ``memset(a, 0, n * sizeof(int))`` (or
        ``sizeof(a[0]) * n``) for an int array, where ``n`` is the declared length and none of its
        names is assigned in the function (so it still holds that length).
        """
        length = self.array_lengths.get(array)
        if length is None or any(node_text(i) in self.assigned_in_body for i in _identifiers(length)):
            return False
        while size.type == "parenthesized_expression":
            size = size.named_children[0]
        length_text = node_text(length).replace(" ", "")
        lengths = (length_text, f"({length_text})")
        if isinstance(element, t.BoolType | t.CharType) and node_text(size).replace(" ", "") in lengths:
            return True
        if size.type != "binary_expression" or node_text(size.child_by_field_name("operator")) != "*":
            return False
        element_sizes = {f"sizeof({array}[0])", f"sizeof{array}[0]", f"sizeof(*{array})", f"sizeof*{array}"}
        spelled = {t.INT: ("int",), t.LONG: ("longlong", "longlongint"), t.BOOL: ("bool",), t.CHAR: ("char",)}
        element_sizes.update(f"sizeof({name})" for name in spelled.get(element, ()))
        left = node_text(size.child_by_field_name("left")).replace(" ", "")
        right = node_text(size.child_by_field_name("right")).replace(" ", "")
        return (left in lengths and right in element_sizes) or (right in lengths and left in element_sizes)

    def iterator_range(
        self, first: tree_sitter.Node, last: tree_sitter.Node, node: tree_sitter.Node
    ) -> tuple[ir.Expr, ir.Expr | None, ir.Expr | None]:
        """``(arr, arr + n)`` or ``(v.begin() + i, v.end())`` as (sequence, begin, end); None = the whole."""
        seq, begin = self.iterator(first, node, "begin")
        seq2, end = self.iterator(last, node, "end")
        if seq != seq2:
            raise self.unsupported(node, "iterators into different sequences")
        if isinstance(begin, ir.IntLiteral) and begin.value == 0:
            begin = None
        if (
            end is not None
            and begin is None
            and isinstance(seq.type, t.ArrayType | t.ListType | t.StringType)
        ):
            whole = isinstance(end, ir.LibraryCall) and end.op in (L.LEN, L.STR_LEN) and end.args[0] == seq
            length = (
                isinstance(seq, ir.Name)
                and isinstance(end, ir.Name)
                and self.is_length_parameter(seq.id, end.id)
            )
            if whole or length:
                end = None
        return seq, begin, end

    def is_length_parameter(self, array: str, length: str) -> bool:
        """GfG convention: in ``f(int arr[], int n)`` the int parameter ``n`` is the length of ``arr``.

        Only assumed for an array parameter and an int parameter the function never assigns, so
        ``sort(arr, arr + n)`` means sorting the whole array (``Arrays.sort(arr)``, ``arr.sort()``).
        """
        params = self.current_params
        return (
            isinstance(params.get(array), t.ArrayType)
            and isinstance(params.get(length), t.IntType)
            and length not in self.assigned_in_body
        )

    def iterator(
        self, node: tree_sitter.Node, context: tree_sitter.Node, which: str
    ) -> tuple[ir.Expr, ir.Expr | None]:
        while node.type == "parenthesized_expression":
            node = node.named_children[0]
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            if function.type == "field_expression":
                field = node_text(function.child_by_field_name("field"))
                container = self.expression(function.child_by_field_name("argument"))
                if field == "begin":
                    return container, ir.IntLiteral(0, type=t.INT)
                if field == "end":
                    return container, None
        if node.type == "binary_expression" and node_text(node.child_by_field_name("operator")) in ("+", "-"):
            base, offset = self.iterator(node.child_by_field_name("left"), context, "begin")
            amount = self.expression(node.child_by_field_name("right"))
            operator = node_text(node.child_by_field_name("operator"))
            if offset is None:
                container_len = ir.LibraryCall(L.LEN, (base,), type=t.INT)
                offset = container_len
            combined = self.binary(operator, offset, amount, node)
            return base, simplify(combined)
        expr = self.expression(node)
        if isinstance(expr.type, t.ArrayType):
            return expr, ir.IntLiteral(0, type=t.INT) if which == "begin" else None
        raise self.unsupported(context, "iterator expression")

    def method_call(
        self, node: tree_sitter.Node, function: tree_sitter.Node, args_nodes: list[tree_sitter.Node]
    ) -> ir.Expr:
        receiver = self.expression(function.child_by_field_name("argument"))
        method = node_text(function.child_by_field_name("field"))
        loc = self.location(node)
        if (
            isinstance(receiver.type, t.ListType)
            and method in ("erase", "insert")
            and len(args_nodes) == (1 if method == "erase" else 2)
            and "begin()" in node_text(args_nodes[0])
        ):
            # `v.erase(v.begin() + i)` / `v.insert(v.begin() + i, x)`: positions as indices
            seq, position = self.iterator(args_nodes[0], node, "begin")
            if seq != receiver or position is None:
                raise self.unsupported(node, f"{method} at an iterator into another sequence")
            if method == "erase":
                return ir.LibraryCall(L.LIST_REMOVE_AT, (receiver, position), type=t.VOID, location=loc)
            value = self.coerce(self.expression(args_nodes[1]), receiver.type.element)
            return ir.LibraryCall(L.LIST_INSERT, (receiver, position, value), type=t.VOID, location=loc)
        args = [self.expression(a) for a in args_nodes]
        return recognize_method(self, MethodCall(receiver, method, args, node))


def _is_iterator_text(first: str, last: str) -> bool:
    """Whether two constructor arguments read as an iterator range (``a, a + n`` or ``v.begin(), v.end()``)."""
    first, last = first.replace(" ", ""), last.replace(" ", "")
    if first.endswith(".begin()") and (last.endswith(".end()") or ".begin()+" in last):
        return True
    return first.isidentifier() and last.startswith(first + "+")


def zero_of(type_: t.Type) -> ir.Expr:
    if isinstance(type_, t.BoolType):
        return ir.BoolLiteral(False, type=type_)
    if isinstance(type_, t.CharType):
        return ir.CharLiteral("\0", type=type_)
    if isinstance(type_, t.FloatType):
        return ir.FloatLiteral(0.0, "0.0", type=type_)
    if isinstance(type_, t.StringType):
        return ir.StringLiteral("", type=type_)
    return ir.IntLiteral(0, type=type_ if isinstance(type_, t.IntType) else t.INT)


def _sizeof_operand(node: tree_sitter.Node) -> tree_sitter.Node:
    value = node.child_by_field_name("value")
    if value is None:
        value = node.child_by_field_name("type")
    while value is not None and value.type == "parenthesized_expression":
        value = value.named_children[0]
    return value


def _is_end_call(node: tree_sitter.Node) -> bool:
    if node.type != "call_expression":
        return False
    function = node.child_by_field_name("function")
    return function.type == "field_expression" and node_text(function.child_by_field_name("field")) == "end"


def _is_npos(node: tree_sitter.Node) -> bool:
    return node_text(node).replace(" ", "") in ("string::npos", "std::string::npos")


def _identifiers(node: tree_sitter.Node | None) -> list[tree_sitter.Node]:
    found: list[tree_sitter.Node] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            found.append(current)
        stack.extend(current.children)
    return found


_TRUTH_OPERATORS = frozenset({"==", "!=", "<", "<=", ">", ">=", "&&", "||"})


def _is_read_only_c_string(body: tree_sitter.Node | None, name: str) -> bool:
    """Whether parameter ``name`` is only read as text: ``strlen(name)`` at least once, else ``name[i]`` reads."""
    measured = False
    for use in _identifiers(body):
        if node_text(use) != name:
            continue
        parent = use.parent
        if parent is None:
            return False
        if parent.type == "argument_list" and parent.named_child_count == 1:
            call = parent.parent
            function = call.child_by_field_name("function") if call is not None else None
            if function is not None and node_text(function).removeprefix("std::") == "strlen":
                measured = True
                continue
            return False
        if parent.type != "subscript_expression" or parent.child_by_field_name("argument") != use:
            return False
        holder = parent.parent
        while holder is not None and holder.type == "parenthesized_expression":
            holder = holder.parent
        if holder is None:
            return False
        if holder.type == "assignment_expression" and holder.child_by_field_name("left") == parent:
            return False
        if holder.type == "update_expression" or (
            holder.type == "pointer_expression" and node_text(holder).startswith("&")
        ):
            return False
    return measured


def _only_found_iterator_uses(
    declaration: tree_sitter.Node, name: str, container: str, type_: t.Type
) -> bool:
    """After ``declaration`` in its block: ``name`` only in ``name ==/!= container.end()`` and (maps)
    read-only ``name->first/second``; ``container`` only in those ``end()`` calls up to the last use."""
    siblings = declaration.parent.children
    following = siblings[siblings.index(declaration) + 1 :]
    last = max(
        (
            i
            for i, sibling in enumerate(following)
            if any(node_text(u) == name for u in _identifiers(sibling))
        ),
        default=-1,
    )
    if last < 0:
        return False
    allowed_end_calls: set[int] = set()
    for sibling in following:
        for use in _identifiers(sibling):
            if node_text(use) != name:
                continue
            parent = use.parent
            if parent is None:
                return False
            if parent.type == "binary_expression" and parent.child_by_field_name("left") == use:
                right = parent.child_by_field_name("right")
                if (
                    node_text(parent.child_by_field_name("operator")) not in ("==", "!=")
                    or node_text(right).replace(" ", "") != f"{container}.end()"
                ):
                    return False
                allowed_end_calls.add(right.start_byte)
                continue
            call = parent.parent
            if (
                parent.type == "argument_list"
                and parent.named_child_count == 1
                and call is not None
                and node_text(call.child_by_field_name("function")).replace(" ", "") == f"{container}.erase"
            ):
                allowed_end_calls.add(call.start_byte)  # erasing what was found
                continue
            if not (
                isinstance(type_, t.MapType)
                and parent.type == "field_expression"
                and "->" in node_text(parent)
                and node_text(parent.child_by_field_name("field")) in ("first", "second")
            ):
                return False
            holder = parent.parent
            if holder is not None and (
                holder.type == "update_expression"
                or (holder.type == "assignment_expression" and holder.child_by_field_name("left") == parent)
            ):
                return False
    # Until the last use of the iterator: textually, unless a use sits in a loop (which could come
    # back to it after a later change), then up to the end of the statement holding the last use.
    uses = [u for sibling in following for u in _identifiers(sibling) if node_text(u) == name]
    in_loop = any(_inside_loop(u, declaration.parent) for u in uses)
    horizon = following[last].end_byte if in_loop else max(u.end_byte for u in uses)
    for sibling in following[: last + 1]:
        for use in _identifiers(sibling):
            if node_text(use) == container and use.start_byte < horizon:
                call = use.parent.parent if use.parent is not None else None
                if call is None or call.start_byte not in allowed_end_calls:
                    return False
    return True


def _inside_loop(node: tree_sitter.Node, block: tree_sitter.Node) -> bool:
    current = node.parent
    while current is not None and current != block:
        if current.type in ("for_statement", "for_range_loop", "while_statement", "do_statement"):
            return True
        current = current.parent
    return False


def _new_array_size(value: tree_sitter.Node | None) -> tree_sitter.Node | None:
    """The length in ``new T[n]`` (or ``new T[n]()``), for a scalar ``T``; None for anything else."""
    if value is None or value.type != "new_expression":
        return None
    declarator = value.child_by_field_name("declarator")
    if declarator is None or declarator.type != "new_declarator" or declarator.named_child_count != 1:
        return None
    arguments = value.child_by_field_name("arguments")
    if arguments is not None and (arguments.type != "argument_list" or arguments.named_child_count):
        return None
    return declarator.named_children[0]


def _default_value(param: tree_sitter.Node) -> ir.Expr | None:
    """The default argument of a parameter, when it is a plain literal (others are not filled in)."""
    value = (
        param.child_by_field_name("default_value") if param.type == "optional_parameter_declaration" else None
    )
    if value is None:
        return None
    text = node_text(value)
    if value.type == "number_literal" and text.lstrip("-").isdigit():
        return ir.IntLiteral(int(text), type=t.INT)
    if value.type in ("true", "false"):
        return ir.BoolLiteral(value.type == "true", type=t.BOOL)
    return None


def parse_cpp(code: str) -> ir.Module:
    """The IR of a C++ translation unit (functions, globals, ``#define`` constants)."""
    return CppFrontEnd(code).module()


def _copied(value: ir.Expr, type_: t.Type) -> ir.Expr:
    """C++ copies a container it initialises or assigns from another variable's; Java and
    Python would share the object, so the IR says "a copy" (``v2 = v`` then ``v2[0] = 1``
    leaves ``v`` as it was)."""
    if isinstance(type_, t.CONTAINER_TYPES) and isinstance(value, ir.Name | ir.Index):
        return ir.NewContainer(source=value, type=type_, location=value.location)
    return value
