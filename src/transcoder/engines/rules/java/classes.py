"""Java back end, classes: ``classes.ClassDecl`` as static nested classes of the file's class.

Objects are references, as in the source (a C++ object held by value is one that nothing else
shares: ``cpp/frontend/classes.py`` refuses the copies C++ would make of a changing one). Fields
keep their initial values, constructors call ``super(...)``/``this(...)`` first, methods keep
their visibility (Java lets the classes of one file use each other's private members, as C++
friends of the file would); methods that implement an interface's are ``public``. A constructor
with default arguments (a C++ struct's aggregate one) is called with them written out. A class
with ``operator<`` (``lessThan``) or ``compareTo`` is ``Comparable``, so that ``Collections.sort``
and ``TreeSet`` order its objects as the source's ``<`` does.
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
    from transcoder.engines.rules.java.backend import JavaBackend

_MODIFIER = {
    c.Visibility.PUBLIC: "public ",
    c.Visibility.PROTECTED: "protected ",
    c.Visibility.PRIVATE: "private ",
    c.Visibility.PACKAGE: "",
}


class ClassPrinting:
    """The mixin of ``JavaBackend`` that prints classes and the expressions on objects."""

    ir_module: ir.Module
    current_class: c.ClassDecl | None = None

    def class_texts(self) -> list[str]:
        b = cast("JavaBackend", self)
        return [self.class_text(b, d) for d in c.bases_first(self.ir_module.classes)]

    def class_text(self, b: JavaBackend, declaration: c.ClassDecl) -> str:
        if declaration.kind is c.ClassKind.ENUM:
            if declaration.fields or declaration.methods:
                raise _unsupported(declaration, f"enum {declaration.name} with fields or methods")
            return f"enum {declaration.name} {{\n    {', '.join(k.name for k in declaration.constants)}\n}}"
        interface = declaration.kind is c.ClassKind.INTERFACE
        keyword = (
            "interface"
            if interface
            else ("abstract static class" if declaration.abstract else "static class")
        )
        header = f"{keyword} {declaration.name}"
        if declaration.base:
            header += f" extends {declaration.base}"
        implemented = list(declaration.interfaces)
        if self.comparable(declaration) and not any(
            self.comparable(d)
            for d in self.ir_module.classes
            if d.name in c.ancestors(self.ir_module.classes, declaration)
        ):
            implemented.append(f"Comparable<{declaration.name}>")
        if implemented:
            header += (" extends " if interface else " implements ") + ", ".join(implemented)
        blocks: list[str] = []
        fields = [self.field_text(b, declaration, f) for f in declaration.fields]
        if fields:
            blocks.append("\n".join(fields))
        self.current_class = declaration
        try:
            for method in declaration.methods:
                blocks.append(self.method_text(b, declaration, method))
            if self.comparable(declaration) and not any(
                m.role is c.Role.COMPARE for m in declaration.methods
            ):
                name = declaration.name
                blocks.append(
                    f"public int compareTo({name} other) {{\n    return lessThan(other) ? -1 : other.lessThan(this) ? 1 : 0;\n}}"
                )
        finally:
            self.current_class = None
        body = "\n\n".join(blocks)
        indented = "\n".join("    " + line if line else "" for line in body.splitlines())
        return f"{header} {{\n{indented}\n}}"

    def comparable(self, declaration: c.ClassDecl) -> bool:
        return any(m.role in (c.Role.LESS, c.Role.COMPARE) for m in declaration.methods)

    def field_text(self, b: JavaBackend, declaration: c.ClassDecl, field: c.Field) -> str:
        b.scopes = [{}]
        modifiers = _MODIFIER[field.visibility] + ("static " if field.static else "")
        if field.constant and field.static:
            modifiers += "final "
        init = field.init
        if init is None or field.name in c.assigned_first(self.ir_module, declaration):
            return f"{modifiers}{b.type_name(field.type)} {field.name};"
        return f"{modifiers}{b.type_name(field.type)} {field.name} = {b.expr(b.top_value(init, field.type))};"

    def method_text(self, b: JavaBackend, declaration: c.ClassDecl, method: c.Method) -> str:
        function = next(f for f in self.ir_module.functions if f.name == method.function)
        visibility = method.visibility
        if self.implements_interface(declaration, method) or method.role is not c.Role.NONE:
            visibility = c.Visibility.PUBLIC
        modifiers = _MODIFIER[visibility]
        if declaration.kind is c.ClassKind.INTERFACE:
            modifiers = ""
        if method.kind is c.MethodKind.STATIC:
            modifiers += "static "
        if method.abstract and declaration.kind is not c.ClassKind.INTERFACE:
            modifiers += "abstract "
        b.boxed = frozenset()
        if method.kind is c.MethodKind.CONSTRUCTOR:
            header = f"{modifiers}{declaration.name}({{params}})"
        else:
            name = "toString" if method.role is c.Role.TO_STRING else method.name
            header = f"{modifiers}{b.type_name(function.return_type)} {name}({{params}})"
        if method.abstract:
            b.current = function
            b.scopes = [{}]
            params = ", ".join(b.param(p) for p in function.params)
            return header.format(params=params) + ";"
        return b.function_text(dataclasses.replace(function, name=method.name), header)

    def implements_interface(self, declaration: c.ClassDecl, method: c.Method) -> bool:
        """Whether ``method`` implements or overrides one declared public above it (Java forbids
        narrowing its visibility), or ``declaration`` is an interface."""
        above = c.ancestors(self.ir_module.classes, declaration)
        return any(
            other.name in above
            and other.kind is c.ClassKind.INTERFACE
            and any(m.name == method.name for m in other.methods)
            for other in self.ir_module.classes
        )

    # -- expressions ------------------------------------------------------------------------------------
    def expr_This(self, expr: c.This) -> tuple[str, int]:
        return ("this", POSTFIX)

    def own_member(self, b: JavaBackend, name: str) -> str:
        hidden = any(name in frame for frame in b.scopes)
        return f"this.{name}" if hidden else name

    def expr_FieldAccess(self, expr: c.FieldAccess) -> tuple[str, int]:
        b = cast("JavaBackend", self)
        if isinstance(expr.obj, c.This):
            return (self.own_member(b, expr.name), POSTFIX)
        return (f"{b.expr(expr.obj, POSTFIX)}.{expr.name}", POSTFIX)

    enum_labels = False  # printing the case labels of a switch on an enum: unqualified in Java

    def expr_StaticField(self, expr: c.StaticField) -> tuple[str, int]:
        if self.enum_labels:
            return (expr.name, POSTFIX)
        return (f"{expr.owner}.{expr.name}", POSTFIX)

    def stmt_Switch(self, stmt: ir.Switch) -> None:
        subject = stmt.subject.type
        declaration = next(
            (
                d
                for d in self.ir_module.classes
                if isinstance(subject, t.ClassType) and d.name == subject.name
            ),
            None,
        )
        if declaration is None or declaration.kind is not c.ClassKind.ENUM:
            super().stmt_Switch(stmt)  # type: ignore[misc]
            return
        b = cast("JavaBackend", self)
        b.emit(f"switch ({b.expr(stmt.subject)}) {{")
        b.indent += 1
        for case in stmt.cases:
            self.enum_labels = True
            labels = [f"case {b.expr(value)}:" for value in case.values] or ["default:"]
            self.enum_labels = False
            for label in labels:
                b.emit(label)
            b.indent += 1
            b.scopes.append({})
            b.statements(list(case.body))
            b.scopes.pop()
            b.indent -= 1
        b.indent -= 1
        b.emit("}")

    def arguments(self, b: JavaBackend, function_key: str | None, args: tuple[ir.Expr, ...]) -> str:
        """The arguments of a call, with the callee's defaults for those the call leaves out."""
        function = next((f for f in self.ir_module.functions if f.name == function_key), None)
        texts = [b.expr(a) for a in args]
        if function is not None and len(args) < len(function.params):
            for param in function.params[len(args) :]:
                if param.default is None:
                    raise _unsupported(function, f"a call of {function.name} without '{param.name}'")
                texts.append(b.expr(param.default))
        return ", ".join(texts)

    def expr_MethodCall(self, expr: c.MethodCall) -> tuple[str, int]:
        b = cast("JavaBackend", self)
        args = self.arguments(b, expr.function, expr.args)
        if expr.receiver is None:
            return (f"{expr.owner}.{expr.name}({args})", POSTFIX)
        if isinstance(expr.receiver, c.This):
            return (f"{self.own_member(b, expr.name)}({args})", POSTFIX)
        return (f"{b.expr(expr.receiver, POSTFIX)}.{expr.name}({args})", POSTFIX)

    def expr_New(self, expr: c.New) -> tuple[str, int]:
        b = cast("JavaBackend", self)
        return (f"new {expr.owner}({self.arguments(b, expr.function, expr.args)})", POSTFIX)

    def expr_SuperCall(self, expr: c.SuperCall) -> tuple[str, int]:
        b = cast("JavaBackend", self)
        args = self.arguments(b, expr.function, expr.args)
        if expr.name is not None:
            return (f"super.{expr.name}({args})", POSTFIX)
        own = self.current_class is not None and expr.owner == self.current_class.name
        return (f"{'this' if own else 'super'}({args})", POSTFIX)


def _unsupported(node: ir.Node, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: cannot translate to Java: {what}", node.location)
