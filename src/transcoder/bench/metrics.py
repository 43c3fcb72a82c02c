"""Scores of a translation run: computational accuracy, BLEU and exact match on TransCoder tokens."""

from __future__ import annotations

import importlib
import math
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import sacrebleu

from transcoder.errors import TranscoderError
from transcoder.languages import get_language


def tokens(language: str, code: str) -> list[str]:
    """TransCoder tokens of ``code``; an empty list for code the tokenizer rejects."""
    return list(_tokens(language, code))


@lru_cache(maxsize=8192)  # BLEU and CodeBLEU tokenize the same texts; an exact translation is its reference
def _tokens(language: str, code: str) -> tuple[str, ...]:
    try:
        return tuple(get_language(language).tokenize(code))
    except TranscoderError:
        return ()


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
    """Corpus CodeBLEU (Ren et al. 2020), 0-100, as the ``codebleu`` package's ``calc_codebleu``
    computes it: n-gram and keyword-weighted n-gram match on TransCoder tokens, AST subtree match
    and data-flow match on the code itself, weighted 0.25 each as the paper does, with each data-flow
    edge's parents in sorted order (``canonical_dataflow``: the package's order follows
    ``PYTHONHASHSEED``, ours is the same in every process). None when the
    package is missing (it is installed with ``--no-deps``: its metadata asks for tree-sitter <
    0.23, yet it runs on the 0.26 API and our grammar wheels; docs/service.md)."""
    if not codebleu_available():
        return None
    return codebleu_score(
        [codebleu_pair(h, r, language) for h, r in zip(hypotheses, references, strict=True)]
    )


# CodeBLEU in two steps, so that the harness can compute each pair's counts while the programs run
# and sum only the items that count once the references' outcomes are known: ``codebleu_pair``
# (one hypothesis against one reference) and ``codebleu_score`` (the corpus from those counts,
# summed in the same order as ``calc_codebleu`` sums them, so the score is the same to the bit
# when the package's data-flow parents come in the order ``canonical_dataflow`` fixes).
# Each code text is analysed once (an exact translation is its own reference).


@dataclass(frozen=True, slots=True)
class CodeBleuPair:
    """One pair's counts: n-gram and weighted n-gram numerators and denominators (orders 1-4),
    hypothesis and reference lengths, AST subtree and data-flow matches out of the reference's."""

    ngram: tuple[tuple[int, int], ...]
    weighted: tuple[tuple[float, float], ...]
    hypothesis_length: int
    reference_length: int
    syntax: tuple[int, int]
    dataflow: tuple[int, int]


@cache
def codebleu_available() -> bool:
    try:
        import codebleu  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Analysis:
    """What CodeBLEU needs of one code text."""

    tokens: tuple[str, ...]
    subtrees: tuple[str, ...]  # every AST subtree with children, as an S-expression
    dataflow: tuple[tuple[str, str, tuple[str, ...]], ...]  # normalized data-flow edges
    # The n-gram counts of the tokens, orders 1-4, each counted once per text (the package counts
    # a pair's texts four times: hypothesis and reference, for precision and for recall).
    ngrams: tuple[Counter[tuple[str, ...]], ...]
    weights: dict[str, float]  # the keyword weights when this text is a reference


@lru_cache(maxsize=8192)
def _analysis(language: str, code: str) -> _Analysis:
    dataflow_match = _package("dataflow_match")
    name = get_language(language).name
    code = code.strip()
    try:
        bare = _package("parser").remove_comments_and_docstrings(code, name)
    except Exception:  # as calc_codebleu does: the text as it is
        bare = code
    parser = _codebleu_parser(name)
    source = bare.encode("utf-8")
    tree = parser.parse(source)
    root = tree.root_node
    subtrees, stack = [], [root]
    while stack:
        node = stack.pop()
        subtrees.append(str(node))
        stack.extend(child for child in node.children if child.children)
    edges = dataflow_match.get_data_flow(
        bare, [_Parsed(parser, source, tree), dataflow_match.dfg_function[name]]
    )
    flows = dataflow_match.normalize_dataflow(canonical_dataflow(edges))
    words = tuple(tokens(name, code))
    keywords = _keywords(name)
    return _Analysis(
        words,
        tuple(subtrees),
        tuple((var, relation, tuple(parents)) for var, relation, parents in flows),
        tuple(_ngram_counts(words, n) for n in range(1, 5)),
        {token: 1 if token in keywords else 0.2 for token in words},
    )


