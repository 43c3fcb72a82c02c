"""Our neural engine against the original TransCoder implementation: same weights, same inputs.

The original is ``XLM/src/model/transformer.py`` of a checkout of facebookresearch/TransCoder,
passed as ``--original DIR`` and imported from there (it needs only torch and numpy); none of its
code is in this repository. Without ``--original`` only our side is measured, with a message.

1. **Same model**: our ``TranslationModel`` for a config (``tiny``, ``paper``, or custom sizes)
   with seeded random weights, or a trained checkpoint (``--checkpoint``); the original encoder and
   decoder are built from an ``argparse.Namespace`` in the released ``params`` field names and load
   our state dicts with strict key matching. Dropout 0, eval mode for decoding.
2. **Faithfulness** on the GfG valid ``f_gold`` functions (C++ -> Python, tokenized and BPE'd):
   encoder outputs (max abs difference), greedy tokens, beam-search best hypotheses and n-best
   lists with their scores, the seq2seq training loss (XLM's ``mt_step`` computation) and every
   parameter's gradient.
   When the checkout also has ``XLM/src/optim.py``, both sides then make three full updates from
   the same weights (XLM's ``Trainer.optimize``: backward, ``clip_grad_norm_`` 5, its
   ``adam_inverse_sqrt`` optimizer with TransCoder's settings; ours: the trainer's
   ``make_optimizer`` and schedule) and every parameter is compared.
3. **Speed**: functions/s and generated tokens/s for greedy and beam 5, and tokens/s of one
   training forward + backward and of one full update (with ``optim.py``), both implementations
   alternately, the median of ``--repeats``;
   rates are per CPU second of this process (``time.process_time``, one torch thread by default),
   which a machine shared with other jobs disturbs far less than wall time (also reported).

Decoding bounds follow the original ``translate.py``: ``max_len = min(1024, 3 * longest source +
10)`` for a batch, counting the leading ``</s>``, capped by ``--max-len`` (default 128, to keep runs
short; 0 for no cap). The original writes at most ``max_len - 2`` words; ours gets
``max_len=max_len - 2`` and, for beam search, applies the original's rule at the bound
(``search.ORIGINAL_BOUND``, the default: one more step, each candidate filed as its prefix with
the candidate's probability counted), so n-best lists are compared exactly, repeats included.
Sources are tokenized by the TransCoder-exact tokenizers (``tokenize_transcoder``). The whole
pipeline from text (the original's tokenizers, fastBPE and ``translate.py``) is compared by
``benchmarks/versus_original_pipeline.py``.

A randomly initialised model with tied embeddings tends to repeat its last word, which at the
first step is ``</s>``: some sizes end every output at once, others never. So with random weights
the ``</s>`` logit gets a bias of -1e4 while decoding (in both implementations; training steps
use the weights unchanged) and every output runs to ``max_len``, the work of the longest
translations. A trained checkpoint (``--checkpoint runs/tiny/checkpoint.pth``) ends its outputs
itself, which exercises the bookkeeping of finished hypotheses and sentences. (The original's
position table size is a module constant, 1024; it is set to the compared model's.)

Run (a few minutes each on 2 shared CPU cores)::

    .venv/bin/python benchmarks/versus_original.py --original PATH/TO/TransCoder      # tiny, random
    .venv/bin/python benchmarks/versus_original.py --original PATH/TO/TransCoder \\
        --checkpoint runs/tiny/checkpoint.pth --functions 16                          # trained tiny
    .venv/bin/python benchmarks/versus_original.py --original PATH/TO/TransCoder --dim 512 --layers 6 \\
        --heads 8 --functions 4 --batch-size 4 --max-units 80 --max-len 48 --repeats 3
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import torch

from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.bpe import BPE
from transcoder.engines.neural.checkpoint import load_checkpoint, params_from_config
from transcoder.engines.neural.configs import model_config
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.engines.neural.model import ModelConfig, TranslationModel
from transcoder.engines.neural.search import pad_batch, translate_ids
from transcoder.languages import get_language
from transcoder.train.config import StageConfig
from transcoder.train.optim import make_optimizer
from transcoder.train.trainer import inverse_sqrt_factor


def _tokens_module(language: str) -> ModuleType:
    return importlib.import_module(f"transcoder.languages.{language}.tokens")


ROOT = Path(__file__).resolve().parents[1]
SHARED = SHIPPED_DIR  # the repository's data/
ORIGINAL_MODEL = Path("XLM") / "src" / "model" / "transformer.py"
ORIGINAL_OPTIMIZER = Path("XLM") / "src" / "optim.py"
CLIP_GRAD_NORM = 5.0  # XLM's default, and ours
UPDATES_COMPARED = 3  # optimizer updates from identical weights before parameters are compared
SOURCE, TARGET = "cpp", "python"

Tensor = torch.Tensor


# -- the workload -------------------------------------------------------------------------------
@dataclass
class Workload:
    sources: list[list[int]]  # C++ f_gold, </s> ... </s>
    targets: list[list[int]]  # the Python f_gold of the same ID, </s> ... </s>

    def batches(self, size: int) -> list[tuple[list[list[int]], list[list[int]]]]:
        return [
            (self.sources[i : i + size], self.targets[i : i + size])
            for i in range(0, len(self.sources), size)
        ]


def load_workload(count: int, dictionary: Dictionary, bpe: BPE, max_units: int) -> Workload:
    """The first ``count`` GfG valid IDs with an ``f_gold`` in C++ and Python, each at most
    ``max_units`` BPE units, sorted by source length (as the engine batches them)."""
    cpp, python = get_language(SOURCE), get_language(TARGET)
    valid = SHARED / "benchmarks" / "transcoder-gfg" / "valid"
    pairs: list[tuple[list[int], list[int]]] = []
    for cpp_file in sorted((valid / "cpp").glob("*.cpp")):
        python_file = valid / "python" / f"{cpp_file.stem}.py"
        if not python_file.is_file():
            continue
        ids = []
        for language, path in ((cpp, cpp_file), (python, python_file)):
            text = next(
                (
                    f.text
                    for f in language.extract_functions(path.read_text(encoding="utf-8"))
                    if f.name == "f_gold"
                ),
                None,
            )
            if text is None:
                break
            units = bpe.apply(_tokens_module(language.name).tokenize_transcoder(text))
            if len(units) > max_units:
                break
            ids.append([dictionary.eos_index, *dictionary.encode(units), dictionary.eos_index])
        if len(ids) == 2:
            pairs.append((ids[0], ids[1]))
        if len(pairs) == count:
            break
    pairs.sort(key=lambda pair: len(pair[0]))
    return Workload([s for s, _ in pairs], [t for _, t in pairs])


# -- the two implementations --------------------------------------------------------------------
def import_original(checkout: Path) -> ModuleType:
    """The original ``transformer.py``, imported by path (its package ``__init__`` pulls in the
    whole XLM trainer, which the model itself does not need)."""
    path = checkout / ORIGINAL_MODEL
    if not path.is_file():
        raise SystemExit(f"--original {checkout}: no {ORIGINAL_MODEL} there (expected a TransCoder checkout)")
    return _import_path("original_transcoder_transformer", path)


def import_original_optimizer(checkout: Path) -> ModuleType | None:
    """The original ``optim.py`` (its Adam and ``AdamInverseSqrtWithWarmup``), or None."""
    path = checkout / ORIGINAL_OPTIMIZER
    return _import_path("original_transcoder_optim", path) if path.is_file() else None


def _import_path(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class RecordedBeams:
    """Replaces the original module's ``BeamHypotheses`` with a subclass that remembers its
    instances, so the original's n-best lists and scores can be read after ``generate_beam``."""

    def __init__(self, original: ModuleType) -> None:
        self.instances: list[Any] = []
        base = original.BeamHypotheses
        instances = self.instances

        class Recording(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                instances.append(self)

        original.BeamHypotheses = Recording


@dataclass
class Pair:
    ours: TranslationModel
    original_encoder: torch.nn.Module
    original_decoder: torch.nn.Module
    original: ModuleType
    beams: RecordedBeams
    optimizer_module: ModuleType | None = None  # the checkout's XLM/src/optim.py, when it has one


def build_original(original: ModuleType, model: TranslationModel, dictionary: Dictionary) -> Pair:
    config = model.config
    # The original's position table size is a module constant (1024, TransCoder's); a checkpoint
    # of ours may have a smaller table, so the constant follows the model being compared.
    original.N_MAX_POSITIONS = config.max_positions
    if config.layer_norm_eps != 1e-12:
        raise SystemExit("the original TransCoder normalises with eps 1e-12; this model does not")
    params = argparse.Namespace(**params_from_config(config))
    encoder = original.TransformerModel(
        params, dictionary, is_encoder=True, with_output=config.encoder_with_output
    )
    decoder = original.TransformerModel(params, dictionary, is_encoder=False, with_output=True)
    encoder.load_state_dict(model.encoder.state_dict(), strict=True)
    decoder.load_state_dict(model.decoder.state_dict(), strict=True)
    return Pair(model, encoder.eval(), decoder.eval(), original, RecordedBeams(original))


def original_max_len(sources: Sequence[Sequence[int]], cap: int | None) -> int:
    """``translate.py``'s bound for a batch: ``min(1024, 3 * longest + 10)``, the leading ``</s>``
    included; ``cap`` lowers it for long benchmarks."""
    bound = min(1024, 3 * max(len(s) for s in sources) + 10)
    return min(bound, cap) if cap else bound


@dataclass
class Decoded:
    """Best-first hypotheses of one sentence: (words, score, ended by </s>)."""

    hypotheses: list[tuple[tuple[int, ...], float, bool]] = field(default_factory=list)


def ours_encode(model: TranslationModel, sources: Sequence[Sequence[int]]) -> Tensor:
    tokens, lengths = pad_batch(sources, model.config.pad_index)
    return model.encode(tokens, lengths, model.config.lang2id[SOURCE])


def original_encode(pair: Pair, sources: Sequence[Sequence[int]]) -> tuple[Tensor, Tensor]:
    """The original encoder's output ``(B, S, D)`` (as ``translate.py`` transposes it) and lengths."""
    tokens, lengths = pad_batch(sources, pair.ours.config.pad_index)
    x = tokens.t()  # the original is (length, batch)
    langs = torch.full_like(x, pair.ours.config.lang2id[SOURCE])
    encoded = pair.original_encoder("fwd", x=x, lengths=lengths, langs=langs, causal=False)
    return encoded.transpose(0, 1), lengths


def ours_translate(
    model: TranslationModel, sources: Sequence[Sequence[int]], beam: int, penalty: float, bound: int
) -> list[Decoded]:
    config = model.config
    results = translate_ids(
        model,
        sources,
        config.lang2id[SOURCE],
        config.lang2id[TARGET],
        beam_size=beam,
        n_best=beam,
        length_penalty=penalty,
        max_len=bound - 2,  # the original's bound rule (search.ORIGINAL_BOUND) does the rest
    )
    return [Decoded([(h.tokens, h.score, h.finished) for h in hypotheses]) for hypotheses in results]


@torch.no_grad()
def original_translate(
    pair: Pair, sources: Sequence[Sequence[int]], beam: int, penalty: float, bound: int
) -> list[Decoded]:
    config = pair.ours.config
    eos = config.eos_index
    encoded, lengths = original_encode(pair, sources)
    target = config.lang2id[TARGET]
    if beam == 1:
        generated, _ = pair.original_decoder.generate(encoded, lengths, target, max_len=bound)
        decoded = []
        for column in generated.t().tolist():
            words = column[1:]
            ended = eos in words and words.index(eos) < bound - 2
            words = words[: words.index(eos)] if eos in words else words
            decoded.append(Decoded([(tuple(words), math.nan, ended)]))
        return decoded
    pair.beams.instances.clear()
    pair.original_decoder.generate_beam(
        encoded, lengths, target, beam_size=beam, length_penalty=penalty, early_stopping=False, max_len=bound
    )
    decoded = []
    for hypotheses in pair.beams.instances:
        ranked = sorted(hypotheses.hyp, key=lambda item: item[0], reverse=True)
        # A hypothesis filed at the last step (bound - 1 positions) was cut there, not ended.
        decoded.append(Decoded([(tuple(h.tolist()[1:]), float(s), len(h) < bound - 1) for s, h in ranked]))
    return decoded


@contextmanager
def eos_disabled(pair: Pair | None, model: TranslationModel, enabled: bool) -> Iterator[None]:
    """While decoding random weights: a -1e4 bias on the ``</s>`` logit of both decoders."""
    biases = [model.decoder.pred_layer.proj.bias]
    if pair is not None:
        biases.append(pair.original_decoder.pred_layer.proj.bias)
    eos = model.config.eos_index
    with torch.no_grad():
        saved = [bias[eos].item() for bias in biases]
        for bias in biases:
            if enabled:
                bias[eos] = -1e4
    try:
        yield
    finally:
        with torch.no_grad():
            for bias, value in zip(biases, saved, strict=True):
                bias[eos] = value


# -- faithfulness -------------------------------------------------------------------------------
@dataclass
class Agreement:
    encoder_max_abs_diff: float = 0.0
    greedy_same: int = 0
    greedy_total: int = 0
    greedy_ended: int = 0  # sentences whose greedy output ended with </s> (not at the bound)
    beam_best_same: int = 0
    beam_nbest_same: int = 0
    beam_total: int = 0
    beam_best_ended: int = 0
    beam_score_max_abs_diff: float = 0.0
    loss_ours: float = 0.0
    loss_original: float = 0.0
    gradient_max_abs_diff: float = 0.0
    gradient_max_abs: float = 0.0
    updated_max_abs_diff: float | None = None  # parameters after UPDATES_COMPARED full updates
    updated_max_abs_change: float | None = None  # how far those updates moved any parameter
    mismatches: list[str] = field(default_factory=list)


def check_faithfulness(pair: Pair, workload: Workload, args: argparse.Namespace) -> Agreement:
    agreement = Agreement()
    model = pair.ours
    with eos_disabled(pair, model, args.checkpoint is None):
        check_decoding(pair, workload, args, agreement)
    sources, targets = workload.sources[: args.batch_size], workload.targets[: args.batch_size]
    agreement.loss_ours, ours_grads = ours_training_step(model, sources, targets)
    agreement.loss_original, their_grads = original_training_step(pair, sources, targets)
    for name, gradient in ours_grads.items():
        other = their_grads[name]
        agreement.gradient_max_abs_diff = max(
            agreement.gradient_max_abs_diff, float((gradient - other).abs().max())
        )
        agreement.gradient_max_abs = max(agreement.gradient_max_abs, float(gradient.abs().max()))
    if pair.optimizer_module is not None:
        check_updates(pair, sources, targets, agreement)
    return agreement


def check_updates(
    pair: Pair, sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]], agreement: Agreement
) -> None:
    """Both sides run UPDATES_COMPARED full updates (step, clipping, Adam) from the same weights;
    then every parameter is compared, and both models get their starting weights back."""
    ours_start = {n: p.detach().clone() for n, p in pair.ours.named_parameters()}
    their_modules = {"encoder": pair.original_encoder, "decoder": pair.original_decoder}
    their_start = {
        f"{side}.{n}": p.detach().clone()
        for side, m in their_modules.items()
        for n, p in m.named_parameters()
    }
    ours_update = ours_updater(pair.ours)
    original_update = original_updater(pair)
    for _ in range(UPDATES_COMPARED):
        ours_update(sources, targets)
        original_update(sources, targets)
    theirs = {f"{side}.{n}": p for side, m in their_modules.items() for n, p in m.named_parameters()}
    diff = change = 0.0
    with torch.no_grad():
        for name, parameter in pair.ours.named_parameters():
            diff = max(diff, float((parameter - theirs[name]).abs().max()))
            change = max(change, float((parameter - ours_start[name]).abs().max()))
            parameter.copy_(ours_start[name])
        for name, parameter in theirs.items():
            parameter.copy_(their_start[name])
    agreement.updated_max_abs_diff, agreement.updated_max_abs_change = diff, change


