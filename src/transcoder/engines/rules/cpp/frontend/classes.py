"""C++ front end, classes: ``struct``/``class`` definitions into ``classes.ClassDecl``.

Read: fields (with default member initialisers; scalars left uninitialised read as zero, which is
one of their behaviours), static fields defined out of the class (``int P::n = 0;``),
constructors with their initialiser lists (the base class's constructor first, then the fields in
declaration order, then the body, as C++ runs them; a delegating constructor calls the other),
methods defined in or out of the class, ``const`` methods, static methods, virtual and pure
virtual methods, single inheritance, ``operator<`` and ``operator==`` (roles: ``lessThan``,
``equals``). A struct without constructors gets one that takes its fields in order, each with its
zero as default, as aggregate initialisation (``Point p{1, 2}``, ``Point p;``) fills them.

Objects: ``Point p(1, 2)`` and ``vector<Point>`` hold objects by value (``ClassType(value=True)``);
``new Node(3)``, ``Node*`` and ``nullptr`` are references (``value=False``), ``p->f`` and
``delete p`` (dropped: the targets collect garbage; a use after it is undefined in C++). Where C++
copies an object of a class whose fields change after construction (``q = p``, passing it by
value, storing it in a container), the targets would share it instead: refused (``copies``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import tree_sitter

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.program import printed_text
from transcoder.engines.rules.classes import INIT
from transcoder.engines.rules.cpp.frontend.base import CppFrontEndBase
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text, required

_SPECIFIERS = ("struct_specifier", "class_specifier")
_OPERATORS = {"operator<": ("lessThan", c.Role.LESS), "operator==": ("equals", c.Role.EQUALS)}
_VISIBILITY = {
    "public": c.Visibility.PUBLIC,
    "protected": c.Visibility.PROTECTED,
    "private": c.Visibility.PRIVATE,
}


@dataclass
class MethodInfo:
    key: str
    name: str
    params: tuple[t.Type, ...]
    result: t.Type
    static: bool
    abstract: bool
    const: bool
    visibility: c.Visibility
    role: c.Role
    node: tree_sitter.Node  # the definition (or the declaration of a pure virtual method)
    declarator: tree_sitter.Node  # its function_declarator


@dataclass
class FieldInfo:
    name: str
    type: t.Type
    static: bool
    constant: bool
    visibility: c.Visibility
    node: tree_sitter.Node
    value: tree_sitter.Node | None  # the default member initialiser, or the static's definition


@dataclass
class ClassInfo:
    name: str
    node: tree_sitter.Node
    base: str | None = None
    abstract: bool = False
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    methods: dict[str, list[MethodInfo]] = field(default_factory=dict)
    aggregate: bool = False  # no constructor: one taking the fields is synthesised
    kind: c.ClassKind = c.ClassKind.CLASS
    constants: list[str] = field(default_factory=list)  # an enum class's, in order
    printer: tree_sitter.Node | None = None  # `ostream& operator<<(ostream&, const T&)`: its definition


class Classes(CppFrontEndBase):
    """The mixin of ``CppFrontEnd`` that reads classes."""

    class_info: dict[str, ClassInfo]
    current_class: str | None
    static_context: bool

    # -- first pass ---------------------------------------------------------------------------------
    def collect_classes(self, top: list[tree_sitter.Node]) -> None:
        """Every class of the file (``top``: its declarations, namespaces opened): names first
        (so that fields may use any), then members."""
        self.class_info, self.current_class, self.static_context = {}, None, False
        specifiers = _class_nodes(top)
        for node in specifiers:
            name = node_text(required(node, "name"))
            if name in self.class_info:
                raise self.unsupported(node, f"two classes named '{name}'")
            self.class_info[name] = ClassInfo(name, node)
        for node in specifiers:
            info = self.class_info[node_text(required(node, "name"))]
            if node.type == "enum_specifier":
                self._read_enum(info)
            else:
                self._read_members(info)
        for node in top:
            self._read_outside(node)
        self._refuse_undefined()

    def _refuse_undefined(self) -> None:
        """A method declared and defined nowhere in the input (in another file of its project, or
        nowhere) has no body to translate: refused where it is declared, rather than given an empty one."""
        for info in self.class_info.values():
            for overloads in info.methods.values():
                for method in overloads:
                    if not method.abstract and method.node.type != "function_definition":
                        name = info.name if method.name == INIT else method.name
                        raise self.unsupported(
                            method.node,
                            f"member function '{info.name}::{name}' declared without a definition in the input "
                            "(defined in another file, which is not translated with it)",
                        )

    def _read_members(self, info: ClassInfo) -> None:
        node = info.node
        bases = next((n for n in node.named_children if n.type == "base_class_clause"), None)
        if bases is not None:
            names = [n for n in bases.named_children if n.type == "type_identifier"]
            if len(names) != 1 or node_text(names[0]) not in self.class_info:
                raise self.unsupported(bases, "base classes other than one class of this file")
            info.base = node_text(names[0])
        visibility = c.Visibility.PUBLIC if node.type == "struct_specifier" else c.Visibility.PRIVATE
        body = node.child_by_field_name("body")
        for member in body.named_children if body is not None else []:
            if member.type == "access_specifier":
                visibility = _VISIBILITY[node_text(member).strip(": ")]
            elif member.type == "field_declaration":
                self._field_or_declaration(info, member, visibility)
            elif member.type == "function_definition":
                self._method(info, member, visibility, member)
            elif member.type == "declaration" and _constructor_declaration(member):
                self._method(info, member, visibility, None)  # `P(int x);`, defined outside the class
            elif member.type == "friend_declaration" and _printer_of(member.named_children[0]) == info.name:
                info.printer = member.named_children[0]
            elif member.type == "comment":
                continue
            else:
                raise self.unsupported(member, f"member of {info.name}")
        info.aggregate = INIT not in info.methods
        info.abstract = any(m.abstract for overloads in info.methods.values() for m in overloads)

    def _read_enum(self, info: ClassInfo) -> None:
        """``enum class Move { ROCK, PAPER };``: constants with their ordinals as values."""
        info.kind = c.ClassKind.ENUM
        for enumerator in required(info.node, "body").named_children:
            if enumerator.type != "enumerator":
                continue
            if enumerator.child_by_field_name("value") is not None:
                raise self.unsupported(enumerator, "enum class constant with a value of its own")
            info.constants.append(node_text(required(enumerator, "name")))

    def plain_enum(self, node: tree_sitter.Node) -> list[ir.VarDecl]:
        """``enum Dir { UP, DOWN = 4 };`` (not scoped): its constants are ints (C++ converts them
        to int wherever they are used), declared as constants of the module."""
        constants, value = [], 0
        for enumerator in required(node, "body").named_children:
            if enumerator.type != "enumerator":
                continue
            given = enumerator.child_by_field_name("value")
            if given is not None:
                literal = self.expression(given)
                if not isinstance(literal, ir.IntLiteral):
                    raise self.unsupported(given, "enum constant with a value that is not a number")
                value = literal.value
            name = node_text(required(enumerator, "name"))
            constants.append(
                ir.VarDecl(
                    name,
                    t.INT,
                    ir.IntLiteral(value, type=t.INT),
                    constant=True,
                    location=self.location(enumerator),
                )
            )
            self.scopes.declare(name, t.INT)
            value += 1
        return constants

    def _field_or_declaration(
        self, info: ClassInfo, member: tree_sitter.Node, visibility: c.Visibility
    ) -> None:
        words = [
            node_text(n)
            for n in member.named_children
            if n.type in ("storage_class_specifier", "type_qualifier", "virtual")
        ]
        declarators = member.children_by_field_name("declarator")
        if any(d.type == "function_declarator" for d in declarators):
            self._method(info, member, visibility, None)
            return
        base = self.type_of(member.child_by_field_name("type"), member)
        for declarator in declarators:
            name_node, type_ = self._member_declarator(declarator, base, member)
            name = node_text(name_node)
            value = member.child_by_field_name("default_value")
            info.fields[name] = FieldInfo(
                name,
                type_,
                "static" in words,
                "const" in words,
                visibility,
                member,
                value if len(declarators) == 1 else None,
            )

    def _member_declarator(
        self, declarator: tree_sitter.Node, base: t.Type, context: tree_sitter.Node
    ) -> tuple[tree_sitter.Node, t.Type]:
        type_ = base
        while declarator.type in ("pointer_declarator", "array_declarator"):
            if declarator.type == "pointer_declarator" and isinstance(type_, t.ClassType):
                type_ = t.ClassType(type_.name, value=False)
            elif declarator.type == "array_declarator":
                raise self.unsupported(declarator, "array field (a vector is translated)")
            else:
                raise self.unsupported(declarator, "pointer field")
            declarator = required(declarator, "declarator")
        if declarator.type not in ("field_identifier", "identifier"):
            raise self.unsupported(declarator)
        return declarator, type_

    def _method(
        self,
        info: ClassInfo,
        member: tree_sitter.Node,
        visibility: c.Visibility,
        definition: tree_sitter.Node | None,
    ) -> None:
        declarator = member.child_by_field_name("declarator")
        while declarator is not None and declarator.type in ("reference_declarator", "pointer_declarator"):
            declarator = declarator.named_children[-1]
        if declarator is None or declarator.type != "function_declarator":
            raise self.unsupported(member, "method declaration")
        name_node = required(declarator, "declarator")
        text = node_text(name_node).replace(" ", "")
        if name_node.type == "destructor_name":
            body = member.child_by_field_name("body")
            if body is not None and body.named_children:
                raise self.unsupported(member, f"destructor of {info.name} that does something")
            return
        words = [
            node_text(n)
            for n in member.named_children
            if n.type in ("storage_class_specifier", "virtual", "type_qualifier")
        ]
        role = c.Role.NONE
        if text == info.name:
            name = INIT
        elif text in _OPERATORS:
            name, role = _OPERATORS[text]
        elif name_node.type in ("field_identifier", "identifier"):
            name = text
        else:
            raise self.unsupported(member, f"method '{text}'")
        params = tuple(
            self._parameter_type(p)
            for p in required(declarator, "parameters").named_children
            if node_text(p) != "void"
        )
        result = t.VOID if name == INIT else self.type_of(member.child_by_field_name("type"), member)
        outer = member.child_by_field_name("declarator")
        if outer is not None and outer.type == "pointer_declarator" and isinstance(result, t.ClassType):
            result = t.ClassType(result.name, value=False)
        abstract = any(ch.type == "number_literal" and node_text(ch) == "0" for ch in member.named_children)
        const = any(q.type == "type_qualifier" and node_text(q) == "const" for q in declarator.named_children)
        overloads = info.methods.setdefault(name, [])
        key = c.method_key(info.name, name, len(overloads) + 1)
        overloads.append(
            MethodInfo(
                key,
                name,
                params,
                result,
                "static" in words,
                abstract,
                const,
                visibility,
                role,
                definition or member,
                declarator,
            )
        )

    def _parameter_type(self, param: tree_sitter.Node) -> t.Type:
        _, type_, _ = self.declarator(param.child_by_field_name("declarator"), param)
        return type_

    def _read_outside(self, node: tree_sitter.Node) -> None:
        """``int P::n = 0;`` (a static field's value) and ``void P::m() {...}`` (a method's body)."""
        if node.type == "declaration":
            for child in node.children_by_field_name("declarator"):
                target = child.child_by_field_name("declarator") if child.type == "init_declarator" else child
                owner, member = _qualified(target)
                if owner in self.class_info and member in self.class_info[owner].fields:
                    self.class_info[owner].fields[member].value = child.child_by_field_name("value")
        elif node.type == "function_definition" and _printer_of(node) in self.class_info:
            self.class_info[_printer_of(node) or ""].printer = node
        elif node.type == "function_definition":
            declarator = node.child_by_field_name("declarator")
            while declarator is not None and declarator.type in (
                "reference_declarator",
                "pointer_declarator",
            ):
                declarator = declarator.named_children[-1]
            if declarator is None or declarator.type != "function_declarator":
                return
            owner, member = _qualified(declarator.child_by_field_name("declarator"))
            if owner not in self.class_info or member is None:
                return
            info = self.class_info[owner]
            if member == f"~{owner}":  # `P::~P() {}`: nothing to run where objects are collected
                body = node.child_by_field_name("body")
                if body is not None and body.named_children:
                    raise self.unsupported(node, f"destructor of {owner} that does something")
                return
            name = INIT if member == owner else _OPERATORS.get(member, (member,))[0]
            arity = len(
                [p for p in required(declarator, "parameters").named_children if node_text(p) != "void"]
            )
            for method in info.methods.get(name, []):
                if len(method.params) == arity and method.node.type != "function_definition":
                    method.node, method.declarator = node, declarator
                    return
            raise self.unsupported(node, f"definition of {owner}::{member} without its declaration")

    def is_member_definition(self, node: tree_sitter.Node) -> bool:
        """A top-level definition or declaration that belongs to a class (read by ``collect_classes``)."""
        if node.type in _SPECIFIERS or (node.type == "declaration" and _declares_class(node)):
            return True
        if node.type == "enum_specifier" and _scoped(node):
            return True
        if node.type == "function_definition" and _printer_of(node) in getattr(self, "class_info", {}):
            return True
        declarator = node.child_by_field_name("declarator")
        while declarator is not None and declarator.type in (
            "reference_declarator",
            "pointer_declarator",
            "init_declarator",
            "function_declarator",
        ):
            inner = declarator.child_by_field_name("declarator")
            if inner is None:
                break
            declarator = inner
        owner, _ = _qualified(declarator) if declarator is not None else (None, None)
        return owner in getattr(self, "class_info", {})

    # -- types --------------------------------------------------------------------------------------
    def known_class(self, name: str) -> t.Type | None:
        return t.ClassType(name, value=True) if name in getattr(self, "class_info", {}) else None

    # -- second pass ----------------------------------------------------------------------------------
    def build_classes(self) -> tuple[list[c.ClassDecl], list[ir.Function]]:
        declarations, functions = [], []
        for info in self.class_info.values():
            self.current_class = info.name
            declaration, bodies = self._build_class(info)
            declarations.append(declaration)
            functions.extend(bodies)
        self.current_class, self.static_context = None, False
        return declarations, functions

    def _build_class(self, info: ClassInfo) -> tuple[c.ClassDecl, list[ir.Function]]:
        if info.kind is c.ClassKind.ENUM:
            constants = tuple(
                c.EnumConstant(name, location=self.location(info.node)) for name in info.constants
            )
            return c.ClassDecl(
                info.name, (), (), c.ClassKind.ENUM, constants=constants, location=self.location(info.node)
            ), []
        fields = []
        for f in info.fields.values():
            self.static_context = f.static
            init = self._field_value(f)
            fields.append(
                c.Field(
                    f.name, f.type, init, f.static, f.constant, f.visibility, location=self.location(f.node)
                )
            )
        methods, functions = [], []
        for overloads in info.methods.values():
            for method in overloads:
                self.static_context = method.static
                functions.append(self._method_function(info, method))
                kind = c.MethodKind.of(method.name, method.static)
                name = info.name if method.name == INIT else method.name
                methods.append(
                    c.Method(
                        name,
                        method.key,
                        kind,
                        method.visibility,
                        method.abstract,
                        method.const,
                        method.role,
                        location=self.location(method.node),
                    )
                )
        if info.aggregate:
            made, function = self._aggregate_constructor(info, fields)
            methods.insert(0, made)
            functions.insert(0, function)
        if info.printer is not None:
            made, function = self._printer_method(info)
            methods.append(made)
            functions.append(function)
        declaration = c.ClassDecl(
            info.name,
            tuple(fields),
            tuple(methods),
            c.ClassKind.CLASS,
            info.base,
            (),
            info.abstract,
            location=self.location(info.node),
        )
        return declaration, functions

    def _field_value(self, f: FieldInfo) -> ir.Expr | None:
        if f.value is None:
            if isinstance(f.type, t.ClassType) and not f.type.value:
                return ir.NullLiteral(type=f.type)
            if isinstance(f.type, t.ClassType):
                return self.new_object(f.type, [], f.node)
            return _zero(f.type)
        if f.value.type == "initializer_list":
            return self.brace_init(f.type, f.value, f.node)
        return self.coerce(self.expression(f.value), f.type)

    def _aggregate_constructor(self, info: ClassInfo, fields: list[c.Field]) -> tuple[c.Method, ir.Function]:
        """A struct without constructors: one taking its fields in order, each defaulting to its
        initial value (``Point p{1, 2}``, ``Point p;``)."""
        key = c.method_key(info.name, INIT)
        params, body = [], []
        this = c.This(type=t.ClassType(info.name))
        for f in fields:
            if f.static:
                continue
            params.append(ir.Param(f.name, f.type, default=f.init))
            target = c.FieldAccess(this, f.name, type=f.type)
            body.append(ir.ExprStmt(ir.AssignExpr(target, ir.Name(f.name, type=f.type), type=f.type)))
        info.methods[INIT] = []  # no overloads to choose among: calls use the synthesised one
        function = ir.Function(
            key, tuple(params), t.VOID, ir.Block(tuple(body)), location=self.location(info.node)
        )
        return c.Method(info.name, key, c.MethodKind.CONSTRUCTOR, location=self.location(info.node)), function

    def _printer_method(self, info: ClassInfo) -> tuple[c.Method, ir.Function]:
        """``operator<<(ostream& os, const T& p)`` whose body writes pieces to ``os`` and returns it:
        a ``toString`` method (role ``TO_STRING``) that builds the same text, pieces printed as
        C++ streams print them; ``cout << p`` prints it."""
        node = info.printer
        assert node is not None
        declarator = required(node, "declarator")
        while declarator.type != "function_declarator":
            declarator = declarator.named_children[-1]
        stream_param, object_param = required(declarator, "parameters").named_children
        stream, name = _declared_name(stream_param), _declared_name(object_param)
        body = node.child_by_field_name("body")
        statements = list(body.named_children) if body is not None else []
        final = statements.pop() if statements else None
        returned = (
            final.named_children[0]
            if final is not None and final.type == "return_statement" and final.named_children
            else None
        )
        if returned is None or any(st.type != "expression_statement" for st in statements):
            raise self.unsupported(node, f"operator<< of {info.name} other than writes to its stream")
        chains = [st.named_children[0] for st in statements]
        if node_text(returned) != stream:
            chains.append(returned)
        self.current_class, self.static_context = info.name, False
        self.scopes.push()
        self.scopes.declare(name, t.ClassType(info.name))
        pieces: list[ir.Expr] = []
        for chain in chains:
            pieces.extend(self._stream_pieces(chain, stream))
        self.scopes.pop()
        text: ir.Expr | None = None
        for piece in pieces:
            text = piece if text is None else ir.Binary(ir.BinaryOp.ADD, text, piece, type=t.STRING)
        this = c.This(type=t.ClassType(info.name), location=self.location(node))

        def as_this(found: ir.Node) -> ir.Node:
            return this if isinstance(found, ir.Name) and found.id == name else found

        result = ir.transform(text or ir.StringLiteral("", type=t.STRING), as_this)
        assert isinstance(result, ir.Expr)
        key = c.method_key(info.name, "toString")
        block = ir.Block((ir.Return(result, location=this.location),))
        function = ir.Function(key, (), t.STRING, block, location=this.location)
        return c.Method(
            "toString", key, c.MethodKind.INSTANCE, role=c.Role.TO_STRING, location=this.location
        ), function

    def _stream_pieces(self, chain: tree_sitter.Node, stream: str) -> list[ir.Expr]:
        """The texts ``os << a << b`` writes, as strings (numbers as C++ streams print them)."""
        pieces: list[tree_sitter.Node] = []
        current = chain
        while current.type == "binary_expression" and node_text(required(current, "operator")) == "<<":
            pieces.append(required(current, "right"))
            current = required(current, "left")
        if node_text(current) != stream:
            raise self.unsupported(chain, "operator<< writing to another stream")
        texts: list[ir.Expr] = []
        for piece in reversed(pieces):
            if node_text(piece).removeprefix("std::") == "endl":
                texts.append(ir.StringLiteral("\n", type=t.STRING))
                continue
            value = self.printable(self.expression(piece), piece)
            if not isinstance(value.type, t.StringType):
                value = ir.LibraryCall(ir.LibOp.TO_STRING, (value,), type=t.STRING, location=value.location)
            texts.append(value)
        return texts

    def printed_text(self, value: ir.Expr) -> ir.Expr | None:
        """An object printed with ``cout << p``: its ``operator<<`` text; else what
        ``cfamily.program`` says for floats and bools."""
        if isinstance(value.type, t.ClassType) and value.type.name in self.class_info:
            info = self.class_info[value.type.name]
            if info.kind is c.ClassKind.ENUM or info.printer is None:
                return None
            key = c.method_key(info.name, "toString")
            return c.MethodCall(value, info.name, "toString", key, (), type=t.STRING, location=value.location)
        return printed_text(self.language, value)

    def _method_function(self, info: ClassInfo, method: MethodInfo) -> ir.Function:
        node, declarator = method.node, method.declarator
        self.return_type = method.result
        self.scopes.push()
        self.current_params = {}
        self.c_strings = set()
        body_node = node.child_by_field_name("body") if node.type == "function_definition" else None
        from transcoder.engines.rules.cfamily.frontend import assigned_identifiers

        self.assigned_in_body = assigned_identifiers(body_node, "cpp") if body_node is not None else set()
        params = []
        for param, type_ in zip(
            (p for p in required(declarator, "parameters").named_children if node_text(p) != "void"),
            method.params,
            strict=True,
        ):
            name, _, by_reference = self.declarator(param.child_by_field_name("declarator"), param)
            if name is None:
                raise self.unsupported(param, "unnamed parameter")
            self.scopes.declare(name, type_)
            self.current_params[name] = type_
            params.append(
                ir.Param(
                    name,
                    type_,
                    by_reference or (isinstance(type_, t.ClassType) and not type_.value),
                    location=self.location(param),
                )
            )
        prefix = self._initialisers(info, method, node) if method.name == INIT else []
        body = self.block(body_node) if body_node is not None else ir.Block(())
        self.scopes.pop()
        block = ir.Block((*prefix, *body.body), location=body.location)
        return self.arrays_from_storage(
            ir.Function(method.key, tuple(params), method.result, block, location=self.location(node))
        )

    def _initialisers(self, info: ClassInfo, method: MethodInfo, node: tree_sitter.Node) -> list[ir.Stmt]:
        """A constructor's initialiser list as statements, in the order C++ runs them."""
        given: dict[str, tree_sitter.Node] = {}
        initialisers = next((n for n in node.named_children if n.type == "field_initializer_list"), None)
        for item in initialisers.named_children if initialisers is not None else []:
            given[node_text(item.named_children[0])] = item
        loc = self.location(node)
        statements: list[ir.Stmt] = []
        if info.name in given:  # a delegating constructor: the other one does everything
            args = self._arguments_of(given[info.name])
            delegate = self.choose_method(info.name, INIT, args, node)
            call = c.SuperCall(info.name, None, delegate.key, tuple(args), type=t.VOID, location=loc)
            return [ir.ExprStmt(call, location=loc)]
        if info.base is not None:
            args = self._arguments_of(given[info.base]) if info.base in given else []
            chosen = (
                self.choose_method(info.base, INIT, args, node)
                if self.class_info[info.base].methods.get(INIT) or args
                else None
            )
            call = c.SuperCall(
                info.base, None, chosen.key if chosen else None, tuple(args), type=t.VOID, location=loc
            )
            statements.append(ir.ExprStmt(call, location=loc))
        this = c.This(type=t.ClassType(info.name), location=loc)
        for f in info.fields.values():
            if f.static or f.name not in given:
                continue
            args = self._arguments_of(given[f.name])
            if isinstance(f.type, t.ClassType) and f.type.value:
                value = self.new_object(f.type, args, given[f.name])
            elif len(args) == 1:
                value = self.coerce(args[0], f.type)
            else:
                raise self.unsupported(given[f.name], f"initialiser of field '{f.name}'")
            target = c.FieldAccess(this, f.name, type=f.type, location=loc)
            statements.append(
                ir.ExprStmt(ir.AssignExpr(target, value, type=f.type, location=loc), location=loc)
            )
        unknown = set(given) - set(info.fields) - {info.base}
        if unknown:
            raise self.unsupported(node, f"initialiser of '{sorted(unknown)[0]}'")
        return statements

    def _arguments_of(self, item: tree_sitter.Node) -> list[ir.Expr]:
        arguments = item.named_children[1] if len(item.named_children) > 1 else None
        if arguments is None:
            return []
        if arguments.type == "initializer_list":
            return [self.expression(a) for a in arguments.named_children]
        return [self.expression(a) for a in arguments.named_children]

    # -- expressions ------------------------------------------------------------------------------------
    def lineage(self, name: str) -> list[ClassInfo]:
        found: list[ClassInfo] = []
        current: str | None = name
        while current is not None and current in self.class_info and len(found) < 64:
            found.append(self.class_info[current])
            current = self.class_info[current].base
        return found

    def refusal(self, where: tree_sitter.Node | ir.Node, what: str) -> UnsupportedConstruct:
        if isinstance(where, ir.Node):
            return UnsupportedConstruct(f"rules engine: unsupported C++ construct: {what}", where.location)
        return self.unsupported(where, what)

    def choose_method(
        self, owner: str, name: str, args: list[ir.Expr], node: tree_sitter.Node | ir.Node
    ) -> MethodInfo:
        for info in self.lineage(owner):
            if name == INIT and info.name != owner:
                break
            overloads = info.methods.get(name)
            if name == INIT and info.aggregate:
                key = c.method_key(info.name, INIT)
                fields = [f for f in info.fields.values() if not f.static]
                if len(args) > len(fields):
                    raise self.refusal(node, f"{info.name} built from {len(args)} values")
                return MethodInfo(
                    key,
                    INIT,
                    tuple(f.type for f in fields),
                    t.VOID,
                    False,
                    False,
                    False,
                    c.Visibility.PUBLIC,
                    c.Role.NONE,
                    info.node,
                    info.node,
                )
            if not overloads:
                continue
            fitting = [m for m in overloads if len(m.params) == len(args)]
            if len(fitting) == 1:
                return fitting[0]
            exact = [
                m
                for m in fitting
                if all(p == a.type or _same_class(p, a.type) for p, a in zip(m.params, args, strict=True))
            ]
            if len(exact) == 1:
                return exact[0]
            raise self.refusal(node, f"call of '{name}' with {len(args)} arguments (no single overload fits)")
        raise self.refusal(node, f"method '{name}' of {owner}")

    def new_object(
        self, type_: t.ClassType, args: list[ir.Expr], node: tree_sitter.Node | ir.Node
    ) -> ir.Expr:
        info = self.class_info[type_.name]
        if info.abstract:
            raise self.refusal(node, f"object of the abstract class {info.name}")
        method = self.choose_method(type_.name, INIT, args, node)
        converted = tuple(self.coerce(a, p) for a, p in zip(args, method.params, strict=False))
        location = node.location if isinstance(node, ir.Node) else self.location(node)
        return c.New(type_.name, converted, method.key, type=type_, location=location)

    def this(self, node: tree_sitter.Node) -> ir.Expr:
        if self.current_class is None or self.static_context:
            raise self.unsupported(node, "'this' outside a method")
        return c.This(type=t.ClassType(self.current_class, value=False), location=self.location(node))

    def field_of(self, owner: str, name: str) -> tuple[ClassInfo, FieldInfo] | None:
        for info in self.lineage(owner):
            if name in info.fields:
                return info, info.fields[name]
        return None

    def implicit_member(self, node: tree_sitter.Node, name: str) -> ir.Expr | None:
        if self.current_class is None:
            return None
        found = self.field_of(self.current_class, name)
        if found is None:
            return None
        info, f = found
        if f.static:
            return c.StaticField(info.name, name, type=f.type, location=self.location(node))
        return c.FieldAccess(self.this(node), name, type=f.type, location=self.location(node))

    def member_access(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``p.x``, ``p->x``, ``this->x``, ``P::x``; None for other field expressions."""
        argument = required(node, "argument")
        name = node_text(required(node, "field"))
        if argument.type == "this":
            obj = self.this(argument)
        else:
            if not self.class_info:
                return None
            obj = self.expression(argument)
        if not isinstance(obj.type, t.ClassType):
            return None
        found = self.field_of(obj.type.name, name)
        if found is None:
            raise self.unsupported(node, f"field '{name}' of {obj.type.name}")
        if found[1].static:
            return c.StaticField(found[0].name, name, type=found[1].type, location=self.location(node))
        return c.FieldAccess(obj, name, type=found[1].type, location=self.location(node))

    def static_member(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``P::x`` (a static field)."""
        owner, name = _qualified(node)
        if owner not in self.class_info or name is None:
            return None
        if name in self.class_info[owner].constants:  # `Move::ROCK`
            return c.StaticField(owner, name, type=t.ClassType(owner), location=self.location(node))
        found = self.field_of(owner, name)
        if found is None or not found[1].static:
            raise self.unsupported(node, f"'{owner}::{name}'")
        return c.StaticField(found[0].name, name, type=found[1].type, location=self.location(node))

    def method_invocation(self, node: tree_sitter.Node) -> ir.Expr | None:
        """A call of a method: ``p.m(...)``, ``p->m(...)``, ``m(...)`` in a method, ``P::m(...)``,
        or ``P(...)`` (a new object); None when ``node`` calls something else."""
        function = required(node, "function")
        args_nodes = required(node, "arguments").named_children
        loc = self.location(node)
        receiver: ir.Expr | None
        if function.type == "field_expression":
            argument = required(function, "argument")
            name = node_text(required(function, "field"))
            if argument.type != "this" and not self.class_info:
                return None
            receiver = self.this(argument) if argument.type == "this" else self.expression(argument)
            if not isinstance(receiver.type, t.ClassType):
                return None
            owner = receiver.type.name
        elif (
            function.type == "identifier"
            and node_text(function) in self.class_info
            and self.scopes.lookup(node_text(function)) is None
        ):
            args = [self.expression(a) for a in args_nodes]
            return self.new_object(t.ClassType(node_text(function)), args, node)
        elif (
            function.type == "identifier"
            and self.current_class is not None
            and self.scopes.lookup(node_text(function)) is None
        ):
            name = node_text(function)
            if not any(name in i.methods for i in self.lineage(self.current_class)):
                return None
            owner, receiver = self.current_class, None
        elif function.type == "qualified_identifier":
            owner_name, member = _qualified(function)
            if owner_name not in self.class_info or member is None:
                return None
            owner, name, receiver = owner_name, member, None
        else:
            return None
        args = [self.expression(a) for a in args_nodes]
        method = self.choose_method(owner, name, args, node)
        info = next(i for i in self.lineage(owner) if method in i.methods.get(method.name, []))
        if receiver is None and not method.static:
            if self.static_context or self.current_class is None:
                raise self.unsupported(node, f"method '{name}' without an object")
            receiver = c.This(type=t.ClassType(self.current_class, value=False), location=loc)
        if method.static:
            receiver = None
        converted = tuple(self.coerce(a, p) for a, p in zip(args, method.params, strict=True))
        return c.MethodCall(
            receiver, info.name, method.name, method.key, converted, type=method.result, location=loc
        )

    def operator_call(
        self, operator: str, left: ir.Expr, right: ir.Expr, node: tree_sitter.Node
    ) -> ir.Expr | None:
        """``a < b``, ``a == b`` (and ``>``, ``!=``...) on objects: their ``operator<``/``==``."""
        if not isinstance(left.type, t.ClassType) or not left.type.value:
            return None
        if self.class_info[left.type.name].kind is c.ClassKind.ENUM:
            if operator not in ("==", "!="):
                raise self.unsupported(node, f"operator {operator} on {left.type.name}")
            op = ir.BinaryOp.EQ if operator == "==" else ir.BinaryOp.NE
            return ir.Binary(op, left, right, type=t.BOOL, location=self.location(node))
        swapped = operator in (">", "<=")
        name = {
            "<": "lessThan",
            ">": "lessThan",
            "<=": "lessThan",
            ">=": "lessThan",
            "==": "equals",
            "!=": "equals",
        }.get(operator)
        if name is None:
            raise self.unsupported(node, f"operator {operator} on {left.type.name}")
        receiver, argument = (right, left) if swapped else (left, right)
        method = self.choose_method(left.type.name, name, [argument], node)
        info = next(i for i in self.lineage(left.type.name) if method in i.methods.get(method.name, []))
        call: ir.Expr = c.MethodCall(
            receiver, info.name, name, method.key, (argument,), type=t.BOOL, location=self.location(node)
        )
        if operator in ("<=", ">=", "!="):
            call = ir.Unary(ir.UnaryOp.NOT, call, type=t.BOOL, location=call.location)
        return call

    def pointer_variable(
        self,
        base: t.Type,
        name: str,
        value_node: tree_sitter.Node | None,
        node: tree_sitter.Node,
    ) -> ir.VarDecl | None:
        """``Node* p = ...;``: a reference to an object; None for other pointers."""
        if not isinstance(base, t.ClassType):
            return None
        type_ = t.ClassType(base.name, value=False)
        init = (
            self.coerce(self.expression(value_node), type_)
            if value_node is not None
            else ir.NullLiteral(type=type_)
        )
        self.scopes.declare(name, type_)
        return ir.VarDecl(name, type_, init, location=self.location(node))

    def new_expression(self, node: tree_sitter.Node) -> ir.Expr | None:
        type_node = node.child_by_field_name("type")
        if type_node is None or node_text(type_node) not in self.class_info:
            return None
        if node.child_by_field_name("declarator") is not None:
            raise self.unsupported(node, "array of objects made with new[]")
        arguments = node.child_by_field_name("arguments")
        args = [self.expression(a) for a in arguments.named_children] if arguments is not None else []
        created = self.new_object(t.ClassType(node_text(type_node)), args, node)
        return dataclasses.replace(created, type=t.ClassType(node_text(type_node), value=False))

    def coerce_object(self, expr: ir.Expr, to_type: t.Type) -> ir.Expr:
        """``{1, 2}`` where an object is expected: that object, built from the values."""
        if (
            isinstance(to_type, t.ClassType)
            and isinstance(expr, ir.ArrayLiteral)
            and to_type.name in self.class_info
        ):
            return self.new_object(t.ClassType(to_type.name), list(expr.elements), expr)
        return expr

    def is_object(self, node: tree_sitter.Node) -> bool:
        """Whether ``node`` names a pointer to an object (``delete p`` is then dropped)."""
        if node.type not in ("identifier", "field_expression") or not self.class_info:
            return False
        type_ = self.expression(node).type
        return isinstance(type_, t.ClassType) and not type_.value

    def expr_compound_literal_expression(self, node: tree_sitter.Node) -> ir.Expr:
        """``Point{1, 2}``: a new object of a class of the file."""
        type_ = self.type_of(node.child_by_field_name("type"), node)
        value = node.child_by_field_name("value")
        if not isinstance(type_, t.ClassType) or value is None:
            raise self.unsupported(node)
        return self.new_object(type_, [self.expression(v) for v in value.named_children], node)

    def expr_this(self, node: tree_sitter.Node) -> ir.Expr:
        return self.this(node)

    def expr_null(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.NullLiteral(location=self.location(node))


def check_copies(module: ir.Module) -> None:
    """Refuse where C++ copies an object of a class whose fields change after construction (the
    targets would share the object): initialised or assigned from another object, passed by
    value, stored into a container, returned from a field."""
    mutable = _mutable_classes(module)
    if not mutable:
        return
    for function in module.functions:
        for node in ir.walk(function.body):
            for value in _copied_values(node, module):
                kind = value.type
                changing = isinstance(kind, t.ClassType) and kind.value and kind.name in mutable
                copied_from = isinstance(value, (ir.Name, c.FieldAccess, ir.Index, c.StaticField))
                if changing and copied_from and isinstance(kind, t.ClassType):
                    raise UnsupportedConstruct(
                        f"rules engine: unsupported C++ construct: a copy of a {kind.name} (its fields change; "
                        "the targets would share the object)",
                        value.location,
                    )


def _mutable_classes(module: ir.Module) -> set[str]:
    constructors = {
        m.function for d in module.classes for m in d.methods if m.kind is c.MethodKind.CONSTRUCTOR
    }
    found: set[str] = set()
    for function in module.functions:
        for node in ir.walk(function.body):
            target = node.target if isinstance(node, (ir.AssignExpr, ir.IncDec)) else None
            while isinstance(target, ir.Index):
                target = target.base
            initialising = function.name in constructors and isinstance(getattr(target, "obj", None), c.This)
            if (
                isinstance(target, c.FieldAccess)
                and isinstance(target.obj.type, t.ClassType)
                and not initialising
            ):
                found.add(target.obj.type.name)
            if isinstance(node, ir.LibraryCall) and node.args and isinstance(node.args[0], c.FieldAccess):
                owner = node.args[0].obj.type
                if isinstance(owner, t.ClassType) and function.name not in constructors:
                    found.add(owner.name)  # a container field changed in place
    for declaration in module.classes:  # a subclass of a mutable class is mutable
        if declaration.name not in found and c.ancestors(module.classes, declaration) & found:
            found.add(declaration.name)
    return found


def _copied_values(node: ir.Node, module: ir.Module) -> list[ir.Expr]:
    if isinstance(node, ir.VarDecl) and node.init is not None:
        return [node.init]
    if isinstance(node, ir.AssignExpr) and node.op is None:
        return [node.value]
    if isinstance(node, (ir.Call, c.MethodCall, c.New)):
        params = _params_of(module, node.function)
        return [a for a, p in zip(node.args, params, strict=False) if not p.by_reference]
    if isinstance(node, (ir.LibraryCall, ir.ArrayLiteral)):
        return [
            a for a in (node.args if isinstance(node, ir.LibraryCall) else node.elements) if a is not None
        ]
    if isinstance(node, ir.Return) and node.value is not None:
        return [node.value] if not isinstance(node.value, ir.Name) else []
    return []


def _params_of(module: ir.Module, name: str | None) -> tuple[ir.Param, ...]:
    function = next((f for f in module.functions if f.name == name), None)
    return function.params if function is not None else ()


def _class_nodes(top: list[tree_sitter.Node]) -> list[tree_sitter.Node]:
    found = []
    for node in top:
        if (node.type in _SPECIFIERS and node.child_by_field_name("body") is not None) or (
            node.type == "enum_specifier" and _scoped(node)
        ):
            found.append(node)
        elif node.type == "declaration" and _declares_class(node):
            found.append(required(node, "type"))
    return found


def _declares_class(node: tree_sitter.Node) -> bool:
    type_node = node.child_by_field_name("type")
    return (
        type_node is not None
        and type_node.type in _SPECIFIERS
        and type_node.child_by_field_name("body") is not None
        and not node.children_by_field_name("declarator")
    )


def _qualified(node: tree_sitter.Node | None) -> tuple[str | None, str | None]:
    if node is None or node.type != "qualified_identifier":
        return None, None
    scope = node.child_by_field_name("scope")
    name = node.child_by_field_name("name")
    return (node_text(scope) if scope is not None else None), (
        node_text(name).replace(" ", "") if name is not None else None
    )


def _same_class(param: t.Type, arg: t.Type) -> bool:
    return isinstance(param, t.ClassType) and isinstance(arg, t.ClassType) and param.name == arg.name


def _zero(type_: t.Type) -> ir.Expr | None:
    if isinstance(type_, t.IntType):
        return ir.IntLiteral(0, type=type_)
    if isinstance(type_, t.FloatType):
        return ir.FloatLiteral(0.0, "0.0", type=type_)
    if isinstance(type_, t.BoolType):
        return ir.BoolLiteral(False, type=type_)
    if isinstance(type_, t.CharType):
        return ir.CharLiteral("\0", type=type_)
    if isinstance(type_, t.StringType):
        return ir.StringLiteral("", type=type_)
    if isinstance(type_, t.CONTAINER_TYPES):
        return ir.NewContainer(type=type_)
    return None


def _scoped(node: tree_sitter.Node) -> bool:
    """``enum class``/``enum struct`` (not an unscoped C enum), with its constants."""
    return node.child_by_field_name("body") is not None and any(
        c.type in ("class", "struct") for c in node.children
    )


def _constructor_declaration(member: tree_sitter.Node) -> bool:
    """``P(int x);`` or ``~P();`` in a class body: a declaration with no type, of a function."""
    declarator = member.child_by_field_name("declarator")
    return member.child_by_field_name("type") is None and declarator is not None and (
        declarator.type == "function_declarator"
    )


def _printer_of(node: tree_sitter.Node) -> str | None:
    """The class ``ostream& operator<<(ostream& os, const T& value)`` prints, or None."""
    if node.type != "function_definition":
        return None
    declarator = node.child_by_field_name("declarator")
    while declarator is not None and declarator.type in ("reference_declarator", "pointer_declarator"):
        declarator = declarator.named_children[-1]
    if declarator is None or declarator.type != "function_declarator":
        return None
    name = declarator.child_by_field_name("declarator")
    params = required(declarator, "parameters").named_children
    if name is None or node_text(name).replace(" ", "") != "operator<<" or len(params) != 2:
        return None
    if node_text(required(params[0], "type")).removeprefix("std::") != "ostream":
        return None
    type_node = params[1].child_by_field_name("type")
    return node_text(type_node) if type_node is not None else None


def _declared_name(param: tree_sitter.Node) -> str:
    """The name a parameter declares (``ostream& os``: ``os``), whatever its type."""
    declarator = param.child_by_field_name("declarator")
    while declarator is not None and declarator.type != "identifier":
        declarator = declarator.named_children[-1] if declarator.named_children else None
    return node_text(declarator) if declarator is not None else ""
