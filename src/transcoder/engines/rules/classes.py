"""Classes in the rule engine's IR: their declarations, the expressions on objects, and the rule
by which each target holds objects.

A class is a ``ClassDecl`` in ``ir.Module.classes``: its fields, and its methods as ``Method``
entries that name a function of ``ir.Module.functions`` (``Point.dist``). Method bodies are
ordinary functions there, so every pass and analysis of the pipeline reads them as it reads free
functions; inside them the object is ``This``. Nested classes are flattened into
``Module.classes`` with their ``outer`` class named, outer classes first.

Object lifetime (``types.ClassType.value``):

* Java and Python objects, and C++ objects reached through pointers (``new T(...)``, ``T*``) or
  reference parameters, are *references* (``value=False``): assigning or passing them shares the
  object, ``==`` compares identity, and they may be null. Java and Python hold them as they are;
  C++ holds them as ``std::shared_ptr<T>`` (``make_shared<T>(...)``, ``p->f``, ``nullptr``), so
  that sharing and identity stay as they were and the object lives as long as a reference to it.
  Cycles of references are not freed before the program ends (nothing observable).
* C++ objects held by value (``Point p(1, 2);``, ``vector<Point>``, by-value parameters) are
  *values* (``value=True``): C++ copies them where it initialises, assigns or passes them. In Java
  and Python they are references to objects that nothing else shares: where C++ would copy an
  object whose class has a field assigned after construction, the copy is explicit (``Copy``);
  an object whose fields never change after construction is shared, since no one can tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from transcoder.engines.rules.ir import AssignExpr, Block, Expr, ExprStmt, Function, Module, Node, walk
from transcoder.engines.rules.types import ClassType, Type


class Visibility(Enum):
    """Who may use a member (Python marks private members with a leading underscore)."""

    PUBLIC = "public"
    PROTECTED = "protected"
    PRIVATE = "private"
    PACKAGE = "package"  # Java's default: the package (printed as public elsewhere)


INIT = "<init>"  # the name C++ and Java front ends give a constructor while reading a class


class MethodKind(Enum):
    """How a method is called."""

    INSTANCE = "instance"  # on an object (``This`` is the object)
    STATIC = "static"  # on the class (Java/C++ ``static``, Python ``@staticmethod``)
    CONSTRUCTOR = "constructor"  # builds a new object (``This`` is the new object)

    @classmethod
    def of(cls, name: str, static: bool) -> MethodKind:
        """The kind of a C++/Java method as their front ends read it (constructors named ``INIT``)."""
        if name == INIT:
            return cls.CONSTRUCTOR
        return cls.STATIC if static else cls.INSTANCE


class Role(Enum):
    """What a method means beyond its name: each language spells these meanings its own way."""

    NONE = "none"
    TO_STRING = "to_string"  # () -> str: Java toString(), Python __str__, C++ operator<<
    EQUALS = "equals"  # (other) -> bool: Java equals(Object), Python __eq__, C++ operator==
    HASH = "hash"  # () -> int: Java hashCode(), Python __hash__, C++ std::hash<T>
    COMPARE = "compare"  # (other) -> int: Java compareTo (sign decides), Comparable
    LESS = "less"  # (other) -> bool: Python __lt__, C++ operator<


class ClassKind(Enum):
    """What a class declaration declares."""

    CLASS = "class"
    INTERFACE = "interface"  # only abstract methods (and constants): Java interface, ABC, pure virtual
    ENUM = "enum"  # a fixed set of named instances (``ClassDecl.constants``)


@dataclass(frozen=True, slots=True)
class Field(Node):
    """A field of a class, per object or (``static``) per class."""

    name: str
    """The field's name."""
    type: Type
    """Its type."""
    init: Expr | None = None
    """Its initial value (run before the constructor's body), or None for the type's zero."""
    static: bool = False
    """One per class (Java/C++ ``static``, a Python class attribute) rather than one per object."""
    constant: bool = False
    """Never assigned after initialisation (``final``, ``const``)."""
    visibility: Visibility = Visibility.PUBLIC
    """Who may read it."""


@dataclass(frozen=True, slots=True)
class Method(Node):
    """A method of a class; its parameters and body are ``Module.functions[function]``."""

    name: str
    """The method's name as declared (a constructor's is the class's name)."""
    function: str
    """The key of its function in ``Module.functions`` (``Point.dist``; overloads ``Point.dist#2``)."""
    kind: MethodKind = MethodKind.INSTANCE
    """How it is called."""
    visibility: Visibility = Visibility.PUBLIC
    """Who may call it."""
    abstract: bool = False
    """Declared without a body (a subclass defines it); its function's body is empty."""
    const: bool = False
    """C++ ``const``: it changes no field of its object."""
    role: Role = Role.NONE
    """What it means beyond its name (printing, equality, hashing, ordering)."""


