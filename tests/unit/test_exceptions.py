"""The exception table and the check of a ``try``'s handlers against a target (hand-built IR)."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.raises import EVENTS, check_try, reaching
from transcoder.errors import UnsupportedConstruct


def handler(language: str, *types: str) -> ir.Handler:
    kinds = tuple(exceptions.read(language, type_) or "" for type_ in types)
    assert all(kinds)
    return ir.Handler(kinds, exceptions.caught_by(language, types), ir.Block((ir.Return(),)))


def module_with(*functions: ir.Function) -> ir.Module:
    return ir.Module((), functions)


def throwing(name: str, kind: str) -> ir.Function:
    return ir.Function(name, (), t.INT, ir.Block((ir.Throw(kind),)))


def calling(name: str) -> ir.Block:
    return ir.Block((ir.ExprStmt(ir.Call(name, (), type=t.INT)),))


def test_every_kind_is_spelled_in_every_hierarchy_and_read_back() -> None:
    for kind in exceptions.KINDS:
        for language in exceptions.HIERARCHY:
            assert exceptions.spelling(kind.name, language) in exceptions.HIERARCHY[language]
            assert exceptions.read(language, exceptions.spelling(kind.name, language)) is not None
    assert exceptions.read("java", "java.util.NoSuchElementException") == "no_such_element"
    assert exceptions.read("cpp", "std::out_of_range") == "index"
    assert exceptions.read("java", "IOException") == "io"
    assert exceptions.read("java", "SQLException") is None  # a type the table does not map


def test_hierarchies_differ_where_the_languages_do() -> None:
    # Java's RuntimeException holds IllegalArgumentException; C++'s runtime_error does not hold
    # invalid_argument (a logic_error)
    assert "invalid_argument" in exceptions.caught_by("java", ("RuntimeException",))
    assert "invalid_argument" not in exceptions.caught_by("cpp", ("runtime_error",))
    assert "invalid_argument" in exceptions.caught_by("cpp", ("logic_error",))


def test_a_handler_catching_what_the_source_catches_is_kept() -> None:
    module = module_with(throwing("f", "invalid_argument"))
    stmt = ir.Try(calling("f"), (handler("java", "IllegalArgumentException"),))
    for target in ("cpp", "python", "java"):
        check_try(stmt, module, target, target)
    assert set(reaching(stmt.body, module).kinds) == {"invalid_argument"}


def test_a_handler_the_target_hierarchy_changes_is_refused() -> None:
    # Java's catch (RuntimeException) catches an IllegalArgumentException; C++'s runtime_error would not
    module = module_with(throwing("f", "invalid_argument"))
    stmt = ir.Try(calling("f"), (handler("java", "RuntimeException"),))
    with pytest.raises(UnsupportedConstruct, match="catches invalid_argument thrown here differently"):
        check_try(stmt, module, "cpp", "C++")
    with pytest.raises(UnsupportedConstruct, match="catches ValueError thrown here differently"):
        check_try(stmt, module, "python", "Python")  # nor Python's RuntimeError a ValueError


def test_implicit_exceptions_are_kept_only_where_the_target_raises_the_same() -> None:
    division = ir.Binary(
        ir.BinaryOp.TRUNC_DIV, ir.IntLiteral(1, type=t.INT), ir.Name("x", type=t.INT), type=t.INT
    )
    body = ir.Block((ir.Return(division),))
    java_try = ir.Try(body, (handler("java", "ArithmeticException"),), defined=frozenset(EVENTS))
    check_try(java_try, module_with(), "python", "Python")  # ZeroDivisionError is an ArithmeticError
    with pytest.raises(UnsupportedConstruct, match="around an integer division"):
        check_try(java_try, module_with(), "cpp", "C++")  # C++ does not raise: undefined behaviour
    # a C++ source's division by zero is undefined: any target's behaviour is faithful
    cpp_try = ir.Try(body, (handler("cpp", "exception"),))
    check_try(cpp_try, module_with(), "java", "Java")
