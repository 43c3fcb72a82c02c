"""`transcoder eval` on small hand-written benchmarks (every item status) and on a sample of the real
GfG valid split with the gold engine, which must score 100%."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import ClassVar

import pytest

from transcoder.bench import harness
from transcoder.bench.gfg import fill, gold_function, load_tasks, parse_results, rename_identifier
from transcoder.cli import main as cli_main
from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.base import Candidate, Engine
from transcoder.errors import EngineError

VALID = SHIPPED_DIR / "benchmarks" / "transcoder-gfg" / "valid"

PYTHON_SCRIPT = """\
def f_gold(x):
{body}


#TOFILL

if __name__ == '__main__':
    param = [(1,), (2,), (3,)]
    n_success = 0
    for parameters_set in param:
        if f_filled(*parameters_set) == f_gold(*parameters_set):
            n_success += 1
    print("#Results: %i, %i" % (n_success, len(param)))
"""
CPP_SCRIPT = """\
#include <bits/stdc++.h>
using namespace std;
int f_gold(int x) {{
  // case:{case}
  return x + 1;
}}

//TOFILL

int main() {{
    int n_success = 0;
    vector<int> param0 {{1, 2, 3}};
    for (int i = 0; i < param0.size(); ++i) {{
        if (f_filled(param0[i]) == f_gold(param0[i])) {{
            n_success += 1;
        }}
    }}
    cout << "#Results:" << " " << n_success << ", " << param0.size();
    return 0;
}}
"""
GOOD_PYTHON = "    return x + 1"

# What the scripted engine answers for each case (found in the source function's comment).
ANSWERS: dict[str, list[str] | str] = {
    "PASSES": ["def f_gold(x):\n    return x + 1\n"],
    "FAILS": ["def f_gold(x):\n    return x + 2\n"],
    "CRASHES": ["def f_gold(x):\n    return [][x]\n"],
    "LOOPS": ["def f_gold(x):\n    while True:\n        pass\n"],
    "RECURSES": ["def f_gold(x):\n    return x + 1 if x <= 0 else f_gold(x - 1) + 1\n"],
    "UNTRANSLATABLE": "cannot translate this construct",
    "BROKEN_REFERENCE": ["def f_gold(x):\n    return x + 1\n"],
    "BEAM": ["def f_gold(x):\n    return x\n", "def f_gold(x):\n    return x + 1\n"],
    "CPP_PASSES": ["int f_gold(int x) { return x + 1; }"],
    "CPP_BROKEN": ["int f_gold(int x) { return x + ; }"],
    "CPP_INCLUDES": ["#include <cmath>\nint f_gold(int x) { return (int) std::round(x + 1.0); }"],
}


class ScriptedEngine(Engine):
    """A real engine behind the plugin interface whose answers are fixed per test case."""

    name = "test-scripted"
    calls: ClassVar[int] = 0

    def translate(self, code: str, source: str, target: str, n: int = 1, *, reference: str | None = None):
        ScriptedEngine.calls += 1
        case = re.search(r"case:(\w+)", code)
        answer = ANSWERS[case.group(1)] if case else "no case"
        if isinstance(answer, str):
            raise EngineError(answer)
        return [Candidate(text) for text in answer[:n]]


def write_benchmark(root: Path, target: str, cases: list[str]) -> Path:
    for language in ("cpp", target):
        (root / language).mkdir(parents=True, exist_ok=True)
    for case in cases:
        (root / "cpp" / f"{case}.cpp").write_text(CPP_SCRIPT.format(case=case))
        if target == "python":
            body = "    return 1 // 0" if case == "BROKEN_REFERENCE" else GOOD_PYTHON
            (root / "python" / f"{case}.py").write_text(PYTHON_SCRIPT.format(body=body))
    return root


def arguments(
    bench: Path, source: str, target: str, engine: str, cache: Path | None, **extra
) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    harness.configure_parser(parser)
    argv = [str(bench), "--source", source, "--target", target, "--engine", engine, "--timeout-floor", "1.5"]
    argv += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    for key, value in extra.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    return parser.parse_args(argv)


PYTHON_CASES = ["PASSES", "FAILS", "CRASHES", "LOOPS", "RECURSES", "UNTRANSLATABLE", "BROKEN_REFERENCE"]


def test_every_status_on_a_python_target(tmp_path):
    bench = write_benchmark(tmp_path / "bench", "python", PYTHON_CASES)
    report = harness.evaluate(arguments(bench, "cpp", "python", "test-scripted", None))
    statuses = {item["id"]: item["status"] for item in report["items"]}
    assert statuses == {
        "PASSES": "passed",
        "FAILS": "failed",
        "CRASHES": "runtime_error",
        "LOOPS": "timeout",
        "RECURSES": "passed",
        "UNTRANSLATABLE": "translation_error",
        "BROKEN_REFERENCE": "reference_error",
    }
    messages = {item["id"]: item["message"] for item in report["items"]}
    assert messages["UNTRANSLATABLE"] == "EngineError: cannot translate this construct"
    assert "ZeroDivisionError" in messages["BROKEN_REFERENCE"]
    assert messages["FAILS"] == "0/3 tests passed"
    assert "IndexError" in messages["CRASHES"]
    # The broken reference is left out of the denominator.
    assert (report["total"], report["passed"], report["reference_errors"]) == (6, 2, 1)
    assert report["computational_accuracy"] == pytest.approx(2 / 6)
    assert report["exact_match"] == pytest.approx(1 / 6)  # only PASSES equals the reference token for token
    assert 0 < report["bleu"] < 100


def test_compile_error_and_hoisted_includes_on_a_cpp_target(tmp_path):
    bench = tmp_path / "bench"
    for language, text in (
        ("python", PYTHON_SCRIPT.format(body="    # case:{}\n" + GOOD_PYTHON)),
        ("cpp", None),
    ):
        (bench / language).mkdir(parents=True)
        for case in ("CPP_PASSES", "CPP_BROKEN", "CPP_INCLUDES"):
            if language == "cpp":
                (bench / "cpp" / f"{case}.cpp").write_text(CPP_SCRIPT.format(case=case))
            else:
                (bench / "python" / f"{case}.py").write_text(text.replace("{}", case))
    report = harness.evaluate(arguments(bench, "python", "cpp", "test-scripted", None))
    statuses = {item["id"]: item["status"] for item in report["items"]}
    assert statuses == {"CPP_PASSES": "passed", "CPP_BROKEN": "compile_error", "CPP_INCLUDES": "passed"}
    broken = next(item for item in report["items"] if item["id"] == "CPP_BROKEN")
    assert "expected primary-expression" in broken["message"]


def test_any_of_n_candidates(tmp_path):
    bench = write_benchmark(tmp_path / "bench", "python", ["BEAM", "PASSES"])
    report = harness.evaluate(arguments(bench, "cpp", "python", "test-scripted", None, candidates=2))
    beam = next(item for item in report["items"] if item["id"] == "BEAM")
    assert (beam["status"], beam["any_passed"], beam["candidate_statuses"]) == (
        "failed",
        True,
        ["failed", "passed"],
    )
    assert report["computational_accuracy"] == pytest.approx(0.5)
    assert report["computational_accuracy_any_of_2"] == pytest.approx(1.0)


def test_results_are_cached_and_a_second_run_reuses_them(tmp_path):
    bench = write_benchmark(tmp_path / "bench", "python", ["PASSES", "FAILS", "UNTRANSLATABLE"])
    cache = tmp_path / "cache"
    first = harness.evaluate(arguments(bench, "cpp", "python", "test-scripted", cache))
    cached_files = sorted(cache.rglob("*.json"))
    calls = ScriptedEngine.calls
    second = harness.evaluate(arguments(bench, "cpp", "python", "test-scripted", cache))
    assert ScriptedEngine.calls == calls  # translations came from the cache
    assert sorted(cache.rglob("*.json")) == cached_files  # and so did every run
    assert [i["status"] for i in first["items"]] == [i["status"] for i in second["items"]]


def test_cli_writes_the_report(tmp_path, capsys):
    bench = write_benchmark(tmp_path / "bench", "python", ["PASSES", "FAILS"])
    report_path = tmp_path / "report.json"
    argv = ["eval", str(bench), "-s", "cpp", "-t", "python", "-e", "test-scripted", "--no-cache", "-q"]
    assert cli_main([*argv, "--report", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    for key in ("source", "target", "engine", "total", "passed", "computational_accuracy", "bleu",
                "exact_match", "seconds", "items"):  # fmt: skip
        assert key in report
    assert [(i["id"], i["status"]) for i in report["items"]] == [("FAILS", "failed"), ("PASSES", "passed")]


def test_unknown_ids_and_missing_folders_are_input_errors(tmp_path, capsys):
    bench = write_benchmark(tmp_path / "bench", "python", ["PASSES"])
    assert cli_main(["eval", str(bench), "-s", "cpp", "-t", "java", "-e", "gold", "--no-cache"]) == 2
    assert cli_main(["eval", str(bench), "-s", "cpp", "-t", "python", "-e", "gold", "--ids", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err


def test_fill_renames_tokens_and_hoists_imports():
    script = "import java.util.*;\npublic class A {\n//TOFILL\npublic static void main(String[] a) {}\n}\n"
    candidate = 'import java.io.*;\nstatic int f_gold(int n) { String s = "f_gold"; return n == 0 ? 0 : f_gold(n - 1); }'
    filled = fill("java", script, candidate)
    assert filled.startswith("import java.io.*;\nimport java.util.*;\n")
    assert (
        'static int f_filled(int n) { String s = "f_gold"; return n == 0 ? 0 : f_filled(n - 1); }' in filled
    )
    assert rename_identifier("python", "f_gold_2 = f_gold  # f_gold", "f_gold", "f_filled") == (
        "f_gold_2 = f_filled  # f_gold"
    )
    assert parse_results("noise\n#Results: 7, 10") == (7, 10)
    assert parse_results("nothing") is None


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("cpp", "java"),
        ("cpp", "python"),
        ("java", "cpp"),
        ("java", "python"),
        ("python", "cpp"),
        ("python", "java"),
    ],
)
def test_gold_scores_100_percent_on_a_sample_of_the_valid_split(source, target):
    if not VALID.is_dir():
        pytest.skip(f"benchmark not found at {VALID}")
    report = harness.evaluate(arguments(VALID, source, target, "gold", None, limit=8))
    assert report["total"] + report["reference_errors"] == 8
    assert report["computational_accuracy"] == 1.0, [i for i in report["items"] if i["status"] != "passed"]
    for item in report["items"]:
        if item["status"] == "reference_error":
            assert item["message"]  # listed with its reason
    assert report["exact_match"] == 1.0


def test_benchmark_loading_pairs_ids_present_in_both_languages():
    if not VALID.is_dir():
        pytest.skip(f"benchmark not found at {VALID}")
    tasks = load_tasks(VALID, "cpp", "python")
    assert len(tasks) > 150
    assert all("f_gold" in gold_function("cpp", task.source_script) for task in tasks[:20])


def test_report_masks_secret_engine_options() -> None:
    from transcoder.bench.harness import reportable_options

    options = {"api_key": "sk-123", "model": "m", "base_url": "http://127.0.0.1:1/v1", "TOKEN": "t"}
    assert reportable_options(options) == {
        "api_key": "***",
        "model": "m",
        "base_url": "http://127.0.0.1:1/v1",
        "TOKEN": "***",
    }


def test_bleu_scores_the_translated_function_not_the_helpers_around_it() -> None:
    from transcoder.bench.metrics import translated_function

    helper = "int twice(int x) {\n    return 2 * x;\n}\n"
    main = "int f_gold(int n) {\n    return twice(n) + 1;\n}\n"
    assert translated_function("cpp", helper + "\n" + main, "f_gold").strip() == main.strip()
    assert translated_function("cpp", helper, "f_gold") == helper  # no such function: all of it


def test_unreadable_and_non_utf8_scripts_are_item_statuses(tmp_path):
    bench = write_benchmark(tmp_path / "bench", "python", ["PASSES", "FAILS"])
    (bench / "cpp" / "BAD_SOURCE.cpp").write_bytes(b"int f_gold(int x) { return x; } // caf\xe9\n")
    (bench / "python" / "BAD_SOURCE.py").write_text(PYTHON_SCRIPT.format(body=GOOD_PYTHON))
    (bench / "cpp" / "BAD_TARGET.cpp").write_text(CPP_SCRIPT.format(case="PASSES"))
    (bench / "python" / "BAD_TARGET.py").write_bytes(b"def f_gold(x):\n    return x  # \xff\n")
    report = harness.evaluate(arguments(bench, "cpp", "python", "test-scripted", None))
    items = {item["id"]: item for item in report["items"]}
    assert items["BAD_SOURCE"]["status"] == "translation_error"
    assert "BAD_SOURCE.cpp is not valid UTF-8 (byte 38)" in items["BAD_SOURCE"]["message"]
    assert items["BAD_TARGET"]["status"] == "reference_error"
    assert "BAD_TARGET.py is not valid UTF-8" in items["BAD_TARGET"]["message"]
    assert (items["PASSES"]["status"], items["FAILS"]["status"]) == ("passed", "failed")


def test_each_outcome_is_cached_as_it_finishes(tmp_path):
    """A run's outcomes reach the cache one by one (a killed evaluation keeps what finished), and
    a resumed evaluation runs in growing calls."""
    from transcoder.verify.runners import RunResult, RunStatus

    cache = harness.ResultCache(tmp_path / "cache")
    evaluator = harness.Evaluator("python", cache, 2, lambda _n: None)
    seen: list[int] = []
    original = cache.put

    def put(key, value):
        seen.append(len(list((tmp_path / "cache").rglob("*.json"))))
        original(key, value)

    cache.put = put  # type: ignore[method-assign]
    scripts = [f"print('#Results: {i}, {i}')\n" for i in range(1, 6)]
    outcomes = evaluator.run(scripts, [5.0] * 5)
    assert [o.status for o in outcomes] == ["passed"] * 5
    assert seen == [0, 1, 2, 3, 4]  # one entry written at a time, each before the next
    assert harness.call_sizes(100, 2, resumed=False) == [100]
    assert harness.call_sizes(100, 2, resumed=True) == [8, 16, 32, 44]
    assert isinstance(harness.classify(RunResult(RunStatus.DISK_LIMIT, "", "", None, 0.1)), harness.Outcome)