def check_decoding(pair: Pair, workload: Workload, args: argparse.Namespace, agreement: Agreement) -> None:
    model = pair.ours
    for sources, _ in workload.batches(args.batch_size):
        with torch.no_grad():
            ours = ours_encode(model, sources)
            original, lengths = original_encode(pair, sources)
        mask = torch.arange(ours.shape[1])[None, :] < lengths[:, None]
        agreement.encoder_max_abs_diff = max(
            agreement.encoder_max_abs_diff, float((ours - original)[mask].abs().max())
        )
        bound = original_max_len(sources, args.max_len)
        greedy_ours = ours_translate(model, sources, 1, args.length_penalty, bound)
        greedy_original = original_translate(pair, sources, 1, args.length_penalty, bound)
        for index, (a, b) in enumerate(zip(greedy_ours, greedy_original, strict=True)):
            agreement.greedy_total += 1
            agreement.greedy_ended += a.hypotheses[0][2]
            if a.hypotheses[0][0] == b.hypotheses[0][0] and a.hypotheses[0][2] == b.hypotheses[0][2]:
                agreement.greedy_same += 1
            else:
                agreement.mismatches.append(f"greedy sentence {index} of a batch: tokens differ")
        beam_ours = translate_ids(
            model,
            sources,
            model.config.lang2id[SOURCE],
            model.config.lang2id[TARGET],
            beam_size=args.beam,
            n_best=args.beam,
            length_penalty=args.length_penalty,
            max_len=bound - 2,
        )
        beam_original = original_translate(pair, sources, args.beam, args.length_penalty, bound)
        for index, (hypotheses, theirs) in enumerate(zip(beam_ours, beam_original, strict=True)):
            agreement.beam_total += 1
            # Both sides file hypotheses the same way at the bound (one prefix may be filed once
            # per candidate word), so the n-best lists are compared as they are, repeats included.
            mine = [(h.tokens, h.score) for h in hypotheses]
            their = [(words, score) for words, score, _ in theirs.hypotheses]
            agreement.beam_best_ended += hypotheses[0].finished
            if mine[0][0] == their[0][0]:
                agreement.beam_best_same += 1
            else:
                agreement.mismatches.append(
                    f"beam sentence {index}: best differs (ours {mine[0][1]:.4f}, original {their[0][1]:.4f})"
                )
            if [w for w, _ in mine] == [w for w, _ in their]:
                agreement.beam_nbest_same += 1
                for (_, a), (_, b) in zip(mine, their, strict=True):
                    agreement.beam_score_max_abs_diff = max(agreement.beam_score_max_abs_diff, abs(a - b))


