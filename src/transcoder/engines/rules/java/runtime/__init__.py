"""Java helper methods a translation may carry (``Helpers.java``), by name."""

from __future__ import annotations

from transcoder.engines.rules.runtime import load_helpers

HELPERS = load_helpers(__name__, "Helpers.java", "//")
