"""Python back end, classes: ``classes.ClassDecl`` as Python classes.

* Static fields are class attributes, read and written as ``Class.name``; instance fields are
  set in ``__init__`` in declaration order (their initial value, or the type's zero), after the
  base class's ``__init__`` and before the rest of the constructor's body, as Java initialises
  them. Private members take a leading underscore.
* Instance methods take ``self``; static methods are ``@staticmethod``; abstract classes and
  interfaces derive from ``ABC`` and declare ``@abstractmethod``s.
* Roles: ``toString`` is ``__str__`` (called as ``str(x)``), ``compareTo`` keeps its name and
  gives ``__lt__`` (so that ``sorted`` and ``<`` order objects as the source's natural order).
* ``==`` between objects is ``is`` (the source compares identity).
* A class with several constructors is refused (Python has one ``__init__``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, cast

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.python.backend import PythonBackend

ATOM = 100
_DUNDER = {
    c.Role.TO_STRING: "__str__",
    c.Role.HASH: "__hash__",
    c.Role.LESS: "__lt__",
    c.Role.EQUALS: "__eq__",
}
_OPERATOR = {c.Role.LESS: "<", c.Role.EQUALS: "=="}


def _unsupported(node: ir.Node, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: cannot translate to Python: {what}", node.location)


class ClassPrinting:
    """The mixin of ``PythonBackend`` that prints classes and the expressions on objects."""

    ir_module: ir.Module
    class_body: str | None = None  # the class whose static fields are being printed

    # -- declarations ---------------------------------------------------------------------------
    def class_texts(self) -> list[str]:
        """Every class of the module, bases before the classes that extend them."""
        b = cast("PythonBackend", self)
        texts = []
        for declaration in c.bases_first(self.ir_module.classes):
            texts.append(self.class_text(b, declaration))
        return texts

    def class_text(self, b: PythonBackend, declaration: c.ClassDecl) -> str:
        bases = [name for name in (declaration.base, *declaration.interfaces) if name]
        if declaration.kind is c.ClassKind.ENUM:
            return self.enum_text(b, declaration)
        if declaration.abstract and not bases:
            b.imports.add("from abc import ABC, abstractmethod")
            bases.append("ABC")
        header = f"class {declaration.name}({', '.join(bases)}):" if bases else f"class {declaration.name}:"
        blocks: list[list[str]] = []
        statics = [f for f in declaration.fields if f.static]
        if statics:
            b.lines, b.indent = [], 1
            self.class_body = declaration.name  # its own earlier fields by their bare names
            for field in statics:
                if field.init is not None and any(
                    isinstance(n, c.MethodCall) and n.owner == declaration.name for n in ir.walk(field.init)
                ):
                    raise b.unsupported(field.init, f"static field '{field.name}' initialised by a method of its "
                                        "own class (the Python class does not exist yet)")  # fmt: skip
                value = b.expr(field.init) if field.init is not None else b.zero(field.type)
                b.emit(f"{self.member_name(declaration, field.name)} = {value}")
            self.class_body = None
            blocks.append(b.lines)
        constructors = [m for m in declaration.methods if m.kind is c.MethodKind.CONSTRUCTOR]
        instance_fields = [f for f in declaration.fields if not f.static]
        if not constructors and (instance_fields or declaration.base):
            blocks.append(self.default_constructor(b, declaration, instance_fields))
        for method in declaration.methods:
            form = self.constructor_form(method.function) if method.kind is c.MethodKind.CONSTRUCTOR else None
            if form is None or form == "__init__":
                blocks.append(self.method_text(b, declaration, method))
            elif form != "merged":
                blocks.append(self.factory_text(b, declaration, method, form))
        if any(m.role is c.Role.COMPARE for m in declaration.methods):
            blocks.append(["    def __lt__(self, other):", "        return self.compareTo(other) < 0"])
        body = "\n\n".join("\n".join(lines) for lines in blocks) if blocks else "    pass"
        return header + "\n" + body

    def enum_text(self, b: PythonBackend, declaration: c.ClassDecl) -> str:
        """An enum of constants: ``class Color(Enum)``, each constant's value its ordinal."""
        if (refused := c.enum_members_refused(declaration)) is not None:
            raise _unsupported(declaration, refused)
        b.imports.add("from enum import Enum")
        lines = [f"class {declaration.name}(Enum):"]
        lines += [f"    {constant.name} = {index}" for index, constant in enumerate(declaration.constants)]
        for method in declaration.methods:  # static methods: staticmethod objects are not members
            lines += ["", *self.method_text(b, declaration, method)]
        return "\n".join(lines)

    def default_constructor(
        self, b: PythonBackend, declaration: c.ClassDecl, fields: list[c.Field]
    ) -> list[str]:
        b.lines, b.indent = [], 1
        b.emit("def __init__(self):")
        b.indent = 2
        if declaration.base:
            b.emit("super().__init__()")
        self.field_initialisers(b, declaration, fields)
        return b.lines

    def field_initialisers(self, b: PythonBackend, declaration: c.ClassDecl, fields: list[c.Field]) -> None:
        assigned = c.assigned_first(self.ir_module, declaration)
        for field in fields:
            if field.name in assigned:
                continue  # every constructor assigns it first
            value = b.expr(field.init) if field.init is not None else b.zero(field.type)
            b.emit(f"self.{self.member_name(declaration, field.name)} = {value}")

    # -- constructors: Python has one __init__ --------------------------------------------------
    def constructor_forms(self, declaration: c.ClassDecl) -> dict[str, str]:
        """How each constructor of a class with several is printed: the one with the most
        parameters is ``__init__``; one without parameters that only hands literals to it is
        ``merged`` into it (they become its defaults); any other is a factory classmethod
        ``_new<k>`` that builds the object without ``__init__`` and runs its own body."""
        functions = {f.name: f for f in self.ir_module.functions}
        constructors = [m for m in declaration.methods if m.kind is c.MethodKind.CONSTRUCTOR]
        if len(constructors) < 2:
            return {m.function: "__init__" for m in constructors}
        primary = max(constructors, key=lambda m: len(functions[m.function].params))
        forms = {primary.function: "__init__"}
        literals = ir.IntLiteral | ir.FloatLiteral | ir.BoolLiteral | ir.StringLiteral | ir.CharLiteral
        for index, method in enumerate(constructors, start=1):
            if method is primary:
                continue
            body = functions[method.function].body.body
            first = body[0] if len(body) == 1 else None
            call = first.expr if isinstance(first, ir.ExprStmt) else None
            merged = (
                isinstance(call, c.SuperCall) and call.function == primary.function
                and not functions[method.function].params and all(isinstance(a, literals) for a in call.args)
                and len(call.args) == len(functions[primary.function].params) and "merged" not in forms.values()
            )  # fmt: skip
            forms[method.function] = "merged" if merged else f"_new{index}"
        return forms

    def constructor_form(self, key: str | None) -> str | None:
        for declaration in self.ir_module.classes:
            if any(m.function == key for m in declaration.methods):
                return self.constructor_forms(declaration).get(key or "")
        return None

    def merged_defaults(self, declaration: c.ClassDecl) -> tuple[ir.Expr, ...]:
        functions = {f.name: f for f in self.ir_module.functions}
        for key, form in self.constructor_forms(declaration).items():
            if form == "merged":
                first = functions[key].body.body[0]
                assert isinstance(first, ir.ExprStmt) and isinstance(first.expr, c.SuperCall)
                return first.expr.args
        return ()

    def factory_text(
        self, b: PythonBackend, declaration: c.ClassDecl, method: c.Method, name: str
    ) -> list[str]:
        function = next(f for f in self.ir_module.functions if f.name == method.function)
        if any(isinstance(n, ir.Return) for n in ir.walk(function.body)):
            raise _unsupported(method, f"a return inside a constructor of {declaration.name}")
        body, prefix = self.constructor_body(declaration, function.body, allow_own=True)
        b.nonneg = self.non_negative_of(b, function)
        params = (ir.Param("cls", t.VOID), *function.params)
        printed = dataclasses.replace(function, name=name, params=params, body=body)

        def prelude() -> None:
            b.emit("self = cls.__new__(cls)")
            self.constructor_prelude(b, declaration, method, prefix)

        b.prelude = prelude
        try:
            text = b.function(printed)
        finally:
            b.prelude = None
        lines = ["    @classmethod"] + ["    " + line if line else "" for line in text.splitlines()]
        lines.append("        return self")
        return lines

    def method_text(self, b: PythonBackend, declaration: c.ClassDecl, method: c.Method) -> list[str]:
        function = next(f for f in self.ir_module.functions if f.name == method.function)
        b.nonneg = self.non_negative_of(b, function)
        params = function.params
        defaults = self.merged_defaults(declaration) if method.kind is c.MethodKind.CONSTRUCTOR else ()
        if defaults and self.constructor_form(method.function) == "__init__":
            params = tuple(dataclasses.replace(p, default=d) for p, d in zip(params, defaults, strict=True))
        if method.kind is not c.MethodKind.STATIC:
            params = (ir.Param("self", t.ClassType(declaration.name)), *params)
        name = self.method_name(declaration, method)
        body = function.body
        prefix: list[ir.Stmt] = []
        if method.kind is c.MethodKind.CONSTRUCTOR:
            body, prefix = self.constructor_body(declaration, function.body)
        printed = dataclasses.replace(function, name=name, params=params, body=body)
        b.prelude = lambda: self.constructor_prelude(b, declaration, method, prefix)
        try:
            text = b.function(printed)
        finally:
            b.prelude = None
        decorators = []
        if method.kind is c.MethodKind.STATIC:
            decorators.append("@staticmethod")
        if method.abstract:
            b.imports.add("from abc import ABC, abstractmethod")
            decorators.append("@abstractmethod")
        lines = [f"    {d}" for d in decorators]
        lines += ["    " + line if line else "" for line in text.splitlines()]
        return lines

    def constructor_body(
        self, declaration: c.ClassDecl, body: ir.Block, allow_own: bool = False
    ) -> tuple[ir.Block, list[ir.Stmt]]:
        """The constructor's body without its first ``super(...)``/``this(...)`` call, and that call."""
        first = body.body[0] if body.body else None
        if isinstance(first, ir.ExprStmt) and isinstance(first.expr, c.SuperCall) and first.expr.name is None:
            own = first.expr.owner == declaration.name
            if own and (not allow_own or self.constructor_form(first.expr.function) != "__init__"):
                raise _unsupported(first, f"a constructor of {declaration.name} calling another (this(...))")
            return dataclasses.replace(body, body=body.body[1:]), [first]
        return body, []

    def constructor_prelude(
        self, b: PythonBackend, declaration: c.ClassDecl, method: c.Method, prefix: list[ir.Stmt]
    ) -> None:
        """What runs before a constructor's own statements: the base class's ``__init__``, then
        the instance fields' initial values."""
        if method.kind is not c.MethodKind.CONSTRUCTOR:
            return
        for stmt in prefix:
            b.stmt(stmt)
        own = [s for s in prefix if isinstance(s, ir.ExprStmt) and isinstance(s.expr, c.SuperCall)]
        if own and own[0].expr.owner == declaration.name:  # type: ignore[attr-defined]
            return  # the other constructor initialised the object
        if not prefix and declaration.base:
            b.emit("super().__init__()")
        self.field_initialisers(b, declaration, [f for f in declaration.fields if not f.static])

    def non_negative_of(self, b: PythonBackend, function: ir.Function) -> NonNegative:
        for candidate, table in zip(self.ir_module.functions, b.non_negative, strict=True):
            if candidate is function:
                return table
        return NonNegative(function, self.ir_module.globals)

    def class_of_current(self) -> str | None:
        b = cast("PythonBackend", self)
        current = b.current.name if b.current is not None else ""
        for declaration in self.ir_module.classes:
            if any(m.function == current for m in declaration.methods):
                return declaration.name
        return None

    # -- names ------------------------------------------------------------------------------------
    def declaration_of(self, name: str) -> c.ClassDecl | None:
        return next((d for d in self.ir_module.classes if d.name == name), None)

    def member_name(self, declaration: c.ClassDecl | None, name: str) -> str:
        """A field's Python name: private ones take a leading underscore."""
        if declaration is None:
            return name
        owner = c.field_owner(self.ir_module.classes, declaration, name)
        if owner is None:
            return name
        field = next(f for f in owner.fields if f.name == name)
        clash = c.field_hides_method(self.ir_module.classes, owner, name)  # one namespace in Python
        return ("_" if field.visibility is c.Visibility.PRIVATE else "") + name + ("_" if clash else "")

    def method_name(self, declaration: c.ClassDecl, method: c.Method) -> str:
        if method.kind is c.MethodKind.CONSTRUCTOR:
            return "__init__"
        if method.role in _DUNDER:
            return _DUNDER[method.role]
        return "_" + method.name if method.visibility is c.Visibility.PRIVATE else method.name

    # -- expressions --------------------------------------------------------------------------------
    def expr_This(self, expr: c.This) -> tuple[str, int]:
        return ("self", ATOM)

    def expr_FieldAccess(self, expr: c.FieldAccess) -> tuple[str, int]:
        b = cast("PythonBackend", self)
        owner = self.declaration_of(expr.obj.type.name) if isinstance(expr.obj.type, t.ClassType) else None
        return (f"{b.expr(expr.obj, ATOM)}.{self.member_name(owner, expr.name)}", ATOM)

    def expr_StaticField(self, expr: c.StaticField) -> tuple[str, int]:
        if expr.owner == self.class_body:  # in the class's own body, where its name is not bound yet
            return (self.member_name(self.declaration_of(expr.owner), expr.name), ATOM)
        return (f"{expr.owner}.{self.member_name(self.declaration_of(expr.owner), expr.name)}", ATOM)

    def expr_MethodCall(self, expr: c.MethodCall) -> tuple[str, int]:
        b = cast("PythonBackend", self)
        declaration = self.declaration_of(expr.owner)
        if declaration is not None and declaration.kind is c.ClassKind.ENUM and expr.receiver is not None:
            attribute = {"name": "name", "ordinal": "value"}[expr.name]  # every enum's own two
            return (f"{b.expr(expr.receiver, ATOM)}.{attribute}", ATOM)
        method = (
            next((m for m in declaration.methods if m.function == expr.function), None)
            if declaration
            else None
        )
        args = ", ".join(b.expr(a) for a in expr.args)
        if method is not None and method.role is c.Role.TO_STRING and expr.receiver is not None:
            return (f"{b.builtin('str')}({b.expr(expr.receiver)})", ATOM)
        if (
            method is not None
            and method.role in _OPERATOR
            and expr.receiver is not None
            and len(expr.args) == 1
        ):
            left, right = b.expr(expr.receiver, 6), b.expr(expr.args[0], 6)
            return (f"{left} {_OPERATOR[method.role]} {right}", 5)
        name = self.method_name(declaration, method) if declaration and method else expr.name
        if expr.receiver is None:
            return (f"{expr.owner}.{name}({args})", ATOM)
        return (f"{b.expr(expr.receiver, ATOM)}.{name}({args})", ATOM)

    def expr_New(self, expr: c.New) -> tuple[str, int]:
        b = cast("PythonBackend", self)
        form = self.constructor_form(expr.function)
        name = f"{expr.owner}.{form}" if form is not None and form.startswith("_new") else expr.owner
        return (f"{name}({', '.join(b.expr(a) for a in expr.args)})", ATOM)

    def expr_SuperCall(self, expr: c.SuperCall) -> tuple[str, int]:
        b = cast("PythonBackend", self)
        args = ", ".join(b.expr(a) for a in expr.args)
        if expr.name is None:
            if self.constructor_form(expr.function) not in (None, "__init__"):
                raise _unsupported(expr, f"a call of a second constructor of {expr.owner}")
            own = expr.owner == self.class_of_current()
            return (f"{'self.__init__' if own else 'super().__init__'}({args})", ATOM)
        declaration = self.declaration_of(expr.owner)
        method = (
            next((m for m in declaration.methods if m.function == expr.function), None)
            if declaration
            else None
        )
        name = self.method_name(declaration, method) if declaration and method else expr.name
        return (f"super().{name}({args})", ATOM)