def canonical_dataflow(edges: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """``get_data_flow``'s edges, each one's parents in sorted order: the package merges an
    edge's parents through ``list(set(...))`` (in ``get_data_flow`` and in each language's DFG),
    so their order, the variable numbers ``normalize_dataflow`` gives them and thus the data-flow
    match of pairs that differ followed ``PYTHONHASHSEED``. Sorted, the score is the package's
    under that one order, the same in every process; the edges, their order and each parent set
    are the package's (docs/service.md, CodeBLEU)."""
    return [
        (var, index, relation, sorted(names), sorted(indices))
        for var, index, relation, names, indices in edges
    ]


def _ngram_counts(words: tuple[str, ...], n: int) -> Counter[tuple[str, ...]]:
    """``Counter(ngrams(words, n))`` as the package counts them (same keys, same first-seen order)."""
    return Counter(zip(*(words[i:] for i in range(n)), strict=False)) if len(words) >= n else Counter()


def _precision(reference: Counter[tuple[str, ...]], hypothesis: Counter[tuple[str, ...]]) -> tuple[int, int]:
    """``codebleu.bleu.modified_precision`` of one reference, from the n-gram counts."""
    numerator = sum(min(count, reference[gram]) for gram, count in hypothesis.items())
    return numerator, max(1, sum(hypothesis.values()))


def _recall(
    reference: Counter[tuple[str, ...]],
    weights: dict[str, float],
    hypothesis: Counter[tuple[str, ...]],
    n: int,
) -> tuple[float, float]:
    """``codebleu.weighted_ngram_match.modified_recall`` of one reference with its keyword weights,
    from the n-gram counts (the same sums in the same order, so the same floats)."""
    clipped = {gram: min(count, hypothesis[gram]) for gram, count in reference.items()}
    if n == 1 and len(weights) == len(reference):

        def weighted_sum(counts: dict[tuple[str, ...], int]) -> float:
            total: float = 0
            for gram, count in counts.items():
                total += count * weights.get(gram[0], 1)
            return total

        return 0 + weighted_sum(clipped), 0 + max(1, weighted_sum(reference))
    return 0 + sum(clipped.values()), 0 + max(1, sum(reference.values()))


class _Parsed:
    """A parser that hands ``get_data_flow`` the tree already parsed from the same bytes (the
    package parses each text a second time for its data flow)."""

    def __init__(self, parser: Any, source: bytes, tree: Any) -> None:
        self.parser, self.source, self.tree = parser, source, tree

    def parse(self, source: bytes) -> Any:
        return self.tree if source == self.source else self.parser.parse(source)


_PARSERS = threading.local()


def _package(module: str) -> Any:
    """A module of the ``codebleu`` package (untyped)."""
    return importlib.import_module(f"codebleu.{module}")


def _codebleu_parser(name: str) -> Any:
    """The package's tree-sitter grammar for ``name``, one parser per thread."""
    parsers = _PARSERS.__dict__.setdefault("parsers", {})
    if name not in parsers:
        import tree_sitter

        parsers[name] = tree_sitter.Parser(_package("utils").get_tree_sitter_language(name))
    return parsers[name]


@cache
def _keywords(name: str) -> frozenset[str]:
    text = (_package("codebleu").PACKAGE_DIR / "keywords" / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines())


def codebleu_pair(hypothesis: str, reference: str, language: str) -> CodeBleuPair:
    """One pair's CodeBLEU counts (``calc_codebleu``'s per-pair work)."""
    hyp, ref = _analysis(language, hypothesis or " "), _analysis(language, reference)
    candidate_subtrees = set(hyp.subtrees)
    candidate_flows = [(v, r, list(p)) for v, r, p in hyp.dataflow]
    flow_matches = 0
    for var, relation, parents in ref.dataflow:  # each candidate edge matches once
        edge = (var, relation, list(parents))
        if edge in candidate_flows:
            flow_matches += 1
            candidate_flows.remove(edge)
    orders = range(4)
    return CodeBleuPair(
        ngram=tuple(_precision(ref.ngrams[i], hyp.ngrams[i]) for i in orders),
        weighted=tuple(_recall(ref.ngrams[i], ref.weights, hyp.ngrams[i], i + 1) for i in orders),
        hypothesis_length=len(hyp.tokens),
        reference_length=len(ref.tokens),
        syntax=(sum(1 for subtree in ref.subtrees if subtree in candidate_subtrees), len(ref.subtrees)),
        dataflow=(flow_matches, len(ref.dataflow)),
    )


def _corpus_bleu(counts: Sequence[Sequence[tuple[float, float]]], hyp_length: int, ref_length: int) -> float:
    """``codebleu.bleu.corpus_bleu`` from summed counts (uniform weights, smoothing method 1)."""
    bleu_module = _package("bleu")
    numerators: list[float] = [0, 0, 0, 0]
    denominators: list[float] = [0, 0, 0, 0]
    for pair in counts:  # item by item, as the package adds them (float sums depend on the order)
        for order, (numerator, denominator) in enumerate(pair):
            numerators[order] += numerator
            denominators[order] += denominator
    if numerators[0] == 0:
        return 0
    smoothed = bleu_module.SmoothingFunction().method1(list(zip(numerators, denominators, strict=True)))
    total = math.fsum(0.25 * math.log(n / d) for n, d in smoothed)
    return float(bleu_module.brevity_penalty(ref_length, hyp_length) * math.exp(total))


def codebleu_score(pairs: Sequence[CodeBleuPair]) -> float:
    """Corpus CodeBLEU, 0-100, from the counts of the pairs that count (0 for none)."""
    if not pairs:
        return 0.0
    hyp_length = sum(p.hypothesis_length for p in pairs)
    ref_length = sum(p.reference_length for p in pairs)
    ngram = _corpus_bleu([p.ngram for p in pairs], hyp_length, ref_length)
    # The package's weighted n-gram match takes the length of [tokens, weights], 2, for a
    # reference's length: kept, so that scores stay comparable with published CodeBLEU figures.
    weighted = _corpus_bleu([p.weighted for p in pairs], hyp_length, 2 * len(pairs))
    syntax_total = sum(p.syntax[1] for p in pairs)
    syntax = sum(p.syntax[0] for p in pairs) / syntax_total
    flow_total = sum(p.dataflow[1] for p in pairs)
    dataflow = sum(p.dataflow[0] for p in pairs) / flow_total if flow_total else 0
    return 100.0 * float(0.25 * ngram + 0.25 * weighted + 0.25 * syntax + 0.25 * (dataflow or 1))


def computational_accuracy(passed: int, total: int) -> float:
    return passed / total if total else 0.0
