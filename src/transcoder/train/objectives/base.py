"""What every training objective shares: the context it trains in, and the registry of objectives.

An objective is one module in this package with one ``Objective`` subclass; giving it a ``name``
registers it (``mlm``, ``dae``, ``bt``), and a training config refers to it by that name.
Each objective splits into **units** (a language, or a direction for back-translation); the
trainer makes one optimizer update per unit per step, as XLM does (one update per MLM language,
per auto-encoding language, per back-translation direction).
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import torch
from torch import nn

from transcoder.engines.neural.dictionary import Dictionary
from transcoder.engines.neural.model import TranslationModel
from transcoder.train.shards import TokenShard


class TrainingModule(nn.Module):
    """The model behind one ``forward`` that returns a loss, so a single ``DistributedDataParallel``
    wrapper sees every parameter use (the prediction layer included) inside ``forward``."""

    def __init__(self, model: TranslationModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, kind: str, **batch: torch.Tensor) -> torch.Tensor:
        if kind == "mlm":
            # tokens (B, T), lengths (B,), langs int, pred_mask (B, T) bool, targets (N,)
            hidden = self.model.encoder(batch["tokens"], batch["lengths"], int(batch["lang"]))
            _, loss = self.model.encoder.prediction_loss(hidden, batch["pred_mask"], batch["targets"])
            return loss
        if kind == "seq2seq":
            return self.model.seq2seq_loss(
                batch["src"], batch["src_lengths"], int(batch["src_lang"]),
                batch["tgt"], batch["tgt_lengths"], int(batch["tgt_lang"]),
            )  # fmt: skip
        raise ValueError(f"unknown forward kind '{kind}'")


@dataclass(slots=True)
class TrainingContext:
    """Everything an objective needs: the model (wrapped for data parallelism or not), the data."""

    module: nn.Module  # TrainingModule, possibly inside DistributedDataParallel
    model: TranslationModel  # the bare model (generation for back-translation)
    dictionary: Dictionary
    data_dir: Any  # pathlib.Path of a dataset built by `transcoder data build`
    languages: list[str]
    device: torch.device
    seed: int
    rank: int = 0
    world: int = 1
    shards: dict[str, TokenShard] = field(default_factory=dict)  # cache, by shard name

    def shard(self, name: str) -> TokenShard:
        if name not in self.shards:
            self.shards[name] = TokenShard(self.data_dir / name, len(self.dictionary))
        return self.shards[name]

    def lang_id(self, language: str) -> int:
        return self.model.config.lang2id[language]


_REGISTRY: dict[str, type[Objective]] = {}


class Objective(ABC):
    """One training objective; ``options`` come from the config's ``[objectives.NAME]`` table."""

    name: ClassVar[str]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            _REGISTRY[cls.name] = cls

    def __init__(self, context: TrainingContext, options: dict[str, Any]) -> None:
        self.context = context
        self.options = options
        # The objective's own random stream (masks, noise), saved with the checkpoint.
        self.generator = torch.Generator().manual_seed(
            context.seed * 7919 + context.rank * 104729 + _stable_hash(self.name)
        )

    @abstractmethod
    def units(self) -> list[str]:
        """The units of one step, in order: a language (``python``) or a direction (``python-java``)."""

    @abstractmethod
    def loss(self, unit: str) -> tuple[torch.Tensor, dict[str, float]]:
        """The training loss of one update on ``unit`` (with gradient) and numbers to log."""

    @abstractmethod
    def validate(self) -> dict[str, float]:
        """Metrics on the valid split (no gradient), keyed ``name.unit.metric``."""

    def state_dict(self) -> dict[str, Any]:
        return {"generator": self.generator.get_state()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.generator.set_state(state["generator"])


def _stable_hash(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def get_objective(name: str) -> type[Objective]:
    _load_objective_modules()
    if name not in _REGISTRY:
        raise KeyError(name)
    return _REGISTRY[name]


def objective_names() -> list[str]:
    _load_objective_modules()
    return sorted(_REGISTRY)


def _load_objective_modules() -> None:
    """Import every module of this package: each registers its Objective subclass.

    The modules are found next to this file rather than by importing ``transcoder.train.objectives``,
    whose ``__init__`` imports this module (that import was a cycle).
    """
    package = __name__.rpartition(".")[0]  # transcoder.train.objectives
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if not module.ispkg:
            importlib.import_module(f"{package}.{module.name}")
