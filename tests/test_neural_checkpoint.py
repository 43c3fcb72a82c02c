"""Checkpoints in the released TransCoder layout: built by hand with the original key names and
fields, saved with torch.save, loaded strictly, and translated with end to end."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy
import pytest

torch = pytest.importorskip("torch")

import transcoder  # noqa: E402
from test_neural_search import FUNCTIONS, tokenize, train_on_pairs  # noqa: E402
from transcoder.cli import main  # noqa: E402
from transcoder.datasets import SHIPPED_DIR  # noqa: E402
from transcoder.engines.base import get_engine  # noqa: E402
from transcoder.engines.neural import NeuralEngine  # noqa: E402
from transcoder.engines.neural.bpe import learn_bpe_from_lines  # noqa: E402
from transcoder.engines.neural.checkpoint import load_checkpoint, resolve_language_id, save_checkpoint  # noqa: E402
from transcoder.engines.neural.configs import model_config  # noqa: E402
from transcoder.engines.neural.dictionary import Dictionary  # noqa: E402
from transcoder.engines.neural.model import TranslationModel  # noqa: E402
from transcoder.errors import EngineError  # noqa: E402
from transcoder.languages import get_language  # noqa: E402


@pytest.fixture(autouse=True, scope="module")
def one_thread() -> Iterator[None]:
    # Tiny models gain nothing from intra-op threads, and on a busy shared machine OpenMP's
    # waiting threads slow them down several times over.
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


RELEASED_LANG2ID = {"cpp_sa": 0, "java_sa": 1, "python_sa": 2}
CODES = SHIPPED_DIR / "bpe" / "cpp-java-python" / "codes"
WORDS = [
    "int",
    "def",
    "return",
    "(",
    ")",
    "{",
    "}",
    ";",
    ",",
    ":",
    "+",
    "a",
    "b",
    "ad@@",
    "d",
    "NEW_LINE",
    "INDENT",
    "DEDENT",
]


def released_params(dictionary: Dictionary, **changes: object) -> dict[str, object]:
    """``params`` as the original trainer stored them (``vars(args)``), tiny sizes."""
    params: dict[str, object] = {
        "dump_path": "/checkpoint/transcoder/dumped",
        "exp_name": "tiny_test",
        "lgs": "cpp_sa-java_sa-python_sa",
        "mlm_steps": [],
        "ae_steps": ["cpp_sa", "java_sa", "python_sa"],
        "bt_steps": [("cpp_sa", "java_sa", "cpp_sa")],
        "emb_dim": 32,
        "emb_dim_encoder": 32,
        "emb_dim_decoder": 32,
        "n_layers": 0,
        "n_layers_encoder": 2,
        "n_layers_decoder": 1,
        "n_heads": 4,
        "dropout": 0.1,
        "attention_dropout": 0.1,
        "gelu_activation": True,
        "share_inout_emb": True,
        "sinusoidal_embeddings": False,
        "use_lang_emb": True,
        "max_len": 512,
        "n_langs": 3,
        "langs": list(RELEASED_LANG2ID),
        "lang2id": dict(RELEASED_LANG2ID),
        "id2lang": {v: k for k, v in RELEASED_LANG2ID.items()},
        "n_words": len(dictionary),
        "bos_index": 0,
        "eos_index": 1,
        "pad_index": 2,
        "unk_index": 3,
        "mask_index": 5,
        "reload_model": "",
        "encoder_only": False,
        "separate_decoders": False,
        "beam_size": 1,
        "amp": -1,
    }
    params.update(changes)
    return params


def released_checkpoint(
    path: Path,
    *,
    params_as_namespace: bool = False,
    max_positions: int = 256,
    dictionary: Dictionary | None = None,
) -> TranslationModel:
    """Write a checkpoint the way the original trainer did: DDP ``module.`` prefixes on the
    encoder, plain decoder keys, ``params`` and the three ``dico_*`` dicts; return the model."""
    dictionary = dictionary or Dictionary.from_words(WORDS)
    torch.manual_seed(0)
    config = model_config(
        "tiny",
        n_words=len(dictionary),
        lang2id=RELEASED_LANG2ID,
        max_positions=max_positions,
    )
    config = replace(config, emb_dim_encoder=32, emb_dim_decoder=32, n_layers_encoder=2, n_layers_decoder=1)
    model = TranslationModel(config)
    params = released_params(dictionary)
    torch.save(
        {
            "encoder": {f"module.{k}": v for k, v in model.encoder.state_dict().items()},
            "decoder": model.decoder.state_dict(),
            "params": argparse.Namespace(**params) if params_as_namespace else params,
            "dico_id2word": dictionary.id2word,
            "dico_word2id": dictionary.word2id,
            "dico_counts": dictionary.counts,
            "epoch": 3,
            "n_total_iter": 1000,
        },
        path,
    )
    return model


def test_released_layout_loads_with_every_weight_in_place(tmp_path: Path) -> None:
    path = tmp_path / "model_1.pth"
    original = released_checkpoint(path)
    loaded = load_checkpoint(path)
    config = loaded.model.config
    assert (config.emb_dim_encoder, config.n_layers_encoder, config.n_layers_decoder, config.n_heads) == (
        32,
        2,
        1,
        4,
    )
    assert config.max_positions == 256 and config.lang2id == RELEASED_LANG2ID
    assert config.layer_norm_eps == 1e-12  # TransCoder's XLM
    for name, module in (("encoder", loaded.model.encoder), ("decoder", loaded.model.decoder)):
        reference = getattr(original, name).state_dict()
        state = module.state_dict()
        assert set(state) == set(reference)
        for key, value in reference.items():
            assert torch.equal(state[key], value), key
    assert loaded.model.decoder.pred_layer.proj.weight is loaded.model.decoder.embeddings.weight
    assert loaded.dictionary.index("return") == 16 and loaded.dictionary[1] == "</s>"
    assert not loaded.model.training


def test_separate_decoders_and_encoder_only_checkpoints_are_refused_with_the_reason(tmp_path: Path) -> None:
    # The original translate.py reads reloaded['decoder'] and fails on per-language decoders.
    path = tmp_path / "separate.pth"
    released_checkpoint(path)
    data = torch.load(path, weights_only=True)
    data["decoder_0"] = data.pop("decoder")
    data["decoder_1"] = {key: torch.zeros_like(value) for key, value in data["decoder_0"].items()}
    data["params"]["separate_decoders"] = True
    torch.save(data, path)
    with pytest.raises(EngineError, match=r"separate decoders per language \(decoder_0, \.\.\.\)"):
        load_checkpoint(path)
    # XLM's MLM stage saves its encoder as 'model', with numpy metrics: read safely, then refused.
    mlm = tmp_path / "mlm.pth"
    torch.save({"model": data["encoder"], "best_metrics": {"valid_mlm_ppl": numpy.float64(3.5)}}, mlm)
    with pytest.raises(EngineError, match=r"encoder-only checkpoint .* no decoder"):
        load_checkpoint(mlm)


def test_numpy_scalars_of_the_original_trainer_load_without_trust(tmp_path: Path) -> None:
    """XLM's trainer stores metrics as numpy scalars beside the weights in every checkpoint; files
    written under numpy 1 name the reconstructor numpy.core.multiarray.scalar."""
    path = tmp_path / "trainer.pth"
    released_checkpoint(path)
    data = torch.load(path, weights_only=True)
    metrics = {"valid_cpp_sa-java_sa_mt_bleu": numpy.float64(41.5), "epoch_size": numpy.int64(7)}
    data.update(best_metrics=metrics, best_stopping_criterion=numpy.float32(0.5), epoch=3)
    data["params"]["max_len"] = 100
    torch.save(data, path, _use_new_zipfile_serialization=False)
    legacy = tmp_path / "numpy1.pth"
    raw = path.read_bytes()
    assert b"numpy._core.multiarray\nscalar" in raw
    legacy.write_bytes(raw.replace(b"numpy._core.multiarray\nscalar", b"numpy.core.multiarray\nscalar"))
    for file in (path, legacy):
        loaded = load_checkpoint(file)
        assert loaded.token_mode == "transcoder-exact"  # a checkpoint of the original's trainer
        assert loaded.params["max_len"] == 100
    assert NeuralEngine(path, bpe_codes=CODES).output_limit([1] * 40) == 98  # min(100, 130) - 2


def test_saved_checkpoints_record_their_token_mode(tmp_path: Path) -> None:
    path = tmp_path / "ours.pth"
    dictionary = Dictionary.from_words(WORDS)
    model = TranslationModel(
        model_config("tiny", n_words=len(dictionary), lang2id={"cpp": 0, "java": 1, "python": 2})
    )
    id2word = dictionary.id2word
    save_checkpoint(path, model, id2word)
    assert load_checkpoint(path).token_mode == "whole-literal"
    save_checkpoint(path, model, id2word, token_mode="transcoder-exact")
    assert load_checkpoint(path).token_mode == "transcoder-exact"
    # Ours from before the mode was recorded: still whole-literal (told apart by the params that
    # only our save_checkpoint writes).
    data = torch.load(path, weights_only=True)
    del data["params"]["token_mode"]
    torch.save(data, path)
    assert load_checkpoint(path).token_mode == "whole-literal"


def test_language_ids_accept_released_and_our_names() -> None:
    assert resolve_language_id(RELEASED_LANG2ID, "java") == 1
    assert resolve_language_id({"cpp": 0, "java": 1, "python": 2}, "python") == 2
    assert resolve_language_id({"cpp_cl": 4, "java_sa": 1}, "cpp") == 4
    with pytest.raises(EngineError, match="no language 'rust'"):
        resolve_language_id(RELEASED_LANG2ID, "rust")


def test_namespace_params_load_but_other_pickled_objects_need_trust(tmp_path: Path) -> None:
    path = tmp_path / "namespace.pth"
    released_checkpoint(path, params_as_namespace=True)
    assert load_checkpoint(path).model.config.n_layers_decoder == 1
    # A pathlib.Path inside params needs code to rebuild: refused unless the file is trusted.
    with torch.serialization.safe_globals([argparse.Namespace]):
        data = torch.load(path, weights_only=True)
    data["params"].dump_path = Path("/checkpoint/dumped")
    torch.save(data, path)
    with pytest.raises(EngineError, match=r"refusing to load: it pickles pathlib.*trusted=True"):
        load_checkpoint(path)
    assert load_checkpoint(path, trusted=True).model.config.n_layers_decoder == 1


def test_bad_files_give_one_line_errors(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.pth"
    garbage.write_bytes(b"this is not a checkpoint\n")
    missing = tmp_path / "absent.pth"
    incomplete = tmp_path / "incomplete.pth"
    torch.save({"weights": {}}, incomplete)
    mismatched = tmp_path / "mismatched.pth"
    released_checkpoint(mismatched)
    data = torch.load(mismatched, weights_only=True)
    del data["decoder"]["encoder_attn.0.k_lin.weight"]
    data["decoder"]["extra.weight"] = torch.zeros(1)
    torch.save(data, mismatched)
    misshapen = tmp_path / "misshapen.pth"
    released_checkpoint(misshapen)
    data = torch.load(misshapen, weights_only=True)
    data["decoder"]["ffns.0.lin1.weight"] = torch.zeros(64, 32)  # params say 4 x 32 = 128 rows
    torch.save(data, misshapen)
    cases = {
        garbage: r"not a PyTorch checkpoint \(",
        missing: "no such checkpoint",
        incomplete: "missing encoder, decoder, params, dico_id2word, dico_word2id",
        mismatched: "missing encoder_attn.0.k_lin.weight; unexpected extra.weight",
        misshapen: "decoder weights do not match the model .*ffns.0.lin1.weight",
    }
    for path, message in cases.items():
        with pytest.raises(EngineError, match=message) as caught:
            load_checkpoint(path)
        assert "\n" not in str(caught.value)
    with pytest.raises(EngineError, match="needs a checkpoint"):
        get_engine("neural")


def test_cli_translates_with_a_released_layout_checkpoint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Codes and dictionary from the real tokens of the three `add` functions.
    tokens = {language: tokenize(language, code) for language, code in FUNCTIONS["add"].items()}
    bpe, counts = learn_bpe_from_lines((" ".join(t) for t in tokens.values()), 40)
    dictionary = Dictionary.from_words(sorted({unit for t in tokens.values() for unit in bpe.apply(t)}))
    path = tmp_path / "model.pth"
    released_checkpoint(path, dictionary=dictionary)
    # The released checkpoints carry no BPE codes: the original read them from a file beside.
    bpe.write_codes_file(tmp_path / "codes", counts)
    source = tmp_path / "add.cpp"
    source.write_text(FUNCTIONS["add"]["cpp"], encoding="utf-8")
    argv = [
        "translate",
        str(source),
        "--target",
        "python",
        "--engine",
        "neural",
        "--checkpoint",
        str(path),
        "-n",
        "3",
    ]
    assert main(argv) == 0
    output = capsys.readouterr().out
    assert output.count("# ---- candidate") == 3
    engine = get_engine("neural", checkpoint=str(path))
    candidates = engine.translate(FUNCTIONS["add"]["cpp"], "cpp", "python", n=3)
    assert len(candidates) == 3
    assert all(c.score is not None and c.score <= 0 for c in candidates)
    # An untrained model says nonsense, but in the dictionary's words only.
    for candidate in candidates:
        assert candidate.meta["units"] and set(candidate.meta["units"]) <= set(dictionary.word2id)
    # The source as the encoder reads it: </s>, BPE units of the C++ tokens, </s>; none unknown.
    expected = [1, *dictionary.encode(bpe.apply(tokens["cpp"])), 1]
    assert engine.encode_source(FUNCTIONS["add"]["cpp"], "cpp") == expected
    assert dictionary.unk_index not in expected and len(expected) > len(tokens["cpp"])


def test_trained_tiny_checkpoint_reproduces_its_training_pairs(tmp_path: Path) -> None:
    functions = {"add": FUNCTIONS["add"], "max_of": FUNCTIONS["max_of"]}
    trained = train_on_pairs(functions, [("cpp", "python"), ("java", "cpp")])
    assert trained.loss < 0.005
    path = tmp_path / "trained.pth"
    save_checkpoint(path, trained.model, trained.dictionary.id2word, bpe_codes=trained.bpe_codes)
    for name in functions:
        python = transcoder.translate(
            FUNCTIONS[name]["cpp"], source="cpp", target="python", engine="neural", checkpoint=str(path)
        )
        assert python == get_language("python").detokenize(tokenize("python", FUNCTIONS[name]["python"]))
        cpp = transcoder.translate(
            FUNCTIONS[name]["java"], source="java", target="cpp", engine="neural", checkpoint=str(path)
        )
        assert cpp == get_language("cpp").detokenize(tokenize("cpp", FUNCTIONS[name]["cpp"]))
    # Options as the evaluation harness passes them (text); two candidates from a beam of 3.
    engine = get_engine("neural", checkpoint=str(path), beam_size="3", length_penalty="1.0")
    best, second = engine.translate(FUNCTIONS["add"]["cpp"], "cpp", "python", n=2)
    assert best.code == get_language("python").detokenize(tokenize("python", FUNCTIONS["add"]["python"]))
    assert second.code != best.code and second.score < best.score
    with pytest.raises(EngineError, match="beam_size='many' is not a valid int"):
        get_engine("neural", checkpoint=str(path), beam_size="many")


def test_input_longer_than_the_position_table_is_refused_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tokenize("cpp", "int x;")  # skips when the tokenizers are not there yet
    path = tmp_path / "short.pth"
    released_checkpoint(path, max_positions=16)
    (tmp_path / "codes").write_text("", encoding="utf-8")
    source = tmp_path / "total.cpp"
    source.write_text(FUNCTIONS["total"]["cpp"], encoding="utf-8")
    argv = ["translate", str(source), "-t", "java", "-e", "neural", "--checkpoint", str(path)]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.startswith("transcoder: error: input is ") and "at most 16" in error
    assert error.count("\n") == 1


def test_released_checkpoints_read_the_originals_tokens_and_ours_whole_literals(tmp_path: Path) -> None:
    path = tmp_path / "released.pth"
    released_checkpoint(path)
    code = "int f() { return puts(\"a b\") + 'c'; }"
    released = NeuralEngine(path, bpe_codes=CODES)
    assert released.token_mode == "transcoder-exact"
    assert released.tokenize(code, "cpp")[7:16] == ["(", '"', "a", "▁", "b", '"', ")", "+", "'"]
    assert released.detokenize(['"', "a", "▁", "b", '"', ";"], "cpp") == '"a b";\n'
    whole = NeuralEngine(path, bpe_codes=CODES, token_mode="whole-literal")
    assert whole.tokenize(code, "cpp")[7:11] == ["(", '"a▁b"', ")", "+"]
    with pytest.raises(EngineError, match="token_mode='spaces'"):
        NeuralEngine(path, bpe_codes=CODES, token_mode="spaces")
