"""`transcoder train`: exact resumption, checkpoints in the released layout, learning, and DDP.

Every test trains a real (very small) model on real benchmark code, built into a dataset once
per module by `build_dataset`.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import torch

from transcoder.cli import main
from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.checkpoint import load_checkpoint
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.errors import InputError
from transcoder.train.config import config_from_dict
from transcoder.train.data import LANGUAGES, build_dataset
from transcoder.train.trainer import Trainer

REPO = Path(__file__).resolve().parents[1]
BENCHMARK = SHIPPED_DIR / "benchmarks" / "transcoder-gfg" / "valid"
EXTENSIONS = {"cpp": ".cpp", "java": ".java", "python": ".py"}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not BENCHMARK.is_dir():
        pytest.skip(f"benchmark not found under {BENCHMARK}")
    stems = sorted(set.intersection(*({p.stem for p in (BENCHMARK / lang).iterdir()} for lang in LANGUAGES)))
    sources = tmp_path_factory.mktemp("sources")
    paired = tmp_path_factory.mktemp("paired")
    for language in LANGUAGES:
        (sources / language).mkdir()
        (paired / language).mkdir()
        for stem in stems[:40]:
            shutil.copy(BENCHMARK / language / f"{stem}{EXTENSIONS[language]}", sources / language)
        for stem in stems[40:43]:
            shutil.copy(BENCHMARK / language / f"{stem}{EXTENSIONS[language]}", paired / language)
    out = tmp_path_factory.mktemp("data")
    build_dataset(
        [sources],
        out,
        learn_codes=400,
        valid_fraction=0.1,
        paired_valid=paired,
        jobs=1,
        progress=False,
        log=False,
    )
    return out


def small_config(data: Path, out: Path, **train: Any) -> dict[str, Any]:
    return {
        "model": {
            "size": "tiny",
            "emb_dim_encoder": 32,
            "emb_dim_decoder": 32,
            "n_heads": 2,
            "max_positions": 256,
        },
        "data": {"dir": str(data), "languages": list(LANGUAGES)},
        "train": {
            "out": str(out),
            "seed": 3,
            "log_every": 1,
            "validate_every": 2,
            "checkpoint_every": 100,
            **train,
        },
        "stages": [
            {"name": "mlm", "steps": 2, "objectives": ["mlm"], "lr": 1e-3, "warmup": 2},
            {
                "name": "dae_bt",
                "steps": 2,
                "objectives": ["dae", "bt"],
                "init_decoder_from_encoder": True,
                "lr": 1e-3,
                "warmup": 2,
                "lambdas": {"dae": "0:1,2:0.5", "bt": "1"},
            },
        ],
        "objectives": {
            "mlm": {"batch_size": 4, "bptt": 32, "valid_blocks": 2},
            "dae": {"batch_size": 4, "max_length": 100, "valid_functions": 8},
            # Short generations keep the test quick: an untrained model runs to the length limit.
            "bt": {
                "batch_size": 2,
                "max_length": 60,
                "max_len_factor": 0.3,
                "bleu_functions": 2,
                "bleu_max_len": 20,
            },
        },
    }


def _parameters(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}


def test_resumed_training_equals_uninterrupted_training(dataset: Path, tmp_path: Path) -> None:
    straight = Trainer(
        config_from_dict(small_config(dataset, tmp_path / "straight")), resume="never", log=False
    )
    initial = _parameters(straight.model)
    straight.train()
    expected = _parameters(straight.model)

    # Interrupted after step 3 (inside the second stage, after a validation), then resumed.
    first = Trainer(config_from_dict(small_config(dataset, tmp_path / "resumed")), resume="never", log=False)
    first.train(max_steps=3)
    assert first.step == 3
    second = Trainer(config_from_dict(small_config(dataset, tmp_path / "resumed")), resume="auto", log=False)
    assert second.step == 3 and second.stage_index == 1 and second.decoder_initialized
    second.train()
    resumed = _parameters(second.model)

    assert resumed.keys() == expected.keys()
    assert all(torch.equal(resumed[name], expected[name]) for name in expected)
    assert any(not torch.equal(initial[name], expected[name]) for name in expected)  # it did train


def test_checkpoint_is_released_layout_and_logs_are_written(dataset: Path, tmp_path: Path) -> None:
    trainer = Trainer(config_from_dict(small_config(dataset, tmp_path)), resume="never", log=False)
    trainer.train()
    loaded = load_checkpoint(tmp_path / "checkpoint.pth")
    assert loaded.dictionary == Dictionary.from_vocab_file(dataset / "vocab")
    assert loaded.bpe_codes == (dataset / "codes").read_text(encoding="utf-8")
    assert all(
        torch.equal(a, b)
        for a, b in zip(loaded.model.state_dict().values(), trainer.model.state_dict().values(), strict=True)
    )
    data = torch.load(tmp_path / "checkpoint.pth", weights_only=True)
    assert data["training"]["step"] == 4 and set(data["training"]["objectives"]) == {"mlm", "dae", "bt"}
    assert not list(tmp_path.glob(".checkpoint.pth.*"))  # no temporary file left behind

    records = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text(encoding="utf-8").splitlines()]
    valid = [r for r in records if r["kind"] == "valid"]
    assert [r["step"] for r in valid] == [2, 4]
    assert "mlm.python.loss" in valid[0] and "dae.python.loss" not in valid[0]  # decoder untrained at step 2
    assert {"dae.java.accuracy", "bt.python-java.bleu", "bt.cpp-python.bleu"} <= set(valid[1])
    train = [r for r in records if r["kind"] == "train"]
    assert [r["stage"] for r in train] == ["mlm", "mlm", "dae_bt", "dae_bt"]
    assert train[2]["lambda.dae"] == 1.0 and train[3]["lambda.dae"] == 0.75
    svg = (tmp_path / "curves.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "polyline" in svg and "valid BT BLEU" in svg


def test_validation_measures_computational_accuracy_through_the_harness(
    dataset: Path, tmp_path: Path
) -> None:
    raw = small_config(dataset, tmp_path, validate_every=4)
    raw["validation"] = {"ca": {"bench_dir": str(BENCHMARK), "items": 2, "directions": ["java-python"]}}
    trainer = Trainer(config_from_dict(raw), resume="never", log=False)
    trainer.train()
    records = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text(encoding="utf-8").splitlines()]
    valid = [r for r in records if r["kind"] == "valid"]
    # An untrained model's translations fail the tests: CA is measured, and it is 0.
    assert valid[-1]["ca.java-python"] == 0.0
    assert (tmp_path / "validation.pth").is_file()
    assert load_checkpoint(tmp_path / "validation.pth").dictionary == trainer.dictionary


def test_denoising_loss_falls(dataset: Path, tmp_path: Path) -> None:
    raw = small_config(dataset, tmp_path, validate_every=1000, log_every=40)
    raw["stages"] = [{"name": "dae", "steps": 40, "objectives": ["dae"], "lr": 3e-3, "warmup": 5}]
    raw["objectives"]["dae"] = {
        "batch_size": 8,
        "max_length": 100,
        "word_shuffle": 0,
        "word_dropout": 0,
        "word_blank": 0.1,
    }
    trainer = Trainer(config_from_dict(raw), resume="never", log=False)
    before = trainer.objectives["dae"].validate()
    trainer.train()
    trainer.model.eval()
    after = trainer.objectives["dae"].validate()
    for language in LANGUAGES:
        assert after[f"dae.{language}.loss"] < before[f"dae.{language}.loss"] - 1.0
        assert after[f"dae.{language}.accuracy"] > before[f"dae.{language}.accuracy"] + 0.1


def test_config_errors_are_one_line(
    dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = small_config(dataset, tmp_path)
    broken = copy.deepcopy(raw)
    broken["stages"][0]["objectives"] = ["mlm", "clm"]
    with pytest.raises(InputError, match="unknown objective"):
        config_from_dict(broken)
    assert main(["train", str(tmp_path / "missing.toml")]) == 2
    assert (
        capsys.readouterr().err.strip() == f"transcoder: error: no such config: {tmp_path / 'missing.toml'}"
    )
    config_file = tmp_path / "c.json"
    config_file.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["train", str(config_file), "--resume", str(tmp_path / "nope.pth")]) == 2
    assert "no such checkpoint to resume" in capsys.readouterr().err


def test_torchrun_two_ranks_hold_identical_parameters(dataset: Path, tmp_path: Path) -> None:
    raw = small_config(dataset, tmp_path / "out", validate_every=1000)
    config_file = tmp_path / "ddp.json"
    config_file.write_text(json.dumps(raw), encoding="utf-8")
    environment = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
        "-m", "transcoder", "train", str(config_file), "--save-rank-parameters",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment, cwd=REPO)
    assert result.returncode == 0, result.stderr[-2000:]
    rank0 = torch.load(tmp_path / "out" / "parameters.rank0.pt", weights_only=True)
    rank1 = torch.load(tmp_path / "out" / "parameters.rank1.pt", weights_only=True)
    assert rank0.keys() == rank1.keys()
    assert all(torch.equal(rank0[name], rank1[name]) for name in rank0)
    # Both ranks trained (the weights moved from the seed's initialisation) through both stages.
    single = Trainer(config_from_dict(small_config(dataset, tmp_path / "single")), resume="never", log=False)
    assert any(not torch.equal(rank0[name], tensor) for name, tensor in single.model.state_dict().items())
    checkpoint = torch.load(tmp_path / "out" / "checkpoint.pth", weights_only=True)
    assert checkpoint["training"]["world"] == 2 and checkpoint["training"]["step"] == 4
