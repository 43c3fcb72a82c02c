"""Python classes read into the class IR (``engines/rules/classes.py``), the shape the C++ and Java
front ends give theirs, so that every back end prints them.

What is read: ``class Name:`` or ``class Name(Base):`` (a class of the file) with class-level
constants, ``__init__`` assigning ``self.f = ...`` (the fields; a field's type is what
``__init__`` stores in it, inferred as any variable, or its annotation ``self.f: T = ...``),
instance methods, ``@staticmethod``, ``__str__``/``__repr__`` (``toString``), ``__eq__``
(``equals``), ``__lt__`` (``lessThan``) and ``super().__init__(...)`` first in ``__init__``.
Objects are references (``ClassType(value=False)``), as Python's are.

``@classmethod`` (an alternative constructor: ``cls(...)``) where called on its own class.
A getter ``@property`` (``self`` alone) is a method that ``obj.name`` calls (an override in a
subclass is picked by the object's class, as Python's is); its setter and deleter, a call of its value
(``obj.name()``) and a field of the same name are refused.
Refused with their place: decorators other than ``@staticmethod``/``@classmethod``/``@property``, metaclasses, keyword
arguments of a class, more than one base, a base that is not a class of the file, other dunder
methods, an attribute assigned that ``__init__`` does not create (Python would add it to that one
object), a field whose type nothing says, a method called with keywords, an object printed whose
class has no ``__str__`` (Python prints its address).

Field types live in the constructor's ``FunctionTypes`` as variables named ``self.<field>``
(not Python names, so they cannot clash): inference joins what ``__init__`` stores there as it
joins a variable's values, and every function's build reads them from there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.ir import BinaryOp as B
from transcoder.engines.rules.python.frontend.syntax import constant_value
from transcoder.engines.rules.python.frontend.tree import Syntax, copy_tree, decorator_text, node_text
from transcoder.engines.rules.python.infer import FunctionTypes, TypeConflict, describe, finalize, join
from transcoder.errors import UnsupportedConstruct
from transcoder.languages import get_language

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.base import BuilderBase

    _Base = BuilderBase
else:
    _Base = object

_ROLES = {
    "__str__": ("toString", c.Role.TO_STRING),
    "__repr__": ("toString", c.Role.TO_STRING),
    "__eq__": ("equals", c.Role.EQUALS),
    "__lt__": ("lessThan", c.Role.LESS),
}


def field_variable(name: str) -> str:
    """The constructor's variable that holds the type of the field ``name``."""
    return f"self.{name}"


@dataclass(slots=True)
class PyMethod:
    """One method as read: its IR name, its key in the module's functions, how it is called."""

    name: str
    key: str
    kind: c.MethodKind
    node: Syntax
    role: c.Role = c.Role.NONE


@dataclass(slots=True)
class PyClass:
    """One class of the file as read."""

    name: str
    node: Syntax
    base: str | None
    methods: dict[str, PyMethod] = field(default_factory=dict)  # by Python name
    constants: dict[str, c.Field] = field(default_factory=dict)
    fields: dict[str, Syntax] = field(default_factory=dict)  # name -> its first assignment
    slots: tuple[str, ...] | None = None  # its ``__slots__``, if it has them

    @property
    def constructor(self) -> str:
        return c.method_key(self.name, c.INIT)


@dataclass(slots=True)
class ClassTable:
    """The file's classes, and each method function's class and ``self`` name."""

    classes: dict[str, PyClass] = field(default_factory=dict)
    owners: dict[str, tuple[PyClass, str | None]] = field(default_factory=dict)  # key -> (class, self)
    class_methods: set[str] = field(default_factory=set)  # keys of @classmethods (their self is cls)
    properties: set[str] = field(default_factory=set)  # keys of @property getters (obj.name calls them)
    frozen: set[str] = field(default_factory=set)  # @dataclass(frozen=True) classes: no attribute assigned

    def lineage(self, owner: str) -> Iterator[PyClass]:
        """``owner``'s class, then its base, its base's base, ... (those of this file)."""
        current = self.classes.get(owner)
        while current is not None:
            yield current
            current = self.classes.get(current.base) if current.base else None

    def lookup(self, owner: str, name: str) -> PyMethod | None:
        """The method ``name`` of ``owner`` or of its nearest base that has one."""
        return next((k.methods[name] for k in self.lineage(owner) if name in k.methods), None)

    def owning_field(self, owner: str, name: str) -> PyClass | None:
        return next((k for k in self.lineage(owner) if name in k.fields), None)

    def owning_constant(self, owner: str, name: str) -> PyClass | None:
        return next((k for k in self.lineage(owner) if name in k.constants), None)


