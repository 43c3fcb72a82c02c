"""Where the data the project uses lives, and short names for it.

Two places are searched, in this order: the folder ``transcoder data fetch`` writes to by
default (``$TRANSCODER_DATA``, else ``~/.cache/transcoder/data``), and the copy shipped in the
repository (``data/``: the GfG valid split for C++, Java and Python and the
released BPE codes and vocabulary, each with its licence). Both share one layout, that of
the shared data folder the project was developed against::

    benchmarks/transcoder-gfg/{valid,test}/<language>/<ID>.<ext>   + benchmarks/transcoder-gfg/LICENSE
    bpe/cpp-java-python/{codes,vocab}                               + bpe/LICENSE
    models/<release>/<checkpoint>.pth                               (fetched only)
"""

from __future__ import annotations

import os
from pathlib import Path

from transcoder.errors import InputError

DATA_ENV = "TRANSCODER_DATA"
# src/transcoder/datasets/__init__.py -> the repository root's data/ (a checkout or editable install).
SHIPPED_DIR = Path(__file__).resolve().parents[3] / "data"

# Short names `transcoder eval` accepts in place of a benchmark directory.
BENCHMARKS: dict[str, str] = {
    "gfg-valid": "benchmarks/transcoder-gfg/valid",
    "gfg-test": "benchmarks/transcoder-gfg/test",
}
BPE_CODES = "bpe/cpp-java-python/codes"
BPE_VOCAB = "bpe/cpp-java-python/vocab"


def default_fetch_dir() -> Path:
    """Where ``transcoder data fetch`` writes without ``--dest``."""
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "transcoder" / "data"


def data_roots() -> list[Path]:
    """The folders searched for data, most specific first (existing ones only)."""
    roots: list[Path] = []
    for root in (default_fetch_dir(), SHIPPED_DIR):
        if root.is_dir() and root.resolve() not in roots:
            roots.append(root.resolve())
    return roots


def locate(relative: str) -> Path | None:
    """The first ``root / relative`` that exists, or None."""
    for root in data_roots():
        if (root / relative).exists():
            return root / relative
    return None


def shipped(relative: str) -> Path:
    """A path inside the repository's shipped copy (tests read it, so that they need nothing else)."""
    path = SHIPPED_DIR / relative
    if not path.exists():
        raise InputError(f"shipped data missing: {path} (is this a complete checkout?)")
    return path


def resolve_benchmark(name_or_dir: str) -> Path:
    """A benchmark directory from a short name (``gfg-valid``, ``gfg-test``) or a path."""
    if name_or_dir in BENCHMARKS:
        found = locate(BENCHMARKS[name_or_dir])
        if found is None:
            raise InputError(
                f"benchmark '{name_or_dir}' is not on this machine: run `transcoder data fetch {name_or_dir}`"
            )
        return found
    path = Path(name_or_dir)
    if not path.is_dir():
        names = ", ".join(BENCHMARKS)
        raise InputError(f"no such benchmark directory: {name_or_dir} (or a short name: {names})")
    return path
