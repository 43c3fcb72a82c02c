"""Training throughput of the neural engine on this machine: tokens per second for ``tiny`` and ``paper``.

Each measurement is a full optimizer update (forward, backward, gradient clipping, and the trainer's
Adam step, ``transcoder.train.optim.make_optimizer``)
of one objective, timed over ``--steps`` updates after one warm-up update:

* ``mlm``: the encoder on ``batch x bptt`` stream tokens (15% predicted), as the MLM stage;
* ``seq2seq``: encoder + decoder on ``batch`` sentences of ``length`` units each way (the
  training half of denoising and back-translation).

Token ids are drawn uniformly from the vocabulary: speed does not depend on which ids they are.
The paper's vocabulary size is that of ``data/bpe/cpp-java-python/vocab`` when present.

    .venv/bin/python benchmarks/train_throughput.py            # both sizes, CPU
    .venv/bin/python benchmarks/train_throughput.py --sizes tiny --steps 10
"""

from __future__ import annotations

import argparse
import time

import torch

from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.configs import model_config
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.engines.neural.model import TranslationModel
from transcoder.train.config import StageConfig
from transcoder.train.objectives import TrainingModule
from transcoder.train.objectives.mlm import mask_tokens
from transcoder.train.optim import make_optimizer

SHARED_VOCAB = SHIPPED_DIR / "bpe" / "cpp-java-python" / "vocab"


def vocabulary_size(size: str) -> int:
    if size == "paper" and SHARED_VOCAB.is_file():
        return len(Dictionary.from_vocab_file(SHARED_VOCAB))
    return {"paper": 64_014, "tiny": 4_402}.get(size, 4_402)  # tiny: the CPU run's learned vocabulary


def measure(
    size: str, objective: str, *, batch: int, length: int, steps: int, device: str
) -> dict[str, float]:
    torch.manual_seed(0)
    n_words = vocabulary_size(size)
    config = model_config(size, n_words=n_words)
    model = TranslationModel(config).to(device)
    module = TrainingModule(model)
    parameters = list({id(p): p for p in model.parameters()}.values())
    optimizer = make_optimizer(parameters, StageConfig(name="benchmark", steps=1, objectives=(objective,)))
    generator = torch.Generator().manual_seed(0)

    def one_update() -> int:
        if objective == "mlm":
            tokens = torch.randint(14, n_words, (batch, length), generator=generator)
            masked, pred_mask, targets = mask_tokens(
                tokens, word_pred=0.15, probabilities=(0.8, 0.1, 0.1), mask_index=config.mask_index,
                pad_index=config.pad_index, n_words=n_words, generator=generator,
            )  # fmt: skip
            loss = module(
                "mlm", tokens=masked.to(device), lengths=torch.full((batch,), length, device=device),
                lang=torch.tensor(0), pred_mask=pred_mask.to(device), targets=targets.to(device),
            )  # fmt: skip
            processed = batch * length
        else:
            sentences = torch.randint(14, n_words, (batch, length), generator=generator)
            sentences[:, 0] = sentences[:, -1] = config.eos_index
            lengths = torch.full((batch,), length, device=device)
            sentences = sentences.to(device)
            loss = module(
                "seq2seq", src=sentences, src_lengths=lengths, src_lang=torch.tensor(0),
                tgt=sentences, tgt_lengths=lengths, tgt_lang=torch.tensor(1),
            )  # fmt: skip
            processed = 2 * batch * length
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(parameters, 5.0)
        optimizer.step()
        return processed

    one_update()  # warm-up: allocations, first-call overheads
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    started = time.perf_counter()
    tokens = sum(one_update() for _ in range(steps))
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    seconds = time.perf_counter() - started
    return {
        "parameters": model.num_parameters(),
        "n_words": n_words,
        "tokens_per_second": tokens / seconds,
        "seconds_per_update": seconds / steps,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["tiny", "paper"])
    parser.add_argument("--steps", type=int, default=5, help="timed updates per measurement (default: 5)")
    parser.add_argument("--batch", type=int, default=16, help="rows (MLM) or sentences (seq2seq) per update")
    parser.add_argument("--length", type=int, default=128, help="bptt (MLM) or sentence length (seq2seq)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, help="torch intra-op threads (default: torch's choice)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"training throughput on {args.device} ({torch.get_num_threads()} threads)")
    for column in ("model", "objective", "parameters", "vocabulary", "batch", "tokens/s", "s/update"):
        table.add_column(column, justify="left" if column in ("model", "objective", "batch") else "right")
    for size in args.sizes:
        for objective in ("mlm", "seq2seq"):
            result = measure(
                size, objective, batch=args.batch, length=args.length, steps=args.steps, device=args.device
            )
            shape = f"{args.batch} x {args.length}" + (" (each way)" if objective == "seq2seq" else "")
            table.add_row(
                size,
                objective,
                f"{result['parameters'] / 1e6:.1f}M",
                f"{result['n_words']:,}",
                shape,
                f"{result['tokens_per_second']:,.0f}",
                f"{result['seconds_per_update']:.3f}",
            )
    Console(width=110).print(table)


if __name__ == "__main__":
    main()
