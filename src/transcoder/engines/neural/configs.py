"""The shipped model sizes: ``paper`` (Roziere et al. 2020, appendix A) and ``tiny`` (CPU minutes).

``model_config(name, n_words=...)`` turns one into a ``ModelConfig`` for a given dictionary; the
vocabulary size comes from the dictionary, never from here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from transcoder.engines.neural.model import ModelConfig


@dataclass(frozen=True, slots=True)
class SizeConfig:
    """Architecture sizes independent of the vocabulary."""

    emb_dim: int  # width of encoder and decoder
    n_heads: int
    n_layers_encoder: int
    n_layers_decoder: int
    dropout: float
    attention_dropout: float
    max_positions: int
    vocabulary_hint: int  # the vocabulary size this size was meant for (documentation, benchmarks)


SIZES: dict[str, SizeConfig] = {
    # The paper: 6 encoder and 6 decoder layers, width 1024, 8 heads, ~64k BPE vocabulary.
    # Dropout and attention dropout 0.1, the values of XLM's published training commands.
    "paper": SizeConfig(
        emb_dim=1024,
        n_heads=8,
        n_layers_encoder=6,
        n_layers_decoder=6,
        dropout=0.1,
        attention_dropout=0.1,
        max_positions=1024,
        vocabulary_hint=64_014,
    ),
    # Small enough to train on one CPU core in minutes.
    "tiny": SizeConfig(
        emb_dim=64,
        n_heads=4,
        n_layers_encoder=2,
        n_layers_decoder=2,
        dropout=0.0,
        attention_dropout=0.0,
        max_positions=1024,  # the paper's, so benchmarks can force 512-token outputs
        vocabulary_hint=1_000,
    ),
}


def model_config(name: str, *, n_words: int, **overrides: Any) -> ModelConfig:
    """The ``ModelConfig`` of size ``name`` for a vocabulary of ``n_words``; ``overrides`` replace
    any ``ModelConfig`` field (``lang2id``, ``dropout``, ``max_positions``, ...)."""
    if name not in SIZES:
        raise ValueError(f"unknown model config '{name}' (known: {', '.join(sorted(SIZES))})")
    size = SIZES[name]
    n_langs = len(overrides["lang2id"]) if "lang2id" in overrides else 3
    config = ModelConfig(
        n_words=n_words,
        emb_dim_encoder=size.emb_dim,
        emb_dim_decoder=size.emb_dim,
        n_heads=size.n_heads,
        n_layers_encoder=size.n_layers_encoder,
        n_layers_decoder=size.n_layers_decoder,
        dropout=size.dropout,
        attention_dropout=size.attention_dropout,
        max_positions=size.max_positions,
        n_langs=n_langs,
    )
    return replace(config, **overrides) if overrides else config
