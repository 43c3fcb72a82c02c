"""`transcoder serve`: the JSON API on a real uvicorn server on 127.0.0.1 with real worker
processes; verified translations run the source and the candidates in the sandbox."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from transcoder.cli import main as cli_main
from transcoder.service.app import STATIC_DIR, ServiceSettings, create_app
from transcoder.service.workers import WorkerPool


@dataclass
class Running:
    url: str
    pool: WorkerPool


def serve(settings: ServiceSettings) -> Iterator[Running]:
    app = create_app(settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield Running(f"http://127.0.0.1:{port}", app.app.state.pool)  # type: ignore[attr-defined]
    server.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def service() -> Iterator[Running]:
    yield from serve(ServiceSettings(workers=2))


@pytest.fixture(scope="module")
def strict() -> Iterator[Running]:
    """A server with small limits: 4 KiB bodies, verification cut off after 1 s."""
    yield from serve(ServiceSettings(workers=2, max_request_bytes=4096, verify_timeout=1.0))


def post(url: str, path: str, body: object) -> httpx.Response:
    return httpx.post(url + path, json=body, timeout=120)


CPP_DOUBLE = "int twice(int a) {\n    return a * 2;\n}\n"
# A C++ unsigned long long wraps at 2**64 and prints unsigned; the rule engine's Java translation
# holds it in a long, which prints signed beyond 2**63 (a known gap, docs/rules.md).
CPP_UNSIGNED = "unsigned long long scale(unsigned long long a) {\n    return a * 3;\n}\n"


def signed64(value: int) -> int:
    """``value`` as a two's-complement 64-bit integer (what a Java long holds)."""
    return (value + 2**63) % 2**64 - 2**63


JAVA_STRING_IDENTITY = "static boolean same(String a, String b) {\n    return a == b;\n}\n"


# -- the API -------------------------------------------------------------------------------------------
def test_health_languages_and_openapi(service: Running) -> None:
    health = httpx.get(service.url + "/api/health").json()
    assert health["status"] == "ok" and health["workers"] == 2
    listing = httpx.get(service.url + "/api/languages").json()
    assert [language["name"] for language in listing["languages"]] == ["cpp", "java", "python"]
    assert {"rules", "neural", "llm", "gold"} <= {engine["name"] for engine in listing["engines"]}
    assert listing["default_engine"] == "rules"
    schema = httpx.get(service.url + "/openapi.json").json()
    assert {"/api/translate", "/api/translate/verified", "/api/languages", "/api/health"} <= set(
        schema["paths"]
    )
    request = schema["components"]["schemas"]["TranslateRequest"]
    assert set(request["required"]) == {"code", "source", "target"}
    assert "ErrorReply" in schema["components"]["schemas"]
    assert httpx.get(service.url + "/docs").status_code == 404  # Swagger UI would load a CDN's scripts


def test_translate(service: Running) -> None:
    reply = post(service.url, "/api/translate", {"code": CPP_DOUBLE, "source": "cpp", "target": "python"})
    assert reply.status_code == 200
    data = reply.json()
    [candidate] = data["candidates"]
    assert candidate["warnings"] == []
    assert candidate["code"].endswith("def twice(a):\n    return int32(a * 2)\n")  # wraps as C++'s int does
    assert (data["source"], data["target"], data["engine"]) == ("cpp", "python", "rules")


def test_verified_translation_runs_generated_tests_in_the_sandbox(service: Running) -> None:
    body = {"code": CPP_DOUBLE, "source": "cpp", "target": "java", "tests": 8}
    data = post(service.url, "/api/translate/verified", body).json()
    verification = data["verification"]
    assert verification["chosen"] == 0 and verification["functions"] == ["twice"]
    check = verification["checks"][0]
    assert check["status"] == "passed" and check["passed"] == check["total"] > 0 and check["failures"] == []
    assert "static int twice(int a)" in data["candidates"][0]["code"]


