"""``transcoder train CONFIG``: TransCoder's unsupervised training, resumable and data parallel.

The run follows the config's stages (``config.py``): by default MLM pretraining of the encoder,
then denoising auto-encoding + back-translation with the decoder started from the encoder
(TransCoder's ``reload_encoder_for_decoder``). Each stage gets a fresh Adam optimizer with
XLM's inverse-square-root schedule (linear warmup), as the paper's two separate runs did.

* **Checkpoints** (``OUT/checkpoint.pth``) use the released TransCoder layout
  (``checkpoint.save_checkpoint``: ``encoder``, ``decoder``, ``params``, ``dico_*``) plus a
  ``training`` entry: step, stage, optimizer, scheduler, RNG states and every objective's data
  position and noise generator. They are written atomically; resuming (the default when
  ``OUT/checkpoint.pth`` exists) continues bit for bit as if never interrupted.
* **Validation** every ``validate_every`` steps: MLM loss/accuracy, DAE loss/accuracy, BT
  BLEU on the benchmark's paired functions; appended to ``OUT/log.jsonl`` with the training
  losses, and drawn into ``OUT/curves.svg``.
* **Data parallel**: under ``torchrun`` (``WORLD_SIZE`` > 1) the model is wrapped in
  ``DistributedDataParallel`` (gloo on CPU, NCCL on GPU); each rank reads its own slice of
  every batch order. Rank 0 validates, logs and writes checkpoints.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from transcoder.errors import InputError


def configure_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", help="training config (TOML or JSON), e.g. configs/tiny.toml")
    parser.add_argument("--out", help="output directory (default: the config's train.out)")
    parser.add_argument("--data", help="dataset directory (default: the config's data.dir)")
    parser.add_argument(
        "--resume",
        default="auto",
        help="'auto' (resume OUT/checkpoint.pth if present, the default), 'never', or a checkpoint path",
    )
    parser.add_argument("--max-steps", type=int, help="stop after this global step (a checkpoint is written)")
    parser.add_argument(
        "--max-minutes",
        type=float,
        help="stop after the step that passes this wall-clock budget (validates and writes a checkpoint)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config value, e.g. --set train.validate_every=50 (value parsed as TOML)",
    )
    parser.add_argument(
        "--save-rank-parameters",
        action="store_true",
        help="at the end, every rank writes its parameters to OUT/parameters.rankN.pt (checks data parallelism)",
    )


def parse_overrides(items: list[str]) -> dict[str, Any]:
    import tomllib

    overrides: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise InputError(f"--set expects KEY=VALUE, got '{item}'")
        key, value = item.split("=", 1)
        try:
            overrides[key.strip()] = tomllib.loads(f"v = {value}")["v"]
        except tomllib.TOMLDecodeError:
            overrides[key.strip()] = value
    return overrides


def run(args: argparse.Namespace) -> int:
    from transcoder.train.config import read_config

    overrides = parse_overrides(args.set)
    if args.out:
        overrides["train.out"] = args.out
    if args.data:
        overrides["data.dir"] = args.data
    config = read_config(args.config, overrides)
    trainer = Trainer(config, resume=args.resume)
    try:
        trainer.train(max_steps=args.max_steps, max_minutes=args.max_minutes)
        if args.save_rank_parameters:
            trainer.save_rank_parameters()
    finally:
        trainer.close()
    return 0


def inverse_sqrt_factor(update: int, *, lr: float, warmup: int, warmup_init_lr: float) -> float:
    """XLM's ``AdamInverseSqrtWithWarmup`` as a factor of ``lr``: linear from ``warmup_init_lr`` to
    ``lr`` over ``warmup`` updates, then ``lr * sqrt(warmup / update)``."""
    if warmup > 0 and update < warmup:
        return (warmup_init_lr + update * (lr - warmup_init_lr) / warmup) / lr
    return math.sqrt(max(warmup, 1) / max(update, 1))


class Trainer:
    """One training run of ``config``; ``train()`` runs it, resuming from its checkpoint if asked."""

    def __init__(self, config: Any, *, resume: str = "auto", log: bool = True) -> None:
        import torch
        import torch.distributed as dist

        from transcoder.engines.neural.configs import model_config
        from transcoder.engines.neural.dictionary import Dictionary
        from transcoder.engines.neural.model import TranslationModel
        from transcoder.train.data import load_dataset_meta
        from transcoder.train.objectives import TrainingContext, TrainingModule, get_objective

        self.config = config
        self.print_log = log
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        wants_cuda = config.device == "cuda" or (config.device == "auto" and torch.cuda.is_available())
        if wants_cuda and not torch.cuda.is_available():
            raise InputError("config asks for device 'cuda' but no GPU is available")
        self.device = torch.device(f"cuda:{local_rank}" if wants_cuda else "cpu")
        if wants_cuda:
            torch.cuda.set_device(self.device)
        if self.world > 1 and not dist.is_initialized():
            dist.init_process_group(backend="nccl" if wants_cuda else "gloo")
        if config.threads:
            torch.set_num_threads(config.threads)

        meta = load_dataset_meta(config.data_dir)
        missing = [language for language in config.languages if language not in meta["languages"]]
        if missing:
            raise InputError(f"{config.data_dir}: no data for {', '.join(missing)}")
        self.dictionary = Dictionary.from_vocab_file(config.data_dir / "vocab")
        self.bpe_codes = (config.data_dir / "codes").read_text(encoding="utf-8")

        torch.manual_seed(config.seed)  # same initial weights on every rank (DDP broadcasts them anyway)
        lang2id = {language: index for index, language in enumerate(config.languages)}
        self.model_config = model_config(
            config.model_size, n_words=len(self.dictionary), lang2id=lang2id, **config.model_overrides
        )
        self.model = TranslationModel(self.model_config).to(self.device)
        module: torch.nn.Module = TrainingModule(self.model)
        if self.world > 1:
            # find_unused_parameters: MLM steps never touch the decoder, seq2seq steps never use
            # the encoder's prediction layer.
            module = torch.nn.parallel.DistributedDataParallel(
                module, device_ids=[self.device.index] if wants_cuda else None, find_unused_parameters=True
            )
        self.module = module
        self.context = TrainingContext(
            module=module,
            model=self.model,
            dictionary=self.dictionary,
            data_dir=Path(config.data_dir),
            languages=list(config.languages),
            device=self.device,
            seed=config.seed,
            rank=self.rank,
            world=self.world,
        )
        names = list(dict.fromkeys(name for stage in config.stages for name in stage.objectives))
        self.objectives = {
            name: get_objective(name)(self.context, config.objectives.get(name, {})) for name in names
        }

        self.step = 0
        self.stage_index = -1
        self.decoder_initialized = False
        self.optimizer: Any = None
        self.scheduler: Any = None
        self.out = Path(config.out)
        if self.rank == 0:
            self.out.mkdir(parents=True, exist_ok=True)
        self.checkpoint_path = self.out / "checkpoint.pth"
        self.log_path = self.out / "log.jsonl"
        self._resume(resume)

    # -- optimisation --------------------------------------------------------------------------
    def _parameters(self) -> list[Any]:
        return list({id(p): p for p in self.model.parameters() if p.requires_grad}.values())

    def _enter_stage(self, index: int) -> None:
        import torch

        stage = self.config.stages[index]
        if stage.init_decoder_from_encoder and not self.decoder_initialized:
            self._decoder_from_encoder()
        from transcoder.train.optim import make_optimizer

        self.optimizer = make_optimizer(self._parameters(), stage)
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(
            self.optimizer,
            lambda update: inverse_sqrt_factor(
                update, lr=stage.lr, warmup=stage.warmup, warmup_init_lr=stage.warmup_init_lr
            ),
        )
        self.stage_index = index

    def _decoder_from_encoder(self) -> None:
        """Copy every encoder weight the decoder also has (all but its source attention), as
        TransCoder's ``reload_encoder_for_decoder`` does after MLM pretraining."""
        import torch

        encoder_state = self.model.encoder.state_dict()
        with torch.no_grad():
            for name, tensor in self.model.decoder.state_dict().items():
                if name in encoder_state and encoder_state[name].shape == tensor.shape:
                    tensor.copy_(encoder_state[name])
        self.decoder_initialized = True

    # -- the loop ------------------------------------------------------------------------------
    def train(self, max_steps: int | None = None, max_minutes: float | None = None) -> None:
        import torch

        from transcoder.train.config import parse_schedule, schedule_value

        stop = self.config.total_steps if max_steps is None else min(max_steps, self.config.total_steps)
        deadline = None if max_minutes is None else time.monotonic() + 60 * max_minutes
        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        tokens = 0.0
        interval_start = time.perf_counter()
        if self.step == 0 and self.rank == 0 and not self.log_path.exists():
            self._write_log(
                {
                    "kind": "start",
                    "step": 0,
                    "config": self.config.raw,
                    "parameters": self.model.num_parameters(),
                }
            )
        while self.step < stop:
            index, stage, local_step = self.config.stage_at(self.step)
            if index != self.stage_index:
                self._enter_stage(index)
            self.module.train()
            for name in stage.objectives:
                weight = schedule_value(parse_schedule(stage.lambdas.get(name, "1")), local_step)
                if weight == 0:
                    continue
                objective = self.objectives[name]
                for unit in objective.units():
                    loss, stats = objective.loss(unit)
                    self.optimizer.zero_grad(set_to_none=True)
                    torch.autograd.backward(weight * loss)  # Tensor.backward, which is untyped
                    if self.config.clip_grad_norm > 0:
                        torch.nn.utils.clip_grad_norm_(self._parameters(), self.config.clip_grad_norm)
                    self.optimizer.step()
                    self.scheduler.step()
                    for key, value in stats.items():
                        if key.endswith(".tokens"):
                            tokens += value
                        else:
                            sums[key] += value
                            counts[key] += 1
                sums[f"lambda.{name}"] += weight
                counts[f"lambda.{name}"] += 1
            self.step += 1
            if deadline is not None and self._all_past(deadline):
                stop = self.step  # out of time: finish this step as the last one
            final = self.step == stop
            if self.step % self.config.log_every == 0 or final:
                elapsed = time.perf_counter() - interval_start
                record = {
                    "kind": "train",
                    "step": self.step,
                    "stage": stage.name,
                    "lr": self.optimizer.param_groups[0]["lr"],
                    "seconds": round(elapsed, 3),
                    "tokens_per_second": round(tokens * self.world / max(elapsed, 1e-9), 1),
                    **{key: sums[key] / counts[key] for key in sorted(sums)},
                }
                if self.rank == 0:
                    self._write_log(record)
                    self._say(record)
                sums.clear()
                counts.clear()
                tokens = 0.0
                interval_start = time.perf_counter()
            if (
                self.step % self.config.validate_every == 0
                or self.step == self.config.total_steps
                or (final and deadline is not None)
            ):
                self.validate()
                interval_start = time.perf_counter()
            if self.step % self.config.checkpoint_every == 0 or final:
                self.save_checkpoint()

    def _all_past(self, deadline: float) -> bool:
        """Whether rank 0 is past ``deadline`` (every rank must stop at the same step)."""
        import torch
        import torch.distributed as dist

        past = torch.tensor([1.0 if time.monotonic() > deadline else 0.0])
        if self.world > 1:
            if self.device.type == "cuda":
                past = past.to(self.device)
            dist.broadcast(past, src=0)
        return bool(past.item())

    def validate(self) -> dict[str, float]:
        """Every objective's validation metrics (rank 0 computes, logs and plots; others wait)."""
        import torch.distributed as dist

        metrics: dict[str, float] = {}
        if self.rank == 0:
            started = time.perf_counter()
            self.model.eval()
            try:
                _, stage, _ = self.config.stage_at(max(self.step - 1, 0))
                for name, objective in self.objectives.items():
                    if name == "bt" and not self.decoder_initialized and "bt" not in stage.objectives:
                        continue  # translating with an untrained decoder tells nothing
                    if name == "dae" and not self.decoder_initialized and "dae" not in stage.objectives:
                        continue
                    metrics.update(objective.validate())
                if self.decoder_initialized:
                    metrics.update(self.computational_accuracy())
            finally:
                self.model.train()
            record = {
                "kind": "valid",
                "step": self.step,
                "seconds": round(time.perf_counter() - started, 2),
                **metrics,
            }
            self._write_log(record)
            self._say(record)
            from transcoder.train.plot import write_curves

            write_curves(self.log_path, self.out / "curves.svg")
        if self.world > 1:
            dist.barrier()
        return metrics

    def computational_accuracy(self) -> dict[str, float]:
        """CA through the evaluation harness on the first ``items`` IDs of a GfG-style benchmark
        for each configured direction (config table ``[validation.ca]``: ``bench_dir``, ``items``,
        ``directions`` as ``"cpp-python"`` strings). The model is saved to ``OUT/validation.pth``
        and translated exactly as ``transcoder eval --engine neural`` would, sandbox included."""
        from transcoder.bench import harness

        options = self.config.raw.get("validation", {}).get("ca")
        if not options:
            return {}
        path = self.out / "validation.pth"
        self.save_checkpoint(path, include_training_state=False)
        metrics: dict[str, float] = {}
        for direction in options.get("directions", ["cpp-python"]):
            source, target = direction.split("-")
            parser = argparse.ArgumentParser()
            harness.configure_parser(parser)
            args = parser.parse_args(
                [str(options["bench_dir"]), "--source", source, "--target", target, "--engine", "neural",
                 "--engine-option", f"checkpoint={path}", "--limit", str(int(options.get("items", 20))),
                 "--no-cache", "--jobs", "1"]
            )  # fmt: skip
            report = harness.evaluate(args)
            metrics[f"ca.{direction}"] = report["computational_accuracy"]
        return metrics

    # -- checkpoints -----------------------------------------------------------------------------
    def training_state(self) -> dict[str, Any]:
        import torch

        state = {
            "step": self.step,
            "stage_index": self.stage_index,
            "decoder_initialized": self.decoder_initialized,
            "optimizer": self.optimizer.state_dict() if self.optimizer is not None else None,
            "scheduler": self.scheduler.state_dict() if self.scheduler is not None else None,
            "objectives": {name: objective.state_dict() for name, objective in self.objectives.items()},
            "torch_rng": torch.get_rng_state(),
            "world": self.world,
        }
        if self.device.type == "cuda":
            state["cuda_rng"] = torch.cuda.get_rng_state(self.device)
        return state

    def save_checkpoint(self, path: Path | None = None, *, include_training_state: bool = True) -> None:
        import torch.distributed as dist

        from transcoder.engines.neural.checkpoint import save_checkpoint

        if self.rank == 0 and (include_training_state or path is not None):
            save_checkpoint(
                path or self.checkpoint_path,
                self.model,
                self.dictionary.id2word,
                counts=self.dictionary.counts,
                bpe_codes=self.bpe_codes,
                params={"training_config": self.config.raw},
                extra={"training": self.training_state()} if include_training_state else None,
            )
        if self.world > 1 and include_training_state:
            dist.barrier()

    def _resume(self, resume: str) -> None:
        import torch

        if resume == "never":
            return
        path = self.checkpoint_path if resume == "auto" else Path(resume)
        if not path.is_file():
            if resume != "auto":
                raise InputError(f"no such checkpoint to resume: {path}")
            return
        data = torch.load(path, map_location=self.device, weights_only=True)
        if "training" not in data:
            raise InputError(f"{path}: not a training checkpoint (no 'training' state)")
        state = data["training"]
        if int(state.get("world", 1)) != self.world:
            raise InputError(
                f"{path}: written by {state.get('world')} process(es), resuming with {self.world}"
            )
        self.model.encoder.load_state_dict(data["encoder"])
        self.model.decoder.load_state_dict(data["decoder"])
        self.step = int(state["step"])
        self.decoder_initialized = bool(state["decoder_initialized"])
        if state["stage_index"] >= 0:
            self._enter_stage(int(state["stage_index"]))
            self.optimizer.load_state_dict(state["optimizer"])
            self.scheduler.load_state_dict(state["scheduler"])
        for name, objective_state in state["objectives"].items():
            if name in self.objectives:
                self.objectives[name].load_state_dict(objective_state)
        torch.set_rng_state(state["torch_rng"].cpu())
        if "cuda_rng" in state and self.device.type == "cuda":
            torch.cuda.set_rng_state(state["cuda_rng"].cpu(), self.device)
        if self.rank == 0:
            self._say({"kind": "resume", "step": self.step, "from": str(path)})

    def save_rank_parameters(self) -> None:
        import torch

        state = {name: tensor.detach().cpu() for name, tensor in self.model.state_dict().items()}
        torch.save(state, self.out / f"parameters.rank{self.rank}.pt")

    def close(self) -> None:
        import torch.distributed as dist

        if self.world > 1 and dist.is_initialized():
            dist.destroy_process_group()

    # -- logging -------------------------------------------------------------------------------
    def _write_log(self, record: dict[str, Any]) -> None:
        with self.log_path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")

    def _say(self, record: dict[str, Any]) -> None:
        if not self.print_log:
            return
        shown = []
        for key, value in record.items():
            if key in ("kind", "config"):
                continue
            if isinstance(value, float):
                shown.append(f"{key}={value:.4g}")
            else:
                shown.append(f"{key}={value}")
        print(f"train: {record['kind']}: " + " ".join(shown), file=sys.stderr, flush=True)
