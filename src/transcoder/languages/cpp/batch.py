"""Many C++ programs in one translation unit, so that g++ and the precompiled header are paid once.

Each program goes into ``namespace transcoder_p<N>`` with ``#line`` directives naming it ``p<N>.cpp``
(so the compiler's errors say which program is wrong), its ``main`` renamed, and its macros
undefined after it; a dispatcher ``main`` runs program N for ``argv[1] == N``. Only programs whose
includes all come before ``bits/stdc++.h``'s end (see ``uses_precompiled_header``) are batched;
others, and those the compiler blames, are built alone. Each program still runs in its own sandbox.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.languages import get_language
from transcoder.verify.batching import Entry, LoneRuns, serve
from transcoder.verify.runners import checked
from transcoder.verify.sandbox import SANDBOX_WORKDIR, Limits, RunStatus, execute, give_to_sandbox, workdir
from transcoder.verify.toolchain import Reporter, RunResult

if TYPE_CHECKING:
    from transcoder.languages.cpp.toolchain import CppToolchain

MAIN = "transcoder_main_"
BUILD_ROUNDS = 5  # batch builds, each leaving out the programs the last one blamed
_INCLUDE_LINE = re.compile(r"^\s*#\s*include\b")
_DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)", re.MULTILINE)
_OPENS_STD = re.compile(r"\bnamespace\s+std\s*\{")
# Initialisation ordered before the dispatcher's server would run in the server, not in the program.
_EARLY_INIT = re.compile(r"\b(?:init_priority|constructor)\s*\(")
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
    if _EARLY_INIT.search(source):
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
    mark = f"static transcoder_mark_ transcoder_mark_{index}_({index});\n"
    body = (
        f'namespace {namespace} {{\n{mark}#line 1 "p{index}.cpp"\n' + "\n".join(lines) + f"\n}}\n{undefine}"
    )
    arguments = "argc, argv" if parameter_count == 2 else ""
    if returns_int and has_return:
        call = f"return {namespace}::{MAIN}({arguments});"
    else:
        call = f"{namespace}::{MAIN}({arguments}); return 0;"
    return Wrapped(index, tuple(includes), body, call)


# Before the programs: a marker constructed just before each program's static objects (dynamic
# initialisation runs in order of definition within a translation unit), and once after the last,
# so that only the chosen program's static initialisation writes into its output; the others'
# output goes to /dev/null, as it would in a process of their own.
_PREAMBLE = r"""
#line 1 "transcoder_preamble.cpp"
extern "C" int dup2(int, int) noexcept;
extern "C" int close(int);
static int transcoder_which_ = -1;
static int transcoder_fds_[3] = {-1, -1, -1};  // a served child's own stdout, stderr, and /dev/null
struct transcoder_mark_ {
  explicit transcoder_mark_(int next) {
    if (transcoder_fds_[2] < 0) return;
    std::cout.flush();
    std::cerr.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    bool own = next == transcoder_which_ || next < 0;
    dup2(own ? transcoder_fds_[0] : transcoder_fds_[2], 1);
    dup2(own ? transcoder_fds_[1] : transcoder_fds_[2], 2);
    if (next < 0) {
      for (int& fd : transcoder_fds_) close(fd), fd = -1;
    }
  }
};
"""
_END_MARK = "static transcoder_mark_ transcoder_mark_end_(-1);\n"

# The dispatcher. `batch --serve` is a fork server (protocol: transcoder.verify.batching) that runs
# in a constructor of priority 101, before any program's static initialisation: each child returns
# from it and then initialises and runs like a fresh process of its own (its static constructors'
# output, time and memory are its own). The server itself never returns; it uses no iostreams
# (not initialised yet). Its system headers come after the programs, so that they cannot change
# how the programs compile.
_SERVER = r"""
#line 1 "transcoder_dispatch.cpp"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int transcoder_run_(int which, int argc, char** argv) {
  switch (which) {
@CASES@  }
  return 121;
}

struct transcoder_entry_ {
  long long index, which, wall_ms, cpu, memory, max_output, file_bytes;
};

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

static std::string transcoder_read_fd_(int fd, long long cap) {
  std::string data;
  char buffer[65536];
  while ((long long) data.size() <= cap) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data.append(buffer, std::min<long long>(n, cap + 1 - (long long) data.size()));
  }
  return data;
}

static std::string transcoder_read_file_(const char* path, long long cap) {
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return "";
  std::string data = transcoder_read_fd_(fd, cap);
  close(fd);
  return data;
}

static void transcoder_write_all_(const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(1, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(126);
    done += n;
  }
}

