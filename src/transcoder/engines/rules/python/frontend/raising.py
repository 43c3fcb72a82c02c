"""Exceptions: ``raise``, ``assert`` and ``try``/``except``/``finally`` as the IR's ``Throw``,
``Assert`` and ``Try`` (kinds of ``exceptions.py``, read with Python's names and hierarchy).

A ``try`` whose handlers may catch what Python raises on its own at an event of its body (a
division by zero, an index out of range, a missing key, a failed ``int()``) is refused: the targets
raise other exceptions there, or none (C++), so their handlers would not run where Python's do.
Events whose exceptions no handler catches (an index under ``except ValueError``) leave the
handlers' meaning alone. The one exception kept from
before is ``except IndexError`` around indexing, which ``statements.try_statement`` lowers to a
bounds check. An ``else`` block runs after the guarded body when it completed (a flag set
at its end), outside the handlers' reach, inside the ``finally``. Re-raising (``raise`` alone) and handlers that
read the exception (``as e`` used) are refused; ``raise X from None`` and ``raise X from e`` of the
exception being handled raise ``X`` (the cause only shows in tracebacks).
"""

from __future__ import annotations

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.raises import EVENTS, reaching
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.syntax import descendants
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text

# What Python raises on its own at the events of ``analysis.raises`` (as kinds).
_IMPLICIT = frozenset({"zero_division", "index", "key", "invalid_argument", "type", "overflow"})


def _python_kinds(event: str) -> frozenset[str]:
    """What Python raises at an event of ``analysis.raises`` (an index may be a dict's: KeyError)."""
    kinds = EVENTS[event].target.get("python", frozenset())
    return kinds | {"key"} if "index" in kinds else kinds


def _is_cause(node: Syntax) -> bool:
    """``e`` in ``raise X from e``."""
    parent = node.parent
    return (
        parent is not None
        and parent.type == "raise_statement"
        and parent.child_by_field_name("cause") is node
    )


def _unobservable_cause(cause: Syntax) -> bool:
    """``raise X from None`` or ``raise X from e`` inside ``except ... as e``: the cause only sets
    ``__cause__``, which tracebacks show and no translated handler reads (a handler reading its
    exception is refused), so the translation raises ``X`` alone."""
    if cause.type == "none":
        return True
    if cause.type != "identifier":
        return False
    node = cause.parent
    while node is not None and node.type not in ("function_definition", "lambda", "class_definition"):
        if node.type == "except_clause":
            for value in node.named_children:
                alias = value.child_by_field_name("alias") if value.type == "as_pattern" else None
                if alias is not None and node_text(alias).strip() == node_text(cause):
                    return True
        node = node.parent
    return False


