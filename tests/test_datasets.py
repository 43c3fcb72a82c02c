"""Shipped data and `transcoder data fetch`: the fetch code runs against a local HTTP mirror on
127.0.0.1 that serves the shipped files under their upstream URLs (so the pinned SHA-256 digests
are checked against what the repository ships), honours or ignores Range requests, cuts transfers
short and corrupts files on demand."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from transcoder.cli import main as cli_main
from transcoder.datasets import BENCHMARKS, SHIPPED_DIR, resolve_benchmark
from transcoder.datasets.catalog import Dataset, RemoteFile, get_dataset
from transcoder.datasets.download import FetchError, download
from transcoder.datasets.fetch import RECORD, fetch_dataset, with_mirror
from transcoder.errors import InputError


@dataclass
class Mirror:
    """What the local server serves and what it saw."""

    files: dict[str, bytes] = field(default_factory=dict)  # URL path -> content
    cut_after: dict[str, int] = field(default_factory=dict)  # URL path -> bytes sent before hanging up
    cuts_left: dict[str, int] = field(default_factory=dict)  # URL path -> transfers still to cut short
    ignore_range: bool = False
    ranges: list[tuple[str, str | None]] = field(default_factory=list)  # (URL path, Range header)
    url: str = ""

    def serve(self, remote: RemoteFile, content: bytes) -> None:
        self.files[urllib.parse.urlsplit(with_mirror(remote.url, self.url)).path] = content


def _handler(mirror: Mirror) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            requested = self.headers.get("Range")
            mirror.ranges.append((path, requested))
            content = mirror.files.get(path)
            if content is None:
                self.send_error(404)
                return
            start = 0
            if requested and not mirror.ignore_range:
                start = int(requested.removeprefix("bytes=").rstrip("-"))
                if start >= len(content):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(content)}")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            else:
                self.send_response(200)
            body = content[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if mirror.cuts_left.get(path, 0) > 0:
                mirror.cuts_left[path] -= 1
                self.wfile.write(body[: mirror.cut_after[path]])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)  # hang up mid-transfer
                self.close_connection = True
                return
            self.wfile.write(body)

    return Handler


@pytest.fixture
def mirror() -> Iterator[Mirror]:
    state = Mirror()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def serve_shipped(mirror: Mirror, dataset: Dataset) -> None:
    """Serve each file of ``dataset`` with the content the repository ships at its destination path."""
    for remote in dataset.files:
        mirror.serve(remote, (SHIPPED_DIR / remote.path).read_bytes())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the shipped copy and its pins -------------------------------------------------------------------
@pytest.mark.parametrize("name", ["gfg-valid", "bpe", "corpus-sample"])
def test_shipped_files_match_the_pinned_upstream_digests(mirror: Mirror, tmp_path: Path, name: str) -> None:
    dataset = get_dataset(name)
    serve_shipped(mirror, dataset)
    summary = fetch_dataset(dataset, tmp_path, mirror=mirror.url, retries=0)
    assert summary.files == len(dataset.files) and summary.trusted_on_first_use == []
    for remote in dataset.files:
        assert (tmp_path / remote.path).read_bytes() == (SHIPPED_DIR / remote.path).read_bytes()
    # Every shipped file of the dataset's folders is pinned (nothing unverified ships).
    folders = {str(Path(remote.path).parent) for remote in dataset.files}
    shipped = {
        str(p.relative_to(SHIPPED_DIR))
        for folder in folders
        for p in (SHIPPED_DIR / folder).iterdir()
        if p.is_file()
    }
    assert shipped <= {remote.path for remote in dataset.files}


def test_valid_and_test_splits_are_disjoint_and_cover_the_pinned_scripts() -> None:
    valid = {
        remote.path.split("/", 3)[3] for remote in get_dataset("gfg-valid").files if "/valid/" in remote.path
    }
    test = {
        remote.path.split("/", 3)[3] for remote in get_dataset("gfg-test").files if "/test/" in remote.path
    }
    assert not valid & test
    assert len(valid) == 231 + 235 + 238
    assert len(test) > 1000
    assert all(path.endswith((".cpp", ".java", ".py")) for path in valid | test)


# -- resuming, corruption, offline -------------------------------------------------------------------
VOCAB = SHIPPED_DIR / "bpe/cpp-java-python/vocab"


def vocab_remote() -> RemoteFile:
    return next(f for f in get_dataset("bpe").files if f.path.endswith("/vocab"))


def test_an_interrupted_transfer_resumes_with_a_range_request(mirror: Mirror, tmp_path: Path) -> None:
    remote = vocab_remote()
    content = VOCAB.read_bytes()
    mirror.serve(remote, content)
    path = urllib.parse.urlsplit(with_mirror(remote.url, mirror.url)).path
    mirror.cut_after[path], mirror.cuts_left[path] = 100_000, 1
    result = download(with_mirror(remote.url, mirror.url), tmp_path / "vocab", remote.sha256, retries=1)
    assert result.resumed_from == 100_000 and result.sha256 == sha256(content)
    assert (tmp_path / "vocab").read_bytes() == content
    assert mirror.ranges == [(path, None), (path, "bytes=100000-")]
    assert not (tmp_path / "vocab.part").exists()


def test_a_download_cut_short_is_resumed_by_the_next_run(
    mirror: Mirror, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = get_dataset("bpe")
    serve_shipped(mirror, dataset)
    path = urllib.parse.urlsplit(with_mirror(vocab_remote().url, mirror.url)).path
    mirror.cut_after[path], mirror.cuts_left[path] = 300_000, 1
    command = ["data", "fetch", "bpe", "--dest", str(tmp_path), "--mirror", mirror.url, "--retries", "0"]
    assert cli_main(command) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "transfer interrupted" in error and "vocab" in error
    assert (tmp_path / "bpe/cpp-java-python/vocab.part").stat().st_size == 300_000
    assert cli_main(command) == 0
    assert "1 resumed" in capsys.readouterr().out
    assert (path, "bytes=300000-") in mirror.ranges
    assert (tmp_path / "bpe/cpp-java-python/vocab").read_bytes() == VOCAB.read_bytes()


def test_a_corrupted_file_is_refused_and_removed(mirror: Mirror, tmp_path: Path) -> None:
    remote = vocab_remote()
    corrupted = bytearray(VOCAB.read_bytes())
    corrupted[1000] ^= 0x20
    mirror.serve(remote, bytes(corrupted))
    with pytest.raises(FetchError, match=r"vocab: SHA-256 mismatch .*expected " + str(remote.sha256)):
        download(with_mirror(remote.url, mirror.url), tmp_path / "vocab", remote.sha256, retries=0)
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_ignores_ranges_gets_the_whole_file_again(mirror: Mirror, tmp_path: Path) -> None:
    remote = vocab_remote()
    mirror.serve(remote, VOCAB.read_bytes())
    mirror.ignore_range = True
    (tmp_path / "vocab.part").write_bytes(b"stale bytes from another version")
    result = download(with_mirror(remote.url, mirror.url), tmp_path / "vocab", remote.sha256, retries=0)
    assert result.sha256 == remote.sha256
    assert (tmp_path / "vocab").read_bytes() == VOCAB.read_bytes()


def test_a_verified_file_is_not_downloaded_again(mirror: Mirror, tmp_path: Path) -> None:
    dataset = get_dataset("bpe")
    serve_shipped(mirror, dataset)
    fetch_dataset(dataset, tmp_path, mirror=mirror.url)
    requests = len(mirror.ranges)
    fetch_dataset(dataset, tmp_path, mirror=mirror.url)
    assert len(mirror.ranges) == requests


def test_offline_fails_fast_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = cli_main(["data", "fetch", "bpe", "--dest", str(tmp_path), "--mirror", f"http://127.0.0.1:{port}"])
    error = capsys.readouterr().err
    assert code == 2
    assert error.startswith("transcoder: error: cannot download http://127.0.0.1:")
    assert "connection refused; offline?" in error and error.count("\n") == 1


def test_a_missing_file_is_an_http_error_line(mirror: Mirror, tmp_path: Path) -> None:
    remote = vocab_remote()
    with pytest.raises(FetchError, match="HTTP 404"):
        download(with_mirror(remote.url, mirror.url), tmp_path / "vocab", remote.sha256, retries=2)
    assert len(mirror.ranges) == 1  # a 4xx is not retried


# -- checkpoints: no published digest, trusted on first use ------------------------------------------
def test_unpinned_checkpoints_are_trusted_on_first_use_then_checked(mirror: Mirror, tmp_path: Path) -> None:
    dataset = get_dataset("transcoder")
    checkpoints = [f for f in dataset.files if f.sha256 is None]
    assert [f.path for f in checkpoints] == ["models/transcoder/model_1.pth", "models/transcoder/model_2.pth"]
    assert {f.path for f in dataset.files} >= {"models/transcoder/codes", "models/transcoder/LICENSE"}
    for index, remote in enumerate(dataset.files):
        if remote.sha256 is None:
            mirror.serve(remote, f"checkpoint {index}".encode() * 1000)
        elif remote.path.endswith("/codes"):
            mirror.serve(remote, (SHIPPED_DIR / "bpe/cpp-java-python/codes").read_bytes())
    licence = next(f for f in dataset.files if f.path.endswith("LICENSE"))
    mirror.serve(licence, b"not the pinned licence")
    with pytest.raises(FetchError, match="LICENSE: SHA-256 mismatch"):  # pinned files stay pinned
        fetch_dataset(dataset, tmp_path, mirror=mirror.url, retries=0)
    mirror.files.pop(urllib.parse.urlsplit(with_mirror(licence.url, mirror.url)).path)
    dataset = Dataset(
        dataset.name, dataset.description, dataset.licence, tuple(f for f in dataset.files if f != licence)
    )

    summary = fetch_dataset(dataset, tmp_path, mirror=mirror.url, retries=0)
    assert sorted(summary.trusted_on_first_use) == [f.path for f in checkpoints]
    record = json.loads((tmp_path / RECORD).read_text())
    first = (tmp_path / checkpoints[0].path).read_bytes()
    assert record[checkpoints[0].path]["sha256"] == sha256(first)
    assert record[checkpoints[0].path]["url"] == checkpoints[0].url  # the original URL, not the mirror's

    # Fetching again keeps the verified file; a changed upstream file is refused.
    assert fetch_dataset(dataset, tmp_path, mirror=mirror.url).trusted_on_first_use == []
    (tmp_path / checkpoints[0].path).unlink()
    mirror.serve(checkpoints[0], b"a different file under the same name")
    with pytest.raises(FetchError, match=r"model_1\.pth: SHA-256 mismatch"):
        fetch_dataset(dataset, tmp_path, mirror=mirror.url, retries=0)


# -- short names and the CLI ---------------------------------------------------------------------------
def test_short_benchmark_names_resolve_to_the_shipped_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSCODER_DATA", str(tmp_path))  # nothing fetched
    assert resolve_benchmark("gfg-valid") == SHIPPED_DIR / BENCHMARKS["gfg-valid"]
    with pytest.raises(InputError, match="run `transcoder data fetch gfg-test`"):
        resolve_benchmark("gfg-test")
    with pytest.raises(InputError, match=r"no such benchmark directory: nowhere .*gfg-valid"):
        resolve_benchmark("nowhere")
    # A fetched copy is preferred to the shipped one.
    (tmp_path / BENCHMARKS["gfg-test"] / "cpp").mkdir(parents=True)
    assert resolve_benchmark("gfg-test") == tmp_path / BENCHMARKS["gfg-test"]


def test_eval_runs_on_the_shipped_split_by_short_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSCODER_DATA", str(tmp_path / "nothing-fetched"))
    report = tmp_path / "r.json"
    code = cli_main(
        ["eval", "gfg-valid", "-s", "java", "-t", "python", "-e", "gold", "--limit", "4", "--quiet",
         "--report", str(report), "--cache-dir", str(tmp_path / "cache")]
    )  # fmt: skip
    assert code == 0
    data = json.loads(report.read_text())
    assert data["passed"] == data["total"] == 4
    assert data["bench_dir"] == str(SHIPPED_DIR / BENCHMARKS["gfg-valid"])
    assert data["codebleu"] == pytest.approx(100.0)  # the reference against itself


def test_data_fetch_lists_the_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["data", "fetch", "--list"]) == 0
    listing = capsys.readouterr().out
    for name in ("gfg-valid", "gfg-test", "bpe", "corpus-sample", "transcoder", "transcoder-st"):
        assert f"\n{name} " in "\n" + listing
    assert "trusted on first use" in listing and "CC BY-SA 2.0" in listing
    assert cli_main(["data", "fetch", "no-such-set"]) == 2
    assert "unknown dataset 'no-such-set'" in capsys.readouterr().err
