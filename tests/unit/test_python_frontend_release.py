"""The Python front end frees its syntax trees by reference counting (issue 10, speed): after
``parse_python`` no node of the copied tree is left for the cyclic garbage collector, and
releasing the trees changes nothing the front end gives (hand-written inputs, including a
variable split for a change of type, which copies the tree twice, and a refused input)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from transcoder.engines.rules.python.frontend import module as module_frontend
from transcoder.engines.rules.python.frontend.module import PythonModule, parse_python
from transcoder.engines.rules.python.frontend.tree import Syntax, copy_tree, release
from transcoder.errors import TranscoderError
from transcoder.languages import get_language

CASES = (
    "def f(a, n):\n    s = 0\n    for i in range(n):\n        if a[i] > 0:\n            s += a[i]\n    return s\n",
    "def f(s):\n    s = list(s)\n    s.sort()\n    return ''.join(s)\n",  # split: two copies of the tree
    "def g(x):\n    return x * 2\n\ndef f(xs):\n    return [g(x) for x in xs if x % 3 != 1]\n",
    "def f(d):\n    count = {}\n    for k in d:\n        count[k] = count.get(k, 0) + 1\n    return count\n",
    "def f(x):\n    return x.no_such_method_anywhere()\n",  # refused
)


@pytest.fixture
def saved_garbage() -> Iterator[list[object]]:
    """What the cyclic collector finds unreachable while the test runs (kept, not freed)."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()


def _parse(code: str, target: str) -> PythonModule | str:
    try:
        return parse_python(code, target=target)
    except TranscoderError as error:
        return f"refused: {error}"


@pytest.mark.parametrize("code", CASES)
def test_no_syntax_node_is_left_to_the_cycle_collector(code: str, saved_garbage: list[object]) -> None:
    _parse(code, "cpp")
    gc.collect()
    assert not [o for o in saved_garbage if isinstance(o, Syntax)]


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize("code", CASES)
def test_releasing_the_tree_changes_nothing(code: str, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    released = _parse(code, target)
    monkeypatch.setattr(module_frontend, "release", lambda root: None)
    kept = _parse(code, target)
    assert repr(released) == repr(kept)


def test_release_unlinks_every_parent_and_the_index() -> None:
    code = "def f(a):\n    return [x + 1 for x in a if x]\n"
    root = copy_tree(get_language("python").parse(code), code)
    assert root.below("identifier")  # numbered: the index holds every node
    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(node.children)
    release(root)
    assert root._source.kinds is None
    assert all(node.parent is None for node in nodes)
    assert [n.type for n in root.children] == ["function_definition"]  # the tree itself is kept
