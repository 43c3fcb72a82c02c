"""Online back-translation over every direction (TransCoder section 3.3; XLM's ``bt_step``).

For a direction ``a-b-a``: take a batch of functions in language ``a``, translate them into
``b`` with the current model (eval mode, no gradient, greedy, at most ``1.3 * length + 5``
units, as XLM), then train the model to translate that ``b`` back into the original ``a``.
With three languages there are six directions. Validation measures BLEU (sacrebleu, on
BPE-merged tokens) of translating the benchmark's ``f_gold`` functions, paired by ID.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import torch

from transcoder.engines.neural.bpe import BPE
from transcoder.engines.neural.search import pad_batch, translate_ids
from transcoder.train.batches import SentenceBatches
from transcoder.train.objectives.base import Objective, TrainingContext
from transcoder.train.objectives.dae import seq2seq_metrics


def directions(languages: list[str]) -> list[str]:
    """``a-b-a`` for every ordered pair of distinct languages (XLM's ``bt_steps`` spelling)."""
    return [f"{a}-{b}-{a}" for a, b in itertools.permutations(languages, 2)]


class BackTranslation(Objective):
    """Options: ``batch_size`` (functions, 16), ``max_len_factor`` (1.3), ``max_len_extra`` (5),
    ``bleu_functions`` (paired functions per direction at validation, 40), ``bleu_beam`` (1),
    ``bleu_max_len`` (cap on the units generated at validation, none), ``max_length`` (train only on
    functions of at most this many units, none)."""

    name = "bt"

    def __init__(self, context: TrainingContext, options: dict[str, Any]) -> None:
        super().__init__(context, options)
        self.batch_size = int(options.get("batch_size", 16))
        self.max_len_factor = float(options.get("max_len_factor", 1.3))
        self.max_len_extra = int(options.get("max_len_extra", 5))
        self.bleu_functions = int(options.get("bleu_functions", 40))
        self.bleu_beam = int(options.get("bleu_beam", 1))
        self.bleu_max_len = int(options["bleu_max_len"]) if "bleu_max_len" in options else None
        dictionary = context.dictionary
        self.batches = {
            language: SentenceBatches(
                context.shard(f"{language}.train.functions"),
                dictionary.eos_index,
                dictionary.pad_index,
                batch_size=self.batch_size,
                seed=context.seed + 200 + index,
                rank=context.rank,
                world=context.world,
                max_length=options.get("max_length"),
                max_tokens=context.model.config.max_positions // 2,
            )
            for index, language in enumerate(context.languages)
        }
        paired_path = context.data_dir / "paired_valid.json"
        self.paired: dict[str, dict[str, str]] = (
            json.loads(paired_path.read_text(encoding="utf-8")) if paired_path.is_file() else {}
        )

    def units(self) -> list[str]:
        return directions(self.context.languages)

    def _limit(self, source_length: int) -> int:
        """Most units generated for a source of ``source_length`` (XLM: ``1.3 * length + 5``)."""
        return max(1, int(self.max_len_factor * source_length + self.max_len_extra))

    def generate(
        self, tokens: torch.Tensor, lengths: torch.Tensor, src: str, tgt: str
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Greedy translations of ``tokens`` from ``src`` to ``tgt`` as ``</s> ... </s>`` sentences."""
        config = self.context.model.config
        sources = [tokens[row, : int(lengths[row])].tolist() for row in range(tokens.shape[0])]
        limits = [self._limit(len(s)) for s in sources]
        hypotheses = translate_ids(
            self.context.model, sources, self.context.lang_id(src), self.context.lang_id(tgt), max_len=limits
        )
        sentences = [[config.eos_index, *best[0].tokens, config.eos_index] for best in hypotheses]
        return pad_batch(sentences, config.pad_index)

    def loss(self, unit: str) -> tuple[torch.Tensor, dict[str, float]]:
        first, second, _ = unit.split("-")
        tokens, lengths = self.batches[first].next()
        device = self.context.device
        with torch.no_grad():
            generated, generated_lengths = self.generate(tokens.to(device), lengths.to(device), first, second)
        loss = self.context.module(
            "seq2seq",
            src=generated.to(device), src_lengths=generated_lengths.to(device),
            src_lang=torch.tensor(self.context.lang_id(second)),
            tgt=tokens.to(device), tgt_lengths=lengths.to(device),
            tgt_lang=torch.tensor(self.context.lang_id(first)),
        )  # fmt: skip
        return loss, {
            f"bt.{unit}.loss": float(loss.detach()),
            f"bt.{unit}.tokens": float(lengths.sum() + generated_lengths.sum()),
        }

    @torch.no_grad()
    def validate(self) -> dict[str, float]:
        import sacrebleu

        metrics: dict[str, float] = {}
        if not self.paired:
            return metrics
        dictionary = self.context.dictionary
        eos = dictionary.eos_index
        identifiers = sorted(self.paired)[: self.bleu_functions]
        for source, target in itertools.permutations(self.context.languages, 2):
            sources = [[eos, *dictionary.encode(self.paired[i][source].split()), eos] for i in identifiers]
            references = [" ".join(BPE.decode(self.paired[i][target].split())) for i in identifiers]
            hypotheses = translate_ids(
                self.context.model,
                sources,
                self.context.lang_id(source),
                self.context.lang_id(target),
                beam_size=self.bleu_beam,
                max_len=[min(self._limit(len(s)), self.bleu_max_len or 1 << 30) for s in sources],
            )
            outputs = [" ".join(BPE.decode(dictionary.decode(best[0].tokens))) for best in hypotheses]
            bleu = sacrebleu.corpus_bleu(outputs, [references], tokenize="none")
            metrics[f"bt.{source}-{target}.bleu"] = float(bleu.score)
            metrics[f"bt.{source}-{target}.exact"] = sum(
                o == r for o, r in zip(outputs, references, strict=True)
            ) / len(outputs)
            # Teacher-forced loss on the true pairs: how far the model is from the real translation.
            src, src_lengths = pad_batch(sources, dictionary.pad_index, self.context.device)
            targets = [[eos, *dictionary.encode(self.paired[i][target].split()), eos] for i in identifiers]
            tgt, tgt_lengths = pad_batch(targets, dictionary.pad_index, self.context.device)
            total, _, count = seq2seq_metrics(
                self.context.model, src, src_lengths, self.context.lang_id(source),
                tgt, tgt_lengths, self.context.lang_id(target),
            )  # fmt: skip
            metrics[f"bt.{source}-{target}.pair_loss"] = total / max(count, 1)
        return metrics

    def state_dict(self) -> dict[str, Any]:
        return {**super().state_dict(), "batches": {k: b.state.state_dict() for k, b in self.batches.items()}}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        super().load_state_dict(state)
        for language, position in state["batches"].items():
            self.batches[language].state.load_state_dict(position)
