"""The Transformer: released parameter names, tied embeddings, padding and causality, and
attention computed through SDPA equal to XLM's explicit formula."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

from transcoder.engines.neural.configs import SIZES, model_config  # noqa: E402
from transcoder.engines.neural.model import (  # noqa: E402
    ModelConfig,
    MultiHeadAttention,
    TransformerModel,
    TranslationModel,
    lengths_to_mask,
    sinusoidal_table,
)


@pytest.fixture(autouse=True, scope="module")
def one_thread() -> Iterator[None]:
    # Tiny models gain nothing from intra-op threads, and on a busy shared machine OpenMP's
    # waiting threads slow them down several times over.
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


ENCODER_LAYER_KEYS = [
    "attentions.{i}.q_lin.weight",
    "attentions.{i}.q_lin.bias",
    "attentions.{i}.k_lin.weight",
    "attentions.{i}.k_lin.bias",
    "attentions.{i}.v_lin.weight",
    "attentions.{i}.v_lin.bias",
    "attentions.{i}.out_lin.weight",
    "attentions.{i}.out_lin.bias",
    "layer_norm1.{i}.weight",
    "layer_norm1.{i}.bias",
    "ffns.{i}.lin1.weight",
    "ffns.{i}.lin1.bias",
    "ffns.{i}.lin2.weight",
    "ffns.{i}.lin2.bias",
    "layer_norm2.{i}.weight",
    "layer_norm2.{i}.bias",
]
DECODER_ONLY_KEYS = [
    "layer_norm15.{i}.weight",
    "layer_norm15.{i}.bias",
    "encoder_attn.{i}.q_lin.weight",
    "encoder_attn.{i}.q_lin.bias",
    "encoder_attn.{i}.k_lin.weight",
    "encoder_attn.{i}.k_lin.bias",
    "encoder_attn.{i}.v_lin.weight",
    "encoder_attn.{i}.v_lin.bias",
    "encoder_attn.{i}.out_lin.weight",
    "encoder_attn.{i}.out_lin.bias",
]
EMBEDDING_KEYS = [
    "position_embeddings.weight",
    "lang_embeddings.weight",
    "embeddings.weight",
    "layer_norm_emb.weight",
    "layer_norm_emb.bias",
    "pred_layer.proj.weight",
    "pred_layer.proj.bias",
]


def tiny(n_words: int = 50, **overrides: object) -> TranslationModel:
    torch.manual_seed(0)
    return TranslationModel(model_config("tiny", n_words=n_words, **overrides)).eval()


def test_parameter_names_are_the_released_ones() -> None:
    model = tiny()
    layers = range(model.config.n_layers_encoder)
    encoder = set(EMBEDDING_KEYS) | {key.format(i=i) for i in layers for key in ENCODER_LAYER_KEYS}
    decoder = encoder | {key.format(i=i) for i in layers for key in DECODER_ONLY_KEYS}
    assert set(model.encoder.state_dict()) == encoder
    assert set(model.decoder.state_dict()) == decoder


def test_input_and_output_embeddings_are_tied_and_shapes_follow_the_config() -> None:
    model = tiny(n_words=77)
    for part in (model.encoder, model.decoder):
        assert part.pred_layer.proj.weight is part.embeddings.weight
        assert part.embeddings.weight.shape == (77, 64)
        assert part.position_embeddings.weight.shape == (model.config.max_positions, 64)
        assert part.lang_embeddings.weight.shape == (3, 64)
        assert part.ffns[0].lin1.weight.shape == (256, 64)  # hidden width 4 x dim
    # The padding row starts at zero, as XLM initialises it.
    assert torch.count_nonzero(model.encoder.embeddings.weight[model.config.pad_index]) == 0


def test_paper_config_matches_the_paper() -> None:
    paper = SIZES["paper"]
    assert (paper.n_layers_encoder, paper.n_layers_decoder, paper.emb_dim, paper.n_heads) == (6, 6, 1024, 8)
    config = model_config("paper", n_words=64_014)
    assert config.gelu_activation and config.share_inout_emb and not config.sinusoidal_embeddings
    with pytest.raises(ValueError, match="unknown model config"):
        model_config("huge", n_words=10)
    with pytest.raises(ValueError, match="multiple of n_heads"):
        ModelConfig(n_words=10, emb_dim_encoder=30, emb_dim_decoder=30, n_heads=8)


def test_paper_model_has_the_papers_shapes() -> None:
    with torch.device("meta"):  # shapes only: no memory, no initialisation
        model = TranslationModel(model_config("paper", n_words=64_014))
    assert model.num_parameters() == 309_693_468
    assert len(model.encoder.attentions) == len(model.decoder.encoder_attn) == 6
    assert model.decoder.ffns[5].lin1.weight.shape == (4096, 1024)
    assert model.decoder.encoder_attn[0].k_lin.weight.shape == (1024, 1024)
    assert model.decoder.pred_layer.proj.weight.shape == (64_014, 1024)


def xlm_attention(
    attention: MultiHeadAttention, query: torch.Tensor, source: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    """XLM's formula written out: q / sqrt(d), q k^T, masked -inf, softmax, times v, out_lin."""
    batch, length, dim = query.shape
    heads, head_dim = attention.n_heads, attention.head_dim

    def split(x: torch.Tensor) -> torch.Tensor:
        return x.view(batch, -1, heads, head_dim).transpose(1, 2)

    q = split(attention.q_lin(query)) / math.sqrt(head_dim)
    k, v = split(attention.k_lin(source)), split(attention.v_lin(source))
    scores = q @ k.transpose(2, 3)
    scores = scores.masked_fill(~mask, -float("inf"))
    context = torch.softmax(scores, dim=-1) @ v
    return attention.out_lin(context.transpose(1, 2).reshape(batch, length, dim))


