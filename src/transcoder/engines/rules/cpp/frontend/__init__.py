"""C++ front end: tree-sitter-cpp trees into the typed IR.

Handles the subset of C++ that competitive and textbook code uses: free functions, globals,
``#define`` constants, C arrays (1-D and 2-D, variable length), the STL containers named in
``types.py``, ``<algorithm>``/``<cmath>``/``<cctype>`` functions, lambdas as comparators.
Anything else (pointers beyond array parameters, classes, templates, goto, iterators outside
algorithm calls) raises ``UnsupportedConstruct`` with its line and column.
"""

from __future__ import annotations

import dataclasses
import functools
import re

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import directly_assigned
from transcoder.engines.rules.cfamily.frontend import (
    CFamilyFrontEnd,
    assigned_identifiers,
    is_text,
    iteration_type,
    unescape,
)
from transcoder.engines.rules.cfamily.program import entry_point
from transcoder.engines.rules.classes import FieldAccess, StaticField
from transcoder.engines.rules.cpp import library_text  # adds issue 13's rows to the tables
from transcoder.engines.rules.cpp.context import extern_declaration
from transcoder.engines.rules.cpp.frontend import bindings
from transcoder.engines.rules.cpp.frontend.aliases import alias_cast, member_type, read_typedef
from transcoder.engines.rules.cpp.frontend.bindings import binding
from transcoder.engines.rules.cpp.frontend.classes import Classes, check_copies
from transcoder.engines.rules.cpp.frontend.declarations import Declarations
from transcoder.engines.rules.cpp.frontend.exceptions import STATEMENTS as EXCEPTION_STATEMENTS
from transcoder.engines.rules.cpp.frontend.exceptions import exception_statement, is_assert
from transcoder.engines.rules.cpp.frontend.functions import checked_lambda, function_type, invoke
from transcoder.engines.rules.cpp.frontend.iterators import Iterators
from transcoder.engines.rules.cpp.frontend.literals import read_number
from transcoder.engines.rules.cpp.frontend.program import (
    Input,
    Storage,
    check_storage,
    has_main,
    top_level,
    without_namespace,
)
from transcoder.engines.rules.cpp.frontend.syntax import (
    LIMITS,
    MATH_CONSTANTS,
    copied,
    default_value,
    is_end_call,
    is_npos,
    is_read_only_c_string,
    sizeof_operand,
    untyped_declaration,
)
from transcoder.engines.rules.cpp.frontend.templates import (
    bind,
    check_generic,
    substitute,
    template_function_call,
    template_parameters,
)
from transcoder.engines.rules.cpp.library import (
    MethodCall,
    recognize,
    recognize_method,
)
from transcoder.errors import UnsupportedConstruct
from transcoder.languages import get_language
from transcoder.languages.common import node_text, required

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
    "int8_t": t.IntType(8),
    "uint8_t": t.IntType(8, False),
    "int16_t": t.IntType(16),
    "uint16_t": t.IntType(16, False),
    "ll": t.LONG,
    "string": t.STRING,
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


