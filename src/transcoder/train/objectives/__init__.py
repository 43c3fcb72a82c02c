"""Training objectives, one module each, registered by name: ``mlm``, ``dae``, ``bt``."""

from transcoder.train.objectives import bt, dae, mlm
from transcoder.train.objectives.base import (
    Objective,
    TrainingContext,
    TrainingModule,
    get_objective,
    objective_names,
)

__all__ = [
    "Objective",
    "TrainingContext",
    "TrainingModule",
    "bt",
    "dae",
    "get_objective",
    "mlm",
    "objective_names",
]
