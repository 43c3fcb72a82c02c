"""Python sources: ``isinstance`` decided by a type hint (python/frontend/type_tests.py), refused
with its place where the hint does not decide it. The translations are built and run against
Python by the golden case isinstance_by_type_hint."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import RulesEngine
from transcoder.errors import UnsupportedConstruct

REFUSED = [
    # an unhinted parameter's type is the engine's guess, not what callers pass
    (
        "def f(x):\n    return isinstance(x, str)\n",
        r"line 2:12: .*isinstance\(\) of 'x', which has no type hint",
    ),
    # a bool is an int: a value hinted int may be one
    (
        "def f(x: int) -> bool:\n    return isinstance(x, bool)\n",
        r"line 2:12: .*isinstance\(\) of bool on a value hinted int",
    ),
    # PEP 484 lets an int be passed for a float
    ("def f(x: float) -> bool:\n    return isinstance(x, (int, str))\n", r"isinstance\(\) of a number class"),
    # a class of the file may be a subclass's object
    (
        "class A:\n    def __init__(self) -> None:\n        self.v = 1\n\n\ndef f(a: A) -> bool:\n"
        "    return isinstance(a, A)\n",
        r"line 7:12: .*isinstance\(\) of 'A' \(not a built-in class\)",
    ),
    (
        "def f(x: int) -> bool:\n    return isinstance(x + 1, int)\n",
        r"isinstance\(\) of 'x \+ 1', which has no type hint",
    ),
]


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize(("code", "refusal"), REFUSED)
def test_what_the_hint_does_not_decide_is_refused(code: str, refusal: str, target: str) -> None:
    with pytest.raises(UnsupportedConstruct, match=refusal):
        RulesEngine().translate(code, "python", target)


def test_the_decision_is_a_warning_naming_the_hint() -> None:
    [candidate] = RulesEngine().translate(
        "def f(s: str) -> bool:\n    return isinstance(s, str)\n", "python", "java"
    )
    assert "return true;" in candidate.code
    assert any("isinstance(s, ...) is True, by the type hint of 's'" in w for w in candidate.warnings)