static long long transcoder_cgroup_(const char* controller, const char* name, const char* key) {
  char path[192];
  std::snprintf(path, sizeof path, "/transcoder-cgroups/%s/programs/%s", controller, name);
  std::string text = "\n" + transcoder_read_file_(path, 4096);
  if (*key == 0) return std::atoll(text.c_str() + 1);
  size_t at = text.find(std::string("\n") + key + " ");
  return at == std::string::npos ? 0 : std::atoll(text.c_str() + at + std::strlen(key) + 2);
}

// OOM kills, charges refused at the memory limit, forks refused at the task limit, so far; the
// peak usage starts again from now.
struct transcoder_counters_ {
  long long oom, refused, forks;
};

static transcoder_counters_ transcoder_counters_now_() {
  int peak = open("/transcoder-cgroups/memory/programs/memory.max_usage_in_bytes", O_WRONLY);
  if (peak >= 0) {
    if (write(peak, "0", 1) < 0) {}
    close(peak);
  }
  return {transcoder_cgroup_("memory", "memory.oom_control", "oom_kill"), transcoder_cgroup_("memory", "memory.failcnt", ""),
          transcoder_cgroup_("pids", "pids.events", "max")};
}

// Join the cgroup with the programs' limits once: every child is then born in it.
static void transcoder_join_programs_cgroup_() {
  const char* controllers[] = {"memory", "pids"};
  for (const char* controller : controllers) {
    char path[192];
    std::snprintf(path, sizeof path, "/transcoder-cgroups/%s/programs/cgroup.procs", controller);
    int group = open(path, O_WRONLY);
    if (group < 0 || write(group, "0", 1) != 1) _exit(124);
    close(group);
  }
}

static std::set<std::string> transcoder_list_(const char* directory) {
  std::set<std::string> names;
  DIR* handle = opendir(directory);
  if (!handle) return names;
  while (dirent* entry = readdir(handle)) {
    if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) names.insert(entry->d_name);
  }
  closedir(handle);
  return names;
}

static int transcoder_remove_one_(const char* path, const struct stat*, int, struct FTW*) {
  remove(path);
  return 0;
}

// What the last program added to a directory goes, so that the next one starts as it would alone.
static void transcoder_remove_leftovers_(const char* directory, const std::set<std::string>& before) {
  for (const std::string& name : transcoder_list_(directory)) {
    if (before.count(name)) continue;
    std::string path = std::string(directory) + "/" + name;
    nftw(path.c_str(), transcoder_remove_one_, 16, FTW_DEPTH | FTW_PHYS);
  }
}

static void transcoder_child_(const transcoder_entry_& entry, int isolated, int out, int err) {
  setpgid(0, 0);
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  int null = open("/dev/null", O_RDONLY);
  if (null < 0) _exit(124);
  dup2(null, 0);
  dup2(out, 1);
  dup2(err, 2);
  for (int fd = 3; fd < 1024; ++fd) close(fd);
  transcoder_fds_[0] = dup(1);
  transcoder_fds_[1] = dup(2);
  transcoder_fds_[2] = open("/dev/null", O_WRONLY);
  transcoder_limit_(RLIMIT_CPU, entry.cpu, entry.cpu + 1);
  transcoder_limit_(RLIMIT_FSIZE, entry.file_bytes, entry.file_bytes);
  if (!isolated) transcoder_limit_(RLIMIT_AS, entry.memory, entry.memory);  // as a lone degraded run
  transcoder_which_ = (int) entry.which;
}

// A child's stdout and stderr pipes, read as they fill, up to the cap on both together.
struct transcoder_output_ {
  int fds[2];
  std::string texts[2];
  long long total = 0, cap;

  bool open() const { return fds[0] >= 0 || fds[1] >= 0; }

  // Reads what is ready within timeout_ms; also wakes up when `child` (a pidfd, or -1) is ready.
  void read(int timeout_ms, int child) {
    pollfd polled[3];
    int count = 0;
    for (int fd : fds) {
      if (fd >= 0) polled[count++] = pollfd{fd, POLLIN, 0};
    }
    if (child >= 0) polled[count++] = pollfd{child, POLLIN, 0};
    if (count == 0) {
      usleep(timeout_ms * 1000);
      return;
    }
    if (poll(polled, count, timeout_ms) <= 0) return;
    char buffer[65536];
    for (int k = 0; k < count; ++k) {
      if (!polled[k].revents || polled[k].fd == child) continue;
      int which = polled[k].fd == fds[0] ? 0 : 1;
      ssize_t n = ::read(fds[which], buffer, sizeof buffer);
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n <= 0) {
        close(fds[which]);
        fds[which] = -1;
        continue;
      }
      long long keep = std::max(0LL, std::min<long long>(n, cap - total));
      texts[which].append(buffer, keep);
      total += n;
    }
  }
};

