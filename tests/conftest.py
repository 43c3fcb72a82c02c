"""Fixtures shared by the whole test suite (generic ones only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcoder.datasets import SHIPPED_DIR

SHARED_DIR = SHIPPED_DIR  # the repository's data/: the layout of ../shared, shipped


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared data folder (benchmarks, corpus, BPE codes) next to the repository."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DIR.resolve()}")
    return SHARED_DIR.resolve()
