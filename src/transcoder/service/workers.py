"""A pool of worker processes that translate and verify for the service.

Why processes and not threads: translation is CPU-bound Python (the GIL would serialise threads),
an engine can take arbitrarily long on a pathological input, and a thread cannot be stopped. A
worker that overruns its time limit is stopped (SIGTERM, so the sandbox's own clean-up runs, then
SIGKILL) and replaced; a worker that dies is replaced too. The event loop never blocks: it waits on
the workers' pipes with ``add_reader``. Every untrusted program a job runs (the source function for
generated tests, each candidate) goes through ``transcoder.verify``'s sandbox inside the worker.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

# Started fresh (not forked from the server, whose threads and event loop must not be copied).
_CONTEXT = multiprocessing.get_context("spawn")
STOP_GRACE_SECONDS = 2.0


class JobTimeout(Exception):
    """A job ran past its time limit; its worker was replaced."""


class WorkerLost(Exception):
    """A worker died during a job (killed from outside, or crashed); it was replaced."""


class Overloaded(Exception):
    """More jobs are waiting than the queue admits."""


def _terminate_on_sigterm() -> None:
    def stop(_signum: int, _frame: object) -> None:
        raise SystemExit(0)  # unwinds through the sandbox's finally blocks, which kill its processes

    signal.signal(signal.SIGTERM, stop)


def worker_main(connection: Connection) -> None:
    """A worker's loop: receive a job, send back its result, until the pipe closes."""
    from transcoder.service.jobs import run_job, warm_up

    _terminate_on_sigterm()
    warm_up()
    connection.send({"ready": True})
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(run_job(job))


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process (spawn context)
    connection: Connection


def _start_worker() -> _Worker:
    parent, child = _CONTEXT.Pipe()
    process = _CONTEXT.Process(target=worker_main, args=(child,), daemon=True, name="transcoder-worker")
    process.start()
    child.close()
    if not parent.poll(120) or not parent.recv().get("ready"):
        process.kill()
        raise RuntimeError("a service worker did not start")
    return _Worker(process, parent)


def _stop_worker(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.terminate()
        worker.process.join(STOP_GRACE_SECONDS)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.connection.close()


class WorkerPool:
    """``size`` worker processes; ``run`` waits for an idle one (at most ``max_waiting`` wait)."""

    def __init__(self, size: int, max_waiting: int) -> None:
        self.size = size
        self.max_waiting = max_waiting
        self.waiting = 0
        self.busy = 0
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: list[_Worker] = []

    async def start(self) -> None:
        workers = await asyncio.gather(*(asyncio.to_thread(_start_worker) for _ in range(self.size)))
        for worker in workers:
            self._workers.append(worker)
            self._idle.put_nowait(worker)

    async def stop(self) -> None:
        workers, self._workers = self._workers, []
        await asyncio.gather(*(asyncio.to_thread(_stop_worker, w) for w in workers))

    async def _replace(self, worker: _Worker) -> None:
        await asyncio.to_thread(_stop_worker, worker)
        fresh = await asyncio.to_thread(_start_worker)
        if worker in self._workers:  # not stopped meanwhile
            self._workers[self._workers.index(worker)] = fresh
            self._idle.put_nowait(fresh)
        else:
            await asyncio.to_thread(_stop_worker, fresh)

    async def _reply(self, connection: Connection, timeout: float) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        descriptor = connection.fileno()

        def wake() -> None:
            if not readable.done():
                readable.set_result(None)

        loop.add_reader(descriptor, wake)
        try:
            await asyncio.wait_for(readable, timeout)
        finally:
            loop.remove_reader(descriptor)
        # Readable: the worker is writing its reply and finishes it without waiting on anything
        # (a worker that dies mid-write makes recv raise EOFError), so this read does not stall.
        reply: dict[str, Any] = connection.recv()
        return reply

    async def run(self, job: dict[str, Any], timeout: float) -> dict[str, Any]:
        """The job's result (a dict with ``result`` or ``error``); raises JobTimeout, WorkerLost, Overloaded."""
        if self.waiting >= self.max_waiting:
            raise Overloaded(f"{self.waiting} requests are already waiting for a worker")
        self.waiting += 1
        try:
            worker = await self._idle.get()
            while not worker.process.is_alive():  # died while idle (killed from outside)
                asyncio.get_running_loop().create_task(self._replace(worker))
                worker = await self._idle.get()
        finally:
            self.waiting -= 1
        self.busy += 1
        replace = True
        try:
            worker.connection.send(job)
            reply = await self._reply(worker.connection, timeout)
            replace = False
            return reply
        except TimeoutError:
            raise JobTimeout(f"no result within {timeout:g} s") from None
        except (EOFError, OSError):
            code = worker.process.exitcode
            raise WorkerLost(f"the worker stopped during the request (exit code {code})") from None
        finally:
            self.busy -= 1
            if replace:
                asyncio.get_running_loop().create_task(self._replace(worker))
            else:
                self._idle.put_nowait(worker)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]


def default_workers() -> int:
    """One worker per CPU this process may use, at least 2 (a slow job never blocks all), at most 8."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(2, min(8, cpus))
