"""The HTTP service: a JSON API (FastAPI, described at ``/openapi.json``) and the web page.

Requests are checked in the server process (size, fields, ranges); translation and verification
run in the worker pool (``workers.py``), so a slow request never blocks another or the event loop.
Every error is one JSON line: ``{"error": {"type": ..., "message": ..., "line": ..., "column": ...}}``
(``line``/``column`` point into the submitted code, or into the request body when it is not JSON).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from transcoder.service.models import (
    ErrorReply,
    Health,
    LanguageList,
    TranslateReply,
    TranslateRequest,
    VerifyReply,
    VerifyRequest,
)
from transcoder.service.workers import JobTimeout, Overloaded, WorkerLost, WorkerPool, default_workers

STATIC_DIR = Path(__file__).with_name("static")
# The page loads only its own files: no CDN, no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


@dataclass
class ServiceSettings:
    workers: int = field(default_factory=default_workers)
    max_request_bytes: int = 256 * 1024
    translate_timeout: float = 60.0  # seconds a translation may run in its worker
    verify_timeout: float = 180.0  # translation + generated tests in the sandbox
    max_waiting: int = 512  # requests queued for a worker before the service answers 503
    engine_options: dict[str, str] = field(default_factory=dict)  # the server's, never the client's


def error_response(status: int, kind: str, message: str, **where: int | str) -> JSONResponse:
    return JSONResponse({"error": {"type": kind, "message": message, **where}}, status_code=status)


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413 (declared or streamed), before any
    parsing; the body, once read, is replayed to the application."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.limit:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, "too_large", f"request body over {self.limit} bytes")
        await response(scope, receive, send)


def _position(text: str, offset: int) -> dict[str, int]:
    before = text[:offset]
    return {"line": before.count("\n") + 1, "column": offset - (before.rfind("\n") + 1) + 1}


async def _invalid_request(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    first = error.errors()[0]
    if first.get("type") == "json_invalid":  # loc is ("body", offset)
        text = (await request.body()).decode("utf-8", "replace")
        offset = first["loc"][-1] if isinstance(first["loc"][-1], int) else 0
        reason = (first.get("ctx") or {}).get("error", "not valid JSON")
        return error_response(
            400, "invalid_json", f"request body is not valid JSON: {reason}", **_position(text, offset)
        )
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    more = f" (and {len(error.errors()) - 1} more)" if len(error.errors()) > 1 else ""
    return error_response(
        400, "invalid_request", f"{where}: {first.get('msg', 'invalid')}{more}", field=where
    )


async def _http_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    kind = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
    return error_response(error.status_code, kind, str(error.detail))


def _check_names(request: TranslateRequest) -> JSONResponse | None:
    """Unknown languages and engines are answered here, without a trip to a worker."""
    from transcoder.engines.base import engine_names
    from transcoder.languages import language_names

    for role in ("source", "target"):
        if getattr(request, role) not in language_names():
            known = ", ".join(language_names())
            return error_response(422, "invalid_input", f"unknown {role} language '{getattr(request, role)}' (known: {known})", field=role)  # fmt: skip
    if request.engine not in engine_names():
        return error_response(422, "invalid_input", f"unknown engine '{request.engine}' (known: {', '.join(engine_names())})", field="engine")  # fmt: skip
    return None


def create_app(settings: ServiceSettings | None = None) -> ASGIApp:
    settings = settings or ServiceSettings()
    pool = WorkerPool(settings.workers, settings.max_waiting)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Listing the engines imports their packages: done once, off the event loop.
        app.state.listing = await asyncio.to_thread(_listing)
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()

    from transcoder import __version__

    app = FastAPI(
        title="transcoder",
        version=__version__,
        description="Translate functions between C++, Java and Python; verify translations on tests "
        "generated from the source, run in a sandbox.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; /openapi.json is the description
        redoc_url=None,
    )
    app.state.pool = pool
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    _api_routes(app, pool, settings)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return BodyLimit(app, settings.max_request_bytes)


def _api_routes(app: FastAPI, pool: WorkerPool, settings: ServiceSettings) -> None:
    """The JSON API: translation and verified translation (in the workers), languages, health."""

    async def run(kind: str, request: TranslateRequest, timeout: float) -> JSONResponse | dict[str, Any]:
        refused = _check_names(request)
        if refused is not None:
            return refused
        job = {"kind": kind, **request.model_dump(), "options": settings.engine_options}
        try:
            reply = await pool.run(job, timeout)
        except JobTimeout as error:
            return error_response(504, "timeout", str(error))
        except Overloaded as error:
            return error_response(503, "busy", str(error))
        except WorkerLost as error:
            return error_response(500, "worker_lost", str(error))
        if "error" in reply:
            return JSONResponse({"error": reply["error"]}, status_code=reply["status"])
        result: dict[str, Any] = reply["result"]
        return {"source": request.source, "target": request.target, "engine": request.engine, **result}

    errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorReply} for code in (400, 413, 422, 500, 503, 504)
    }

    @app.post("/api/translate", response_model=TranslateReply, responses=errors)
    async def translate(request: TranslateRequest) -> Any:
        """Translate a function (or a file of functions): up to ``candidates`` translations, best first."""
        return await run("translate", request, settings.translate_timeout)

    @app.post("/api/translate/verified", response_model=VerifyReply, responses=errors)
    async def translate_verified(request: VerifyRequest) -> Any:
        """Translate, then run every candidate on unit tests generated by running the source in the
        sandbox; ``verification.chosen`` is the first candidate passing them all (null: none)."""
        return await run("verify", request, settings.verify_timeout)

    @app.get("/api/languages", response_model=LanguageList)
    async def languages() -> Any:
        """The languages (with file extensions) and the engines this server offers."""
        return app.state.listing

    @app.get("/api/health", response_model=Health)
    async def health() -> Any:
        """Liveness and load: workers, how many are busy, how many requests wait."""
        return {
            "status": "ok",
            "version": app.version,
            "workers": pool.size,
            "busy": pool.busy,
            "waiting": pool.waiting,
        }


def _listing() -> dict[str, Any]:
    from transcoder.engines import DEFAULT_ENGINE
    from transcoder.engines.base import engine_description, engine_names
    from transcoder.languages import get_language, language_names

    return {
        "languages": [{"name": n, "extensions": list(get_language(n).extensions)} for n in language_names()],
        "engines": [{"name": n, "description": engine_description(n)} for n in engine_names()],
        "default_engine": DEFAULT_ENGINE,
    }
