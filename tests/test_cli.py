"""The command line as a user meets it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    process = subprocess.run(
        [sys.executable, "-m", "transcoder", *args], input=stdin, capture_output=True, timeout=120
    )
    return subprocess.CompletedProcess(
        process.args, process.returncode, process.stdout.decode(), process.stderr.decode()
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one line, never a traceback
    assert lines[0].startswith("transcoder: error: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_languages_lists_languages_and_engines() -> None:
    result = run_cli("languages")
    assert result.returncode == 0
    for name in ("cpp", "java", "python", "rules", "neural", "gold"):
        assert name in result.stdout


def test_unknown_language() -> None:
    result = run_cli(
        "translate", "-", "--source", "cobol", "--target", "java", stdin=b"int f() { return 1; }"
    )
    assert_one_line_error(result, "unknown language 'cobol'")


def test_empty_input() -> None:
    result = run_cli("translate", "-", "--source", "cpp", "--target", "java", stdin=b"  \n\n")
    assert_one_line_error(result, "empty input")


def test_non_utf8_input_reports_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "bad.cpp"
    source.write_bytes(b"int f() {\n  return 1; // caf\xe9\n}\n")
    result = run_cli("translate", str(source), "--target", "java")
    assert_one_line_error(result, "not valid UTF-8", f"{source}:2:19")


def test_unparsable_code_reports_line_and_column() -> None:
    code = b"int f(int a) {\n    return a +;\n}\n"
    result = run_cli("translate", "-", "--source", "cpp", "--target", "java", stdin=code)
    assert_one_line_error(result, "syntax error", "2:")


def test_unparsable_python_reports_line() -> None:
    code = b"def f(a):\n    return (a +\n\ndef g(:\n    pass\n"
    result = run_cli("translate", "-", "--source", "python", "--target", "java", stdin=code)
    assert_one_line_error(result, "syntax error", "line ")


def test_file_without_function() -> None:
    result = run_cli("translate", "-", "--source", "cpp", "--target", "java", stdin=b"int x = 3;\n")
    assert_one_line_error(result, "no function", "1:1")


def test_missing_file() -> None:
    result = run_cli("translate", "/nonexistent/f.cpp", "--target", "java")
    assert_one_line_error(result, "no such file")


def test_unknown_engine() -> None:
    result = run_cli(
        "translate", "-", "-s", "cpp", "-t", "java", "--engine", "nope", stdin=b"int f() { return 1; }\n"
    )
    assert_one_line_error(result, "unknown engine 'nope'")


def test_source_language_from_extension_is_required_for_stdin() -> None:
    result = run_cli("translate", "-", "--target", "java", stdin=b"int f() { return 1; }\n")
    assert_one_line_error(result, "--source")


def test_gold_engine_outside_eval_is_a_clear_error() -> None:
    result = run_cli(
        "translate", "-", "-s", "cpp", "-t", "java", "-e", "gold", stdin=b"int f() { return 1; }\n"
    )
    assert_one_line_error(result, "only works inside")


@pytest.mark.parametrize("target", ["java", "python"])
def test_translate_example_file_with_default_engine(target: str) -> None:
    example = Path(__file__).parent.parent / "examples" / "algorithms.cpp"
    if not example.exists():
        pytest.skip("examples/algorithms.cpp not written yet")
    result = run_cli("translate", str(example), "--target", target)
    assert result.returncode == 0, result.stderr
    assert "gcd" in result.stdout or "def " in result.stdout or "static" in result.stdout