# -- training step ------------------------------------------------------------------------------
def _batch(model: TranslationModel, sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]):
    pad = model.config.pad_index
    return (*pad_batch(sources, pad), *pad_batch(targets, pad))


def ours_training_step(
    model: TranslationModel, sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]
) -> tuple[float, dict[str, Tensor]]:
    """Forward + backward of the seq2seq loss; returns the loss and the gradients by released name."""
    src, src_len, tgt, tgt_len = _batch(model, sources, targets)
    model.train()
    model.zero_grad(set_to_none=True)
    lang2id = model.config.lang2id
    loss = model.seq2seq_loss(src, src_len, lang2id[SOURCE], tgt, tgt_len, lang2id[TARGET])
    loss.backward()
    model.eval()
    return loss.item(), {n: p.grad for n, p in model.named_parameters() if p.grad is not None}


def original_training_step(
    pair: Pair, sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]
) -> tuple[float, dict[str, Tensor]]:
    """The same step through the original modules, as XLM's ``mt_step`` computes it: the
    decoder predicts every target word after the first, up to each length."""
    config = pair.ours.config
    src, src_len, tgt, tgt_len = _batch(pair.ours, sources, targets)
    x1, x2 = src.t(), tgt.t()  # (length, batch)
    langs1 = torch.full_like(x1, config.lang2id[SOURCE])
    langs2 = torch.full_like(x2, config.lang2id[TARGET])
    positions = torch.arange(x2.shape[0])
    pred_mask = positions[:, None] < tgt_len[None] - 1  # (length, batch): predicts x2[t + 1]
    y = x2[1:].masked_select(pred_mask[:-1])
    encoder, decoder = pair.original_encoder, pair.original_decoder
    encoder.train()
    decoder.train()
    encoder.zero_grad(set_to_none=True)
    decoder.zero_grad(set_to_none=True)
    encoded = encoder("fwd", x=x1, lengths=src_len, langs=langs1, causal=False).transpose(0, 1)
    decoded = decoder(
        "fwd", x=x2, lengths=tgt_len, langs=langs2, causal=True, src_enc=encoded, src_len=src_len
    )
    _, loss = decoder("predict", tensor=decoded, pred_mask=pred_mask, y=y, get_scores=False)
    loss.backward()
    encoder.eval()
    decoder.eval()
    gradients = {f"encoder.{n}": p.grad for n, p in encoder.named_parameters() if p.grad is not None}
    gradients.update({f"decoder.{n}": p.grad for n, p in decoder.named_parameters() if p.grad is not None})
    return loss.item(), gradients


