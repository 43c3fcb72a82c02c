"""Set-up and checks for attacks: a canary file the attacks try to overwrite, a root-only secret they
try to read, a port the host listens on, a marker for leftover processes; and a way to run host code
in a subprocess with a time limit, so that an attack that hangs the host fails a test instead of
hanging the suite. Used by ``tests/security`` and ``benchmarks/attack_suite.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import hostile

REPOSITORY = Path(__file__).resolve().parents[2]
CANARY_TEXT = "canary: transcoder attack suite\n"


@dataclass
class Attack:
    """The host-side targets of one round of attacks, all in a directory of their own."""

    directory: Path
    token: str  # the secret's content
    marker: str  # argument of processes an attack leaves behind
    listener: socket.socket
    connections: list[str] = field(default_factory=list)

    @property
    def canary(self) -> Path:
        return self.directory / "canary.txt"

    @property
    def secret(self) -> Path:
        return self.directory / "secret.txt"

    @property
    def values(self) -> dict[str, str]:
        return {
            "@CANARY@": str(self.canary),
            "@SECRET@": str(self.secret),
            "@PORT@": str(self.listener.getsockname()[1]),
            "@MARKER@": self.marker,
        }

    def harm(self, *outputs: str) -> list[str]:
        """What the attacks achieved on the host (empty: nothing)."""
        found = []
        if self.canary.read_text() != CANARY_TEXT:
            found.append(f"canary overwritten: {self.canary.read_text()[:60]!r}")
        if any(self.token in text for text in outputs):
            found.append("secret read")
        if self.connections:
            found.append(f"{len(self.connections)} connection(s) reached the host")
        if processes_with_argument(self.marker):
            found.append("processes left running")
        for path in ("/usr/transcoder-attack", "/etc/transcoder-attack"):
            if os.path.exists(path):
                found.append(f"{path} written")
        return found


def processes_with_argument(argument: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if argument.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
    return found


@contextlib.contextmanager
def attack_targets() -> Iterator[Attack]:
    directory = Path(tempfile.mkdtemp(prefix="transcoder-attack-"))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    attack = Attack(
        directory,
        secrets.token_hex(16),
        f"{random.randint(1000, 9999)}.{random.randint(1000, 9999)}",
        listener,
    )
    attack.canary.write_text(CANARY_TEXT)
    attack.secret.write_text(attack.token + "\n")
    attack.secret.chmod(0o600)

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, peer = listener.accept()
                attack.connections.append(str(peer))
                connection.close()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield attack
    finally:
        listener.close()
        for pid in processes_with_argument(attack.marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(directory, ignore_errors=True)


def run_host(code: str, timeout: float, environment: dict[str, str] | None = None) -> dict:
    """Run ``code`` (which prints one JSON line last) in a fresh interpreter with ``hostile`` and
    ``attacks`` importable; ``{"hung": True}`` when it did not finish within ``timeout`` seconds."""
    env = {**os.environ, **(environment or {})}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH", "")]))
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return {"hung": True}
    lines = stdout.strip().splitlines()
    if process.returncode != 0 or not lines:
        return {"crashed": process.returncode, "stderr": stderr[-2000:]}
    return json.loads(lines[-1])


def write_benchmark(
    root: Path, target: str, attack: Attack, names: list[str], benign: int = 2
) -> tuple[Path, str]:
    """A GfG-style benchmark whose target scripts run hostile programs ``names`` (plus ``benign``
    honest ones) in ``target``; returns it and the source language to evaluate from."""
    source = "cpp" if target == "python" else "python"
    extension = {"cpp": ".cpp", "java": ".java", "python": ".py"}
    (root / source).mkdir(parents=True)
    (root / target).mkdir(parents=True)
    honest = hostile.Hostile("benign", "", {language: "" for language in hostile.LANGUAGES})
    entries = [(f"H_{name}", hostile.by_name(name)) for name in names]
    entries += [(f"BENIGN_{i}", honest) for i in range(benign)]
    for item, program in entries:
        (root / source / f"{item}{extension[source]}").write_text(
            hostile.benign(source, 0, item, with_function=True)
        )
        (root / target / f"{item}{extension[target]}").write_text(
            hostile.script(program, target, attack.values, item)
        )
    return root, source
