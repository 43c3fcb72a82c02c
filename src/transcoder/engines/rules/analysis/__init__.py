"""Analyses over the IR, kept in side tables rather than on the nodes.

* ``names``: which variables a piece of IR reads, rebinds or changes.
* ``nonnegative``: integer locals never negative (``NonNegative``).
* ``fixed_lists``: lists created with a size and then only indexed (arrays in disguise).
* ``order_free``: whether a loop's result depends on the order it visits a container in.
* ``container_order``: which sets and maps must keep the source's iteration order.
* ``lengths``: the int parameter that gives an array parameter's length (the GfG convention).
"""
