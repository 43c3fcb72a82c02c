"""Python classes (issue 14): what the front end refuses, each with the construct and its place.

The programs it translates are in ``programs/py_*.py`` (run by ``test_rules_programs.py``)."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError

_MAIN = '\ndef g0():\n    return 0\n\nif __name__ == "__main__":\n    print(1)\n'


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        (
            "class A:\n    pass\nclass B:\n    pass\nclass C(A, B):\n    pass\n",
            "multiple inheritance",
            "line 5:8",
        ),
        ("class M(type):\n    pass\n", "base class 'type'", "line 1:9"),
        ("class A(metaclass=M):\n    pass\n", "metaclass", "line 1:9"),
        (
            "class A:\n    def __getattr__(self, n):\n        return 1\n",
            "special method '__getattr__'",
            "line 2:5",
        ),
        (
            "class A:\n    @functools.cached_property\n    def x(self):\n        return 1\n",
            "decorator '@functools.cached_property'",
            "line 2:5",
        ),
        (
            "class A:\n    def __init__(self):\n        self.x = 1\n    def f(self):\n        self.y = 2\n"
            "def g():\n    a = A()\n    a.f()\n",
            "attribute 'y'",
            "line 5:9",
        ),
        (
            "class A:\n    def __init__(self):\n        self.items = []\ndef g():\n    return len(A().items)\n",
            "field 'items'",
            "line 3:9",
        ),
        (
            "class A:\n    def __init__(self, v):\n        self.v = v\ndef g():\n    print(A(1))\n",
            "without __str__",
            "line 5:11",
        ),
        (
            "class A:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n"
            "        return self.v < o.v\ndef g():\n    xs = [A(2), A(1)]\n    xs.sort()\n    return xs[0].v\n",
            "sort on objects",
            "line 8:5",
        ),
        (
            "class A:\n    def __init__(self, v):\n        self.v = v\n    @classmethod\n    def one(cls):\n"
            "        return cls(1)\nclass B(A):\n    pass\ndef g():\n    return B.one().v\n",
            "@classmethod 'one' called on the subclass 'B'",
            "line 10:12",
        ),
        (
            "class T:\n    def __init__(self):\n        self.total = 0\n    def add(self, x):\n"
            "        self.total += x\ndef g():\n    t = T()\n    t.add(0.5)\n    return t.total\n",
            "'self.total' given a value of type float where its class holds int",
            "line 5:9",
        ),
    ],
)
def test_refused_with_its_place(code: str, named: str, where: str) -> None:
    with pytest.raises(TranscoderError) as refused:
        translate(code + _MAIN, source="python", target="java", output="file")
    message = str(refused.value)
    assert named in message and where in message and "\n" not in message.strip(), message


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("class S:\n    def __init__(self, items):\n        self.items = items\n"
         "def g():\n    xs = [1]\n    s = S(xs)\n    xs.append(2)\n    return len(s.items)\n", "line 3:9"),
        ("class S:\n    def __init__(self):\n        self.items: list[int] = []\n"
         "def g():\n    s = S()\n    x = s.items\n    x.append(3)\n    return len(s.items)\n", "line 6:5"),
    ],
)  # fmt: skip
def test_shared_list_field_refused_in_cpp(code: str, where: str) -> None:
    """Python shares a list between a field and a variable; a C++ vector would be copied (Java's
    ArrayList is shared, so Java translates these)."""
    with pytest.raises(TranscoderError) as refused:
        translate(code + _MAIN, source="python", target="cpp", output="file")
    assert "shares" in str(refused.value) and where in str(refused.value), str(refused.value)
