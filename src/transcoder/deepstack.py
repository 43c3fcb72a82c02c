"""Run translation in a thread with a deep stack, so that deeply nested input translates.

Parsers hand engines trees as deep as the input nests: a flat sum of 250 terms is a left-deep tree
of 250 levels, 200 nested ``if``s as deep, and tree walkers recurse over them. CPython 3.11's
default recursion limit (1,000) stops at such inputs with a ``RecursionError``. Raising the limit
alone is not safe: recursion that passes through C code uses the C stack, and the main thread's
8 MiB overflows (a segmentation fault) long before 100,000 levels.

Measured here (``python3 tests/security/c_stack_probe.py``): 100,000 levels of recursion through C
calls fit a 256 MiB thread stack and crash a 128 MiB one; we take twice the former. The stack is
reserved address space; only the pages a deep input touches are used. The recursion limit is one
per interpreter in 3.11, so it is raised while any deep call runs and restored after the last one.
A recursion deeper still ends as a one-line ``InputError``, never a traceback.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

from transcoder.errors import InputError

STACK_BYTES = 512 << 20
RECURSION_LIMIT = 100_000

T = TypeVar("T")

_lock = threading.Lock()
_running = 0
_saved_limit = sys.getrecursionlimit()


def _enter() -> None:
    global _running, _saved_limit
    with _lock:
        if _running == 0:
            _saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved_limit, RECURSION_LIMIT))
        _running += 1


def _leave() -> None:
    global _running
    with _lock:
        _running -= 1
        if _running == 0:
            sys.setrecursionlimit(_saved_limit)


def run_deep(function: Callable[[], T]) -> T:
    """``function()`` on a thread with a ``STACK_BYTES`` stack and a ``RECURSION_LIMIT`` recursion
    limit; its exceptions propagate, a ``RecursionError`` or ``MemoryError`` as an ``InputError``."""
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # re-raised in the caller's thread
            outcome["error"] = error

    _enter()
    try:
        worker = threading.Thread(target=work, name="transcoder-deep", daemon=True)
        with _lock:  # the stack size is read when a thread starts, and is one per interpreter
            previous = threading.stack_size()
            try:
                threading.stack_size(STACK_BYTES)
                worker.start()
                started = True
            except (RuntimeError, ValueError):  # no room for such a stack (an address-space limit)
                started = False
            finally:
                threading.stack_size(previous)
        if started:
            worker.join()
        else:
            work()
    finally:
        _leave()
    error = outcome.get("error")
    if isinstance(error, RecursionError):
        raise InputError(
            f"the input nests too deeply to translate (past {RECURSION_LIMIT:,} levels of recursion): "
            "split the expression or the function"
        ) from None
    if isinstance(error, MemoryError):
        raise InputError("the input is too large to translate: out of memory") from None
    if isinstance(error, BaseException):
        raise error
    return outcome["value"]  # type: ignore[return-value]
