"""Golden tests of the rule engine: every case in every target, as text, then as a running program.

A case is ``cases/NAME.<ext>`` (the source) and ``cases/NAME.json``: its targets, optional pinned
signatures per target (``signatures``), ``python_ints``, and how to run it (``run``: argument lists
and a printing style, or target statements with the lines they must print). ``expected/NAME.<ext>``
is the translation the engine printed for a target (``.error``: the one-line refusal; ``.warnings``:
its warnings). ``pytest tests/golden --regen-golden`` rewrites them after a deliberate change.

The text comparison freezes what the engine prints; the run compares what each expected
translation prints with what its source prints (or with the lines a ``fixed`` case states).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import drivers
import pytest

import support
from transcoder.engines.rules import RulesEngine
from transcoder.errors import TranscoderError

HERE = Path(__file__).parent
CASES_DIR = HERE / "cases"
EXPECTED_DIR = HERE / "expected"
EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}


@dataclass(frozen=True)
class GoldenCase:
    name: str
    source: str
    code: str
    meta: dict[str, Any]

    @property
    def targets(self) -> list[str]:
        return list(self.meta["targets"])

    def expected_path(self, target: str, suffix: str = "") -> Path:
        return EXPECTED_DIR / f"{self.name}.{EXTENSIONS[target]}{suffix}"


def load_cases() -> list[GoldenCase]:
    cases = []
    for meta_path in sorted(CASES_DIR.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        code_path = meta_path.with_suffix("." + EXTENSIONS[meta["source"]])
        cases.append(GoldenCase(meta_path.stem, meta["source"], code_path.read_text(encoding="utf-8"), meta))
    return cases


CASES = load_cases()
PAIRS = [(case, target) for case in CASES for target in case.targets]


def translate(case: GoldenCase, target: str) -> tuple[str, str, list[str]]:
    """(translation, refusal, warnings): one of the first two is empty."""
    engine = RulesEngine(
        signature=case.meta.get("signatures", {}).get(target),
        python_ints=case.meta.get("python_ints", "exact"),
    )
    try:
        [candidate] = engine.translate(case.code, case.source, target)
    except TranscoderError as error:
        return "", f"{type(error).__name__}: {error}\n", []
    return candidate.code, "", list(candidate.warnings)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _write(path: Path, text: str) -> None:
    if text:
        path.write_text(text, encoding="utf-8")
    elif path.exists():
        path.unlink()


@pytest.mark.parametrize(("case", "target"), PAIRS, ids=[f"{c.name}-{t}" for c, t in PAIRS])
def test_translation_text_is_unchanged(case: GoldenCase, target: str, regen_golden: bool) -> None:
    text, refusal, warnings = translate(case, target)
    shown_warnings = "".join(f"{w}\n" for w in warnings)
    if regen_golden:
        EXPECTED_DIR.mkdir(exist_ok=True)
        _write(case.expected_path(target), text)
        _write(case.expected_path(target, ".error"), refusal)
        _write(case.expected_path(target, ".warnings"), shown_warnings)
        return
    assert refusal == _read(case.expected_path(target, ".error"))
    assert text == _read(case.expected_path(target)), f"regenerate with --regen-golden if deliberate:\n{text}"
    assert shown_warnings == _read(case.expected_path(target, ".warnings"))


def _runs() -> dict[tuple[str, str], list[str]]:
    """(case, "source" or target) -> printed lines, every program run in one batch per language."""
    from transcoder.verify.runners import Limits, run_programs

    programs: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for case in CASES:
        run = case.meta.get("run")
        if run is None:
            continue
        if run["kind"] == "calls":
            program = drivers.calls_program(case.source, case.code, run)
            programs.setdefault(case.source, []).append(((case.name, "source"), program))
        for target in case.targets:
            translation = _read(case.expected_path(target))
            if not translation:
                continue
            if run["kind"] == "calls":
                program = drivers.calls_program(target, translation, run)
            else:
                program = drivers.fixed_program(target, translation, run["driver"][target])
            programs.setdefault(target, []).append(((case.name, target), program))
    printed: dict[tuple[str, str], list[str]] = {}
    for language, items in programs.items():
        results = run_programs(language, [program for _, program in items], limits=Limits(wall_seconds=60.0))
        for (key, program), result in zip(items, results, strict=True):
            case = next(c for c in CASES if c.name == key[0])
            if result.status.value != "ok":
                printed[key] = [f"{result.status.value}: {result.stderr[-800:]}", program]
            else:
                printed[key] = drivers.read(case.meta["run"], result.stdout)
    return printed


@pytest.fixture(scope="module")
def runs() -> dict[tuple[str, str], list[str]]:
    support.require_compilers()
    return _runs()


RUN_PAIRS = [(c, t) for c, t in PAIRS if "run" in c.meta]


@pytest.mark.parametrize(("case", "target"), RUN_PAIRS, ids=[f"{c.name}-{t}" for c, t in RUN_PAIRS])
def test_translation_prints_what_the_source_prints(
    runs: dict[tuple[str, str], list[str]], case: GoldenCase, target: str
) -> None:
    if not _read(case.expected_path(target)):
        pytest.skip("refused: the text test checks the refusal")
    run = case.meta["run"]
    if run["kind"] == "calls":
        expected = runs[case.name, "source"]
    else:  # the stated lines, compared word by word as the program's are
        expected = [word for line in run["expected"][target] for word in line.split()]
    assert expected, f"the source of {case.name} printed nothing"
    assert runs[case.name, target] == expected
