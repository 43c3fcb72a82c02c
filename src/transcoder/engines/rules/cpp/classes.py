"""C++ back end, classes: ``classes.ClassDecl`` as C++ classes.

Layout: every class is declared first (``class A;``), then defined with its fields and the
declarations of its methods (bases first), then the free functions are declared, then the methods
are defined (``double Circle::area() { ... }``) and the functions follow. So any body may use any
class or function, whatever order the source had.

Objects held by reference in the source (Java, Python: ``types.ClassType.value`` False) are
``shared_ptr<T>`` (``make_shared<T>(...)``, ``p->f``, ``nullptr``, ``==`` compares identity, as
in the source); a method that uses its object as a value (returns or stores ``this``) reads it
as ``shared_from_this()``, from a root class deriving ``enable_shared_from_this``. Methods
overridden in the module, abstract methods and interfaces' methods are ``virtual`` (abstract
ones ``= 0``), and a class with virtual methods has a virtual destructor. Static fields are
``inline static``. A constructor's first ``super(...)``/``this(...)`` is its initialiser list.
A field the constructors all assign first is not initialised twice.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, cast

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend

_ACCESS = {
    c.Visibility.PUBLIC: "public",
    c.Visibility.PACKAGE: "public",
    c.Visibility.PROTECTED: "protected",
    c.Visibility.PRIVATE: "private",
}


class ClassPrinting:
    """The mixin of ``CppBackend`` that prints classes and the expressions on objects."""

    ir_module: ir.Module
    current: ir.Function | None

    # -- the module's parts ---------------------------------------------------------------------
    def class_declarations(self) -> list[str]:
        """Forward declarations, then each class's definition (bases first)."""
        if not self.ir_module.classes:
            return []
        b = cast("CppBackend", self)
        ordered = c.bases_first(self.ir_module.classes)
        parts = ["\n".join(f"{_keyword(d)} {d.name};" for d in ordered if d.kind is not c.ClassKind.ENUM)]
        parts += [self.class_definition(b, d) for d in ordered]
        return parts

    def method_definitions(self) -> list[str]:
        b = cast("CppBackend", self)
        texts = []
        for declaration in c.bases_first(self.ir_module.classes):
            for method in declaration.methods:
                if not method.abstract:
                    texts.append(self.method_definition(b, declaration, method))
        return texts

    # -- definitions --------------------------------------------------------------------------------
    def class_definition(self, b: CppBackend, declaration: c.ClassDecl) -> str:
        if declaration.kind is c.ClassKind.ENUM:
            return self.enum_definition(b, declaration)
        bases = [f"public {name}" for name in (declaration.base, *declaration.interfaces) if name]
        if self.needs_shared_this(declaration):
            bases.append(f"public enable_shared_from_this<{declaration.name}>")
        header = f"{_keyword(declaration)} {declaration.name}"
        lines = [header + (" : " + ", ".join(bases) if bases else "") + " {"]
        sections: dict[str, list[str]] = {}
        for field in declaration.fields:
            sections.setdefault(_ACCESS[self.access(declaration, field.visibility, field.name)], []).append(
                self.field_declaration(b, declaration, field)
            )
        for method in declaration.methods:
            access = _ACCESS[self.access(declaration, method.visibility, method.name)]
            if method.kind is c.MethodKind.CONSTRUCTOR:
                access = "public"  # make_shared builds the object outside the class (widens nothing computed)
            sections.setdefault(access, []).append(self.method_declaration(b, declaration, method))
        if self.is_polymorphic(declaration) and declaration.base is None:
            sections.setdefault("public", []).append(f"virtual ~{declaration.name}() = default;")
        for access in ("public", "protected", "private"):
            if access in sections:
                lines.append(f"  {access}:")
                lines += ["    " + line for line in sections[access]]
        lines.append("};")
        return "\n".join(lines)

    def enum_definition(self, b: CppBackend, declaration: c.ClassDecl) -> str:
        """``enum class Color { RED, GREEN };`` and ``Color_name(c)``, the constants' names; a static
        method ``of`` of the enum is the free function ``Color_of`` (an enum class has no members),
        declared here and defined with the classes' methods."""
        if (refused := c.enum_members_refused(declaration)) is not None:
            raise _unsupported(declaration, refused)
        names = [k.name for k in declaration.constants]
        quoted = ", ".join(f'"{n}"' for n in names)
        declared = []
        for method in declaration.methods:
            if method.name == "name":
                raise _unsupported(method, f"static method 'name' of enum {declaration.name} (the C++ function "
                                   f"{declaration.name}_name prints a constant's name)")  # fmt: skip
            function = self.function_of(method)
            b.current = function
            params = ", ".join(b.param(p) for p in function.params)
            declared.append(f"\n\n{b.type_name(function.return_type)} {declaration.name}_{method.name}({params});")
        return (
            f"enum class {declaration.name} {{ {', '.join(names)} }};\n\n"
            f"string {declaration.name}_name({declaration.name} value) {{\n"
            f"    static const string names[] = {{{quoted}}};\n"
            f"    return names[(int) value];\n}}" + "".join(declared)
        )

    def field_declaration(self, b: CppBackend, declaration: c.ClassDecl, field: c.Field) -> str:
        b.scopes = [{}]
        type_text = b.type_name(field.type)
        if field.static:
            value = b.expr(field.init) if field.init is not None else b.zero(field.type)
            const = "const " if field.constant else ""
            return f"inline static {const}{type_text} {self.field_name(declaration, field.name)} = {value};"
        init = field.init if field.name not in c.assigned_first(self.ir_module, declaration) else None
        name = self.field_name(declaration, field.name)
        if init is None or (isinstance(init, ir.NullLiteral) and isinstance(field.type, t.ClassType)):
            return f"{type_text} {name}{self.zero_initialiser(b, field.type)};"
        if isinstance(init, ir.NullLiteral):
            if field.name not in _fields_used(self.ir_module):
                # A string or array field nothing in the file reads or stores (a Java class of data
                # for other files): null is optional's empty value, which C++ can hold.
                return f"optional<{type_text}> {name};"
            raise _unsupported(field, f"field '{field.name}' left null (a C++ {type_text} has no null)")
        return f"{type_text} {name} = {b.expr(b.top_value(init, field.type))};"

    def zero_initialiser(self, b: CppBackend, type_: t.Type) -> str:
        if isinstance(type_, t.IntType | t.FloatType | t.BoolType | t.CharType):
            return f" = {b.zero(type_)}"
        return ""

    def method_declaration(self, b: CppBackend, declaration: c.ClassDecl, method: c.Method) -> str:
        function = self.function_of(method)
        b.current = function
        params = ", ".join(b.param(p) for p in function.params)
        if method.kind is c.MethodKind.CONSTRUCTOR:
            return f"{declaration.name}({params});"
        prefix = "static " if method.kind is c.MethodKind.STATIC else ""
        if method.abstract or self.is_overridden(declaration, method):
            prefix = "virtual "
        suffix = " = 0" if method.abstract else ""
        return f"{prefix}{b.type_name(function.return_type)} {method.name}({params}){suffix};"

    def method_definition(self, b: CppBackend, declaration: c.ClassDecl, method: c.Method) -> str:
        function = self.function_of(method)
        body = function.body
        initialisers = ""
        if method.kind is c.MethodKind.CONSTRUCTOR:
            first = body.body[0] if body.body else None
            if (
                isinstance(first, ir.ExprStmt)
                and isinstance(first.expr, c.SuperCall)
                and first.expr.name is None
            ):
                b.scopes = [{p.name: p.name for p in function.params}]
                args = ", ".join(b.expr(a) for a in first.expr.args)
                initialisers = f" : {first.expr.owner}({args})"
                body = dataclasses.replace(body, body=body.body[1:])
            header = f"{declaration.name}::{declaration.name}({{params}}){initialisers}"
        elif declaration.kind is c.ClassKind.ENUM:
            header = f"{b.type_name(function.return_type)} {declaration.name}_{method.name}({{params}})"
        else:
            header = f"{b.type_name(function.return_type)} {declaration.name}::{method.name}({{params}})"
        printed = dataclasses.replace(function, body=body)
        self.current_class = declaration
        try:
            return b.function_text(printed, header)
        finally:
            self.current_class = None

    # -- questions ------------------------------------------------------------------------------------
    current_class: c.ClassDecl | None = None

    def field_name(self, declaration: c.ClassDecl | None, name: str) -> str:
        """A field's C++ name: ``name_`` where a method of its family has its name."""
        owner = c.field_owner(self.ir_module.classes, declaration, name) if declaration else None
        clash = owner is not None and c.field_hides_method(self.ir_module.classes, owner, name)
        return name + "_" if clash else name

    def function_of(self, method: c.Method) -> ir.Function:
        return next(f for f in self.ir_module.functions if f.name == method.function)

    def declaration_of(self, name: str) -> c.ClassDecl | None:
        return next((d for d in self.ir_module.classes if d.name == name), None)

    def is_overridden(self, declaration: c.ClassDecl, method: c.Method) -> bool:
        """Whether a class of the module derived from ``declaration`` defines ``method`` again,
        or ``declaration`` is an interface."""
        if method.kind is not c.MethodKind.INSTANCE:
            return False
        if declaration.kind is c.ClassKind.INTERFACE:
            return True
        arity = len(self.function_of(method).params)
        for other in self.ir_module.classes:
            if other is declaration or declaration.name not in c.ancestors(self.ir_module.classes, other):
                continue
            for candidate in other.methods:
                if candidate.name == method.name and len(self.function_of(candidate).params) == arity:
                    return True
        return False

    def is_polymorphic(self, declaration: c.ClassDecl) -> bool:
        return any(
            self.is_overridden(d, m)
            for d in [declaration, *self.ir_module.classes]
            if d is declaration or declaration.name in c.ancestors(self.ir_module.classes, d)
            for m in d.methods
        )

    def needs_shared_this(self, declaration: c.ClassDecl) -> bool:
        """Whether a root class (one that derives from none) must derive
        ``enable_shared_from_this``: a method of its family uses its object as a value."""
        if declaration.base is not None or declaration.interfaces:
            return False
        keys = {m.function for d in c.family(self.ir_module.classes, declaration) for m in d.methods}
        return any(c.uses_this_as_value(f) for f in self.ir_module.functions if f.name in keys)

    def access(self, declaration: c.ClassDecl, visibility: c.Visibility, name: str) -> c.Visibility:
        """``visibility``, unless the module uses the member from outside its class (Java lets a
        file's classes use each other's private members): then public."""
        if visibility is c.Visibility.PUBLIC or not c.used_outside(self.ir_module, declaration, name):
            return visibility
        return c.Visibility.PUBLIC

    # -- expressions ----------------------------------------------------------------------------------
    def class_type_name(self, type_: t.ClassType) -> str:
        declaration = self.declaration_of(type_.name)
        if type_.value or (declaration is not None and declaration.kind is c.ClassKind.ENUM):
            return type_.name  # an object held by value, or an enum constant
        return f"shared_ptr<{type_.name}>"

    def expr_This(self, expr: c.This) -> tuple[str, int]:
        declaration = self.current_class
        roots = [d for d in self.ir_module.classes if self.needs_shared_this(d)]
        root = next(
            (
                d
                for d in roots
                if declaration
                and (d is declaration or d.name in c.ancestors(self.ir_module.classes, declaration))
            ),
            None,
        )
        if declaration is None or root is None or root is declaration:
            return ("shared_from_this()", POSTFIX)
        return (f"static_pointer_cast<{declaration.name}>(shared_from_this())", POSTFIX)

    def expr_FieldAccess(self, expr: c.FieldAccess) -> tuple[str, int]:
        b = cast("CppBackend", self)
        owner = self.declaration_of(expr.obj.type.name) if isinstance(expr.obj.type, t.ClassType) else None
        name = self.field_name(owner, expr.name)
        if isinstance(expr.obj, c.This):
            return (self.own_member(b, name), POSTFIX)
        return (f"{b.expr(expr.obj, POSTFIX)}{_arrow(expr.obj)}{name}", POSTFIX)

    def own_member(self, b: CppBackend, name: str) -> str:
        """A member of the current object: ``name``, or ``this->name`` where a local hides it."""
        hidden = any(name in frame for frame in b.scopes)
        return f"this->{name}" if hidden else name

    def expr_StaticField(self, expr: c.StaticField) -> tuple[str, int]:
        return (f"{expr.owner}::{self.field_name(self.declaration_of(expr.owner), expr.name)}", POSTFIX)

    def expr_MethodCall(self, expr: c.MethodCall) -> tuple[str, int]:
        b = cast("CppBackend", self)
        declaration = self.declaration_of(expr.owner)
        if declaration is not None and declaration.kind is c.ClassKind.ENUM and expr.receiver is not None:
            if expr.name == "ordinal":
                return (f"(int) {b.expr(expr.receiver, 14)}", 14)
            return (f"{expr.owner}_name({b.expr(expr.receiver)})", POSTFIX)
        args = ", ".join(b.expr(a) for a in expr.args)
        if expr.receiver is None and declaration is not None and declaration.kind is c.ClassKind.ENUM:
            return (f"{expr.owner}_{expr.name}({args})", POSTFIX)  # see enum_definition
        if expr.receiver is None:
            return (f"{expr.owner}::{expr.name}({args})", POSTFIX)
        if isinstance(expr.receiver, c.This):
            return (f"{self.own_member(b, expr.name)}({args})", POSTFIX)
        return (f"{b.expr(expr.receiver, POSTFIX)}{_arrow(expr.receiver)}{expr.name}({args})", POSTFIX)

    def expr_New(self, expr: c.New) -> tuple[str, int]:
        b = cast("CppBackend", self)
        args = ", ".join(b.expr(a) for a in expr.args)
        if isinstance(expr.type, t.ClassType) and expr.type.value:
            return (f"{expr.owner}({args})", POSTFIX)
        return (f"make_shared<{expr.owner}>({args})", POSTFIX)

    def expr_SuperCall(self, expr: c.SuperCall) -> tuple[str, int]:
        b = cast("CppBackend", self)
        if expr.name is None:
            raise _unsupported(expr, "a constructor call other than first in a constructor")
        args = ", ".join(b.expr(a) for a in expr.args)
        return (f"{expr.owner}::{expr.name}({args})", POSTFIX)


def _keyword(declaration: c.ClassDecl) -> str:
    return "class"


def _arrow(obj: ir.Expr) -> str:
    return "." if isinstance(obj.type, t.ClassType) and obj.type.value else "->"


def _unsupported(node: ir.Node, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: cannot translate to C++: {what}", node.location)


def _fields_used(module: ir.Module) -> frozenset[str]:
    """The names of the fields some function of ``module`` reads or stores (``obj.name``), of any
    class: a field left null that is not among them is never dereferenced in the translation."""
    return frozenset(
        node.name
        for function in module.functions
        for node in ir.walk(function.body)
        if isinstance(node, c.FieldAccess)
    )
