"""Greedy and beam search over batches, with the decoder's key/value cache.

The search follows XLM's ``generate`` / ``generate_beam`` (the code the released TransCoder models
were evaluated with): decoding starts from ``</s>``, the target language id is added to every
decoder position, a beam hypothesis scores ``sum(log p) / (1 + len(tokens)) ** length_penalty``
(the leading ``</s>`` counts, the final ``</s>``'s probability is included), and without
``early_stopping`` a sentence is finished only once no live hypothesis can beat its worst
finished one. Unlike XLM, finished sentences leave the batch, so a long straggler does not make
the whole batch pay, and the cache is a preallocated buffer rather than a growing concatenation.

``use_cache=False`` recomputes the whole prefix at every step; it exists to test the cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from transcoder.engines.neural.model import DecoderCache, TransformerModel, TranslationModel

Tensor = torch.Tensor


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """One decoded sentence."""

    tokens: tuple[int, ...]  # generated ids, without the leading and the final </s>
    log_prob: float  # sum of the token log-probabilities, the final </s> included when emitted
    score: float  # what the search ranks by: log_prob for greedy, length-normalised for beam
    finished: bool  # False when max_len stopped it before </s>


class _IncrementalDecoder:
    """Next-token log-probabilities for a batch of growing prefixes, with or without the cache."""

    def __init__(
        self, decoder: TransformerModel, memory: Tensor, memory_lengths: Tensor, lang: int, use_cache: bool
    ) -> None:
        self.decoder = decoder
        self.lang = lang
        self.cache: DecoderCache | None = decoder.start_cache(memory, memory_lengths) if use_cache else None
        self.memory = memory
        self.memory_lengths = memory_lengths

    def log_probs(self, generated: Tensor, no_eos: Sequence[bool]) -> Tensor:
        """``(R, V)`` float log-probabilities of the token after ``generated`` ``(R, t)``;
        ``</s>`` is impossible in the rows flagged by ``no_eos``."""
        if self.cache is not None:
            hidden = self.decoder.step(generated[:, self.cache.length :], self.lang, self.cache)[:, -1]
        else:
            rows, length = generated.shape
            lengths = torch.full((rows,), length, dtype=torch.long, device=generated.device)
            hidden = self.decoder(
                generated,
                lengths,
                self.lang,
                causal=True,
                memory=self.memory,
                memory_lengths=self.memory_lengths,
            )[:, -1]
        logits = self.decoder.logits(hidden).float()
        if any(no_eos):
            flags = torch.tensor(no_eos, dtype=torch.bool, device=logits.device)
            logits[:, self.decoder.config.eos_index].masked_fill_(flags, -torch.inf)
        return F.log_softmax(logits, dim=-1)

    def select(self, rows: Tensor) -> None:
        """Keep batch rows ``rows`` (reorder, repeat, drop)."""
        if self.cache is not None:
            self.cache.select(rows)
        else:
            self.memory = self.memory.index_select(0, rows)
            self.memory_lengths = self.memory_lengths.index_select(0, rows)


def _as_lengths(length: int | Sequence[int] | Tensor, batch: int) -> list[int]:
    if isinstance(length, int):
        return [length] * batch
    lengths = [int(n) for n in length]
    if len(lengths) != batch:
        raise ValueError(f"{len(lengths)} lengths for a batch of {batch}")
    return lengths


@torch.no_grad()
def greedy_search(
    decoder: TransformerModel,
    memory: Tensor,
    memory_lengths: Tensor,
    tgt_lang: int,
    *,
    max_len: int | Sequence[int] | Tensor,
    min_len: int | Sequence[int] = 0,
    use_cache: bool = True,
) -> list[Hypothesis]:
    """The most probable next token at each step, for every sentence of the batch.

    ``memory`` ``(B, S, D)`` and ``memory_lengths`` ``(B,)`` come from the encoder; ``max_len``
    (one for all or one per sentence) bounds the emitted tokens, ``</s>`` included; ``</s>`` is
    forbidden before ``min_len`` tokens (one or per sentence; benchmarks use it to force a length).
    """
    config = decoder.config
    batch = memory.shape[0]
    limits = _as_lengths(max_len, batch)
    minimums = _as_lengths(min_len, batch)
    state = _IncrementalDecoder(decoder, memory, memory_lengths, tgt_lang, use_cache)
    generated = torch.full((batch, 1), config.eos_index, dtype=torch.long, device=memory.device)
    active = list(range(batch))  # sentence of each row
    tokens: list[list[int]] = [[] for _ in range(batch)]
    log_probs = [0.0] * batch
    finished = [False] * batch
    step = 0
    while active:
        no_eos = [step < minimums[sentence] for sentence in active]
        best_log_prob, best = state.log_probs(generated, no_eos).max(dim=-1)
        words, word_log_probs = best.tolist(), best_log_prob.tolist()  # one device sync per step
        keep: list[int] = []
        for row, sentence in enumerate(active):
            word = words[row]
            log_probs[sentence] += word_log_probs[row]
            if word == config.eos_index:
                finished[sentence] = True
                continue
            tokens[sentence].append(word)
            if len(tokens[sentence]) < limits[sentence]:
                keep.append(row)
        step += 1
        generated = torch.cat([generated, best[:, None]], dim=1)
        if len(keep) < len(active):
            rows = torch.tensor(keep, dtype=torch.long, device=memory.device)
            generated = generated.index_select(0, rows)
            state.select(rows)
            active = [active[row] for row in keep]
    return [Hypothesis(tuple(tokens[i]), log_probs[i], log_probs[i], finished[i]) for i in range(batch)]


# What happens to a beam hypothesis that reaches the length bound (``max_len`` words):
# - ORIGINAL_BOUND (XLM's ``generate_beam``, the default): one more step is decoded, and every
#   candidate of that step is filed as its prefix *without* the candidate word (``max_len`` words),
#   but with that word's log-probability counted in its score;
# - WHOLE_BOUND (ours before): the step that makes ``max_len`` words files each candidate whole.
# Only hypotheses cut by the bound differ; the original's rule can rank a cut hypothesis below a
# finished one where ours ranked it above (its score carries one more word's log-probability).
ORIGINAL_BOUND = "original"
WHOLE_BOUND = "whole"
BOUND_RULES = (ORIGINAL_BOUND, WHOLE_BOUND)


class _Beam:
    """Finished hypotheses of one sentence (XLM's ``BeamHypotheses``)."""

    def __init__(self, size: int, max_len: int, length_penalty: float, early_stopping: bool) -> None:
        self.size = size
        self.max_len = max_len
        self.length_penalty = length_penalty
        self.early_stopping = early_stopping
        self.hypotheses: list[Hypothesis] = []

    def score(self, log_prob: float, n_tokens: int) -> float:
        penalty: float = (n_tokens + 1) ** self.length_penalty
        return log_prob / penalty

    def add(self, tokens: tuple[int, ...], log_prob: float, finished: bool) -> None:
        hypothesis = Hypothesis(tokens, log_prob, self.score(log_prob, len(tokens)), finished)
        self.hypotheses.append(hypothesis)
        self.hypotheses.sort(key=lambda h: -h.score)
        del self.hypotheses[self.size :]

    def is_done(self, best_log_prob: float) -> bool:
        """No hypothesis still growing can enter: with a positive length penalty the best possible
        future score divides the best candidate's log-probability by the longest length allowed
        (XLM checks this before filing the step's candidates, with the best of them all)."""
        if len(self.hypotheses) < self.size:
            return False
        if self.early_stopping:
            return True
        longest: float = (self.max_len + 1) ** self.length_penalty
        return self.hypotheses[-1].score >= best_log_prob / longest


class _Prefixes:
    """The words of every row so far, read from the device at most once per step, and only when a
    hypothesis ends (most steps file none, and each read is a device sync)."""

    def __init__(self, generated: Tensor) -> None:
        self._generated = generated
        self._rows: list[list[int]] | None = None

    def __getitem__(self, row: int) -> list[int]:
        if self._rows is None:
            self._rows = self._generated[:, 1:].tolist()  # without the leading </s>
        return self._rows[row]


@dataclass(slots=True)
class _NextRows:
    """What the next step decodes: the sentences still searching and, for each new row (``beam_size``
    per sentence), the row it extends, its new word and its log-probability."""

    sentences: list[int]
    rows: list[int]
    words: list[int]
    log_probs: list[float]

    def extend(self, sentence: int, live: list[tuple[int, int, float]]) -> None:
        self.sentences.append(sentence)
        for row, word, log_prob in live:
            self.rows.append(row)
            self.words.append(word)
            self.log_probs.append(log_prob)


def _file_candidates(
    beam: _Beam,
    first_row: int,
    candidates: Iterable[tuple[float, int]],
    prefixes: _Prefixes,
    *,
    vocabulary: int,
    eos_index: int,
    last: bool,
    bound: str,
) -> list[tuple[int, int, float]]:
    """File in ``beam`` the candidates (best first) that end a hypothesis, with ``</s>`` or at the
    bound (``last``), and return the first ``beam.size`` that go on, as (row, word, log-probability)."""
    live: list[tuple[int, int, float]] = []
    for log_prob, index in candidates:
        if log_prob <= -1e8:
            break  # only dead copies (or banned words) remain
        source_beam, word = divmod(index, vocabulary)
        row = first_row + source_beam
        if word == eos_index or (last and bound == ORIGINAL_BOUND):
            beam.add(tuple(prefixes[row]), log_prob, finished=word == eos_index)
        elif last:
            beam.add((*prefixes[row], word), log_prob, finished=False)
        else:
            live.append((row, word, log_prob))
        if len(live) == beam.size:
            break
    return live


def _check_beam_options(beam_size: int, n_best: int, bound: str) -> None:
    if not 1 <= n_best <= beam_size:
        raise ValueError(f"n_best={n_best} must be between 1 and beam_size={beam_size}")
    if bound not in BOUND_RULES:
        raise ValueError(f"bound={bound!r}: expected one of {', '.join(BOUND_RULES)}")


def _start_beams(
    decoder: TransformerModel,
    memory: Tensor,
    memory_lengths: Tensor,
    tgt_lang: int,
    beam_size: int,
    use_cache: bool,
) -> tuple[_IncrementalDecoder, Tensor, Tensor]:
    """The decoder over ``beam_size`` rows per sentence, their prefixes (``</s>``) and log-probabilities.

    Rows are (sentence, beam) pairs, beam-major within a sentence: row = k * beam_size + j."""
    device = memory.device
    batch = memory.shape[0]
    expand = torch.arange(batch, device=device).repeat_interleave(beam_size)
    state = _IncrementalDecoder(
        decoder, memory.index_select(0, expand), memory_lengths.index_select(0, expand), tgt_lang, use_cache
    )
    generated = torch.full((batch * beam_size, 1), decoder.config.eos_index, dtype=torch.long, device=device)
    # Only the first beam of each sentence is live at the start (the others are copies).
    beam_log_probs = torch.zeros(batch, beam_size, device=device)
    beam_log_probs[:, 1:] = -1e9
    beam_log_probs = beam_log_probs.view(-1)
    return state, generated, beam_log_probs


@torch.no_grad()
def beam_search(
    decoder: TransformerModel,
    memory: Tensor,
    memory_lengths: Tensor,
    tgt_lang: int,
    *,
    beam_size: int,
    max_len: int | Sequence[int] | Tensor,
    length_penalty: float = 1.0,
    early_stopping: bool = False,
    n_best: int = 1,
    min_len: int | Sequence[int] = 0,
    use_cache: bool = True,
    bound: str = ORIGINAL_BOUND,
) -> list[list[Hypothesis]]:
    """The ``n_best`` best hypotheses (best first) of a beam of ``beam_size``, per sentence.

    Arguments as for ``greedy_search``; ``length_penalty`` is the exponent of the length
    normalisation (1.0 in TransCoder's evaluation), ``early_stopping`` ends a sentence as soon as
    ``beam_size`` hypotheses are finished, ``bound`` is the rule at ``max_len`` (see ``BOUND_RULES``).
    """
    _check_beam_options(beam_size, n_best, bound)
    config = decoder.config
    device = memory.device
    batch = memory.shape[0]
    limits = _as_lengths(max_len, batch)
    minimums = _as_lengths(min_len, batch)
    vocabulary = config.n_words
    beams = [_Beam(beam_size, limits[i], length_penalty, early_stopping) for i in range(batch)]
    # The step whose candidates are all filed: one past the bound under the original's rule.
    last_steps = [limit + 1 if bound == ORIGINAL_BOUND else limit for limit in limits]

    state, generated, beam_log_probs = _start_beams(
        decoder, memory, memory_lengths, tgt_lang, beam_size, use_cache
    )
    active = list(range(batch))
    step = 0
    while active:
        no_eos = [step < minimums[sentence] for sentence in active for _ in range(beam_size)]
        candidates = state.log_probs(generated, no_eos) + beam_log_probs[:, None]  # (R, V)
        width = min(2 * beam_size, beam_size * vocabulary)
        top_values, top_indices = candidates.view(len(active), beam_size * vocabulary).topk(width, dim=1)
        top_log_probs: list[list[float]] = top_values.tolist()
        top_ids: list[list[int]] = top_indices.tolist()
        prefixes = _Prefixes(generated)
        step += 1
        following = _NextRows([], [], [], [])
        for k, sentence in enumerate(active):
            beam = beams[sentence]
            if beam.is_done(top_log_probs[k][0]):
                continue
            last = step >= last_steps[sentence]
            live = _file_candidates(
                beam,
                k * beam_size,
                zip(top_log_probs[k], top_ids[k], strict=True),
                prefixes,
                vocabulary=vocabulary,
                eos_index=config.eos_index,
                last=last,
                bound=bound,
            )
            if last or not live:
                continue
            while len(live) < beam_size:  # pad with a dead copy to keep the rows rectangular
                live.append((live[0][0], live[0][1], -1e9))
            following.extend(sentence, live)
        active = following.sentences
        if not active:
            break
        rows = torch.tensor(following.rows, dtype=torch.long, device=device)
        generated = torch.cat(
            [generated.index_select(0, rows), torch.tensor(following.words, device=device)[:, None]], dim=1
        )
        beam_log_probs = torch.tensor(following.log_probs, device=device)
        state.select(rows)
    return [beam.hypotheses[:n_best] for beam in beams]


def pad_batch(
    sentences: Sequence[Sequence[int]], pad_index: int, device: torch.device | str = "cpu"
) -> tuple[Tensor, Tensor]:
    """Right-padded ``(B, T)`` ids and ``(B,)`` lengths for id lists."""
    lengths = torch.tensor([len(s) for s in sentences], dtype=torch.long)
    batch = torch.full((len(sentences), int(lengths.max())), pad_index, dtype=torch.long)
    for i, sentence in enumerate(sentences):
        batch[i, : len(sentence)] = torch.tensor(sentence, dtype=torch.long)
    return batch.to(device), lengths.to(device)


@torch.no_grad()
def translate_ids(
    model: TranslationModel,
    sources: Sequence[Sequence[int]],
    src_lang: int,
    tgt_lang: int,
    *,
    beam_size: int = 1,
    n_best: int = 1,
    length_penalty: float = 1.0,
    early_stopping: bool = False,
    max_len: int | Sequence[int] | None = None,
    min_len: int | Sequence[int] = 0,
    use_cache: bool = True,
    bound: str = ORIGINAL_BOUND,
) -> list[list[Hypothesis]]:
    """Translate id sentences (each ``</s> ... </s>``) and return the ``n_best`` hypotheses of each.

    ``max_len`` (generated words) defaults to TransCoder's ``translate.py`` bound: ``3 * source
    length + 10`` positions, which count the leading and the closing ``</s>``, so ``3 * source
    length + 8`` words; within the position table.
    Greedy search (``beam_size=1``) returns one hypothesis per sentence.
    """
    config = model.config
    device = model.decoder.embeddings.weight.device
    tokens, lengths = pad_batch(sources, config.pad_index, device)
    position_limit = config.max_positions - 1  # the leading </s> takes position 0
    if max_len is None:
        limits = [min(3 * len(s) + 8, position_limit) for s in sources]
    else:
        limits = [min(n, position_limit) for n in _as_lengths(max_len, len(sources))]
    was_training = model.training
    model.eval()
    try:
        memory = model.encode(tokens, lengths, src_lang)
        if beam_size == 1:
            best = greedy_search(
                model.decoder, memory, lengths, tgt_lang, max_len=limits, min_len=min_len, use_cache=use_cache
            )
            return [[hypothesis] for hypothesis in best]
        return beam_search(
            model.decoder,
            memory,
            lengths,
            tgt_lang,
            beam_size=beam_size,
            max_len=limits,
            length_penalty=length_penalty,
            early_stopping=early_stopping,
            n_best=n_best,
            min_len=min_len,
            use_cache=use_cache,
            bound=bound,
        )
    finally:
        model.train(was_training)
