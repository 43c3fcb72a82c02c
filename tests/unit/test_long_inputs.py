"""Long flat inputs translate, and the translations build: an ``else if`` chain of 3,000 branches
and a sum of 3,000 terms from C++ and Java (each once a quadratic step: a tree-sitter
``node.parent``, which walks down from the root, asked of every node, and a scope lookup through
every enclosing scope). Not timed: the time they take is measured by hand (docs/sandbox.md). The
C++ translations are built; javac itself overflows its stack on a Java chain or sum this long
(``java.lang.StackOverflowError`` at 1,000), so the Java ones are read, not built."""

from __future__ import annotations

import pytest

import support
import transcoder
from transcoder.bench.emitted import compile_as_emitted

LENGTH = 3000


def else_if_chain(language: str) -> str:
    branches = "".join(f"    else if (x == {i}) return {i} * 3;\n" for i in range(1, LENGTH))
    function = f"int f(int x) {{\n    if (x == 0) return 0;\n{branches}    return -1;\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def flat_sum(language: str) -> str:
    expression = " + ".join(f"x * {i}" for i in range(LENGTH))
    function = f"int f(int x) {{\n    return {expression};\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


@pytest.mark.parametrize("shape", [else_if_chain, flat_sum], ids=["else_if_chain", "flat_sum"])
@pytest.mark.parametrize(("source", "target"), [("cpp", "java"), ("java", "cpp")])
def test_a_long_flat_function_translates_and_builds(shape: object, source: str, target: str) -> None:
    support.require_compilers()
    assert callable(shape)
    [candidate] = transcoder.translate_candidates(shape(source), source=source, target=target, engine="rules")
    text = candidate.code
    assert text.count("== 2999") == (1 if shape is else_if_chain else 0)
    assert text.count("x * 2999") == (1 if shape is flat_sum else 0)
    if target == "cpp":
        [built] = compile_as_emitted(target, [text])
        assert built.compiles, built.error
