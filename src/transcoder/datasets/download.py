"""Resumable, verified HTTP downloads (standard library only: one GET with a Range header is all
this needs, and a client library would be one more dependency for it).

A file is written to ``<name>.part`` and renamed into place only once its SHA-256 matches. An
interrupted transfer keeps the ``.part`` file; the next attempt (a retry in this run, or the
next run) asks only for the missing bytes with ``Range: bytes=N-``. A server that ignores the
range (200 instead of 206) gets the whole file again. Errors are one line: what, which URL.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from transcoder.errors import TranscoderError

CHUNK_BYTES = 1 << 16
USER_AGENT = "transcoder-data-fetch"


class FetchError(TranscoderError):
    """A download failed: unreachable host, HTTP error, interrupted transfer, or a wrong checksum."""


@dataclass(frozen=True, slots=True)
class Downloaded:
    path: Path
    sha256: str
    size: int
    resumed_from: int  # bytes already on disk when the last attempt started (0: from scratch)


# Called with (bytes written so far, total bytes or None) as a transfer advances.
ProgressCallback = Callable[[int, int | None], None]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(CHUNK_BYTES), b""):
            digest.update(block)
    return digest.hexdigest()


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        inner = error.reason
        if isinstance(inner, socket.gaierror):
            return f"cannot resolve the host ({inner.strerror}); offline?"
        if isinstance(inner, ConnectionRefusedError):
            return "connection refused; offline?"
        return f"cannot connect ({inner}); offline?"
    if isinstance(error, TimeoutError | socket.timeout):
        return "no answer within the timeout"
    if isinstance(error, http.client.IncompleteRead):
        return f"transfer interrupted after {len(error.partial)} more bytes"
    return f"transfer interrupted ({type(error).__name__}: {error})"


def _unreachable(error: BaseException) -> bool:
    """No server to talk to (offline, unknown host, nothing listening): retrying will not help."""
    if isinstance(error, urllib.error.HTTPError) or not isinstance(error, urllib.error.URLError):
        return False
    return isinstance(error.reason, socket.gaierror | ConnectionRefusedError)


def _transfer(url: str, partial: Path, timeout: float, progress: ProgressCallback | None) -> None:
    """One GET appending to ``partial`` from its current size; raises on any failure."""
    offset = partial.stat().st_size if partial.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        if error.code == 416 and offset:  # nothing left to send: the partial file is whole
            return
        raise
    with response:
        if offset and response.status != 206:
            offset = 0  # the server ignored the range: start over
        length = response.headers.get("Content-Length")
        total = offset + int(length) if length is not None else None
        with partial.open("ab" if offset else "wb") as out:
            written = offset
            while block := response.read(CHUNK_BYTES):
                out.write(block)
                written += len(block)
                if progress is not None:
                    progress(written, total)
        if total is not None and written < total:
            raise http.client.IncompleteRead(b"", total - written)


def download(
    url: str,
    destination: Path,
    sha256: str | None = None,
    *,
    retries: int = 3,
    timeout: float = 30.0,
    progress: ProgressCallback | None = None,
) -> Downloaded:
    """Download ``url`` to ``destination`` (resuming a ``.part`` file left by an earlier attempt)
    and check it against ``sha256`` when given. An existing destination with the right digest is
    kept as it is."""
    if destination.is_file() and sha256 is not None and file_sha256(destination) == sha256:
        return Downloaded(destination, sha256, destination.stat().st_size, destination.stat().st_size)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    resumed_from = 0
    for attempt in range(retries + 1):
        resumed_from = partial.stat().st_size if partial.exists() else 0
        try:
            _transfer(url, partial, timeout, progress)
            break
        except (OSError, http.client.HTTPException) as error:
            permanent = _unreachable(error) or (
                isinstance(error, urllib.error.HTTPError) and error.code < 500
            )
            if permanent or attempt == retries:
                raise FetchError(f"cannot download {url}: {_reason(error)}") from None
            time.sleep(min(0.5 * 2**attempt, 4.0))
    digest = file_sha256(partial)
    if sha256 is not None and digest != sha256:
        partial.unlink()
        raise FetchError(
            f"{destination.name}: SHA-256 mismatch for {url} (expected {sha256}, got {digest}); removed"
        )
    partial.replace(destination)
    return Downloaded(destination, digest, destination.stat().st_size, resumed_from)