def test_sdpa_attention_equals_the_explicit_formula() -> None:
    torch.manual_seed(1)
    attention = MultiHeadAttention(n_heads=4, dim=32, kv_dim=24).eval()
    query, source = torch.randn(3, 5, 32), torch.randn(3, 7, 24)
    mask = lengths_to_mask(torch.tensor([7, 4, 1]), 7)[:, None, None, :]
    expected = xlm_attention(attention, query, source, mask)
    assert torch.allclose(attention(query, source, mask), expected, atol=1e-5)
    causal = torch.ones(5, 5, dtype=torch.bool).tril()[None, None]
    self_attention = MultiHeadAttention(n_heads=4, dim=32).eval()
    expected = xlm_attention(self_attention, query, query, causal)
    assert torch.allclose(self_attention(query, query, causal=True), expected, atol=1e-5)


def xlm_forward(
    part: TransformerModel,
    tokens: torch.Tensor,
    lengths: torch.Tensor,
    lang: int,
    memory: torch.Tensor | None = None,
    memory_lengths: torch.Tensor | None = None,
) -> torch.Tensor:
    """XLM's ``TransformerModel.fwd`` written out from the module's weights: embeddings + positions
    + language, layer norm, then per layer attention -> add -> layer_norm1, (source attention ->
    add -> layer_norm15), x + FFN(x) -> layer_norm2, padded positions zeroed."""
    length = tokens.shape[1]
    mask = lengths_to_mask(lengths, length)
    x = (
        part.embeddings.weight[tokens]
        + part.position_embeddings.weight[:length]
        + part.lang_embeddings.weight[lang]
    )
    x = (
        F.layer_norm(x, (part.dim,), part.layer_norm_emb.weight, part.layer_norm_emb.bias, 1e-12)
        * mask[..., None]
    )
    if part.is_decoder:
        self_mask = torch.ones(length, length, dtype=torch.bool).tril()[None, None]
    else:
        self_mask = mask[:, None, None, :]
    for i in range(part.n_layers):
        x = part.layer_norm1[i](x + xlm_attention(part.attentions[i], x, x, self_mask))
        if memory is not None and memory_lengths is not None:
            source_mask = lengths_to_mask(memory_lengths, memory.shape[1])[:, None, None, :]
            x = part.layer_norm15[i](x + xlm_attention(part.encoder_attn[i], x, memory, source_mask))
        ffn = part.ffns[i]
        hidden = F.linear(x, ffn.lin1.weight, ffn.lin1.bias)
        hidden = 0.5 * hidden * (1.0 + torch.erf(hidden / math.sqrt(2.0)))  # XLM's gelu
        x = part.layer_norm2[i](x + F.linear(hidden, ffn.lin2.weight, ffn.lin2.bias))
        x = x * mask[..., None]
    return x


def test_encoder_and_decoder_compute_xlms_forward() -> None:
    model = tiny()
    with torch.no_grad():  # non-trivial layer norms, so their placement matters
        for parameter in model.parameters():
            if parameter.dim() == 1:
                parameter.normal_(0.5, 0.3)
    src = torch.tensor([[1, 7, 8, 9, 10, 1], [1, 11, 12, 1, 2, 2]])
    src_len = torch.tensor([6, 4])
    tgt = torch.tensor([[1, 20, 21, 22, 1], [1, 23, 1, 2, 2]])
    tgt_len = torch.tensor([5, 3])
    with torch.no_grad():
        memory = model.encode(src, src_len, 0)
        assert torch.allclose(memory, xlm_forward(model.encoder, src, src_len, 0), atol=1e-5)
        hidden = model.decoder(tgt, tgt_len, 2, causal=True, memory=memory, memory_lengths=src_len)
        expected = xlm_forward(model.decoder, tgt, tgt_len, 2, memory, src_len)
        real = lengths_to_mask(tgt_len, 5)  # padded decoder positions are zero in both
        assert torch.allclose(hidden[real], expected[real], atol=1e-5)


