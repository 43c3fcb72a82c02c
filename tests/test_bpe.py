"""BPE and the XLM dictionary: fastBPE's exact output on real code, learning, round trips.

The reference is fastBPE's own command-line tool, compiled from its PyPI source distribution
(``pip download --no-deps --no-binary :all: fastBPE``, cached under ``.cache/fastbpe``); the
tests that need it skip, saying why, when the source cannot be fetched or compiled.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcoder.datasets import SHIPPED_DIR
from transcoder.engines.neural.bpe import BPE, count_words, learn_bpe
from transcoder.engines.neural.dictionary import (
    EOS_INDEX,
    FIRST_WORD_INDEX,
    PAD_INDEX,
    UNK_INDEX,
    Dictionary,
    reserved_words,
)
from transcoder.errors import InputError

REPO = Path(__file__).resolve().parents[1]
SHARED = SHIPPED_DIR  # the repository's data/
CODES = SHARED / "bpe" / "cpp-java-python" / "codes"
VOCAB = SHARED / "bpe" / "cpp-java-python" / "vocab"
BENCHMARK = SHARED / "benchmarks" / "transcoder-gfg" / "valid"
CACHE = REPO / ".cache" / "fastbpe"
EXTENSIONS = {"cpp": ".cpp", "java": ".java", "python": ".py"}


def _need_shared() -> None:
    if not CODES.is_file() or not VOCAB.is_file():
        pytest.skip(f"shared BPE files not found under {CODES.parent}")


@pytest.fixture(scope="module")
def released_bpe() -> BPE:
    _need_shared()
    return BPE.from_codes_file(CODES)


@pytest.fixture(scope="module")
def fastbpe() -> Path:
    """Path of fastBPE's command-line tool, built once from the PyPI sdist."""
    binary = CACHE / "fast"
    if binary.is_file():
        return binary
    if shutil.which("g++") is None:
        pytest.skip("g++ is not installed: cannot build the fastBPE reference")
    CACHE.mkdir(parents=True, exist_ok=True)
    archives = sorted(CACHE.glob("fastBPE-*.tar.gz"))
    if not archives:  # `make setup` fetches it; tests never download anything themselves
        pytest.skip(
            "fastBPE sdist missing: run `make setup` (pip download fastBPE==0.1.0 into .cache/fastbpe)"
        )
    with tarfile.open(archives[0]) as archive:
        archive.extractall(CACHE, filter="data")
    sources = next(CACHE.glob("fastBPE-*/fastBPE"))
    result = subprocess.run(
        ["g++", "-std=c++11", "-pthread", "-O3", str(sources / "main.cc"), f"-I{sources}", "-o", str(binary)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.skip(f"fastBPE did not compile: {result.stderr.strip().splitlines()[-1:]}")
    return binary


def _tokenized_benchmark_lines(limit_per_language: int = 80) -> list[str]:
    """TransCoder tokens of real C++/Java/Python files, one file a line."""
    from transcoder.languages import get_language

    if not BENCHMARK.is_dir():
        pytest.skip(f"benchmark not found under {BENCHMARK}")
    lines: list[str] = []
    for language_name, extension in EXTENSIONS.items():
        language = get_language(language_name)
        for path in sorted((BENCHMARK / language_name).glob(f"*{extension}"))[:limit_per_language]:
            try:
                tokens = language.tokenize(path.read_text(encoding="utf-8"))
            except (NotImplementedError, ImportError) as error:
                pytest.skip(f"{language_name} tokenizer not available: {error}")
            lines.append(" ".join(tokens))
    return lines


def _fastbpe_apply(binary: Path, lines: list[str], *extra: Path) -> list[str]:
    result = subprocess.run(
        [str(binary), "applybpe_stream", *(str(p) for p in extra)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split("\n")[: len(lines)]


# -- dictionary ------------------------------------------------------------------------------


def test_dictionary_reads_released_vocab_with_xlm_numbering() -> None:
    _need_shared()
    dictionary = Dictionary.from_vocab_file(VOCAB)
    assert [dictionary[i] for i in range(FIRST_WORD_INDEX)] == reserved_words()
    assert (dictionary.bos_index, dictionary.eos_index, dictionary.pad_index, dictionary.unk_index) == (
        0,
        1,
        2,
        3,
    )
    # The first vocabulary line is "▁ 2028961000": id 14, right after the ten special words.
    first_word, first_count = VOCAB.read_text(encoding="utf-8").split("\n", 1)[0].split(" ")
    assert dictionary[FIRST_WORD_INDEX] == first_word
    assert dictionary.counts[first_word] == int(first_count)
    assert dictionary.index("NEW_LINE") == dictionary.word2id["NEW_LINE"] > FIRST_WORD_INDEX
    assert dictionary.index("surely-not-a-bpe-unit") == UNK_INDEX
    # Lines XLM skips (Python's split() sees extra whitespace in them) are skipped here too.
    assert 63_000 < len(dictionary) <= 64_000 + FIRST_WORD_INDEX
    assert len(dictionary.word2id) == len(dictionary.id2word) == len(dictionary)


def test_dictionary_round_trips_through_checkpoint_state_and_vocab_file(tmp_path: Path) -> None:
    dictionary = Dictionary.from_words(["int", "(", ")", "return"], [40, 30, 30, 10])
    assert Dictionary.from_state(dictionary.state()) == dictionary
    dictionary.write_vocab_file(tmp_path / "vocab")
    assert Dictionary.from_vocab_file(tmp_path / "vocab") == dictionary
    assert dictionary.encode(["return", "x"]) == [FIRST_WORD_INDEX + 3, UNK_INDEX]
    assert dictionary.decode([EOS_INDEX, PAD_INDEX]) == ["</s>", "<pad>"]


def test_dictionary_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such vocabulary"):
        Dictionary.from_vocab_file(tmp_path / "missing")
    with pytest.raises(InputError, match="twice"):
        Dictionary.from_words(["a", "a"])


# -- applying codes --------------------------------------------------------------------------


def test_released_codes_split_known_code_as_fastbpe_does(released_bpe: BPE) -> None:
    # Expected strings produced by `fast applybpe_stream codes` (fastBPE 0.1.0).
    line = 'int countSetBits ( int n ) { return __builtin_popcount ( n ) ; } NEW_LINE INDENT self.zzqx_y = "héllo▁wörld"'
    expected = (
        "int count@@ Set@@ Bits ( int n ) { return __builtin@@ _pop@@ count ( n ) ; } NEW_LINE INDENT "
        'self@@ .@@ zz@@ q@@ x_@@ y = "@@ h@@ é@@ l@@ lo@@ ▁@@ w@@ ö@@ r@@ ld@@ "'
    )
    assert released_bpe.apply_line(line) == expected
    assert BPE.decode(expected.split(" ")) == line.split(" ")


def test_apply_matches_fastbpe_on_real_tokenized_code(released_bpe: BPE, fastbpe: Path) -> None:
    lines = _tokenized_benchmark_lines()
    assert len(lines) > 100
    expected = _fastbpe_apply(fastbpe, lines, CODES)
    mismatches = [i for i, line in enumerate(lines) if released_bpe.apply_line(line) != expected[i]]
    assert mismatches == []


def test_apply_with_vocabulary_limit_matches_fastbpe(fastbpe: Path) -> None:
    _need_shared()
    limited = BPE.from_codes_file(CODES, VOCAB)
    lines = _tokenized_benchmark_lines(limit_per_language=40)
    expected = _fastbpe_apply(fastbpe, lines, CODES, VOCAB)
    assert [limited.apply_line(line) for line in lines] == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=1), max_size=12
    )
)
def test_decode_undoes_apply(tokens: list[str]) -> None:
    bpe = _small_bpe()
    assert BPE.decode(bpe.apply(tokens)) == tokens


def _small_bpe() -> BPE:
    return BPE([("i", "n"), ("in", "t</w>"), ("r", "e"), ("re", "t"), ("_", "_"), ("a", "b")])


def test_codes_file_errors_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "codes"
    bad.write_text("a b 3\nc d\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"codes:2:1"):
        BPE.from_codes_file(bad)


# -- learning codes --------------------------------------------------------------------------


def test_learned_codes_match_fastbpe_learnbpe(fastbpe: Path, tmp_path: Path) -> None:
    lines = _tokenized_benchmark_lines(limit_per_language=60)
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_codes = 200
    result = subprocess.run(
        [str(fastbpe), "learnbpe", str(n_codes), str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    reference = [tuple(line.split(" ")) for line in result.stdout.splitlines()]
    learned = learn_bpe(count_words(lines), n_codes)
    assert len(learned) == len(reference) == n_codes
    # Identical merges and counts until fastBPE meets a tie (it breaks ties by hash-map order, we
    # alphabetically; in code, NEW_LINE makes "N E" and "E W" tie within the first dozen merges).
    first_tie = next((i for i in range(n_codes - 1) if reference[i][2] == reference[i + 1][2]), n_codes)
    assert first_tie >= 8
    assert [(a, b, str(c)) for a, b, c in learned[:first_tie]] == list(reference[:first_tie])
    assert str(learned[first_tie][2]) == reference[first_tie][2]  # one of the tied pairs
    counts = [c for _, _, c in learned]
    assert counts == sorted(counts, reverse=True)  # always the most frequent pair left
    # After the ties the two code lists are different but equally good: the corpus compresses to
    # within 1% of the same number of units, and fastBPE applies our codes as we do.
    ours = BPE([(a, b) for a, b, _ in learned])
    ours.write_codes_file(tmp_path / "our_codes", counts)
    theirs = BPE([(a, b) for a, b, _ in reference])
    our_units = sum(len(ours.apply([line])) for line in lines)
    their_units = sum(len(theirs.apply([line])) for line in lines)
    assert abs(our_units - their_units) <= 0.01 * their_units
    assert _fastbpe_apply(fastbpe, lines, tmp_path / "our_codes") == [ours.apply_line(line) for line in lines]


def test_learned_codes_apply_back_to_known_words() -> None:
    counts = count_words(["low lower lowest newer wider new new low"])
    codes = learn_bpe(counts, 10)
    assert codes[0] == ("l", "o", 4)  # "lo" occurs in low x2, lower, lowest; ties broken alphabetically
    bpe = BPE([(a, b) for a, b, _ in codes])
    assert bpe.apply(["low"]) == ["low"]
    assert BPE.decode(bpe.apply(["lowest", "newer"])) == ["lowest", "newer"]
    assert learn_bpe({"a": 3}, 5) == []  # nothing to merge in one-character words
