"""Container order: which hash sets and maps must iterate in the source's order, and in which.

The source fixes an order in which its sets and maps iterate (Java's ``HashMap`` table,
``LinkedHash*`` insertion order, a Python dict's insertion order); a target's natural container
iterates in another. Only where the program *observes* the order must a translation keep it:
iterating (unless the body is ``order_free_body``), ``toArray``, copying into a list, printing,
comparing, or any use other than the order-free operations (``effects.ORDER_FREE``).

Variables bound to one another (``a = b``, an argument and its parameter, a returned value and
its receiver) share one type, so they are grouped (union-find) and marked together, with the
order of the containers created into them (``new LinkedHash...`` or a declaration the front end
reports as insertion-ordered: insertion; ``new Hash...``: the source's plain order); a container
copied into an observed one is observed too. A ``keySet()``/``values()`` view kept in a variable
and iterated in order is refused (the copy the back ends make would not keep the map's order),
and so is a variable that holds both kinds. The result is a side table, ``ContainerOrders``;
``passes.container_order`` writes it into the types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.order_free import order_free_body
from transcoder.engines.rules.effects import ORDER_FREE
from transcoder.errors import UnsupportedConstruct

Key = tuple[str | None, str]
"""(function, variable), None for globals; ``"#result"`` names a function's result."""
PlainOrder = Callable[[t.Type], t.Order]
"""The order of a container the source creates without saying (Java: its hash order)."""


def hashable_in_java_order(type_: t.Type) -> bool:
    """Key types whose Java ``hashCode`` the back ends' helpers compute (Integer, Long, Short,
    Byte, Character, String)."""
    return isinstance(type_, (t.CharType, t.StringType)) or (
        isinstance(type_, t.IntType) and type_.signed and type_.bits in (8, 16, 32, 64)
    )


def unordered_container(type_: t.Type) -> bool:
    """A set or map whose type says no order yet."""
    return isinstance(type_, (t.SetType, t.MapType)) and type_.order is t.Order.UNSPECIFIED


def java_plain_order(type_: t.Type) -> t.Order:
    """A Java ``HashSet``/``HashMap`` iterates in its table's order."""
    return t.Order.JAVA_HASH


def python_plain_order(type_: t.Type) -> t.Order:
    """A Python dict iterates in insertion order; a set's order is CPython's, left unspecified."""
    return t.Order.INSERTION if isinstance(type_, t.MapType) else t.Order.UNSPECIFIED


def locals_of(function: ir.Function) -> set[str]:
    """Parameters and variables declared in ``function``."""
    return {p.name for p in function.params} | {
        n.name for n in irtools.nodes(function.body) if isinstance(n, (ir.VarDecl, ir.ForEach))
    }


def key_function(function: ir.Function | None) -> Callable[[str], Key]:
    """The key of a variable seen in ``function`` (None: the module's globals)."""
    local = locals_of(function) if function is not None else set()
    name = function.name if function is not None else None

    def key(variable: str) -> Key:
        return (name, variable) if variable in local else (None, variable)

    return key


