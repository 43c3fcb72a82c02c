"""Checkpoints in the layout of the released TransCoder models, loaded and saved.

A released ``.pth`` (facebookresearch/TransCoder, facebookresearch/CodeGen) is a ``torch.save``d
dict holding:

* ``encoder``, ``decoder``: XLM ``TransformerModel`` state dicts, keys possibly prefixed with
  ``module.`` (saved from DistributedDataParallel); ``decoder_0``, ``decoder_1``... (separate
  decoders) fail in the original ``translate.py`` and are refused here; an MLM-stage checkpoint
  holds only ``model`` (an encoder) and is refused with that reason;
* ``params``: the training arguments as a dict (``vars(argparse.Namespace)``): sizes
  (``emb_dim_encoder``, ``n_layers_encoder``, ...), switches (``gelu_activation``,
  ``share_inout_emb``, ``sinusoidal_embeddings``), special indices (``bos_index``, ...),
  ``lang2id`` / ``id2lang`` (the released models name languages ``cpp_sa``, ``java_sa``,
  ``python_sa``), ``max_len``;
* ``dico_id2word``, ``dico_word2id``, ``dico_counts``: the dictionary.

``save_checkpoint`` writes the same layout (plus ``layer_norm_eps``/``max_positions`` in
``params`` and, optionally, the BPE codes as text under ``bpe_codes``, which the original never
stored), atomically. Extra top-level keys (optimizer state of a resumable training checkpoint)
are ignored on load.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import torch

from transcoder.engines.neural.dictionary import BOS_WORD, EOS_WORD, PAD_WORD, Dictionary
from transcoder.engines.neural.model import ModelConfig, TranslationModel, resolve_language_id
from transcoder.errors import EngineError, InputError
from transcoder.languages.common import TOKEN_MODES, TRANSCODER_EXACT, WHOLE_LITERAL

__all__ = ["LoadedCheckpoint", "load_checkpoint", "resolve_language_id", "save_checkpoint"]


@dataclass(slots=True)
class LoadedCheckpoint:
    """A checkpoint ready to translate."""

    model: TranslationModel
    dictionary: Dictionary
    params: dict[str, Any]  # the stored training arguments
    bpe_codes: str | None  # BPE merges as fastBPE codes text, when the checkpoint carries them
    path: Path
    # The tokens the model was trained on: ``params["token_mode"]`` where our trainer wrote it,
    # else the original's (a released checkpoint, trained on the original tokenizer's output).
    token_mode: str = TRANSCODER_EXACT


def _strip_module_prefix(state: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {
        (key[len("module.") :] if key.startswith("module.") else key): value for key, value in state.items()
    }


def _params_dict(params: Any) -> dict[str, Any]:
    if isinstance(params, Mapping):
        return dict(params)
    if hasattr(params, "__dict__"):
        return dict(vars(params))
    raise EngineError(f"checkpoint 'params' is a {type(params).__name__}, expected a dict or namespace")


def config_from_params(params: Mapping[str, Any], encoder_state: Mapping[str, torch.Tensor]) -> ModelConfig:
    """The ``ModelConfig`` a released checkpoint was trained with (shapes read from its weights
    where ``params`` does not say)."""

    def get(name: str, default: Any = None) -> Any:
        value = params.get(name, default)
        return default if value is None else value

    if get("roberta_mode", False):
        raise EngineError("checkpoints trained with roberta_mode (offset positions) are not supported")
    if get("spans_emb_encoder", False):
        raise EngineError("checkpoints with span embeddings (spans_emb_encoder) are not supported")
    emb_dim = int(get("emb_dim", 0))
    lang2id = {str(k): int(v) for k, v in get("lang2id", {}).items()}
    n_langs = int(get("n_langs", len(lang2id)))
    if not lang2id:
        lang2id = {f"lang{i}": i for i in range(n_langs)}
    try:
        max_positions = int(encoder_state["position_embeddings.weight"].shape[0])
        n_words = int(get("n_words", encoder_state["embeddings.weight"].shape[0]))
    except KeyError as missing:
        raise EngineError(f"checkpoint encoder lacks {missing}: not a TransCoder/XLM model") from None
    # CodeGen (which stores these switches) normalises with 1e-5, TransCoder's XLM with 1e-12.
    codegen = "roberta_mode" in params or "spans_emb_encoder" in params
    return ModelConfig(
        n_words=n_words,
        emb_dim_encoder=int(get("emb_dim_encoder", 0)) or emb_dim,
        emb_dim_decoder=int(get("emb_dim_decoder", 0)) or emb_dim,
        n_heads=int(get("n_heads", 8)),
        n_layers_encoder=int(get("n_layers_encoder", 0)) or int(get("n_layers", 0)),
        n_layers_decoder=int(get("n_layers_decoder", 0)) or int(get("n_layers", 0)),
        dropout=float(get("dropout", 0.0)),
        attention_dropout=float(get("attention_dropout", 0.0)),
        max_positions=max_positions,
        n_langs=n_langs,
        gelu_activation=bool(get("gelu_activation", True)),
        sinusoidal_embeddings=bool(get("sinusoidal_embeddings", False)),
        share_inout_emb=bool(get("share_inout_emb", True)),
        use_lang_emb="lang_embeddings.weight" in encoder_state,
        layer_norm_eps=float(get("layer_norm_eps", 1e-5 if codegen else 1e-12)),
        encoder_with_output="pred_layer.proj.weight" in encoder_state,
        bos_index=int(get("bos_index", 0)),
        eos_index=int(get("eos_index", 1)),
        pad_index=int(get("pad_index", 2)),
        unk_index=int(get("unk_index", 3)),
        mask_index=int(get("mask_index", 5)),
        lang2id=lang2id,
    )


def params_from_config(config: ModelConfig, **extra: Any) -> dict[str, Any]:
    """``params`` in the released field names (what ``config_from_params`` reads back)."""
    id2lang = {index: name for name, index in config.lang2id.items()}
    return {
        "n_words": config.n_words,
        "emb_dim": config.emb_dim_encoder if config.emb_dim_encoder == config.emb_dim_decoder else 0,
        "emb_dim_encoder": config.emb_dim_encoder,
        "emb_dim_decoder": config.emb_dim_decoder,
        "n_layers": 0,
        "n_layers_encoder": config.n_layers_encoder,
        "n_layers_decoder": config.n_layers_decoder,
        "n_heads": config.n_heads,
        "dropout": config.dropout,
        "attention_dropout": config.attention_dropout,
        "gelu_activation": config.gelu_activation,
        "sinusoidal_embeddings": config.sinusoidal_embeddings,
        "share_inout_emb": config.share_inout_emb,
        "use_lang_emb": config.use_lang_emb,
        "n_langs": config.n_langs,
        "lang2id": dict(config.lang2id),
        "id2lang": id2lang,
        "langs": [id2lang[i] for i in sorted(id2lang)],
        "bos_index": config.bos_index,
        "eos_index": config.eos_index,
        "pad_index": config.pad_index,
        "unk_index": config.unk_index,
        "mask_index": config.mask_index,
        "max_len": config.max_positions,
        "max_positions": config.max_positions,
        "layer_norm_eps": config.layer_norm_eps,
        "encoder_only": False,
        "separate_decoders": False,
        **extra,
    }


def _numpy_scalar_globals() -> list[Any]:
    """What a pickled numpy scalar needs: the ``scalar`` reconstructor (``numpy.core`` in files
    written under numpy 1, as the original trainer's were; ``numpy._core`` under numpy 2), ``dtype``
    and the dtype classes of the plain numeric types. XLM's trainer stores its metrics
    (``best_metrics``, ``best_stopping_criterion``) as numpy floats in every checkpoint."""
    multiarray = importlib.import_module(
        "numpy._core.multiarray" if hasattr(numpy, "_core") else "numpy.core.multiarray"
    )
    scalar = multiarray.scalar
    names: tuple[str, ...] = (
        "Bool",
        "Int8",
        "Int16",
        "Int32",
        "Int64",
        "UInt8",
        "UInt16",
        "UInt32",
        "UInt64",
    )
    names += ("Float16", "Float32", "Float64")
    dtype_classes = [getattr(numpy.dtypes, f"{name}DType") for name in names]
    return [
        scalar,
        (scalar, "numpy.core.multiarray.scalar"),
        (scalar, "numpy._core.multiarray.scalar"),
        numpy.dtype,
        *dtype_classes,
    ]


# Classes the released checkpoints may pickle besides tensors and builtins: XLM-style trainers
# stored their argparse arguments and numpy metrics. Rebuilding these runs no code of the file's
# choosing (a scalar is rebuilt from its dtype and raw bytes).
SAFE_GLOBALS = [argparse.Namespace, *_numpy_scalar_globals()]


def _reason(error: BaseException) -> str:
    """One short line out of torch.load's multi-paragraph messages."""
    text = str(error)
    refused = re.search(r"Unsupported global: GLOBAL (\S+)", text)
    if refused:
        return f"it pickles {refused.group(1)}"
    detail = re.search(r"WeightsUnpickler error:\s*([^\n]+)", text)
    if detail:
        return detail.group(1).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _read(path: Path, trusted: bool) -> dict[str, Any]:
    try:
        # weights_only refuses arbitrary pickled objects: a checkpoint is data, not code.
        with torch.serialization.safe_globals(SAFE_GLOBALS):
            data = torch.load(path, map_location="cpu", weights_only=not trusted)
    except pickle.UnpicklingError as error:
        reason = _reason(error)
        if reason.startswith("it pickles"):
            raise EngineError(
                f"{path}: refusing to load: {reason}, which needs code to rebuild; "
                "if you trust the file, load it with trusted=True"
            ) from None
        raise EngineError(f"{path}: not a PyTorch checkpoint ({reason})") from None
    except Exception as error:  # torch.load on arbitrary bytes can raise almost anything
        raise EngineError(f"{path}: not a PyTorch checkpoint ({_reason(error)})") from None
    if not isinstance(data, dict):
        raise EngineError(f"{path}: expected a dict checkpoint, found {type(data).__name__}")
    return data


def _default_token_mode(params: Mapping[str, Any]) -> str:
    """The token mode of a checkpoint that does not record one: ours from before it was recorded
    (our ``save_checkpoint`` always wrote ``layer_norm_eps`` and ``max_positions``, which the
    original trainer never did) were trained on whole-literal tokens; anything else is taken to
    be the original's."""
    return WHOLE_LITERAL if "layer_norm_eps" in params and "max_positions" in params else TRANSCODER_EXACT


def load_checkpoint(path: str | os.PathLike[str], *, trusted: bool = False) -> LoadedCheckpoint:
    """Load a released-layout checkpoint into a ``TranslationModel`` (strict key matching), in
    eval mode on the CPU. Raises ``EngineError`` with a one-line reason for anything else."""
    file = Path(path)
    if not file.is_file():
        raise EngineError(f"no such checkpoint: {file}")
    data = _read(file, trusted)
    if "encoder" not in data and "model" in data:
        raise EngineError(
            f"{file}: an encoder-only checkpoint (the MLM stage's 'model'): it has no decoder to translate with"
        )
    if "decoder" not in data and "decoder_0" in data:
        # XLM's per-language decoders; the original translate.py fails on this layout too
        # (it reads reloaded['decoder']), so no released model has it.
        raise EngineError(f"{file}: separate decoders per language (decoder_0, ...) are not supported")
    missing = [
        key for key in ("encoder", "decoder", "params", "dico_id2word", "dico_word2id") if key not in data
    ]
    if missing:
        raise EngineError(f"{file}: not a TransCoder checkpoint (missing {', '.join(missing)})")
    params = _params_dict(data["params"])
    encoder_state = _strip_module_prefix(data["encoder"])
    decoder_state = _strip_module_prefix(data["decoder"])
    config = config_from_params(params, encoder_state)

    id2word = {int(k): str(v) for k, v in data["dico_id2word"].items()}
    word2id = {str(k): int(v) for k, v in data["dico_word2id"].items()}
    counts = {str(k): int(v) for k, v in data.get("dico_counts", {}).items()}
    try:
        dictionary = Dictionary(id2word, word2id, counts)
    except (InputError, KeyError) as error:
        raise EngineError(f"{file}: bad dictionary ({error})") from None
    if len(dictionary) != config.n_words:
        raise EngineError(f"{file}: dictionary has {len(dictionary)} words but n_words={config.n_words}")
    for word, index in (
        (BOS_WORD, config.bos_index),
        (EOS_WORD, config.eos_index),
        (PAD_WORD, config.pad_index),
    ):
        if id2word.get(index) != word:
            raise EngineError(f"{file}: dictionary id {index} is {id2word.get(index)!r}, expected {word!r}")

    # Built without memory and random initialisation (a paper-size model takes seconds to
    # initialise), then the checkpoint's tensors are adopted as the parameters.
    with torch.device("meta"):
        model = TranslationModel(config)
    for name, module, state in (
        ("encoder", model.encoder, encoder_state),
        ("decoder", model.decoder, decoder_state),
    ):
        try:
            result = module.load_state_dict(state, strict=False, assign=True)
        except RuntimeError as error:  # a shape that does not fit the stored params
            first_line = str(error).strip().splitlines()[-1].strip()
            raise EngineError(f"{file}: {name} weights do not match the model ({first_line})") from None
        if result.missing_keys or result.unexpected_keys:
            details = []
            if result.missing_keys:
                details.append(f"missing {', '.join(result.missing_keys[:3])}")
            if result.unexpected_keys:
                details.append(f"unexpected {', '.join(result.unexpected_keys[:3])}")
            raise EngineError(f"{file}: {name} weights do not match the model ({'; '.join(details)})")
        # Checkpoints saved in half precision run in float32 on the CPU.
        module.float()
        if config.share_inout_emb and module.with_output:
            module.pred_layer.proj.weight = module.embeddings.weight
        if config.sinusoidal_embeddings:
            module.position_embeddings.weight.requires_grad_(False)
    model.eval()
    codes = data.get("bpe_codes")
    token_mode = str(params.get("token_mode") or _default_token_mode(params))
    if token_mode not in TOKEN_MODES:
        raise EngineError(f"{file}: unknown token_mode {token_mode!r} (known: {', '.join(TOKEN_MODES)})")
    return LoadedCheckpoint(
        model, dictionary, params, codes if isinstance(codes, str) else None, file, token_mode
    )


def save_checkpoint(
    path: str | os.PathLike[str],
    model: TranslationModel,
    id2word: Mapping[int, str],
    *,
    counts: Mapping[str, int] | None = None,
    bpe_codes: str | None = None,
    params: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
    token_mode: str = WHOLE_LITERAL,
) -> None:
    """Write ``model`` in the released layout (loadable by the original ``translate.py`` too).

    ``params`` adds or overrides stored training arguments; ``extra`` adds top-level keys (a
    trainer's optimizer state); ``token_mode`` records which tokenizer made the training data
    (``params["token_mode"]``; our data builder writes whole-literal tokens). Written to a
    temporary file and renamed, so a crash never leaves half a checkpoint.
    """
    target = Path(path)
    data: dict[str, Any] = {
        "encoder": model.encoder.state_dict(),
        "decoder": model.decoder.state_dict(),
        "params": params_from_config(model.config, **{"token_mode": token_mode, **dict(params or {})}),
        "dico_id2word": {int(k): v for k, v in id2word.items()},
        "dico_word2id": {v: int(k) for k, v in id2word.items()},
        "dico_counts": dict(counts) if counts is not None else {v: 0 for v in id2word.values()},
        **dict(extra or {}),
    }
    if bpe_codes is not None:
        data["bpe_codes"] = bpe_codes
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        torch.save(data, temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