static std::string transcoder_frame_(const char* nonce, const transcoder_entry_& entry, int status, rusage usage,
                                     const char* flag, double seconds, int isolated, const transcoder_output_& output,
                                     const transcoder_counters_& before) {
  char exit_text[16] = "-", signal_text[16] = "-";
  if (WIFSIGNALED(status)) {
    std::snprintf(signal_text, sizeof signal_text, "%d", WTERMSIG(status));
    if (WTERMSIG(status) == SIGXCPU) flag = "timeout";
    if (WTERMSIG(status) == SIGXFSZ && std::strcmp(flag, "ok") == 0) flag = "disk_limit";
  } else {
    std::snprintf(exit_text, sizeof exit_text, "%d", WEXITSTATUS(status));
  }
  double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  bool near = seconds >= 0.5 * entry.wall_ms / 1000.0 || cpu >= 0.5 * entry.cpu;
  if (isolated) {
    transcoder_counters_ after = transcoder_counters_now_();
    long long limit = transcoder_cgroup_("memory", "memory.limit_in_bytes", "");
    long long peak = transcoder_cgroup_("memory", "memory.max_usage_in_bytes", "");
    near = near || after.refused > before.refused || after.forks > before.forks || peak >= 0.9 * limit;
    if (after.oom > before.oom && std::strcmp(flag, "ok") == 0) flag = "memory_limit";
  }
  struct statvfs disk;
  if (std::strcmp(flag, "ok") == 0 && statvfs(".", &disk) == 0 &&
      ((long long) disk.f_bavail * (long long) disk.f_frsize < (64LL << 10) || disk.f_favail < 8)) {
    flag = "disk_limit";
  }
  if (std::strcmp(flag, "ok") == 0 && output.total > entry.max_output) flag = "output_limit";
  const std::string& out = output.texts[0];
  const std::string& err = output.texts[1];
  char header[320];
  std::snprintf(header, sizeof header, "%s %lld %s %s %.6f %s %d %zu %zu\n", nonce, entry.index, exit_text, signal_text,
                seconds, flag, near ? 1 : 0, out.size(), err.size());
  return header + out + err;
}

// Returns only in a child, with transcoder_which_ set; the server itself ends with _exit.
static void transcoder_serve_() {
  std::string manifest = transcoder_read_fd_(0, 64LL << 20);
  char nonce[72] = "";
  int isolated = 0, offset = 0;
  if (std::sscanf(manifest.c_str(), "transcoder-batch 2 %64s %d%n", nonce, &isolated, &offset) != 2) _exit(122);
  std::vector<transcoder_entry_> entries;
  const char* cursor = manifest.c_str() + offset;
  transcoder_entry_ e;
  int used = 0;
  while (std::sscanf(cursor, "%lld %lld %lld %lld %lld %lld %lld%n", &e.index, &e.which, &e.wall_ms, &e.cpu, &e.memory,
                     &e.max_output, &e.file_bytes, &used) == 7) {
    entries.push_back(e);
    cursor += used;
  }
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);  // children cannot reach into us through /proc
  if (isolated) transcoder_join_programs_cgroup_();
  std::set<std::string> work_before = transcoder_list_("."), tmp_before = transcoder_list_("/tmp");
  // Every child runs every program's static initialisation: it must be quick, quiet and harmless,
  // or the programs of this batch run alone.
  pid_t probe = fork();
  if (probe < 0) _exit(123);
  if (probe == 0) {
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    transcoder_which_ = -2;
    return;
  }
  int probe_status = 0;
  bool probe_ended = false;
  for (double deadline = transcoder_now_() + 1.0; !probe_ended && transcoder_now_() < deadline; usleep(1000)) {
    probe_ended = waitpid(probe, &probe_status, WNOHANG) == probe;
  }
  kill(-probe, SIGKILL);
  kill(probe, SIGKILL);
  if (!probe_ended) waitpid(probe, &probe_status, 0);
  if (isolated) kill(-1, SIGKILL);
  transcoder_remove_leftovers_(".", work_before);
  transcoder_remove_leftovers_("/tmp", tmp_before);
  if (!probe_ended || !WIFEXITED(probe_status) || WEXITSTATUS(probe_status) != 0) {
    transcoder_write_all_(std::string(nonce) + " unbatchable\n");
    _exit(0);
  }
  for (const transcoder_entry_& entry : entries) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0) _exit(123);
    transcoder_counters_ before{};
    if (isolated) before = transcoder_counters_now_();
    double start = transcoder_now_();
    pid_t pid = fork();
    if (pid < 0) _exit(123);
    if (pid == 0) {
      close(out[0]);
      close(err[0]);
      transcoder_child_(entry, isolated, out[1], err[1]);
      return;
    }
    close(out[1]);
    close(err[1]);
    transcoder_output_ output;
    output.fds[0] = out[0];
    output.fds[1] = err[0];
    output.cap = entry.max_output;
    int status = 0;
    rusage usage{};
    const char* flag = "ok";
    double deadline = start + entry.wall_ms / 1000.0;
    // A pidfd wakes us the moment the child ends; without one (old kernels), naps of 1 to 5 ms.
    int child = (int) syscall(SYS_pidfd_open, pid, 0);
    int nap = child >= 0 ? 50 : 1;
    while (wait4(pid, &status, WNOHANG, &usage) != pid) {
      if (transcoder_now_() >= deadline) flag = "timeout";
      else if (output.total > entry.max_output) flag = "output_limit";
      if (std::strcmp(flag, "ok") != 0) {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
        wait4(pid, &status, 0, &usage);
        break;
      }
      output.read(nap, child);  // wakes up early when the child writes, closes its pipes or ends
      if (nap < 5) ++nap;
    }
    if (child >= 0) close(child);
    double seconds = transcoder_now_() - start;
    kill(-pid, SIGKILL);  // whatever the program left running
    if (isolated) kill(-1, SIGKILL);  // in the sandbox's pid namespace: all but us and its init
    // A descendant we could not kill (degraded mode) may hold a pipe: read for a second at most.
    for (double until = transcoder_now_() + 1.0; output.open() && output.total <= entry.max_output && transcoder_now_() < until;) {
      output.read(5, -1);
    }
    for (int fd : output.fds) {
      if (fd >= 0) close(fd);
    }
    std::string frame = transcoder_frame_(nonce, entry, status, usage, flag, seconds, isolated, output, before);
    transcoder_remove_leftovers_(".", work_before);
    transcoder_remove_leftovers_("/tmp", tmp_before);
    transcoder_write_all_(frame);
  }
  _exit(0);
}

