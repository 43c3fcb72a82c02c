"""Write the SHA-256 lists that ``transcoder data fetch`` verifies downloads against.

Run against local clones of the upstream repositories at the pinned commits (catalog.py)::

    python -m transcoder.datasets.pin --codegen DIR --transcoder DIR

Each list is in ``sha256sum`` format (``<digest>  <path in the repository>``), so it can also be
checked by hand with ``sha256sum -c`` inside a checkout. The GfG scripts are split by the IDs of
the shipped valid split (``data/benchmarks/transcoder-gfg/valid``): those are the valid split,
every other script of C++, Java and Python is the test split.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
from collections.abc import Iterable
from pathlib import Path

from transcoder.datasets import BENCHMARKS, shipped
from transcoder.datasets.catalog import (
    CHECKSUMS_DIR,
    CODEGEN_COMMIT,
    CORPUS_UPSTREAM,
    GFG_LANGUAGES,
    GFG_UPSTREAM,
    TRANSCODER_COMMIT,
)


def _git(repository: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repository), *args], check=True, capture_output=True, text=True
    ).stdout


def tree_paths(repository: Path, commit: str, folder: str) -> list[str]:
    """Every file under ``folder`` at ``commit``."""
    return sorted(_git(repository, "ls-tree", "-r", "--name-only", commit, folder).splitlines())


def sha256_lines(repository: Path, commit: str, paths: Iterable[str]) -> list[str]:
    """``<sha256>  <path>`` of each path's content at ``commit``."""
    lines = []
    for path in paths:
        content = subprocess.run(
            ["git", "-C", str(repository), "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
        lines.append(f"{hashlib.sha256(content).hexdigest()}  {path}")
    return lines


def write_list(name: str, lines: list[str]) -> None:
    (CHECKSUMS_DIR / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} files")


def pin(codegen: Path, transcoder: Path) -> None:
    valid_dir = shipped(BENCHMARKS["gfg-valid"])
    licence = f"{GFG_UPSTREAM}/LICENSE"
    valid: list[str] = [licence]
    test: list[str] = [licence]
    for language, extension in GFG_LANGUAGES.items():
        valid_ids = {p.name for p in (valid_dir / language).glob(f"*{extension}")}
        for path in tree_paths(codegen, CODEGEN_COMMIT, f"{GFG_UPSTREAM}/{language}"):
            (valid if path.rsplit("/", 1)[1] in valid_ids else test).append(path)
    write_list("codegen-gfg-valid", sha256_lines(codegen, CODEGEN_COMMIT, valid))
    write_list("codegen-gfg-test", sha256_lines(codegen, CODEGEN_COMMIT, test))
    bpe = ["data/bpe/cpp-java-python/codes", "data/bpe/cpp-java-python/vocab", "LICENSE"]
    write_list("codegen-bpe", sha256_lines(codegen, CODEGEN_COMMIT, bpe))
    # The GitHub sample CodeGen ships for its preprocessing tests (python.002 is empty: left out).
    corpus = [
        p
        for p in tree_paths(codegen, CODEGEN_COMMIT, CORPUS_UPSTREAM)
        if not p.endswith("python.002.json.gz")
    ]
    write_list("codegen-corpus", sha256_lines(codegen, CODEGEN_COMMIT, [*corpus, "LICENSE"]))
    write_list("transcoder-license", sha256_lines(transcoder, TRANSCODER_COMMIT, ["LICENSE"]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--codegen", type=Path, required=True, help="clone of facebookresearch/CodeGen")
    parser.add_argument("--transcoder", type=Path, required=True, help="clone of facebookresearch/TransCoder")
    args = parser.parse_args()
    pin(args.codegen, args.transcoder)


if __name__ == "__main__":
    main()