@dataclass(frozen=True, slots=True)
class EnumConstant(Node):
    """One named instance of an enum, built with ``args`` by the enum's constructor."""

    name: str
    """The constant's name."""
    args: tuple[Expr, ...] = ()
    """The constructor's arguments (Java ``RED(255, 0, 0)``); empty for a plain constant."""


@dataclass(frozen=True, slots=True)
class ClassDecl(Node):
    """A class, interface or enum."""

    name: str
    """The class's name (unique in the module; a nested class keeps its own simple name)."""
    fields: tuple[Field, ...]
    """Its fields in declaration order (the order of their initialisation)."""
    methods: tuple[Method, ...]
    """Its methods and constructors in declaration order."""
    kind: ClassKind = ClassKind.CLASS
    """Class, interface or enum."""
    base: str | None = None
    """The class it extends (one of the module's), or None."""
    interfaces: tuple[str, ...] = ()
    """The interfaces it implements (the module's own)."""
    abstract: bool = False
    """Cannot be instantiated: it has abstract methods, or says so."""
    outer: str | None = None
    """The class it is nested in, or None for a top-level class."""
    constants: tuple[EnumConstant, ...] = ()
    """An enum's instances, in order (their ``ordinal`` is their position)."""


# -- expressions on objects ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class This(Expr):
    """The object a method runs on (``this``, ``self``); its type is the class's."""


@dataclass(frozen=True, slots=True)
class FieldAccess(Expr):
    """``obj.name``: a field of an object (assignable)."""

    obj: Expr
    """The object."""
    name: str
    """The field's name."""


@dataclass(frozen=True, slots=True)
class StaticField(Expr):
    """``Owner.name``: a static field (assignable), or an enum constant."""

    owner: str
    """The class declaring it."""
    name: str
    """The field's (or constant's) name."""


@dataclass(frozen=True, slots=True)
class MethodCall(Expr):
    """A call of a method of one of the module's classes."""

    receiver: Expr | None
    """The object (dispatch follows its class at run time), or None for a static method."""
    owner: str
    """The class whose method is called (the receiver's static type, or the static method's class)."""
    name: str
    """The method's name."""
    function: str
    """The key of the method's function in ``Module.functions`` (the overload chosen)."""
    args: tuple[Expr, ...]
    """The arguments in order."""


@dataclass(frozen=True, slots=True)
class New(Expr):
    """A new object of ``owner`` built by the constructor ``function`` (None: the default one)."""

    owner: str
    """The class instantiated."""
    args: tuple[Expr, ...]
    """The constructor's arguments."""
    function: str | None = None
    """The key of the constructor's function in ``Module.functions``; None when the class
    declares no constructor (every field takes its initial value)."""


@dataclass(frozen=True, slots=True)
class SuperCall(Expr):
    """A call of the base class's constructor (``name`` None: ``super(...)`` first in a
    constructor) or of its version of a method (``super.name(...)``)."""

    owner: str
    """The base class."""
    name: str | None
    """The method called, or None for the constructor."""
    function: str | None
    """The key of the function called; None for a base class's default constructor."""
    args: tuple[Expr, ...]
    """The arguments."""


@dataclass(frozen=True, slots=True)
class Copy(Expr):
    """A copy of a C++ object held by value, where C++ copies it and the target would share it."""

    operand: Expr
    """The object copied."""


# -- questions about a module's classes ------------------------------------------------------------


def method_key(owner: str, name: str, overload: int = 1) -> str:
    """The ``Module.functions`` key of a method (``Point.dist``, ``Point.dist#2``)."""
    return f"{owner}.{name}" if overload == 1 else f"{owner}.{name}#{overload}"


def is_method(function_name: str) -> bool:
    """Whether a function of ``Module.functions`` is a method's body (its key is qualified)."""
    return "." in function_name


CALLS = (MethodCall, New, SuperCall)
"""The object expressions that call code (and may stand as statements)."""


def enum_members_refused(declaration: ClassDecl) -> str | None:
    """What an enum holds that the back ends do not print, or None: fields and methods other than
    static ones (an enum's static methods are printed in every target: C++ as free functions)."""
    if declaration.fields or any(m.kind is not MethodKind.STATIC for m in declaration.methods):
        return f"enum {declaration.name} with fields, a constructor or instance methods"
    return None


