"""Python helpers a translation may carry (``helpers.py``), by name."""

from __future__ import annotations

from transcoder.engines.rules.runtime import load_helpers

HELPERS = load_helpers(__name__, "helpers.py", "#")
