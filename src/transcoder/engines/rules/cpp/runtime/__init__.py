"""C++ helpers a translation may carry (``helpers.hpp``), by name, in dependency order."""

from __future__ import annotations

from transcoder.engines.rules.runtime import load_helpers

HELPERS = load_helpers(__name__, "helpers.hpp", "//")