class CppFrontEnd(Classes, Input, Storage, Declarations, Iterators, CFamilyFrontEnd):
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
        self.alias_errors: dict[str, UnsupportedConstruct] = {}  # aliases of types refused, if used
        self.storage: set[str] = set()  # vectors passed as C arrays (`&v[0]`): see program.py
        self.whole_program = False  # the file has a main (program.py)
        self.namespaces: set[str] = set()  # the file's namespaces, opened at the top level (program.py)
        self.parameter_types: dict[str, tuple[t.Type | None, ...]] = {}  # function -> by-value parameters
        self.templates: dict[str, tuple[str, ...]] = {}  # function template -> its type parameters
        self.template_signatures: dict[str, tuple[t.Type, ...]] = {}  # template -> its parameter types
        self.type_parameters: tuple[str, ...] = ()  # of the template being read (templates.py)
        self.template_of: dict[int, tuple[str, ...]] = {}  # a template's function_definition -> ...

    # -- module level ---------------------------------------------------------------------------
    def module(self) -> ir.Module:
        root = self.tree.root_node
        top, self.namespaces = top_level(root)  # namespaces opened (program.py)
        top = [self.unwrap_template(n) if n.type == "template_declaration" else n for n in top]
        self.collect_classes(top)  # classes.py: the file's classes, their members and signatures
        definitions = [n for n in top if n.type == "function_definition" and not self.is_member_definition(n)]
        self.whole_program = has_main(definitions)  # program.py: no GfG length convention then
        for node in top:  # type aliases first: the signatures below may spell types with them
            if node.type in ("type_definition", "alias_declaration"):
                self.typedef(node, file_level=True)
        for node in definitions:
            name, declarator, result = self.signature(node)
            self.functions[name] = result
            self.defaults[name] = tuple(
                default_value(p) for p in required(declarator, "parameters").named_children
            )
            self.record_parameters(name, declarator)
            if self.type_parameters:
                self.templates[name] = self.type_parameters
                self.template_signatures[name] = tuple(
                    self.declarator(p.child_by_field_name("declarator"), p)[1]
                    for p in required(declarator, "parameters").named_children
                )
        self.type_parameters = ()
        functions: list[ir.Function] = []
        for node in top:
            kind = node.type
            if self.is_member_definition(node):
                continue  # read with its class (classes.py)
            if kind == "function_definition":
                functions.append(self.function(node))
            elif kind == "preproc_def":
                self.define(node)
            elif kind == "declaration":
                if node.child_by_field_name("declarator") is not None and any(
                    c.type == "function_declarator" for c in node.named_children
                ):
                    continue  # a prototype
                elsewhere = extern_declaration(node, top)  # `extern int n;` (cpp/context.py)
                if elsewhere:
                    raise self.unsupported(node, f"variable '{elsewhere}' declared extern and defined in another file")
                if elsewhere == "":
                    continue
                for decl in self.declaration(node):
                    self.globals.append(decl)
            elif kind in ("preproc_include", "using_declaration", "comment", "namespace_definition") or (
                kind == "expression_statement" and node_text(node).strip() == ";"
            ):
                if kind == "namespace_definition":
                    raise self.unsupported(node)
            elif kind in ("type_definition", "alias_declaration"):
                continue  # read first, above
            elif kind == "enum_specifier" and node.child_by_field_name("body") is not None:
                self.globals.extend(self.plain_enum(node))  # `enum Dir { UP, DOWN };` (classes.py)
            else:
                raise self.unsupported(node)
        classes, methods = self.build_classes()
        entry = entry_point(functions)
        module = ir.Module(tuple(self.globals), (*functions, *methods), tuple(classes), entry=entry)
        check_copies(module)  # classes.py: C++ copies the targets would share
        check_storage(module)  # program.py: a string's characters given to a function that writes them
        return module

    def unwrap_template(self, node: tree_sitter.Node) -> tree_sitter.Node:
        """The function a ``template <typename T>`` declares, its type parameters noted (templates.py)."""
        inner, names = template_parameters(self, node)
        self.template_of[inner.id] = names
        return inner

    def block(self, node: tree_sitter.Node) -> ir.Block:
        saved = dict(self.aliases), dict(self.alias_errors)  # a block's `typedef` names a type only there
        try:
            return super().block(node)
        finally:
            self.aliases, self.alias_errors = saved

    def typedef(self, node: tree_sitter.Node, file_level: bool = False) -> None:
        """``typedef T name;`` or ``using name = T;``: ``name`` spells ``T`` from here on (aliases.py)."""
        read_typedef(self, node, file_level)

    def define(self, node: tree_sitter.Node) -> None:
        name = node_text(required(node, "name"))
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
        self.type_parameters = self.template_of.get(node.id, ())
        declarator = node.child_by_field_name("declarator")
        result = self.type_of(node.child_by_field_name("type"), node)
        while declarator is not None and declarator.type in ("pointer_declarator", "reference_declarator"):
            if declarator.type == "pointer_declarator":
                raise self.unsupported(node, "function returning a pointer")
            declarator = declarator.named_children[-1]
        if declarator is None or declarator.type != "function_declarator":
            raise self.unsupported(node)
        name_node = declarator.child_by_field_name("declarator")
        if name_node is not None and name_node.type == "qualified_identifier":
            owner = node_text(name_node).rsplit("::", 1)[0]  # a member the file's classes did not take
            known = owner.rsplit("::", 1)[-1] in getattr(self, "class_info", {})
            why = "is named through its namespace" if "::" in owner and known else "is not declared in the input"
            raise self.unsupported(node, f"definition of {node_text(name_node)}: class '{owner}' {why}")
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
        self.assigned_in_body = assigned_identifiers(node.child_by_field_name("body"), "cpp")
        for param in required(declarator, "parameters").named_children:
            default = None
            if param.type == "optional_parameter_declaration":
                default = self.expression(required(param, "default_value"))
            elif param.type != "parameter_declaration":
                raise self.unsupported(param)
            param_name, param_type, by_ref = self.declarator(param.child_by_field_name("declarator"), param)
            if param_name is None:
                if param_type == t.VOID:
                    continue
                raise self.unsupported(param, "unnamed parameter")
            if param_type == t.ArrayType(t.CHAR) and is_read_only_c_string(
                node.child_by_field_name("body"), param_name
            ):
                param_type = t.STRING  # `char s[]` read as text (strlen, s[i]): a string, as in Java
                self.c_strings.add(param_name)
            self.scopes.declare(param_name, param_type)
            self.current_params[param_name] = param_type
            if default is not None:
                default = self.coerce(default, param_type)
            params.append(ir.Param(param_name, param_type, by_ref, default, location=self.location(param)))
        body = self.block(required(node, "body"))
        self.scopes.pop()
        built = self.arrays_from_storage(
            ir.Function(name, tuple(params), result, body, location=self.location(node))
        )
        if self.type_parameters:
            check_generic(self, built)  # templates.py: only what means the same for every T
        self.type_parameters = ()
        return built

    def is_uncalled_predicate(self, name: str, body: tree_sitter.Node | None) -> bool:
        """An ``int`` function whose every return is a comparison, a logical operation, 0 or 1.

        Only when nothing in the file calls it (a caller could do arithmetic with the 0/1).
        """
        returns = _captures(body, "returns") if body is not None else []
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
        if conditions == 0:
            return False
        return all(node_text(n) != name for n in _captures(self.tree.root_node, "callees"))

    # -- types ------------------------------------------------------------------------------------
    def type_of(self, node: tree_sitter.Node | None, context: tree_sitter.Node) -> t.Type:
        if node is None:
            raise self.unsupported(context, untyped_declaration(context))
        kind = node.type
        text = node_text(node)
        if kind == "type_descriptor":
            inner = self.type_of(node.child_by_field_name("type"), context)
            declarator = node.child_by_field_name("declarator")
            if declarator is not None:
                if declarator.type == "abstract_pointer_declarator" and isinstance(inner, t.ClassType):
                    return t.ClassType(inner.name, value=False)  # `vector<Shape*>`: references to objects
                if declarator.type == "abstract_pointer_declarator":
                    return t.ArrayType(inner)
                raise self.unsupported(declarator, "abstract declarator in a type")
            return inner
        if kind in ("primitive_type", "type_identifier"):
            if text in self.type_parameters:
                return t.TypeVarType(text)
            if text in self.aliases:
                return self.aliases[text]
            if text in self.alias_errors:
                raise self.alias_errors[text]  # the alias's own type is one the engine refuses
            if text in _PRIMITIVES:
                return _PRIMITIVES[text]
            known = self.known_class(text)  # a class of the file (classes.py)
            if known is not None:
                return known
            raise self.unsupported(node, f"type '{text}'")
        if kind == "sized_type_specifier":
            words = text.split()
            unsigned = "unsigned" in words
            if "double" in words or "float" in words:
                # g++'s long double is x87 80-bit: no target type rounds as it does
                raise self.unsupported(node, f"type '{text}' (x87 extended precision)")
            if words.count("long") >= 1:
                return t.IntType(64, not unsigned)
            if "short" in words:
                return t.IntType(16, not unsigned)
            if "char" in words:  # `signed char` and `unsigned char` are small integers, not text
                return t.IntType(8, not unsigned) if len(words) > 1 else t.CHAR
            return t.IntType(32, not unsigned)
        if kind == "qualified_identifier" or kind == "qualified_type_identifier":
            member = member_type(self, node, context)  # `vector<int>::size_type` (aliases.py)
            if member is not None:
                return member
            name = node.child_by_field_name("name")
            if (
                text.startswith("std::") or without_namespace(text, self.namespaces) != text
            ) and name is not None:
                return self.type_of(name, context)
            raise self.unsupported(node, f"type '{text}'")
        if kind == "dependent_type":
            raise self.unsupported(node, f"dependent type '{text}'")
        if kind == "placeholder_type_specifier":
            return t.UNKNOWN  # `auto`: the initializer decides
        if kind == "template_type":
            base = node_text(required(node, "name")).removeprefix("std::")
            if base == "function":  # `function<int(int)>` (functions.py)
                return function_type(self, node)
            args = [a for a in required(node, "arguments").named_children]
            typed = args[:2] if base == "priority_queue" else args  # its comparator is no value's type
            arg_types = [self.type_of(a, context) for a in typed if a.type == "type_descriptor"]
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
            elif node.type in ("pointer_declarator", "abstract_pointer_declarator") and isinstance(
                base, t.ClassType
            ):
                base = t.ClassType(base.name, value=False)  # a pointer to an object: a reference to it
                node = node.child_by_field_name("declarator")
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
        if kind in EXCEPTION_STATEMENTS or is_assert(node):
            return exception_statement(self, node)
        if kind == "compound_statement":
            return [self.block(node)]
        if kind in ("type_definition", "alias_declaration"):
            self.typedef(node)  # a local `typedef unsigned int u32;`: a name for the type, no code
            return []
        if kind == "declaration":
            declarator = node.child_by_field_name("declarator")
            bound = binding(declarator.child_by_field_name("declarator") if declarator is not None else None)
            if bound is not None:  # `auto [a, b] = pair;` (bindings.py)
                return bindings.declaration(self, node, *bound)
            return list(self.declaration(node))
        if kind == "expression_statement":
            if not node.named_children:
                return []
            expr_node = node.named_children[0]
            if expr_node.type == "comma_expression":
                return [ir.ExprStmt(e, location=loc) for e in self.comma_list(expr_node)]
            if expr_node.type == "delete_expression" and (
                self.is_new_array(expr_node.named_children[-1])
                or self.is_object(expr_node.named_children[-1])
            ):
                return []  # freeing is unobservable in a garbage-collected target (later use is UB)
            read = self.input_statement(expr_node)  # `cin >> a`, `scanf(...)` (program.py)
            if read is not None:
                return read
            return [self.expression_statement(expr_node)]
        if kind == "if_statement":
            condition = self.condition(self.expression(self.unwrap_condition(required(node, "condition"))))
            then = self.body(required(node, "consequence"))
            alternative = node.child_by_field_name("alternative")
            otherwise = None
            if alternative is not None:
                inner = alternative.named_children[-1] if alternative.type == "else_clause" else alternative
                otherwise = self.body(inner)
            return [ir.If(condition, then, otherwise, location=loc)]
        if kind == "while_statement" and (loop := self.input_loop(node)) is not None:
            return [loop]  # `while (cin >> x)` (program.py)
        if kind == "while_statement":
            condition = self.condition(self.expression(self.unwrap_condition(required(node, "condition"))))
            return [ir.While(condition, self.body(required(node, "body")), location=loc)]
        if kind == "do_statement":
            body = self.body(required(node, "body"))
            condition = self.condition(self.expression(self.unwrap_condition(required(node, "condition"))))
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
        if node.type == "binary_expression" and node_text(required(node, "operator")) == "<<":
            chain: list[tree_sitter.Node] = []
            current = node
            while current.type == "binary_expression" and node_text(required(current, "operator")) == "<<":
                chain.append(required(current, "right"))
                current = required(current, "left")
            if node_text(current).replace(" ", "") not in ("cout", "std::cout"):
                return None
            for piece in reversed(chain):
                if node_text(piece).replace(" ", "") in ("endl", "std::endl"):
                    pieces.append(ir.StringLiteral("\n", type=t.STRING))
                else:
                    pieces.append(self.printable(self.expression(piece), piece))
        elif node.type == "call_expression" and node_text(required(node, "function")) == "printf":
            args = required(node, "arguments").named_children
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
            return self.comma_list(required(node, "left")) + self.comma_list(required(node, "right"))
        return [self.expression(node)]

    def expression_statement(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        printed = self.output_statement(node)
        if printed is not None:
            return ir.ExprStmt(printed, location=loc)
        expr = self.expression(node, statement=True)
        return ir.ExprStmt(expr, location=loc)

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
        body = self.body(required(node, "body"))
        self.scopes.pop()
        return ir.For(tuple(init), condition, update, body, location=loc)

    def for_range(self, node: tree_sitter.Node) -> ir.Stmt:
        loc = self.location(node)
        bound = binding(node.child_by_field_name("declarator"))
        if bound is not None:  # `for (auto& [key, value] : m)` (bindings.py)
            return bindings.range_for(self, node, *bound)
        iterable = self.expression(required(node, "right"))
        name, declared, by_reference = self.declarator(node.child_by_field_name("declarator"), node)
        var_type = declared if declared != t.UNKNOWN else iteration_type(iterable.type)
        if var_type == t.UNKNOWN or name is None:
            raise self.unsupported(node, "range-for over a value of unknown type")
        self.scopes.push()
        self.scopes.declare(name, var_type)
        body = self.body(required(node, "body"))
        self.scopes.pop()
        if (
            by_reference
            and name in directly_assigned(body)
            and not isinstance(var_type, (*t.CONTAINER_TYPES,))
        ):
            return self.elements_changed(name, var_type, iterable, body, node)
        return ir.ForEach(name, var_type, iterable, body, location=loc)

    def elements_changed(
        self, name: str, var_type: t.Type, iterable: ir.Expr, body: ir.Stmt, node: tree_sitter.Node
    ) -> ir.Stmt:
        """``for (int& x : v) x = ...;`` changes v's elements: an index loop over ``v[i]`` (a
        for-each variable of Java or Python is a copy)."""
        if not isinstance(iterable, ir.Name) or not isinstance(iterable.type, t.ArrayType | t.ListType):
            raise self.unsupported(node, "a reference loop variable over something other than a named array")
        taken = {n.id for n in ir.walk(body) if isinstance(n, ir.Name)} | {name, iterable.id}
        index = next(i for i in ("i", "j", "k", *(f"i{n}" for n in range(2, 99))) if i not in taken)
        position = ir.Name(index, type=t.INT)
        element = ir.Index(iterable, position, type=var_type)

        def to_element(found: ir.Node) -> ir.Node:
            return element if isinstance(found, ir.Name) and found.id == name else found

        new_body = ir.transform(body, to_element)
        assert isinstance(new_body, ir.Stmt)
        length = ir.LibraryCall(L.LEN, (iterable,), type=t.INT)
        return ir.For(
            (ir.VarDecl(index, t.INT, ir.IntLiteral(0, type=t.INT)),),
            ir.Binary(ir.BinaryOp.LT, position, length, type=t.BOOL),
            (ir.IncDec(position, 1, False, type=t.INT),),
            new_body,
            location=self.location(node),
        )

    def switch(self, node: tree_sitter.Node) -> ir.Stmt:
        subject = self.expression(self.unwrap_condition(required(node, "condition")))
        cases: list[ir.SwitchCase] = []
        pending: list[ir.Expr] = []
        self.scopes.push()
        for case in required(node, "body").named_children:
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

    # -- expressions --------------------------------------------------------------------------------
    def expr_number_literal(self, node: tree_sitter.Node) -> ir.Expr:
        literal = read_number(node_text(node))
        if isinstance(literal, str):
            raise self.unsupported(node, literal)
        return dataclasses.replace(literal, location=self.location(node))

    def expr_char_literal(self, node: tree_sitter.Node) -> ir.Expr:
        body = node_text(node)[1:-1]
        chars = unescape(body)
        if len(chars) != 1:
            raise self.unsupported(node, "multi-character literal")
        if not chars.isascii():  # a byte (or bytes) of UTF-8 in C++, a character elsewhere (issue 12)
            raise self.unsupported(node, "a character literal outside ASCII")
        return ir.CharLiteral(chars, type=t.CHAR, location=self.location(node))

    def expr_string_literal(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        if not text.startswith('"'):
            raise self.unsupported(node, "prefixed string literal")
        value = unescape(text[1:-1])
        if not value.isascii():  # bytes of UTF-8 in C++, characters elsewhere (issue 12)
            raise self.unsupported(node, "a string literal with characters outside ASCII")
        return ir.StringLiteral(value, type=t.STRING, location=self.location(node))

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
        if name in LIMITS:
            op, type_ = LIMITS[name]
            return ir.LibraryCall(op, (), type=type_, location=loc)
        if name in MATH_CONSTANTS:
            value = MATH_CONSTANTS[name]
            return ir.FloatLiteral(value, repr(value), type=t.DOUBLE, location=loc)
        if name == "NULL":
            return ir.NullLiteral(location=loc)
        member = self.implicit_member(node, name)  # a field of this class (classes.py)
        if member is not None:
            return member
        raise self.unsupported(node, f"unknown name '{name}'")

    def expr_qualified_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).replace(" ", "")
        if is_npos(node):
            return library_text.npos()
        if text.startswith("std::") or without_namespace(text, self.namespaces) != text.replace(" ", ""):
            return self.expression(required(node, "name"))
        member = self.static_member(node)  # `P::count` (classes.py)
        if member is not None:
            return member
        raise self.unsupported(node)

    def expr_binary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        operator = _ALTERNATIVE_TOKENS.get(operator, operator)
        left_node = required(node, "left")
        right_node = required(node, "right")
        if (
            operator == "/"
            and left_node.type == "sizeof_expression"
            and right_node.type == "sizeof_expression"
        ):
            return self.sizeof_length(left_node, right_node, node)
        if operator in ("==", "!=") and is_end_call(right_node):
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
        if operator in ("==", "!=") and is_npos(right_node):
            left = self.expression(left_node)
            if isinstance(left, ir.LibraryCall) and left.op in library_text.FINDS:
                op = ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE
                return ir.Binary(
                    op, left, ir.IntLiteral(-1, type=t.INT), type=t.BOOL, location=self.location(node)
                )
        left = self.expression(left_node)
        right = self.expression(right_node)
        overloaded = self.operator_call(operator, left, right, node)  # `a < b` on objects (classes.py)
        if overloaded is not None:
            return overloaded
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
        name = node_text(required(left, "function")).replace(" ", "").removeprefix("std::")
        args = required(left, "arguments").named_children
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
        function = required(left_node, "function")
        args = required(left_node, "arguments").named_children
        loc = self.location(left_node)
        if function.type == "field_expression" and node_text(required(function, "field")) == "find":
            container = self.expression(required(function, "argument"))
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
        array = self.expression(sizeof_operand(left))
        element = self.expression(sizeof_operand(right))
        if (
            isinstance(array, ir.Name)
            and isinstance(array.type, t.ArrayType)
            and isinstance(element, ir.Index)
            and element.base == array
        ):
            return ir.LibraryCall(L.LEN, (array,), type=t.INT, location=self.location(node))
        raise self.unsupported(node, "sizeof arithmetic other than sizeof(a)/sizeof(a[0])")

    def expr_unary_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        operator = _ALTERNATIVE_TOKENS.get(operator, operator)
        operand = self.expression(required(node, "argument"))
        return self.unary(operator, operand, node)

    def expr_pointer_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        argument = required(node, "argument")
        storage = self.storage_argument(argument) if operator == "&" else None
        if storage is not None:
            return storage  # `&v[0]`: the vector's elements as a C array
        if operator == "*" and argument.type == "identifier" and node_text(argument) in self.iterator_names:
            return self.expression(argument)  # `*it` in a loop over the container's elements
        if operator == "*" and argument.type == "call_expression":
            function = node_text(required(argument, "function")).removeprefix("std::")
            args = required(argument, "arguments").named_children
            field = required(argument, "function")
            if field.type == "field_expression" and not args:
                method = node_text(required(field, "field"))
                container = self.expression(required(field, "argument"))
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
        operator = node_text(required(node, "operator"))
        target = self.assignable(required(node, "argument"))
        if isinstance(target.type, t.ArrayType | t.ListType | t.StringType):  # `A++` moves a pointer
            raise self.unsupported(node, f"arithmetic on a value of type {target.type}")
        prefix = node.children[0].type in ("++", "--")
        return ir.IncDec(
            target, 1 if operator == "++" else -1, prefix, type=target.type, location=self.location(node)
        )

    def assignable(self, node: tree_sitter.Node) -> ir.Expr:
        expr = self.expression(node)
        if not isinstance(expr, ir.Name | ir.Index | FieldAccess | StaticField) and not (
            isinstance(expr, ir.LibraryCall) and expr.op in (L.PAIR_FIRST, L.PAIR_SECOND)
        ):
            raise self.unsupported(node, "assignment to this expression")
        return expr

    def expr_assignment_expression(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(required(node, "operator"))
        target = self.assignable(required(node, "left"))
        value = self.expression(required(node, "right"))
        loc = self.location(node)
        if operator == "=":
            value = copied(self.coerce(value, target.type), target.type)
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
        operand = self.expression(required(node, "value"))
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
        if operator in ("<", ">", "<=", ">=", "/", "%", ">>"):
            # find/rfind give a size_t, npos its largest value: the IR's -1 is compared and divided
            # as that unsigned value (s.find(c) > 3 is true where c is missing)
            left, right = _as_size_t(left), _as_size_t(right)
        return super().binary(operator, left, right, node, unsigned_shift=unsigned_shift)

    def expr_subscript_expression(self, node: tree_sitter.Node) -> ir.Expr:
        base = self.expression(required(node, "argument"))
        indices = required(node, "indices").named_children
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
        member = self.member_access(node)  # a field of an object (classes.py)
        if member is not None:
            return member
        base = self.expression(required(node, "argument"))
        field = node_text(required(node, "field"))
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
            for param in required(declarator, "parameters").named_children:
                name, type_, _ = self.declarator(param.child_by_field_name("declarator"), param)
                if name is None:
                    raise self.unsupported(param, "unnamed lambda parameter")
                self.scopes.declare(name, type_)
                params.append(ir.Param(name, type_, location=self.location(param)))
        body_node = required(node, "body")
        saved = self.return_type
        self.return_type = t.UNKNOWN
        body = self.block(body_node)
        self.return_type = saved
        self.scopes.pop()
        if len(body.body) == 1 and isinstance(body.body[0], ir.Return) and body.body[0].value is not None:
            value = body.body[0].value
            made = ir.Lambda(
                tuple(params),
                value,
                type=t.FunctionType(tuple(p.type for p in params), value.type),
                location=self.location(node),
            )
        else:
            made = ir.Lambda(
                tuple(params),
                body,
                type=t.FunctionType(tuple(p.type for p in params), t.UNKNOWN),
                location=self.location(node),
            )
        return checked_lambda(self, node, made)  # captures and result type (functions.py)

    def expr_new_expression(self, node: tree_sitter.Node) -> ir.Expr:
        created = self.new_expression(node)  # `new Node(3)` (classes.py)
        if created is not None:
            return created
        raise self.unsupported(node, "new")

    def expr_initializer_list(self, node: tree_sitter.Node) -> ir.Expr:
        values = tuple(self.expression(e) for e in node.named_children)
        element = values[0].type if values else t.UNKNOWN
        return ir.ArrayLiteral(values, type=t.ListType(element), location=self.location(node))

    def expr_call_expression(self, node: tree_sitter.Node) -> ir.Expr:
        cast = alias_cast(self, node)  # `(ll) (a - b)` (aliases.py)
        if cast is not None:
            return cast
        erased = self.found_iterator_erase(node)
        if erased is not None:
            return erased
        invocation = self.method_invocation(node)  # a method of a class of the file (classes.py)
        if invocation is not None:
            return invocation
        function = required(node, "function")
        args_nodes = required(node, "arguments").named_children
        if function.type == "field_expression":
            return self.method_call(node, function, args_nodes)
        if function.type == "template_function":
            return template_function_call(self, node, function, args_nodes)
        if function.type in ("primitive_type", "type_identifier", "sized_type_specifier"):
            type_ = self.type_of(function, node)  # `int_vector(a, a + n)`: as `int_vector v(a, a + n)`
            return self.constructor(type_, required(node, "arguments"), node)
        if function.type not in ("identifier", "qualified_identifier"):
            raise self.unsupported(node)
        spelled = node_text(function).removeprefix("std::")
        if (spelled == "string" or spelled in self.aliases) and self.scopes.lookup(spelled) is None:
            built = t.STRING if spelled == "string" else self.aliases[spelled]  # string(n, c), int_vector(a, a + n)
            return self.constructor(built, required(node, "arguments"), node)
        name = without_namespace(node_text(function), self.namespaces)  # `geo::area(x)` (program.py)
        loc = self.location(node)
        if name in self.templates and self.scopes.lookup(name) is None:
            return self.template_call(name, [], args_nodes, node)
        if name in self.functions and self.scopes.lookup(name) is None:
            args = tuple(self.expression(a) for a in args_nodes)
            defaults = self.defaults.get(name, ())
            missing = len(defaults) - len(args)
            if missing > 0 and all(d is not None for d in defaults[len(args) :]):
                args = args + tuple(d for d in defaults[len(args) :] if d is not None)
            return ir.Call(name, self.call_arguments(name, args), type=self.functions[name], location=loc)
        local = self.scopes.lookup(name)
        if isinstance(local, t.FunctionType):  # a variable holding a lambda (functions.py)
            return invoke(self, node, ir.Name(name, type=local, location=loc), args_nodes)
        return recognize(self, name, args_nodes, node)

    def template_call(
        self, name: str, explicit: list[t.Type], args_nodes: list[tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Expr:
        """A call of a function template of the file: its parameters' types bound (templates.py)."""
        args = tuple(self.expression(a) for a in args_nodes)
        if len(args) != len(self.template_signatures[name]):
            raise self.unsupported(node, f"call of template '{name}' with default arguments")
        bound = bind(self, name, args, explicit, node)
        args = tuple(
            self.coerce(a, substitute(p, bound))
            for a, p in zip(args, self.template_signatures[name], strict=True)
        )
        result = substitute(self.functions[name], bound)
        return ir.Call(name, args, type=result, location=self.location(node))

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

    def method_call(
        self, node: tree_sitter.Node, function: tree_sitter.Node, args_nodes: list[tree_sitter.Node]
    ) -> ir.Expr:
        if node_text(required(function, "field")) == "data" and not args_nodes:
            storage = self.storage_argument(node)  # `v.data()`: the vector's elements as a C array
            if storage is not None:
                return storage
        receiver = self.expression(required(function, "argument"))
        method = node_text(required(function, "field"))
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


_TRUTH_OPERATORS = frozenset({"==", "!=", "<", "<=", ">", ">=", "&&", "||"})


@functools.cache
def _query() -> tree_sitter.Query:
    """The return statements, and the identifiers directly under a call (its callee), found in C
    rather than by a Python walk of every node."""
    return tree_sitter.Query(
        get_language("cpp").tree_sitter_language(),
        "(return_statement) @returns (call_expression (identifier) @callees)",
    )


def _captures(node: tree_sitter.Node, name: str) -> list[tree_sitter.Node]:
    """The nodes of the capture ``name`` of ``_query`` at or below ``node``."""
    return list(tree_sitter.QueryCursor(_query()).captures(node).get(name, ()))


def parse_cpp(code: str) -> ir.Module:
    """The IR of a C++ translation unit (functions, globals, ``#define`` constants)."""
    return CppFrontEnd(code).module()


def _as_size_t(expr: ir.Expr) -> ir.Expr:
    """A string search's result (-1 for npos in the IR) as C++'s size_t."""
    if isinstance(expr, ir.LibraryCall) and expr.op in (ir.LibOp.STR_FIND, ir.LibOp.STR_FIND_LAST):
        return ir.Cast(expr, type=t.IntType(64, False), location=expr.location)
    return expr
