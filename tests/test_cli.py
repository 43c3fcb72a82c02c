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


CODE = b"int add(int a, int b) { return a + b; }\n"


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["--candidates", "0"], "--candidates/-n: must be at least 1, got 0"),
        (["-n", "two"], "expected an integer, got 'two'"),
        (["--verify", "--tests", "0"], "--tests: must be at least 1, got 0"),
        (["--engine-option", "foo=bar"], "engine 'rules' has no option 'foo'"),
        (["--engine-option", "novalue"], "expected KEY=VALUE, got 'novalue'"),
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag"),
    ],
)
def test_translate_arguments_are_checked(arguments: list[str], fragment: str) -> None:
    result = run_cli("translate", "-", "-s", "cpp", "-t", "java", *arguments, stdin=CODE)
    assert_one_line_error(result, fragment)


def eval_bench(tmp_path: Path) -> Path:
    """A one-item benchmark in C++ and Python (gold engine)."""
    for language, text in (
        ("cpp", "int f_gold(int x) { return x + 1; }\n//TOFILL\nint main() { return 0; }\n"),
        ("python", "def f_gold(x):\n    return x + 1\n\n#TOFILL\nif __name__ == '__main__':\n    print('#Results: 1, 1')\n"),
    ):
        (tmp_path / "bench" / language).mkdir(parents=True, exist_ok=True)
        (tmp_path / "bench" / language / f"ONE.{'cpp' if language == 'cpp' else 'py'}").write_text(text)
    return tmp_path / "bench"


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["--jobs", "-1"], "--jobs/-j: must be at least 1, got -1"),
        (["--candidates", "0"], "--candidates/-n: must be at least 1, got 0"),
        (["--limit", "-1"], "--limit: must be at least 1, got -1"),
        (["--timeout-floor", "-5"], "--timeout-floor: must be a positive number of seconds, got -5"),
        (["--timeout-floor", "nan"], "--timeout-floor: must be a positive number of seconds, got nan"),
        (["--verify", "--verify-tests", "0"], "--verify-tests: must be at least 1, got 0"),
        (["--engine-option", "foo=bar"], "engine 'gold' has no option 'foo'"),
        (["--report", "/"], "--report names a directory, not a file: /"),
        (["--report", "/nonexistent-dir/r.json"], "--report: no such directory: /nonexistent-dir"),
    ],
)
def test_eval_arguments_are_checked_before_the_run(tmp_path: Path, arguments: list[str], fragment: str) -> None:
    bench = eval_bench(tmp_path)
    result = run_cli("eval", str(bench), "-s", "python", "-t", "cpp", "-e", "gold", "--no-cache", "-q", *arguments)
    assert_one_line_error(result, fragment)


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    from transcoder.arguments import MAX_INPUT_BYTES

    big = tmp_path / "big.cpp"
    big.write_bytes(b"int f() { return 1; }\n" + b"// padding\n" * (MAX_INPUT_BYTES // 11 + 1))
    assert_one_line_error(run_cli("translate", str(big), "-t", "java"), "input too large")
