"""XLMAdam computes XLM's Adam update (eps added before the bias correction, per-parameter update
counts, decoupled weight decay), checked against the formula written out step by step."""

from __future__ import annotations

import io
import math

import pytest
import torch

from transcoder.train.optim import XLMAdam

BETAS = (0.9, 0.999)
EPS = 1e-8


def xlm_formula_step(
    parameter: torch.Tensor, grad: torch.Tensor, state: dict[str, object], lr: float, weight_decay: float
) -> None:
    """One update as XLM's optimizer writes it, in float64 for a precise reference."""
    beta1, beta2 = BETAS
    state["step"] = int(state.get("step", 0)) + 1  # type: ignore[call-overload]
    m = state.setdefault("m", torch.zeros_like(parameter))
    v = state.setdefault("v", torch.zeros_like(parameter))
    assert isinstance(m, torch.Tensor) and isinstance(v, torch.Tensor)
    m.mul_(beta1).add_(grad, alpha=1 - beta1)
    v.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
    step = int(state["step"])  # type: ignore[call-overload]
    step_size = lr * math.sqrt(1 - beta2**step) / (1 - beta1**step)
    parameter.add_(parameter, alpha=-weight_decay * lr)
    parameter.addcdiv_(m, v.sqrt().add_(EPS), value=-step_size)


def gradients(seed: int, shapes: list[tuple[int, ...]]) -> list[list[torch.Tensor | None]]:
    """Eight steps of gradients spanning 1e-10 to 1 (many near eps), the last parameter missing
    a gradient every third step (an objective that does not reach it)."""
    generator = torch.Generator().manual_seed(seed)
    steps = []
    for step in range(8):
        grads: list[torch.Tensor | None] = []
        for index, shape in enumerate(shapes):
            if index == len(shapes) - 1 and step % 3 == 1:
                grads.append(None)
                continue
            scale = 10.0 ** torch.randint(-10, 1, shape, generator=generator)
            grads.append(torch.randn(shape, generator=generator) * scale)
        steps.append(grads)
    return steps


@pytest.mark.parametrize("optimizer_class", [XLMAdam, torch.optim.AdamW])
def test_matches_xlm_formula_only_with_eps_before_correction(optimizer_class: type) -> None:
    shapes = [(40, 8), (8,), (16, 4)]
    torch.manual_seed(0)
    start = [torch.randn(shape) for shape in shapes]
    ours = [p.clone().requires_grad_(True) for p in start]
    reference = [p.double() for p in start]
    states: list[dict[str, object]] = [{} for _ in shapes]
    lr, weight_decay = 1e-3, 0.01
    optimizer = optimizer_class(ours, lr=lr, betas=BETAS, weight_decay=weight_decay)
    for grads in gradients(1, shapes):
        for parameter, grad in zip(ours, grads, strict=True):
            parameter.grad = None if grad is None else grad.clone()
        optimizer.step()
        for parameter, grad, state in zip(reference, grads, states, strict=True):
            if grad is not None:
                xlm_formula_step(parameter, grad.double(), state, lr, weight_decay)
    difference = max(
        float((p.detach().double() - r).abs().max()) for p, r in zip(ours, reference, strict=True)
    )
    moved = max(float((r - s.double()).abs().max()) for r, s in zip(reference, start, strict=True))
    assert moved > 1e-3
    if optimizer_class is XLMAdam:
        assert difference < 1e-6  # float32 rounding
    else:  # PyTorch's own eps placement visibly differs on gradients near eps
        assert difference > 1e-4


def test_resumes_from_its_state_dict() -> None:
    shapes = [(12, 3), (5,)]
    torch.manual_seed(1)
    first = [torch.randn(shape, requires_grad=True) for shape in shapes]
    steps = gradients(2, shapes)
    optimizer = XLMAdam(first, lr=1e-3, betas=BETAS, weight_decay=0.0)
    for grads in steps[:4]:
        for parameter, grad in zip(first, grads, strict=True):
            parameter.grad = grad
        optimizer.step()
    second = [p.detach().clone().requires_grad_(True) for p in first]
    resumed = XLMAdam(second, lr=1e-3, betas=BETAS, weight_decay=0.0)
    saved = io.BytesIO()  # through bytes, as a checkpoint: state_dict() shares the live tensors
    torch.save(optimizer.state_dict(), saved)
    saved.seek(0)
    resumed.load_state_dict(torch.load(saved))
    for grads in steps[4:]:
        for a, b, grad in zip(first, second, grads, strict=True):
            a.grad = grad
            b.grad = None if grad is None else grad.clone()
        optimizer.step()
        resumed.step()
    for a, b in zip(first, second, strict=True):
        assert torch.equal(a, b)
