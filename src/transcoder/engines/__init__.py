"""Translation engines: `rules` (default, offline), `neural` (TransCoder), and `gold`."""

from transcoder.engines.base import Candidate, Engine, engine_names, get_engine

DEFAULT_ENGINE = "rules"

__all__ = ["DEFAULT_ENGINE", "Candidate", "Engine", "engine_names", "get_engine"]
