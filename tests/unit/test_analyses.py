"""Analyses and passes of the rule engine on hand-built IR (no parser, no compiler)."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.container_order import ContainerOrders
from transcoder.engines.rules.analysis.fixed_lists import fixed_size_lists
from transcoder.engines.rules.analysis.lengths import length_parameters, reads_length
from transcoder.engines.rules.analysis.names import assigned_names, directly_assigned, root_name
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.analysis.order_free import order_free_body
from transcoder.engines.rules.cpp.legalize import with_length_parameters
from transcoder.engines.rules.java.legalize import lists_as_arrays
from transcoder.engines.rules.passes.container_order import container_order
from transcoder.engines.rules.pipeline import SOURCES, TARGETS, Request, stages
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp
B = ir.BinaryOp
INT_ARRAY = t.ArrayType(t.INT)


def name(id_: str, type_: t.Type = t.INT) -> ir.Name:
    return ir.Name(id_, type=type_)


def number(value: int) -> ir.IntLiteral:
    return ir.IntLiteral(value, type=t.INT)


def call(op: ir.LibOp, *args: ir.Expr | None, type_: t.Type = t.VOID) -> ir.LibraryCall:
    return ir.LibraryCall(op, args, type=type_)


def assign(target: ir.Expr, value: ir.Expr, op: ir.BinaryOp | None = None) -> ir.ExprStmt:
    return ir.ExprStmt(ir.AssignExpr(target, value, op, type=target.type))


def function(params: list[ir.Param], *body: ir.Stmt, result: t.Type = t.VOID, fn: str = "f") -> ir.Function:
    return ir.Function(fn, tuple(params), result, ir.Block(body))


def counting_loop(var: str, bound: ir.Expr, *body: ir.Stmt) -> ir.For:
    return ir.For(
        (ir.VarDecl(var, t.INT, number(0)),),
        ir.Binary(B.LT, name(var), bound, type=t.BOOL),
        (ir.IncDec(name(var), 1, False, type=t.INT),),
        ir.Block(body),
    )


# -- names --------------------------------------------------------------------------------------


def test_assigned_names_follow_mutating_operations_and_calls() -> None:
    body = ir.Block(
        (
            assign(ir.Index(name("a", INT_ARRAY), number(0), type=t.INT), number(1)),
            ir.ExprStmt(call(L.SWAP, name("x"), name("y"))),
            ir.ExprStmt(call(L.SORT, name("v", INT_ARRAY), None, None, None)),
            ir.ExprStmt(ir.Call("g", (name("w", INT_ARRAY), name("k")), type=t.VOID)),
            ir.ExprStmt(call(L.LEN, name("r", INT_ARRAY), type_=t.INT)),
        )
    )
    assert assigned_names(body) == {"a", "x", "y", "v", "w"}  # k is an int: a callee cannot change it
    assert directly_assigned(body) == {"x", "y"}  # a[0] = 1 changes a, it does not rebind it
    assert root_name(ir.Index(ir.Index(name("m"), number(1)), number(2))) == "m"


# -- non-negativity -----------------------------------------------------------------------------


def test_counters_and_lengths_are_non_negative_parameters_are_not() -> None:
    n = ir.Param("n", t.INT)
    body = (
        ir.VarDecl("count", t.INT, number(0)),
        ir.VarDecl("size", t.INT, call(L.LEN, name("a", INT_ARRAY), type_=t.INT)),
        ir.VarDecl("down", t.INT, number(5)),
        counting_loop("i", name("n"), ir.ExprStmt(ir.IncDec(name("count"), 1, False, type=t.INT))),
        ir.ExprStmt(ir.IncDec(name("down"), -1, False, type=t.INT)),
    )
    known = NonNegative(function([n], *body))
    assert known(name("count")) and known(name("size")) and known(name("i"))
    assert not known(name("n"))  # parameters are not assumed anything
    assert not known(name("down"))  # decremented: may go below zero
    assert known(ir.Binary(B.TRUNC_MOD, name("count"), number(10), type=t.INT))
    assert not known(ir.Binary(B.SUB, name("count"), number(1), type=t.INT))


def test_a_digit_loop_guards_its_variable() -> None:
    """``while (n > 0) { s += n % 10; n /= 10; }``: inside the loop, n is never negative."""
    use = ir.Name("n", type=t.INT, location=_at(3, 14))
    loop = ir.While(
        ir.Binary(B.GT, name("n"), number(0), type=t.BOOL),
        ir.Block(
            (
                assign(name("s"), ir.Binary(B.TRUNC_MOD, use, number(10), type=t.INT), B.ADD),
                assign(name("n"), number(10), B.TRUNC_DIV),
            )
        ),
    )
    known = NonNegative(function([ir.Param("n", t.INT)], ir.VarDecl("s", t.INT, number(0)), loop))
    assert known(use)
    assert not known(name("n"))  # outside the loop (no location): still a parameter


def _at(line: int, column: int) -> object:
    from transcoder.errors import SourceLocation

    return SourceLocation(line, column)


# -- lengths ------------------------------------------------------------------------------------


def test_length_parameters_pair_arrays_with_the_ints_that_follow() -> None:
    a, b = ir.Param("a", INT_ARRAY), ir.Param("b", INT_ARRAY)
    m, n = ir.Param("m", t.INT), ir.Param("n", t.INT)
    both = frozenset({"a", "b"})  # C arrays a signature pins: the convention is its word
    assert length_parameters(function([a, b, m, n]), pinned=both) == {"a": "m", "b": "n"}
    assert length_parameters(function([a, b, n]), pinned=both) == {"a": "n", "b": "n"}  # one length for both
    assert length_parameters(function([a, n]), vectors=frozenset({"a"}), pinned=both) == {}  # a vector knows it
    assert length_parameters(function([a, b, m, n])) == {}  # no interface: no body proves what callers pass


def test_an_index_or_an_assigned_int_is_no_length() -> None:
    a, i, n = ir.Param("a", INT_ARRAY), ir.Param("i", t.INT), ir.Param("n", t.INT)
    read = ir.Return(ir.Index(name("a", INT_ARRAY), name("i"), type=t.INT))
    pinned = frozenset({"a"})
    assert length_parameters(function([a, i, n], read, result=t.INT), pinned=pinned) == {"a": "n"}
    changed = assign(name("n"), number(1), B.SUB)
    assert length_parameters(function([a, n], changed), pinned=pinned) == {}


def test_length_rewrite_reads_the_length_parameter() -> None:
    a, n = ir.Param("a", INT_ARRAY), ir.Param("n", t.INT)
    f = function(
        [a, n],
        ir.Return(call(L.LEN, name("a", INT_ARRAY), type_=t.INT)),
        result=t.INT,
    )
    assert reads_length(f, "a")
    assert with_length_parameters(f) is f  # no interface states the length
    pinned = frozenset({"a"})
    rewritten = with_length_parameters(f, pinned=pinned)
    assert rewritten.body.body[0] == ir.Return(name("n"))
    sort = function([a, n], ir.ExprStmt(call(L.SORT, name("a", INT_ARRAY), None, None, None)))
    assert with_length_parameters(sort, pinned=pinned).body.body[0] == ir.ExprStmt(
        call(L.SORT, name("a", INT_ARRAY), None, name("n"), None)
    )


# -- fixed-size lists ---------------------------------------------------------------------------


def test_a_sized_list_only_indexed_becomes_an_array() -> None:
    table_type = t.ListType(t.INT)
    create = ir.NewContainer(size=name("n"), type=table_type)
    table = name("dp", table_type)
    f = function(
        [ir.Param("n", t.INT)],
        ir.VarDecl("dp", table_type, create),
        assign(ir.Index(table, number(0), type=t.INT), number(1)),
        ir.Return(ir.Index(table, number(0), type=t.INT)),
        result=t.INT,
    )
    assert fixed_size_lists(f) == {"dp": (name("n"),)}
    arrays = lists_as_arrays(f)
    declaration = arrays.body.body[0]
    assert isinstance(declaration, ir.VarDecl) and declaration.type == INT_ARRAY
    assert declaration.init == ir.NewArray((name("n"),), None, type=INT_ARRAY)
    appended = function(
        [ir.Param("n", t.INT)],
        ir.VarDecl("dp", table_type, create),
        ir.ExprStmt(call(L.LIST_APPEND, table, number(1))),
    )
    assert fixed_size_lists(appended) == {}  # it grows: a list


# -- container order ----------------------------------------------------------------------------

HASH_SET = t.SetType(t.INT)


def _set_program(*uses: ir.Stmt) -> ir.Module:
    create = ir.NewContainer(type=HASH_SET)
    body = (
        ir.VarDecl("s", HASH_SET, create),
        ir.ExprStmt(call(L.SET_ADD, name("s", HASH_SET), number(3))),
        *uses,
    )
    return ir.Module((), (function([], *body),))


def _printing_loop() -> ir.ForEach:
    return ir.ForEach("x", t.INT, name("s", HASH_SET), ir.ExprStmt(call(L.PRINT, name("x"))))


def test_order_free_loops_do_not_observe_the_order() -> None:
    total = ir.Block((assign(name("sum"), name("x"), B.ADD),))
    assert order_free_body(total, "x")
    assert not order_free_body(ir.ExprStmt(call(L.PRINT, name("x"))), "x")
    search = ir.If(
        ir.Binary(B.EQ, name("x"), number(3), type=t.BOOL),
        ir.Block((assign(name("found"), number(1)), ir.Break())),
    )
    assert order_free_body(search, "x")


def test_a_printed_java_hash_set_keeps_java_order_an_unobserved_one_stays_plain() -> None:
    observed = container_order(_set_program(_printing_loop()))
    declaration = observed.functions[0].body.body[0]
    assert isinstance(declaration, ir.VarDecl) and declaration.type == t.SetType(t.INT, t.Order.JAVA_HASH)
    plain = _set_program(ir.ExprStmt(call(L.CONTAINS, name("s", HASH_SET), number(3), type_=t.BOOL)))
    assert container_order(plain) is plain
    assert not ContainerOrders(plain)


def test_a_linked_container_keeps_insertion_order_and_a_mix_is_refused() -> None:
    linked_set = ir.NewContainer(type=HASH_SET, insertion_order=True)
    created = ir.Module((), (function([], ir.VarDecl("s", HASH_SET, linked_set), _printing_loop()),))
    declaration = container_order(created).functions[0].body.body[0]
    assert isinstance(declaration, ir.VarDecl) and declaration.type == t.SetType(t.INT, t.Order.INSERTION)
    # a parameter the front end saw declared LinkedHashSet
    parameter = ir.Module((), (function([ir.Param("s", HASH_SET)], _printing_loop()),))
    pinned = container_order(parameter, frozenset({("f", "s")})).functions[0]
    assert pinned.params[0].type == t.SetType(t.INT, t.Order.INSERTION)
    mixed = _set_program(assign(name("s", HASH_SET), linked_set), _printing_loop())
    with pytest.raises(UnsupportedConstruct, match="different orders"):
        container_order(mixed)


def test_a_hash_order_of_doubles_is_refused() -> None:
    doubles = t.SetType(t.DOUBLE)
    body = (
        ir.VarDecl("s", doubles, ir.NewContainer(type=doubles)),
        ir.ForEach("x", t.DOUBLE, name("s", doubles), ir.ExprStmt(call(L.PRINT, name("x", t.DOUBLE)))),
    )
    with pytest.raises(UnsupportedConstruct, match="hash container of"):
        container_order(ir.Module((), (function([], *body),)))


# -- the pipeline -------------------------------------------------------------------------------


def test_the_pipeline_runs_source_passes_before_target_passes() -> None:
    order = [stage.__name__ for stage in stages(Request("", "java", "cpp"))]
    assert order[:6] == [
        "_java_container_order",
        "_java_order",
        "_java_integers",
        "_reserved_function_names",  # the common passes run between the source's and the target's
        "_pin",
        "_array_lengths",
    ]
    assert [s.__name__ for s in stages(Request("", "cpp", "java"))][:7] == [
        "_cpp_scopes",
        "_cpp_copies",
        "_cpp_order",
        "_cpp_integers",
        "_reserved_function_names",
        "_pin",
        "_lists_as_arrays",
    ]
    assert set(SOURCES) == set(TARGETS) == {"cpp", "java", "python"}
    assert TARGETS["python"].pinning is None  # Python declares no types to pin
