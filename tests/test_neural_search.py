"""Greedy and beam search: the key/value cache changes nothing, scores are what they claim, and a
tiny model trained on a handful of real function pairs reproduces them exactly with beam search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

torch = pytest.importorskip("torch")

from transcoder.engines.neural.bpe import BPE, learn_bpe_from_lines  # noqa: E402
from transcoder.engines.neural.configs import model_config  # noqa: E402
from transcoder.engines.neural.dictionary import Dictionary  # noqa: E402
from transcoder.engines.neural.model import TranslationModel  # noqa: E402
from transcoder.engines.neural.search import Hypothesis, pad_batch, translate_ids  # noqa: E402
from transcoder.languages import get_language  # noqa: E402


@pytest.fixture(autouse=True, scope="module")
def one_thread() -> Iterator[None]:
    # Tiny models gain nothing from intra-op threads, and on a busy shared machine OpenMP's
    # waiting threads slow them down several times over.
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


LANG2ID = {"cpp": 0, "java": 1, "python": 2}


def random_model(seed: int = 0, n_words: int = 60) -> TranslationModel:
    """An untrained tiny model whose outputs are spread out enough to make searches diverge."""
    torch.manual_seed(seed)
    model = TranslationModel(model_config("tiny", n_words=n_words, share_inout_emb=False))
    with torch.no_grad():
        model.decoder.pred_layer.proj.weight.mul_(8.0)  # sharper, varied next-token distributions
    return model.eval()


SOURCES = [[1, 14, 15, 16, 17, 18, 1], [1, 20, 21, 1], [1, 30, 31, 32, 33, 34, 35, 36, 37, 1]]


def assert_same(cached: list[list[Hypothesis]], uncached: list[list[Hypothesis]]) -> None:
    assert len(cached) == len(uncached)
    for with_cache, without_cache in zip(cached, uncached, strict=True):
        assert [h.tokens for h in with_cache] == [h.tokens for h in without_cache]
        assert [h.finished for h in with_cache] == [h.finished for h in without_cache]
        for a, b in zip(with_cache, without_cache, strict=True):
            assert a.score == pytest.approx(b.score, rel=1e-4, abs=1e-4)
            assert a.log_prob == pytest.approx(b.log_prob, rel=1e-4, abs=1e-4)


@pytest.mark.parametrize(("beam_size", "bound"), [(1, "original"), (4, "original"), (4, "whole")])
def test_cache_gives_the_same_tokens_and_scores(beam_size: int, bound: str) -> None:
    model = random_model()
    options = {"beam_size": beam_size, "n_best": beam_size, "max_len": 40, "bound": bound}
    cached = translate_ids(model, SOURCES, 0, 2, use_cache=True, **options)
    uncached = translate_ids(model, SOURCES, 0, 2, use_cache=False, **options)
    assert_same(cached, uncached)
    # The searches did real work: several distinct words, hypotheses of several lengths.
    words = {word for best in cached for h in best for word in h.tokens}
    assert len(words) >= 4
    if beam_size > 1:
        # The original's rule files several candidates of one prefix at the bound: repeats allowed.
        distinct = len({h.tokens for h in cached[0]})
        assert distinct == beam_size if bound == "whole" else distinct >= 2


def test_original_bound_files_the_prefix_with_the_next_words_probability() -> None:
    """XLM's rule at the bound: one step past ``max_len`` words, each candidate is filed without its
    word but with its probability. With ``</s>`` banned throughout, that is exactly our whole-bound
    search one word longer with the last word dropped (same log-probabilities, same order), each
    scored over ``max_len + 1`` positions."""
    model = random_model(seed=3)
    common = {"beam_size": 4, "n_best": 4, "min_len": 1000}
    original = translate_ids(model, SOURCES, 0, 1, max_len=12, bound="original", **common)
    longer = translate_ids(model, SOURCES, 0, 1, max_len=13, bound="whole", **common)
    for ours, reference in zip(original, longer, strict=True):
        assert [h.tokens for h in ours] == [h.tokens[:-1] for h in reference]
        assert [h.log_prob for h in ours] == pytest.approx([h.log_prob for h in reference], abs=1e-5)
        assert all(len(h.tokens) == 12 and not h.finished for h in ours)
        assert [h.score for h in ours] == pytest.approx([h.log_prob / 13 for h in ours], abs=1e-6)


def test_cache_equivalence_holds_over_long_forced_outputs() -> None:
    model = random_model(seed=1)
    cached = translate_ids(model, SOURCES, 1, 0, min_len=120, max_len=120, use_cache=True)
    uncached = translate_ids(model, SOURCES, 1, 0, min_len=120, max_len=120, use_cache=False)
    assert_same(cached, uncached)
    assert all(len(best[0].tokens) == 120 and not best[0].finished for best in cached)


def teacher_forced_log_prob(
    model: TranslationModel,
    source: list[int],
    tokens: tuple[int, ...],
    finished: bool,
    src_lang: int,
    tgt_lang: int,
) -> float:
    """Sum of log p(token | prefix) computed in one full decoder pass (no search, no cache)."""
    eos = model.config.eos_index
    target = [eos, *tokens, *([eos] if finished else [])]
    src, src_len = pad_batch([source], model.config.pad_index)
    tgt, tgt_len = pad_batch([target], model.config.pad_index)
    with torch.no_grad():
        memory = model.encode(src, src_len, src_lang)
        hidden = model.decoder(tgt, tgt_len, tgt_lang, causal=True, memory=memory, memory_lengths=src_len)
        log_probs = torch.log_softmax(model.decoder.logits(hidden[0, :-1]).float(), dim=-1)
    return float(log_probs.gather(1, tgt[0, 1:, None]).sum())


def test_beam_scores_are_length_normalised_log_probabilities() -> None:
    model = random_model(seed=2)
    for length_penalty in (0.5, 1.0, 2.0):
        # The whole-bound rule: every hypothesis's log-probability is that of its own words (the
        # original's rule adds the next word's at the bound; tested above).
        results = translate_ids(
            model,
            SOURCES,
            2,
            1,
            beam_size=5,
            n_best=5,
            max_len=30,
            length_penalty=length_penalty,
            bound="whole",
        )
        for source, best in zip(SOURCES, results, strict=True):
            assert [h.score for h in best] == sorted((h.score for h in best), reverse=True)
            assert len({h.tokens for h in best}) == len(best) == 5
            for hypothesis in best:
                expected = teacher_forced_log_prob(
                    model, source, hypothesis.tokens, hypothesis.finished, 2, 1
                )
                assert hypothesis.log_prob == pytest.approx(expected, abs=1e-3)
                normaliser = (len(hypothesis.tokens) + 1) ** length_penalty
                assert hypothesis.score == pytest.approx(hypothesis.log_prob / normaliser, rel=1e-6)


def test_greedy_picks_the_most_probable_word_at_each_step() -> None:
    model = random_model(seed=3)
    [[hypothesis]] = translate_ids(model, [SOURCES[0]], 0, 1, max_len=25)
    expected = teacher_forced_log_prob(model, SOURCES[0], hypothesis.tokens, hypothesis.finished, 0, 1)
    assert hypothesis.log_prob == pytest.approx(expected, abs=1e-3)
    # Step by step, no other word was more probable than the chosen one.
    eos = model.config.eos_index
    target = [eos, *hypothesis.tokens, *([eos] if hypothesis.finished else [])]
    src, src_len = pad_batch([SOURCES[0]], model.config.pad_index)
    tgt, tgt_len = pad_batch([target], model.config.pad_index)
    with torch.no_grad():
        memory = model.encode(src, src_len, 0)
        hidden = model.decoder(tgt, tgt_len, 1, causal=True, memory=memory, memory_lengths=src_len)
        chosen = model.decoder.logits(hidden[0, :-1]).argmax(dim=-1)
    assert chosen.tolist() == target[1:]


@pytest.mark.parametrize("beam_size", [1, 3])
def test_batching_does_not_change_results(beam_size: int) -> None:
    model = random_model(seed=4)
    together = translate_ids(model, SOURCES, 0, 2, beam_size=beam_size, n_best=beam_size, max_len=30)
    alone = [
        translate_ids(model, [s], 0, 2, beam_size=beam_size, n_best=beam_size, max_len=30)[0] for s in SOURCES
    ]
    assert_same(together, alone)


def test_min_len_forbids_eos_and_max_len_cuts() -> None:
    model = random_model(seed=5)
    for beam_size in (1, 3):
        results = translate_ids(model, SOURCES, 0, 1, beam_size=beam_size, min_len=17, max_len=17)
        assert all(len(best[0].tokens) == 17 and not best[0].finished for best in results)
        results = translate_ids(model, SOURCES, 0, 1, beam_size=beam_size, max_len=3)
        assert all(len(h.tokens) <= 3 for best in results for h in best)


# -- a tiny model trained supervised on real function pairs ------------------------------------

FUNCTIONS = {
    "add": {
        "cpp": "int add(int a, int b) {\n    return a + b;\n}\n",
        "java": "static int add(int a, int b) {\n    return a + b;\n}\n",
        "python": "def add(a, b):\n    return a + b\n",
    },
    "max_of": {
        "cpp": "int max_of(int x, int y) {\n    if (x > y) {\n        return x;\n    }\n    return y;\n}\n",
        "java": "static int max_of(int x, int y) {\n    if (x > y) {\n        return x;\n    }\n    return y;\n}\n",
        "python": "def max_of(x, y):\n    if x > y:\n        return x\n    return y\n",
    },
    "total": {
        "cpp": "int total(vector<int> v) {\n    int s = 0;\n    for (int e : v) {\n        s += e;\n    }\n    return s;\n}\n",
        "java": "static int total(int[] v) {\n    int s = 0;\n    for (int e : v) {\n        s += e;\n    }\n    return s;\n}\n",
        "python": "def total(v):\n    s = 0\n    for e in v:\n        s += e\n    return s\n",
    },
}
DIRECTIONS = [("cpp", "python"), ("java", "cpp"), ("python", "java")]


def tokenize(language: str, code: str) -> list[str]:
    try:
        return get_language(language).tokenize(code)
    except (ModuleNotFoundError, ImportError) as error:
        pytest.skip(f"the {language} tokenizer is not available: {error}")


@dataclass
class TrainedPairs:
    """A tiny model fitted on ``examples``: (source language, source ids, target language, target ids, target tokens)."""

    model: TranslationModel
    dictionary: Dictionary
    bpe: BPE
    bpe_codes: str
    examples: list[tuple[str, list[int], str, list[int], list[str]]]
    steps: int
    loss: float


def train_on_pairs(
    functions: dict[str, dict[str, str]],
    directions: list[tuple[str, str]],
    max_steps: int = 1500,
    seed: int = 0,
) -> TrainedPairs:
    """Build a BPE and dictionary from the functions' real tokens, then fit the tiny model (teacher
    forcing, full batch, Adam) until every target token is predicted with near certainty."""
    tokens = {
        (name, lang): tokenize(lang, code)
        for name, codes in functions.items()
        for lang, code in codes.items()
    }
    bpe, counts = learn_bpe_from_lines((" ".join(t) for t in tokens.values()), 60)
    units = {name_lang: bpe.apply(t) for name_lang, t in tokens.items()}
    dictionary = Dictionary.from_words(sorted({u for seq in units.values() for u in seq}))
    eos = dictionary.eos_index
    examples = []
    for name in functions:
        for source, target in directions:
            src_ids = [eos, *dictionary.encode(units[name, source]), eos]
            tgt_ids = [eos, *dictionary.encode(units[name, target]), eos]
            examples.append((source, src_ids, target, tgt_ids, tokens[name, target]))
    torch.manual_seed(seed)
    model = TranslationModel(model_config("tiny", n_words=len(dictionary), lang2id=LANG2ID))
    src, src_len = pad_batch([e[1] for e in examples], dictionary.pad_index)
    tgt, tgt_len = pad_batch([e[3] for e in examples], dictionary.pad_index)
    src_lang = torch.tensor([LANG2ID[e[0]] for e in examples])[:, None].expand_as(src)
    tgt_lang = torch.tensor([LANG2ID[e[2]] for e in examples])[:, None].expand_as(tgt)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    loss = torch.tensor(float("inf"))
    step = 0
    for step in range(1, max_steps + 1):  # noqa: B007
        optimizer.zero_grad()
        loss = model.seq2seq_loss(src, src_len, src_lang, tgt, tgt_len, tgt_lang)
        loss.backward()
        optimizer.step()
        if loss.item() < 0.005:
            break
    model.eval()
    codes_text = "".join(f"{a} {b} {c}\n" for (a, b), c in zip(bpe.codes, counts, strict=True))
    return TrainedPairs(model, dictionary, bpe, codes_text, examples, step, loss.item())


def test_tiny_model_trained_on_function_pairs_reproduces_them_with_beam_search() -> None:
    trained = train_on_pairs(FUNCTIONS, DIRECTIONS)
    assert trained.loss < 0.005, f"training stalled at loss {trained.loss:.4f} after {trained.steps} steps"
    for source, src_ids, target, tgt_ids, target_tokens in trained.examples:
        [best] = translate_ids(
            trained.model, [src_ids], LANG2ID[source], LANG2ID[target], beam_size=4, n_best=2
        )
        assert best[0].finished
        assert list(best[0].tokens) == tgt_ids[1:-1]
        words = BPE.decode(trained.dictionary.decode(best[0].tokens))
        assert words == target_tokens
        # The runner-up is a different sentence, and less likely.
        assert best[1].tokens != best[0].tokens and best[1].score < best[0].score
