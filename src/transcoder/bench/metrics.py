"""Scores of a translation run: computational accuracy, BLEU and exact match on TransCoder tokens."""

from __future__ import annotations

from collections.abc import Sequence

import sacrebleu

from transcoder.errors import TranscoderError
from transcoder.languages import get_language


def tokens(language: str, code: str) -> list[str]:
    """TransCoder tokens of ``code``; an empty list for code the tokenizer rejects."""
    try:
        return get_language(language).tokenize(code)
    except TranscoderError:
        return []


def translated_function(language: str, code: str, name: str) -> str:
    """The part of a translation that BLEU and exact match score: its function ``name`` when it
    defines one, else all of it. TransCoder scored one function against one function; helper
    code an engine emits around it (an emulation class, prototypes, a recursive helper) is part
    of what runs, not of what is compared with the reference."""
    try:
        functions = get_language(language).extract_functions(code)
    except TranscoderError:
        return code
    return next((f.text for f in functions if f.name == name), code)


def bleu(hypotheses: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> float:
    """Corpus BLEU (sacrebleu, no further tokenization) of space-joined token lists, 0-100."""
    if not hypotheses:
        return 0.0
    score = sacrebleu.corpus_bleu(
        [" ".join(h) for h in hypotheses], [[" ".join(r) for r in references]], tokenize="none"
    )
    return float(score.score)


def exact_match(hypotheses: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> float:
    """Share of hypotheses whose tokens equal the reference's, 0-1."""
    if not hypotheses:
        return 0.0
    return sum(list(h) == list(r) for h, r in zip(hypotheses, references, strict=True)) / len(hypotheses)


def codebleu(hypotheses: Sequence[str], references: Sequence[str], language: str) -> float | None:
    """Corpus CodeBLEU (Ren et al. 2020), 0-100, from the ``codebleu`` package: n-gram and
    keyword-weighted n-gram match on TransCoder tokens, AST subtree match and data-flow match on
    the code itself, weighted 0.25 each as the paper does. None when the package is missing (it is
    installed with ``--no-deps``: its metadata asks for tree-sitter < 0.23, yet it runs on the
    0.26 API and our grammar wheels; docs/service.md)."""
    try:
        from codebleu import calc_codebleu
    except ImportError:
        return None
    if not hypotheses:
        return 0.0
    name = get_language(language).name
    # An empty hypothesis (no translation) scores zero on every component but still counts.
    scores = calc_codebleu(
        [[r] for r in references],
        [h or " " for h in hypotheses],
        lang=name,
        tokenizer=lambda c: tokens(name, c),
    )
    return 100.0 * float(scores["codebleu"])


def computational_accuracy(passed: int, total: int) -> float:
    return passed / total if total else 0.0
