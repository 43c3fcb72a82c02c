"""A client for one endpoint of the OpenAI-compatible API: ``POST {base_url}/chat/completions``.

Written on the standard library (``urllib``) rather than the ``openai`` package: we need one
endpoint and one JSON shape, and ``openai`` would pull httpx, pydantic and their dependencies
into a tool whose default engine needs none of them. The same request reaches OpenAI, vLLM,
llama.cpp's ``llama-server``, Ollama's ``/v1`` and any other server speaking the protocol.

Every failure becomes one ``EngineError`` line: the server unreachable, an HTTP error (its status
and the server's own message), a reply that is not the protocol's JSON, a timeout. Rate limits
(429) and server errors (5xx) are retried with exponential backoff, honouring ``Retry-After``.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from transcoder.errors import EngineError

logger = logging.getLogger("transcoder.engines.llm")

RETRIED_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER_SECONDS = 60.0  # a server asking for longer is as good as down for an interactive tool

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": text}


@dataclass(frozen=True)
class Choice:
    """One reply of the model."""

    content: str
    finish_reason: str | None  # "stop", or "length" when max_tokens cut it short


@dataclass
class Usage:
    """Tokens spent, summed over the calls of one translation (when the server reports them)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0

    def add(self, reply: dict[str, Any]) -> None:
        self.requests += 1
        usage = reply.get("usage")
        if isinstance(usage, dict):
            self.prompt_tokens += _count(usage.get("prompt_tokens"))
            self.completion_tokens += _count(usage.get("completion_tokens"))


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass
class ChatClient:
    """Chat Completions calls to ``base_url`` (``http://127.0.0.1:8000/v1``) for ``model``."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    max_tokens: int | None = 2048
    usage: Usage = field(default_factory=Usage)

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"

    def complete(
        self, messages: Sequence[Message], n: int = 1, *, temperature: float = 0.0, use_n: bool = True
    ) -> list[Choice]:
        """``n`` replies to ``messages``: one request asking for ``n`` choices (when ``use_n``),
        then single requests for any the server did not give (many local servers ignore ``n``)."""
        choices: list[Choice] = []
        while len(choices) < n:
            wanted = n - len(choices) if use_n else 1
            got = self._request(messages, wanted, temperature)
            if not got:
                raise EngineError(f"malformed reply from {self.url}: 'choices' is empty")
            choices += got
        return choices[:n]

    def _request(self, messages: Sequence[Message], n: int, temperature: float) -> list[Choice]:
        body: dict[str, Any] = {"model": self.model, "messages": list(messages), "temperature": temperature}
        if n > 1:
            body["n"] = n
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        reply = self._post(json.dumps(body).encode("utf-8"))
        self.usage.add(reply)
        return _choices(reply, self.url)

    def _post(self, data: bytes) -> dict[str, Any]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
            except urllib.error.HTTPError as error:
                detail = _server_message(error)
                if error.code in RETRIED_STATUSES and attempt < self.retries:
                    asked = _retry_after(error)  # the server's own wait, when it names one
                    wait = asked if asked is not None else self.backoff * 2.0**attempt
                    logger.info(
                        "%s answered HTTP %d (%s); retrying in %.1f s", self.url, error.code, detail, wait
                    )
                    time.sleep(wait)
                    continue
                hint = ""
                if error.code in (401, 403):
                    hint = " (set api_key=KEY or $OPENAI_API_KEY)"
                elif error.code == 404:
                    hint = " (is base_url the API root, usually ending in /v1?)"
                raise EngineError(f"{self.url} answered HTTP {error.code}: {detail}{hint}") from None
            except TimeoutError:
                raise EngineError(
                    f"no reply from {self.url} within {self.timeout:g} s (raise it with timeout=SECONDS)"
                ) from None
            except urllib.error.URLError as error:
                if isinstance(error.reason, TimeoutError):
                    raise EngineError(
                        f"no reply from {self.url} within {self.timeout:g} s (raise it with timeout=SECONDS)"
                    ) from None
                raise EngineError(f"cannot reach {self.url}: {_reason(error.reason)}") from None
            except (ConnectionError, OSError) as error:  # reset mid-reply, refused, ...
                raise EngineError(f"cannot reach {self.url}: {_reason(error)}") from None
            return _json_object(raw, self.url)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    value = error.headers.get("Retry-After") if error.headers else None
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER_SECONDS) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare enough to back off as usual


def _server_message(error: urllib.error.HTTPError) -> str:
    """The server's own words: OpenAI's ``{"error": {"message": ...}}``, else the body's first line."""
    try:
        text = error.read().decode("utf-8", "replace")
    except OSError:
        text = ""
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        inner = parsed.get("error", parsed)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if isinstance(message, str) and message.strip():
            text = message
        elif isinstance(parsed.get("detail"), str):
            text = parsed["detail"]
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:300] or error.reason or "no message"


def _json_object(raw: bytes, url: str) -> dict[str, Any]:
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        shown = raw[:80].decode("utf-8", "replace").replace("\n", " ")
        raise EngineError(f"malformed reply from {url}: not JSON ({shown!r})") from None
    if not isinstance(parsed, dict):
        raise EngineError(f"malformed reply from {url}: expected a JSON object, got {type(parsed).__name__}")
    return parsed


def _choices(reply: dict[str, Any], url: str) -> list[Choice]:
    if "error" in reply and "choices" not in reply:  # some servers answer 200 with an error object
        error = reply["error"]
        message = error.get("message") if isinstance(error, dict) else error
        raise EngineError(f"{url} answered with an error: {str(message)[:300]}")
    choices = reply.get("choices")
    if not isinstance(choices, list):
        raise EngineError(f"malformed reply from {url}: no 'choices' list")
    found = []
    for choice in choices:
        message = choice.get("message") if isinstance(choice, dict) else None
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, str):
            raise EngineError(f"malformed reply from {url}: a choice has no 'message.content' text")
        found.append(Choice(content, choice.get("finish_reason")))
    return found