Updater = Callable[[Sequence[Sequence[int]], Sequence[Sequence[int]]], float]


def ours_updater(model: TranslationModel) -> Updater:
    """A full update as our trainer makes it: loss, backward, clipping, the trainer's optimizer
    (``make_optimizer``) and its inverse-square-root schedule, with TransCoder's settings."""
    stage = StageConfig(name="benchmark", steps=1, objectives=("mt",))
    parameters = list({id(p): p for p in model.parameters() if p.requires_grad}.values())
    optimizer = make_optimizer(parameters, stage)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda update: inverse_sqrt_factor(
            update, lr=stage.lr, warmup=stage.warmup, warmup_init_lr=stage.warmup_init_lr
        ),
    )

    def update(sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]) -> float:
        loss, _ = ours_training_step(model, sources, targets)
        torch.nn.utils.clip_grad_norm_(parameters, CLIP_GRAD_NORM)
        optimizer.step()
        schedule.step()
        return loss

    return update


def original_optimizer(module: ModuleType, parameters: list[torch.Tensor], stage: StageConfig) -> Any:
    """The original's ``adam_inverse_sqrt`` optimizer (``module``: its ``optim.py``) with the
    settings of ``stage`` (by default TransCoder's: lr 1e-4, 10,000 warmup updates, weight decay 0.01)."""
    return module.AdamInverseSqrtWithWarmup(
        parameters,
        lr=stage.lr,
        betas=stage.betas,
        weight_decay=stage.weight_decay,
        warmup_updates=stage.warmup,
        warmup_init_lr=stage.warmup_init_lr,
    )


