"""C++ helpers a translation may carry (``helpers.hpp``, then ``text.hpp``), by name, in
dependency order."""

from __future__ import annotations

from transcoder.engines.rules.runtime import load_helpers

HELPERS = {
    **load_helpers(__name__, "helpers.hpp", "//"),
    **load_helpers(__name__, "text.hpp", "//"),  # text, bits and array copies (issue 13)
    **load_helpers(__name__, "bigint.hpp", "//"),  # Python integers beyond 64 bits (issue 12)
}
