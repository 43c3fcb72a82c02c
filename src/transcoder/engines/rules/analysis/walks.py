"""Walks of a module or a function put together from their parts' walks.

A walk (``ir.walk``) is the node, then its children's walks in field order. The checks before
printing walk the whole module, and some each function again; the analyses and passes before
them have walked the same function bodies already (``irtools.nodes`` keeps those walks), so the
whole module's walk is mostly those walks joined, not a new traversal of every node.
"""

from __future__ import annotations

from transcoder.engines.rules import ir, irtools


def module_nodes(module: ir.Module) -> list[ir.Node]:
    """``ir.walk(module)``, its functions' walks from ``function_nodes``."""
    order: list[ir.Node] = [module]
    for child in ir.children(module):
        order.extend(function_nodes(child) if type(child) is ir.Function else ir.walk(child))
    return order


def function_nodes(function: ir.Function) -> list[ir.Node]:
    """``ir.walk(function)``, its body's walk from ``irtools.nodes``."""
    order: list[ir.Node] = [function]
    for part in ir.children(function):
        order.extend(irtools.nodes(part) if part is function.body else ir.walk(part))
    return order