def bases_first(classes: tuple[ClassDecl, ...]) -> list[ClassDecl]:
    """``classes`` ordered so that a class comes after its base class and interfaces."""
    ordered: list[ClassDecl] = []
    by_name = {d.name: d for d in classes}

    def visit(declaration: ClassDecl) -> None:
        if declaration in ordered:
            return
        for name in (declaration.base, *declaration.interfaces):
            if name in by_name:
                visit(by_name[name])
        ordered.append(declaration)

    for declaration in classes:
        visit(declaration)
    return ordered


def ancestors(classes: tuple[ClassDecl, ...], declaration: ClassDecl) -> set[str]:
    """The names of the classes and interfaces ``declaration`` derives from, however far."""
    by_name = {d.name: d for d in classes}
    found: set[str] = set()
    pending = [declaration]
    while pending:
        current = pending.pop()
        for name in (current.base, *current.interfaces):
            if name and name not in found:
                found.add(name)
                if name in by_name:
                    pending.append(by_name[name])
    return found


def _leading_assignments(body: Block) -> set[str]:
    """Fields ``this.f = e`` assigns at the start of a constructor body (after its ``super(...)``),
    where ``e`` does not read the object."""
    assigned: set[str] = set()
    for index, stmt in enumerate(body.body):
        if (
            index == 0
            and isinstance(stmt, ExprStmt)
            and isinstance(stmt.expr, SuperCall)
            and stmt.expr.name is None
        ):
            continue
        expr = stmt.expr if isinstance(stmt, ExprStmt) else None
        if not (isinstance(expr, AssignExpr) and expr.op is None and isinstance(expr.target, FieldAccess)):
            break
        if not isinstance(expr.target.obj, This) or any(
            isinstance(n, This | MethodCall) for n in walk(expr.value)
        ):
            break
        assigned.add(expr.target.name)
    return assigned


def assigned_first(module: Module, declaration: ClassDecl) -> set[str]:
    """The instance fields every constructor of ``declaration`` assigns before anything else (their
    initial value is never seen, so it need not be printed); empty without a constructor, or when
    a constructor hands over to another (``this(...)``)."""
    constructors = [m for m in declaration.methods if m.kind is MethodKind.CONSTRUCTOR]
    if not constructors:
        return set()
    functions = {f.name: f for f in module.functions}
    common: set[str] | None = None
    for method in constructors:
        body = functions[method.function].body
        first = body.body[0] if body.body else None
        if (
            isinstance(first, ExprStmt)
            and isinstance(first.expr, SuperCall)
            and first.expr.owner == declaration.name
        ):
            return set()
        assigned = _leading_assignments(body)
        common = assigned if common is None else common & assigned
    return common or set()


def uses_this_as_value(function: Function) -> bool:
    """Whether ``function`` uses its object other than to reach a member (returns, passes or
    stores ``this``)."""
    reached: set[int] = set()
    for node in walk(function.body):
        if isinstance(node, FieldAccess) and isinstance(node.obj, This):
            reached.add(id(node.obj))
        if isinstance(node, MethodCall) and isinstance(node.receiver, This):
            reached.add(id(node.receiver))
    return any(isinstance(node, This) and id(node) not in reached for node in walk(function.body))


def used_outside(module: Module, declaration: ClassDecl, name: str) -> bool:
    """Whether code outside ``declaration``'s methods uses its member ``name``."""
    own = {m.function for m in declaration.methods}
    family = {declaration.name} | {
        d.name for d in module.classes if declaration.name in ancestors(module.classes, d)
    }
    for function in module.functions:
        if function.name in own:
            continue
        for node in walk(function.body):
            if isinstance(node, FieldAccess) and node.name == name:
                owner = node.obj.type
                if isinstance(owner, ClassType) and owner.name in family:
                    return True
            if isinstance(node, MethodCall | StaticField) and node.name == name and node.owner in family:
                return True
    return False


def family(classes: tuple[ClassDecl, ...], declaration: ClassDecl) -> list[ClassDecl]:
    """``declaration``, the classes it derives from and the classes derived from it."""
    up = ancestors(classes, declaration)
    return [
        d for d in classes if d is declaration or d.name in up or declaration.name in ancestors(classes, d)
    ]


def field_hides_method(classes: tuple[ClassDecl, ...], owner: ClassDecl, name: str) -> bool:
    """Whether the field ``name`` of ``owner`` shares its name with a method of its family (Java
    keeps fields and methods apart; C++ and Python do not)."""
    return any(m.name == name for d in family(classes, owner) for m in d.methods)


def field_owner(classes: tuple[ClassDecl, ...], declaration: ClassDecl, name: str) -> ClassDecl | None:
    """The class among ``declaration`` and its bases that declares the field ``name``."""
    by_name = {d.name: d for d in classes}
    current: ClassDecl | None = declaration
    while current is not None:
        if any(f.name == name for f in current.fields):
            return current
        current = by_name.get(current.base) if current.base else None
    return None
