"""Java front end, classes: class, interface and enum declarations into ``classes.ClassDecl``.

The file's main class (the public class, else the one declaring ``main``, else the only class)
keeps the shape the engine has always read: when it has only static members and nothing
extends, implements or instantiates it, its methods are the module's functions and its fields
the module's globals. Every other class, interface and enum (nested ones included) is a
``ClassDecl``; its methods' bodies are functions keyed ``Class.method`` (see ``classes.py``).

Names resolve as Java resolves them: a local, else a field of the class or of its bases (a
static field of the classes that enclose it), else a global. Calls resolve to a method of the
receiver's class or of its bases, overloads chosen by the number of arguments and then by their
types. A type the file does not declare, a generic class, an inner class that reads its outer
object, ``instanceof`` and casts between classes are refused with their line and column.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import tree_sitter

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import assigned_identifiers
from transcoder.engines.rules.cfamily.program import printed_text
from transcoder.engines.rules.classes import INIT
from transcoder.engines.rules.java.frontend.base import JavaFrontEndBase
from transcoder.engines.rules.java.frontend.user_exceptions import renamed_exception
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text, required

_TYPE_DECLARATIONS = ("class_declaration", "interface_declaration", "enum_declaration")
_VISIBILITY = {
    "public": c.Visibility.PUBLIC,
    "protected": c.Visibility.PROTECTED,
    "private": c.Visibility.PRIVATE,
}
_ROLES = {
    ("toString", 0): c.Role.TO_STRING,
    ("equals", 1): c.Role.EQUALS,
    ("hashCode", 0): c.Role.HASH,
    ("compareTo", 1): c.Role.COMPARE,
}
_OTHER_MEMBERS = (
    *_TYPE_DECLARATIONS,
    "enum_constant",
    "enum_body_declarations",
    "line_comment",
    "block_comment",
    ";",
)


@dataclass
class MethodInfo:
    """What a call needs to know of a method before its body is read."""

    key: str
    name: str
    params: tuple[t.Type, ...]
    result: t.Type
    static: bool
    abstract: bool
    node: tree_sitter.Node
    visibility: c.Visibility


@dataclass
class FieldInfo:
    name: str
    type: t.Type
    static: bool
    constant: bool
    node: tree_sitter.Node
    visibility: c.Visibility


@dataclass
class ClassInfo:
    """A class of the file, as the first pass reads it."""

    name: str
    node: tree_sitter.Node
    kind: c.ClassKind
    outer: str | None
    static: bool  # a top-level or static nested class (no outer object)
    abstract: bool
    base: str | None = None
    interfaces: tuple[str, ...] = ()
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    methods: dict[str, list[MethodInfo]] = field(default_factory=dict)
    constants: list[str] = field(default_factory=list)


def _modifiers(node: tree_sitter.Node) -> list[str]:
    found = next((child for child in node.named_children if child.type == "modifiers"), None)
    return node_text(found).split() if found is not None else []


def _visibility(words: list[str], default: c.Visibility = c.Visibility.PACKAGE) -> c.Visibility:
    return next((_VISIBILITY[w] for w in words if w in _VISIBILITY), default)


class Classes(JavaFrontEndBase):
    """The mixin of ``JavaFrontEnd`` that reads classes."""

    class_info: dict[str, ClassInfo]
    exception_bases: dict[str, str]  # a class renaming a standard exception -> that exception's name
    flattened: str | None  # the main class whose static members are the module's
    current_class: str | None  # the class whose member is being read
    static_context: bool  # reading a static member (no `this`)

    # -- first pass: names, fields, signatures -------------------------------------------------
    def collect_classes(self, root: tree_sitter.Node) -> None:
        """Find every class of the file, then read their fields' types and methods' signatures."""
        self.class_info, self.flattened, self.current_class, self.static_context = {}, None, None, False
        self.exception_bases: dict[str, str] = {}
        self._find_classes(root, None)
        renaming = True
        while renaming:  # classes renaming a standard exception, or one of these (user_exceptions.py)
            renaming = False
            for info in list(self.class_info.values()):
                if (base := renamed_exception(info.node, self.exception_bases)) is not None:
                    self.exception_bases[info.name] = base
                    del self.class_info[info.name]
                    renaming = True
        for info in self.class_info.values():
            self._read_members(info)
        self.flattened = self._flattened(root)

    def _find_classes(self, parent: tree_sitter.Node, outer: str | None) -> None:
        for node in parent.named_children:
            if node.type not in _TYPE_DECLARATIONS:
                continue
            name = node_text(required(node, "name"))
            if name in self.class_info:
                raise self.unsupported(node, f"two classes named '{name}'")
            if node.child_by_field_name("type_parameters") is not None:
                raise self.unsupported(node, f"generic class '{name}'")
            words = _modifiers(node)
            kind = {"interface_declaration": c.ClassKind.INTERFACE, "enum_declaration": c.ClassKind.ENUM}.get(
                node.type, c.ClassKind.CLASS
            )
            static = outer is None or "static" in words or kind is not c.ClassKind.CLASS
            info = ClassInfo(
                name, node, kind, outer, static, "abstract" in words or kind is c.ClassKind.INTERFACE
            )
            self.class_info[name] = info
            body = node.child_by_field_name("body")
            if body is not None:
                self._find_classes(body, name)
                declarations = next(
                    (n for n in body.named_children if n.type == "enum_body_declarations"), None
                )
                if declarations is not None:
                    self._find_classes(declarations, name)

    def _read_members(self, info: ClassInfo) -> None:
        node = info.node
        superclass = node.child_by_field_name("superclass")
        if superclass is not None:
            info.base = self._declared_class(superclass.named_children[0])
        for child in node.named_children:
            if child.type in ("super_interfaces", "extends_interfaces"):
                names = child.named_children[0].named_children if child.named_children else []
                info.interfaces = tuple(
                    self._declared_class(n) for n in names if not _comparable(n, info.name)
                )
        body = node.child_by_field_name("body")
        members = list(body.named_children) if body is not None else []
        for member in list(members):
            if member.type == "enum_body_declarations":
                members.extend(member.named_children)
            if member.type == "enum_constant":
                info.constants.append(node_text(required(member, "name")))
        for member in members:
            words = _modifiers(member)
            static = "static" in words or (
                info.kind is c.ClassKind.INTERFACE and member.type != "method_declaration"
            )
            if member.type in ("field_declaration", "constant_declaration"):
                for declarator in member.children_by_field_name("declarator"):
                    name = node_text(required(declarator, "name"))
                    type_ = self.type_of(member.child_by_field_name("type"), member)
                    dims = declarator.child_by_field_name("dimensions")
                    for _ in range(node_text(dims).count("[") if dims is not None else 0):
                        type_ = t.ArrayType(type_)
                    constant = "final" in words or info.kind is c.ClassKind.INTERFACE
                    info.fields[name] = FieldInfo(
                        name, type_, static, constant, declarator, _visibility(words)
                    )
            elif member.type in ("method_declaration", "constructor_declaration"):
                constructor = member.type == "constructor_declaration"
                name = INIT if constructor else node_text(required(member, "name"))
                overloads = info.methods.setdefault(name, [])
                key = c.method_key(info.name, name, len(overloads) + 1)
                params = tuple(self.declared_type(p) for p in required(member, "parameters").named_children)
                result = t.VOID if constructor else self.type_of(member.child_by_field_name("type"), member)
                abstract = member.child_by_field_name("body") is None
                default = c.Visibility.PUBLIC if info.kind is c.ClassKind.INTERFACE else c.Visibility.PACKAGE
                overloads.append(
                    MethodInfo(
                        key, name, params, result, static, abstract, member, _visibility(words, default)
                    )
                )
            elif member.type not in _OTHER_MEMBERS:
                raise self.unsupported(member)

    def _declared_class(self, node: tree_sitter.Node) -> str:
        name = node_text(node)
        if name not in self.class_info:
            raise self.unsupported(node, f"type '{name}' (not declared in this file)")
        return name

    def _flattened(self, root: tree_sitter.Node) -> str | None:
        """The main class, when its static members can be the module's (see the module docstring)."""
        top = [info for info in self.class_info.values() if info.outer is None]
        public = [i for i in top if "public" in _modifiers(i.node)]
        with_main = [i for i in top if "main" in i.methods]
        candidates = public or with_main or top
        main = candidates[0] if candidates else None
        if main is None or main.kind is not c.ClassKind.CLASS or main.base or main.interfaces:
            return None
        members_static = all(f.static for f in main.fields.values()) and all(
            m.static for overloads in main.methods.values() for m in overloads
        )
        if not members_static or INIT in main.methods:
            return None
        # `n.parent` walks down from the root (tree-sitter nodes keep no parent link): asked last,
        # of the few nodes that name the class, it keeps this linear in deeply nested input
        used = any(
            n.type == "type_identifier"
            and node_text(n) == main.name
            and n.parent is not None
            and n.parent.type != "class_declaration"
            for n in _descendants(root)
        )
        return None if used else main.name

    # -- types --------------------------------------------------------------------------------
    def known_class(self, name: str) -> t.Type | None:
        """The type of the file's class ``name``, or None."""
        if name in getattr(self, "class_info", {}) and name != self.flattened:
            return t.ClassType(name)
        return None

    def is_flattened_member(self, node: tree_sitter.Node) -> bool:
        """Whether a member node belongs to the flattened main class (or to no class)."""
        parent = node.parent
        while parent is not None and parent.type not in _TYPE_DECLARATIONS:
            parent = parent.parent
        return parent is None or node_text(required(parent, "name")) == self.flattened

    # -- second pass: the declarations ----------------------------------------------------------
    def build_classes(self) -> tuple[list[c.ClassDecl], list[ir.Function]]:
        """Every class but the flattened one, outer before nested, and their methods' functions."""
        declarations: list[c.ClassDecl] = []
        functions: list[ir.Function] = []
        for info in self.class_info.values():
            if info.name == self.flattened:
                continue
            declaration, bodies = self._build_class(info)
            declarations.append(declaration)
            functions.extend(bodies)
        self.current_class, self.static_context = None, False
        return declarations, functions

    def _build_class(self, info: ClassInfo) -> tuple[c.ClassDecl, list[ir.Function]]:
        self.current_class = info.name
        fields = []
        for field_info in info.fields.values():
            self.static_context = field_info.static
            value_node = field_info.node.child_by_field_name("value")
            init = _default(field_info.type)  # Java's: zero, false, '\0' or null
            if value_node is not None:
                if value_node.type == "array_initializer":
                    init = self.array_initializer(value_node, field_info.type)
                else:
                    init = self.coerce(self.expression(value_node, expected=field_info.type), field_info.type)
            fields.append(
                c.Field(
                    field_info.name, field_info.type, init, field_info.static, field_info.constant,
                    field_info.visibility, location=self.location(field_info.node),
                )
            )  # fmt: skip
        methods, functions = [], []
        for overloads in info.methods.values():
            for method in overloads:
                self.static_context = method.static
                functions.append(self.method_function(info, method))
                kind = c.MethodKind.of(method.name, method.static)
                role = (
                    _ROLES.get((method.name, len(method.params)), c.Role.NONE)
                    if not method.static
                    else c.Role.NONE
                )
                methods.append(
                    c.Method(
                        info.name if method.name == INIT else method.name, method.key, kind, method.visibility,
                        method.abstract, role=role, location=self.location(method.node),
                    )
                )  # fmt: skip
        constants = tuple(c.EnumConstant(name, location=self.location(info.node)) for name in info.constants)
        for constant in required(info.node, "body").named_children:
            if constant.type == "enum_constant" and (
                constant.child_by_field_name("arguments") is not None or constant.child_by_field_name("body")
            ):
                raise self.unsupported(constant, "enum constant with arguments or a body")
        declaration = c.ClassDecl(
            info.name, tuple(fields), tuple(methods), info.kind, info.base, info.interfaces, info.abstract,
            info.outer, constants, location=self.location(info.node),
        )  # fmt: skip
        return declaration, functions

    def lift_main(
        self, classes: list[c.ClassDecl], methods: list[ir.Function], functions: list[ir.Function]
    ) -> tuple[list[c.ClassDecl], list[ir.Function], ir.Function | None]:
        """``public static void main(String[] args)`` of a class with instances (``java Counter``
        runs it) as the module's entry function: taken out of its class, its body unchanged (its
        uses of the class's members are already qualified; C++ makes public what is used outside
        its class). Left in its class (no entry, as before) where another method calls it, where
        several top-level classes declare one and none is public, where the module has a function
        named main already, or where it is not that main."""
        top = [i for i in self.class_info.values() if i.outer is None and i.kind is c.ClassKind.CLASS]
        holders = [i for i in top if any(_is_main(m) for m in i.methods.get("main", []))]
        public = [i for i in holders if "public" in _modifiers(i.node)]
        chosen = public if public else holders
        if len(chosen) != 1 or len(chosen[0].methods["main"]) != 1 or any(f.name == "main" for f in functions):
            return classes, methods, None
        key = chosen[0].methods["main"][0].key
        called = any(
            isinstance(node, c.MethodCall) and node.function == key
            for function in methods
            for node in ir.walk(function.body)
        )
        if called:
            return classes, methods, None
        lifted = next(f for f in methods if f.name == key)
        kept = [f for f in methods if f.name != key]
        declarations = [
            dataclasses.replace(d, methods=tuple(m for m in d.methods if m.function != key)) for d in classes
        ]
        return declarations, kept, with_key(lifted, "main")

    def method_function(self, info: ClassInfo, method: MethodInfo) -> ir.Function:
        """The function holding a method's (or constructor's) parameters and body."""
        node = method.node
        self.function_name = method.key
        self.return_type = method.result
        self.scopes.push()
        self.current_params = {}
        body_node = node.child_by_field_name("body")
        self.assigned_in_body = assigned_identifiers(body_node, "java") if body_node is not None else set()
        params = []
        for param, type_ in zip(required(node, "parameters").named_children, method.params, strict=True):
            if param.type != "formal_parameter":
                raise self.unsupported(param)
            name = node_text(required(param, "name"))
            self.scopes.declare(name, type_)
            self.current_params[name] = type_
            shared = isinstance(type_, (*t.CONTAINER_TYPES, t.ClassType))
            params.append(ir.Param(name, type_, by_reference=shared, location=self.location(param)))
        body = self.block(body_node) if body_node is not None else ir.Block(())
        self.scopes.pop()
        self.function_name = None
        return ir.Function(method.key, tuple(params), method.result, body, location=self.location(node))

    # -- expressions ----------------------------------------------------------------------------
    def class_of(self, name: str) -> ClassInfo | None:
        info = self.class_info.get(name) if hasattr(self, "class_info") else None
        return info if info is not None and name != self.flattened else None

    def _lineage(self, name: str) -> list[ClassInfo]:
        """The class and its bases, then its interfaces (for abstract methods), nearest first."""
        found: list[ClassInfo] = []
        pending = [name]
        while pending:
            info = self.class_info.get(pending.pop(0))
            if info is None or info in found:
                continue
            found.append(info)
            pending.extend(([info.base] if info.base else []) + list(info.interfaces))
        return found

    def field_of(self, owner: str, name: str) -> tuple[ClassInfo, FieldInfo] | None:
        for info in self._lineage(owner):
            if name in info.fields:
                return info, info.fields[name]
        return None

    def this(self, node: tree_sitter.Node) -> ir.Expr:
        if self.current_class is None or self.static_context:
            raise self.unsupported(node, "'this' outside an instance method")
        return c.This(type=t.ClassType(self.current_class), location=self.location(node))

    def implicit_member(self, node: tree_sitter.Node, name: str) -> ir.Expr | None:
        """A bare name that is a field of the current class (or a static field of an enclosing
        class), or an enum constant in a ``case`` label; None when it is none."""
        owner = self.current_class
        while owner is not None:
            found = self.field_of(owner, name)
            if found is not None:
                info, field_info = found
                if field_info.static:
                    return c.StaticField(info.name, name, type=field_info.type, location=self.location(node))
                if owner != self.current_class or self.static_context:
                    raise self.unsupported(node, f"field '{name}' of another object than this")
                return c.FieldAccess(
                    self.this(node), name, type=field_info.type, location=self.location(node)
                )
            owner = self.class_info[owner].outer
        enums = [i for i in self.class_info.values() if i.kind is c.ClassKind.ENUM and name in i.constants]
        if len(enums) == 1:  # `case RED:` in a switch on an enum
            return c.StaticField(
                enums[0].name, name, type=t.ClassType(enums[0].name), location=self.location(node)
            )
        return None

    def member_access(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``this.x``, ``obj.x``, ``Class.X`` (a static field or an enum constant); None when
        ``node`` is no access to a member of the file's classes."""
        obj = required(node, "object")
        name = node_text(required(node, "field"))
        loc = self.location(node)
        owner_name = node_text(obj)
        if (
            obj.type == "identifier"
            and self.scopes.lookup(owner_name) is None
            and owner_name in self.class_info
        ):
            if owner_name == self.flattened:
                return ir.Name(name, type=self.scopes.lookup(name) or t.UNKNOWN, location=loc)
            info = self.class_info[owner_name]
            if name in info.constants:
                return c.StaticField(owner_name, name, type=t.ClassType(owner_name), location=loc)
            found = self.field_of(owner_name, name)
            if found is None or not found[1].static:
                raise self.unsupported(node, f"static field '{owner_name}.{name}'")
            return c.StaticField(found[0].name, name, type=found[1].type, location=loc)
        receiver = self.this(obj) if obj.type == "this" else None
        if receiver is None:
            if obj.type == "super":
                raise self.unsupported(node, "field access through super")
            receiver = self.expression(obj)
        if not isinstance(receiver.type, t.ClassType):
            return None
        found = self.field_of(receiver.type.name, name)
        if found is None:
            raise self.unsupported(node, f"field '{name}' of {receiver.type.name}")
        if found[1].static:
            return c.StaticField(found[0].name, name, type=found[1].type, location=loc)
        return c.FieldAccess(receiver, name, type=found[1].type, location=loc)

    def choose(
        self, owner: str, name: str, args: list[ir.Expr], node: tree_sitter.Node
    ) -> tuple[ClassInfo, MethodInfo] | None:
        """The method ``name`` of ``owner`` (or of its bases) that a call with ``args`` runs."""
        lineage = self._lineage(owner)
        for index, info in enumerate(lineage):
            overloads = [m for m in info.methods.get(name, []) if len(m.params) == len(args)]
            if not overloads:
                continue
            if len(overloads) == 1:
                chosen = overloads[0]
            else:
                exact = [m for m in overloads if all(p == a.type for p, a in zip(m.params, args, strict=True))]
                if len(exact) != 1:
                    raise self.unsupported(node, f"call of the overloaded method '{name}' (cannot tell which)")
                chosen = exact[0]
            self._overloaded_across_classes(info, chosen, lineage[index + 1 :], node)
            return info, chosen
        return None

    def _overloaded_across_classes(
        self, info: ClassInfo, chosen: MethodInfo, farther: list[ClassInfo], node: tree_sitter.Node
    ) -> None:
        """Refuse a call of ``info``'s ``chosen`` where another class declares that name with other
        parameters (not an override): Java chooses among all of a hierarchy's overloads, but a C++
        method hides its bases' of the same name and a Python object has one attribute per name, so
        a subclass's ``static void commit(long)`` would take the call of an inherited ``commit()``.
        Likewise a base's overload of the same arity beyond the class chosen (Java takes the most
        specific one; the choice above stops at the nearest class)."""
        if chosen.name == "<init>":
            return  # constructors are not inherited
        subclasses = [i for i in self.class_info.values() if i is not info and info in self._lineage(i.name)]
        for other in subclasses + farther:
            for method in other.methods.get(chosen.name, []):
                overrides = method.params == chosen.params and method.static == chosen.static
                if other in farther and (overrides or len(method.params) != len(chosen.params)):
                    continue
                if not overrides:
                    raise self.unsupported(
                        node,
                        f"call of '{chosen.name}' of {info.name}, which {other.name} also declares with "
                        f"other parameters (an overload across classes: C++ hides one, Python keeps one)",
                    )

    def method_invocation(self, node: tree_sitter.Node) -> ir.Expr | None:
        """A call of a method of the file's classes; None when ``node`` calls something else."""
        obj = node.child_by_field_name("object")
        name = node_text(required(node, "name"))
        args_nodes = required(node, "arguments").named_children
        loc = self.location(node)
        receiver: ir.Expr | None
        if obj is None:
            owner = self.current_class
            while owner is not None:
                if any(name in i.methods for i in self._lineage(owner)):
                    break
                owner = self.class_info[owner].outer
            if owner is None:
                return None
            receiver = None
        elif obj.type == "super":
            base = self.class_info[self.current_class].base if self.current_class else None
            if base is None:
                raise self.unsupported(node, "super call without a base class of this file")
            args = [self.expression(a) for a in args_nodes]
            chosen = self.choose(base, name, args, node)
            if chosen is None:
                raise self.unsupported(node, f"super.{name}")
            return c.SuperCall(
                base,
                name,
                chosen[1].key,
                self._arguments(chosen[1], args),
                type=chosen[1].result,
                location=loc,
            )
        elif (
            obj.type == "identifier"
            and self.scopes.lookup(node_text(obj)) is None
            and node_text(obj) in self.class_info
        ):
            owner = node_text(obj)
            if owner == self.flattened:
                return None
            receiver = None
        elif node_text(obj) == "System" and name == "exit" and len(args_nodes) == 1:
            status = self.coerce(self.expression(args_nodes[0]), t.INT)
            return ir.LibraryCall(ir.LibOp.EXIT, (status,), type=t.VOID, location=loc)
        elif obj.type == "identifier" and self.scopes.lookup(node_text(obj)) is None:
            return None  # a library class (Math, Arrays, ...)
        else:
            owned = any(name in i.methods for i in self.class_info.values() if i.name != self.flattened)
            enum_method = name in ("name", "ordinal") and not args_nodes
            if not owned and not enum_method:
                return None  # no class of the file has such a method: a library call
            receiver = self.this(obj) if obj.type == "this" else self.expression(obj)
            if not isinstance(receiver.type, t.ClassType):
                return None
            owner = receiver.type.name
        args = [self.expression(a) for a in args_nodes]
        chosen = self.choose(owner, name, args, node)
        if chosen is None:
            if receiver is not None and (name, len(args)) in (("name", 0), ("ordinal", 0)):
                return self.enum_method(receiver, name, node)
            raise self.unsupported(node, f"method '{name}' of {owner}")
        info, method = chosen
        if receiver is None and not method.static:
            if self.static_context or (
                owner != self.current_class
                and owner not in {i.name for i in self._lineage(self.current_class or "")}
            ):
                raise self.unsupported(node, f"instance method '{name}' without an object")
            receiver = c.This(type=t.ClassType(self.current_class or owner), location=loc)
        if method.static:
            receiver = None
        return c.MethodCall(
            receiver,
            info.name,
            name,
            method.key,
            self._arguments(method, args),
            type=method.result,
            location=loc,
        )

    def _arguments(self, method: MethodInfo, args: list[ir.Expr]) -> tuple[ir.Expr, ...]:
        return tuple(self.coerce(a, p) for a, p in zip(args, method.params, strict=True))

    def enum_method(self, receiver: ir.Expr, name: str, node: tree_sitter.Node | None) -> ir.Expr:
        """``c.name()`` and ``c.ordinal()`` of an enum constant: methods every enum has, keyed
        ``Enum.name`` / ``Enum.ordinal`` with no function of their own (``classes.enum_method``)."""
        assert isinstance(receiver.type, t.ClassType)
        info = self.class_info.get(receiver.type.name)
        if info is None or info.kind is not c.ClassKind.ENUM:
            if node is None:
                raise UnsupportedConstruct(
                    f"rules engine: unsupported Java construct: {name}() of {receiver.type.name}",
                    receiver.location,
                )
            raise self.unsupported(node, f"method '{name}' of {receiver.type.name}")
        type_ = t.STRING if name == "name" else t.INT
        return c.MethodCall(
            receiver,
            info.name,
            name,
            c.method_key(info.name, name),
            (),
            type=type_,
            location=receiver.location,
        )

    def new_instance(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``new C(args)`` of a class of the file; None for another type."""
        type_node = required(node, "type")
        name = node_text(type_node)
        info = self.class_of(name)
        if info is None:
            return None
        if any(child.type == "class_body" for child in node.named_children):
            raise self.unsupported(node, f"anonymous subclass of {name}")
        if info.abstract:
            raise self.unsupported(node, f"new of the abstract class {name}")
        if not info.static and self.current_class != info.outer:
            raise self.unsupported(node, f"inner class {name} created outside its outer class")
        args = [self.expression(a) for a in required(node, "arguments").named_children]
        loc = self.location(node)
        constructors = info.methods.get(INIT, [])
        if not constructors:
            if args:
                raise self.unsupported(node, f"constructor of {name} with arguments")
            return c.New(name, (), None, type=t.ClassType(name), location=loc)
        chosen = self.choose(name, INIT, args, node)
        if chosen is None or chosen[0].name != name:
            raise self.unsupported(node, f"constructor of {name} with {len(args)} arguments")
        method = chosen[1]
        return c.New(name, self._arguments(method, args), method.key, type=t.ClassType(name), location=loc)

    def constructor_call(self, node: tree_sitter.Node) -> ir.Stmt:
        """``super(args);`` or ``this(args);`` first in a constructor."""
        which = required(node, "constructor")
        assert self.current_class is not None
        owner = self.current_class if node_text(which) == "this" else self.class_info[self.current_class].base
        if owner is None:
            raise self.unsupported(node, "super() of a class that extends none of this file")
        args = [self.expression(a) for a in required(node, "arguments").named_children]
        chosen = self.choose(owner, INIT, args, node) if self.class_info[owner].methods.get(INIT) else None
        if chosen is None and args:
            raise self.unsupported(node, f"constructor of {owner} with {len(args)} arguments")
        key = chosen[1].key if chosen is not None else None
        args_ir = self._arguments(chosen[1], args) if chosen is not None else ()
        call = c.SuperCall(owner, None, key, args_ir, type=t.VOID, location=self.location(node))
        return ir.ExprStmt(call, location=self.location(node))

    def printed_text(self, value: ir.Expr) -> ir.Expr | None:
        """The text Java prints for a value: an object's ``toString()``, a float or bool as
        ``cfamily.program`` says."""
        return self.object_text(value, None) or printed_text(self.language, value)

    def object_text(self, value: ir.Expr, node: tree_sitter.Node | None) -> ir.Expr | None:
        """An object printed or concatenated: its ``toString()``; None for other values."""
        if not isinstance(value.type, t.ClassType):
            return None
        chosen = self.choose(value.type.name, "toString", [], node) if node is not None else None
        if chosen is None:
            for info in self._lineage(value.type.name):
                chosen = (info, info.methods["toString"][0]) if "toString" in info.methods else None
                if chosen:
                    break
        if chosen is None:
            owner = self.class_info.get(value.type.name)
            if owner is not None and owner.kind is c.ClassKind.ENUM:
                return self.enum_method(value, "name", node)  # an enum constant prints its name
            return None
        return c.MethodCall(
            value, chosen[0].name, "toString", chosen[1].key, (), type=t.STRING, location=value.location
        )


def _comparable(node: tree_sitter.Node, own: str) -> bool:
    """``Comparable<Own>``: the natural order the class's ``compareTo`` defines (a role)."""
    return node_text(node).replace(" ", "") == f"Comparable<{own}>"


def _descendants(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.children)
    return found


def _is_main(method: MethodInfo) -> bool:
    return method.static and method.result == t.VOID and method.params == (t.ArrayType(t.STRING),)


def with_key(function: ir.Function, key: str) -> ir.Function:
    return dataclasses.replace(function, name=key)


def _default(type_: t.Type) -> ir.Expr:
    """The value of a Java field that its declaration does not initialise."""
    if isinstance(type_, t.IntType):
        return ir.IntLiteral(0, type=type_)
    if isinstance(type_, t.FloatType):
        return ir.FloatLiteral(0.0, "0.0", type=type_)
    if isinstance(type_, t.BoolType):
        return ir.BoolLiteral(False, type=type_)
    if isinstance(type_, t.CharType):
        return ir.CharLiteral("\0", type=type_)
    return ir.NullLiteral(type=type_)
