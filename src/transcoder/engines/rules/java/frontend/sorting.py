"""Sorting and streams in the Java front end: comparators as lambdas, ``Arrays.stream`` reductions."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.java.frontend.base import JavaFrontEndBase
from transcoder.engines.rules.java.frontend.comparators import (
    comparator_expression,
    comparator_value,
    sorted_before,
)
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
_COMPARABLE = frozenset(
    {"Integer", "Long", "Character", "Double", "Float", "Short", "Byte"}
)  # boxed types whose compare(a, b) orders numbers


class Sorting(JavaFrontEndBase):
    """``Arrays.sort(a, comparator)``, ``Comparator`` objects and lambdas, ``Arrays.stream(a).sum()``."""

    def array_stream(self, obj: tree_sitter.Node, name: str, node: tree_sitter.Node) -> ir.Expr | None:
        """``Arrays.stream(a[, from, to]).sum()`` / ``.min().getAsInt()`` / ``.max().getAsInt()``."""
        if name == "getAsInt" and obj.type == "method_invocation":
            inner_name = node_text(required(obj, "name"))
            inner_obj = obj.child_by_field_name("object")
            if (
                inner_name in ("min", "max")
                and inner_obj is not None
                and not required(obj, "arguments").named_children
            ):
                sequence = self.stream_source(inner_obj)
                if sequence is not None:
                    seq, begin, end = sequence
                    op = L.MIN_ELEMENT if inner_name == "min" else L.MAX_ELEMENT
                    return ir.LibraryCall(
                        op, (seq, begin, end), type=t.element_type(seq.type), location=self.location(node)
                    )
        if name == "sum":
            sequence = self.stream_source(obj)
            if sequence is not None:
                seq, begin, end = sequence
                element = t.element_type(seq.type)
                zero = ir.IntLiteral(0, type=element if isinstance(element, t.IntType) else t.INT)
                return ir.LibraryCall(
                    L.ACCUMULATE, (seq, begin, end, zero), type=element, location=self.location(node)
                )
        return None

    def stream_source(self, node: tree_sitter.Node) -> tuple[ir.Expr, ir.Expr | None, ir.Expr | None] | None:
        if (
            node.type != "method_invocation"
            or node_text(node.child_by_field_name("object") or node).replace(" ", "") != "Arrays"
        ):
            return None
        if node_text(required(node, "name")) != "stream":
            return None
        args = required(node, "arguments").named_children
        if (
            len(args) == 1
            and args[0].type == "method_invocation"
            and node_text(args[0]).replace(" ", "").startswith("Arrays.copyOfRange(")
        ):
            inner = required(args[0], "arguments").named_children
            if len(inner) == 3:
                return self.expression(inner[0]), self.expression(inner[1]), self.expression(inner[2])
        if len(args) == 1:
            return self.expression(args[0]), None, None
        if len(args) == 3:
            return self.expression(args[0]), self.expression(args[1]), self.expression(args[2])
        return None

    def sort_with(
        self,
        seq: ir.Expr,
        begin: ir.Expr | None,
        end: ir.Expr | None,
        comparator_node: tree_sitter.Node,
        node: tree_sitter.Node,
    ) -> ir.Expr:
        """A sort with a Java ``Comparator``: ``reverseOrder()``, a lambda or an anonymous class."""
        loc = self.location(node)
        text = "".join(node_text(comparator_node).split())
        if text in ("Collections.reverseOrder()", "Comparator.reverseOrder()"):
            return ir.LibraryCall(L.SORT_DESC, (seq, begin, end), type=t.VOID, location=loc)
        if text == "Comparator.naturalOrder()":
            return ir.LibraryCall(L.SORT, (seq, begin, end, None), type=t.VOID, location=loc)
        element = t.element_type(seq.type)
        if comparator_node.type not in ("lambda_expression", "object_creation_expression"):
            # a comparator value: a variable, Comparator.comparing(...), c.reversed() (comparators.py)
            front = cast("JavaFrontEnd", self)
            value: ir.Expr | None = comparator_expression(front, comparator_node, element, sign_only=True)
            if value is None:
                value = comparator_value(front, comparator_node, element)
            before = sorted_before(front, value, element, comparator_node)
            return ir.LibraryCall(L.SORT, (seq, begin, end, before), type=t.VOID, location=loc)
        before = self.comparator(comparator_node, element)
        return ir.LibraryCall(L.SORT, (seq, begin, end, before), type=t.VOID, location=loc)

    def comparator(self, node: tree_sitter.Node, element: t.Type) -> ir.Lambda:
        """A Java comparator as the IR's "a comes before b" predicate: ``compare(a, b) < 0``.

        Accepts a lambda ``(a, b) -> expr`` (or a block holding one ``return``) and an anonymous
        ``new Comparator<T>() { public int compare(T a, T b) { return expr; } }``. ``x - y`` is
        read as ``x < y`` (values are assumed not to overflow, as everywhere) and
        ``Integer.compare(x, y)`` / ``x.compareTo(y)`` likewise.
        """
        if node.type == "lambda_expression":
            params_node = required(node, "parameters")
            if params_node.type == "identifier":
                raise self.unsupported(node, "comparator with one parameter")
            names: list[str] = []
            types: list[t.Type] = []
            for param in params_node.named_children:
                if param.type == "identifier":
                    names.append(node_text(param))
                    types.append(element)
                elif param.type in ("formal_parameter", "inferred_parameters"):
                    names.append(node_text(required(param, "name")))
                    types.append(self.declared_type(param))
                else:
                    raise self.unsupported(param, "comparator parameter")
            body = node.child_by_field_name("body")
        elif node.type == "object_creation_expression" and node_text(required(node, "type")).replace(
            " ", ""
        ).startswith("Comparator<"):
            class_body = next((c for c in node.named_children if c.type == "class_body"), None)
            members = [
                c
                for c in (class_body.named_children if class_body is not None else [])
                if c.type not in ("line_comment", "block_comment")
            ]
            if len(members) != 1 or members[0].type != "method_declaration":
                raise self.unsupported(node, "anonymous Comparator class")
            method = members[0]
            params = required(method, "parameters").named_children
            if node_text(required(method, "name")) != "compare" or len(params) != 2:
                raise self.unsupported(node, "anonymous Comparator class")
            names = [node_text(required(p, "name")) for p in params]
            types = [self.declared_type(p) for p in params]
            body = method.child_by_field_name("body")
        else:
            raise self.unsupported(node, "comparator")
        if len(names) != 2 or body is None:
            raise self.unsupported(node, "comparator")
        if body.type == "block":
            statements = [c for c in body.named_children if c.type not in ("line_comment", "block_comment")]
            if (
                len(statements) != 1
                or statements[0].type != "return_statement"
                or not statements[0].named_children
            ):
                raise self.unsupported(body, "comparator with statements")
            body = statements[0].named_children[0]
        self.scopes.push()
        for name, type_ in zip(names, types, strict=True):
            self.scopes.declare(name, type_)
        try:
            before = self.comes_before(body)
        finally:
            self.scopes.pop()
        params_ir = tuple(ir.Param(n, ty) for n, ty in zip(names, types, strict=True))
        return ir.Lambda(
            params_ir, before, type=t.FunctionType(tuple(types), t.BOOL), location=self.location(node)
        )

    def comes_before(self, node: tree_sitter.Node) -> ir.Expr:
        """``compare(a, b) < 0`` for the comparator result expression ``node``."""
        while node.type == "parenthesized_expression":
            node = node.named_children[0]
        loc = self.location(node)
        if node.type == "method_invocation":
            owner = node.child_by_field_name("object")
            name = node_text(required(node, "name"))
            arguments = required(node, "arguments").named_children
            pair: list[tree_sitter.Node] = []
            if (
                name == "compare"
                and owner is not None
                and node_text(owner) in _COMPARABLE
                and len(arguments) == 2
            ):
                pair = list(arguments)
            elif name == "compareTo" and owner is not None and len(arguments) == 1:
                pair = [owner, arguments[0]]
            if pair:
                left, right = (self.expression(x) for x in pair)
                numbers = t.is_numeric(left.type) and t.is_numeric(right.type)
                if numbers or (isinstance(left.type, t.StringType) and isinstance(right.type, t.StringType)):
                    # compareTo orders strings by UTF-16 units; the targets by code points or
                    # UTF-8 bytes: the same order below U+D800
                    return self.binary("<", left, right, node)
        value = self.expression(node)
        if not t.is_integral(value.type):
            raise self.unsupported(node, "comparator result")
        if isinstance(value, ir.Binary) and value.op == ir.BinaryOp.SUB:
            return ir.Binary(ir.BinaryOp.LT, value.left, value.right, type=t.BOOL, location=loc)
        return ir.Binary(ir.BinaryOp.LT, value, ir.IntLiteral(0, type=value.type), type=t.BOOL, location=loc)