def original_updater(pair: Pair) -> Updater:
    """A full update as XLM's ``Trainer.optimize`` makes it: backward, ``clip_grad_norm_`` over
    the model parameters, then its ``adam_inverse_sqrt`` optimizer with TransCoder's published
    settings (lr 1e-4, 10,000 warmup updates, weight decay 0.01)."""
    assert pair.optimizer_module is not None
    stage = StageConfig(name="benchmark", steps=1, objectives=("mt",))
    named = [
        p
        for module in (pair.original_encoder, pair.original_decoder)
        for _, p in module.named_parameters()
        if p.requires_grad
    ]
    parameters = list({id(p): p for p in named}.values())
    optimizer = original_optimizer(pair.optimizer_module, parameters, stage)

    def update(sources: Sequence[Sequence[int]], targets: Sequence[Sequence[int]]) -> float:
        loss, _ = original_training_step(pair, sources, targets)
        torch.nn.utils.clip_grad_norm_(parameters, CLIP_GRAD_NORM)
        optimizer.step()
        return loss

    return update


# -- speed --------------------------------------------------------------------------------------
def median_seconds(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, tuple[float, float]]:
    """Median (wall seconds, CPU seconds of this process) of each run, the runs alternating
    (order reversed every repeat) so that load from other jobs falls on all of them alike. On a
    shared machine the CPU time is the steadier measure: waiting for a core is not counted."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    names = list(runs)
    for repeat in range(repeats):
        for name in names if repeat % 2 == 0 else reversed(names):
            wall, cpu = time.perf_counter(), time.process_time()
            runs[name]()
            times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    return {
        name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
        for name, values in times.items()
    }


def generated_tokens(decoded: list[Decoded]) -> int:
    """Words of the best hypotheses, plus their </s> when they ended with one."""
    return sum(len(d.hypotheses[0][0]) + d.hypotheses[0][2] for d in decoded)


def measure_speed(pair: Pair | None, model: TranslationModel, workload: Workload, args: argparse.Namespace):
    batches = workload.batches(args.batch_size)
    rows: list[dict[str, object]] = []
    implementations: dict[str, Callable[..., list[Decoded]]] = {"ours": ours_translate}
    if pair is not None:
        implementations["original"] = lambda _model, *rest: original_translate(pair, *rest)
    for beam in (1, args.beam):
        outputs: dict[str, list[Decoded]] = {}

        def make(
            name: str,
            translate: Callable[..., list[Decoded]],
            beam: int = beam,
            outputs: dict[str, list[Decoded]] = outputs,
        ) -> Callable[[], None]:
            def run() -> None:
                decoded: list[Decoded] = []
                for sources, _ in batches:
                    bound = original_max_len(sources, args.max_len)
                    decoded.extend(translate(model, sources, beam, args.length_penalty, bound))
                outputs[name] = decoded

            return run

        load_before = os.getloadavg()[0]
        with eos_disabled(pair, model, args.checkpoint is None):
            seconds = median_seconds({n: make(n, f) for n, f in implementations.items()}, args.repeats)
        for name, (wall, cpu) in seconds.items():
            rows.append(
                {
                    "task": "greedy" if beam == 1 else f"beam{beam}",
                    "implementation": name,
                    "seconds": wall,
                    "cpu_seconds": cpu,
                    "functions_per_s": len(workload.sources) / cpu,
                    "tokens_per_s": generated_tokens(outputs[name]) / cpu,
                    "generated_tokens": generated_tokens(outputs[name]),
                    "load_average": [load_before, os.getloadavg()[0]],
                }
            )
    training: dict[str, Callable[[], object]] = {
        "ours": lambda: [ours_training_step(model, s, t) for s, t in batches]
    }
    if pair is not None:
        training["original"] = lambda: [original_training_step(pair, s, t) for s, t in batches]
    rows += timed_training("train fwd+bwd", training, workload, args)
    if pair is None or pair.optimizer_module is None:
        return rows
    # The whole update each trainer makes per batch. The weights move, so this runs last.
    updaters = {"ours": ours_updater(model), "original": original_updater(pair)}
    updates: dict[str, Callable[[], object]] = {
        name: (lambda update=update: [update(s, t) for s, t in batches]) for name, update in updaters.items()
    }
    return rows + timed_training("train update", updates, workload, args)


def timed_training(
    task: str, runs: dict[str, Callable[[], object]], workload: Workload, args: argparse.Namespace
) -> list[dict[str, object]]:
    """Rows of one training task: each side's median over 2 x repeats + 1 alternating runs."""
    tokens = sum(len(s) + len(t) for s, t in zip(workload.sources, workload.targets, strict=True))
    load_before = os.getloadavg()[0]
    return [
        {
            "task": task,
            "implementation": name,
            "seconds": wall,
            "cpu_seconds": cpu,
            "functions_per_s": len(workload.sources) / cpu,
            "tokens_per_s": tokens / cpu,
            "generated_tokens": tokens,
            "load_average": [load_before, os.getloadavg()[0]],
        }
        for name, (wall, cpu) in median_seconds(runs, 2 * args.repeats + 1).items()
    ]