class Raising(BuilderBase):
    def raise_statement(self, node: Syntax) -> list[ir.Stmt]:
        cause = node.child_by_field_name("cause")
        values = [c for c in node.named_children if c.type != "comment" and c is not cause]
        if not values or len(values) > 1:
            raise self.unsupported(node, "re-raising")
        if cause is not None and not _unobservable_cause(cause):
            # Python evaluates the cause (and checks that it is an exception): a call, another name
            raise self.unsupported(
                cause, "raise ... from a cause other than None or the exception being handled"
            )
        raised = values[0]
        callee = raised.child_by_field_name("function") if raised.type == "call" else raised
        name = node_text(callee) if callee is not None and callee.type == "identifier" else ""
        name = self.module.exception_bases.get(name, name)  # a user class renaming one (user_exceptions.py)
        kind = exceptions.read("python", name)
        if kind is None:
            raise self.unsupported(
                raised, f"raise of '{node_text(raised)[:30]}' (not a standard exception type)"
            )
        message: ir.Expr | None = None
        if raised.type == "call":
            args, keywords = self.arguments(raised)
            if len(args) > 1 or keywords:
                raise self.unsupported(raised, "an exception with several arguments")
            if args:
                message = self.expr(args[0])
                if not isinstance(message.type, t.StringType):
                    message = self.str_of(message, args[0])
        return self.flush([ir.Throw(kind, message, location=self.location(node))])

    def assert_statement(self, node: Syntax) -> list[ir.Stmt]:
        parts = [c for c in node.named_children if c.type != "comment"]
        condition = self.condition(self.expr(parts[0]))
        message = self.str_of(self.expr(parts[1]), parts[1]) if len(parts) > 1 else None
        return self.flush([ir.Assert(condition, message, location=self.location(node))])

    def general_try(self, node: Syntax) -> list[ir.Stmt]:
        """``try``/``except``/``finally`` (see the module docstring)."""
        loc = self.location(node)
        body = self.body_of(node.field("body"))
        handlers = [self.handler(c) for c in node.named_children if c.type == "except_clause"]
        final_clause = next((c for c in node.named_children if c.type == "finally_clause"), None)
        final = None
        if final_clause is not None:
            final = self.body_of(next(c for c in final_clause.named_children if c.type == "block"))
        caught = frozenset().union(*(h.catches for h in handlers)) if handlers else frozenset()
        if caught & _IMPLICIT and self.final:
            built = self.module.built
            found = reaching(body, ir.Module((), tuple(built.values())))
            # a call of a function not built yet (itself, or one defined later) is not followed
            calls = [n for n in ir.walk(body) if isinstance(n, ir.Call) and n.function not in built]
            # only the events whose exceptions the handlers catch (a dict's index raises KeyError)
            events = [node for event, node in found.events.items() if _python_kinds(event) & caught]
            if events or calls:
                where = events[0] if events else calls[0]
                raise self.unsupported(
                    node,
                    "a handler of an exception Python raises on its own (line "
                    f"{where.location.line if where.location else loc.line}: a division, an index, a "
                    "lookup, a conversion or a call): the targets raise another or none there",
                )
        otherwise = next((c for c in node.named_children if c.type == "else_clause"), None)
        if otherwise is None:
            return [ir.Try(body, tuple(handlers), final, location=loc)]
        # try ... else: the else block runs after the body completes, outside the handlers' reach
        completed = ir.Name(self.fresh("completed"), type=t.BOOL)
        done = ir.ExprStmt(ir.AssignExpr(completed, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL))
        guarded = ir.Try(ir.Block((*body.body, done), location=body.location), tuple(handlers), location=loc)
        after = ir.If(completed, self.body_of(otherwise.field("body")), location=self.location(otherwise))
        start = ir.VarDecl(completed.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL), location=loc)
        if final is None:
            return [start, guarded, after]
        return [start, ir.Try(ir.Block((guarded, after), location=loc), (), final, location=loc)]

    def handler(self, clause: Syntax) -> ir.Handler:
        block = next(c for c in clause.named_children if c.type == "block")
        caught = [c for c in clause.named_children if c.type not in ("block", "comment")]
        names: list[str] = []
        for value in caught:
            if value.type == "as_pattern":
                alias = value.child_by_field_name("alias")
                alias_name = node_text(alias).strip() if alias is not None else ""
                # the exception named as the cause of a raise is not read (see _unobservable_cause)
                used = {node_text(n) for n in descendants(block, "identifier") if not _is_cause(n)}
                if alias_name and alias_name in used:
                    raise self.unsupported(clause, "a handler that reads the exception it catches")
                value = value.named_children[0]
            if value.type in ("tuple", "parenthesized_expression"):
                names += [node_text(v) for v in value.named_children]
            else:
                names.append(node_text(value))
        if not names:
            names = ["BaseException"]  # a bare `except:`
        kinds = []
        for name in names:
            if name in self.module.exception_bases:
                raise self.unsupported(clause, f"except of '{name}', a class of this file renaming "
                                       f"'{self.module.exception_bases[name]}' (the translation raises that)")  # fmt: skip
            kind = exceptions.read("python", name)
            if kind is None:
                raise self.unsupported(clause, f"except of '{name}' (not a standard exception type)")
            kinds.append(kind)
        catches = exceptions.caught_by("python", tuple(names))
        return ir.Handler(tuple(kinds), catches, self.body_of(block), location=self.location(clause))
