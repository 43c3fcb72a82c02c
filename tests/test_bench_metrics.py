"""CodeBLEU from per-pair counts (what the harness computes while the programs run) is the
``codebleu`` package's own corpus score, to the bit, on pairs that match, differ or are empty."""

from __future__ import annotations

import pytest

from transcoder.bench import metrics
from transcoder.languages import get_language

calc_codebleu = pytest.importorskip("codebleu").calc_codebleu

SAMPLES = {
    "python": [
        "def area(w, h):\n    return w * h\n",
        "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n",
        'def greet(name):\n    """Say hello."""\n    return "hello " + name  # a comment\n',
        "def fib(n):\n    a, b = 0, 1\n    while n > 0:\n        a, b = b, a + b\n        n -= 1\n    return a\n",
    ],
    "java": [
        "static int area(int w, int h) { return w * h; }",
        "static int total(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }",
        'static String greet(String name) { /* hi */ return "hello " + name; }',
        "static int fib(int n) { int a = 0, b = 1; while (n-- > 0) { int t = a + b; a = b; b = t; } return a; }",
    ],
    "cpp": [
        "int area(int w, int h) { return w * h; }",
        "int total(vector<int> xs) { int s = 0; for (int x : xs) s += x; return s; }",
        'string greet(string name) { // hi\n  return "hello " + name; }',
        "int fib(int n) { int a = 0, b = 1; while (n-- > 0) { int t = a + b; a = b; b = t; } return a; }",
    ],
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_codebleu_from_pair_counts_equals_the_package(language: str) -> None:
    references = SAMPLES[language]
    for hypotheses in (
        list(references),  # exact translations
        references[1:] + references[:1],  # every pair differs
        ["", references[1], references[2] + "\n", references[0]],  # an empty one, a near copy
    ):
        name = get_language(language).name
        expected = calc_codebleu(
            [[r] for r in references],
            [h or " " for h in hypotheses],
            lang=name,
            tokenizer=lambda code, name=name: metrics.tokens(name, code),
        )
        assert metrics.codebleu(hypotheses, references, language) == 100.0 * float(expected["codebleu"])


def test_codebleu_of_no_pairs_is_zero() -> None:
    assert metrics.codebleu_score([]) == 0.0
