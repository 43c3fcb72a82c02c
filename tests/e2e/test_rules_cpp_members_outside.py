"""C++ members defined outside their class (issue 13, whole files): a constructor or method
declared in the class body and defined after it translates when the class is in the input; a
definition whose class is not there (its header was not given) is refused naming the class, with
its line and column. The programs that run are in ``programs/cpp_members_outside.cpp``."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError

_COUNTER = """class Counter {
public:
    Counter(int start);
    ~Counter();
    int next();
private:
    int n;
};

Counter::Counter(int start) : n(start) {}

Counter::~Counter() {}

int Counter::next() {
    n += 1;
    return n;
}
"""


@pytest.mark.parametrize("target", ["java", "python"])
def test_a_constructor_declared_in_the_class_and_defined_outside_translates(target: str) -> None:
    text = translate(_COUNTER, source="cpp", target=target, output="file")
    assert "Counter" in text and "start" in text


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        ("int Foo::bar() const {\n  return 1;\n}\n", "class 'Foo' is not declared in the input", "line 1:1"),
        ("Foo::Foo(int v) : m(v) {}\n", "constructor or destructor of class 'Foo'", "line 1:1"),
        (
            "struct P {\n    int x;\n    ~P();\n};\n\nP::~P() {\n    x = 0;\n}\n",
            "destructor of P that does something",
            "line 6:1",
        ),
    ],
)
def test_a_member_whose_class_is_not_in_the_input_is_refused_by_name(code: str, named: str, where: str) -> None:
    with pytest.raises(TranscoderError) as raised:
        translate(code, source="cpp", target="java")
    message = str(raised.value)
    assert named in message and where in message and "\n" not in message.strip()