def test_padding_does_not_change_the_encoding() -> None:
    model = tiny()
    short = torch.tensor([[1, 7, 8, 9, 1]])
    batch = torch.tensor([[1, 7, 8, 9, 1, 2, 2], [1, 10, 11, 12, 13, 14, 1]])
    alone = model.encoder(short, torch.tensor([5]), 0)
    together = model.encoder(batch, torch.tensor([5, 7]), 0)
    assert torch.allclose(together[0, :5], alone[0], atol=1e-5)
    assert torch.count_nonzero(together[0, 5:]) == 0  # padded positions are zeroed, as in XLM


def test_decoder_is_causal_and_reads_the_source_and_language() -> None:
    model = tiny()
    src, src_len = torch.tensor([[1, 7, 8, 1]]), torch.tensor([4])
    memory = model.encode(src, src_len, 0)
    target = torch.tensor([[1, 20, 21, 22, 23]])
    changed_tail = torch.tensor([[1, 20, 21, 30, 31]])
    lengths = torch.tensor([5])
    out = model.decoder(target, lengths, 1, causal=True, memory=memory, memory_lengths=src_len)
    out_tail = model.decoder(changed_tail, lengths, 1, causal=True, memory=memory, memory_lengths=src_len)
    assert torch.allclose(out[:, :3], out_tail[:, :3], atol=1e-6)
    assert not torch.allclose(out[:, 3:], out_tail[:, 3:], atol=1e-3)
    other_source = model.encode(torch.tensor([[1, 9, 9, 1]]), src_len, 0)
    out_source = model.decoder(target, lengths, 1, causal=True, memory=other_source, memory_lengths=src_len)
    assert not torch.allclose(out, out_source, atol=1e-3)
    out_lang = model.decoder(target, lengths, 2, causal=True, memory=memory, memory_lengths=src_len)
    assert not torch.allclose(out, out_lang, atol=1e-3)
    # One id for the whole batch and a per-position tensor of ids are the same thing.
    per_position = torch.full_like(target, 1)
    out_tensor = model.decoder(
        target, lengths, per_position, causal=True, memory=memory, memory_lengths=src_len
    )
    assert torch.allclose(out, out_tensor, atol=1e-6)


def test_seq2seq_loss_is_the_mean_cross_entropy_of_the_real_target_tokens() -> None:
    model = tiny()
    src, src_len = torch.tensor([[1, 7, 8, 1], [1, 9, 1, 2]]), torch.tensor([4, 3])
    tgt, tgt_len = torch.tensor([[1, 20, 21, 1], [1, 22, 1, 2]]), torch.tensor([4, 3])
    loss = model.seq2seq_loss(src, src_len, 0, tgt, tgt_len, 2)
    memory = model.encode(src, src_len, 0)
    hidden = model.decoder(tgt, tgt_len, 2, causal=True, memory=memory, memory_lengths=src_len)
    log_probs = torch.log_softmax(model.decoder.logits(hidden), dim=-1)
    picked = [
        log_probs[0, 0, 20],
        log_probs[0, 1, 21],
        log_probs[0, 2, 1],
        log_probs[1, 0, 22],
        log_probs[1, 1, 1],
    ]
    assert loss.item() == pytest.approx(-torch.stack(picked).mean().item(), rel=1e-5)
    loss.backward()
    assert model.encoder.embeddings.weight.grad is not None  # gradients reach the encoder


def test_mlm_prediction_loss_covers_only_the_masked_positions() -> None:
    model = tiny()
    tokens, lengths = torch.tensor([[1, 7, 5, 9, 1]]), torch.tensor([5])
    hidden = model.encoder(tokens, lengths, 1)
    pred_mask = torch.tensor([[False, False, True, False, False]])
    logits, loss = model.encoder.prediction_loss(hidden, pred_mask, torch.tensor([8]))
    assert logits.shape == (1, 50)
    assert loss.item() == pytest.approx(-torch.log_softmax(logits, -1)[0, 8].item(), rel=1e-5)


def test_sinusoidal_positions() -> None:
    table = sinusoidal_table(10, 8)
    assert torch.allclose(table[0, 0::2], torch.zeros(4)) and torch.allclose(table[0, 1::2], torch.ones(4))
    assert table[3, 0].item() == pytest.approx(math.sin(3.0), abs=1e-6)
    assert table[3, 2].item() == pytest.approx(math.sin(3.0 / 10000 ** (2 / 8)), abs=1e-6)
    model = tiny(sinusoidal_embeddings=True)
    assert torch.allclose(
        model.encoder.position_embeddings.weight, sinusoidal_table(model.config.max_positions, 64)
    )
    assert not model.encoder.position_embeddings.weight.requires_grad


def test_too_long_input_is_refused() -> None:
    model = tiny(max_positions=8)
    with pytest.raises(ValueError, match="max_positions"):
        model.encoder(torch.ones(1, 9, dtype=torch.long), torch.tensor([9]), 0)
