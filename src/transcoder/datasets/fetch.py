"""``transcoder data fetch NAME... [--dest DIR]``: download a dataset of the catalog and verify it.

Pinned files (GitHub raw URLs at a fixed commit) must match their SHA-256. Files without a pinned
digest (the released checkpoints) are trusted on first use: the digest and size of the first
download are recorded in ``<dest>/fetched.json``, and a later download that differs is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transcoder.datasets import default_fetch_dir
from transcoder.datasets.catalog import Dataset, RemoteFile, dataset_names, get_dataset
from transcoder.datasets.download import Downloaded, FetchError, ProgressCallback, download

RECORD = "fetched.json"  # first-use digests of files without a pinned one
SMALL_FILE_JOBS = 8  # parallel requests for datasets of many small files (the GfG scripts)


@dataclass(frozen=True, slots=True)
class FetchSummary:
    dataset: str
    files: int
    bytes: int
    resumed: int  # files that continued a partial download
    trusted_on_first_use: list[str]  # paths whose digest was recorded now, not checked against a pin
    destination: Path


def with_mirror(url: str, mirror: str | None) -> str:
    """``url`` served from ``mirror`` (scheme and host, optionally a path prefix) instead of its host."""
    if not mirror:
        return url
    parsed = urllib.parse.urlsplit(url)
    return mirror.rstrip("/") + "/" + parsed.netloc + parsed.path


class TrustRecord:
    """``fetched.json``: digest and size of each unpinned file when it was first downloaded."""

    def __init__(self, destination: Path) -> None:
        self.path = destination / RECORD
        self.lock = threading.Lock()
        try:
            self.entries: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.entries = {}
        except ValueError as error:
            raise FetchError(f"{self.path}: not valid JSON ({error}); remove it to trust again") from None

    def expected(self, relative: str) -> str | None:
        entry = self.entries.get(relative)
        return entry["sha256"] if entry else None

    def remember(self, relative: str, url: str, result: Downloaded) -> None:
        with self.lock:
            self.entries[relative] = {
                "sha256": result.sha256,
                "size": result.size,
                "url": url,
                "first_fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(self.entries, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            temporary.replace(self.path)


def _fetch_one(
    remote: RemoteFile,
    destination: Path,
    record: TrustRecord,
    mirror: str | None,
    progress: ProgressCallback | None,
    retries: int,
) -> tuple[Downloaded, bool]:
    """The file downloaded and verified, and whether its digest was trusted on first use."""
    url = with_mirror(remote.url, mirror)
    target = destination / remote.path
    pinned = remote.sha256 or record.expected(remote.path)
    result = download(url, target, pinned, retries=retries, progress=progress)
    first_use = remote.sha256 is None and pinned is None
    if first_use:
        record.remember(remote.path, remote.url, result)
    return result, first_use


def fetch_dataset(
    dataset: Dataset,
    destination: Path,
    *,
    mirror: str | None = None,
    retries: int = 3,
    show_progress: bool = False,
) -> FetchSummary:
    """Download every file of ``dataset`` under ``destination``; raises ``FetchError`` on the first
    failure (files already verified stay, a partial one is resumed next time)."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    destination.mkdir(parents=True, exist_ok=True)
    record = TrustRecord(destination)
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    results: list[tuple[Downloaded, bool]] = []
    with Progress(*columns, console=console, transient=True, disable=not show_progress) as bar:
        small = [f for f in dataset.files if f.sha256 is not None]
        large = [f for f in dataset.files if f.sha256 is None]
        if small:
            task = bar.add_task(f"{dataset.name}: {len(small)} files", total=len(small))
            with ThreadPoolExecutor(SMALL_FILE_JOBS) as pool:
                futures = [
                    pool.submit(_fetch_one, f, destination, record, mirror, None, retries) for f in small
                ]
                try:
                    for future in futures:
                        results.append(future.result())
                        bar.advance(task)
                except BaseException:
                    pool.shutdown(wait=True, cancel_futures=True)  # the first failure ends the fetch
                    raise
        for remote in large:  # one at a time, each with its own byte counter
            task = bar.add_task(remote.path.rsplit("/", 1)[1], total=None)

            def advance(done: int, total: int | None, task: Any = task) -> None:
                bar.update(task, completed=done, total=total)

            results.append(_fetch_one(remote, destination, record, mirror, advance, retries))
    return FetchSummary(
        dataset.name,
        len(results),
        sum(r.size for r, _ in results),
        sum(r.resumed_from > 0 and r.resumed_from < r.size for r, _ in results),
        [str(r.path.relative_to(destination)) for r, first in results if first],
        destination,
    )


def add_fetch_parser(commands: Any) -> None:
    """``data fetch`` under the ``data`` command's subparsers (train/data.py wires it)."""
    fetch = commands.add_parser(
        "fetch", help="download and verify benchmark scripts, BPE files or released checkpoints"
    )
    fetch.add_argument("names", nargs="*", metavar="NAME", help=f"dataset(s): {', '.join(dataset_names())}")
    fetch.add_argument("--dest", help=f"destination folder (default: {default_fetch_dir()})")
    fetch.add_argument("--list", action="store_true", help="list the datasets and exit")
    fetch.add_argument(
        "--mirror", help="fetch from this server instead (scheme://host[/prefix]; the original host "
        "and path follow it)"
    )  # fmt: skip
    fetch.add_argument(
        "--retries", type=int, default=3, help="resumed retries of an interrupted file (default 3)"
    )
    fetch.set_defaults(handler=run_fetch)


def run_fetch(args: argparse.Namespace) -> int:
    from transcoder.errors import InputError

    if args.list or not args.names:
        if not args.list:
            raise InputError("name a dataset to fetch, or pass --list")
        for name in dataset_names():
            dataset = get_dataset(name)
            pinned = all(f.sha256 for f in dataset.files)
            check = "SHA-256 pinned" if pinned else "checkpoints: size + digest trusted on first use"
            print(f"{name:<20} {len(dataset.files):>5} files  {check}; {dataset.licence}")
            print(f"{'':<20} {dataset.description}")
        return 0
    if args.retries < 0:
        raise InputError("--retries must be at least 0")
    datasets = [get_dataset(name) for name in args.names]
    destination = Path(args.dest).expanduser() if args.dest else default_fetch_dir()
    for dataset in datasets:
        summary = fetch_dataset(
            dataset, destination, mirror=args.mirror, retries=args.retries, show_progress=sys.stderr.isatty()
        )
        trusted = (
            f"; first download of {len(summary.trusted_on_first_use)} unpinned file(s): digest recorded in "
            f"{destination / RECORD}"
            if summary.trusted_on_first_use
            else ""
        )
        resumed = f", {summary.resumed} resumed" if summary.resumed else ""
        print(
            f"{summary.dataset}: {summary.files} files, {summary.bytes / 1e6:.1f} MB{resumed}, verified, "
            f"in {destination}{trusted}"
        )
    return 0
