"""The optimizer of TransCoder's training runs: XLM's ``adam_inverse_sqrt`` on PyTorch's fused Adam.

XLM's Adam (``XLM/src/optim.py``) adds ``eps`` to ``sqrt(v)`` before the bias correction, PyTorch
adds it after: ``(sqrt(v) + eps) / sqrt(c2)`` against ``sqrt(v) / sqrt(c2) + eps``, with
``c2 = 1 - beta2 ** t``. The two agree when PyTorch's ``eps`` is ``eps / sqrt(c2)``, so
``XLMAdam`` sets that before every step and otherwise leaves the update to PyTorch. Early in
training ``c2`` is small (0.001 at the first update) and the difference is not negligible for
parameters whose gradients are near ``eps``.

The fused kernel updates each tensor in one pass over its memory: at paper size on one CPU
thread a step takes 0.7 s where PyTorch's default for-loop ``AdamW`` takes 3.9 s and XLM's
Python loop 2.9 s (``benchmarks/optimizer_step.py --config paper --original DIR``). Weight decay
is decoupled, as in XLM (``p -= lr * weight_decay * p`` before the Adam step).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import torch


class XLMAdam(torch.optim.AdamW):
    """``torch.optim.AdamW`` computing XLM's update (see the module docstring). XLM counts updates
    per parameter, so parameters that missed updates (no gradient from some objective) get their
    own correction: parameters are stepped together by update count, in one pass in the usual
    case where every parameter with a gradient has been updated equally often."""

    def __init__(self, parameters: Iterable[torch.Tensor], *, eps: float = 1e-8, **options: Any) -> None:
        parameters = list(parameters)
        fused = all(p.is_floating_point() and p.device.type in ("cpu", "cuda") for p in parameters)
        super().__init__(parameters, eps=eps, fused=fused or None, **options)
        for group in self.param_groups:
            group.setdefault("xlm_eps", eps)

    @torch.no_grad()
    def step(self, closure: Callable[[], float] | None = None) -> float | None:  # type: ignore[override]
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        live = [p for group in self.param_groups for p in group["params"] if p.grad is not None]
        counts = {p: self.state[p].get("xlm_updates", 0) + 1 for p in live}
        for count in sorted(set(counts.values())):
            hidden = {p: p.grad for p in live if counts[p] != count}
            for p in hidden:
                p.grad = None
            for group in self.param_groups:
                group["eps"] = group["xlm_eps"] / math.sqrt(1 - group["betas"][1] ** count)
            super().step()
            for p, grad in hidden.items():
                p.grad = grad
        for p in live:  # after the step: PyTorch initialises a parameter's state when it is empty
            self.state[p]["xlm_updates"] = counts[p]
        return loss


def make_optimizer(parameters: Iterable[torch.Tensor], stage: Any) -> XLMAdam:
    """The optimizer of one training stage (its ``lr``, ``betas``, ``weight_decay``); the
    inverse-square-root schedule is a ``LambdaLR`` over it (``trainer.inverse_sqrt_factor``)."""
    return XLMAdam(parameters, lr=stage.lr, betas=stage.betas, weight_decay=stage.weight_decay)
