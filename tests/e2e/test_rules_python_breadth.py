"""Python sources, issue 13's breadth work: what stays refused next to what is now translated
(the translations themselves are built and run against Python by the golden cases
str_search_with_bounds, del_statements_and_try_else, replace_with_computed_text_and_dict_items and
unpack_a_list_into_names)."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import RulesEngine
from transcoder.errors import UnsupportedConstruct

REFUSED = [
    # a dict's missing key raises KeyError in Python; C++'s map[] inserts, Java's get returns null
    (
        "def f(d: dict[str, int], k: str) -> int:\n    try:\n        v = d[k]\n    except KeyError:\n"
        "        v = -1\n    return v\n",
        r"line 2:5: .*a handler of an exception Python raises on its own \(line 3",
    ),
    # an IndexError handler around a del: only the bounds-check form of try is kept for it
    (
        "def f(a: list[int], i: int) -> int:\n    try:\n        del a[i]\n    except IndexError:\n"
        "        return -1\n    return len(a)\n",
        "line 3:9: .*a statement of this kind inside a try statement",
    ),
    # int() raises ValueError, which the else-clause's handler catches
    (
        "def f(s: str) -> int:\n    try:\n        v = int(s)\n    except ValueError:\n        return 0\n"
        "    else:\n        return v\n",
        "a handler of an exception Python raises on its own",
    ),
    ("def f(s: str) -> str:\n    return s.replace('', '-')\n", r"str.replace\(\) of an empty literal"),
    (
        "def f(s: str, sep: str) -> int:\n    return len(s.split(sep, 2))\n",
        r"str.split\(\) with a separator other than a non-empty literal",
    ),
    ("def f(s: str, i: int) -> str:\n    del s[i]\n    return s\n", "del of an element of a str"),
    ("def f(a: list[int]) -> list[int]:\n    del a[::2]\n    return a\n", "del of a slice with a step"),
    ("def f(a: list[int]) -> int:\n    del a\n    return 0\n", "delete statement 'del a'"),
]


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize(("code", "refusal"), REFUSED)
def test_what_cannot_be_exact_is_refused_with_its_place(code: str, refusal: str, target: str) -> None:
    with pytest.raises(UnsupportedConstruct, match=refusal):
        RulesEngine().translate(code, "python", target)


def test_a_handler_of_what_the_body_cannot_raise_is_kept() -> None:
    # the body indexes a list (IndexError at most) and raises ValueError itself: a ValueError
    # handler sees in every target exactly what it sees in Python
    code = (
        "def f(a: list[int], i: int) -> int:\n    try:\n        if a[i] < 0:\n"
        "            raise ValueError('negative')\n        v = a[i]\n    except ValueError:\n"
        "        v = 0\n    else:\n        v += 1\n    return v\n"
    )
    java = RulesEngine().translate(code, "python", "java")[0].code
    assert "catch (IllegalArgumentException e)" in java
    assert "completed = true;" in java


def test_untyped_parameters_learn_str_and_dict_from_their_use() -> None:
    # a dict's key and value types come from the loop body over its items (here the caller's dict
    # says only that it is one); a parameter used only through .values() is not taken for a dict:
    # its int values would be guessed 32-bit where Python sums them unbounded
    code = (
        "def f(s, d, sep):\n    for k, v in d.items():\n        s = s.replace(k, v)\n    return s.rfind(sep)\n\n\n"
        "def g(s: str) -> int:\n    return f(s, {}, '.')\n"
    )
    java = RulesEngine().translate(code, "python", "java")[0].code
    assert "static int f(String s, Map<String, String> d, " in java
    summed = "def f(d):\n    n = 0\n    for v in d.values():\n        n += v\n    return n\n"
    unhinted = r"parameter 'd' has no type hint and is used as an object with values\(\)"
    with pytest.raises(UnsupportedConstruct, match=unhinted):
        RulesEngine().translate(summed, "python", "cpp")
