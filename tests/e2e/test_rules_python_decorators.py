"""Python sources: ``@functools.lru_cache``/``@cache`` (memoisation, python/frontend/memo.py), the
refusal of every other decorator with its name and place, and the refusal of an object use of a
parameter without a type hint. The memoised translations themselves are built and run against
Python by the golden case memo_lru_cache."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import RulesEngine
from transcoder.errors import UnsupportedConstruct

_CACHED = "from functools import lru_cache\n\n\n@lru_cache(maxsize=None)\n"

REFUSED = [
    # a cached call would skip the output
    (
        _CACHED + "def f(n: int) -> int:\n    print(n)\n    return n + 1\n",
        r"line 4:1: .*'@lru_cache\(maxsize=None\)' on a function that writes output",
    ),
    # a cached call would skip the append to module state, here through a helper
    (
        "import functools\n\nseen: list[int] = []\n\n\ndef note(n: int) -> None:\n    seen.append(n)\n\n\n"
        "@functools.cache\ndef f(n: int) -> int:\n    note(n)\n    return n * 2\n",
        r"line 10:1: .*on a function that calls 'note', which changes the module variable 'seen'",
    ),
    # a method may print or change anything (and a subclass's override is picked at run time)
    (
        "from functools import cache\n\n\nclass Log:\n    def __init__(self) -> None:\n        self.n = 0\n\n"
        "    def note(self, v: int) -> int:\n        print(v)\n        return v\n\n\n@cache\n"
        "def f(n: int) -> int:\n    return Log().note(n)\n",
        r"line 13:1: .*'@cache' on a function that calls a method or constructor of a class",
    ),
    # lru_cache keeps 128 entries by default: an evicted one is computed again from the module
    # variable's value then, which the translation (keeping every entry) would not see
    (
        "from functools import lru_cache\n\nprefix = 'a'\n\n\ndef grow() -> None:\n    global prefix\n"
        "    prefix = prefix + 'b'\n\n\n@lru_cache\ndef f(n: int) -> str:\n    return prefix + str(n)\n",
        r"line 11:1: .*'@lru_cache' with a maxsize on a function that reads the module variable 'prefix'",
    ),
    # a nested function keeps no decorator (it becomes a module function)
    (
        "from functools import cache\n\n\ndef f(n: int) -> int:\n    @cache\n    def g(k: int) -> int:\n"
        "        print(k)\n        return k + n\n\n    return g(1) + g(1)\n",
        r"line 5:5: .*decorator '@cache' of a nested function or class",
    ),
    # a cached list is shared by every caller
    (_CACHED + "def f(n: int) -> list[int]:\n    return [n] * n\n", r"whose result is a list"),
    # a list argument is not hashable in Python (TypeError at the call)
    (_CACHED + "def f(a: list[int]) -> int:\n    return len(a)\n", r"whose parameter 'a' is a"),
    # a float key makes f(1) answer f(1.0)
    (_CACHED + "def f(x: float) -> float:\n    return x / 3\n", r"whose parameter 'x' is a"),
    (_CACHED + "def f(n: int) -> int:\n    global total\n    return n\n", r"global statement"),
    # lru_cache's typed/maxsize only; anything else is another decorator
    (
        "from functools import lru_cache\n\n\n@lru_cache(maxsize=n)\ndef f(n: int) -> int:\n    return n\n",
        r"line 4:1: .*decorator '@lru_cache\(maxsize=n\)'",
    ),
    ("@rule\ndef f(n: int) -> int:\n    return n\n", r"line 1:1: .*decorator '@rule'"),
    (
        "def cache(f):\n    return f\n\n\n@cache\ndef f(n: int) -> int:\n    return n\n",
        r"line 5:1: .*decorator '@cache'",
    ),
    # a user exception class renaming a standard one is raised as that one: a handler naming the
    # class would catch every exception of the base kind in the translation
    (
        "class Bad(KeyError):\n    pass\n\n\ndef f(a: int) -> int:\n    try:\n        if a > 1:\n"
        "            raise Bad('x')\n    except Bad:\n        return 1\n    return 0\n",
        r"line 9:5: .*except of 'Bad', a class of this file renaming 'KeyError'",
    ),
    # a class with more than a name is not a renaming: its library base is refused
    (
        "class Bad(KeyError):\n    code = 3\n\n\ndef f(a: int) -> int:\n    raise Bad('x')\n",
        r"line 1:11: .*base class 'KeyError'",
    ),
    (
        "class Bad(ValueError):\n    pass\n\n\ndef f(a: int) -> int:\n    e = Bad('x')\n    return a\n",
        r"line 6:9: .*call of 'Bad'",
    ),
    # a getter @property is a method called on access; its setter, or a call of its value, is not
    (
        "class P:\n    def __init__(self) -> None:\n        self._v = 1\n\n    @property\n    def v(self) -> int:\n"
        "        return self._v\n\n    @v.setter\n    def v(self, x: int) -> None:\n        self._v = x\n\n\n"
        "def f(a: int) -> int:\n    return P().v + a\n",
        r"line 9:5: .*decorator '@v.setter'",
    ),
    (
        "class P:\n    def __init__(self) -> None:\n        self._v = 1\n\n    @property\n    def v(self) -> int:\n"
        "        return self._v\n\n\ndef f(a: int) -> int:\n    return P().v() + a\n",
        r"line 11:12: .*call of the @property 'v'",
    ),
    (
        "class P:\n    def __init__(self) -> None:\n        self._v = 1\n\n    @property\n    def v(self) -> int:\n"
        "        return self._v\n\n\ndef f(a: int) -> int:\n    p = P()\n    p.v = a\n    return a\n",
        r"line 12:5: .*assignment to 'p.v'",
    ),
    # an untyped parameter used as an object: its type is unknown, not an int
    (
        "def f(stream):\n    return stream.read()\n",
        r"line 2:12: .*parameter 'stream' has no type hint and is used as an object with read\(\)",
    ),
    (
        "def f(a, b):\n    return a.st_ino == b.st_ino\n",
        r"line 2:12: .*parameter 'a' has no type hint and is used as an object with attribute 'st_ino'",
    ),
]


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize(("code", "refusal"), REFUSED)
def test_what_a_cache_would_change_is_refused_with_its_place(code: str, refusal: str, target: str) -> None:
    with pytest.raises(UnsupportedConstruct, match=refusal):
        RulesEngine().translate(code, "python", target)


def test_a_cached_function_keeps_its_name_for_its_callers() -> None:
    code = (
        _CACHED
        + "def f(n: int, s: str) -> int:\n    return n + len(s)\n\n\ndef g(k: int) -> int:\n    return f(k, 'ab')\n"
    )
    java = RulesEngine().translate(code, "python", "java")[0].code
    assert "static Map<Integer, Map<String, Long>> f_cache = new HashMap<>();" in java or "f_cache" in java
    assert "f_uncached(n, s)" in java
    assert 'return f(k, "ab");' in java


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_a_comment_on_the_decorator_line_is_not_part_of_the_decorator(target: str) -> None:
    code = (
        "import functools\n\n\n@functools.lru_cache(maxsize=None)  # memoised: called with repeats\n"
        "def f(n: int) -> int:\n    return n if n < 2 else f(n - 1) + f(n - 2)\n"
    )
    assert "f_uncached" in RulesEngine().translate(code, "python", target)[0].code
    unknown = "import functools\n\n\n@functools.wraps(g)  # copies g's name\ndef f(n: int) -> int:\n    return n\n"
    with pytest.raises(UnsupportedConstruct, match=r"line 4:1: .*decorator '@functools\.wraps\(g\)'$"):
        RulesEngine().translate(unknown, "python", target)
