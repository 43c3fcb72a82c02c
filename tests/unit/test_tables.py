"""The rule engine's data tables: every IR library operation has its effects and a row in each
target's printing table, and the runtime helpers the back ends emit load from their source files.

No compiler here: these tests read the tables and run front ends only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcoder.engines.rules import effects, ir
from transcoder.engines.rules.cpp import printing as cpp_printing
from transcoder.engines.rules.cpp.runtime import HELPERS as CPP_HELPERS
from transcoder.engines.rules.java import printing as java_printing
from transcoder.engines.rules.java.runtime import HELPERS as JAVA_HELPERS
from transcoder.engines.rules.pipeline import SOURCES, Request, Unit
from transcoder.engines.rules.python import printing as python_printing
from transcoder.engines.rules.python.runtime import HELPERS as PYTHON_HELPERS

L = ir.LibOp
TABLES = {"cpp": cpp_printing, "java": java_printing, "python": python_printing}
GOLDEN = Path(__file__).parents[1] / "golden" / "cases"
EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}


@pytest.mark.parametrize("target", sorted(TABLES))
def test_every_library_operation_has_a_row_in_each_printing_table(target: str) -> None:
    table = TABLES[target]
    missing = [op.name for op in L if op not in table.EXPRESSIONS and op not in table.STATEMENTS]
    assert not missing, f"{target} printing table lacks {missing}"


def test_every_library_operation_has_its_effects() -> None:
    assert set(effects.EFFECTS) == set(L)


def test_effect_sets_follow_the_table() -> None:
    assert {op for op, e in effects.EFFECTS.items() if e.mutates} == effects.MUTATING
    assert L.SWAP in effects.MUTATING and effects.EFFECTS[L.SWAP].mutates == 2
    # printing changes nothing but has an effect all the same
    assert L.PRINT not in effects.MUTATING and L.PRINT in effects.SIDE_EFFECTS
    # the six operations the Python back end once judged pure because it does not write them
    # as statements: they change their first argument
    for op in (L.CLEAR, L.LIST_APPEND, L.LIST_INSERT, L.LIST_REMOVE_AT, L.SET_ADD, L.SET_REMOVE):
        assert op in effects.SIDE_EFFECTS
    assert L.CONTAINS in effects.ORDER_FREE and L.ELEMENTS not in effects.ORDER_FREE


def test_python_statements_are_refused_inside_expressions() -> None:
    """An operation Python writes as a statement has an expression row that refuses it (or, for
    ``pop``, spells the value), never a template that would print a statement as a value."""
    from transcoder.engines.rules.printing import Form

    for op in python_printing.STATEMENTS:
        row = python_printing.EXPRESSIONS[op]
        assert not isinstance(row, Form) or op in (L.SET_ADD, L.SET_REMOVE), op


def _golden_modules() -> list[tuple[str, ir.Module]]:
    modules = []
    for meta_path in sorted(GOLDEN.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        source = meta["source"]
        code = meta_path.with_suffix("." + EXTENSIONS[source]).read_text(encoding="utf-8")
        target = next(t for t in ("cpp", "java", "python") if t != source)
        try:
            unit: Unit = SOURCES[source].parse(Request(code, source, target))
        except Exception:  # a refused case: nothing to inspect
            continue
        modules.append((meta_path.stem, unit.module))
    return modules


def test_operations_without_a_value_stand_as_statements() -> None:
    """Front ends put an operation ``effects`` says yields no value only where no value is read:
    an expression statement or a for-loop update (checked over every golden case's IR)."""
    misplaced = []
    for name, module in _golden_modules():
        statement_level: set[int] = set()
        for node in ir.walk(module):
            if isinstance(node, ir.ExprStmt):
                statement_level.add(id(node.expr))
            elif isinstance(node, ir.For):
                statement_level.update(id(u) for u in node.update)
        for node in ir.walk(module):
            if (
                isinstance(node, ir.LibraryCall)
                and not effects.EFFECTS[node.op].value
                and id(node) not in statement_level
            ):
                misplaced.append(f"{name}: {node.op.value}")
    assert not misplaced


def test_runtime_helpers_load_from_their_source_files() -> None:
    # helpers.hpp/helpers.py here; text.hpp/text.py in tests/e2e/test_rules_text.py
    from transcoder.engines.rules.runtime import load_helpers

    text = set(load_helpers("transcoder.engines.rules.cpp.runtime", "text.hpp", "//"))
    text |= set(load_helpers("transcoder.engines.rules.cpp.runtime", "bigint.hpp", "//"))  # its own test
    text |= set(load_helpers("transcoder.engines.rules.python.runtime", "text.py", "#"))
    assert [name for name in CPP_HELPERS if name not in text] == [
        "java_hash_table",
        "java_hash_set",
        "java_hash_map",
        "linked_hash_table",
        "linked_hash_set",
        "linked_hash_map",
        "saturating_cast",
        "java_round",
        "floor_div",
        "floor_mod",
        "c_format",
        "java_text",
        "python_text",
        "read_token",
        "read_line",
        "has_token",
        "py_index",
        "java_deref",
        "as_lvalue",
    ]  # dependencies first: the back end emits them in this order
    assert CPP_HELPERS["floor_div"].startswith("long long floor_div(long long a, long long b) {")
    assert set(PYTHON_HELPERS) - text == {
        "trunc_div",
        "trunc_mod",
        "compare",
        "java_hash_map",
        "java_hash_set",
        "round_half_away",
        "round_half_up",
        "saturating_int",
        "x86_int",
        "x86_unsigned",
        "fmod",
        "fdiv",
        "sqrt",
        "log",
        "log2",
        "log10",
        "exp",
        "asin",
        "acos",
        "fpow",
        "f32",
        "int8",
        "int16",
        "int32",
        "int64",
        "java_text",
        "read_token",
        "java_null_text",
        "c_stoi",
        "c_atoi",
    }
    assert PYTHON_HELPERS["trunc_div"].startswith("def trunc_div(a, b):")
    assert "gcd" in JAVA_HELPERS and "lowerBound(int[])" in JAVA_HELPERS
    assert all(not text.endswith("\n") and "// end" not in text for text in CPP_HELPERS.values())
