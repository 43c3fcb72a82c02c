"""Byte-pair encoding with fastBPE's exact semantics: applying codes, learning them, undoing them.

TransCoder splits its tokens into BPE units with fastBPE (codes file lines ``left right count``,
``</w>`` marking a word's last unit, ``@@`` marking a unit continued by the next). No maintained
Python library reproduces fastBPE's output (its own binding does not build on Python 3.11;
subword-nmt differs in how it writes ``@@`` and in ``</w>`` handling), so the applier below
re-implements ``fastBPE::process_bpe`` and ``limitVocab`` line for line; ``tests/test_bpe.py``
compiles fastBPE's command-line tool and compares outputs on real code.

Learning follows ``fastBPE::learnbpe``: repeatedly merge the most frequent adjacent pair,
counted over word types weighted by frequency. fastBPE breaks ties between equally frequent pairs
by internal ids that depend on hash-map iteration order; here ties go to the lexicographically
smallest pair, so learning is deterministic. Up to the first tie, the codes are identical.
"""

from __future__ import annotations

import heapq
import itertools
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from transcoder.errors import InputError

END_WORD = "</w>"
TOKEN_DELIMITER = "@@"


def _word_units(word: str) -> list[str]:
    """A word split into characters, the last carrying the end-of-word mark."""
    units = list(word)
    units[-1] += END_WORD
    return units


def split_words(text: str) -> list[str]:
    """Words as fastBPE's stream mode sees them: split on single spaces, empty pieces dropped."""
    return [word for word in text.split(" ") if word]


class BPE:
    """A set of BPE merge codes (ranked, best first), optionally limited to a vocabulary."""

    def __init__(
        self,
        codes: Sequence[tuple[str, str]],
        vocab: Mapping[str, int] | None = None,
        cache_size: int = 1 << 20,
    ):
        self.codes: list[tuple[str, str]] = list(codes)
        self.ranks: dict[tuple[str, str], int] = {}
        self.reversed_codes: dict[str, tuple[str, str]] = {}
        for rank, pair in enumerate(self.codes):
            if pair in self.ranks:
                raise InputError(f"BPE code '{pair[0]} {pair[1]}' appears twice")
            self.ranks[pair] = rank
            self.reversed_codes[pair[0] + pair[1]] = pair
        self.vocab: dict[str, int] = dict(vocab or {})
        self._apply_word = lru_cache(maxsize=cache_size)(self._apply_word_uncached)

    # -- reading ---------------------------------------------------------------------------
    @classmethod
    def from_codes_file(
        cls, path: str | os.PathLike[str], vocab_path: str | os.PathLike[str] | None = None
    ) -> BPE:
        """Codes from a fastBPE codes file (``left right count`` per line); with ``vocab_path``,
        outputs are limited to units of that vocabulary as ``fast applybpe ... codes vocab`` does."""
        path = Path(path)
        if not path.is_file():
            raise InputError(f"no such BPE codes file: {path}")
        codes: list[tuple[str, str]] = []
        with path.open(encoding="utf-8", newline="\n") as handle:
            for number, line in enumerate(handle, start=1):
                fields = [field for field in line.rstrip("\n").split(" ") if field]
                if len(fields) != 3:
                    raise InputError(f"{path}:{number}:1: expected 'left right count', got {line.strip()!r}")
                codes.append((fields[0], fields[1]))
        vocab = read_fastbpe_vocab(vocab_path) if vocab_path is not None else None
        return cls(codes, vocab)

    def write_codes_file(self, path: str | Path, counts: Sequence[int] | None = None) -> None:
        counts = counts if counts is not None else [0] * len(self.codes)
        text = "".join(f"{a} {b} {c}\n" for (a, b), c in zip(self.codes, counts, strict=True))
        Path(path).write_text(text, encoding="utf-8")

    # -- applying --------------------------------------------------------------------------
    def apply(self, tokens: Iterable[str]) -> list[str]:
        """BPE units of ``tokens``: every unit but a word's last ends with ``@@``."""
        units: list[str] = []
        for word in split_words(" ".join(tokens)):
            units.extend(self._apply_word(word))
        return units

    def apply_line(self, line: str) -> str:
        """``fast applybpe_stream`` on one line."""
        return " ".join(self.apply([line]))

    def _apply_word_uncached(self, word: str) -> tuple[str, ...]:
        subwords = _word_units(word)
        ranks = self.ranks
        # fastBPE::process_bpe: merge the best-ranked pair (leftmost on ties) everywhere, repeat.
        while len(subwords) > 1:
            best_rank = -1
            best_pair: tuple[str, str] | None = None
            for pair in itertools.pairwise(subwords):
                rank = ranks.get(pair, -1)
                if rank >= 0 and (best_rank == -1 or rank < best_rank):
                    best_rank, best_pair = rank, pair
            if best_pair is None:
                break
            left, right = best_pair
            merged: list[str] = []
            position = 0
            while position < len(subwords):
                if (
                    position + 1 < len(subwords)
                    and subwords[position] == left
                    and subwords[position + 1] == right
                ):
                    merged.append(left + right)
                    position += 2
                else:
                    merged.append(subwords[position])
                    position += 1
            subwords = merged
        if self.vocab:
            subwords = self._limit_vocab(subwords)
        last = subwords[-1][: -len(END_WORD)]
        return (*(unit + TOKEN_DELIMITER for unit in subwords[:-1]), last)

    def _limit_vocab(self, subwords: list[str]) -> list[str]:
        # fastBPE::limitVocab: split units unknown to the vocabulary back into known ones.
        result: list[str] = []
        for index, subword in enumerate(subwords):
            is_final = index == len(subwords) - 1
            query = subword[: -len(END_WORD)] if is_final else subword + TOKEN_DELIMITER
            if query in self.vocab:
                result.append(subword)
            else:
                self._decompose(subword, result, is_final)
        return result

    def _decompose(self, subword: str, result: list[str], is_final: bool) -> None:
        pair = self.reversed_codes.get(subword)
        if pair is None:  # a single character: nothing left to split
            result.append(subword)
            return
        left, right = pair
        if left + TOKEN_DELIMITER in self.vocab:
            result.append(left)
        else:
            self._decompose(left, result, False)
        query = right[: -len(END_WORD)] if is_final else right + TOKEN_DELIMITER
        if query in self.vocab:
            result.append(right)
        else:
            self._decompose(right, result, is_final)

    # -- undoing ---------------------------------------------------------------------------
    @staticmethod
    def decode(bpe_tokens: Iterable[str]) -> list[str]:
        """Tokens from BPE units: units ending with ``@@`` are glued to the next one."""
        tokens: list[str] = []
        pending = ""
        for unit in bpe_tokens:
            if unit.endswith(TOKEN_DELIMITER):
                pending += unit[: -len(TOKEN_DELIMITER)]
            else:
                tokens.append(pending + unit)
                pending = ""
        if pending:  # a cut-off sequence ends inside a word; keep what there is
            tokens.append(pending)
        return tokens

    def __len__(self) -> int:
        return len(self.codes)

    def __repr__(self) -> str:
        return f"<BPE with {len(self.codes)} codes>"