def test_a_wrong_translation_comes_back_with_its_failing_inputs(service: Running) -> None:
    body = {"code": CPP_UNSIGNED, "source": "cpp", "target": "java", "tests": 8}
    data = post(service.url, "/api/translate/verified", body).json()
    verification = data["verification"]
    assert verification["chosen"] is None
    check = verification["checks"][0]
    assert check["status"] == "failed" and check["passed"] < check["total"]
    first = check["failures"][0]
    argument = int(re.match(r"scale\((\d+)\)", first["call"]).group(1))  # type: ignore[union-attr]
    assert first["expected"] == str(argument * 3 % 2**64)  # what the C++ source returned
    assert first["got"] == str(signed64(argument * 3))  # what the Java translation returned


def test_a_refusal_names_its_line_and_column(service: Running) -> None:
    reply = post(
        service.url, "/api/translate", {"code": JAVA_STRING_IDENTITY, "source": "java", "target": "python"}
    )
    assert reply.status_code == 422
    error = reply.json()["error"]
    assert error["type"] == "unsupported_construct" and "==" in error["message"]
    assert (error["line"], error["column"]) == (2, 12)
    assert "\n" not in reply.text


def test_a_syntax_error_names_its_line_and_column(service: Running) -> None:
    reply = post(
        service.url,
        "/api/translate",
        {"code": "int f(int a) {\n  return a +;\n}\n", "source": "cpp", "target": "java"},
    )
    assert reply.status_code == 422
    error = reply.json()["error"]
    assert error["type"] == "syntax_error" and error["line"] == 2


def test_malformed_json_is_located_in_the_body(service: Running) -> None:
    body = '{"code": "int f();",\n "source": "cpp" "target": "java"}'
    reply = httpx.post(
        service.url + "/api/translate", content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert error["type"] == "invalid_json" and (error["line"], error["column"]) == (2, 18)


@pytest.mark.parametrize(
    ("change", "status", "field", "message"),
    [
        ({"candidates": 9}, 400, "candidates", "less than or equal to 5"),
        ({"unexpected": 1}, 400, "unexpected", "Extra inputs are not permitted"),
        ({"code": ""}, 400, "code", "at least 1 character"),
        ({"source": "cobol"}, 422, "source", "unknown source language 'cobol'"),
        ({"engine": "magic"}, 422, "engine", "unknown engine 'magic'"),
    ],
)
def test_invalid_requests_name_the_field(
    service: Running, change: dict[str, object], status: int, field: str, message: str
) -> None:
    reply = post(
        service.url, "/api/translate", {"code": CPP_DOUBLE, "source": "cpp", "target": "java", **change}
    )
    assert reply.status_code == status
    error = reply.json()["error"]
    assert error["field"] == field and message in error["message"]


def test_an_engine_error_is_one_json_line(service: Running) -> None:
    body = {"code": CPP_DOUBLE, "source": "cpp", "target": "java", "engine": "neural"}
    reply = post(service.url, "/api/translate", body)
    assert reply.status_code == 400
    assert (
        reply.json()["error"]["type"] == "engine_error" and "checkpoint" in reply.json()["error"]["message"]
    )


# -- concurrency, limits, failures ---------------------------------------------------------------------
def test_a_slow_request_blocks_neither_another_request_nor_the_server(service: Running) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=service.url, timeout=120) as client:
            slow = asyncio.create_task(
                client.post(
                    "/api/translate/verified",
                    json={"code": CPP_DOUBLE, "source": "cpp", "target": "python", "tests": 30},
                )
            )
            while (await client.get("/api/health")).json()["busy"] == 0:
                await asyncio.sleep(0.02)
            fast = await client.post(
                "/api/translate", json={"code": CPP_DOUBLE, "source": "cpp", "target": "java"}
            )
            assert fast.status_code == 200
            health = (await client.get("/api/health")).json()
            assert not slow.done() and health["busy"] == 1  # answered while the verification still runs
            assert (await slow).json()["verification"]["chosen"] == 0

    asyncio.run(scenario())