def profile_first_batch(
    pair: Pair | None, model: TranslationModel, workload: Workload, args: argparse.Namespace
) -> None:
    """Where the time goes: ``cProfile`` of one beam search and ``torch.profiler`` of one training
    step on the first batch, for each implementation (``--profile``)."""
    import cProfile
    import pstats

    from torch.profiler import ProfilerActivity, profile

    sources, targets = workload.batches(args.batch_size)[0]
    bound = original_max_len(sources, args.max_len)
    sides: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "ours": (
            lambda: ours_translate(model, sources, args.beam, args.length_penalty, bound),
            lambda: ours_training_step(model, sources, targets),
        )
    }
    if pair is not None:
        sides["original"] = (
            lambda: original_translate(pair, sources, args.beam, args.length_penalty, bound),
            lambda: original_training_step(pair, sources, targets),
        )
    for name, (decode, train) in sides.items():
        print(f"\n--- profile, {name}: beam {args.beam} on the first batch (cProfile, by own time)")
        profiler = cProfile.Profile()
        with eos_disabled(pair, model, args.checkpoint is None):
            profiler.runcall(decode)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(10)
        train()  # warm-up
        with profile(activities=[ProfilerActivity.CPU]) as trace:
            train()
        print(f"--- profile, {name}: one training step (torch.profiler, by self CPU time)")
        print(
            trace.key_averages().table(sort_by="self_cpu_time_total", row_limit=10, max_name_column_width=50)
        )


