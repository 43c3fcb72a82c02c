"""The objectives' corruption functions and the schedules, measured on real tensors."""

from __future__ import annotations

import math

import pytest
import torch

from transcoder.errors import InputError
from transcoder.train.config import parse_schedule, schedule_value
from transcoder.train.objectives import get_objective, objective_names
from transcoder.train.objectives.bt import directions
from transcoder.train.objectives.dae import add_noise
from transcoder.train.objectives.mlm import mask_tokens
from transcoder.train.trainer import inverse_sqrt_factor

EOS, PAD, MASK = 1, 2, 5


def test_registry_knows_the_three_objectives() -> None:
    assert objective_names() == ["bt", "dae", "mlm"]
    assert get_objective("mlm").name == "mlm"
    with pytest.raises(KeyError):
        get_objective("clm")


def test_mlm_masks_fifteen_percent_with_80_10_10() -> None:
    tokens = torch.randint(14, 1000, (64, 256))
    tokens[:, -10:] = PAD
    generator = torch.Generator().manual_seed(0)
    masked, pred_mask, targets = mask_tokens(
        tokens,
        word_pred=0.15,
        probabilities=(0.8, 0.1, 0.1),
        mask_index=MASK,
        pad_index=PAD,
        n_words=1000,
        generator=generator,
    )
    real = (tokens != PAD).sum().item() - tokens.shape[0]  # first column is never predicted
    assert not pred_mask[:, 0].any() and not pred_mask[tokens == PAD].any()
    assert abs(pred_mask.sum().item() / real - 0.15) < 0.01
    assert torch.equal(targets, tokens[pred_mask])
    assert torch.equal(masked[~pred_mask], tokens[~pred_mask])
    replaced = masked[pred_mask]
    share_mask = (replaced == MASK).float().mean().item()
    share_kept = (replaced == targets).float().mean().item()  # kept, or a random draw of the same word
    assert abs(share_mask - 0.8) < 0.02
    assert abs(share_kept - 0.1) < 0.02
    assert abs(1 - share_mask - share_kept - 0.1) < 0.02


def _sentences(count: int, length: int) -> tuple[torch.Tensor, torch.Tensor]:
    words = torch.arange(100, 100 + length).repeat(count, 1)
    tokens = torch.cat([torch.full((count, 1), EOS), words, torch.full((count, 1), EOS)], dim=1)
    return tokens, torch.full((count,), length + 2)


def test_word_shuffle_moves_words_fewer_than_k_places() -> None:
    tokens, lengths = _sentences(200, 30)
    generator = torch.Generator().manual_seed(1)
    noisy, noisy_lengths = add_noise(
        tokens,
        lengths,
        word_shuffle=3,
        word_dropout=0,
        word_blank=0,
        mask_index=MASK,
        pad_index=PAD,
        generator=generator,
    )
    assert torch.equal(noisy_lengths, lengths)
    assert (noisy[:, 0] == EOS).all() and (noisy[:, -1] == EOS).all()
    positions = noisy[:, 1:-1] - 100  # original index of the word now at each position
    displacement = (positions - torch.arange(30)).abs()
    assert displacement.max().item() <= 2  # k = 3: a word moves at most k - 1 places
    assert (displacement > 0).float().mean().item() > 0.3
    assert torch.equal(positions.sort(dim=1).values, torch.arange(30).repeat(200, 1))


def test_word_dropout_and_blank_rates() -> None:
    tokens, lengths = _sentences(200, 50)
    generator = torch.Generator().manual_seed(2)
    dropped, dropped_lengths = add_noise(
        tokens,
        lengths,
        word_shuffle=0,
        word_dropout=0.1,
        word_blank=0,
        mask_index=MASK,
        pad_index=PAD,
        generator=generator,
    )
    kept_share = (dropped_lengths - 2).sum().item() / (200 * 50)
    assert abs(kept_share - 0.9) < 0.015
    for row in range(5):  # order of the kept words is unchanged, both </s> kept
        words = dropped[row, 1 : dropped_lengths[row] - 1].tolist()
        assert words == sorted(words)
        assert dropped[row, 0] == EOS and dropped[row, dropped_lengths[row] - 1] == EOS
    blanked, blanked_lengths = add_noise(
        tokens,
        lengths,
        word_shuffle=0,
        word_dropout=0,
        word_blank=0.3,
        mask_index=MASK,
        pad_index=PAD,
        generator=generator,
    )
    assert torch.equal(blanked_lengths, lengths)
    assert abs((blanked[:, 1:-1] == MASK).float().mean().item() - 0.3) < 0.02


def test_dropout_never_empties_a_sentence() -> None:
    tokens, lengths = _sentences(50, 1)
    generator = torch.Generator().manual_seed(3)
    _, new_lengths = add_noise(
        tokens,
        lengths,
        word_shuffle=3,
        word_dropout=0.99,
        word_blank=0,
        mask_index=MASK,
        pad_index=PAD,
        generator=generator,
    )
    assert (new_lengths == 3).all()


def test_back_translation_covers_all_six_directions() -> None:
    assert directions(["cpp", "java", "python"]) == [
        "cpp-java-cpp",
        "cpp-python-cpp",
        "java-cpp-java",
        "java-python-java",
        "python-cpp-python",
        "python-java-python",
    ]


def test_lambda_schedule_is_xlm_piecewise_linear() -> None:
    points = parse_schedule("0:1,30000:0.1,100000:0")
    assert schedule_value(points, 0) == 1.0
    assert math.isclose(schedule_value(points, 15000), 0.55)
    assert math.isclose(schedule_value(points, 30000), 0.1)
    assert math.isclose(schedule_value(points, 65000), 0.05)
    assert schedule_value(points, 100000) == 0.0 and schedule_value(points, 10**7) == 0.0
    assert parse_schedule("1") == [(0, 1.0)] and parse_schedule(0.5) == [(0, 0.5)]
    with pytest.raises(InputError, match="bad schedule"):
        parse_schedule("10:1,5:0")


def test_inverse_sqrt_learning_rate_with_warmup() -> None:
    factor = [inverse_sqrt_factor(u, lr=1e-4, warmup=100, warmup_init_lr=1e-7) for u in (0, 50, 100, 400)]
    assert math.isclose(factor[0] * 1e-4, 1e-7)
    assert math.isclose(factor[1] * 1e-4, 1e-7 + 50 * (1e-4 - 1e-7) / 100)
    assert factor[2] == 1.0 and factor[3] == 0.5
