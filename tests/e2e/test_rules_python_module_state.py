"""Python module-level state (issue 14): what the front end refuses, with the construct and its
place. The programs it translates are ``programs/py_module_*.py`` (run by
``test_rules_programs.py`` against Python in every target)."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError

_MAIN = '\nif __name__ == "__main__":\n    print(1)\n'


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        ("x = 0.5\ndef f():\n    global x\n    x = 1\n", "module-level variable 'x' of a value of another type", "line 4:5"),
        ("xs: list[int] = []\ndef f():\n    return xs\n", "module-level container 'xs' used as a value", "line 3:12"),
        ("xs = [1]\ndef f():\n    ys = xs\n    return len(ys)\n", "module-level container 'xs' used as a value", "line 3:10"),
        ("def f():\n    global y\n    y = 1\n", "global statement naming 'y'", "line 2:12"),
        ("x = 1\nx = 2\ndef f():\n    return x\n", "second top-level assignment to 'x'", "line 2:1"),
        ("seen = []\ndef f():\n    seen.append(1)\n", "module-level list 'seen' that is empty", "line 1:8"),
        ("d = {}\ndef f():\n    d[1] = 2\n", "module-level dict 'd' without an annotation", "line 1:5"),
        ("c = len('ab')\ndef f():\n    return c\n", "module-level variable 'c' that is not a constant", "line 1:1"),
        ("i = 0\ndef f():\n    global i\n    for i in range(3):\n        pass\n", "bound by a loop", "line 4:9"),
        ("x = 1\ndef f():\n    def g():\n        global x\n        x = 2\n    g()\n", "global statement outside", "line 4:9"),
        ("x = 1\nclass A:\n    def m(self):\n        global x\n        x = 2\n", "global statement outside", "line 4:9"),
        ("m: dict[int, int] = {}\ndef f():\n    global m\n    m = {1: 2}\n", "other than a new empty one", "line 4:5"),
    ],
)
@pytest.mark.parametrize("target", ["cpp", "java"])
def test_module_state_refused_with_its_place(code: str, named: str, where: str, target: str) -> None:
    with pytest.raises(TranscoderError) as error:
        translate(code + _MAIN, source="python", target=target, output="file")
    message = str(error.value)
    assert named in message and where in message and "\n" not in message.strip()


@pytest.mark.parametrize(("target", "constant", "state"), [
    ("cpp", "const int LIMIT = 10;", "long long count = 0;"),
    ("java", "static final int LIMIT = 10;", "static long count = 0L;"),
])  # fmt: skip
def test_constant_stays_constant_and_state_is_64_bit(target: str, constant: str, state: str) -> None:
    code = "LIMIT = 10\ncount = 0\ndef f():\n    global count\n    count += LIMIT\n    return count\n"
    translation = translate(code + _MAIN, source="python", target=target, output="file")
    assert constant in translation and state in translation
