"""What ``transcoder data fetch`` can download, from where, and how each file is verified.

Files kept in public repositories are pinned: a raw URL at a fixed commit and the SHA-256 of the
file at that commit (lists under ``checksums/``, written by ``pin.py`` from clones of the
repositories). The released checkpoints live on ``dl.fbaipublicfiles.com`` with no published
checksum, and none could be computed where this catalog was written (that host is unreachable
from it): they are checked against the size the server announces and, after the first download,
against the SHA-256 recorded then (trust on first use; see docs/service.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from transcoder.errors import InputError

CHECKSUMS_DIR = Path(__file__).with_name("checksums")

# facebookresearch/CodeGen holds the GfG evaluation scripts (CC BY-SA 2.0) and the BPE files (MIT);
# the scripts of the shipped valid split are byte-identical to those at this commit.
CODEGEN_COMMIT = "e3e8855c4abbd7d19c8fec36b49d7e7fe7479dbf"
CODEGEN_RAW = f"https://raw.githubusercontent.com/facebookresearch/CodeGen/{CODEGEN_COMMIT}/"
# facebookresearch/TransCoder (CC BY-NC 4.0), whose README lists the original checkpoints.
TRANSCODER_COMMIT = "1c21887dc55a88ea6535e669952d419256fbc24a"
TRANSCODER_RAW = f"https://raw.githubusercontent.com/facebookresearch/TransCoder/{TRANSCODER_COMMIT}/"
RELEASES = "https://dl.fbaipublicfiles.com/transcoder/"

GFG_UPSTREAM = "data/transcoder_evaluation_gfg"
GFG_LANGUAGES = {"cpp": ".cpp", "java": ".java", "python": ".py"}
CORPUS_UPSTREAM = "data/test_dataset"


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file to download."""

    url: str
    path: str  # where it goes, relative to the destination folder
    sha256: str | None  # None: no pinned digest (released checkpoints; trust on first use)


@dataclass(frozen=True, slots=True)
class Dataset:
    """A named set of files that ``transcoder data fetch NAME`` downloads together."""

    name: str
    description: str
    licence: str
    files: tuple[RemoteFile, ...]


def _pinned(checksums: str, base_url: str, moves: dict[str, str]) -> list[RemoteFile]:
    """Files of a checksum list; ``moves`` maps upstream path prefixes to destination prefixes
    (the longest matching prefix wins)."""
    files = []
    text = (CHECKSUMS_DIR / f"{checksums}.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        digest, upstream = line.split("  ", 1)
        prefix = max((p for p in moves if upstream.startswith(p)), key=len)
        files.append(RemoteFile(base_url + upstream, moves[prefix] + upstream[len(prefix) :], digest))
    return files


def _gfg(split: str) -> Dataset:
    files = _pinned(
        f"codegen-gfg-{split}",
        CODEGEN_RAW,
        {
            f"{GFG_UPSTREAM}/": f"benchmarks/transcoder-gfg/{split}/",
            f"{GFG_UPSTREAM}/LICENSE": "benchmarks/transcoder-gfg/LICENSE",
        },
    )
    return Dataset(
        f"gfg-{split}",
        f"TransCoder's GeeksforGeeks evaluation scripts, {split} split, C++/Java/Python",
        "CC BY-SA 2.0 (benchmarks/transcoder-gfg/LICENSE)",
        tuple(files),
    )


def _bpe(folder: str, licence: str) -> list[RemoteFile]:
    """The released BPE codes and vocabulary under ``folder``, and their MIT licence at ``licence``."""
    return _pinned(
        "codegen-bpe", CODEGEN_RAW, {"data/bpe/cpp-java-python/": f"{folder}/", "LICENSE": licence}
    )


def _models(name: str, description: str, licence: str, urls: list[str], licence_file: RemoteFile) -> Dataset:
    folder = f"models/{name}"
    checkpoints = [RemoteFile(url, f"{folder}/{url.rsplit('/', 1)[1]}", None) for url in urls]
    # The engine reads BPE codes from a file named `codes` beside the checkpoint (docs/neural.md).
    codes = [f for f in _bpe(folder, f"{folder}/LICENSE") if f.path == f"{folder}/codes"]
    return Dataset(name, description, licence, (*checkpoints, *codes, licence_file))


def _catalog() -> dict[str, Dataset]:
    transcoder_licence = _pinned(
        "transcoder-license", TRANSCODER_RAW, {"LICENSE": "models/transcoder/LICENSE"}
    )
    codegen_licence = next(f for f in _bpe("bpe", "LICENSE") if f.path == "LICENSE")
    st_urls = [
        f"{RELEASES}pre_trained_models/online_st_models/Online_ST_{pair}.pth"
        for pair in ("CPP_Java", "CPP_Python", "Java_CPP", "Java_Python", "Python_CPP", "Python_Java")
    ]
    datasets = [
        _gfg("valid"),
        _gfg("test"),
        Dataset(
            "bpe",
            "BPE codes (50k merges) and vocabulary (64k) of the released TransCoder models",
            "MIT (bpe/LICENSE)",
            tuple(_bpe("bpe/cpp-java-python", "bpe/LICENSE")),
        ),
        Dataset(
            "corpus-sample",
            "a small sample of GitHub source files (one JSON object a line: repo_name, path, content), "
            "as facebookresearch/CodeGen ships it for its preprocessing tests",
            "each file under its own repository's licence (repo_name, path in each record); "
            "distributed by facebookresearch/CodeGen (MIT, corpus/LICENSE)",
            tuple(
                _pinned(
                    "codegen-corpus",
                    CODEGEN_RAW,
                    {f"{CORPUS_UPSTREAM}/": "corpus/github-sample/", "LICENSE": "corpus/LICENSE"},
                )
            ),
        ),
        _models(
            "transcoder",
            "the paper's checkpoints as facebookresearch/TransCoder's README lists them "
            "(model_1: C++->Java, Java->C++, Java->Python; model_2: C++->Python, Python->C++, Python->Java)",
            "CC BY-NC 4.0 (models/transcoder/LICENSE)",
            [f"{RELEASES}model_1.pth", f"{RELEASES}model_2.pth"],
            transcoder_licence[0],
        ),
        _models(
            "transcoder-codegen",
            "the paper's checkpoints as facebookresearch/CodeGen re-released them "
            "(TransCoder_model_1, TransCoder_model_2)",
            "MIT (models/transcoder-codegen/LICENSE)",
            [f"{RELEASES}pre_trained_models/TransCoder_model_{i}.pth" for i in (1, 2)],
            RemoteFile(codegen_licence.url, "models/transcoder-codegen/LICENSE", codegen_licence.sha256),
        ),
        _models(
            "transcoder-st",
            "TransCoder-ST's online self-training checkpoints, one per direction",
            "MIT (models/transcoder-st/LICENSE)",
            st_urls,
            RemoteFile(codegen_licence.url, "models/transcoder-st/LICENSE", codegen_licence.sha256),
        ),
    ]
    return {dataset.name: dataset for dataset in datasets}


def dataset_names() -> list[str]:
    return list(_catalog())


def get_dataset(name: str) -> Dataset:
    catalog = _catalog()
    if name not in catalog:
        raise InputError(f"unknown dataset '{name}' (known: {', '.join(catalog)})")
    return catalog[name]