def read_fastbpe_vocab(path: str | os.PathLike[str]) -> dict[str, int]:
    """A fastBPE vocabulary file (``word count`` per line) as a mapping."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such vocabulary file: {path}")
    vocab: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="\n") as handle:
        for number, line in enumerate(handle, start=1):
            fields = [field for field in line.rstrip("\n").split(" ") if field]
            if len(fields) != 2 or not fields[1].isdigit():
                raise InputError(f"{path}:{number}:1: expected 'word count', got {line.strip()!r}")
            vocab[fields[0]] = int(fields[1])
    return vocab


def learn_bpe(word_counts: Mapping[str, int], n_codes: int) -> list[tuple[str, str, int]]:
    """``n_codes`` merges (``(left, right, count)``, best first) learned from word frequencies.

    fastBPE's ``learnbpe``: each word starts as its characters with ``</w>`` on the last; the
    most frequent adjacent pair (counted over all words, weighted by word frequency) is merged
    everywhere, and the counts of the pairs around each merge are updated. Stops early when no
    pair occurs any more.
    """
    words: list[list[str]] = []
    frequencies: list[int] = []
    for word, count in word_counts.items():
        if word and count > 0:
            words.append(_word_units(word))
            frequencies.append(count)

    pair_counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], set[int]] = {}
    for index, units in enumerate(words):
        for pair in itertools.pairwise(units):
            pair_counts[pair] += frequencies[index]
            where.setdefault(pair, set()).add(index)

    # Max-heap of (-count, pair) with lazy deletion: stale entries are skipped when popped.
    heap = [(-count, pair) for pair, count in pair_counts.items()]
    heapq.heapify(heap)
    codes: list[tuple[str, str, int]] = []
    while len(codes) < n_codes and heap:
        negative_count, pair = heapq.heappop(heap)
        if pair_counts.get(pair, 0) != -negative_count or negative_count == 0:
            continue
        count = -negative_count
        left, right = pair
        joined = left + right
        codes.append((left, right, count))
        changed: set[tuple[str, str]] = set()

        def shift(
            adjacent: tuple[str, str], delta: int, index: int, changed: set[tuple[str, str]] = changed
        ) -> None:
            pair_counts[adjacent] += delta
            changed.add(adjacent)
            if delta > 0:
                where.setdefault(adjacent, set()).add(index)

        for index in where.pop(pair, ()):
            units = words[index]
            frequency = frequencies[index]

            # Update only the pairs around each merge, as fastBPE does: the token before a
            # merge is read from the merged output, so back-to-back merges are counted once.
            merged: list[str] = []
            position = 0
            while position < len(units):
                if position + 1 < len(units) and units[position] == left and units[position + 1] == right:
                    if merged:
                        shift((merged[-1], left), -frequency, index)
                        shift((merged[-1], joined), frequency, index)
                    if position + 2 < len(units):
                        shift((right, units[position + 2]), -frequency, index)
                        shift((joined, units[position + 2]), frequency, index)
                    merged.append(joined)
                    position += 2
                else:
                    merged.append(units[position])
                    position += 1
            words[index] = merged
        pair_counts.pop(pair, None)
        for other in changed:
            current = pair_counts.get(other, 0)
            if current > 0:
                heapq.heappush(heap, (-current, other))
            else:
                pair_counts.pop(other, None)
    return codes


def count_words(lines: Iterable[str]) -> Counter[str]:
    """Word frequencies as fastBPE's ``readText`` counts them (words split on spaces and newlines)."""
    counts: Counter[str] = Counter()
    for line in lines:
        for piece in line.split("\n"):
            counts.update(split_words(piece))
    return counts


def learn_bpe_from_lines(lines: Iterable[str], n_codes: int) -> tuple[BPE, list[int]]:
    """Learn ``n_codes`` codes from tokenized lines; the BPE and each code's count."""
    codes = learn_bpe(count_words(lines), n_codes)
    return BPE([(a, b) for a, b, _ in codes]), [c for _, _, c in codes]
