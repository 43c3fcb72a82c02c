"""Switch statements: label groups, and a switch on strings as an ``if`` chain (C++ switches on
integers only).

``merge_label_groups``: ``case "a": case "b": body`` is one group with two labels, as the C++
front end reads it; Java's grammar gives a group per label, the first with no statements (it falls
through into the next, which is what sharing a group means).

``strings_as_ifs`` (a C++ pass, registered in ``pipeline.py``): a switch on a string whose groups
do not fall through into one another is ``if (s == "a") ... else if (s == "b" || s == "c") ...``.
The subject is evaluated once per test, so it must be free of side effects.
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

B = ir.BinaryOp


def merge_label_groups(cases: list[ir.SwitchCase]) -> tuple[ir.SwitchCase, ...]:
    """Groups without statements merged into the group after them (not across ``default``)."""
    merged: list[ir.SwitchCase] = []
    pending: list[ir.Expr] = []
    for index, case in enumerate(cases):
        last = index == len(cases) - 1
        if not case.body and case.values and not last and cases[index + 1].values:
            pending.extend(case.values)
            continue
        if pending:
            case = dataclasses.replace(case, values=(*pending, *case.values))
            pending = []
        merged.append(case)
    return tuple(merged)


def _jumps_out(body: tuple[ir.Stmt, ...]) -> bool:
    """Whether control never falls off the end of ``body`` (a return, throw, continue or break last)."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, ir.Block):
        return _jumps_out(last.body)
    if isinstance(last, ir.If):
        return last.otherwise is not None and _jumps_out((last.then,)) and _jumps_out((last.otherwise,))
    return isinstance(last, (ir.Return, ir.Throw, ir.Continue, ir.Break))


def _breaks_switch(node: ir.Node) -> bool:
    """A ``break`` that leaves the switch (not one of a loop or switch inside it)."""
    if isinstance(node, ir.Break):
        return node.label is None if hasattr(node, "label") else True
    if isinstance(node, (ir.While, ir.For, ir.DoWhile, ir.ForEach, ir.Switch)):
        return False
    return any(_breaks_switch(child) for child in ir.children(node))


def _pure(expr: ir.Expr) -> bool:
    return all(not isinstance(n, (ir.AssignExpr, ir.IncDec, ir.Call, ir.LibraryCall)) for n in ir.walk(expr))


def _as_ifs(switch: ir.Switch) -> ir.Stmt:
    subject = switch.subject
    if not _pure(subject):
        raise UnsupportedConstruct(
            "rules engine: cannot translate to C++: switch on a string computed with side effects",
            switch.location,
        )
    chain: ir.Stmt | None = None
    for index, case in reversed(list(enumerate(switch.cases))):
        body = case.body[:-1] if case.body and isinstance(case.body[-1], ir.Break) else case.body
        last = index == len(switch.cases) - 1
        if not last and not _jumps_out(case.body):
            raise UnsupportedConstruct(
                "rules engine: cannot translate to C++: a case of a switch on a string that falls through",
                case.location,
            )
        if any(_breaks_switch(stmt) for stmt in body):
            raise UnsupportedConstruct(
                "rules engine: cannot translate to C++: break inside a case of a switch on a string",
                case.location,
            )
        block = ir.Block(body, location=case.location)
        if not case.values:
            if not last:
                raise UnsupportedConstruct(
                    "rules engine: cannot translate to C++: default before other cases of a switch on a string",
                    case.location,
                )
            chain = block
            continue
        tests = [
            ir.Binary(B.EQ, subject, value, type=t.BOOL, location=value.location) for value in case.values
        ]
        condition = tests[0]
        for test in tests[1:]:
            condition = ir.Binary(B.OR, condition, test, type=t.BOOL, location=test.location)
        chain = ir.If(condition, block, chain, location=case.location)
    return chain if chain is not None else ir.Block(())


def strings_as_ifs(function: ir.Function) -> ir.Function:
    """Every switch on a string in ``function`` as an ``if`` chain."""

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Switch) and isinstance(node.subject.type, t.StringType):
            return _as_ifs(node)
        return node

    # the shared walk: the analyses and passes before this one read the same function object
    if not any(
        isinstance(n, ir.Switch) and isinstance(n.subject.type, t.StringType) for n in irtools.nodes(function)
    ):
        return function
    body = ir.transform(function.body, rewrite)
    assert isinstance(body, ir.Block)
    return dataclasses.replace(function, body=body)
