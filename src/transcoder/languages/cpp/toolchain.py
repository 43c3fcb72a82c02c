"""Building and running C++: g++ with a cached precompiled ``bits/stdc++.h``, and batched builds.

A batch puts many programs in one translation unit, each in its own namespace with ``main``
renamed and its macros undefined afterwards, behind a dispatcher ``main`` that picks the program
by argv; each program still runs in a sandbox of its own. A batch that fails to build is split:
the programs the compiler blames are built alone, the rest rebuilt together.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from transcoder.verify.sandbox import SANDBOX_WORKDIR, Limits, RunStatus
from transcoder.verify.toolchain import Reporter, RunResult, Toolchain, cached_artifact, tool_version

COMPILER = "g++"
FLAGS = ("-std=gnu++17", "-O0", "-pipe", "-w")
# A C++ source's undefined behaviour (reading past an array, signed overflow) must not become an
# expected value: with these, it stops the program instead (verification drops that input).
# UBSan only: AddressSanitizer's shadow memory cannot live under the RLIMIT_AS the batch runner
# sets per program; UBSan still checks fixed-size and variable-length arrays, and the library
# assertions check vector and string indices.
SANITIZER_FLAGS = (
    "-fsanitize=undefined,float-cast-overflow",  # a double too big for its int is undefined too
    "-fno-sanitize-recover=all",
    "-D_GLIBCXX_ASSERTIONS",
)
BATCH_SIZE = 120  # most programs per translation unit

_INCLUDE = re.compile(r"^\s*#\s*include\s*[<\"][^>\"]+[>\"].*$")
_BITS_STDCXX = re.compile(r"^\s*#\s*include\s*<bits/stdc\+\+\.h>")


def _header_path() -> str | None:
    """Where g++ finds ``bits/stdc++.h`` (to copy it next to its precompiled form): the first
    match in its ``#include <...>`` search list, which preprocessing an empty file prints."""
    try:
        done = subprocess.run(
            [COMPILER, "-std=gnu++17", "-E", "-v", "-x", "c++", "-"],
            input="",
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    searching = False
    for line in done.stderr.splitlines():
        if line.startswith("#include <...> search starts here"):
            searching = True
        elif line.startswith("End of search list"):
            break
        elif searching and os.path.isfile(os.path.join(line.strip(), "bits", "stdc++.h")):
            return os.path.join(line.strip(), "bits", "stdc++.h")
    return None


def uses_precompiled_header(source: str) -> bool:
    """True when the program includes ``bits/stdc++.h`` with only other includes, comments and
    blank lines before it, so including it first (precompiled) cannot change the program."""
    in_comment = False
    for line in source.splitlines():
        stripped = line.strip()
        if in_comment:
            in_comment = "*/" not in stripped
            continue
        if not stripped or stripped.startswith("//"):
            continue
        if stripped.startswith("/*"):
            in_comment = "*/" not in stripped
            continue
        if _BITS_STDCXX.match(line):
            return True
        if not _INCLUDE.match(line):
            return False
    return False


class CppToolchain(Toolchain):
    language = "cpp"
    suffix = ".cpp"

    def __init__(self, flags: tuple[str, ...] = FLAGS) -> None:
        self.flags = flags

    def version(self) -> str:
        return f"{tool_version([COMPILER, '--version'])} {' '.join(self.flags)}"

    def sanitized(self) -> CppToolchain:
        return SANITIZED_TOOLCHAIN

    def environment(self) -> dict[str, str]:
        # A report is one line; symbolizing a stack would read files the sandbox does not show.
        return {"UBSAN_OPTIONS": "print_stacktrace=0:symbolize=0"} if SANITIZER_FLAGS[0] in self.flags else {}

    @cached_property
    def precompiled_header_dir(self) -> Path | None:
        """Include directory holding ``bits/stdc++.h`` and its ``.gch``, built once per compiler and
        flags; None when the header cannot be found or built (plain builds still work)."""
        header = _header_path()
        if header is None or shutil.which(COMPILER) is None:
            return None

        def build(directory: Path) -> None:
            bits = directory / "bits"
            bits.mkdir()
            shutil.copy(header, bits / "stdc++.h")
            subprocess.run(
                [
                    COMPILER,
                    *self.flags,
                    "-x",
                    "c++-header",
                    str(bits / "stdc++.h"),
                    "-o",
                    str(bits / "stdc++.h.gch"),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )

        try:
            return cached_artifact("cpp-pch", f"{self.version()} {header}", build)
        except (OSError, subprocess.SubprocessError):
            return None

    def readonly_paths(self) -> tuple[str, ...]:
        return (str(self.precompiled_header_dir),) if self.precompiled_header_dir else ()

    def _header_flags(self, source: str) -> list[str]:
        if self.precompiled_header_dir is None or not uses_precompiled_header(source):
            return []
        return ["-I", str(self.precompiled_header_dir), "-include", "bits/stdc++.h"]

    def build_argv(self, file_name: str, source: str) -> list[str]:
        return [COMPILER, *self.flags, *self._header_flags(source), file_name, "-o", "main"]

    def run_argv(self, file_name: str, limits: Limits) -> list[str]:
        return [f"{SANDBOX_WORKDIR}/main"]

    def failure_status(self, stderr: str) -> RunStatus | None:
        return RunStatus.MEMORY_LIMIT if "std::bad_alloc" in stderr else None

    def run_many(
        self, sources: Sequence[str], limits: Sequence[Limits], jobs: int, report: Reporter | None = None
    ) -> list[RunResult] | None:
        from transcoder.languages.cpp.batch import run_batched

        return run_batched(self, sources, limits, jobs, BATCH_SIZE, report)


TOOLCHAIN = CppToolchain()
SANITIZED_TOOLCHAIN = CppToolchain(FLAGS + SANITIZER_FLAGS)
