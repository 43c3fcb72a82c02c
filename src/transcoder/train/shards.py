"""Memory-mapped token shards: one flat array of token ids plus an offsets index.

A shard ``NAME`` is two files: ``NAME.bin`` (the ids of every sequence, concatenated, as raw
``uint16`` when the vocabulary fits, else ``int32``) and ``NAME.idx.npy`` (``int64`` offsets,
one more than there are sequences: sequence ``i`` is ``bin[offsets[i]:offsets[i + 1]]``).
Readers map the ids lazily, so a corpus larger than memory costs only what is touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from transcoder.errors import InputError


def dtype_for(n_words: int) -> np.dtype:
    """The narrowest id type for a vocabulary of ``n_words``."""
    return np.dtype(np.uint16) if n_words <= np.iinfo(np.uint16).max + 1 else np.dtype(np.int32)


def write_shard(stem: str | Path, sequences: Iterable[Sequence[int]], n_words: int) -> tuple[int, int]:
    """Write ``sequences`` as shard ``stem``; returns (sequences, tokens). Atomic per file."""
    stem = Path(stem)
    dtype = dtype_for(n_words)
    arrays = [np.asarray(sequence, dtype=np.int64) for sequence in sequences]
    for array in arrays:
        if array.size and (array.min() < 0 or array.max() >= n_words):
            raise ValueError(f"token id out of range for a vocabulary of {n_words}")
    offsets = np.zeros(len(arrays) + 1, dtype=np.int64)
    np.cumsum([a.size for a in arrays], out=offsets[1:])
    flat = np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype=dtype)
    for suffix, write in ((".bin", flat.tofile), (".idx.npy", lambda p: np.save(p, offsets))):
        final = stem.with_name(stem.name + suffix)
        temporary = stem.with_name(f".{stem.name}{suffix}.tmp")
        with open(temporary, "wb") as handle:
            write(handle)
        os.replace(temporary, final)
    return len(arrays), int(offsets[-1])


class TokenShard:
    """Read-only view of a shard: ``len(shard)`` sequences, ``shard[i]`` an id array."""

    def __init__(self, stem: str | Path, n_words: int):
        stem = Path(stem)
        bin_path = stem.with_name(stem.name + ".bin")
        index_path = stem.with_name(stem.name + ".idx.npy")
        if not bin_path.is_file() or not index_path.is_file():
            raise InputError(f"missing shard {stem} (expected {bin_path.name} and {index_path.name})")
        self.stem = stem
        self.offsets: np.ndarray = np.load(index_path)
        dtype = dtype_for(n_words)
        size = bin_path.stat().st_size // dtype.itemsize
        if size != int(self.offsets[-1]):
            raise InputError(
                f"shard {stem} is damaged: {size} ids on disk, index says {int(self.offsets[-1])}"
            )
        # np.memmap refuses empty files; an empty shard is an empty array.
        self.ids: np.ndarray = (
            np.memmap(bin_path, dtype=dtype, mode="r") if size else np.zeros(0, dtype=dtype)
        )

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> np.ndarray:
        return np.asarray(self.ids[self.offsets[index] : self.offsets[index + 1]], dtype=np.int64)

    @property
    def n_tokens(self) -> int:
        return int(self.offsets[-1])

    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)
