"""HTML evaluation reports and run comparison: `transcoder eval --html` and `transcoder report`, on
benchmarks written in the GfG template (real compilers, the sandbox) and on the shipped scripts."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import pytest

from transcoder.bench.failures import instrument, script_arguments
from transcoder.bench.gfg import parse_results
from transcoder.cli import main as cli_main
from transcoder.datasets import BENCHMARKS, SHIPPED_DIR
from transcoder.engines.base import Candidate, Engine

PARAMS = list(range(10))
SCRIPTS = {
    "python": """def f_gold ( x ) :
    # {name}
    return x + 1


#TOFILL

if __name__ == '__main__':
    param = [
{params}
        ]
    n_success = 0
    for i, parameters_set in enumerate(param):
        if f_filled(*parameters_set) == f_gold(*parameters_set):
            n_success+=1
    print("#Results: %i, %i" % (n_success, len(param)))
""",
    "cpp": """#include <bits/stdc++.h>
using namespace std;
int f_gold ( int x ) {{
  // {name}
  return x + 1;
}}


//TOFILL

int main() {{
    int n_success = 0;
    vector<int> param0 {{{params}}};
    for(int i = 0; i < param0.size(); ++i)
    {{
        if(f_filled(param0[i]) == f_gold(param0[i]))
        {{
            n_success+=1;
        }}
    }}
    cout << "#Results:" << " " << n_success << ", " << param0.size();
    return 0;
}}
""",
    "java": """import java.util. *;
