"""Containers in the Python back end: creation, copies, and iteration in the source's order."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.mixin_base import PythonBackendBase
from transcoder.engines.rules.python.shapes import sorted_container, viewed
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp
B = ir.BinaryOp
ATOM = 100


class Containers(PythonBackendBase):
    """Printing of new containers and of iteration in a kept order (a mixin of ``PythonBackend``)."""

    def expr_NewContainer(self, expr: ir.NewContainer) -> tuple[str, int]:
        type_ = expr.type
        if isinstance(type_, t.ListType):
            if expr.source is not None:
                return (self.listed(expr.source), ATOM)
            if expr.size is None:
                return ("[]", ATOM)
            fill = expr.fill
            if fill is not None and isinstance(fill.type, t.ListType | t.ArrayType):
                return (f"[{self.expr(fill)} for _ in {self.builtin('range')}({self.expr(expr.size)})]", ATOM)
            fill_text = self.expr(fill) if fill is not None else self.zero(type_.element)
            return (f"[{fill_text}] * {self.expr(expr.size, 12)}", 11)
        if isinstance(type_, t.MapType | t.SetType) and type_.order is t.Order.JAVA_HASH:
            return self.java_hash_container(expr)
        if isinstance(type_, t.SetType) and type_.order is t.Order.INSERTION:
            # Java's LinkedHashSet: a dict of its elements keeps their insertion order, as a set does not
            if expr.source is None:
                return ("{}", ATOM)
            return (f"{self.builtin('dict')}.fromkeys({self.in_order(expr.source)})", ATOM)
        if isinstance(type_, t.MapType):
            copied = (
                self.expr(expr.source)
                if isinstance(expr.source, ir.Expr) and isinstance(expr.source.type, t.MapType)
                else None
            )
            if expr.source is not None and copied is None:
                raise self.unsupported(expr, "map initialised from something other than a map")
            if self.uses_default(type_):
                self.imports.add("from collections import defaultdict")
                return (f"defaultdict({self.factory(type_.value)}{', ' + copied if copied else ''})", ATOM)
            return (f"{self.builtin('dict')}({copied})" if copied else "{}", ATOM)
        if isinstance(type_, t.SetType):
            if expr.source is not None:
                source = expr.source
                if isinstance(source, ir.ArrayLiteral) and source.elements:
                    return ("{" + ", ".join(self.expr(e) for e in source.elements) + "}", ATOM)
                if isinstance(source.type, t.SetType):  # a copy: its order is the type's, not the source's
                    return (f"{self.builtin('set')}({self.expr(source)})", ATOM)
                return (f"{self.builtin('set')}({self.in_order(source)})", ATOM)
            return (f"{self.builtin('set')}()", ATOM)
        if isinstance(type_, t.PriorityQueueType) and type_.max_first and not isinstance(type_.element, t.IntType | t.FloatType):
            # largest first is a heap of negated values: a str, a char or a tuple has no negation
            raise self.unsupported(expr, f"a largest-first priority_queue of {type_.element}")
        if isinstance(type_, t.StackType | t.PriorityQueueType):
            if expr.source is not None:
                raise self.unsupported(expr, "container initialised from another")
            return ("[]", ATOM)
        if isinstance(type_, t.QueueType | t.DequeType):
            self.imports.add("from collections import deque")
            initial = self.in_order(expr.source) if expr.source is not None else ""
            return (f"deque({initial})", ATOM)
        raise self.unsupported(expr, f"container {type_}")

    def in_order(self, iterable: ir.Expr) -> str:
        """``iterable`` (a container, or a map's keys/values/items) as text that iterates it in the
        source's order: a sorted container (C++ ``set``/``map``, Java ``TreeSet``/``TreeMap``) is
        sorted where it is read, since a Python set or dict is not; a map gives its (key, value)
        pairs, as a C++ map does."""
        view = iterable.op if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS else None
        source = viewed(iterable)
        type_ = source.type
        if not sorted_container(source):
            if view is None and isinstance(type_, t.MapType):
                return f"{self.expr(source, ATOM)}.items()"
            return self.expr(iterable)
        container = self.expr(source, ATOM)
        if isinstance(type_, t.SetType) or view == L.MAP_KEYS:
            return f"{self.builtin('sorted')}({self.expr(source)})"
        if view == L.MAP_VALUES:
            return f"[value for _, value in {self.builtin('sorted')}({container}.items())]"
        return f"{self.builtin('sorted')}({container}.items())"

    def listed(self, iterable: ir.Expr) -> str:
        """A new list of ``iterable``'s elements in the source's order (see ``in_order``)."""
        text = self.in_order(iterable)
        # a sorted container's order is already a new list (`sorted(...)`, `[value for ...]`)
        return text if sorted_container(viewed(iterable)) else f"{self.builtin('list')}({text})"

    def java_hash_container(self, expr: ir.NewContainer) -> tuple[str, int]:
        """A Java HashSet/HashMap whose iteration order the program observes (helper classes)."""
        type_ = expr.type
        assert isinstance(type_, t.MapType | t.SetType)
        self.helpers.add("java_hash_map")
        arguments = []
        if isinstance(type_, t.SetType):
            self.helpers.add("java_hash_set")
            if expr.source is not None:
                if isinstance(expr.source, ir.ArrayLiteral):
                    raise self.unsupported(expr, "a HashSet of listed values iterated in Java's order")
                arguments.append(self.in_order(expr.source))
        if expr.capacity is not None:
            arguments.append(f"capacity={self.expr(expr.capacity)}")
        key = type_.key if isinstance(type_, t.MapType) else type_.element
        if isinstance(key, t.IntType) and key.bits == 64:
            arguments.append("long_keys=True")
        if isinstance(type_, t.MapType) and self.uses_default(type_):
            arguments.append(f"default={self.factory(type_.value)}")
        name = "JavaHashMap" if isinstance(type_, t.MapType) else "JavaHashSet"
        return (f"{name}({', '.join(arguments)})", ATOM)

    def uses_default(self, type_: t.MapType) -> bool:
        """True when the module reads C++ ``map[key]`` (which inserts a default) on maps of this type."""
        if self.indexed_maps is None:
            self.indexed_maps = {
                node.base.type
                for function in self.ir_module.functions
                for node in ir.walk(function)
                if isinstance(node, ir.Index) and isinstance(node.base.type, t.MapType)
            }
        return type_ in self.indexed_maps

    def factory(self, type_: t.Type) -> str:
        if isinstance(type_, t.IntType | t.CharType):
            return "int"
        if isinstance(type_, t.FloatType):
            return "float"
        if isinstance(type_, t.BoolType):
            return "bool"
        if isinstance(type_, t.StringType):
            return "str"
        if isinstance(type_, t.ListType):
            return "list"
        raise UnsupportedConstruct(f"rules engine: cannot translate to Python: map with {type_} values")
