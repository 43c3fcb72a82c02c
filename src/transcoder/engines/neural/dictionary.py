"""The XLM/TransCoder vocabulary: four reserved words, ten special words, then BPE units.

The layout is the one the released TransCoder checkpoints store (``dico_id2word``,
``dico_word2id``, ``dico_counts``), so a dictionary read from ``bpe/cpp-java-python/vocab``
assigns every word the id the released models were trained with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from transcoder.errors import InputError

BOS_WORD = "<s>"
EOS_WORD = "</s>"
PAD_WORD = "<pad>"
UNK_WORD = "<unk>"
SPECIAL_WORD = "<special%i>"
SPECIAL_WORDS = 10

BOS_INDEX = 0
EOS_INDEX = 1
PAD_INDEX = 2
UNK_INDEX = 3
FIRST_WORD_INDEX = 4 + SPECIAL_WORDS  # id of the first word read from a vocabulary file


def reserved_words() -> list[str]:
    """The fourteen words every dictionary starts with, in id order."""
    return [BOS_WORD, EOS_WORD, PAD_WORD, UNK_WORD, *(SPECIAL_WORD % i for i in range(SPECIAL_WORDS))]


class Dictionary:
    """A bijection between words (BPE units) and ids, with the corpus count of each word."""

    def __init__(self, id2word: Mapping[int, str], word2id: Mapping[str, int], counts: Mapping[str, int]):
        self.id2word: dict[int, str] = dict(id2word)
        self.word2id: dict[str, int] = dict(word2id)
        self.counts: dict[str, int] = dict(counts)
        self.bos_index = self.word2id[BOS_WORD]
        self.eos_index = self.word2id[EOS_WORD]
        self.pad_index = self.word2id[PAD_WORD]
        self.unk_index = self.word2id[UNK_WORD]
        self._check()

    def _check(self) -> None:
        if len(self.id2word) != len(self.word2id):
            raise InputError(
                f"dictionary is inconsistent: {len(self.id2word)} ids for {len(self.word2id)} words"
            )
        for word, index in self.word2id.items():
            if self.id2word.get(index) != word:
                raise InputError(f"dictionary is inconsistent at id {index} ('{word}')")
        if sorted(self.id2word) != list(range(len(self.id2word))):
            raise InputError("dictionary ids are not contiguous from 0")
        if [self.id2word[i] for i in range(FIRST_WORD_INDEX)] != reserved_words():
            raise InputError("dictionary does not start with the XLM reserved words")

    def __len__(self) -> int:
        return len(self.id2word)

    def __getitem__(self, index: int) -> str:
        return self.id2word[index]

    def __contains__(self, word: object) -> bool:
        return word in self.word2id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dictionary):
            return NotImplemented
        return self.id2word == other.id2word and self.counts == other.counts

    def __hash__(self) -> int:  # mutable container semantics, like dict
        raise TypeError("Dictionary is not hashable")

    def index(self, word: str, no_unk: bool = False) -> int:
        """The id of ``word``; ``<unk>``'s id for unknown words unless ``no_unk`` (then KeyError)."""
        if no_unk:
            return self.word2id[word]
        return self.word2id.get(word, self.unk_index)

    def encode(self, words: Iterable[str]) -> list[int]:
        """Ids of ``words`` (unknown words map to ``<unk>``)."""
        get, unk = self.word2id.get, self.unk_index
        return [get(word, unk) for word in words]

    def decode(self, ids: Iterable[int]) -> list[str]:
        return [self.id2word[int(i)] for i in ids]

    @classmethod
    def from_words(cls, words: Sequence[str], counts: Sequence[int] | None = None) -> Dictionary:
        """A dictionary of the reserved words followed by ``words`` (most frequent first, by convention)."""
        id2word = dict(enumerate(reserved_words()))
        word_counts = {word: 0 for word in id2word.values()}
        for position, word in enumerate(words):
            if word in word_counts:
                raise InputError(f"word '{word}' appears twice in the vocabulary")
            id2word[FIRST_WORD_INDEX + position] = word
            word_counts[word] = int(counts[position]) if counts is not None else 0
        return cls(id2word, {w: i for i, w in id2word.items()}, word_counts)

    @classmethod
    def from_vocab_file(cls, path: str | Path) -> Dictionary:
        """Read a fastBPE ``getvocab`` file (``word count`` per line), as XLM's ``read_vocab`` does.

        Lines that are not exactly two fields, that contain U+2028, or that repeat a word are
        skipped, and the remaining words get consecutive ids after the reserved ones: the exact
        numbering of the released checkpoints.
        """
        path = Path(path)
        if not path.is_file():
            raise InputError(f"no such vocabulary file: {path}")
        words: list[str] = []
        counts: list[int] = []
        seen = set(reserved_words())
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if "\u2028" in line:
                    continue
                fields = line.rstrip().split()
                if len(fields) != 2 or fields[0] in seen or not fields[1].isdigit():
                    continue
                seen.add(fields[0])
                words.append(fields[0])
                counts.append(int(fields[1]))
        return cls.from_words(words, counts)

    def write_vocab_file(self, path: str | Path) -> None:
        """Write the non-reserved words in id order, ``word count`` per line."""
        lines = (
            f"{self.id2word[i]} {self.counts.get(self.id2word[i], 0)}\n"
            for i in range(FIRST_WORD_INDEX, len(self))
        )
        Path(path).write_text("".join(lines), encoding="utf-8")

    def state(self) -> dict[str, dict[int, str] | dict[str, int]]:
        """The three dictionaries a released checkpoint stores, under their checkpoint keys."""
        return {
            "dico_id2word": dict(self.id2word),
            "dico_word2id": dict(self.word2id),
            "dico_counts": dict(self.counts),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Mapping[Any, Any]]) -> Dictionary:
        return cls(state["dico_id2word"], state["dico_word2id"], state["dico_counts"])

    def __repr__(self) -> str:
        return f"<Dictionary of {len(self)} words>"