public class {name}{{
static int f_gold ( int x ) {{
  // {name}
  return x + 1;
}}


//TOFILL

public static void main(String args[]) {{
    int n_success = 0;
    List<Integer> param0 = new ArrayList<>();
{params}
    for(int i = 0; i < param0.size(); ++i)
    {{
        if(f_filled(param0.get(i)) == f_gold(param0.get(i)))
        {{
            n_success+=1;
        }}
    }}
    System.out.println("#Results:" + n_success + ", " + param0.size());
}}
}}
""",
}
# What the scripted engine answers per item and target: right, wrong on x == 7, crashing on x == 4
# (a division by zero, an exception in Python), not compiling.
CANDIDATES = {
    "cpp": {
        "PASSES": "int f_gold(int x) { return x + 1; }",
        "WRONG_AT_7": "int f_gold(int x) { return x == 7 ? 0 : x + 1; }",
        "CRASHES_AT_4": "int f_gold(int x) { if (x == 4) { std::abort(); } return x + 1; }",
        "NO_COMPILE": "int f_gold(int x) { return x + ; }",
    },
    "java": {
        "PASSES": "static int f_gold(int x) { return x + 1; }",
        "WRONG_AT_7": "static int f_gold(int x) { return x == 7 ? 0 : x + 1; }",
        "CRASHES_AT_4": "static int f_gold(int x) { return x + 1 + 4 / (x - 4) * 0; }",
        "NO_COMPILE": "static int f_gold(int x) { return x + ; }",
    },
    "python": {
        "PASSES": "def f_gold(x):\n    return x + 1\n",
        "WRONG_AT_7": "def f_gold(x):\n    return 0 if x == 7 else x + 1\n",
        "CRASHES_AT_4": "def f_gold(x):\n    return x + 1 + 4 // (x - 4) * 0\n",
        "NO_COMPILE": "def f_gold(x):\n    return x +\n",
    },
}


class ReportTestEngine(Engine):
    """Answers each item with the candidate written for it above (found by the source's body)."""

    name = "report-test"
    description = "candidates scripted per item, for the report tests"

    def translate(self, code: str, source: str, target: str, n: int = 1, **options: Any) -> list[Candidate]:
        item = re.search(r"(?://|#) (\w+)", code)  # the item's name, in a comment of its f_gold
        assert item is not None
        return [Candidate(CANDIDATES[target][item.group(1)])]


def script(language: str, name: str) -> str:
    if language == "python":
        params = "\n".join(f"    ({p},)," for p in PARAMS)
    elif language == "cpp":
        params = ",".join(str(p) for p in PARAMS)
    else:
        params = "\n".join(f"    param0.add({p});" for p in PARAMS)
    return SCRIPTS[language].format(params=params, name=name)


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A benchmark of four items in three languages, each f_gold marked with its item's name."""
    root = tmp_path_factory.mktemp("bench")
    extensions = {"cpp": ".cpp", "java": ".java", "python": ".py"}
    for language, extension in extensions.items():
        (root / language).mkdir()
        for item in CANDIDATES[language]:
            (root / language / f"{item}{extension}").write_text(script(language, item))
    return root


def evaluate(bench: Path, source: str, target: str, engine: str, out: Path) -> tuple[dict[str, Any], str]:
    report, page = out / f"{source}-{target}-{engine}.json", out / f"{source}-{target}-{engine}.html"
    code = cli_main(
        ["eval", str(bench), "-s", source, "-t", target, "-e", engine, "--quiet",
         "--cache-dir", str(bench.parent / "cache"), "--report", str(report), "--html", str(page)]
    )  # fmt: skip
    assert code == 0
    return json.loads(report.read_text()), page.read_text()


class Checker(HTMLParser):
    """Collects the page's external references and checks its tags are balanced."""

    VOID: ClassVar[set[str]] = {"meta", "br", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.external += [v for k, v in attrs if k in ("src", "href") and v and "//" in v]
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()


def check_html(page: str) -> None:
    checker = Checker()
    checker.feed(page)
    assert checker.open == [], checker.open
    assert checker.external == []  # self-contained


@pytest.mark.parametrize(("source", "target"), [("python", "cpp"), ("cpp", "java"), ("java", "python")])
def test_eval_html_shows_each_failure_with_its_first_failing_test(
    bench: Path, tmp_path: Path, source: str, target: str
) -> None:
    report, page = evaluate(bench, source, target, "report-test", tmp_path)
    statuses = {item["id"]: item["status"] for item in report["items"]}
    assert statuses["PASSES"] == "passed" and statuses["WRONG_AT_7"] == "failed"
    assert statuses["CRASHES_AT_4"] == "runtime_error"
    assert statuses["NO_COMPILE"] == ("runtime_error" if target == "python" else "compile_error")
    check_html(page)
    assert "test 8 of 10 fails: f(7)" in page  # x == 7 is the 8th test
    assert "test 5 of 10 fails: f(4) (the program stopped there:" in page
    if target != "python":
        compile_detail = re.search(r"NO_COMPILE</b> <span class=detail>([^<]*)</span>", page)
        assert compile_detail and "error" in compile_detail.group(1)
    # Source and translation of a failing item, side by side.
    assert f'<pre data-language="{source}">' in page and f'<pre data-language="{target}">' in page
    assert "WRONG_AT_7" in page and ("x == 7" in page)
    assert '<rect x="270.0" y="0" width="160.0" height="26" fill="#2e9d52"><title>passed: 1</title>' in page
    assert "<th>CodeBLEU</th>" in page


def test_report_compares_two_runs_item_by_item(
    bench: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold_report, _ = evaluate(bench, "python", "cpp", "gold", tmp_path)
    scripted, _ = evaluate(bench, "python", "cpp", "report-test", tmp_path)
    assert gold_report["passed"] == 4 and scripted["passed"] == 1
    before, after = tmp_path / "python-cpp-gold.json", tmp_path / "python-cpp-report-test.json"
    capsys.readouterr()
    page = tmp_path / "compare.html"
    assert cli_main(["report", str(before), str(after), "--html", str(page), "--fail-on-regression"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("python -> cpp  gold     CA 100.00% (4/4)")
    assert lines[1].startswith("python -> cpp  report-test CA 25.00% (1/4)")
    assert "3 regression(s), 0 fix(es)" in lines[2]
    regressions = {line.split()[1]: line for line in lines[3:]}
    assert set(regressions) == {"CRASHES_AT_4:", "NO_COMPILE:", "WRONG_AT_7:"}
    assert "passed -> failed: test 8 of 10 fails: f(7)" in regressions["WRONG_AT_7:"]
    html = page.read_text()
    check_html(html)
    assert "<h2>Run against run</h2>" in html and "3 regression(s)</b>" in html
    # The other way round, they are fixes, and no regression fails the command.
    assert cli_main(["report", str(after), str(before), "--fail-on-regression"]) == 0
    assert "0 regression(s), 3 fix(es)" in capsys.readouterr().out


def test_reports_of_different_directions_are_summarised_not_compared(
    bench: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluate(bench, "cpp", "python", "gold", tmp_path)
    evaluate(bench, "java", "cpp", "gold", tmp_path)
    capsys.readouterr()
    files = [str(tmp_path / "cpp-python-gold.json"), str(tmp_path / "java-cpp-gold.json")]
    assert cli_main(["report", *files]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in out] == ["cpp -> python", "java -> cpp"]


def test_bad_report_files_get_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"source": "cpp",\n  "items": [}\n')
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    for arguments, message in [
        (["report", str(tmp_path / "missing.json")], "no such report"),
        (["report", str(broken)], f"{broken}:2:13: not valid JSON"),
        (["report", str(other)], "not a `transcoder eval --report` file (no source, target, engine, items)"),
    ]:
        assert cli_main(arguments) == 2
        error = capsys.readouterr().err
        assert message in error and error.count("\n") == 1


def test_every_shipped_script_can_be_instrumented_and_its_tests_read() -> None:
    """The first-failing-test rerun relies on the template: one success line, readable arguments."""
    valid = SHIPPED_DIR / BENCHMARKS["gfg-valid"]
    for language, extension in (("cpp", ".cpp"), ("java", ".java"), ("python", ".py")):
        for path in sorted((valid / language).glob(f"*{extension}")):
            text = path.read_text(encoding="utf-8")
            assert instrument(language, text) is not None, path.name
            arguments = script_arguments(language, text)
            # Every script of the split runs 10 tests, each with the same number of arguments.
            assert len(arguments) == 10 and len({len(row) for row in arguments}) == 1, path.name


def test_the_instrumented_reference_passes_every_test_and_says_so() -> None:
    """A shipped script filled with its own f_gold passes all its tests, and the instrumented copy
    prints every test index (run in the sandbox)."""
    from transcoder.bench.gfg import fill, gold
    from transcoder.verify.runners import run_programs

    valid = SHIPPED_DIR / BENCHMARKS["gfg-valid"]
    for language, name in (
        ("cpp", "AREA_OF_A_HEXAGON.cpp"),
        ("java", "AREA_OF_A_HEXAGON.java"),
        ("python", "AREA_OF_A_HEXAGON.py"),
    ):
        text = (valid / language / name).read_text(encoding="utf-8")
        program = instrument(language, fill(language, text, gold(language, text).text))
        assert program is not None
        (run,) = run_programs(language, [program])
        assert parse_results(run.stdout) == (10, 10)
        assert re.findall(r"^#Passed (\d+)$", run.stdout, re.M) == [str(i) for i in range(10)]
