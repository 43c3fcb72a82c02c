"""One optimizer step over every parameter of a model size, per implementation of Adam.

Compares, on the same parameters and gradients (CPU time of the process, minimum of
``--repeats`` steps after one warm-up step each): our trainer's ``XLMAdam`` (XLM's update on
PyTorch's fused kernel), PyTorch's ``AdamW`` as it runs by default and with ``foreach=True``,
and, with ``--original DIR`` (a checkout of facebookresearch/TransCoder holding
``XLM/src/optim.py``), the original's ``AdamInverseSqrtWithWarmup``.

    .venv/bin/python benchmarks/optimizer_step.py --config paper --original /tmp/original-transcoder
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import torch

from transcoder.engines.neural.configs import model_config
from transcoder.engines.neural.model import TranslationModel
from transcoder.train.config import StageConfig
from transcoder.train.optim import make_optimizer
from versus_original import ORIGINAL_OPTIMIZER, import_original_optimizer, original_optimizer

PAPER_VOCABULARY = 64_014


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default="paper", help="model size (tiny, paper)")
    parser.add_argument("--original", type=Path, help="a checkout of facebookresearch/TransCoder")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    warnings.filterwarnings("ignore", message="This overload of add")  # the original's old calls
    torch.manual_seed(0)
    model = TranslationModel(model_config(args.config, n_words=PAPER_VOCABULARY))
    parameters = list({id(p): p for p in model.parameters()}.values())
    for parameter in parameters:
        parameter.grad = torch.randn_like(parameter) * 1e-3
    stage = StageConfig(name="benchmark", steps=1, objectives=("mt",))
    candidates: dict[str, Callable[[list[torch.Tensor]], torch.optim.Optimizer]] = {
        "ours (XLMAdam, fused)": lambda ps: make_optimizer(ps, stage),
        "torch AdamW (default)": lambda ps: torch.optim.AdamW(ps, lr=1e-4, weight_decay=0.01),
        "torch AdamW (foreach)": lambda ps: torch.optim.AdamW(ps, lr=1e-4, weight_decay=0.01, foreach=True),
    }
    if args.original is not None:
        module = import_original_optimizer(args.original)
        if module is None:
            print(f"no {ORIGINAL_OPTIMIZER} in {args.original}: the original is not measured")
        else:
            candidates["original (XLM adam_inverse_sqrt)"] = lambda ps: original_optimizer(module, ps, stage)
    count = sum(p.numel() for p in parameters)
    print(f"{args.config}: {count / 1e6:.1f}M parameters, {torch.get_num_threads()} thread(s)")
    for name, build in candidates.items():
        optimizer = build(parameters)
        optimizer.step()  # warm-up: allocates the moments
        seconds = []
        for _ in range(args.repeats):
            start = time.process_time()
            optimizer.step()
            seconds.append(time.process_time() - start)
        print(f"  {name:<34} {min(seconds):6.2f} CPU s per step")
        del optimizer
    return 0


if __name__ == "__main__":
    sys.exit(main())
