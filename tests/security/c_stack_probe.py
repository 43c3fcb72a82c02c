"""How deep can Python recurse through C calls on a thread stack of a given size?

    python3 tests/security/c_stack_probe.py STACK_MIB RECURSION_LIMIT

Recurses ``RECURSION_LIMIT`` levels through ``sorted(key=...)`` and ``eval`` (each level passes
through C) on a thread with a ``STACK_MIB`` stack. Prints each pattern's outcome; a segmentation
fault (exit status 139) means the stack is too small for that limit. This is the measurement behind
``transcoder.deepstack``: on CPython 3.11 here, 256 MiB holds 100,000 levels and 128 MiB crashes.
"""

import sys
import threading


def through_sorted(n: int) -> int:
    return n and sorted([n], key=lambda v: through_sorted(v - 1))[0]


def through_eval(n: int) -> int:
    return n and (through_eval(n - 1) if n % 2 else eval("f(n - 1)", {"f": through_eval, "n": n}))


def main() -> None:
    stack_mib, limit = int(sys.argv[1]), int(sys.argv[2])
    sys.setrecursionlimit(limit)
    threading.stack_size(stack_mib << 20)
    outcome: dict[str, str] = {}

    def work() -> None:
        for name, function in (("sorted", through_sorted), ("eval", through_eval)):
            try:
                function(limit)
                outcome[name] = "ok"
            except RecursionError:
                outcome[name] = "RecursionError"

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    print(stack_mib, limit, outcome)


if __name__ == "__main__":
    main()
