"""Whole programs and classes (issue 14): hand-written programs in ``programs/`` (not from the
benchmark), each translated into every other language as a whole file, then the source and its
translations built and run in the sandbox, fed the same standard input (``NAME.stdin`` when
present), and required to print the same text and exit with the same status.

A case refused in a direction where it is expected to be refused is listed in ``REFUSED`` with the
reason; the test then checks the refusal is the one-line error naming the construct and where.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

PROGRAMS = Path(__file__).parent / "programs"
LANGUAGES = {".cpp": "cpp", ".java": "java", ".py": "python"}
LIMITS = Limits(wall_seconds=30.0)
SOURCES = sorted(p for p in PROGRAMS.iterdir() if p.suffix in LANGUAGES)
CASES = [
    pytest.param(path, target, id=f"{path.stem}-{LANGUAGES[path.suffix]}-{target}")
    for path in SOURCES
    for target in ("cpp", "java", "python")
    if target != LANGUAGES[path.suffix]
]
REFUSED: dict[tuple[str, str], str] = {}  # (case, target) -> what the refusal names


@cache
def _run(language: str, code: str, stdin: str) -> RunResult:
    return run_program(language, code, stdin=stdin, limits=LIMITS)


def _stdin(path: Path) -> str:
    given = path.with_suffix(".stdin")
    return given.read_text() if given.exists() else ""


@pytest.mark.parametrize(("path", "target"), CASES)
def test_program_prints_what_its_source_prints(path: Path, target: str) -> None:
    source = LANGUAGES[path.suffix]
    code, stdin = path.read_text(), _stdin(path)
    expected = _run(source, code, stdin)
    assert expected.exit_code is not None, f"the source does not run: {expected.stderr[-500:]}"
    refusal = REFUSED.get((path.stem, target))
    try:
        translation = translate(code, source=source, target=target, output="file")
    except TranscoderError as error:
        if refusal is None:
            raise
        assert refusal in str(error) and "\n" not in str(error).strip()
        return
    assert refusal is None, f"translated, though listed as refused ({refusal})"
    actual = _run(target, translation, stdin)
    assert actual.exit_code is not None, f"the translation does not run: {actual.stderr[-800:]}\n{translation}"
    assert actual.stdout == expected.stdout, translation
    assert actual.exit_code == expected.exit_code, translation
