"""The neural engine: TransCoder's encoder-decoder translating with a checkpoint.

Translation does what the original ``translate.py`` did: the source language's TransCoder
tokens, fastBPE units, ids with ``</s>`` on both ends and the source language id, greedy or beam
search into the target language id (at most ``min(params max_len, 3 x length + 10)`` positions,
XLM's rule at that bound), BPE joined back (``"@@ "`` removed), and the target language's
detokenizer. Tokens and detokenizer follow the checkpoint's token mode: the original tokenizers'
exact output (``transcoder-exact``, every released checkpoint) or ours with whole literals
(``whole-literal``, what our trainer records). ``transcoder translate --engine neural
--checkpoint PATH`` reaches it.

BPE codes: the ``bpe_codes`` option, else codes stored in the checkpoint (ours store them), else
a file named ``codes`` beside the checkpoint, else ``$TRANSCODER_BPE_CODES``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from transcoder.engines.base import Candidate, Engine
from transcoder.errors import EngineError, InputError, TranscoderError
from transcoder.languages import get_language
from transcoder.languages.common import TOKEN_MODES, TRANSCODER_EXACT

if TYPE_CHECKING:
    # torch is imported on first use: importing this package (the trainer imports its
    # dictionary and BPE modules) must stay cheap for commands that never build a model.
    from transcoder.engines.neural.bpe import BPE
    from transcoder.engines.neural.checkpoint import LoadedCheckpoint

BPE_CODES_VARIABLE = "TRANSCODER_BPE_CODES"
_T = TypeVar("_T")

# Loaded checkpoints by (path, modification time): `get_engine` builds a new engine per call, and
# a paper-size model takes seconds to load.
_LOADED: dict[tuple[str, int], LoadedCheckpoint] = {}
_BPE: dict[tuple[str, str, str], BPE] = {}


def _load(path: Path, trusted: bool) -> LoadedCheckpoint:
    from transcoder.engines.neural.checkpoint import load_checkpoint

    key = (str(path.resolve()), path.stat().st_mtime_ns)
    if key not in _LOADED:
        _LOADED.clear()  # keep at most one model in memory
        _LOADED[key] = load_checkpoint(path, trusted=trusted)
    return _LOADED[key]


def _bpe_from_codes_text(text: str) -> BPE:
    from transcoder.engines.neural.bpe import BPE

    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.split()
        if len(fields) < 2:
            raise EngineError(f"checkpoint BPE codes line {number}: expected 'left right count'")
        pairs.append((fields[0], fields[1]))
    return BPE(pairs)


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise ValueError(value)


def _option(name: str, value: object, kind: Callable[[Any], _T]) -> _T:
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise EngineError(f"neural engine option {name}={value!r} is not a valid {kind.__name__}") from None


def _tokens_module(language: str) -> Any:
    """``transcoder.languages.<language>.tokens``, which holds the TransCoder-exact tokenizer."""
    name = get_language(language).name
    return importlib.import_module(f"transcoder.languages.{name}.tokens")


class NeuralEngine(Engine):
    """TransCoder's seq2seq Transformer; needs a checkpoint in the released layout."""

    name = "neural"
    description = "TransCoder Transformer (needs --checkpoint PATH in the released .pth layout)"

    default_beam_size: ClassVar[int] = 1  # translate.py's default; the paper also reports beam 10/25

    def __init__(
        self,
        checkpoint: str | os.PathLike[str] | None = None,
        *,
        bpe_codes: str | os.PathLike[str] | None = None,
        beam_size: int | str | None = None,
        length_penalty: float | str = 1.0,
        max_len: int | str | None = None,
        batch_size: int | str = 32,
        trusted: bool | str = False,
        token_mode: str | None = None,
        bound: str = "original",
    ) -> None:
        """Options may come as text (``transcoder eval --engine-option beam_size=5``).

        ``max_len`` caps the generated units below the original's bound (``min(params max_len,
        3 x source length + 10)`` positions, both ``</s>`` counted); ``token_mode`` overrides the
        checkpoint's (``transcoder-exact`` for released checkpoints); ``bound`` is the beam rule at
        that bound (``original``, or ``whole``: see ``search.BOUND_RULES``)."""
        from transcoder.engines.neural.search import BOUND_RULES

        if checkpoint is None or str(checkpoint) == "":
            raise EngineError("the neural engine needs a checkpoint: pass --checkpoint PATH")
        self.beam_size = (
            _option("beam_size", beam_size, int) if beam_size is not None else self.default_beam_size
        )
        self.length_penalty = _option("length_penalty", length_penalty, float)
        self.max_len = _option("max_len", max_len, int) if max_len is not None else None
        self.batch_size = _option("batch_size", batch_size, int)
        if self.beam_size < 1 or self.batch_size < 1 or (self.max_len is not None and self.max_len < 1):
            raise EngineError("beam_size, batch_size and max_len must be positive")
        if bound not in BOUND_RULES:
            raise EngineError(
                f"neural engine option bound={bound!r}: expected one of {', '.join(BOUND_RULES)}"
            )
        self.bound = bound
        path = Path(checkpoint)
        self.options = {  # for fingerprint()
            "checkpoint": str(path),
            "bpe_codes": str(bpe_codes or ""),
            "token_mode": str(token_mode or ""),
            "bound": bound,
        }
        if not path.is_file():
            raise EngineError(f"no such checkpoint: {path}")
        self.loaded = _load(path, _option("trusted", trusted, _boolean))
        self.model = self.loaded.model
        self.dictionary = self.loaded.dictionary
        self.token_mode = token_mode or self.loaded.token_mode
        if self.token_mode not in TOKEN_MODES:
            raise EngineError(
                f"neural engine option token_mode={token_mode!r}: expected one of {', '.join(TOKEN_MODES)}"
            )
        # translate.py caps outputs at params.max_len (the trainer's longest sentence) too.
        stored_max_len = self.loaded.params.get("max_len")
        self.params_max_len = (
            int(stored_max_len) if isinstance(stored_max_len, int) and stored_max_len > 0 else None
        )
        bpe_key = (
            f"{path.resolve()}@{path.stat().st_mtime_ns}",
            str(bpe_codes),
            os.environ.get(BPE_CODES_VARIABLE, ""),
        )
        if bpe_key not in _BPE:
            _BPE.clear()
            _BPE[bpe_key] = self._find_bpe(path, bpe_codes)
        self.bpe = _BPE[bpe_key]  # shared, so its per-word cache stays warm across engines

    def _find_bpe(self, checkpoint: Path, explicit: str | os.PathLike[str] | None) -> BPE:
        from transcoder.engines.neural.bpe import BPE

        try:
            if explicit is not None:
                return BPE.from_codes_file(explicit)
            if self.loaded.bpe_codes is not None:
                return _bpe_from_codes_text(self.loaded.bpe_codes)
            beside = checkpoint.with_name("codes")
            if beside.is_file():
                return BPE.from_codes_file(beside)
            if os.environ.get(BPE_CODES_VARIABLE):
                return BPE.from_codes_file(os.environ[BPE_CODES_VARIABLE])
        except InputError as error:
            raise EngineError(f"cannot read BPE codes: {error}") from None
        raise EngineError(
            f"{checkpoint}: no BPE codes (the checkpoint holds none, no 'codes' file beside it, "
            f"${BPE_CODES_VARIABLE} unset): pass bpe_codes"
        )

    def supports(self, source: str, target: str) -> bool:
        from transcoder.engines.neural.checkpoint import resolve_language_id

        if source == target:
            return False
        try:
            resolve_language_id(self.model.config.lang2id, source)
            resolve_language_id(self.model.config.lang2id, target)
        except EngineError:
            return False
        return True

    def encode_source(self, code: str, source: str) -> list[int]:
        """Ids of ``code`` as the encoder reads it: ``</s> bpe units </s>``."""
        tokens = self.tokenize(code, source)
        units = self.bpe.apply(tokens)
        if self.token_mode == TRANSCODER_EXACT:
            # translate.py splits fastBPE's output on any whitespace, not only on spaces (a unit
            # may hold a U+00A0 from inside a literal).
            units = " ".join(units).split()
        config = self.model.config
        ids = [config.eos_index, *(self.dictionary.index(unit) for unit in units), config.eos_index]
        if len(ids) > config.max_positions:
            raise InputError(
                f"input is {len(ids)} BPE units long; the model reads at most {config.max_positions}"
            )
        return ids

    def decode_target(
        self, ids: Sequence[int], target: str
    ) -> tuple[str, list[str], list[str], tuple[str, ...]]:
        """Source text for generated ids, its BPE units, its tokens, and warnings (a detokenizer
        that gave up on the model's output)."""
        units = [self.dictionary[i] for i in ids]
        # translate.py: join the units and drop the "@@ " continuations.
        joined = " ".join(units).replace("@@ ", "")
        tokens = joined.split(" ") if self.token_mode == TRANSCODER_EXACT else joined.split()
        try:
            return self.detokenize(tokens, target), units, tokens, ()
        except (TranscoderError, ValueError, IndexError, KeyError) as error:
            warning = f"the model output could not be laid out as {target} ({error})"
            return " ".join(tokens), units, tokens, (warning,)

    def tokenize(self, code: str, language: str) -> list[str]:
        """Tokens of ``code`` in the checkpoint's token mode."""
        if self.token_mode == TRANSCODER_EXACT:
            tokens: list[str] = _tokens_module(language).tokenize_transcoder(code)
            return tokens
        return get_language(language).tokenize(code)

    def detokenize(self, tokens: Sequence[str], language: str) -> str:
        if self.token_mode == TRANSCODER_EXACT:
            text: str = _tokens_module(language).detokenize_transcoder(tokens)
            return text
        return get_language(language).detokenize(tokens)

    def output_limit(self, source_ids: Sequence[int]) -> int:
        """Most units generated for a source of these ids: translate.py's ``min(params max_len,
        3 x length + 10)`` positions less the leading and the closing ``</s>``."""
        positions = 3 * len(source_ids) + 10
        if self.params_max_len is not None:
            positions = min(positions, self.params_max_len)
        limit = max(positions - 2, 0)
        return limit if self.max_len is None else min(limit, self.max_len)

    def translate(
        self,
        code: str,
        source: str,
        target: str,
        n: int = 1,
        *,
        reference: str | None = None,
        signature: str | None = None,
    ) -> list[Candidate]:
        return self.translate_batch([code], source, target, n)[0]

    def translate_batch(
        self, codes: Sequence[str], source: str, target: str, n: int = 1
    ) -> list[list[Candidate]]:
        """Up to ``n`` candidates for each of ``codes``, best first; batched by length."""
        import torch

        from transcoder.engines.neural.checkpoint import resolve_language_id
        from transcoder.engines.neural.search import translate_ids

        lang2id = self.model.config.lang2id
        src_lang = resolve_language_id(lang2id, source)
        tgt_lang = resolve_language_id(lang2id, target)
        sources = [self.encode_source(code, source) for code in codes]
        beam_size = max(self.beam_size, n)
        results: list[list[Candidate]] = [[] for _ in codes]
        order = sorted(range(len(sources)), key=lambda i: len(sources[i]))  # less padding
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                hypotheses = translate_ids(
                    self.model,
                    [sources[i] for i in chunk],
                    src_lang,
                    tgt_lang,
                    beam_size=beam_size,
                    n_best=n if beam_size > 1 else 1,
                    length_penalty=self.length_penalty,
                    max_len=[self.output_limit(sources[i]) for i in chunk],
                    bound=self.bound,
                )
                for index, best in zip(chunk, hypotheses, strict=True):
                    for hypothesis in best:
                        text, units, tokens, warnings = self.decode_target(hypothesis.tokens, target)
                        if not hypothesis.finished:
                            warnings = (*warnings, "the translation hit the length limit before its end")
                        results[index].append(
                            Candidate(
                                code=text,
                                score=hypothesis.score,
                                warnings=warnings,
                                meta={"log_prob": hypothesis.log_prob, "units": units, "tokens": tokens},
                            )
                        )
        return results


__all__ = ["NeuralEngine"]
