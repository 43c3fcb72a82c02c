"""`transcoder data build`: reading every input kind, dedup, a leak-free split, BPE and shards."""

from __future__ import annotations

import gzip
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from transcoder.cli import main
from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.bpe import BPE
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.languages import get_language
from transcoder.train.data import LANGUAGES, assign_splits, build_dataset, iter_documents
from transcoder.train.shards import TokenShard, write_shard

BENCHMARK = SHIPPED_DIR / "benchmarks" / "transcoder-gfg" / "valid"
EXTENSIONS = {"cpp": ".cpp", "java": ".java", "python": ".py"}


def _benchmark_files(language: str, count: int, skip: int = 0) -> list[Path]:
    if not BENCHMARK.is_dir():
        pytest.skip(f"benchmark not found under {BENCHMARK}")
    return sorted((BENCHMARK / language).glob(f"*{EXTENSIONS[language]}"))[skip : skip + count]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A source directory (Python, with one exact duplicate), a zip (Java) and a .json.gz (C++)."""
    root = tmp_path_factory.mktemp("inputs")
    source_dir = root / "python_sources"
    (source_dir / "pkg").mkdir(parents=True)
    python_files = _benchmark_files("python", 12)
    for path in python_files:
        shutil.copy(path, source_dir / "pkg" / path.name)
    shutil.copy(python_files[0], source_dir / "copy_of_first.py")  # exact duplicate
    (source_dir / "notes.txt").write_text("not code\n", encoding="utf-8")
    archive = root / "src.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in _benchmark_files("java", 12):
            zipped.write(path, f"java.base/example/{path.name}")
    corpus = root / "cpp.000.json.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for path in _benchmark_files("cpp", 12):
            record = {
                "repo_name": "x/y",
                "path": f"src/{path.name}",
                "content": path.read_text(encoding="utf-8"),
            }
            handle.write(json.dumps(record) + "\n")
    return [source_dir, archive, corpus]


@pytest.fixture(scope="module")
def built(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("dataset")
    paired = tmp_path_factory.mktemp("paired")
    stems = [{p.stem for p in _benchmark_files(language, 10_000)} for language in LANGUAGES]
    common = sorted(set.intersection(*stems))[40:43]  # a small paired set: 3 IDs present in every language
    for language in LANGUAGES:
        (paired / language).mkdir()
        for stem in common:
            shutil.copy(BENCHMARK / language / f"{stem}{EXTENSIONS[language]}", paired / language)
    summary = build_dataset(
        [str(p) for p in inputs],
        out,
        learn_codes=60,
        valid_fraction=0.25,
        paired_valid=paired,
        jobs=1,
        progress=False,
        log=False,
    )
    return out, summary


def test_reads_directories_zips_and_json_gz(inputs: list[Path]) -> None:
    documents = list(iter_documents(inputs))
    by_language = {language: [d for d in documents if d.language == language] for language in LANGUAGES}
    assert len(by_language["python"]) == 13  # twelve files and the duplicate; notes.txt ignored
    assert len(by_language["java"]) == 12 and by_language["java"][0].origin.startswith(
        str(inputs[1]) + ":java.base/"
    )
    assert len(by_language["cpp"]) == 12 and by_language["cpp"][0].origin.endswith(".json.gz:1")
    assert len(list(iter_documents(inputs, max_files_per_input=2))) == 6
    assert not [
        d
        for d in iter_documents(inputs, exclude=["*/pkg/*"])
        if d.language == "python" and "/pkg/" in d.origin
    ]


def test_split_is_by_file_content_and_order_independent(inputs: list[Path]) -> None:
    documents = list(iter_documents(inputs))
    splits = assign_splits(documents, 0.25)
    assert splits == assign_splits(list(reversed(documents)), 0.25)
    for language in LANGUAGES:
        values = [splits[d.digest] for d in documents if d.language == language]
        assert "valid" in values and "train" in values


def test_build_drops_duplicates_and_writes_every_shard(built: tuple[Path, object]) -> None:
    out, summary = built
    assert summary.duplicates["python"] == 1  # type: ignore[attr-defined]
    dictionary = Dictionary.from_vocab_file(out / "vocab")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["n_words"] == len(dictionary)
    assert len(BPE.from_codes_file(out / "codes")) == 60
    for language in LANGUAGES:
        train_files = TokenShard(out / f"{language}.train.files", len(dictionary))
        valid_files = TokenShard(out / f"{language}.valid.files", len(dictionary))
        assert len(train_files) + len(valid_files) == 12
        assert len(valid_files) == 3  # a quarter of twelve distinct files
        functions = TokenShard(out / f"{language}.train.functions", len(dictionary))
        assert len(functions) > 0 and functions.n_tokens > 0


def _sequences(out: Path, name: str, n_words: int) -> set[tuple[int, ...]]:
    shard = TokenShard(out / name, n_words)
    return {tuple(shard[i].tolist()) for i in range(len(shard))}


def test_nothing_leaks_between_train_and_valid(built: tuple[Path, object]) -> None:
    out, _ = built
    n_words = len(Dictionary.from_vocab_file(out / "vocab"))
    paired = json.loads((out / "paired_valid.json").read_text(encoding="utf-8"))
    dictionary = Dictionary.from_vocab_file(out / "vocab")
    for language in LANGUAGES:
        for kind in ("files", "functions"):
            train = _sequences(out, f"{language}.train.{kind}", n_words)
            valid = _sequences(out, f"{language}.valid.{kind}", n_words)
            assert not train & valid, f"{language} {kind} in both splits"
        paired_ids = {tuple(dictionary.encode(pair[language].split())) for pair in paired.values()}
        assert not _sequences(out, f"{language}.train.functions", n_words) & paired_ids


def test_shards_decode_back_to_the_tokenizer_output(built: tuple[Path, object]) -> None:
    out, _ = built
    dictionary = Dictionary.from_vocab_file(out / "vocab")
    paired = json.loads((out / "paired_valid.json").read_text(encoding="utf-8"))
    assert len(paired) == 3 and all(set(pair) == set(LANGUAGES) for pair in paired.values())
    identifier = sorted(paired)[0]
    for language in LANGUAGES:
        source = (BENCHMARK / language / f"{identifier}{EXTENSIONS[language]}").read_text(encoding="utf-8")
        gold = next(f for f in get_language(language).extract_functions(source) if f.name == "f_gold")
        assert BPE.decode(paired[identifier][language].split()) == get_language(language).tokenize(gold.text)
    # Every train file decodes to tokens without <unk> (the vocabulary is built from train).
    shard = TokenShard(out / "java.train.files", len(dictionary))
    units = dictionary.decode(shard[0])
    assert "<unk>" not in units and not units[-1].endswith("@@")


def test_write_shard_round_trips_and_picks_the_narrow_type(tmp_path: Path) -> None:
    sequences = [[5, 6, 7], [], [65_535]]
    assert write_shard(tmp_path / "small", sequences, n_words=65_536) == (3, 4)
    shard = TokenShard(tmp_path / "small", 65_536)
    assert [shard[i].tolist() for i in range(len(shard))] == sequences
    assert (tmp_path / "small.bin").stat().st_size == 4 * 2  # uint16
    write_shard(tmp_path / "wide", [[70_000]], n_words=80_000)
    assert TokenShard(tmp_path / "wide", 80_000)[0].tolist() == [70_000]
    assert np.load(tmp_path / "wide.idx.npy").tolist() == [0, 1]
    with pytest.raises(ValueError, match="out of range"):
        write_shard(tmp_path / "bad", [[3]], n_words=3)


def test_cli_reports_bad_inputs_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.strip() == f"transcoder: error: no such input: {tmp_path / 'missing'}"
    bad = tmp_path / "java.000.json.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as handle:
        handle.write('{"content": "class A {}", "path": "A.java"}\n{not json\n')
    assert main(["data", "build", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "java.000.json.gz:2:2: bad JSON" in capsys.readouterr().err
