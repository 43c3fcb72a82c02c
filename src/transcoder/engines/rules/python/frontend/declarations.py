"""Where each local is declared, and the renaming of a variable whose type changes.

C++ and Java scope variables by block, Python by function: a variable is declared where it is
first assigned when that assignment reaches every use, else at the top of the function.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transcoder.engines.rules.python.frontend.syntax import (
    assigned_in,
    descendants,
    descendants_or_self,
    subscript_stores,
    target_identifiers,
)
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text


@dataclass(slots=True)
class Plan:
    at_assignment: set[int] = field(default_factory=set)  # ids of assignment nodes that declare
    loop_local: set[int] = field(default_factory=set)  # ids of for statements whose variable is theirs
    at_top: list[str] = field(default_factory=list)  # declared at the top of the function


@dataclass(frozen=True, slots=True)
class FunctionFacts:
    """What a function's syntax says whatever the types: found once, read by every build of it."""

    plan: Plan
    identifiers: frozenset[str]
    """Every identifier spelled in the function (new names avoid them)."""
    positions: frozenset[str]
    """Names used as a bare index (``arr[i]``): positions, never lengths."""
    assigned: frozenset[str]
    """Names bound in the function: parameters, assignment and ``for`` targets."""
    rebound: frozenset[str]
    """Names bound in its body (parameters only if assigned there)."""
    written: frozenset[str]
    """Names written through a subscript (``s[i] = c``)."""

    @classmethod
    def of(cls, function: Syntax, params: list[str]) -> FunctionFacts:
        return cls(
            plan=plan_declarations(function, params),
            identifiers=frozenset(node_text(n) for n in descendants(function, "identifier")),
            positions=frozenset(
                node_text(index)
                for subscript in descendants(function, "subscript")
                if (index := subscript.child_by_field_name("subscript")) is not None
                and index.type == "identifier"
            ),
            assigned=frozenset(assigned_in(function)),
            rebound=frozenset(assigned_in(function, with_params=False)),
            written=frozenset(subscript_stores(function)),
        )


def plan_declarations(function: Syntax, params: list[str]) -> Plan:
    body = function.child_by_field_name("body")
    assert body is not None
    bound = assigned_in(function) - set(params)
    occurrences = _occurrences(body, bound)
    plan = Plan()
    for name in sorted(bound):
        nodes = sorted(occurrences[name], key=lambda n: n.start_byte)
        if not nodes:
            continue
        binding_loops = [_binding_loop(n, name, body) for n in nodes]
        if all(loop is not None for loop in binding_loops):
            plan.loop_local.update(loop.id for loop in binding_loops if loop is not None)
            continue
        chains = [_block_chain(n, body) for n in nodes]
        common = body
        for depth in range(min(len(c) for c in chains)):
            candidates = {c[depth].id for c in chains}
            if len(candidates) != 1:
                break
            common = chains[0][depth]
        first = nodes[0]
        statement = first
        while statement.parent is not None and statement.parent.id != common.id:
            statement = statement.parent
        if not _declares(statement, first, nodes, plan):
            plan.at_top.append(name)
    return plan


def _occurrences(body: Syntax, bound: set[str]) -> dict[str, list[Syntax]]:
    """The identifiers in ``body`` that read or write each of the names ``bound`` (not in nested
    functions, nor a comprehension's own loop variables)."""
    occurrences: dict[str, list[Syntax]] = {name: [] for name in bound}
    stack = list(body.children)
    while stack:
        node = stack.pop()
        if node.type in ("function_definition", "lambda", "list_comprehension", "generator_expression",
                         "set_comprehension", "dictionary_comprehension"):  # fmt: skip
            if node.type != "function_definition":
                stack.extend(c for c in node.children if c.type != "for_in_clause")
                for clause in (c for c in node.children if c.type == "for_in_clause"):
                    right = clause.child_by_field_name("right")
                    if right is not None:
                        stack.append(right)
            continue
        if node.type == "identifier":
            parent = node.parent
            if (
                parent is not None
                and parent.type == "attribute"
                and parent.child_by_field_name("attribute") == node
            ):
                continue
            if (
                parent is not None
                and parent.type == "keyword_argument"
                and parent.child_by_field_name("name") == node
            ):
                continue
            text = node_text(node)
            if text in occurrences:
                occurrences[text].append(node)
            continue
        stack.extend(node.children)
    return occurrences


