"""Java parameters of an interface type that a function only reads, read as the type the callers'
values share: ``CharSequence`` as ``String`` (read through ``charAt`` and ``length``, a
``StringBuilder`` passed reads the same) and ``Collection<T>``/``Iterable<T>`` as a list of T (read
by a for-each loop, ``size``, ``isEmpty`` and ``contains``: any collection passed yields its
elements in its own order, which the caller's list keeps). Any other use of such a parameter
(assigned, compared, passed on, changed, another method) is refused with its line and column:
there the implementations differ (``equals`` of a ``StringBuilder`` is identity, ``add`` to a set
may keep the size)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
_COLLECTION = re.compile(r"(?:java\.(?:util|lang)\.)?(?:Collection|Iterable)<(.+)>")
_TEXT_READS = frozenset({L.STR_LEN})
_COLLECTION_READS = frozenset({L.LEN, L.EMPTY, L.CONTAINS})


def read_only_type(f: JavaFrontEnd, param: tree_sitter.Node) -> t.Type | None:
    """The type a ``CharSequence`` or ``Collection<T>`` parameter is read as; None for another."""
    type_node = param.child_by_field_name("type")
    if type_node is None or param.child_by_field_name("dimensions") is not None:
        return None
    text = "".join(node_text(type_node).split())
    if text in ("CharSequence", "java.lang.CharSequence"):
        return t.STRING
    match = _COLLECTION.fullmatch(text)
    if match is None or type_node.type != "generic_type":
        return None
    arguments = next((c for c in type_node.named_children if c.type == "type_arguments"), None)
    if arguments is None or len(arguments.named_children) != 1:
        return None
    return t.ListType(f.type_of(arguments.named_children[0], param))


def check_reads(f: JavaFrontEnd, param: ir.Param, body: ir.Block) -> None:
    """Refuse a use of ``param`` (read as ``read_only_type``) other than the reads it allows."""
    text = isinstance(param.type, t.StringType)
    allowed: set[int] = set()
    uses: list[ir.Name] = []
    for node in ir.walk(body):
        if isinstance(node, ir.Name) and node.id == param.name:
            uses.append(node)
        elif text and isinstance(node, ir.Index) and _is(node.base, param):
            allowed.add(id(node.base))
        elif not text and isinstance(node, ir.ForEach) and _is(node.iterable, param):
            allowed.add(id(node.iterable))
        elif (
            isinstance(node, ir.LibraryCall)
            and node.args
            and _is(node.args[0], param)
            and node.op in (_TEXT_READS if text else _COLLECTION_READS)
        ):
            allowed.add(id(node.args[0]))
    for use in uses:
        if id(use) not in allowed:
            what = "CharSequence" if text else "Collection"
            where = use.location if use.location is not None else param.location
            message = f"rules engine: unsupported Java construct: {what} parameter '{param.name}' used other than read"
            raise UnsupportedConstruct(message, where)


def _is(expr: ir.Expr | None, param: ir.Param) -> bool:
    return isinstance(expr, ir.Name) and expr.id == param.name
