"""Moved: the analyses live in ``analysis/`` and the container-order rewrite in ``passes/``.

This module re-exports the names the Python front end still imports from here; it goes once
those imports read ``analysis.names``, ``analysis.nonnegative`` and ``passes.container_order``.
"""

from __future__ import annotations

from transcoder.engines.rules.analysis.container_order import python_plain_order
from transcoder.engines.rules.analysis.names import (
    assigned_names,
    directly_assigned,
    names_used,
    root_name,
    swap_positions_to_fix,
    with_positions,
)
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.passes.container_order import container_order

__all__ = [
    "NonNegative",
    "assigned_names",
    "container_order",
    "directly_assigned",
    "names_used",
    "python_plain_order",
    "root_name",
    "swap_positions_to_fix",
    "with_positions",
]