def _declares(statement: Syntax, first: Syntax, nodes: list[Syntax], plan: Plan) -> bool:
    """Whether ``statement``, holding the first use ``first`` of a name, can declare it (recorded in ``plan``):
    an assignment of it, or a loop binding it that holds all its uses."""
    if statement.type == "expression_statement" and statement.named_children:
        assignment = statement.named_children[0]
        left = assignment.child_by_field_name("left") if assignment.type == "assignment" else None
        right = assignment.child_by_field_name("right") if assignment is not None else None
        if (
            left is not None
            and left.type == "identifier"
            and left.id == first.id
            and right is not None
            and right.type != "assignment"
            and assignment.child_by_field_name("type") is None
        ):
            plan.at_assignment.add(assignment.id)
            return True
    if statement.type == "for_statement":
        left = statement.child_by_field_name("left")
        if left is not None and any(n.id == first.id for n in target_identifiers(left)):
            inside = all(statement.start_byte <= n.start_byte < statement.end_byte for n in nodes)
            if inside and statement.child_by_field_name("alternative") is None:
                plan.loop_local.add(statement.id)
                return True
    return False


def _binding_loop(node: Syntax, name: str, body: Syntax) -> Syntax | None:
    """The outermost ``for`` statement around ``node`` whose target is ``name`` (its own loop variable)."""
    found = None
    current: Syntax | None = node
    while current is not None and current.id != body.id:
        if (
            current.type == "for_statement"
            and current.child_by_field_name("alternative") is None
            and any(node_text(n) == name for n in target_identifiers(current.child_by_field_name("left")))
        ):
            found = current
        current = current.parent
    return found


def _block_chain(node: Syntax, body: Syntax) -> list[Syntax]:
    chain = []
    current = node.parent
    while current is not None and current.id != body.id:
        if current.type == "block":
            chain.append(current)
        current = current.parent
    return list(reversed(chain))


_CONVERSIONS = {"list": "list", "tuple": "list", "sorted": "sorted", "set": "set", "str": "str"}


def split_converted_variable(code: str, root: Syntax) -> tuple[str, str] | None:
    """Rewrite the first ``x = list(x)`` (or ``str``, ``set``, ``sorted``, ``tuple``) at the top
    level of a function body so that it and everything after it use a new name.

    A Python name may change type (``s = list(s)``); a C++/Java variable cannot. The statement
    runs once and before all that follows it, so the later uses all see the converted value.
    """
    taken = {node_text(n) for n in descendants(root, "identifier")}
    for function in descendants(root, "function_definition"):
        body = function.child_by_field_name("body")
        statements = [c for c in (body.named_children if body else []) if c.type != "comment"]
        for position, statement in enumerate(statements):
            assignment = statement.named_children[0] if statement.type == "expression_statement" else None
            if assignment is None or assignment.type != "assignment":
                continue
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if left is None or right is None or left.type != "identifier" or right.type != "call":
                continue
            converter = node_text(right.field("function"))
            name = node_text(left)
            arguments = right.child_by_field_name("arguments")
            if (
                converter not in _CONVERSIONS
                or arguments is None
                or name not in {node_text(n) for n in descendants(arguments, "identifier")}
                or descendants(function, "global_statement")
                or descendants(function, "nonlocal_statement")
            ):
                continue
            fresh = f"{name}_{_CONVERSIONS[converter]}"
            while fresh in taken:
                fresh += "_"
            uses = [left] + [
                n
                for later in statements[position + 1 :]
                for n in descendants_or_self(later, "identifier")
                if node_text(n) == name and not _is_attribute_or_keyword(n)
            ]
            source = code.encode("utf-8")
            for use in sorted(uses, key=lambda n: n.start_byte, reverse=True):
                source = source[: use.start_byte] + fresh.encode("utf-8") + source[use.end_byte :]
            line = left.start_point[0] + 1
            return source.decode("utf-8"), (
                f"'{name}' changes type at line {line} ({node_text(right)}): the value after it is '{fresh}'"
            )
    return None


def _is_attribute_or_keyword(identifier: Syntax) -> bool:
    """Whether an identifier names an attribute (``x.name``) or a keyword argument (``f(name=1)``)."""
    parent = identifier.parent
    if parent is None:
        return False
    if parent.type == "attribute" and parent.child_by_field_name("attribute") == identifier:
        return True
    return parent.type == "keyword_argument" and parent.field("name") == identifier