# -- setup --------------------------------------------------------------------------------------
def build_model(args: argparse.Namespace) -> tuple[TranslationModel, Dictionary, BPE, str]:
    if args.checkpoint:
        loaded = load_checkpoint(args.checkpoint)
        if loaded.bpe_codes is None:
            raise SystemExit(f"{args.checkpoint}: holds no BPE codes")
        codes = [tuple(line.split()[:2]) for line in loaded.bpe_codes.splitlines() if line.strip()]
        model = loaded.model
        # Dropout off in training steps too, so both implementations compute the same thing.
        model.config = replace(model.config, dropout=0.0, attention_dropout=0.0)
        for module in model.modules():
            if hasattr(module, "dropout") and isinstance(module.dropout, float):
                module.dropout = 0.0
        lang2id = {language: model.lang_id(language) for language in (SOURCE, TARGET)}
        if any(model.config.lang2id.get(language) != index for language, index in lang2id.items()):
            raise SystemExit("this benchmark expects the languages to be named cpp and python")
        return model, loaded.dictionary, BPE(codes), f"checkpoint {args.checkpoint}"  # type: ignore[arg-type]
    dictionary = Dictionary.from_vocab_file(SHARED / "bpe" / "cpp-java-python" / "vocab")
    bpe = BPE.from_codes_file(SHARED / "bpe" / "cpp-java-python" / "codes")
    overrides: dict[str, Any] = {"dropout": 0.0, "attention_dropout": 0.0}
    if args.dim:
        overrides["emb_dim_encoder"] = overrides["emb_dim_decoder"] = args.dim
    if args.layers:
        overrides["n_layers_encoder"] = overrides["n_layers_decoder"] = args.layers
    if args.heads:
        overrides["n_heads"] = args.heads
    config: ModelConfig = model_config(args.config, n_words=len(dictionary), **overrides)
    torch.manual_seed(args.seed)
    model = TranslationModel(config)
    name = (
        f"{args.config} dim {config.emb_dim_encoder}, {config.n_layers_encoder}+{config.n_layers_decoder} "
        f"layers, {config.n_heads} heads, random weights (seed {args.seed}, </s> disabled)"
    )
    return model.eval(), dictionary, bpe, name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--original", type=Path, help="a checkout of facebookresearch/TransCoder")
    parser.add_argument("--config", default="tiny", help="model size from configs.py (tiny, paper)")
    parser.add_argument("--dim", type=int, default=0, help="override the width of encoder and decoder")
    parser.add_argument("--layers", type=int, default=0, help="override the layers of encoder and decoder")
    parser.add_argument("--heads", type=int, default=0, help="override the number of heads")
    parser.add_argument("--checkpoint", type=Path, help="a trained checkpoint instead of random weights")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--functions", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-units", type=int, default=120, help="longest source or reference kept")
    parser.add_argument("--max-len", type=int, default=128, help="cap translate.py's max_len (0: no cap)")
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--length-penalty", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads (1: stable on a shared machine)"
    )
    parser.add_argument("--profile", action="store_true", help="also profile one batch of each side")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    model, dictionary, bpe, description = build_model(args)
    workload = load_workload(args.functions, dictionary, bpe, args.max_units)
    pair = None
    if args.original is None:
        print("no --original checkout given: measuring our implementation only (no comparison)")
    else:
        pair = build_original(import_original(args.original), model, dictionary)
        pair.optimizer_module = import_original_optimizer(args.original)
        if pair.optimizer_module is None:
            print(f"no {ORIGINAL_OPTIMIZER} in {args.original}: full updates are not compared")
    print(
        f"model: {description}; {model.num_parameters() / 1e6:.1f}M parameters, vocabulary {len(dictionary)}\n"
        f"workload: {len(workload.sources)} GfG valid f_gold {SOURCE} -> {TARGET}, batches of "
        f"{args.batch_size}, mean source {statistics.mean(map(len, workload.sources)):.0f} units; "
        f"beam {args.beam}, length penalty {args.length_penalty}; torch {torch.__version__}, "
        f"{torch.get_num_threads()} thread(s); load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    result: dict[str, object] = {"model": description, "args": {k: str(v) for k, v in vars(args).items()}}
    if pair is not None:
        agreement = check_faithfulness(pair, workload, args)
        result["agreement"] = agreement.__dict__
        a = agreement
        print(
            f"\nfaithfulness (same weights, same inputs):\n"
            f"  encoder outputs: max abs difference {a.encoder_max_abs_diff:.2e}\n"
            f"  greedy: {a.greedy_same}/{a.greedy_total} identical token sequences "
            f"({a.greedy_ended} ended by </s>, the rest at max_len)\n"
            f"  beam {args.beam}: best hypothesis identical {a.beam_best_same}/{a.beam_total} "
            f"({a.beam_best_ended} ended by </s>), whole n-best identical {a.beam_nbest_same}/{a.beam_total}, "
            f"scores max abs difference {a.beam_score_max_abs_diff:.2e}\n"
            f"  training step: loss ours {a.loss_ours:.6f}, original {a.loss_original:.6f}; gradients max abs "
            f"difference {a.gradient_max_abs_diff:.2e} (largest gradient {a.gradient_max_abs:.2e})"
        )
        if a.updated_max_abs_diff is not None:
            print(
                f"  {UPDATES_COMPARED} full updates (clip {CLIP_GRAD_NORM}, Adam, schedule): parameters max abs "
                f"difference {a.updated_max_abs_diff:.2e} (largest change {a.updated_max_abs_change:.2e})"
            )
        for line in a.mismatches[:10]:
            print(f"  mismatch: {line}")
    if args.profile:
        profile_first_batch(pair, model, workload, args)
    # Warm-up outside the timings: first calls allocate and pick kernels.
    with eos_disabled(pair, model, args.checkpoint is None):
        ours_translate(model, workload.sources[:2], args.beam, args.length_penalty, 12)
        if pair is not None:
            original_translate(pair, workload.sources[:2], args.beam, args.length_penalty, 12)
    rows = measure_speed(pair, model, workload, args)
    result["speed"] = rows
    print(
        f"\nspeed (median of {args.repeats} runs, {2 * args.repeats + 1} for training, alternating; "
        "rates per CPU second of this process; load average before -> after each task):"
    )
    print(
        f"{'task':<14} {'impl.':<9} {'wall s':>7} {'CPU s':>7} {'fn/s':>8} {'tok/s':>9} {'tokens':>7}  "
        f"{'ratio':>6}  load"
    )
    for row in rows:
        mine = next(r for r in rows if r["task"] == row["task"] and r["implementation"] == "ours")
        ratio = float(row["cpu_seconds"]) / float(mine["cpu_seconds"])  # type: ignore[arg-type]
        load = row["load_average"]
        print(
            f"{row['task']:<14} {row['implementation']:<9} {row['seconds']:>7.2f} {row['cpu_seconds']:>7.2f} "
            f"{row['functions_per_s']:>8.2f} {row['tokens_per_s']:>9.0f} {row['generated_tokens']:>7}  "
            f"{ratio:>5.2f}x  {load[0]:.1f} -> {load[1]:.1f}"  # type: ignore[index]
        )
    print("(ratio: CPU seconds of that implementation / CPU seconds of ours; above 1: ours is faster)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