def _refuse(node: Syntax, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: unsupported Python construct: {what}", node.location)


# The dataclass decorators read, and whether they freeze the class (its objects' attributes are
# never assigned after __init__: Python raises FrozenInstanceError, so such an assignment is refused;
# the hash a frozen dataclass gains is never used: sets and dicts of objects are refused).
_DATACLASS_DECORATORS = {"@dataclass": False, "@dataclass()": False, "@dataclass(frozen=True)": True}


def read_class(table: ClassTable, node: Syntax, functions: dict[str, Syntax]) -> None:
    """Record the class ``node`` (or a ``@dataclass`` over one) and add its methods to ``functions``
    (keyed ``Class.method``)."""
    if node.type == "decorated_definition":
        decorators = [d for d in node.named_children if d.type == "decorator"]
        spelled = "".join(node_text(decorators[0]).split()) if len(decorators) == 1 else ""
        if spelled not in _DATACLASS_DECORATORS:
            raise _refuse(
                decorators[0] if decorators else node, f"class decorator '@{decorator_text(decorators[0])}'"
            )
        read_dataclass(table, node.field("definition"), functions)
        if _DATACLASS_DECORATORS[spelled]:
            table.frozen.add(node_text(node.field("definition").field("name")))
        return
    name = node_text(node.field("name"))
    if name in table.classes:
        raise _refuse(node, f"second definition of class '{name}'")
    bases = node.child_by_field_name("superclasses")
    base: str | None = None
    if bases is not None:
        given = [b for b in bases.named_children if b.type != "comment"]
        for given_base in given:
            if given_base.type == "keyword_argument":
                raise _refuse(
                    given_base,
                    f"class '{name}' with '{node_text(given_base)}' (a metaclass or class argument)",
                )
            if given_base.type == "attribute":
                raise _refuse(
                    given_base,
                    f"base class '{node_text(given_base)}' (a library class, not one of this file)",
                )
            if given_base.type != "identifier":
                raise _refuse(given_base, f"class '{name}' with a computed base '{node_text(given_base)}'")
        if len(given) > 1:
            raise _refuse(bases, f"class '{name}' with more than one base (multiple inheritance)")
        if given and node_text(given[0]) != "object":
            base = node_text(given[0])
            if base not in table.classes:
                raise _refuse(given[0], f"base class '{base}' (not a class defined earlier in this file)")
    declared = PyClass(name, node, base)
    table.classes[name] = declared
    for child in node.field("body").named_children:
        _read_member(table, declared, child, functions)
    init = declared.methods.get("__init__")
    if init is None and base is not None and table.lookup(base, "__init__") is not None:
        init = _inherited_constructor(table, declared, base, functions)
    if init is not None:
        _read_fields(declared, init.node)
    _check_slots(table, declared)


def _inherited_constructor(
    table: ClassTable, declared: PyClass, base: str, functions: dict[str, Syntax]
) -> PyMethod:
    """A class without ``__init__`` built by its base's: the constructor Python's lookup finds,
    written as the class's own (``def __init__(self, a): super().__init__(a)``) so that each
    target's constructor of the class exists."""
    inherited = table.lookup(base, "__init__")
    assert inherited is not None
    parameters = [p for p in inherited.node.field("parameters").named_children if p.type != "comment"][1:]
    if any(p.type not in ("identifier", "typed_parameter") for p in parameters):
        raise _refuse(
            inherited.node, f"'{declared.name}' built by its base's __init__ with defaults or *args"
        )
    names = [node_text(p) if p.type == "identifier" else node_text(p.named_children[0]) for p in parameters]
    listed = "".join(f", {node_text(p)}" for p in parameters)
    generated = f"class {declared.name}:\n    def __init__(self{listed}):\n        super().__init__({', '.join(names)})\n"
    parsed = copy_tree(get_language("python").parse(generated), generated)
    _renumber(parsed, (1 << 40) + (len(table.classes) << 20))
    _add_method(table, declared, parsed.named_children[0].field("body").named_children[0], False, functions)
    return declared.methods["__init__"]


def _read_member(table: ClassTable, declared: PyClass, child: Syntax, functions: dict[str, Syntax]) -> None:
    if child.type in ("comment", "pass_statement"):
        return
    if child.type == "expression_statement" and child.named_children[0].type == "string":
        return  # a docstring
    if child.type == "expression_statement" and child.named_children[0].type == "assignment":
        assignment = child.named_children[0]
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left is not None and right is not None and node_text(left) == "__slots__":
            declared.slots = _slot_names(right)
            return
        value = constant_value(right) if right is not None else None
        if left is None or left.type != "identifier" or value is None:
            raise _refuse(assignment, "class attribute other than a name given a constant")
        attribute = node_text(left)
        if isinstance(value, ir.IntLiteral):  # 64-bit, as int fields are (as_list)
            value = ir.IntLiteral(value.value, type=as_list(value.type), location=value.location)
        declared.constants[attribute] = c.Field(
            attribute, value.type, value, static=True, location=assignment.location
        )
        return
    decorator = None
    definition = child
    if child.type == "decorated_definition":
        decorators = [d for d in child.named_children if d.type == "decorator"]
        decorator = decorator_text(decorators[0]) if len(decorators) == 1 else None
        if decorator not in ("staticmethod", "classmethod", "property"):
            raise _refuse(decorators[0] if decorators else child, f"decorator '@{decorator_text(decorators[0])}'"
                          if decorators else "decorated method")  # fmt: skip
        definition = child.field("definition")
    if definition.type != "function_definition":
        raise _refuse(child, f"{child.type.replace('_', ' ')} in class '{declared.name}'")
    _add_method(table, declared, definition, decorator in ("staticmethod", "classmethod"), functions)
    if decorator == "classmethod":
        _make_class_method(table, declared, definition)
    if decorator == "property":
        parameters = definition.field("parameters").named_children
        if len(parameters) != 1:
            raise _refuse(definition, f"@property '{node_text(definition.field('name'))}' with parameters besides self")
        table.properties.add(declared.methods[node_text(definition.field("name"))].key)


def _make_class_method(table: ClassTable, declared: PyClass, node: Syntax) -> None:
    """A ``@classmethod`` is a static method whose first parameter names the class (``cls(...)``
    builds one): exact where it is called on the class that defines it (refused elsewhere, where
    ``cls`` would be a subclass)."""
    parameters = node.field("parameters").named_children
    if not parameters or parameters[0].type != "identifier":
        raise _refuse(node, "@classmethod without a plain 'cls' parameter")
    key = declared.methods[node_text(node.field("name"))].key
    table.owners[key] = (declared, node_text(parameters[0]))
    table.class_methods.add(key)


def read_dataclass(table: ClassTable, node: Syntax, functions: dict[str, Syntax]) -> None:
    """A ``@dataclass`` of annotated fields without defaults: read as the class Python generates,
    ``__init__`` taking the fields in order, ``__eq__`` comparing them in order and ``__repr__``
    (``Name(x=1, y=2.5)``) where no field is a str (whose repr quotes and escapes it)."""
    name = node_text(node.field("name"))
    if node.child_by_field_name("superclasses") is not None:
        raise _refuse(node.field("superclasses"), f"dataclass '{name}' with a base class")
    fields: list[tuple[str, str]] = []
    members = [m for m in node.field("body").named_children if m.type != "comment"]
    for member in members:
        assignment = member.named_children[0] if member.type == "expression_statement" else None
        if assignment is None or assignment.type != "assignment":
            continue
        left, hint = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
        if assignment.child_by_field_name("right") is not None or left is None or hint is None:
            raise _refuse(assignment, f"dataclass field with a default or without an annotation in '{name}'")
        fields.append((node_text(left), " ".join(node_text(hint).split())))
    if not fields:
        raise _refuse(node, f"dataclass '{name}' without fields")
    generated = _dataclass_source(name, fields)
    parsed = copy_tree(get_language("python").parse(generated), generated)
    _renumber(
        parsed, (1 << 40) + (len(table.classes) << 20)
    )  # apart from the file's nodes: the builders key facts by node id
    cls = parsed.named_children[0]
    declared = PyClass(name, node, None)
    table.classes[name] = declared
    for member in members:
        if member.type == "expression_statement" and member.named_children[0].type == "assignment":
            continue
        _read_member(table, declared, member, functions)
    for method in cls.field("body").named_children:
        if node_text(method.field("name")) in declared.methods:
            continue  # the class's own __eq__/__repr__ wins, as in Python
        _add_method(table, declared, method, False, functions)
    _read_fields(declared, declared.methods["__init__"].node)


def _dataclass_source(name: str, fields: list[tuple[str, str]]) -> str:
    parameters = ", ".join(f"{field}: {hint}" for field, hint in fields)
    lines = [f"class {name}:", f"    def __init__(self, {parameters}):"]
    lines += [f"        self.{field} = {field}" for field, _ in fields]
    compared = " and ".join(f"self.{field} == other.{field}" for field, _ in fields)
    lines += ["    def __eq__(self, other):", f"        return {compared}"]
    if all(hint != "str" for _, hint in fields):
        shown = ' + ", " + '.join(f'"{field}=" + str(self.{field})' for field, _ in fields)
        lines += ["    def __repr__(self):", f'        return "{name}(" + {shown} + ")"']
    return "\n".join(lines) + "\n"


def _renumber(node: Syntax, offset: int) -> None:
    pending = [node]
    while pending:
        current = pending.pop()
        current.id += offset
        pending.extend(current.children)


def _add_method(
    table: ClassTable, declared: PyClass, node: Syntax, static: bool, functions: dict[str, Syntax]
) -> None:
    python_name = node_text(node.field("name"))
    name, role = python_name, c.Role.NONE
    if python_name == "__init__":
        kind, name = c.MethodKind.CONSTRUCTOR, c.INIT
    elif python_name in _ROLES:
        name, role = _ROLES[python_name]
        kind = c.MethodKind.INSTANCE
        if name == "toString" and any(m.name == "toString" for m in declared.methods.values()):
            raise _refuse(node, f"both __str__ and __repr__ in class '{declared.name}'")
    elif python_name.startswith("__") and python_name.endswith("__"):
        raise _refuse(node, f"special method '{python_name}'")
    else:
        kind = c.MethodKind.STATIC if static else c.MethodKind.INSTANCE
    if static and kind is not c.MethodKind.STATIC:
        raise _refuse(node, f"@staticmethod '{python_name}'")
    key = c.method_key(declared.name, name)
    if python_name in declared.methods:
        raise _refuse(node, f"second definition of method '{python_name}'")
    parameters = node.child_by_field_name("parameters")
    first = parameters.named_children[0] if parameters is not None and parameters.named_children else None
    self_name = None
    if kind is not c.MethodKind.STATIC:
        if first is None or first.type != "identifier":
            raise _refuse(node, f"method '{python_name}' without a plain 'self' parameter")
        self_name = node_text(first)
    declared.methods[python_name] = PyMethod(name, key, kind, node, role)
    table.owners[key] = (declared, self_name)
    functions[key] = node


def _read_fields(declared: PyClass, init: Syntax) -> None:
    """The fields: the attributes of ``self`` that ``__init__`` assigns, in order."""
    parameters = init.field("parameters").named_children
    self_name = node_text(parameters[0])
    for assignment in _descendants(init.field("body"), "assignment"):
        left = assignment.child_by_field_name("left")
        if left is not None and left.type == "attribute":
            owner = left.field("object")
            if owner.type == "identifier" and node_text(owner) == self_name:
                declared.fields.setdefault(node_text(left.field("attribute")), assignment)


def _slot_names(value: Syntax) -> tuple[str, ...]:
    """``__slots__ = ('a', 'b')`` (a tuple, list or one string): the attributes its objects may have.
    They change nothing a translation computes (its objects have the fields ``__init__`` assigns,
    and an attribute assigned elsewhere is refused anyway); ``_check_slots`` refuses where Python
    would raise because of them."""
    items = value.named_children if value.type in ("tuple", "list", "parenthesized_expression") else [value]
    names = []
    for item in items:
        if item.type == "comment":
            continue
        text = constant_value(item)
        if not isinstance(text, ir.StringLiteral):
            raise _refuse(value, f"__slots__ other than string literals: '{node_text(value)}'")
        names.append(text.value)
    return tuple(names)


def _check_slots(table: ClassTable, declared: PyClass) -> None:
    """Refuse what ``__slots__`` makes Python raise: a slot named like a class attribute (ValueError
    when the class is made) and, where the class and all its bases have slots (no ``__dict__``), an
    attribute ``__init__`` assigns outside them (AttributeError)."""
    if declared.slots is None:
        return
    for name in declared.slots:
        if name in declared.constants:
            raise _refuse(declared.node, f"slot '{name}' of class '{declared.name}' that is also a class attribute")
    lineage = list(table.lineage(declared.name))
    if any(k.slots is None or "__dict__" in k.slots for k in lineage):
        return
    allowed = {name for k in lineage for name in k.slots or ()}
    for name, assignment in declared.fields.items():
        if name not in allowed:
            raise _refuse(assignment, f"attribute '{name}' outside the __slots__ of class '{declared.name}' "
                          "(Python raises AttributeError)")  # fmt: skip


def _descendants(node: Syntax, kind: str) -> list[Syntax]:
    found: list[Syntax] = []
    for child in node.named_children:
        if child.type == kind:
            found.append(child)
        if child.type not in ("function_definition", "class_definition", "lambda"):
            found.extend(_descendants(child, kind))
    return found


def method_parameters(table: ClassTable, key: str, names: list[str]) -> list[str]:
    """A method's parameters without its ``self``."""
    owner = table.owners.get(key)
    if owner is None or owner[1] is None:
        return names
    return names[1:]


def role_hints(table: ClassTable, key: str, types: FunctionTypes) -> None:
    """The other operand of ``__eq__``/``__lt__`` is an object of the class (what the targets'
    ``equals``/``operator<`` take); an unannotated one would have no type where they go unused."""
    owner = table.owners.get(key)
    if owner is None or not types.params:
        return
    method = next((m for m in owner[0].methods.values() if m.key == key), None)
    if (
        method is not None
        and method.role in (c.Role.EQUALS, c.Role.LESS)
        and types.params[0] not in types.pinned
    ):
        types.variables[types.params[0]] = t.ClassType(owner[0].name)
        types.pinned.add(types.params[0])
        if method.role is c.Role.EQUALS:
            types.result = t.BOOL
            types.result_pinned = True


def declarations(
    table: ClassTable, types: Mapping[str, FunctionTypes], warnings: list[str]
) -> tuple[c.ClassDecl, ...]:
    """The ``ClassDecl`` of each class read, its fields typed as the constructor's build settled
    (a field whose type was only assumed is refused)."""
    for warning in warnings:
        for declared in table.classes.values():
            prefix = f"{declared.constructor}: variable 'self."
            if warning.startswith(prefix):
                name = warning[len(prefix) :].split("'")[0]
                raise _refuse(declared.fields.get(name, declared.node), f"field '{name}' of class "
                              f"'{declared.name}' whose type nothing says (annotate it: self.{name}: T = ...)")  # fmt: skip
    found: list[c.ClassDecl] = []
    for declared in table.classes.values():
        fields = list(declared.constants.values())
        init_types = types.get(declared.constructor) or FunctionTypes(params=[])
        for name, where in declared.fields.items():
            type_ = init_types.variables.get(field_variable(name), t.UNKNOWN)
            if isinstance(type_, t.UnknownType) or _has_unknown(type_):
                raise _refuse(where, f"field '{name}' of class '{declared.name}' whose type nothing says "
                              "(annotate it: self.f: T = ...)")  # fmt: skip
            if declared.base and table.owning_field(declared.base, name):
                continue  # the base's field, set again
            fields.append(c.Field(name, type_, location=where.location))
        methods = tuple(
            c.Method(m.name, m.key, m.kind, role=m.role, location=m.node.location)
            for m in declared.methods.values()
        )
        found.append(c.ClassDecl(declared.name, tuple(fields), methods, base=declared.base,
                                 location=declared.node.location))  # fmt: skip
    return tuple(found)


def as_list(type_: t.Type) -> t.Type:
    """A field's type: an array is a list (any method of the class may make it grow), and an int
    is 64-bit (any method may add to it: Python's ints do not overflow, and the width analysis
    follows variables, not fields). A list's int elements keep their inferred width."""
    if isinstance(type_, t.ArrayType):
        return t.ListType(type_.element)
    if isinstance(type_, t.IntType) and type_.bits is not None and type_.bits < 64:
        return t.LONG
    return type_


def _has_unknown(type_: t.Type) -> bool:
    element = getattr(type_, "element", None)
    return isinstance(element, t.UnknownType) or (element is not None and _has_unknown(element))


# Library operations that compare, order or hash their elements: on objects the targets would use
# the references' identity or address where Python calls __eq__/__lt__/__hash__ (or refuses).
_COMPARING = frozenset({
    ir.LibOp.MIN, ir.LibOp.MAX, ir.LibOp.SORT, ir.LibOp.SORT_DESC, ir.LibOp.MAX_ELEMENT,
    ir.LibOp.MIN_ELEMENT, ir.LibOp.LOWER_BOUND, ir.LibOp.UPPER_BOUND, ir.LibOp.CONTAINS,
    ir.LibOp.COUNT_OF, ir.LibOp.LIST_REMOVE_VALUE, ir.LibOp.SET_ADD, ir.LibOp.SET_REMOVE,
    ir.LibOp.MAP_GET, ir.LibOp.MAP_GET_OR, ir.LibOp.MAP_PUT, ir.LibOp.MAP_REMOVE, ir.LibOp.PUSH,
})  # fmt: skip


def _holds_objects(type_: t.Type) -> bool:
    if isinstance(type_, t.ClassType):
        return True
    return any(_holds_objects(getattr(type_, part)) for part in ("element", "key") if hasattr(type_, part))


class ClassExpressions(_Base):
    """The builder's reading of objects: ``self``, fields, methods, constructors, roles."""

    def build(self) -> ir.Function:
        function = super().build()
        if self.final:
            for node in ir.walk(function.body):
                if (
                    isinstance(node, ir.LibraryCall)
                    and node.op in _COMPARING
                    and any(_holds_objects(getattr(a, "type", t.UNKNOWN)) for a in node.args)
                ):
                    raise UnsupportedConstruct(
                        f"rules engine: unsupported Python construct: {node.op.value} on objects "
                        "(Python compares them with __eq__/__lt__; the translation would compare references)",
                        node.location or self.location(self.node),
                    )
                self.check_field_copy(node)
                held = node.type if isinstance(node, ir.Expr) else None
                if isinstance(held, t.SetType | t.MapType | t.PriorityQueueType) and _holds_objects(held):
                    raise UnsupportedConstruct(
                        "rules engine: unsupported Python construct: a set, dict or heap of objects "
                        "(Python hashes or orders them by their methods)",
                        node.location or self.location(self.node),
                    )
        return function

    def class_context(self) -> tuple[PyClass, str | None] | None:
        return self.module.class_table.owners.get(self.name)

    def this(self) -> ir.Expr | None:
        context = self.class_context()
        if context is None:
            return None
        return c.This(type=t.ClassType(context[0].name))

    def is_self(self, node: Syntax) -> bool:
        context = self.class_context()
        if context is None or self.name in self.module.class_table.class_methods:
            return False
        return node.type == "identifier" and node_text(node) == context[1]

    def class_named(self, node: Syntax) -> PyClass | None:
        if node.type != "identifier" or node_text(node) in self.types.variables:
            return None
        context = self.class_context()
        if (
            context is not None
            and self.name in self.module.class_table.class_methods
            and node_text(node) == context[1]
        ):
            return context[0]  # a @classmethod's cls
        return self.module.class_table.classes.get(node_text(node))

    def expr_identifier(self, node: Syntax) -> ir.Expr:
        if self.is_self(node):
            this = self.this()
            assert this is not None
            return this
        if self.class_named(node) is not None:
            raise self.unsupported(node, f"the class '{node_text(node)}' used as a value")
        return cast(ir.Expr, super().expr_identifier(node))  # type: ignore[misc]

    def field_type(self, owner: str, name: str) -> t.Type:
        table = self.module.class_table
        declared = table.owning_field(owner, name)
        if declared is None:
            return t.UNKNOWN
        types = self.module.types.get(declared.constructor)
        return types.variables.get(field_variable(name), t.UNKNOWN) if types is not None else t.UNKNOWN

    def expr_attribute(self, node: Syntax) -> ir.Expr:
        owner_node, attribute = node.field("object"), node_text(node.field("attribute"))
        loc = self.location(node)
        table = self.module.class_table
        declared = self.class_named(owner_node)
        if declared is not None:
            holder = table.owning_constant(declared.name, attribute)
            if holder is None:
                raise self.unsupported(node, f"attribute '{attribute}' of class '{declared.name}'")
            return c.StaticField(holder.name, attribute, type=holder.constants[attribute].type, location=loc)
        if owner_node.type not in ("identifier", "attribute", "call", "subscript"):
            return cast(ir.Expr, super().expr_attribute(node))  # type: ignore[misc]
        if (
            owner_node.type == "identifier"
            and not self.is_self(owner_node)
            and (
                node_text(owner_node) not in self.types.variables
                and node_text(owner_node) not in self.types.params
            )
        ):
            return cast(ir.Expr, super().expr_attribute(node))  # type: ignore[misc]  # math.pi, sys.maxsize
        obj = self.expr(owner_node)
        if not isinstance(obj.type, t.ClassType):
            if isinstance(obj.type, t.UnknownType) and not self.final:
                return ir.Name("?", type=t.UNKNOWN, location=loc)
            return cast(ir.Expr, super().expr_attribute(node))  # type: ignore[misc]
        method = table.lookup(obj.type.name, attribute)
        if method is not None and method.key in table.properties:
            if table.owning_field(obj.type.name, attribute) is not None:
                raise self.unsupported(node, f"attribute '{attribute}', both a field and a @property")
            result = self.module.types[method.key].result
            if not self.final and isinstance(result, t.UnknownType):
                return ir.Name("?", type=t.UNKNOWN, location=loc)
            return c.MethodCall(obj, obj.type.name, method.name, method.key, (), type=result, location=loc)
        if table.owning_field(obj.type.name, attribute) is not None:
            return c.FieldAccess(obj, attribute, type=self.field_type(obj.type.name, attribute), location=loc)
        holder = table.owning_constant(obj.type.name, attribute)
        if holder is not None:
            return c.StaticField(holder.name, attribute, type=holder.constants[attribute].type, location=loc)
        raise self.unsupported(node, f"attribute '{attribute}' (not a field of class '{obj.type.name}')")

    def assign_to(
        self, left: Syntax, value: ir.Expr, node: Syntax, value_node: Syntax | None
    ) -> list[ir.Stmt]:
        if left.type != "attribute":
            return super().assign_to(left, value, node, value_node)
        loc = self.location(node)
        target = self.expr(left)
        attribute = node_text(left.field("attribute"))
        if isinstance(target, c.StaticField) and self.class_named(left.field("object")) is None:
            # through an object, Python gives that object an attribute of its own
            raise self.unsupported(left, f"assignment to the class attribute '{attribute}' through an object")
        if not isinstance(target, c.FieldAccess | c.StaticField):
            if not self.final:
                return []
            raise self.unsupported(left, f"assignment to '{node_text(left)}'")
        self.check_not_frozen(target, left)
        context = self.class_context()
        if context is not None and context[0].constructor == self.name and self.is_self(left.field("object")):
            declared = context[0]
            hint = node.child_by_field_name("type")
            if hint is not None and declared.fields.get(attribute) is node:
                self.module.types[self.name].variables[field_variable(attribute)] = as_list(
                    self.module.hint_type(hint)
                )
                self.module.types[self.name].pinned.add(field_variable(attribute))
            elif attribute in declared.fields:
                self.see(field_variable(attribute), as_list(self.observed(value)), loc)
        if self.final:
            self.check_field_value(target, value, node)
            value = self.coerce(value, target.type, value_node)
        return [ir.ExprStmt(ir.AssignExpr(target, value, type=target.type), location=loc)]

    def check_not_frozen(self, target: ir.Expr, left: Syntax) -> None:
        """An attribute of an object of a ``@dataclass(frozen=True)`` (or of a subclass) assigned
        anywhere but in the ``__init__`` the dataclass generates: Python raises FrozenInstanceError."""
        if not isinstance(target, c.FieldAccess) or not isinstance(target.obj.type, t.ClassType):
            return
        table = self.module.class_table
        frozen = next((k for k in table.lineage(target.obj.type.name) if k.name in table.frozen), None)
        if frozen is not None and not (self.name == frozen.constructor and self.is_self(left.field("object"))):
            raise self.unsupported(
                left, f"assignment to '{node_text(left)}', an object of the frozen dataclass '{frozen.name}' "
                "(Python raises FrozenInstanceError)",
            )

    def check_field_copy(self, node: ir.Node) -> None:
        """A list field read into a variable or returned: Python shares it; C++ would copy it."""
        if not self.module.forms.containers_hold_copies:
            return
        value: ir.Expr | None = None
        if isinstance(node, ir.VarDecl):
            value = node.init
        elif (isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name)) or isinstance(
            node, ir.Return
        ):
            value = node.value
        if isinstance(value, c.FieldAccess | c.StaticField) and isinstance(value.type, t.CONTAINER_TYPES):
            raise UnsupportedConstruct(
                f"rules engine: unsupported Python construct: the field '{value.name}' (a container) held in a "
                "variable or returned (Python shares it; the translation would copy it)",
                node.location or value.location or self.location(self.node),
            )

    def check_field_value(self, target: ir.Expr, value: ir.Expr, node: Syntax) -> None:
        """A value the field's type cannot hold as it is (a float into a field ``__init__`` makes
        an int): Python's field would take the value's type; refused rather than converted."""
        try:
            joined = join(target.type, finalize(value.type))
        except TypeConflict:
            joined = None
        container = isinstance(value.type, (t.ArrayType, *t.CONTAINER_TYPES))
        copied = self.module.forms.containers_hold_copies or isinstance(value.type, t.ArrayType)
        if container and copied and isinstance(value, ir.Name | c.FieldAccess | c.StaticField | ir.Index):
            raise self.unsupported(node, "a list, dict or set stored in a field from a variable (Python "
                                   "shares the object; the translation would hold a copy)")  # fmt: skip
        if joined != target.type and not isinstance(value, ir.NullLiteral):
            what = node_text(node.child_by_field_name("left") or node)
            raise self.unsupported(node, f"'{what}' given a value of type {describe(value.type)} where "
                                   f"its class holds {describe(target.type)} (annotate the field in __init__)")  # fmt: skip

    def augmented(self, node: Syntax) -> list[ir.Stmt]:
        left = node.field("left")
        if left.type != "attribute":
            return super().augmented(node)
        operator = node_text(node.field("operator"))[:-1]
        target = self.expr(left)
        if isinstance(target, c.StaticField) and self.class_named(left.field("object")) is None:
            raise self.unsupported(
                left, f"assignment to the class attribute '{node_text(left)}' through an object"
            )
        if not isinstance(target, c.FieldAccess | c.StaticField):
            if not self.final:
                return []
            raise self.unsupported(left, f"assignment to '{node_text(left)}'")
        self.check_not_frozen(target, left)
        combined = self.binary(operator, target, self.expr(node.field("right")), node)
        if self.final:
            self.check_field_value(target, combined, node)
            combined = self.coerce(combined, target.type, node)
        return [ir.ExprStmt(ir.AssignExpr(target, combined, type=target.type), location=self.location(node))]

    def call(self, node: Syntax, *, statement: bool) -> ir.Expr | None:
        function = node.field("function")
        table = self.module.class_table
        if function.type == "identifier" and self.class_named(function) is not None:
            declared = self.class_named(function)
            assert declared is not None
            init = table.lookup(declared.name, "__init__")
            args = self.method_arguments(init.key if init else None, node)
            return c.New(declared.name, args, init.key if init else None, type=t.ClassType(declared.name),
                         location=self.location(node))  # fmt: skip
        if function.type != "attribute":
            return super().call(node, statement=statement)
        owner_node, name = function.field("object"), node_text(function.field("attribute"))
        if owner_node.type == "call" and node_text(owner_node.field("function")) == "super":
            return self.super_call(owner_node, name, node)
        declared = self.class_named(owner_node)
        if declared is not None:
            method = table.lookup(declared.name, name)
            if method is None or method.kind is not c.MethodKind.STATIC:
                raise self.unsupported(
                    node, f"'{name}' called on the class '{declared.name}' (not a @staticmethod)"
                )
            if method.key in table.class_methods and not method.key.startswith(f"{declared.name}."):
                raise self.unsupported(
                    node, f"@classmethod '{name}' called on the subclass '{declared.name}'"
                )
            return self.method_result(None, declared.name, method, node)
        if (
            owner_node.type == "identifier"
            and not self.is_self(owner_node)
            and (
                node_text(owner_node) not in self.types.variables
                and node_text(owner_node) not in self.types.params
            )
        ):
            return super().call(node, statement=statement)
        if owner_node.type != "identifier" and self.static_class(owner_node) is None:
            # not an object (a str, a list...): built once, by the call's own reading
            return super().call(node, statement=statement)
        receiver = self.expr(owner_node)
        if not isinstance(receiver.type, t.ClassType):
            return super().call(node, statement=statement)
        method = table.lookup(receiver.type.name, name)
        if method is not None and method.key in table.class_methods:
            raise self.unsupported(node, f"@classmethod '{name}' called on an object")
        if method is not None and method.key in table.properties:
            raise self.unsupported(node, f"call of the @property '{name}' (it calls the property's value)")
        if method is None or method.role is not c.Role.NONE or method.kind is c.MethodKind.CONSTRUCTOR:
            raise self.unsupported(node, f"method '{name}' (not a method of class '{receiver.type.name}')")
        return self.method_result(None if method.kind is c.MethodKind.STATIC else receiver, receiver.type.name,
                                  method, node)  # fmt: skip

    def condition(self, expr: ir.Expr) -> ir.Expr:
        """An object's truth: it is not None (the classes read define no ``__bool__``/``__len__``)."""
        if isinstance(expr.type, t.ClassType):
            null = ir.NullLiteral(type=expr.type, location=expr.location)
            return ir.Binary(B.NE, expr, null, type=t.BOOL, location=expr.location)
        return super().condition(expr)

    def static_class(self, node: Syntax) -> str | None:
        """The class of the object ``node`` computes, read from the syntax and the types known so far
        (without building it: a build may emit statements), or None where it is not an object."""
        table = self.module.class_table
        found: t.Type = t.UNKNOWN
        if node.type == "identifier":
            if self.is_self(node):
                context = self.class_context()
                return context[0].name if context else None
            found = self.var_type(node_text(node))
        elif node.type == "parenthesized_expression" and len(node.named_children) == 1:
            return self.static_class(node.named_children[0])
        elif node.type == "attribute":
            owner = self.static_class(node.field("object"))
            found = self.field_type(owner, node_text(node.field("attribute"))) if owner else t.UNKNOWN
        elif node.type == "subscript":
            base = node.field("value")
            container = self.var_type(node_text(base)) if base.type == "identifier" else t.UNKNOWN
            found = getattr(container, "element", t.UNKNOWN)
        elif node.type == "call":
            function = node.field("function")
            declared = self.class_named(function)
            if declared is not None:
                return declared.name
            key: str | None = None
            if function.type == "identifier":
                key = node_text(function)
            elif function.type == "attribute":
                owner_class = self.class_named(function.field("object"))
                owner = owner_class.name if owner_class else self.static_class(function.field("object"))
                method = table.lookup(owner, node_text(function.field("attribute"))) if owner else None
                key = method.key if method else None
            types = self.module.types.get(key) if key else None
            found = types.result if types is not None else t.UNKNOWN
        return found.name if isinstance(found, t.ClassType) else None

    def method_result(self, receiver: ir.Expr | None, owner: str, method: PyMethod, node: Syntax) -> ir.Expr:
        args = self.method_arguments(method.key, node)
        result = self.module.types[method.key].result if self.final else t.UNKNOWN
        if not self.final and not isinstance(self.module.types[method.key].result, t.UnknownType):
            result = self.module.types[method.key].result
        return c.MethodCall(
            receiver, owner, method.name, method.key, args, type=result, location=self.location(node)
        )

    def method_arguments(self, key: str | None, node: Syntax) -> tuple[ir.Expr, ...]:
        """The arguments of a call of the method ``key`` (None: a class without ``__init__``),
        taught to its parameters and converted to their types in the final build."""
        syntax, keywords = self.arguments(node)
        params = self.module.types[key].params if key is not None else []
        if keywords:
            syntax = self.keyword_order(syntax, keywords, params, node)
        if len(syntax) != len(params):
            raise self.unsupported(
                node, f"a call with {len(syntax)} arguments of a method taking {len(params)}"
            )
        values = [self.expr(a) for a in syntax]
        if key is None:
            return ()
        for position, value in enumerate(values):
            self.observations.calls.setdefault(key, []).append((position, self.observed(value)))
        if self.final:
            types = self.module.types[key]
            values = [self.coerce(v, types.variables.get(p, t.UNKNOWN), s)
                      for v, p, s in zip(values, params, syntax, strict=True)]  # fmt: skip
        return tuple(values)

    def keyword_order(
        self, positional: list[Syntax], keywords: dict[str, Syntax], params: list[str], node: Syntax
    ) -> list[Syntax]:
        """The arguments in parameter order. Python evaluates them in the call's order: a reordering
        is taken only where at most one value computes (the others are names and literals, which no
        expression here changes) or all that compute read fields."""
        rest = params[len(positional) :]
        if set(keywords) != set(rest):
            raise self.unsupported(
                node, f"keyword arguments {', '.join(keywords)} for the parameters {', '.join(rest)}"
            )
        constant = (
            "identifier",
            "integer",
            "float",
            "string",
            "true",
            "false",
            "none",
        )  # nothing changes them
        computed = [v for v in keywords.values() if v.type not in constant]
        fields_only = all(v.type == "attribute" for v in computed)
        if any(
            n.type == "named_expression" for v in computed for n in [v, *_descendants(v, "named_expression")]
        ):
            computed.append(computed[0])  # `(n := ...)` changes a name another value may read
        if list(keywords) != rest and len(computed) > 1 and not fields_only:
            raise self.unsupported(
                node, "keyword arguments out of order whose values compute (Python's order)"
            )
        return positional + [keywords[name] for name in rest]

    def super_call(self, super_node: Syntax, name: str, node: Syntax) -> ir.Expr:
        context = self.class_context()
        if context is None or context[0].base is None or super_node.field("arguments").named_children:
            raise self.unsupported(node, "super() outside a method of a derived class, or with arguments")
        base = context[0].base
        method = self.module.class_table.lookup(base, name)
        if method is None:
            raise self.unsupported(node, f"super().{name}() (not a method of '{base}')")
        if method.kind is c.MethodKind.CONSTRUCTOR:
            if context[0].constructor != self.name:
                raise self.unsupported(node, "super().__init__() outside __init__")
            args = self.method_arguments(method.key, node)
            return c.SuperCall(base, None, method.key, args, type=t.VOID, location=self.location(node))
        args = self.method_arguments(method.key, node)
        result = self.module.types[method.key].result
        return c.SuperCall(base, method.name, method.key, args, type=result, location=self.location(node))

    def role_call(
        self, value: ir.Expr, role: c.Role, args: tuple[ir.Expr, ...], node: Syntax
    ) -> ir.Expr | None:
        """The call of the method of ``value``'s class that has ``role``, or None where none has."""
        assert isinstance(value.type, t.ClassType)
        table = self.module.class_table
        current = table.classes.get(value.type.name)
        while current is not None:
            for method in current.methods.values():
                if method.role is role:
                    type_ = t.STRING if role is c.Role.TO_STRING else t.BOOL
                    return c.MethodCall(value, value.type.name, method.name, method.key, args, type=type_,
                                        location=self.location(node))  # fmt: skip
            current = table.classes.get(current.base) if current.base else None
        return None

    def object_text(self, value: ir.Expr, node: Syntax) -> ir.Expr:
        """``str(obj)``: its ``__str__`` (or ``__repr__``)."""
        text = self.role_call(value, c.Role.TO_STRING, (), node)
        if text is None:
            raise self.unsupported(node, f"text of an object of class '{value.type}' without __str__ "
                                   "(Python prints its address)")  # fmt: skip
        return text

    def compare(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr:
        if not isinstance(left.type, t.ClassType) and not isinstance(right.type, t.ClassType):
            return cast(ir.Expr, super().compare(operator, left, right, node))  # type: ignore[misc]
        loc = self.location(node)
        if operator in ("is", "is not"):
            op = B.EQ if operator == "is" else B.NE
            return ir.Binary(op, left, right, type=t.BOOL, location=loc)
        if not (isinstance(left.type, t.ClassType) and isinstance(right.type, t.ClassType)):
            raise self.unsupported(node, f"'{operator}' between an object and another value")
        found: ir.Expr | None = None
        if operator in ("==", "!="):
            found = self.role_call(left, c.Role.EQUALS, (right,), node)
            if found is None:
                found = ir.Binary(B.EQ, left, right, type=t.BOOL, location=loc)  # Python's default: identity
        elif operator in ("<", ">"):
            found = self.role_call(left if operator == "<" else right, c.Role.LESS,
                                   (right if operator == "<" else left,), node)  # fmt: skip
        if found is None:
            raise self.unsupported(node, f"'{operator}' between objects of class '{left.type}'")
        if operator == "!=":
            return ir.Unary(ir.UnaryOp.NOT, found, type=t.BOOL, location=loc)
        return found
