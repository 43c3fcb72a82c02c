"""Neural engine inference speed: translations per second and time per generated token.

Models are randomly initialised (speed does not depend on the weights) with the released
dictionary (``data/bpe/cpp-java-python/vocab``, 64,014 words). Sources are the ``f_gold``
functions of the GfG valid split (C++), tokenized and BPE'd with the released codes; since a random
model rarely says ``</s>``, each output is forced to the BPE length of the function's Python
reference (``min_len = max_len``), so the work matches a real translation's.

Two measurements per config:

* **functions/s**: translating ``--functions`` sources C++ -> Python in batches of
  ``--batch-size``, greedy and beam 5;
* **ms per generated token** at output positions 64, 256, 512 (one sentence, greedy steps): the
  decoder first holds ``L - window`` tokens (one parallel pass fills the cache, as that many
  steps would have), then ``window`` steps are timed; with the key/value cache (and, for ``tiny``,
  without it for contrast). With the cache the cost per token should stay roughly flat as the
  output grows; without it, it grows with the length.

Run: ``.venv/bin/python benchmarks/neural_inference.py`` (about 2-3 minutes on 2 CPU cores);
``--device cuda`` on a GPU; ``--json FILE`` also writes the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.bpe import BPE
from transcoder.engines.neural.configs import model_config
from transcoder.engines.neural.dictionary import Dictionary
from transcoder.engines.neural.model import TranslationModel
from transcoder.engines.neural.search import pad_batch, translate_ids
from transcoder.languages import get_language
from transcoder.languages.cpp import tokens as cpp_tokens
from transcoder.languages.python import tokens as python_tokens

ROOT = Path(__file__).resolve().parents[1]
SHARED = SHIPPED_DIR  # the repository's data/
LANG2ID = {"cpp": 0, "java": 1, "python": 2}


@dataclass
class Workload:
    sources: list[list[int]]  # C++ f_gold as ids, </s> ... </s>
    target_lengths: list[int]  # BPE length of the Python reference


def load_workload(count: int, dictionary: Dictionary, bpe: BPE) -> Workload:
    """The first ``count`` GfG valid functions present in both C++ and Python, shortest first cut off at 400 units."""
    cpp, python = get_language("cpp"), get_language("python")
    sources: list[list[int]] = []
    lengths: list[int] = []
    valid = SHARED / "benchmarks" / "transcoder-gfg" / "valid"
    for cpp_file in sorted((valid / "cpp").glob("*.cpp")):
        python_file = valid / "python" / f"{cpp_file.stem}.py"
        if not python_file.is_file():
            continue
        functions = {
            language.name: next(
                (
                    f.text
                    for f in language.extract_functions(path.read_text(encoding="utf-8"))
                    if f.name == "f_gold"
                ),
                None,
            )
            for language, path in ((cpp, cpp_file), (python, python_file))
        }
        if None in functions.values():
            continue
        # The released dictionary and codes: the tokens the released models read (TransCoder-exact).
        source_units = bpe.apply(cpp_tokens.tokenize_transcoder(functions["cpp"]))
        target_units = bpe.apply(python_tokens.tokenize_transcoder(functions["python"]))
        if len(source_units) > 400 or len(target_units) > 400:
            continue
        sources.append([dictionary.eos_index, *dictionary.encode(source_units), dictionary.eos_index])
        lengths.append(len(target_units) + 1)  # the final </s> counts as a generated token
        if len(sources) == count:
            break
    return Workload(sources, lengths)


def timed(function: Callable[[], object], device: str) -> float:
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    start = time.perf_counter()
    function()
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return time.perf_counter() - start


def functions_per_second(
    model: TranslationModel, workload: Workload, beam_size: int, batch_size: int, device: str
) -> tuple[float, float]:
    """(functions/s, generated tokens/s) translating the workload C++ -> Python."""

    def run() -> None:
        for start in range(0, len(workload.sources), batch_size):
            lengths = workload.target_lengths[start : start + batch_size]
            translate_ids(
                model,
                workload.sources[start : start + batch_size],
                LANG2ID["cpp"],
                LANG2ID["python"],
                beam_size=beam_size,
                n_best=1,
                max_len=lengths,
                min_len=[n - 1 for n in lengths],  # </s> allowed only as the last token
            )

    seconds = timed(run, device)
    return len(workload.sources) / seconds, sum(workload.target_lengths) / seconds


def ms_per_token(
    model: TranslationModel, source: list[int], length: int, window: int, use_cache: bool, device: str
) -> float:
    """Milliseconds per greedy decoding step at output position ``length``: the decoder holds
    ``length - window`` tokens (filled in one parallel pass, as a cache would hold them after that
    many steps), then ``window`` more are generated one at a time and timed."""
    decoder = model.decoder
    src, src_len = pad_batch([source], model.config.pad_index, device)
    memory = model.encode(src, src_len, LANG2ID["cpp"])
    target_lang = LANG2ID["python"]
    prefix = torch.randint(14, model.config.n_words, (1, length - window), device=device)
    prefix[0, 0] = model.config.eos_index
    if use_cache:
        cache = decoder.start_cache(memory, src_len)
        decoder.step(prefix, target_lang, cache)

        def run() -> None:
            word = prefix[:, -1:]
            for _ in range(window):
                hidden = decoder.step(word, target_lang, cache)
                word = decoder.logits(hidden[:, -1]).argmax(dim=-1, keepdim=True)

    else:

        def run() -> None:
            generated = prefix
            for _ in range(window):
                lengths = torch.tensor([generated.shape[1]], device=device)
                hidden = decoder(
                    generated, lengths, target_lang, causal=True, memory=memory, memory_lengths=src_len
                )
                word = decoder.logits(hidden[:, -1]).argmax(dim=-1, keepdim=True)
                generated = torch.cat([generated, word], dim=1)

    return 1000 * timed(run, device) / window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--configs", default="tiny,paper", help="comma-separated model configs (default: tiny,paper)"
    )
    parser.add_argument(
        "--functions", type=int, default=0, help="functions to translate (default: tiny 16, paper 4)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=0, help="sentences per batch (default: tiny 16, paper 4)"
    )
    parser.add_argument("--lengths", default="64,256,512", help="output positions for ms/token")
    parser.add_argument(
        "--window", type=int, default=0, help="steps timed per position (default: tiny 32, paper 8)"
    )
    parser.add_argument("--no-uncached", action="store_true", help="skip the uncached contrast for tiny")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's choice)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    dictionary = Dictionary.from_vocab_file(SHARED / "bpe" / "cpp-java-python" / "vocab")
    bpe = BPE.from_codes_file(SHARED / "bpe" / "cpp-java-python" / "codes")
    lengths = [int(n) for n in args.lengths.split(",") if n]
    device_name = (
        torch.cuda.get_device_name() if args.device.startswith("cuda") else platform.processor() or "cpu"
    )
    print(
        f"device: {args.device} ({device_name}), torch {torch.__version__}, "
        f"{torch.get_num_threads()} threads, vocabulary {len(dictionary)}, "
        f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    results: list[dict[str, object]] = []
    for name in [c for c in args.configs.split(",") if c]:
        count = args.functions or (16 if name == "tiny" else 4)
        batch_size = args.batch_size or (16 if name == "tiny" else 4)
        window = args.window or (32 if name == "tiny" else 8)
        workload = load_workload(count, dictionary, bpe)
        config = model_config(name, n_words=len(dictionary), lang2id=LANG2ID)
        model = TranslationModel(config).to(args.device).eval()
        row: dict[str, object] = {
            "config": name,
            "parameters": model.num_parameters(),
            "functions": len(workload.sources),
            "batch_size": batch_size,
            "mean_source_units": statistics.mean(len(s) for s in workload.sources),
            "mean_output_tokens": statistics.mean(workload.target_lengths),
        }
        with torch.inference_mode():
            translate_ids(model, workload.sources[:2], 0, 2, max_len=8)  # warm-up
            for beam_size in (1, 5):
                per_second, tokens_per_second = functions_per_second(
                    model, workload, beam_size, batch_size, args.device
                )
                row[f"functions_per_s_beam{beam_size}"] = per_second
                row[f"tokens_per_s_beam{beam_size}"] = tokens_per_second
            source = workload.sources[0]
            for length in lengths:
                row[f"ms_per_token_cached_{length}"] = ms_per_token(
                    model, source, length, window, True, args.device
                )
                if name == "tiny" and not args.no_uncached:
                    row[f"ms_per_token_uncached_{length}"] = ms_per_token(
                        model, source, length, window, False, args.device
                    )
        row["load_average_after"] = os.getloadavg()[0]
        results.append(row)
        del model

    print()
    print(
        f"{'config':<7} {'params':>8} {'fns':>4} {'batch':>5} {'greedy fn/s':>12} {'beam5 fn/s':>11} {'greedy tok/s':>13}"
    )
    for row in results:
        print(
            f"{row['config']:<7} {row['parameters'] / 1e6:>7.1f}M {row['functions']:>4} {row['batch_size']:>5} "
            f"{row['functions_per_s_beam1']:>12.2f} {row['functions_per_s_beam5']:>11.2f} "
            f"{row['tokens_per_s_beam1']:>13.0f}"
        )
    print()
    print("ms per generated token at output position L (batch 1, greedy step):")
    print(f"{'config':<7} {'cache':<8} " + " ".join(f"{'L=' + str(n):>9}" for n in lengths))
    for row in results:
        for kind in ("cached", "uncached"):
            if f"ms_per_token_{kind}_{lengths[0]}" in row:
                cells = " ".join(f"{row[f'ms_per_token_{kind}_{n}']:>9.2f}" for n in lengths)
                print(f"{row['config']:<7} {kind:<8} {cells}")
    if args.json:
        args.json.write_text(
            json.dumps({"device": args.device, "device_name": device_name, "results": results}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
