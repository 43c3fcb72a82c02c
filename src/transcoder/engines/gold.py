"""The `gold` engine: returns the benchmark's own reference. It checks the harness, not a translator."""

from __future__ import annotations

from transcoder.engines.base import Candidate, Engine
from transcoder.errors import EngineError


class GoldEngine(Engine):
    name = "gold"
    description = "the benchmark's reference solution (a check of the evaluation harness)"
    needs_reference = True

    def translate(
        self,
        code: str,
        source: str,
        target: str,
        n: int = 1,
        *,
        reference: str | None = None,
        signature: str | None = None,
    ) -> list[Candidate]:
        if reference is None:
            raise EngineError(
                "engine 'gold' only works inside `transcoder eval`, which supplies the reference"
            )
        return [Candidate(reference)]

    def supports(self, source: str, target: str) -> bool:
        return True
