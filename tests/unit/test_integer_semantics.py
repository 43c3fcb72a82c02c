"""The range analysis, the wrap-around pass and the evaluation-order pass on small functions
(parsed by the front ends; no compiler runs here)."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges
from transcoder.engines.rules.passes.sequencing import sequencing
from transcoder.engines.rules.passes.wraparound import CPP, JAVA, wraparound
from transcoder.engines.rules.pipeline import SOURCES, Request
from transcoder.errors import UnsupportedConstruct


def parse(code: str, source: str = "java") -> ir.Module:
    return SOURCES[source].parse(Request(code, source, "python")).module


def java_ranges(code: str) -> tuple[ir.Function, Ranges]:
    function = parse(code).functions[0]
    return function, Ranges(function, lambda _: True, JAVA.char_range)


def updates(function: ir.Function, name: str) -> list[Interval]:
    """The exact values computed by the updates of ``name``, in walk order."""
    ranges = Ranges(function, lambda _: True, JAVA.char_range)
    return [
        ranges.exact(node)
        for node in ir.walk(function.body)
        if isinstance(node, ir.IncDec | ir.AssignExpr)
        and isinstance(node.target, ir.Name)
        and node.target.id == name
    ]


def wraps_in(module: ir.Module) -> list[ir.Wrap]:
    return [node for node in ir.walk(module) if isinstance(node, ir.Wrap)]


def test_intervals_know_java_division_and_remainder() -> None:
    full = iv.of_type(t.INT)
    assert not iv.fits(iv.trunc_div(full, full), t.INT)  # MIN / -1
    assert iv.fits(iv.trunc_div(full, Interval(2, 10)), t.INT)
    assert iv.trunc_mod(Interval(0, 100), Interval(1, 10)) == Interval(0, 9)
    assert (Interval(0, 3) * Interval(-2, 5)) == Interval(-6, 15)
    assert Interval(1, 1).scaled(10) == Interval(0, 10)


def test_a_count_in_one_loop_stays_an_int_and_in_two_nested_loops_may_overflow() -> None:
    function, _ = java_ranges(
        "static int f(int[] a, int n) {\n  int c = 0, d = 0;\n  for (int i = 0; i < a.length; i++) c++;\n"
        "  for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) d++;\n  return c + d;\n}\n"
    )
    assert all(iv.fits(value, t.INT) for value in updates(function, "c"))
    assert not all(iv.fits(value, t.INT) for value in updates(function, "d"))


def test_a_digit_sum_is_bounded_by_the_loop_dividing_its_counter() -> None:
    function, _ = java_ranges(
        "static int f(int n) {\n  int s = 0;\n  while (n > 0) { s += n % 10; n /= 10; }\n  return s;\n}\n"
    )
    assert all(value.within(Interval(0, 600)) for value in updates(function, "s"))


def test_a_sum_of_elements_may_overflow() -> None:
    function, _ = java_ranges(
        "static int f(int[] a) {\n  int s = 0;\n  for (int v : a) s += v;\n  return s;\n}\n"
    )
    assert not iv.fits(updates(function, "s")[0], t.INT)


def test_a_condition_narrows_the_rest_of_the_function() -> None:
    function, ranges = java_ranges("static int f(int n) {\n  if (n <= 1) return n;\n  return n - 1;\n}\n")
    subtraction = next(
        n for n in ir.walk(function.body) if isinstance(n, ir.Binary) and n.op == ir.BinaryOp.SUB
    )
    assert ranges.exact(subtraction) == Interval(1, 2**31 - 2)


def test_java_arithmetic_is_wrapped_once_at_the_root_of_a_chain() -> None:
    module = wraparound(parse("static int mix(int x) {\n  return x * 31 + 7;\n}\n"), JAVA)
    [wrap] = wraps_in(module)
    assert isinstance(wrap.operand, ir.Binary) and wrap.operand.op == ir.BinaryOp.ADD
    assert wrap.type == t.INT


def test_cpp_signed_arithmetic_is_not_wrapped_and_unsigned_is() -> None:
    signed = wraparound(parse("int mix(int x) {\n  return x * 31 + 7;\n}\n", "cpp"), CPP)
    assert not wraps_in(signed)
    unsigned = wraparound(parse("unsigned mix(unsigned x) {\n  return x * 31u + 7u;\n}\n", "cpp"), CPP)
    assert [w.type for w in wraps_in(unsigned)] == [t.IntType(32, False)]


def test_provably_small_arithmetic_stays_as_written() -> None:
    module = wraparound(
        parse(
            "static int f(int[] a) {\n  int s = 0;\n  for (int i = 0; i < a.length; i++) s = a.length - i;\n  return s / 2 + 1;\n}\n"
        ),
        JAVA,
    )
    assert not wraps_in(module)


def test_narrowing_casts_and_saturating_double_casts() -> None:
    module = wraparound(
        parse("static int f(int x, double d) {\n  byte b = (byte) x;\n  return b + (int) d;\n}\n"), JAVA
    )
    assert [w.type for w in wraps_in(module)] == [t.IntType(8), t.INT]  # the byte, and the sum
    calls = [n for n in ir.walk(module) if isinstance(n, ir.LibraryCall)]
    assert [c.op for c in calls] == [ir.LibOp.SATURATING_INT]


def test_an_overflowing_increment_statement_becomes_an_assignment_and_as_a_value_is_refused() -> None:
    module = wraparound(parse("static int f(int x) {\n  x++;\n  return x;\n}\n"), JAVA)
    assert any(isinstance(n, ir.AssignExpr) and isinstance(n.value, ir.Wrap) for n in ir.walk(module))
    # A value the statement always computes runs just before it (passes/overflow_values.py) ...
    hoisted = wraparound(parse("static int f(int[] a, int i) {\n  return a[0] + i++;\n}\n"), JAVA)
    assert any(isinstance(n, ir.Wrap) for n in ir.walk(hoisted))
    # ... one that runs only under a short-circuit cannot move, and is refused.
    with pytest.raises(UnsupportedConstruct, match="may overflow, used as a value"):
        wraparound(parse("static boolean f(int[] a, int i) {\n  return a[0] > 0 && i++ > 0;\n}\n"), JAVA)


def test_java_side_effects_are_lowered_in_java_order() -> None:
    module = sequencing(
        parse("static int f(int[] a) {\n  int i = 0;\n  a[i++] = a[i] + 5;\n  return i;\n}\n"), True
    )
    body = module.functions[0].body.body
    kinds = [type(s).__name__ for s in body]
    assert kinds == ["VarDecl", "VarDecl", "ExprStmt", "ExprStmt", "Return"]  # i_old = i; i++; a[i_old] = ...
    store = body[3]
    assert isinstance(store, ir.ExprStmt) and isinstance(store.expr, ir.AssignExpr)
    target = store.expr.target
    assert isinstance(target, ir.Index) and isinstance(target.index, ir.Name) and target.index.id == "i_old"


def test_expressions_without_a_conflict_keep_their_side_effects() -> None:
    module = parse("static int f(int[] a, int x) {\n  int i = 0;\n  a[i++] = x;\n  return i;\n}\n")
    assert sequencing(module, True) is module


def test_unsequenced_cpp_is_refused_with_its_location() -> None:
    with pytest.raises(UnsupportedConstruct, match="unsequenced") as raised:
        sequencing(parse("int f(int i) {\n  return i++ + i;\n}\n", "cpp"), False)
    assert raised.value.location is not None and raised.value.location.line == 2
