"""The whole translation pipeline against the original TransCoder, from source text to source text.

The original side is facebookresearch/TransCoder's own code, run unchanged: its tokenizers
(``preprocessing/src/code_tokenizer.py``: libclang for C++, its javalang copy for Java, Python's
``tokenize``, sacrebleu 1.x's BLEU tokenizer inside literals), real fastBPE (its Python binding,
built from the PyPI sdist with a current Cython), and ``translate.py``'s ``Translator``
(``Translator.translate``: tokenize, BPE, XLM ``generate`` / ``generate_beam``, detokenize). Ours is
``NeuralEngine.translate_batch`` on the same checkpoint file and the same source text. None of the
original's code is in this repository; docs/neural.md says how to obtain it and its dependencies.

What is compared, on every GfG valid function:

1. tokens: the original tokenizer's output (split into words as fastBPE splits it) against ours
   (``tokenize_transcoder``), and the original detokenizer's text for the original's tokens
   against ours for the same tokens;
2. with random-weight checkpoints written in the original trainer's layout (several sizes, float16
   as an option), for every direction: source ids, greedy output units and text, and beam-5
   n-best lists (units, texts and scores, the original's read from its ``BeamHypotheses``);
3. speed: ``Translator.translate`` against ``NeuralEngine.translate`` one function at a time
   (both include tokenizing, BPE, search and detokenizing), alternating, CPU time of the process,
   one torch thread.

The shims the original needs here change none of its computations: ``torch.nn.Module.cuda`` is
the identity and ``torch.load`` maps to the CPU (``translate.py`` moves the model to CUDA), and
``clang.cindex.Config.set_library_path`` ignores the hard-coded ``/usr/lib/llvm-7/lib``.

    python benchmarks/versus_original_pipeline.py --original /tmp/original-transcoder \\
        --original-deps /tmp/original-deps --json /tmp/pipeline.json
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import logging
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import torch

from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural import NeuralEngine
from transcoder.engines.neural.bpe import BPE
from transcoder.engines.neural.checkpoint import save_checkpoint
from transcoder.engines.neural.configs import model_config
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.engines.neural.model import TranslationModel
from transcoder.languages import get_language
from transcoder.languages.cpp import tokens as cpp_tokens
from transcoder.languages.java import tokens as java_tokens
from transcoder.languages.python import tokens as python_tokens

SHARED = SHIPPED_DIR  # the repository's data/
VALID = SHARED / "benchmarks" / "transcoder-gfg" / "valid"
CODES = SHARED / "bpe" / "cpp-java-python" / "codes"
VOCAB = SHARED / "bpe" / "cpp-java-python" / "vocab"
LANGUAGES = ("cpp", "java", "python")
EXTENSIONS = {"cpp": "cpp", "java": "java", "python": "py"}
OURS = {"cpp": cpp_tokens, "java": java_tokens, "python": python_tokens}
# Checkpoint sizes: (width, encoder layers, decoder layers, heads, float16, logit bias of </s>).
# The bias is chosen per size (random weights end every output at once or never: see
# write_checkpoint); with these, tiny outputs all run to the bound, small-fp16 outputs are mixed.
SIZES = {
    "tiny": (64, 2, 2, 4, False, 0.0),
    "small-fp16": (128, 2, 2, 4, True, -1.45),
    "mid": (512, 6, 6, 8, False, -5.0),
}


# -- the original, imported unchanged ------------------------------------------------------------
@dataclass
class Original:
    tokenizer: ModuleType  # preprocessing/src/code_tokenizer.py
    translate: ModuleType  # translate.py
    transformer: ModuleType  # XLM/src/model/transformer.py
    beams: list[Any] = field(default_factory=list)  # BeamHypotheses of the last generate_beam


def import_original(checkout: Path, deps: Path | None) -> Original:
    """The original's modules, with its dependencies (clang bindings, sacrebleu 1.x, six, the
    fastBPE binding) found in ``deps`` first."""
    if not (checkout / "translate.py").is_file():
        raise SystemExit(f"--original {checkout}: no translate.py (expected a TransCoder checkout)")
    for path in (checkout, deps):
        if path is not None:
            sys.path.insert(0, str(path))
    # The original's code_tokenizer calls logging.basicConfig(filename=...) on import, which would
    # leave a log file in the working directory; with logging configured first that is a no-op.
    logging.basicConfig(level=logging.WARNING)
    import clang.cindex

    clang.cindex.Config.set_library_path = lambda path: None  # keep the bundled libclang
    import preprocessing.src.code_tokenizer as tokenizer
    import translate
    import XLM.src.model.transformer as transformer

    original = Original(tokenizer, translate, transformer)
    base = transformer.BeamHypotheses

    class Recording(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            original.beams.append(self)

    transformer.BeamHypotheses = Recording
    return original


@contextlib.contextmanager
def on_cpu() -> Iterator[None]:
    """``translate.py`` calls ``.cuda()`` and XLM's ``build_model`` maps storages to CUDA."""
    cuda, load = torch.nn.Module.cuda, torch.load
    torch.nn.Module.cuda = lambda self, *args, **kwargs: self  # type: ignore[method-assign]
    torch.load = lambda *args, **kwargs: load(*args, **{**kwargs, "map_location": "cpu"})  # type: ignore[assignment]
    try:
        yield
    finally:
        torch.nn.Module.cuda, torch.load = cuda, load  # type: ignore[method-assign]