def test_bodies_over_the_limit_are_refused(strict: Running) -> None:
    body = {"code": "int f() { return 0; }\n" * 400, "source": "cpp", "target": "java"}
    reply = post(strict.url, "/api/translate", body)
    assert reply.status_code == 413 and reply.json()["error"]["type"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"code": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'", "source": "cpp", "target": "java"}'

    streamed = httpx.post(
        strict.url + "/api/translate", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    small = post(strict.url, "/api/translate", {"code": CPP_DOUBLE, "source": "cpp", "target": "java"})
    assert small.status_code == 200


def test_a_request_past_its_time_limit_is_stopped_and_its_worker_replaced(strict: Running) -> None:
    before = set(strict.pool.pids())
    body = {"code": CPP_DOUBLE, "source": "cpp", "target": "java", "tests": 50}
    reply = post(strict.url, "/api/translate/verified", body)
    assert reply.status_code == 504
    assert reply.json()["error"] == {"type": "timeout", "message": "no result within 1 s"}
    deadline = time.monotonic() + 60
    while len(set(strict.pool.pids()) - before) < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    replaced = before - set(strict.pool.pids())
    assert len(replaced) == 1
    (gone,) = replaced
    with pytest.raises(ProcessLookupError):
        os.kill(gone, 0)
    assert (
        post(
            strict.url, "/api/translate", {"code": CPP_DOUBLE, "source": "cpp", "target": "java"}
        ).status_code
        == 200
    )


def test_a_worker_killed_mid_request_is_an_error_and_is_replaced(service: Running) -> None:
    async def scenario() -> httpx.Response:
        async with httpx.AsyncClient(base_url=service.url, timeout=120) as client:
            request = asyncio.create_task(
                client.post(
                    "/api/translate/verified",
                    json={"code": CPP_DOUBLE, "source": "cpp", "target": "python", "tests": 40},
                )
            )
            while (await client.get("/api/health")).json()["busy"] == 0:
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.3)
            for (
                pid
            ) in service.pool.pids():  # one of the two runs the request; killing both is the harsher case
                os.kill(pid, signal.SIGKILL)
            return await request

    reply = asyncio.run(scenario())
    assert reply.status_code == 500 and reply.json()["error"]["type"] == "worker_lost"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        health = httpx.get(service.url + "/api/health").json()
        if health["busy"] == 0 and len(service.pool.pids()) == 2:
            reply = post(
                service.url, "/api/translate", {"code": CPP_DOUBLE, "source": "cpp", "target": "java"}
            )
            if reply.status_code == 200:
                break
        time.sleep(0.2)
    assert reply.status_code == 200


# -- the page ------------------------------------------------------------------------------------------
def test_the_page_and_its_files_come_from_the_server_only(service: Running) -> None:
    page = httpx.get(service.url + "/")
    assert page.status_code == 200 and 'id="source-code"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name in ("app.js", "highlight.js", "style.css"):
        assert httpx.get(f"{service.url}/static/{name}").status_code == 200
    for path in STATIC_DIR.iterdir():
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", path.read_text()), (
            f"{path.name} loads a remote file"
        )
    missing = httpx.get(service.url + "/api/nothing")
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"


def test_serve_rejects_bad_options_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["serve", "--port", "70000"]) == 2
    assert capsys.readouterr().err == "transcoder: error: --port must be in 0-65535, got 70000\n"
    assert cli_main(["serve", "--workers", "0"]) == 2
    assert "--workers must be positive" in capsys.readouterr().err
    with socket.socket() as busy:  # a port already taken: refused before any worker starts
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert cli_main(["serve", "--port", str(port)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"transcoder: error: cannot listen on 127.0.0.1:{port}: Address already in use")
    assert error.count("\n") == 1
