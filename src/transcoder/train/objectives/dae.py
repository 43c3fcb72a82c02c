"""Denoising auto-encoding of functions (TransCoder section 3.2; XLM's ``add_noise``).

The input is a corrupted function, the target the function itself, both in the same language:
units are shuffled locally (each moves at most ``word_shuffle`` - 1 places), dropped with
probability ``word_dropout`` and replaced by the mask word with probability ``word_blank``,
in that order. TransCoder: shuffle 3, dropout 0.1, blank 0.3. The leading and trailing
``</s>`` stay in place.
"""

from __future__ import annotations

from typing import Any

import torch

from transcoder.engines.neural.model import TranslationModel, lengths_to_mask
from transcoder.train.batches import SentenceBatches
from transcoder.train.objectives.base import Objective, TrainingContext


def add_noise(
    tokens: torch.Tensor,
    lengths: torch.Tensor,
    *,
    word_shuffle: float,
    word_dropout: float,
    word_blank: float,
    mask_index: int,
    pad_index: int,
    generator: torch.Generator,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Corrupted copies of ``</s> w1 .. wn </s>`` sentences ``(B, T)``; returns (tokens, lengths)."""
    sentences: list[list[int]] = []
    for row in range(tokens.shape[0]):
        length = int(lengths[row])
        words = tokens[row, 1 : length - 1].tolist()
        if word_shuffle > 0 and len(words) > 1:
            # XLM: sort positions by index + U(0, k); nothing moves k or more places.
            scores = torch.arange(len(words), dtype=torch.float64) + word_shuffle * torch.rand(
                len(words), generator=generator, dtype=torch.float64
            )
            words = [words[i] for i in scores.argsort().tolist()]
        if word_dropout > 0 and words:
            keep = (torch.rand(len(words), generator=generator) >= word_dropout).tolist()
            kept = [w for w, k in zip(words, keep, strict=True) if k]
            if not kept:  # keep at least one word, as XLM does
                kept = [words[int(torch.randint(len(words), (1,), generator=generator))]]
            words = kept
        if word_blank > 0 and words:
            blank = (torch.rand(len(words), generator=generator) < word_blank).tolist()
            words = [mask_index if b else w for w, b in zip(words, blank, strict=True)]
        eos = int(tokens[row, 0])
        sentences.append([eos, *words, eos])
    new_lengths = torch.tensor([len(s) for s in sentences], dtype=torch.long)
    noisy = torch.full((len(sentences), int(new_lengths.max())), pad_index, dtype=torch.long)
    for row, sentence in enumerate(sentences):
        noisy[row, : len(sentence)] = torch.tensor(sentence, dtype=torch.long)
    return noisy, new_lengths


@torch.no_grad()
def seq2seq_metrics(
    model: TranslationModel,
    src: torch.Tensor,
    src_lengths: torch.Tensor,
    src_lang: int,
    tgt: torch.Tensor,
    tgt_lengths: torch.Tensor,
    tgt_lang: int,
) -> tuple[float, int, int]:
    """Teacher-forced (summed loss, correct predictions, predictions) of ``tgt`` given ``src``."""
    memory = model.encode(src, src_lengths, src_lang)
    hidden = model.decoder(tgt, tgt_lengths, tgt_lang, causal=True, memory=memory, memory_lengths=src_lengths)
    mask = lengths_to_mask(tgt_lengths - 1, tgt.shape[1] - 1)
    targets = tgt[:, 1:][mask]
    logits, loss = model.decoder.prediction_loss(hidden[:, :-1], mask, targets)
    return float(loss) * len(targets), int((logits.argmax(-1) == targets).sum()), len(targets)


class DenoisingAutoEncoding(Objective):
    """Options: ``batch_size`` (functions, 16), ``word_shuffle`` (3), ``word_dropout`` (0.1),
    ``word_blank`` (0.3), ``valid_functions`` (per language, 64), ``max_length`` (train only on
    functions of at most this many units, none)."""

    name = "dae"

    def __init__(self, context: TrainingContext, options: dict[str, Any]) -> None:
        super().__init__(context, options)
        self.batch_size = int(options.get("batch_size", 16))
        self.noise = {
            "word_shuffle": float(options.get("word_shuffle", 3)),
            "word_dropout": float(options.get("word_dropout", 0.1)),
            "word_blank": float(options.get("word_blank", 0.3)),
        }
        self.valid_functions = int(options.get("valid_functions", 64))
        dictionary = context.dictionary
        self.batches = {
            language: SentenceBatches(
                context.shard(f"{language}.train.functions"),
                dictionary.eos_index,
                dictionary.pad_index,
                batch_size=self.batch_size,
                seed=context.seed + 100 + index,
                rank=context.rank,
                world=context.world,
                max_length=options.get("max_length"),
                max_tokens=context.model.config.max_positions,
            )
            for index, language in enumerate(context.languages)
        }

    def units(self) -> list[str]:
        return list(self.context.languages)

    def _noisy(
        self, tokens: torch.Tensor, lengths: torch.Tensor, generator: torch.Generator
    ) -> tuple[torch.Tensor, torch.Tensor]:
        config = self.context.model.config
        return add_noise(
            tokens,
            lengths,
            **self.noise,
            mask_index=config.mask_index,
            pad_index=config.pad_index,
            generator=generator,
        )

    def loss(self, unit: str) -> tuple[torch.Tensor, dict[str, float]]:
        tokens, lengths = self.batches[unit].next()
        noisy, noisy_lengths = self._noisy(tokens, lengths, self.generator)
        device, lang = self.context.device, torch.tensor(self.context.lang_id(unit))
        loss = self.context.module(
            "seq2seq",
            src=noisy.to(device), src_lengths=noisy_lengths.to(device), src_lang=lang,
            tgt=tokens.to(device), tgt_lengths=lengths.to(device), tgt_lang=lang,
        )  # fmt: skip
        return loss, {f"dae.{unit}.loss": float(loss.detach()), f"dae.{unit}.tokens": float(lengths.sum())}

    @torch.no_grad()
    def validate(self) -> dict[str, float]:
        metrics: dict[str, float] = {}
        dictionary = self.context.dictionary
        device = self.context.device
        for index, language in enumerate(self.context.languages):
            shard = self.context.shard(f"{language}.valid.functions")
            if len(shard) == 0:
                continue
            batches = SentenceBatches(
                shard,
                dictionary.eos_index,
                dictionary.pad_index,
                batch_size=self.batch_size,
                seed=0,
                max_tokens=self.context.model.config.max_positions,
            )
            generator = torch.Generator().manual_seed(4321 + index)  # same noise at every validation
            lang = self.context.lang_id(language)
            total, correct, count = 0.0, 0, 0
            for tokens, lengths in batches.in_order(self.valid_functions):
                noisy, noisy_lengths = self._noisy(tokens, lengths, generator)
                batch_loss, batch_correct, batch_count = seq2seq_metrics(
                    self.context.model,
                    noisy.to(device), noisy_lengths.to(device), lang,
                    tokens.to(device), lengths.to(device), lang,
                )  # fmt: skip
                total, correct, count = total + batch_loss, correct + batch_correct, count + batch_count
            if count:
                metrics[f"dae.{language}.loss"] = total / count
                metrics[f"dae.{language}.accuracy"] = correct / count
        return metrics

    def state_dict(self) -> dict[str, Any]:
        return {**super().state_dict(), "batches": {k: b.state.state_dict() for k, b in self.batches.items()}}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        super().load_state_dict(state)
        for language, position in state["batches"].items():
            self.batches[language].state.load_state_dict(position)