def original_words(original: Original, language: str, code: str) -> list[str]:
    """The original's tokens as fastBPE reads them (a literal's pieces are one string there)."""
    pieces = getattr(original.tokenizer, f"tokenize_{language}")(code)
    return [word for word in " ".join(pieces).split(" ") if word]


# -- inputs ---------------------------------------------------------------------------------------
def gfg_functions(language: str) -> list[tuple[str, str]]:
    """``(name, text)`` of every function in the GfG valid scripts of ``language``."""
    found = []
    for path in sorted((VALID / language).glob(f"*.{EXTENSIONS[language]}")):
        script = path.read_text(encoding="utf-8")
        for function in get_language(language).extract_functions(script):
            found.append((f"{path.stem}:{function.name}", function.text))
    return found


def gold_functions(language: str) -> list[tuple[str, str]]:
    return [(name, text) for name, text in gfg_functions(language) if name.endswith(":f_gold")]


def corpus_files(language: str, limit: int) -> list[tuple[str, str]]:
    """The first ``limit`` files of ``language`` in the GitHub sample corpus, whole."""
    suffixes = {"cpp": (".cpp", ".cc", ".h", ".hpp"), "java": (".java",), "python": (".py",)}[language]
    found: list[tuple[str, str]] = []
    for path in sorted((SHARED / "corpus" / "github-sample").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row.get("path", "").endswith(suffixes) and len(found) < limit:
                    found.append((row["path"], row["content"]))
    return found


# -- 1. tokens ------------------------------------------------------------------------------------
def check_tokens(original: Original, corpus_limit: int) -> dict[str, dict[str, int]]:
    results = {}
    for language, what in [(language, "gfg") for language in LANGUAGES] + [
        (language, "corpus") for language in LANGUAGES if corpus_limit
    ]:
        functions = gfg_functions(language) if what == "gfg" else corpus_files(language, corpus_limit)
        same_tokens = same_text = refused = 0
        seconds = {
            "original tokenize": 0.0,
            "ours tokenize": 0.0,
            "original detokenize": 0.0,
            "ours detokenize": 0.0,
        }
        examples: list[str] = []
        for name, text in functions:
            start = time.process_time()
            theirs = original_words(original, language, text)
            middle = time.process_time()
            try:
                ours = OURS[language].tokenize_transcoder(text)
            except Exception:  # the original returns [] where ours raises
                ours = []
            end = time.process_time()
            seconds["original tokenize"] += middle - start
            seconds["ours tokenize"] += end - middle
            refused += not theirs
            same_tokens += ours == theirs
            start = time.process_time()
            detokenized = getattr(original.tokenizer, f"detokenize_{language}")(" ".join(theirs))
            middle = time.process_time()
            same_text += OURS[language].detokenize_transcoder(theirs) == detokenized
            end = time.process_time()
            seconds["original detokenize"] += middle - start
            seconds["ours detokenize"] += end - middle
            if ours != theirs and len(examples) < 3:
                examples.append(name)
        results[f"{what} {language}"] = {
            "functions": len(functions),
            "tokens_equal": same_tokens,
            "detokenized_equal": same_text,
            "original_gave_no_tokens": refused,
            **{f"{task} CPU s": round(value, 3) for task, value in seconds.items()},
        }
        print(
            f"tokens {what} {language:7} {len(functions):4} {'functions' if what == 'gfg' else 'files'}: "
            f"tokens equal {same_tokens}, detokenized text equal {same_text}, original read nothing {refused}"
            + (f"  (differ: {', '.join(examples)})" if examples else ""),
            flush=True,
        )
    return results


# -- 2. checkpoints --------------------------------------------------------------------------------
def gfg_dictionary(original: Original, bpe: BPE) -> Dictionary:
    """XLM's reserved words, then the released vocabulary's words that the GfG functions use (in the
    vocabulary's order), so random-weight models stay small while every input unit is known."""
    used: set[str] = set()
    for language in LANGUAGES:
        for _, text in gfg_functions(language):
            used.update(bpe.apply(original_words(original, language, text)))
    full = Dictionary.from_vocab_file(VOCAB)
    return Dictionary.from_words([full[index] for index in range(14, len(full)) if full[index] in used])


def write_checkpoint(path: Path, size: str, dictionary: Dictionary, max_len: int, seed: int) -> None:
    """Random weights in the original trainer's layout (released language names, ``params`` in
    its field names, float16 tensors for the ``-fp16`` size); ``</s>`` gets a logit bias so that
    outputs end at varied lengths instead of all at once (random tied embeddings repeat the last
    word, and the first is ``</s>``) or never."""
    width, encoder_layers, decoder_layers, heads, half, eos_bias = SIZES[size]
    torch.manual_seed(seed)
    config = model_config(
        "tiny",
        n_words=len(dictionary),
        lang2id={"cpp_sa": 0, "java_sa": 1, "python_sa": 2},
        emb_dim_encoder=width,
        emb_dim_decoder=width,
        n_layers_encoder=encoder_layers,
        n_layers_decoder=decoder_layers,
        n_heads=heads,
    )
    model = TranslationModel(config).eval()
    with torch.no_grad():
        model.decoder.pred_layer.proj.bias[config.eos_index] = eos_bias
    if half:
        model.half()
    extras = {"max_len": max_len, "reload_emb": "", "n_share_dec": 0, "amp": -1, "local_rank": 0}
    counts = {word: len(dictionary) - index for index, word in enumerate(dictionary.id2word.values())}
    save_checkpoint(
        path, model, dictionary.id2word, counts=counts, params=extras, token_mode="transcoder-exact"
    )
    with torch.no_grad():  # keep only what the original's trainer writes
        data = torch.load(path, weights_only=True)
        for ours_only in ("token_mode", "layer_norm_eps", "max_positions"):
            del data["params"][ours_only]
        torch.save(data, path)


def load_original(original: Original, checkpoint: Path) -> Any:
    arguments = argparse.Namespace(model_path=str(checkpoint), BPE_path=str(CODES), beam_size=1)
    with on_cpu():
        return original.translate.Translator(arguments)


# -- 2. agreement ---------------------------------------------------------------------------------
@dataclass
class Agreement:
    functions: int = 0
    source_ids_equal: int = 0
    greedy_units_equal: int = 0
    greedy_text_equal: int = 0
    nbest_units_equal: int = 0
    nbest_text_equal: int = 0
    best_text_equal: int = 0
    max_score_difference: float = 0.0
    greedy_units: int = 0  # total output length, to show the outputs are not trivial
    greedy_ended: int = 0  # greedy outputs ended by </s> before the bound
    differing: list[str] = field(default_factory=list)


def original_nbest(original: Original, translator: Any, code: str, source: str, target: str, beam: int):
    """The original's texts, and its n-best (units, score) read from its BeamHypotheses."""
    original.beams.clear()
    texts = translator.translate(code, source, target, beam_size=beam, device="cpu")
    if beam == 1:
        return texts, None
    [hypotheses] = original.beams
    ranked = sorted(hypotheses.hyp, key=lambda item: item[0], reverse=True)
    words = [([translator.dico[i] for i in h.tolist()[1:]], float(score)) for score, h in ranked]
    return texts, words


def original_greedy_units(translator: Any, code: str, source: str, target: str) -> list[str]:
    """Units of the original's greedy output: its ``generate`` wrapped to keep what it returns."""
    kept: list[Any] = []
    generate = translator.decoder.generate

    def keeping(*args: Any, **kwargs: Any) -> Any:
        result = generate(*args, **kwargs)
        kept.append(result[0])
        return result

    translator.decoder.generate = keeping
    try:
        texts = translator.translate(code, source, target, beam_size=1, device="cpu")
    finally:
        del translator.decoder.generate
    words = [translator.dico[i] for i in kept[0][:, 0].tolist()[1:]]
    return (words[: words.index("</s>")] if "</s>" in words else words), texts


def compare_direction(
    original: Original,
    translator: Any,
    engines: dict[int, NeuralEngine],
    source: str,
    target: str,
    limit: int,
) -> Agreement:
    agreement = Agreement()
    for name, code in gold_functions(source)[:limit]:
        agreement.functions += 1
        units = " ".join(translator.bpe_model.apply(original_words(original, source, code))).split()
        theirs = [translator.dico.index(unit) for unit in units]
        agreement.source_ids_equal += engines[1].encode_source(code, source)[1:-1] == theirs
        greedy_units, greedy_texts = original_greedy_units(translator, code, source, target)
        [[ours_greedy]] = engines[1].translate_batch([code], source, target, 1)
        agreement.greedy_units_equal += ours_greedy.meta["units"] == greedy_units
        agreement.greedy_text_equal += ours_greedy.code == greedy_texts[0]
        agreement.greedy_units += len(greedy_units)
        agreement.greedy_ended += not ours_greedy.warnings
        beam = max(engines)
        texts, nbest = original_nbest(original, translator, code, source, target, beam)
        [ours] = engines[beam].translate_batch([code], source, target, beam)
        same_units = [c.meta["units"] for c in ours] == [units for units, _ in nbest]
        agreement.nbest_units_equal += same_units
        agreement.nbest_text_equal += [c.code for c in ours] == texts
        agreement.best_text_equal += ours[0].code == texts[0]
        if same_units:
            difference = max(abs(c.score - score) for c, (_, score) in zip(ours, nbest, strict=True))
            agreement.max_score_difference = max(agreement.max_score_difference, difference)
        elif len(agreement.differing) < 3:
            agreement.differing.append(name)
    return agreement


# -- 3. speed -------------------------------------------------------------------------------------
def cpu_seconds(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def compare_speed(
    original: Original,
    translator: Any,
    engines: dict[int, NeuralEngine],
    functions: Sequence[tuple[str, str, str]],
    repeats: int,
) -> dict[str, dict[str, float]]:
    """Median over ``repeats`` of the CPU seconds to translate ``functions`` one at a time, both
    sides alternating (order reversed every repeat)."""
    results = {}
    for beam in sorted(engines):
        label = "greedy" if beam == 1 else f"beam {beam}"
        runs = {
            "ours": lambda beam=beam: [
                engines[beam].translate_batch([code], s, t, beam) for s, t, code in functions
            ],
            "original": lambda beam=beam: [
                translator.translate(code, s, t, beam_size=beam, device="cpu") for s, t, code in functions
            ],
        }
        times: dict[str, list[float]] = {"ours": [], "original": []}
        for repeat in range(repeats):
            for side in ("ours", "original") if repeat % 2 == 0 else ("original", "ours"):
                times[side].append(cpu_seconds(runs[side]))
        ours, theirs = statistics.median(times["ours"]), statistics.median(times["original"])
        results[label] = {
            "ours_s": ours,
            "original_s": theirs,
            "ratio": theirs / ours,
            "load": os.getloadavg()[0],
        }
        print(
            f"  speed {label:7}: ours {ours:.2f} CPU-s, original {theirs:.2f} CPU-s for {len(functions)} "
            f"functions: {theirs / ours:.2f}x (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--original", type=Path, required=True, help="a facebookresearch/TransCoder checkout")
    parser.add_argument("--original-deps", type=Path, help="directory with the original's dependencies")
    parser.add_argument("--sizes", default="tiny,small-fp16", help=f"checkpoint sizes ({', '.join(SIZES)})")
    parser.add_argument("--functions", type=int, default=200, help="f_gold functions per direction")
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--directions", help="only these, e.g. cpp-java,python-cpp (default: all six)")
    parser.add_argument("--max-len", type=int, default=40, help="params['max_len'] stored in the checkpoints")
    parser.add_argument("--speed-functions", type=int, default=10, help="functions per direction timed")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-tokens", action="store_true")
    parser.add_argument(
        "--corpus-files", type=int, default=0, help="also check this many corpus files a language"
    )
    parser.add_argument("--skip-models", action="store_true", help="only the token comparison")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--work", type=Path, default=Path("/tmp/versus_original_pipeline"))
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    args.directions = set(args.directions.split(",")) if args.directions else set()
    original = import_original(args.original, args.original_deps)
    report: dict[str, Any] = {"threads": 1}
    if not args.skip_tokens:
        report["tokens"] = check_tokens(original, args.corpus_files)
    if args.skip_models:
        if args.json:
            args.json.write_text(json.dumps(report, indent=1))
        return 0
    bpe = BPE.from_codes_file(CODES)
    dictionary = gfg_dictionary(original, bpe)
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        checkpoint = args.work / f"{size}.pth"
        write_checkpoint(checkpoint, size, dictionary, args.max_len, seed=0)
        translator = load_original(original, checkpoint)
        engines = {beam: NeuralEngine(checkpoint, bpe_codes=CODES, beam_size=beam) for beam in (1, args.beam)}
        print(f"{size}: {len(dictionary)} words, params max_len {args.max_len}", flush=True)
        entry: dict[str, Any] = {"words": len(dictionary), "directions": {}}
        timed: list[tuple[str, str, str]] = []
        for source in LANGUAGES:
            for target in LANGUAGES:
                if source == target or (args.directions and f"{source}-{target}" not in args.directions):
                    continue
                agreement = compare_direction(original, translator, engines, source, target, args.functions)
                entry["directions"][f"{source}-{target}"] = vars(agreement)
                print(f"  {source:6} -> {target:6} " + json.dumps(vars(agreement)), flush=True)
                timed += [
                    (source, target, code) for _, code in gold_functions(source)[: args.speed_functions]
                ]
        if timed:
            entry["speed"] = compare_speed(original, translator, engines, timed, args.repeats)
        report[size] = entry
    if args.json:
        args.json.write_text(
            json.dumps(report, indent=1, default=lambda value: None if math.isnan(value) else value)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
