"""What a target's forms can say, where the Python front end lowers a construct differently for it.

The front end asks these questions instead of testing the target's name. Each target declares its
answers in its own package (``<target>/python_forms.py``, a ``FORMS`` value); a target that
declares nothing gets the defaults, which are Java's.

These answers still shape the IR (the front end is not yet target-neutral): each one names a
lowering that belongs in a pass of the target's package, where it can move once the passes can
reproduce what the front end prints today (the temporaries' names, which the front end allocates
in build order, and the order of its warnings).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TargetForms:
    """The answers of one target (the defaults are Java's)."""

    arrays_know_length: bool = True
    """False: an array parameter is a C array (``int arr[]``), so ``len(arr)`` is the length
    parameter that follows it, and loops and library calls over it take explicit bounds."""
    char_arrays_are_c_strings: bool = False
    """True: a pinned ``char s[]`` with no length parameter is a C string, read through a string copy."""
    pops_return_value: bool = True
    """False: removing an element yields nothing, so a popped value that is used is read first."""
    maps_iterate_keys: bool = True
    """False: a map iterates over (key, value) entries, so ``for k in d`` takes each entry's key."""
    maps_search_values: bool = True
    """False: a map cannot search its values, so ``x in d.values()`` is a loop into a flag."""
    containers_hold_copies: bool = False
    """True: a container put into another is copied (C++ values), so that a change Python would
    see through both names is refused (``aliases``)."""
    counts_chars_in_strings: bool = False
    """True: ``s.count(c)`` of one character is one library call (``COUNT_OF``) on the string."""


_FORMS: dict[str, TargetForms] = {}
"""Target -> its forms, looked up once (a target without a ``python_forms`` module costs a failed
import, a search of the whole path, every time it is asked)."""


def target_forms(target: str) -> TargetForms:
    """The forms ``target`` declares in its package, or the defaults."""
    forms = _FORMS.get(target)
    if forms is None:
        forms = _FORMS[target] = _declared_forms(target)
    return forms


def _declared_forms(target: str) -> TargetForms:
    if not target.isidentifier():
        return TargetForms()
    try:
        declared = importlib.import_module(f"transcoder.engines.rules.{target}.python_forms")
    except ModuleNotFoundError:
        return TargetForms()
    forms = declared.FORMS
    assert isinstance(forms, TargetForms)
    return forms
