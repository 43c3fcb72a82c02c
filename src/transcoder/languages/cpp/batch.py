"""Many C++ programs in one translation unit, so that g++ and the precompiled header are paid once.

Each program goes into ``namespace transcoder_p<N>`` with ``#line`` directives naming it ``p<N>.cpp``
(so the compiler's errors say which program is wrong), its ``main`` renamed, and its macros
undefined after it; a dispatcher ``main`` runs program N for ``argv[1] == N``. Only programs whose
includes all come before ``bits/stdc++.h``'s end (see ``uses_precompiled_header``) are batched;
others, and those the compiler blames, are built alone. Each program still runs in its own sandbox.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.languages import get_language
from transcoder.verify.batching import Entry, confirm_failures, serve
from transcoder.verify.runners import checked
from transcoder.verify.sandbox import SANDBOX_WORKDIR, Limits, RunStatus, execute, give_to_sandbox, workdir
from transcoder.verify.toolchain import RunResult

if TYPE_CHECKING:
    from transcoder.languages.cpp.toolchain import CppToolchain

MAIN = "transcoder_main_"
_INCLUDE_LINE = re.compile(r"^\s*#\s*include\b")
_DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)", re.MULTILINE)
_OPENS_STD = re.compile(r"\bnamespace\s+std\s*\{")
_BLAMED = re.compile(r"(?:^|\s)p(\d+)\.cpp:")


@dataclass(frozen=True, slots=True)
class Wrapped:
    """A program rewritten to live in the shared translation unit."""

    index: int
    includes: tuple[str, ...]
    body: str  # namespace block, macros undefined at its end
    call: str  # dispatcher statement(s) that run it and return its exit code


@cache
def _query() -> tree_sitter.Query:
    language = get_language("cpp").tree_sitter_language()
    return tree_sitter.Query(language, '((identifier) @main (#eq? @main "main")) (return_statement) @return')


def _main_definition(root: tree_sitter.Node) -> tree_sitter.Node | None:
    mains = []
    for child in root.children:
        if child.type != "function_definition":
            continue
        declarator = child.child_by_field_name("declarator")
        name = declarator.child_by_field_name("declarator") if declarator is not None else None
        if name is not None and name.type == "identifier" and name.text == b"main":
            mains.append(child)
    return mains[0] if len(mains) == 1 else None


def wrap(index: int, source: str) -> Wrapped | None:
    """``source`` rewritten for the batch, or None when it should be built alone."""
    if _OPENS_STD.search(source):  # specializations of std templates cannot move into a namespace
        return None
    tree = get_language("cpp").parse(source)
    if tree.root_node.has_error:
        return None
    main = _main_definition(tree.root_node)
    if main is None:
        return None
    declarator = main.child_by_field_name("declarator")
    assert declarator is not None
    parameters = declarator.child_by_field_name("parameters")
    parameter_count = (
        sum(1 for c in parameters.named_children if c.type == "parameter_declaration") if parameters else 0
    )
    if parameter_count not in (0, 2):
        return None
    returns_int = (main.child_by_field_name("type") or main).text == b"int"
    found = tree_sitter.QueryCursor(_query()).captures(tree.root_node)
    has_return = any(main.start_byte <= n.start_byte < main.end_byte for n in found.get("return", []))
    data = source.encode("utf-8")
    for node in sorted(found.get("main", []), key=lambda n: n.start_byte, reverse=True):
        data = data[: node.start_byte] + MAIN.encode() + data[node.end_byte :]
    includes: list[str] = []
    lines = data.decode("utf-8").splitlines()
    for number, line in enumerate(lines):
        if _INCLUDE_LINE.match(line):
            includes.append(line.strip())
            lines[number] = ""  # blank, so that line numbers stay right
    namespace = f"transcoder_p{index}"
    undefine = "".join(f"#undef {name}\n" for name in dict.fromkeys(_DEFINE.findall(source)))
    body = f'namespace {namespace} {{\n#line 1 "p{index}.cpp"\n' + "\n".join(lines) + f"\n}}\n{undefine}"
    arguments = "argc, argv" if parameter_count == 2 else ""
    if returns_int and has_return:
        call = f"return {namespace}::{MAIN}({arguments});"
    else:
        call = f"{namespace}::{MAIN}({arguments}); return 0;"
    return Wrapped(index, tuple(includes), body, call)


# The dispatcher: `batch N [args]` runs program N; `batch --serve MANIFEST` is a fork server that
# runs each program of the manifest in a child of its own (protocol: transcoder.verify.batching).
# Its system headers come after the programs, so that they cannot change how the programs compile.
_SERVER = r"""
#line 1 "transcoder_dispatch.cpp"
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int transcoder_run_(int which, int argc, char** argv) {
  switch (which) {
%s  }
  return 121;
}

static double transcoder_now_() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void transcoder_limit_(int resource, long long soft, long long hard) {
  rlimit value;
  value.rlim_cur = soft;
  value.rlim_max = hard;
  setrlimit(resource, &value);
}

struct transcoder_entry_ {
  long long index, which, wall_ms, cpu, memory, max_output;
};

