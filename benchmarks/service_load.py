"""Load test of `transcoder serve`: N concurrent translate requests from 127.0.0.1.

Starts the service in a subprocess (its own worker processes), waits for /api/health, then sends
``--requests`` POST /api/translate requests at once (``--concurrency`` connections), each a real
``f_gold`` of the shipped GfG valid split (C++, Java and Python sources, each to the next language),
and reports errors, throughput and latency percentiles (client-side, from send to full reply).

    .venv/bin/python benchmarks/service_load.py                      # 200 at once, default workers
    .venv/bin/python benchmarks/service_load.py --requests 400 --workers 4 --json /tmp/load.json

Exit status 1 if any request failed: any status but 200, or 422 (the engine refusing a construct,
with its line and column, is an answer, and is counted apart).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from transcoder.bench.gfg import gold
from transcoder.datasets import BENCHMARKS, shipped

ROUTES = {"cpp": ("java", ".cpp"), "java": ("python", ".java"), "python": ("cpp", ".py")}


def request_bodies(count: int) -> list[dict[str, str]]:
    """``count`` translate requests cycling over the split's f_gold functions and three directions."""
    valid = shipped(BENCHMARKS["gfg-valid"])
    pools = {
        source: sorted((valid / source).glob(f"*{extension}")) for source, (_, extension) in ROUTES.items()
    }
    bodies = []
    for index in range(count):
        source = list(ROUTES)[index % 3]
        path = pools[source][(index // 3) % len(pools[source])]
        code = gold(source, path.read_text(encoding="utf-8")).text
        bodies.append({"code": code, "source": source, "target": ROUTES[source][0]})
    return bodies


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(port: int, workers: int | None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "transcoder", "serve", "--port", str(port)]
    if workers:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer within 180 s")


async def fire(
    url: str, bodies: list[dict[str, str]], concurrency: int
) -> list[tuple[int, float, str, float]]:
    """(status, seconds, error text, seconds the worker spent) per request, all sent at once over
    ``concurrency`` connections."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=600, limits=limits) as client:

        async def one(body: dict[str, str]) -> tuple[int, float, str, float]:
            started = time.perf_counter()
            try:
                reply = await client.post("/api/translate", json=body)
            except httpx.HTTPError as error:
                return 0, time.perf_counter() - started, f"{type(error).__name__}: {error}", 0.0
            elapsed = time.perf_counter() - started
            if reply.status_code == 200:
                return 200, elapsed, "", float(reply.json()["seconds"])
            return reply.status_code, elapsed, reply.text[:200], 0.0

        return await asyncio.gather(*(one(body) for body in bodies))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--concurrency", type=int, default=200, help="open connections (default: all at once)"
    )
    parser.add_argument("--workers", type=int, help="server worker processes (default: the server's)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    bodies = request_bodies(args.requests)
    port = free_port()
    server = start_server(port, args.workers)
    try:
        health = httpx.get(f"http://127.0.0.1:{port}/api/health").json()
        started = time.perf_counter()
        results = asyncio.run(fire(f"http://127.0.0.1:{port}", bodies, args.concurrency))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(30)
    latencies = [seconds for _, seconds, _, _ in results]
    # A 422 is the engine's answer (a construct it refuses, with its line and column), not a
    # failure of the service; anything else but 200 is.
    refused = [text for status, _, text, _ in results if status == 422]
    failures = [(status, text) for status, _, text, _ in results if status not in (200, 422)]
    figures = {
        "requests": len(results),
        "concurrency": args.concurrency,
        "server_workers": health["workers"],
        "cpus": len(os.sched_getaffinity(0)),
        "errors": len(failures),
        "refused_by_the_engine": len(refused),
        "wall_seconds": round(wall, 2),
        "requests_per_second": round(len(results) / wall, 1),
        "latency_ms": {
            name: round(1000 * percentile(latencies, share), 1)
            for name, share in (("p50", 0.5), ("p90", 0.9), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))
        },
        "latency_mean_ms": round(1000 * statistics.mean(latencies), 1),
        # Time inside the workers' translate calls, summed: the rest of the wall time x workers is
        # queueing, transport and the machine's other load.
        "worker_seconds_total": round(sum(worker for *_, worker in results), 2),
        "load_average_1min": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(figures, indent=2))
    for status, text in failures[:5]:
        print(f"failed: HTTP {status}: {text}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
