"""Batches from token shards, with a position that can be saved and restored exactly.

Two shapes, as in XLM: **streams** (every file of a language concatenated, ``</s>`` between
files, cut into ``batch_size`` rows of ``bptt`` tokens; MLM) and **sentences** (one function
a row, ``</s> ... </s>``, right-padded; denoising and back-translation).

The order of an epoch is a permutation drawn from ``(seed, epoch)`` alone, so the saved
state is two integers (epoch, position). Under data parallelism rank ``r`` of ``w`` takes
batches ``r, r + w, r + 2w, ...`` of the same permutation: disjoint, and together the epoch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from transcoder.train.shards import TokenShard


@dataclass(slots=True)
class Position:
    """Where an iterator stands: batch ``position`` of epoch ``epoch`` (counted on this rank)."""

    epoch: int = 0
    position: int = 0

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "position": self.position}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.epoch, self.position = int(state["epoch"]), int(state["position"])


def _permutation(n: int, seed: int, epoch: int) -> np.ndarray:
    return np.random.default_rng([seed, epoch]).permutation(n)


class StreamBatches:
    """``(batch_size, bptt)`` blocks of one language's token stream (XLM's ``StreamDataset``)."""

    def __init__(
        self,
        shard: TokenShard,
        eos_index: int,
        *,
        batch_size: int,
        bptt: int,
        seed: int,
        rank: int = 0,
        world: int = 1,
    ):
        pieces: list[np.ndarray] = [np.array([eos_index], dtype=np.int64)]
        for index in range(len(shard)):
            pieces.append(shard[index])
            pieces.append(np.array([eos_index], dtype=np.int64))
        stream = np.concatenate(pieces)
        self.n_batches = len(stream) // (batch_size * bptt)
        if self.n_batches < world:
            raise ValueError(
                f"{shard.stem.name}: {len(stream)} tokens is too little for {world} batch(es) of {batch_size} x {bptt}"
            )
        used = self.n_batches * batch_size * bptt
        # Row i holds tokens [i * n_batches * bptt, (i + 1) * n_batches * bptt): batch b is a column block.
        self.data = torch.from_numpy(stream[:used].reshape(batch_size, self.n_batches * bptt).copy())
        self.bptt = bptt
        self.seed, self.rank, self.world = seed, rank, world
        self.state = Position()
        self.per_rank = self.n_batches // world

    def next(self) -> torch.Tensor:
        """The next ``(batch_size, bptt)`` block; epochs roll over."""
        if self.state.position >= self.per_rank:
            self.state = Position(self.state.epoch + 1, 0)
        order = _permutation(self.n_batches, self.seed, self.state.epoch)
        block = int(order[self.state.position * self.world + self.rank])
        self.state.position += 1
        return self.data[:, block * self.bptt : (block + 1) * self.bptt]

    def all_blocks(self, limit: int | None = None) -> list[torch.Tensor]:
        """Every block in stream order (validation), at most ``limit``."""
        count = self.n_batches if limit is None else min(limit, self.n_batches)
        return [self.data[:, b * self.bptt : (b + 1) * self.bptt] for b in range(count)]


class SentenceBatches:
    """Batches of whole sentences (functions) of one language, ``</s>`` on both ends."""

    def __init__(
        self,
        shard: TokenShard,
        eos_index: int,
        pad_index: int,
        *,
        batch_size: int,
        seed: int,
        rank: int = 0,
        world: int = 1,
        max_tokens: int | None = None,
        max_length: int | None = None,
    ):
        self.shard = shard
        self.eos_index, self.pad_index = eos_index, pad_index
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        # Sentences eligible for training: all, or those of at most max_length units.
        lengths = shard.lengths()
        self.eligible = np.arange(len(shard)) if max_length is None else np.flatnonzero(lengths <= max_length)
        self.n_batches = len(self.eligible) // batch_size
        self.seed, self.rank, self.world = seed, rank, world
        self.state = Position()
        self.per_rank = self.n_batches // world

    def next(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The next batch: ``(B, T)`` ids and ``(B,)`` lengths."""
        if self.per_rank == 0:
            raise ValueError(
                f"{self.shard.stem.name}: {len(self.eligible)} sentences is too few for "
                f"{self.world} batch(es) of {self.batch_size}"
            )
        if self.state.position >= self.per_rank:
            self.state = Position(self.state.epoch + 1, 0)
        order = self.eligible[_permutation(len(self.eligible), self.seed, self.state.epoch)]
        batch_number = self.state.position * self.world + self.rank
        self.state.position += 1
        indices = order[batch_number * self.batch_size : (batch_number + 1) * self.batch_size]
        return self.collate([self.shard[int(i)] for i in indices])

    def collate(self, sentences: list[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
        if self.max_tokens is not None:
            sentences = [s[: self.max_tokens - 2] for s in sentences]
        lengths = torch.tensor([len(s) + 2 for s in sentences], dtype=torch.long)
        batch = torch.full((len(sentences), int(lengths.max())), self.pad_index, dtype=torch.long)
        for row, sentence in enumerate(sentences):
            batch[row, 0] = self.eos_index
            batch[row, 1 : len(sentence) + 1] = torch.from_numpy(sentence)
            batch[row, len(sentence) + 1] = self.eos_index
        return batch, lengths

    def in_order(self, limit: int | None = None) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """Batches of the first ``limit`` sentences in shard order (validation)."""
        count = len(self.shard) if limit is None else min(limit, len(self.shard))
        return [
            self.collate([self.shard[i] for i in range(start, min(start + self.batch_size, count))])
            for start in range(0, count, self.batch_size)
        ]