static int transcoder_serve_(const char* manifest) {
  // Read the whole manifest first: a child's exit() would otherwise move the shared file offset.
  std::vector<transcoder_entry_> entries;
  FILE* in = std::fopen(manifest, "r");
  if (!in) return 122;
  transcoder_entry_ e;
  while (std::fscanf(in, "%%lld %%lld %%lld %%lld %%lld %%lld", &e.index, &e.which, &e.wall_ms, &e.cpu, &e.memory,
                     &e.max_output) == 6) {
    entries.push_back(e);
  }
  std::fclose(in);
  char path[96];
  for (const transcoder_entry_& entry : entries) {
    long long index = entry.index, wall_ms = entry.wall_ms, cpu = entry.cpu, memory = entry.memory;
    long long max_output = entry.max_output;
    double start = transcoder_now_();
    pid_t pid = fork();
    if (pid < 0) return 123;
    if (pid == 0) {
      setpgid(0, 0);
      std::snprintf(path, sizeof path, "results/%%lld.out", index);
      int out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      std::snprintf(path, sizeof path, "results/%%lld.err", index);
      int err = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int null = open("/dev/null", O_RDONLY);
      if (out < 0 || err < 0 || null < 0) _exit(124);
      dup2(null, 0);
      dup2(out, 1);
      dup2(err, 2);
      transcoder_limit_(RLIMIT_CPU, cpu, cpu + 1);
      transcoder_limit_(RLIMIT_AS, memory, memory);
      transcoder_limit_(RLIMIT_FSIZE, max_output + 1, max_output + 1);
      char name[] = "program";
      char* arguments[] = {name, nullptr};
      std::exit(transcoder_run_((int) entry.which, 1, arguments));
    }
    int status = 0;
    bool timed_out = false;
    double deadline = start + wall_ms / 1000.0;
    useconds_t nap = 100;
    while (waitpid(pid, &status, WNOHANG) != pid) {
      if (transcoder_now_() >= deadline) {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        timed_out = true;
        break;
      }
      usleep(nap);
      if (nap < 5000) nap *= 2;
    }
    kill(-pid, SIGKILL);  // whatever the program left running
    double seconds = transcoder_now_() - start;
    const char* flag = "ok";
    char exit_text[16] = "-", signal_text[16] = "-";
    if (WIFSIGNALED(status)) {
      std::snprintf(signal_text, sizeof signal_text, "%%d", WTERMSIG(status));
      if (WTERMSIG(status) == SIGXCPU) flag = "timeout";
      if (WTERMSIG(status) == SIGXFSZ) flag = "output_limit";
    } else {
      std::snprintf(exit_text, sizeof exit_text, "%%d", WEXITSTATUS(status));
    }
    if (timed_out) flag = "timeout";
    char final_path[96];
    std::snprintf(path, sizeof path, "results/%%lld.status.tmp", index);
    std::snprintf(final_path, sizeof final_path, "results/%%lld.status", index);
    FILE* status_file = std::fopen(path, "w");
    if (!status_file) return 125;
    std::fprintf(status_file, "%%s %%s %%.6f %%s\n", exit_text, signal_text, seconds, flag);
    std::fclose(status_file);
    std::rename(path, final_path);
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc >= 3 && std::strcmp(argv[1], "--serve") == 0) return transcoder_serve_(argv[2]);
  if (argc < 2) return 120;
  return transcoder_run_(std::atoi(argv[1]), argc - 1, argv + 1);
}
"""


def translation_unit(programs: Sequence[Wrapped]) -> str:
    # bits/stdc++.h comes first, precompiled, through -include; it has no include guard to skip a second copy.
    includes = dict.fromkeys(
        include for program in programs for include in program.includes if "bits/stdc++.h" not in include
    )
    cases = "".join(f"    case {p.index}: {{ {p.call} }}\n" for p in programs)
    return (
        "".join(f"{include}\n" for include in includes)
        + "".join(program.body for program in programs)
        + _SERVER % cases
    )


def _compile(toolchain: CppToolchain, directory: Path, programs: list[Wrapped]) -> list[Wrapped]:
    """Build the batch binary; leave out the programs the compiler blames. Returns those built."""
    assert toolchain.precompiled_header_dir is not None
    remaining = list(programs)
    for _ in range(3):
        if not remaining:
            return []
        (directory / "batch.cpp").write_text(translation_unit(remaining), encoding="utf-8")
        give_to_sandbox(directory)
        argv = [
            "g++", *toolchain.flags, "-I", str(toolchain.precompiled_header_dir), "-include", "bits/stdc++.h",
            "batch.cpp", "-o", "batch",
        ]  # fmt: skip
        built = checked(
            execute(
                argv, workdir=directory, limits=toolchain.build_limits, readonly=toolchain.readonly_paths()
            )
        )
        if built.status() is RunStatus.OK:
            return remaining
        blamed = {int(n) for n in _BLAMED.findall(built.stderr.decode("utf-8", "replace"))}
        if not blamed & {p.index for p in remaining}:
            return []
        remaining = [p for p in remaining if p.index not in blamed]
    return []


def run_batched(
    toolchain: CppToolchain, sources: Sequence[str], limits: Sequence[Limits], jobs: int, batch_size: int
) -> list[RunResult]:
    if toolchain.precompiled_header_dir is None:
        from transcoder.verify.runners import run_each

        return run_each(toolchain, sources, limits, jobs)
    wrapped = [wrap(index, source) for index, source in enumerate(sources)]
    batchable = [w for w in wrapped if w is not None]
    # As few translation units as keep every job busy: each one pays for loading the precompiled
    # header and emits its own copy of the common template instantiations.
    count = max(min(jobs, len(batchable)), -(-len(batchable) // batch_size))
    groups = [group for group in (batchable[i::count] for i in range(count)) if group]
    results: list[RunResult | None] = [None] * len(sources)

    def one_group(group: list[Wrapped]) -> None:
        with workdir() as directory:
            built = _compile(toolchain, directory, group)
            if not built:
                return
            entries = [Entry(p.index, str(p.index), limits[p.index]) for p in built]
            server = [f"{SANDBOX_WORKDIR}/batch", "--serve"]
            for index, result in serve(toolchain, directory, server, entries).items():
                results[index] = result

    # `jobs` groups at a time, each built and then run by its own fork server.
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        list(pool.map(one_group, groups))
    return confirm_failures(toolchain, sources, limits, results, jobs)
