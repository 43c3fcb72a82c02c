"""TransCoder's sequence-to-sequence Transformer (Roziere et al. 2020, section 3 and appendix A).

An XLM-style encoder and decoder (Lample & Conneau 2019) sharing one vocabulary, with learned
position embeddings, language embeddings, post-norm layers and GELU. Parameter names are those of
the released TransCoder checkpoints (``position_embeddings``, ``lang_embeddings``, ``embeddings``,
``layer_norm_emb``, ``attentions.{i}.q_lin``, ``layer_norm1``, ``ffns.{i}.lin1``, ``layer_norm2``,
decoder ``encoder_attn`` / ``layer_norm15``, ``pred_layer.proj``), so their state dicts load with
strict key matching (see ``checkpoint.py``).

Layout: **batch first** everywhere in this package. Token tensors are ``(batch, length)`` longs,
hidden states ``(batch, length, dim)``. (XLM's own code is ``(length, batch)``; weights do not
depend on the layout, so the released checkpoints load unchanged.)

Sequences follow XLM: every sentence is ``</s> w1 ... wn </s>`` (``eos_index`` on both ends, no
``<s>``), right-padded with ``pad_index``; ``lengths`` counts both ``</s>``. The decoder reads the
target shifted right (``</s> w1 ... wn``) and predicts ``w1 ... wn </s>``.

Training calls (the trainer owns the objectives; these are the building blocks):

* MLM (encoder only)::

      hidden = model.encoder(tokens, lengths, langs)               # (B, T, D)
      loss = model.encoder.prediction_loss(hidden, pred_mask, targets)

* Seq2seq (denoising auto-encoding, back-translation, supervised)::

      loss = model.seq2seq_loss(src, src_len, src_lang, tgt, tgt_len, tgt_lang)

  or by hand: ``memory = model.encoder(src, src_len, src_lang)`` then
  ``hidden = model.decoder(tgt, tgt_len, tgt_lang, causal=True, memory=memory, memory_lengths=src_len)``
  and ``model.decoder.prediction_loss(hidden[:, :-1], mask[:, 1:], tgt[:, 1:][mask[:, 1:]])``.

Inference goes through ``search.py`` (greedy and beam with a key/value cache, ``DecoderCache``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, cast

import torch
import torch.nn.functional as F
from torch import nn

from transcoder.errors import EngineError

Tensor = torch.Tensor


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """Sizes and switches of one encoder-decoder; ``configs.py`` holds the shipped ones."""

    n_words: int  # shared vocabulary size (dictionary length, special words included)
    emb_dim_encoder: int = 1024  # model width of the encoder (the paper: 1024)
    emb_dim_decoder: int = 1024  # model width of the decoder; the released models use the same
    n_heads: int = 8
    n_layers_encoder: int = 6
    n_layers_decoder: int = 6
    dropout: float = 0.1  # on embeddings, attention outputs and feed-forward outputs
    attention_dropout: float = 0.1  # on attention weights
    max_positions: int = 1024  # rows of position_embeddings (TransCoder: 1024, CodeGen: 2048)
    n_langs: int = 3  # rows of lang_embeddings
    gelu_activation: bool = True  # GELU in the feed-forward layers (the paper), else ReLU
    sinusoidal_embeddings: bool = False  # fixed sinusoidal positions instead of learned ones
    share_inout_emb: bool = True  # tie pred_layer.proj.weight to embeddings.weight
    use_lang_emb: bool = True
    layer_norm_eps: float = 1e-12  # TransCoder/XLM: 1e-12; CodeGen: 1e-5
    encoder_with_output: bool = True  # the encoder carries a pred_layer (needed for MLM)
    bos_index: int = 0
    eos_index: int = 1
    pad_index: int = 2
    unk_index: int = 3
    mask_index: int = 5  # XLM's <special1>, used by MLM
    lang2id: dict[str, int] = field(default_factory=lambda: {"cpp": 0, "java": 1, "python": 2})

    def __post_init__(self) -> None:
        for dim in (self.emb_dim_encoder, self.emb_dim_decoder):
            if dim % self.n_heads:
                raise ValueError(f"model width {dim} is not a multiple of n_heads={self.n_heads}")
        if len(self.lang2id) != self.n_langs:
            raise ValueError(f"lang2id has {len(self.lang2id)} languages but n_langs={self.n_langs}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _embedding(count: int, dim: int, padding_idx: int | None = None) -> nn.Embedding:
    # XLM's initialisation: N(0, dim^-0.5), padding row zero.
    embedding = nn.Embedding(count, dim, padding_idx=padding_idx)
    nn.init.normal_(embedding.weight, mean=0.0, std=dim**-0.5)
    if padding_idx is not None:
        nn.init.zeros_(embedding.weight[padding_idx])
    return embedding


def sinusoidal_table(n_positions: int, dim: int) -> Tensor:
    """Vaswani et al.'s fixed position encodings, ``(n_positions, dim)``: sin on even, cos on odd."""
    positions = torch.arange(n_positions, dtype=torch.float64)[:, None]
    rates = torch.pow(10000.0, 2 * (torch.arange(dim) // 2) / dim).to(torch.float64)
    angles = positions / rates
    table = torch.empty(n_positions, dim, dtype=torch.float64)
    table[:, 0::2] = torch.sin(angles[:, 0::2])
    table[:, 1::2] = torch.cos(angles[:, 1::2])
    return table.float()


class MultiHeadAttention(nn.Module):
    """Self-attention or attention over the source (``kv_dim`` = encoder width), via SDPA."""

    def __init__(self, n_heads: int, dim: int, kv_dim: int | None = None, dropout: float = 0.0) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = dim // n_heads
        self.dropout = dropout
        kv_dim = dim if kv_dim is None else kv_dim
        self.q_lin = nn.Linear(dim, dim)
        self.k_lin = nn.Linear(kv_dim, dim)
        self.v_lin = nn.Linear(kv_dim, dim)
        self.out_lin = nn.Linear(dim, dim)

    def split_heads(self, x: Tensor) -> Tensor:
        """``(B, T, D)`` -> ``(B, H, T, D/H)``."""
        batch, length, _ = x.shape
        return x.view(batch, length, self.n_heads, self.head_dim).transpose(1, 2)

    def project_kv(self, source: Tensor) -> tuple[Tensor, Tensor]:
        """Keys and values of ``source`` ``(B, S, kv_dim)``, each ``(B, H, S, D/H)``."""
        return self.split_heads(self.k_lin(source)), self.split_heads(self.v_lin(source))

    def attend(
        self, query: Tensor, keys: Tensor, values: Tensor, mask: Tensor | None, causal: bool
    ) -> Tensor:
        """``query`` ``(B, T, D)`` over ``keys``/``values`` ``(B, H, S, D/H)``; ``mask`` is a boolean
        ``(B, 1, T or 1, S)`` (True = may attend) or None. Returns ``(B, T, D)`` after ``out_lin``."""
        q = self.split_heads(self.q_lin(query))
        context = F.scaled_dot_product_attention(
            q,
            keys,
            values,
            attn_mask=mask,
            dropout_p=self.dropout if self.training else 0.0,
            is_causal=causal and mask is None,
        )
        batch, _, length, _ = context.shape
        out: Tensor = self.out_lin(
            context.transpose(1, 2).reshape(batch, length, self.n_heads * self.head_dim)
        )
        return out

    def forward(
        self, query: Tensor, source: Tensor, mask: Tensor | None = None, causal: bool = False
    ) -> Tensor:
        """Attention without a cache: ``query`` ``(B, T, D)``, ``source`` ``(B, S, kv_dim)``."""
        keys, values = self.project_kv(source)
        return self.attend(query, keys, values, mask, causal)


class TransformerFFN(nn.Module):
    """Position-wise feed-forward block, hidden width 4 x dim as in XLM."""

    def __init__(self, dim: int, hidden_dim: int, dropout: float, gelu: bool) -> None:
        super().__init__()
        self.lin1 = nn.Linear(dim, hidden_dim)
        self.lin2 = nn.Linear(hidden_dim, dim)
        self.dropout = dropout
        self.activation = F.gelu if gelu else F.relu  # exact (erf) GELU, as XLM's

    def forward(self, x: Tensor) -> Tensor:
        return F.dropout(self.lin2(self.activation(self.lin1(x))), self.dropout, self.training)


class PredLayer(nn.Module):
    """Output projection to the vocabulary (``proj``; its weight is tied to the input embeddings)."""

    def __init__(self, dim: int, n_words: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, n_words, bias=True)

    def forward(self, hidden: Tensor) -> Tensor:
        """Logits ``(..., n_words)`` for hidden states ``(..., dim)``."""
        logits: Tensor = self.proj(hidden)
        return logits


class DecoderCache:
    """Key/value cache of one incremental decode, batch first.

    ``self_kv[i]``: keys/values of decoder layer ``i``'s self-attention for the ``length`` tokens
    seen so far, stored in buffers ``(B, H, capacity, D/H)`` that grow by doubling. ``cross_kv[i]``:
    the projected source for layer ``i``'s ``encoder_attn``, ``(B, H, S, D/H)``, computed once.
    """

    def __init__(self) -> None:
        self.length = 0
        self.self_kv: list[tuple[Tensor, Tensor]] = []
        self.cross_kv: list[tuple[Tensor, Tensor]] = []
        self.memory_mask: Tensor | None = None  # (B, 1, 1, S) bool

    def append(self, layer: int, keys: Tensor, values: Tensor) -> tuple[Tensor, Tensor]:
        """Store the new ``(B, H, T, D/H)`` keys/values of ``layer``; return all ``length + T`` so far."""
        new = keys.shape[2]
        end = self.length + new
        if layer == len(self.self_kv):
            capacity = max(16, end)
            buffers = tuple(keys.new_empty(*keys.shape[:2], capacity, keys.shape[3]) for _ in range(2))
            self.self_kv.append(buffers)  # type: ignore[arg-type]
        key_buffer, value_buffer = self.self_kv[layer]
        if end > key_buffer.shape[2]:
            capacity = max(end, 2 * key_buffer.shape[2])
            key_buffer = torch.cat(
                [
                    key_buffer,
                    key_buffer.new_empty(
                        *key_buffer.shape[:2], capacity - key_buffer.shape[2], key_buffer.shape[3]
                    ),
                ],
                2,
            )
            value_buffer = torch.cat(
                [
                    value_buffer,
                    value_buffer.new_empty(
                        *value_buffer.shape[:2], capacity - value_buffer.shape[2], value_buffer.shape[3]
                    ),
                ],
                2,
            )
            self.self_kv[layer] = (key_buffer, value_buffer)
        key_buffer[:, :, self.length : end] = keys
        value_buffer[:, :, self.length : end] = values
        return key_buffer[:, :, :end], value_buffer[:, :, :end]

    def select(self, index: Tensor) -> None:
        """Keep batch rows ``index`` (a 1-D long tensor), in that order: beam reordering, or
        dropping finished sentences. Rows may repeat."""
        self.self_kv = [(k.index_select(0, index), v.index_select(0, index)) for k, v in self.self_kv]
        self.cross_kv = [(k.index_select(0, index), v.index_select(0, index)) for k, v in self.cross_kv]
        if self.memory_mask is not None:
            self.memory_mask = self.memory_mask.index_select(0, index)


def lengths_to_mask(lengths: Tensor, max_length: int) -> Tensor:
    """``(B,)`` lengths -> ``(B, max_length)`` bool, True on real tokens."""
    return torch.arange(max_length, device=lengths.device)[None, :] < lengths[:, None]


class TransformerModel(nn.Module):
    """XLM's ``TransformerModel``: an encoder (``is_encoder=True``) or a decoder, post-norm."""

    def __init__(self, config: ModelConfig, is_encoder: bool, with_output: bool = True) -> None:
        super().__init__()
        self.config = config
        self.is_encoder = is_encoder
        self.is_decoder = not is_encoder
        self.with_output = with_output
        self.dim = config.emb_dim_encoder if is_encoder else config.emb_dim_decoder
        self.n_layers = config.n_layers_encoder if is_encoder else config.n_layers_decoder
        self.dropout = config.dropout
        self.pad_index = config.pad_index
        eps = config.layer_norm_eps

        self.position_embeddings = _embedding(config.max_positions, self.dim)
        if config.sinusoidal_embeddings:
            with torch.no_grad():
                self.position_embeddings.weight.copy_(sinusoidal_table(config.max_positions, self.dim))
            self.position_embeddings.weight.requires_grad_(False)
        # TransCoder's XLM builds lang_embeddings only for several languages, CodeGen for any:
        # the checkpoint loader sets use_lang_emb from the stored keys.
        self.use_lang_emb = config.use_lang_emb and config.n_langs > 0
        if self.use_lang_emb:
            self.lang_embeddings = _embedding(config.n_langs, self.dim)
        self.embeddings = _embedding(config.n_words, self.dim, padding_idx=config.pad_index)
        self.layer_norm_emb = nn.LayerNorm(self.dim, eps=eps)

        self.attentions = nn.ModuleList()
        self.layer_norm1 = nn.ModuleList()
        self.ffns = nn.ModuleList()
        self.layer_norm2 = nn.ModuleList()
        if self.is_decoder:
            self.layer_norm15 = nn.ModuleList()
            self.encoder_attn = nn.ModuleList()
        for _ in range(self.n_layers):
            self.attentions.append(
                MultiHeadAttention(config.n_heads, self.dim, dropout=config.attention_dropout)
            )
            self.layer_norm1.append(nn.LayerNorm(self.dim, eps=eps))
            if self.is_decoder:
                self.layer_norm15.append(nn.LayerNorm(self.dim, eps=eps))
                self.encoder_attn.append(
                    MultiHeadAttention(
                        config.n_heads,
                        self.dim,
                        kv_dim=config.emb_dim_encoder,
                        dropout=config.attention_dropout,
                    )
                )
            self.ffns.append(TransformerFFN(self.dim, 4 * self.dim, config.dropout, config.gelu_activation))
            self.layer_norm2.append(nn.LayerNorm(self.dim, eps=eps))

        if with_output:
            self.pred_layer = PredLayer(self.dim, config.n_words)
            if config.share_inout_emb:
                self.pred_layer.proj.weight = self.embeddings.weight

    # -- embeddings ----------------------------------------------------------------------------
    def embed(self, tokens: Tensor, positions: Tensor, langs: Tensor | int | None) -> Tensor:
        """Word + position (+ language) embeddings, layer-normed and dropped out: ``(B, T, D)``.

        ``tokens`` ``(B, T)``; ``positions`` ``(B, T)`` or ``(T,)``; ``langs`` ``(B, T)``, one id for
        all, or None.
        """
        hidden = self.embeddings(tokens) + self.position_embeddings(positions).expand(*tokens.shape, self.dim)
        if langs is not None and self.use_lang_emb:
            if isinstance(langs, int):
                hidden = hidden + self.lang_embeddings.weight[langs]
            else:
                hidden = hidden + self.lang_embeddings(langs)
        hidden = self.layer_norm_emb(hidden)
        return F.dropout(hidden, self.dropout, self.training)

    # -- full forward (training, encoding, uncached decoding) ------------------------------------
    def forward(
        self,
        tokens: Tensor,
        lengths: Tensor,
        langs: Tensor | int | None,
        *,
        causal: bool = False,
        memory: Tensor | None = None,
        memory_lengths: Tensor | None = None,
        positions: Tensor | None = None,
    ) -> Tensor:
        """Hidden states ``(B, T, D)`` for ``tokens`` ``(B, T)`` with ``lengths`` ``(B,)``.

        ``langs``: language ids ``(B, T)`` or one int for the whole batch. ``causal``: each position
        sees only earlier ones (the decoder). ``memory`` ``(B, S, D_enc)`` with ``memory_lengths``
        ``(B,)``: the encoder output the decoder attends to. ``positions`` default to 0..T-1.
        Padded positions come out as zeros (XLM multiplies by the mask after each layer).
        """
        length = tokens.shape[1]
        if length > self.config.max_positions:
            raise ValueError(f"sequence of {length} tokens exceeds max_positions={self.config.max_positions}")
        token_mask = lengths_to_mask(lengths, length)  # (B, T)
        if positions is None:
            positions = torch.arange(length, device=tokens.device)
        hidden = self.embed(tokens, positions, langs) * token_mask.unsqueeze(-1).to(
            self.embeddings.weight.dtype
        )
        # Decoder: a causal mask suffices (right padding: real queries never see padded keys).
        self_mask = None if causal else token_mask[:, None, None, :]
        memory_mask = None
        if memory is not None:
            if memory_lengths is None:
                raise ValueError("memory_lengths is required with memory")
            memory_mask = lengths_to_mask(memory_lengths, memory.shape[1])[:, None, None, :]
        for i in range(self.n_layers):
            hidden = self._layer(i, hidden, self_mask, causal, memory, memory_mask, None)
            hidden = hidden * token_mask.unsqueeze(-1).to(hidden.dtype)
        return hidden

    def _layer(
        self,
        i: int,
        hidden: Tensor,
        self_mask: Tensor | None,
        causal: bool,
        memory: Tensor | None,
        memory_mask: Tensor | None,
        cache: DecoderCache | None,
    ) -> Tensor:
        """One post-norm layer: self-attention, (source attention), feed-forward; each + residual, norm."""
        # the ModuleLists hold MultiHeadAttention layers (built in __init__); torch types items as Module
        attention = cast(MultiHeadAttention, self.attentions[i])
        if cache is None:
            attended = attention(hidden, hidden, self_mask, causal)
        else:
            keys, values = cache.append(i, *attention.project_kv(hidden))
            # With the cache the queries are the newest positions; they may see every cached key
            # (a causal mask is needed only when several new positions come at once).
            new = hidden.shape[1]
            mask = None
            if new > 1:
                total = keys.shape[2]
                mask = torch.ones(new, total, dtype=torch.bool, device=hidden.device).tril(total - new)
            attended = attention.attend(hidden, keys, values, mask, causal=False)
        hidden = self.layer_norm1[i](hidden + F.dropout(attended, self.dropout, self.training))
        if self.is_decoder and (memory is not None or cache is not None):
            source_attention = cast(MultiHeadAttention, self.encoder_attn[i])
            if cache is not None:
                keys, values = cache.cross_kv[i]
                attended = source_attention.attend(hidden, keys, values, cache.memory_mask, causal=False)
            else:
                assert memory is not None
                attended = source_attention(hidden, memory, memory_mask)
            hidden = self.layer_norm15[i](hidden + F.dropout(attended, self.dropout, self.training))
        out: Tensor = self.layer_norm2[i](hidden + self.ffns[i](hidden))
        return out

    # -- incremental decoding ------------------------------------------------------------------
    def start_cache(self, memory: Tensor, memory_lengths: Tensor) -> DecoderCache:
        """A fresh cache for decoding against ``memory`` ``(B, S, D_enc)``: projects the source
        keys/values of every ``encoder_attn`` once."""
        if not self.is_decoder:
            raise ValueError("only a decoder decodes incrementally")
        cache = DecoderCache()
        cache.cross_kv = [
            cast(MultiHeadAttention, attention).project_kv(memory) for attention in self.encoder_attn
        ]
        cache.memory_mask = lengths_to_mask(memory_lengths, memory.shape[1])[:, None, None, :]
        return cache

    def step(self, tokens: Tensor, langs: Tensor | int | None, cache: DecoderCache) -> Tensor:
        """Hidden states ``(B, T, D)`` of ``T`` new tokens ``(B, T)`` (usually T=1) at positions
        ``cache.length ..``; updates ``cache``. Call ``pred_layer`` on the result for logits."""
        new = tokens.shape[1]
        if cache.length + new > self.config.max_positions:
            raise ValueError(f"decoding past max_positions={self.config.max_positions}")
        positions = torch.arange(cache.length, cache.length + new, device=tokens.device)
        hidden = self.embed(tokens, positions, langs)
        for i in range(self.n_layers):
            hidden = self._layer(i, hidden, None, True, None, None, cache)
        cache.length += new
        return hidden

    # -- prediction ----------------------------------------------------------------------------
    def logits(self, hidden: Tensor) -> Tensor:
        """Vocabulary logits ``(..., n_words)`` for hidden states ``(..., D)``."""
        logits: Tensor = self.pred_layer(hidden)
        return logits

    def prediction_loss(self, hidden: Tensor, pred_mask: Tensor, targets: Tensor) -> tuple[Tensor, Tensor]:
        """Mean cross-entropy of predicting ``targets`` ``(N,)`` at the ``N`` True positions of
        ``pred_mask`` ``(B, T)`` from ``hidden`` ``(B, T, D)``; returns ``(logits (N, V), loss)``.
        XLM's ``predict``: MLM passes the masked positions, seq2seq the real target positions."""
        logits = self.pred_layer(hidden[pred_mask])
        return logits, F.cross_entropy(logits.float(), targets, reduction="mean")


def resolve_language_id(lang2id: Mapping[str, int], language: str) -> int:
    """Id of ``language`` (``cpp``, ``java``, ``python``) in a checkpoint's ``lang2id``.

    Accepts our names as stored, the released models' ``<name>_sa``, and any single
    ``<name>_<suffix>`` (CodeGen's ``_sa``/``_cl``/``_ir`` variants).
    """
    for name in (language, f"{language}_sa"):
        if name in lang2id:
            return int(lang2id[name])
    matches = [name for name in lang2id if name.startswith(f"{language}_")]
    if len(matches) == 1:
        return int(lang2id[matches[0]])
    known = ", ".join(sorted(lang2id))
    raise EngineError(f"the checkpoint has no language '{language}' (it knows: {known})")


class TranslationModel(nn.Module):
    """The pair TransCoder trains and translates with: ``encoder`` and ``decoder`` sharing a vocabulary."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.encoder = TransformerModel(config, is_encoder=True, with_output=config.encoder_with_output)
        self.decoder = TransformerModel(config, is_encoder=False, with_output=True)

    def lang_id(self, language: str) -> int:
        """Id of ``language`` in ``config.lang2id``; accepts the released names (``cpp_sa``)."""
        return resolve_language_id(self.config.lang2id, language)

    def encode(self, tokens: Tensor, lengths: Tensor, lang: Tensor | int) -> Tensor:
        """Encoder output ``(B, S, D_enc)`` for source ``tokens`` ``(B, S)``."""
        encoded: Tensor = self.encoder(tokens, lengths, lang, causal=False)
        return encoded

    def seq2seq_loss(
        self,
        src: Tensor,
        src_lengths: Tensor,
        src_lang: Tensor | int,
        tgt: Tensor,
        tgt_lengths: Tensor,
        tgt_lang: Tensor | int,
    ) -> Tensor:
        """Mean token cross-entropy of the decoder predicting ``tgt`` from ``src`` (teacher forcing).

        ``src`` ``(B, S)`` and ``tgt`` ``(B, T)`` are ``</s> ... </s>`` sentences, right-padded;
        the loss covers ``tgt[:, 1:]`` up to each length (the final ``</s>`` included).
        """
        memory = self.encode(src, src_lengths, src_lang)
        hidden = self.decoder(
            tgt, tgt_lengths, tgt_lang, causal=True, memory=memory, memory_lengths=src_lengths
        )
        target_mask = lengths_to_mask(tgt_lengths - 1, tgt.shape[1] - 1)  # positions predicting tgt[:, 1:]
        _, loss = self.decoder.prediction_loss(hidden[:, :-1], target_mask, tgt[:, 1:][target_mask])
        return loss

    @torch.no_grad()
    def num_parameters(self) -> int:
        """Distinct parameters (tied embeddings counted once)."""
        return sum(p.numel() for p in {id(p): p for p in self.parameters()}.values())
