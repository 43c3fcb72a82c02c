"""Training configs: a TOML (or JSON) file in ``configs/``, read into typed dataclasses.

A config names the model size (``engines/neural/configs.py``), the dataset directory, the
training stages and each objective's options::

    [model]
    size = "tiny"

    [data]
    dir = "runs/data/cpu"

    [train]
    out = "runs/tiny"

    [[stages]]             # TransCoder: MLM pretraining first...
    name = "mlm"
    steps = 1000
    objectives = ["mlm"]

    [[stages]]             # ...then denoising + back-translation, the decoder started from the encoder
    name = "dae_bt"
    steps = 1000
    objectives = ["dae", "bt"]
    init_decoder_from_encoder = true
    lambdas = { dae = "0:1,300:0.1,1000:0" }

    [objectives.mlm]
    bptt = 128
"""

from __future__ import annotations

import itertools
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transcoder.errors import InputError


def parse_schedule(text: str | float | int) -> list[tuple[int, float]]:
    """XLM's lambda schedules: ``"0:1,30000:0.1,100000:0"`` (step:value, linear in between,
    constant after the last point) or a plain number."""
    if isinstance(text, int | float):
        return [(0, float(text))]
    points: list[tuple[int, float]] = []
    for piece in str(text).split(","):
        if ":" not in piece:
            if len(str(text).split(",")) == 1:
                return [(0, float(piece))]
            raise InputError(f"bad schedule '{text}': expected step:value pairs")
        step, value = piece.split(":")
        points.append((int(step), float(value)))
    if points[0][0] != 0 or any(b[0] <= a[0] for a, b in itertools.pairwise(points)):
        raise InputError(f"bad schedule '{text}': steps must start at 0 and increase")
    return points


def schedule_value(points: list[tuple[int, float]], step: int) -> float:
    """The value of a parsed schedule at ``step`` (XLM's ``get_lambda_value``)."""
    for (x_a, y_a), (x_b, y_b) in itertools.pairwise(points):
        if x_a <= step < x_b:
            return y_a + (step - x_a) * (y_b - y_a) / (x_b - x_a)
    return points[-1][1]


@dataclass(frozen=True, slots=True)
class StageConfig:
    """One stage of training: which objectives, how long, with which optimizer settings."""

    name: str
    steps: int  # training steps (one step = one update per unit of each objective)
    objectives: tuple[str, ...]
    lambdas: dict[str, str] = field(default_factory=dict)  # objective -> schedule over the stage's steps
    lr: float = 1e-4  # TransCoder: adam_inverse_sqrt, lr=0.0001
    warmup: int = 10_000  # warmup_updates=10000 (counted in optimizer updates)
    warmup_init_lr: float = 1e-7  # XLM's AdamInverseSqrtWithWarmup default
    weight_decay: float = 0.01
    betas: tuple[float, float] = (0.9, 0.999)
    init_decoder_from_encoder: bool = False  # TransCoder's reload_encoder_for_decoder


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """A whole training run."""

    model_size: str
    model_overrides: dict[str, Any]
    data_dir: Path
    languages: tuple[str, ...]
    out: Path
    seed: int
    stages: tuple[StageConfig, ...]
    objectives: dict[str, dict[str, Any]]  # options of each objective
    log_every: int = 10
    validate_every: int = 200
    checkpoint_every: int = 200
    clip_grad_norm: float = 5.0  # XLM's default
    device: str = "auto"  # auto, cpu, cuda
    threads: int | None = None  # torch intra-op threads (None: torch's default)
    raw: dict[str, Any] = field(default_factory=dict)  # the file as read, stored in checkpoints

    @property
    def total_steps(self) -> int:
        return sum(stage.steps for stage in self.stages)

    def stage_at(self, step: int) -> tuple[int, StageConfig, int]:
        """(stage index, stage, step within the stage) of global ``step``."""
        start = 0
        for index, stage in enumerate(self.stages):
            if step < start + stage.steps:
                return index, stage, step - start
            start += stage.steps
        return len(self.stages) - 1, self.stages[-1], step - (start - self.stages[-1].steps)


def read_config(path: str | Path, overrides: dict[str, Any] | None = None) -> TrainConfig:
    """Read a TOML/JSON training config; ``overrides`` (``{"train.out": "runs/x"}``) win over the file.

    Relative paths in the file are taken relative to the current directory (run from the repo root).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such config: {path}")
    text = path.read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: {error}") from None
    for dotted, value in (overrides or {}).items():
        set_dotted(raw, dotted, value)
    return config_from_dict(raw, str(path))


def set_dotted(raw: dict[str, Any], dotted: str, value: Any) -> None:
    """Set ``raw["a"]["b"] = value`` for ``"a.b"``; a number indexes a list (``stages.0.steps``)."""
    table: Any = raw
    *parents, last = dotted.split(".")
    try:
        for key in parents:
            table = table[int(key)] if isinstance(table, list) else table.setdefault(key, {})
        if isinstance(table, list):
            table[int(last)] = value
        else:
            table[last] = value
    except (IndexError, ValueError, TypeError, AttributeError):
        raise InputError(f"cannot set '{dotted}' in the config") from None


def config_from_dict(raw: dict[str, Any], where: str = "config") -> TrainConfig:
    from transcoder.train.objectives import objective_names

    def need(table: dict[str, Any], key: str, context: str) -> Any:
        if key not in table:
            raise InputError(f"{where}: missing '{key}' in [{context}]")
        return table[key]

    model = dict(raw.get("model", {}))
    data = raw.get("data", {})
    train = raw.get("train", {})
    known = set(objective_names())
    stages: list[StageConfig] = []
    for number, stage in enumerate(need(raw, "stages", "top level"), start=1):
        objectives = tuple(need(stage, "objectives", f"stages #{number}"))
        unknown = [o for o in objectives if o not in known]
        if unknown:
            raise InputError(
                f"{where}: unknown objective(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        lambdas = {str(k): str(v) for k, v in stage.get("lambdas", {}).items()}
        for schedule in lambdas.values():
            parse_schedule(schedule)
        stages.append(
            StageConfig(
                name=str(stage.get("name", f"stage{number}")),
                steps=int(need(stage, "steps", f"stages #{number}")),
                objectives=objectives,
                lambdas=lambdas,
                lr=float(stage.get("lr", 1e-4)),
                warmup=int(stage.get("warmup", 10_000)),
                warmup_init_lr=float(stage.get("warmup_init_lr", 1e-7)),
                weight_decay=float(stage.get("weight_decay", 0.01)),
                betas=tuple(float(b) for b in stage.get("betas", (0.9, 0.999))),  # type: ignore[arg-type]
                init_decoder_from_encoder=bool(stage.get("init_decoder_from_encoder", False)),
            )
        )
    size = str(model.pop("size", "tiny"))
    return TrainConfig(
        model_size=size,
        model_overrides=model,
        data_dir=Path(need(data, "dir", "data")),
        languages=tuple(data.get("languages", ("cpp", "java", "python"))),
        out=Path(train.get("out", "runs/train")),
        seed=int(train.get("seed", 0)),
        stages=tuple(stages),
        objectives={str(k): dict(v) for k, v in raw.get("objectives", {}).items()},
        log_every=int(train.get("log_every", 10)),
        validate_every=int(train.get("validate_every", 200)),
        checkpoint_every=int(train.get("checkpoint_every", 200)),
        clip_grad_norm=float(train.get("clip_grad_norm", 5.0)),
        device=str(train.get("device", "auto")),
        threads=int(train["threads"]) if "threads" in train else None,
        raw=raw,
    )