__attribute__((constructor(101))) static void transcoder_start_(int argc, char** argv, char**) {
  if (argc >= 2 && std::strcmp(argv[1], "--serve") == 0) transcoder_serve_();
  else if (argc >= 2) transcoder_which_ = std::atoi(argv[1]);
}

int main(int, char**) {
  if (transcoder_which_ == -2) return 0;  // the probe: static initialisation went well
  char name[] = "program";
  char* arguments[] = {name, nullptr};
  return transcoder_run_(transcoder_which_, 1, arguments);
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
        + _PREAMBLE
        + "".join(program.body for program in programs)
        + _END_MARK
        + _SERVER.replace("@CASES@", cases)
    )


def _compile(
    toolchain: CppToolchain, directory: Path, programs: list[Wrapped], blamed_now: Callable[[int], None]
) -> list[Wrapped]:
    """Build the batch binary; leave out the programs the compiler blames (``blamed_now`` starts
    their own build and run at once). Returns those built."""
    assert toolchain.precompiled_header_dir is not None
    remaining = list(programs)
    for _ in range(BUILD_ROUNDS):
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
        for program in remaining:
            if program.index in blamed:
                blamed_now(program.index)
        remaining = [p for p in remaining if p.index not in blamed]
    return []


def run_batched(
    toolchain: CppToolchain,
    sources: Sequence[str],
    limits: Sequence[Limits],
    jobs: int,
    batch_size: int,
    report: Reporter | None = None,
) -> list[RunResult]:
    if toolchain.precompiled_header_dir is None:
        from transcoder.verify.runners import run_each

        return run_each(toolchain, sources, limits, jobs, report)
    wrapped = [wrap(index, source) for index, source in enumerate(sources)]
    batchable = [w for w in wrapped if w is not None]
    # As few translation units as keep every job busy: each one pays for loading the precompiled
    # header and emits its own copy of the common template instantiations.
    count = max(min(jobs, len(batchable)), -(-len(batchable) // batch_size))
    groups = [group for group in (batchable[i::count] for i in range(count)) if group]
    results: list[RunResult | None] = [None] * len(sources)
    lone = LoneRuns(toolchain, sources, limits, jobs, report)

    def one_group(group: list[Wrapped]) -> None:
        with workdir() as directory:
            built = _compile(toolchain, directory, group, lone.start)
            if not built:
                return
            entries = [Entry(p.index, str(p.index), limits[p.index]) for p in built]
            server = [f"{SANDBOX_WORKDIR}/batch", "--serve"]
            for index, result in serve(toolchain, directory, server, entries, report, lone.start).items():
                results[index] = result

    # `jobs` groups at a time, each built and then run by its own fork server; the programs that
    # cannot be batched are built and run alone meanwhile.
    with lone, ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for index, program in enumerate(wrapped):
            if program is None:
                lone.start(index)
        list(pool.map(one_group, groups))
        return lone.finish(results)
