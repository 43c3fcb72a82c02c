"""Running Python scripts: one interpreter per script, or a warm fork server for many."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from functools import cached_property
from importlib import resources

from transcoder.verify.batching import LoneRuns, run_fork_server_batches
from transcoder.verify.sandbox import Limits, RunStatus
from transcoder.verify.toolchain import Reporter, RunResult, Toolchain, tool_version


class PythonToolchain(Toolchain):
    language = "python"
    suffix = ".py"

    @cached_property
    def interpreter(self) -> str:
        # The system interpreter lives under /usr, which the sandbox shows; a virtualenv's may not.
        for candidate in ("/usr/bin/python3", "/usr/local/bin/python3"):
            if os.path.exists(candidate):
                return candidate
        return shutil.which("python3") or sys.executable

    def version(self) -> str:
        return tool_version([self.interpreter, "--version"])

    def readonly_paths(self) -> tuple[str, ...]:
        real = os.path.realpath(self.interpreter)
        prefix = os.path.dirname(os.path.dirname(real))
        return () if real.startswith(("/usr/", "/etc/")) else (prefix,)

    def environment(self) -> dict[str, str]:
        return {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}

    def run_argv(self, file_name: str, limits: Limits) -> list[str]:
        return [self.interpreter, "-I", "-B", file_name]

    def failure_status(self, stderr: str) -> RunStatus | None:
        last = stderr.strip().splitlines()[-1:] or [""]
        return RunStatus.MEMORY_LIMIT if last[0].startswith("MemoryError") else None

    def run_many(
        self, sources: Sequence[str], limits: Sequence[Limits], jobs: int, report: Reporter | None = None
    ) -> list[RunResult] | None:
        server = resources.files("transcoder.languages.python").joinpath("forkserver.py").read_text()
        with LoneRuns(self, sources, limits, jobs, report) as lone:
            results = run_fork_server_batches(
                self,
                [self.interpreter, "-I", "-B", "forkserver.py"],
                {"forkserver.py": server},
                sources,
                limits,
                jobs,
                report,
                lone.start,
            )
            return lone.finish(results)


TOOLCHAIN = PythonToolchain()
