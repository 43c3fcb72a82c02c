"""Masked language modelling on streams of whole files (Lample & Conneau 2019; TransCoder's pretraining).

Each step takes ``batch_size`` rows of ``bptt`` consecutive tokens of one language; 15% of the
positions (``word_pred``) are predicted, and of those 80% are replaced by ``<special1>`` (the
mask word), 10% kept and 10% replaced by a random word (``word_mask_keep_rand``), as XLM's
``mask_out``. Only the encoder is trained.
"""

from __future__ import annotations

from typing import Any

import torch

from transcoder.train.batches import StreamBatches
from transcoder.train.objectives.base import Objective, TrainingContext


def mask_tokens(
    tokens: torch.Tensor,
    *,
    word_pred: float,
    probabilities: tuple[float, float, float],
    mask_index: int,
    pad_index: int,
    n_words: int,
    generator: torch.Generator,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """XLM's ``mask_out`` for ``tokens`` ``(B, T)``: (masked input, pred_mask ``(B, T)``, targets ``(N,)``)."""
    pred_mask = torch.rand(tokens.shape, generator=generator) <= word_pred
    pred_mask &= tokens != pad_index
    pred_mask[:, 0] = False  # XLM never predicts the first position of a stream block
    if not pred_mask.any():  # at least one prediction per batch
        pred_mask[0, min(1, tokens.shape[1] - 1)] = True
    targets = tokens[pred_mask]
    choice = torch.multinomial(
        torch.tensor(probabilities), len(targets), replacement=True, generator=generator
    )
    random_words = torch.randint(n_words, targets.shape, generator=generator)
    replaced = torch.where(
        choice == 0, torch.full_like(targets, mask_index), torch.where(choice == 1, targets, random_words)
    )
    masked = tokens.clone()
    masked[pred_mask] = replaced
    return masked, pred_mask, targets


class MaskedLanguageModelling(Objective):
    """Options: ``batch_size`` (rows, 16), ``bptt`` (tokens a row, 256), ``word_pred`` (0.15),
    ``word_mask_keep_rand`` ([0.8, 0.1, 0.1]), ``valid_blocks`` (blocks per language, 8)."""

    name = "mlm"

    def __init__(self, context: TrainingContext, options: dict[str, Any]) -> None:
        super().__init__(context, options)
        self.batch_size = int(options.get("batch_size", 16))
        self.bptt = int(options.get("bptt", 256))
        self.word_pred = float(options.get("word_pred", 0.15))
        self.probabilities = tuple(float(p) for p in options.get("word_mask_keep_rand", (0.8, 0.1, 0.1)))
        self.valid_blocks = int(options.get("valid_blocks", 8))
        dictionary = context.dictionary
        self.streams = {
            language: StreamBatches(
                context.shard(f"{language}.train.files"),
                dictionary.eos_index,
                batch_size=self.batch_size,
                bptt=self.bptt,
                seed=context.seed + index,
                rank=context.rank,
                world=context.world,
            )
            for index, language in enumerate(context.languages)
        }

    def units(self) -> list[str]:
        return list(self.context.languages)

    def _batch(self, tokens: torch.Tensor, language: str, generator: torch.Generator) -> dict[str, Any]:
        config = self.context.model.config
        masked, pred_mask, targets = mask_tokens(
            tokens,
            word_pred=self.word_pred,
            probabilities=self.probabilities,  # type: ignore[arg-type]
            mask_index=config.mask_index,
            pad_index=config.pad_index,
            n_words=config.n_words,
            generator=generator,
        )
        device = self.context.device
        return {
            "tokens": masked.to(device),
            "lengths": torch.full((tokens.shape[0],), tokens.shape[1], dtype=torch.long, device=device),
            "lang": torch.tensor(self.context.lang_id(language)),
            "pred_mask": pred_mask.to(device),
            "targets": targets.to(device),
        }

    def loss(self, unit: str) -> tuple[torch.Tensor, dict[str, float]]:
        tokens = self.streams[unit].next()
        batch = self._batch(tokens, unit, self.generator)
        loss = self.context.module("mlm", **batch)
        return loss, {f"mlm.{unit}.loss": float(loss.detach()), f"mlm.{unit}.tokens": float(tokens.numel())}

    @torch.no_grad()
    def validate(self) -> dict[str, float]:
        model = self.context.model
        dictionary = self.context.dictionary
        metrics: dict[str, float] = {}
        for index, language in enumerate(self.context.languages):
            shard = self.context.shard(f"{language}.valid.files")
            try:
                stream = StreamBatches(
                    shard, dictionary.eos_index, batch_size=self.batch_size, bptt=self.bptt, seed=0
                )
            except ValueError:  # valid split too small for one block: use shorter rows
                try:
                    stream = StreamBatches(shard, dictionary.eos_index, batch_size=1, bptt=self.bptt, seed=0)
                except ValueError:
                    continue
            generator = torch.Generator().manual_seed(1234 + index)  # same masks at every validation
            total_loss, correct, count = 0.0, 0, 0
            for tokens in stream.all_blocks(self.valid_blocks):
                batch = self._batch(tokens, language, generator)
                hidden = model.encoder(batch["tokens"], batch["lengths"], int(batch["lang"]))
                logits, loss = model.encoder.prediction_loss(hidden, batch["pred_mask"], batch["targets"])
                n = len(batch["targets"])
                total_loss += float(loss) * n
                correct += int((logits.argmax(-1) == batch["targets"]).sum())
                count += n
            if count:
                metrics[f"mlm.{language}.loss"] = total_loss / count
                metrics[f"mlm.{language}.accuracy"] = correct / count
        return metrics

    def state_dict(self) -> dict[str, Any]:
        return {**super().state_dict(), "streams": {k: s.state.state_dict() for k, s in self.streams.items()}}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        super().load_state_dict(state)
        for language, position in state["streams"].items():
            self.streams[language].state.load_state_dict(position)