class _Groups:
    """Union-find over variables that hold the same container."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, key: Key) -> Key:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Key, b: Key) -> None:
        self.parent[self.find(a)] = self.find(b)


class _Scan(ir.Visitor):
    """What the module does with its unordered sets and maps: groups, creations, observations."""

    def __init__(self, module: ir.Module, linked: frozenset[Key], plain: PlainOrder) -> None:
        self.functions = {f.name: f for f in module.functions}
        self.plain = plain
        self.groups = _Groups()
        self.observed: dict[Key, ir.Node] = {}  # variable -> the first node that observes its order
        self.key_types: dict[Key, t.Type] = {}
        self.copies: list[tuple[Key, Key]] = []  # (copy, source): the source's order fills the copy
        self.views: list[tuple[Key, ir.Node]] = []
        self.created: dict[Key, set[t.Order]] = {key: {t.Order.INSERTION} for key in linked}
        self.created_at: dict[Key, ir.Node] = {}  # variable -> a container created into it (for errors)
        for function in [*module.functions, None]:
            # None: the globals, whose initialisers create containers too
            nodes = (
                irtools.nodes(function.body)
                if function is not None
                else [n for g in module.globals for n in ir.walk(g)]
            )
            self.scan(function, nodes)

    def creation(self, key: Key, value: ir.Expr | None) -> None:
        if not isinstance(value, ir.NewContainer) or not isinstance(value.type, (t.SetType, t.MapType)):
            return
        self.created_at.setdefault(key, value)
        if value.type.order is t.Order.SORTED:
            # `Map<K, V> m = new TreeMap<>()`: the variable's declared type says no order, the
            # container created into it does
            self.created.setdefault(key, set()).add(t.Order.SORTED)
        elif unordered_container(value.type):
            order = t.Order.INSERTION if value.insertion_order else self.plain(value.type)
            self.created.setdefault(key, set()).add(order)

    def scan(self, function: ir.Function | None, nodes: Sequence[ir.Node]) -> None:
        self.key = key_function(function)
        self.function = function
        self.excused: set[int] = set()  # ids of uses that do not observe the order
        for node in nodes:
            self.visit(node)
        for node in nodes:
            if (found := self.var(node)) is not None and id(node) not in self.excused:
                self.observed.setdefault(found, node)

    def var(self, expr: ir.Node | None) -> Key | None:
        """The key of ``expr`` when it names an unordered set or map."""
        if isinstance(expr, ir.Name) and unordered_container(expr.type):
            found = self.key(expr.id)
            self.key_types[found] = expr.type
            return found
        return None

    # visit_<Node> (ir.Visitor's dispatch) for each node of the walk; no recursion: the walk
    # already lists every node
    def generic_visit(self, node: ir.Node) -> None:
        return None

    def visit_LibraryCall(self, node: ir.LibraryCall) -> None:
        if node.op in ORDER_FREE and node.args:
            operand = node.args[0]
            if isinstance(operand, ir.LibraryCall) and operand.op in ir.MAP_VIEWS:
                operand = operand.args[0]  # `values().contains(x)`, the sum of values()
            if self.var(operand):
                self.excused.add(id(operand))

    def visit_Index(self, node: ir.Index) -> None:
        if self.var(node.base):
            self.excused.add(id(node.base))

    def visit_Binary(self, node: ir.Binary) -> None:
        """``a == b`` of two sets or maps compares their contents, whatever the order; the two are
        grouped so that both get the same type (C++ compares only two containers of one type)."""
        if node.op in (ir.BinaryOp.EQ, ir.BinaryOp.NE):
            left, right = self.var(node.left), self.var(node.right)
            if left is not None and right is not None:
                self.groups.union(left, right)
            for operand, key in ((node.left, left), (node.right, right)):
                if key is not None:
                    self.excused.add(id(operand))

    def visit_VarDecl(self, node: ir.VarDecl) -> None:
        self.binding(node)

    def visit_AssignExpr(self, node: ir.AssignExpr) -> None:
        self.binding(node)

    def visit_Call(self, node: ir.Call) -> None:
        if node.function in self.functions:
            for param, arg in zip(self.functions[node.function].params, node.args, strict=False):
                self.creation((node.function, param.name), arg)
                if (source := self.var(arg)) is not None:
                    self.groups.union(source, (node.function, param.name))
                    self.excused.add(id(arg))

    def visit_Return(self, node: ir.Return) -> None:
        if self.function is not None:
            self.creation((self.function.name, "#result"), node.value)
            if (source := self.var(node.value)) is not None:
                self.groups.union(source, (self.function.name, "#result"))
                self.excused.add(id(node.value))

    def visit_ForEach(self, node: ir.ForEach) -> None:
        self.loop(node)

    def visit_NewContainer(self, node: ir.NewContainer) -> None:
        if self.var(node.source) and isinstance(node.type, (t.SetType, t.MapType)) and node.type.sorted:
            self.excused.add(id(node.source))  # a TreeSet copy sorts

    def binding(self, node: ir.VarDecl | ir.AssignExpr) -> None:
        """A declaration or assignment: groups its two sides, or records a copy or a view."""
        if isinstance(node, ir.VarDecl):
            target = self.key(node.name) if unordered_container(node.type) else None
            if target is not None:
                self.key_types[target] = node.type
            value = node.init
        else:
            target = self.var(node.target)
            value = node.value
            if target is not None:
                self.excused.add(id(node.target))
        if target is None or value is None:
            return
        self.creation(target, value)
        if (source := self.var(value)) is not None:
            self.groups.union(target, source)
            self.excused.add(id(value))
        elif isinstance(value, ir.NewContainer) and (source := self.var(value.source)) is not None:
            self.copies.append((target, source))
            self.excused.add(id(value.source))
        elif isinstance(value, ir.Call) and value.function in self.functions:
            self.groups.union(target, (value.function, "#result"))
        elif isinstance(value, ir.LibraryCall) and value.op in ir.MAP_VIEWS and self.var(value.args[0]):
            self.views.append((target, node))
            self.excused.add(id(value.args[0]))

    def loop(self, node: ir.ForEach) -> None:
        iterable: ir.Expr | None = node.iterable
        if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS:
            iterable = iterable.args[0]
        if self.var(iterable) and order_free_body(node.body, node.name):
            self.excused.add(id(iterable))
        elif (
            isinstance(iterable, ir.Call)
            and iterable.function in self.functions
            and unordered_container(iterable.type)
            and not order_free_body(node.body, node.name)
        ):
            # `for (int x : build())`: the order of what the function returns is observed
            result = (iterable.function, "#result")
            self.key_types.setdefault(result, iterable.type)
            self.observed.setdefault(result, node)


class ContainerOrders:
    """The order each variable's set or map must iterate in (a side table keyed by ``Key``).

    Raises ``UnsupportedConstruct`` where no translation can keep the observed order: a variable
    holding containers of two orders, a Java hash order of keys the helpers cannot hash, a map
    view kept in a variable.
    """

    def __init__(
        self,
        module: ir.Module,
        linked: frozenset[Key] = frozenset(),
        *,
        plain: PlainOrder = java_plain_order,
        language: str = "Java",
    ) -> None:
        """``linked``: variables the front end saw declared with an insertion-ordered type;
        ``language``: the source's name, for messages."""
        self.module = module
        self.language = language
        scan = _Scan(module, linked, plain)
        self.scan = scan
        self.find = scan.groups.find
        self.marked = self._marked()
        self.order_of_group: dict[Key, t.Order] = {}
        if self.marked:
            self._decide(plain)
            self._check()

    def __bool__(self) -> bool:
        """Whether any container's order must be kept."""
        return bool(self.marked)

    def order_of(self, key: Key) -> t.Order | None:
        """The order ``key``'s container must keep, None for any."""
        return self.order_of_group.get(self.find(key))

    def _marked(self) -> set[Key]:
        """Groups whose order is observed, directly or through a copy that is."""
        find = self.find
        marked = {find(k) for k in self.scan.observed}
        changed = True
        while changed:
            changed = False
            for copy, source in self.scan.copies:
                if find(copy) in marked and find(source) not in marked:
                    marked.add(find(source))
                    changed = True
        return marked

    def _observer(self, key: Key) -> ir.Node:
        """Where an error about ``key``'s group points: what observes its order, else (a group
        marked only because a copy of it is observed) a container created into it."""
        for nodes in (self.scan.observed, self.scan.created_at):
            if key in nodes:
                return nodes[key]
            found = next((n for k, n in nodes.items() if self.find(k) == self.find(key)), None)
            if found is not None:
                return found
        return self.module

    def _unsupported(self, what: str, node: ir.Node) -> UnsupportedConstruct:
        return UnsupportedConstruct(
            f"rules engine: unsupported {self.language} construct: {what}", node.location
        )

    def _decide(self, plain: PlainOrder) -> None:
        scan, find = self.scan, self.find
        group_orders: dict[Key, set[t.Order]] = {}
        for key in {*scan.created, *scan.key_types, *scan.observed}:
            group_orders.setdefault(find(key), set()).update(scan.created.get(key, ()))
        group_types = {find(key): type_ for key, type_ in scan.key_types.items()}
        for root in self.marked:
            orders = group_orders.get(root, set())
            if len(orders) > 1:
                raise self._unsupported(
                    "a variable holding containers that iterate in different orders"
                    f" ({', '.join(sorted(o.name.lower() for o in orders))}), whose order is observed",
                    self._observer(root),
                )
            order = next(iter(orders), None) or plain(group_types.get(root, t.UNKNOWN))
            if order is not t.Order.UNSPECIFIED:
                self.order_of_group[root] = order

    def _check(self) -> None:
        for key, type_ in self.scan.key_types.items():
            element = type_.element if isinstance(type_, t.SetType) else getattr(type_, "key", t.UNKNOWN)
            if self.order_of(key) is t.Order.JAVA_HASH and not hashable_in_java_order(element):
                raise self._unsupported(
                    f"the iteration order of a hash container of {element}", self._observer(key)
                )
        for target, node in self.scan.views:
            if self.order_of(target) is not None:
                view = "keySet()/values()" if self.language == "Java" else "keys()/values()"
                raise self._unsupported(
                    f"a {view} view kept in a variable whose iteration order is observed", node
                )
