"""Building and running Java: javac and the JVM, a ``javafx.util.Pair`` stand-in on the class path,
and batches (one javac for many classes, one warm JVM running them all)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from importlib import resources
from pathlib import Path

from transcoder.verify.batching import Entry, LoneRuns, chunks, serve
from transcoder.verify.runners import checked
from transcoder.verify.sandbox import Limits, RunStatus, execute, give_to_sandbox, workdir
from transcoder.verify.toolchain import Reporter, RunResult, Toolchain, cached_artifact, tool_version

JAVAC = "javac"
JAVA = "java"
STACK = "16m"
BUILD_ROUNDS = 5  # batch builds, each leaving out the classes the last one blamed
# Start-up matters more than peak speed for short test programs: C1 only, serial GC, one CPU.
JVM_FLAGS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1", "-Xshare:auto")
JAVAC_FLAGS = (
    "-encoding",
    "UTF-8",
    "-nowarn",
    "-proc:none",
    "-J-Xmx1g",
    *(f"-J{flag}" for flag in JVM_FLAGS),
)

_PUBLIC_CLASS = re.compile(
    r"^\s*public\s+(?:(?:final|abstract|static|strictfp)\s+)*class\s+([A-Za-z_$][\w$]*)", re.M
)
_ANY_CLASS = re.compile(r"^\s*(?:(?:final|abstract|strictfp)\s+)*class\s+([A-Za-z_$][\w$]*)", re.M)
_ERROR_FILE = re.compile(r"^src/([A-Za-z_$][\w$]*)\.java:\d+: error:", re.M)


def _resource_files() -> dict[str, str]:
    base = resources.files("transcoder.languages.java").joinpath("resources")
    return {
        "javafx/util/Pair.java": base.joinpath("javafx", "util", "Pair.java").read_text(),
        "TranscoderBatchRunner.java": base.joinpath("TranscoderBatchRunner.java").read_text(),
    }


class JavaToolchain(Toolchain):
    language = "java"
    suffix = ".java"

    def version(self) -> str:
        return f"{tool_version([JAVAC, '-version'])} {tool_version([JAVA, '-version'])} {' '.join(JVM_FLAGS)}"

    @cached_property
    def support_classes(self) -> Path:
        """Compiled ``javafx.util.Pair`` and the warm runner, built once per JDK into the cache."""
        files = _resource_files()

        def build(directory: Path) -> None:
            with tempfile.TemporaryDirectory() as sources:
                paths = []
                for name, text in files.items():
                    path = Path(sources) / name
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text)
                    paths.append(str(path))
                subprocess.run(
                    [JAVAC, "-encoding", "UTF-8", "-nowarn", "-d", str(directory), *paths],
                    check=True,
                    capture_output=True,
                    timeout=300,
                )

        return cached_artifact("java-support", self.version() + "".join(files.values()), build)

    @cached_property
    def javac_class_data(self) -> Path | None:
        """A class-data-sharing archive of javac's own classes (AppCDS), made once per JDK: each
        javac start-up then maps them instead of loading them, about 0.4 CPU-s less per start.
        None when the JDK cannot make one (javac then starts as usual)."""
        files = _resource_files()

        def build(directory: Path) -> None:
            with tempfile.TemporaryDirectory() as scratch:
                paths = []
                for name, text in files.items():
                    path = Path(scratch) / "src" / name
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text)
                    paths.append(str(path))
                archive = f"-J-XX:ArchiveClassesAtExit={directory / 'javac.jsa'}"
                subprocess.run(
                    [JAVAC, *JAVAC_FLAGS, archive, "-d", str(Path(scratch) / "out"), *paths],
                    check=True,
                    capture_output=True,
                    timeout=300,
                )

        try:
            directory = cached_artifact("java-javac-cds", self.version() + " ".join(JAVAC_FLAGS), build)
        except (OSError, subprocess.SubprocessError):
            return None
        return directory if (directory / "javac.jsa").is_file() else None

    def javac_argv(self) -> list[str]:
        argv = [JAVAC, *JAVAC_FLAGS]
        if self.javac_class_data is not None:
            argv.append(f"-J-XX:SharedArchiveFile={self.javac_class_data / 'javac.jsa'}")
        return [*argv, "-cp", str(self.support_classes)]

    def readonly_paths(self) -> tuple[str, ...]:
        extra = (str(self.javac_class_data),) if self.javac_class_data is not None else ()
        return (str(self.support_classes), *extra)

    def file_name(self, source: str) -> str:
        match = _PUBLIC_CLASS.search(source) or _ANY_CLASS.search(source)
        return (match.group(1) if match else "Main") + ".java"

    def build_argv(self, file_name: str, source: str) -> list[str]:
        return [*self.javac_argv(), "-d", ".", file_name]

    def environment(self) -> dict[str, str]:
        # Without cgroups the sandbox caps memory with RLIMIT_AS, which the JVM's address-space
        # reservations cannot live with; -Xmx bounds the heap instead.
        return {"TRANSCODER_NO_AS_LIMIT": "1"}

    def jvm_argv(self, limits: Limits, class_path: str) -> list[str]:
        # Leave room under the cgroup's memory limit for the JVM's own non-heap memory.
        heap_mb = max(64, limits.memory_mb * 3 // 4)
        return [JAVA, *JVM_FLAGS, f"-Xss{STACK}", f"-Xmx{heap_mb}m", "-cp", class_path]

    def run_argv(self, file_name: str, limits: Limits) -> list[str]:
        return [*self.jvm_argv(limits, f".:{self.support_classes}"), file_name.removesuffix(".java")]

    def failure_status(self, stderr: str) -> RunStatus | None:
        return RunStatus.MEMORY_LIMIT if "java.lang.OutOfMemoryError" in stderr else None

    def run_many(
        self, sources: Sequence[str], limits: Sequence[Limits], jobs: int, report: Reporter | None = None
    ) -> list[RunResult] | None:
        class_names = [self.file_name(source).removesuffix(".java") for source in sources]
        # A source that does not even parse would fail its batch's first javac round and cost the
        # others a second one: it is built alone from the start. (tree-sitter only predicts javac
        # here: a program it wrongly rejects runs alone, the reference every batch agrees with;
        # one it wrongly accepts is blamed by javac as before.)
        unparsable = [i for i, source in enumerate(sources) if _does_not_parse(source)]
        batchable = sorted(set(range(len(sources))) - set(unparsable))
        # A batch compiles together, so its class names must be distinct; and it shares one heap and
        # one cgroup, so its programs must have the same limits (the heap each would have alone).
        batches: list[list[int]] = []
        for part in chunks(batchable, jobs):
            groups: list[list[int]] = []
            for index in part:
                group = next(
                    (
                        g
                        for g in groups
                        if (limits[g[0]].memory_mb, limits[g[0]].max_processes)
                        == (limits[index].memory_mb, limits[index].max_processes)
                        and all(class_names[i] != class_names[index] for i in g)
                    ),
                    None,
                )
                if group is None:
                    groups.append(group := [])
                group.append(index)
            batches.extend(groups)
        results: list[RunResult | None] = [None] * len(sources)
        lone = LoneRuns(self, sources, limits, jobs, report)

        def one_batch(indices: list[int]) -> None:
            with workdir() as directory:
                (directory / "src").mkdir()
                (directory / "classes").mkdir()
                index_of = {class_names[index]: index for index in indices}
                for name, index in index_of.items():
                    (directory / "src" / f"{name}.java").write_text(sources[index], encoding="utf-8")
                give_to_sandbox(directory)
                built = self._build_batch(directory, list(index_of), lambda name: lone.start(index_of[name]))
                entries = [Entry(i, class_names[i], limits[i]) for i in indices if class_names[i] in built]
                if not entries:
                    return
                runner = [
                    *self.jvm_argv(limits[indices[0]], str(self.support_classes)),
                    "TranscoderBatchRunner",
                ]
                for index, result in serve(self, directory, runner, entries, report, lone.start).items():
                    results[index] = result

        with lone, ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for index in unparsable:
                lone.start(index)
            list(pool.map(one_batch, batches))
            return lone.finish(results)

    def _build_batch(self, directory: Path, names: list[str], blamed_now: Callable[[str], None]) -> set[str]:
        """Compile the classes together; those javac blames are left out (``blamed_now`` starts
        their own build and run at once) and the rest rebuilt. Returns the names that built.
        javac stops after the first phase with errors (parsing, attribution, flow analysis), so a
        batch with errors of all three kinds needs four rounds; it reports every error of a phase
        (-Xmaxerrs)."""
        remaining = list(names)
        for _ in range(BUILD_ROUNDS):
            if not remaining:
                return set()
            argv = [*self.javac_argv(), "-Xmaxerrs", "100000", "-d", "classes"]
            built = checked(
                execute(
                    [*argv, *(f"src/{name}.java" for name in remaining)],
                    workdir=directory,
                    limits=self.build_limits,
                    readonly=self.readonly_paths(),
                    environment=self.environment(),
                )
            )
            if built.status() is RunStatus.OK:
                return set(remaining)
            blamed = set(_ERROR_FILE.findall(built.stderr.decode("utf-8", "replace")))
            if not blamed & set(remaining):
                return set()
            for name in remaining:
                if name in blamed:
                    blamed_now(name)
            remaining = [name for name in remaining if name not in blamed]
            shutil.rmtree(directory / "classes")
            (directory / "classes").mkdir()
            give_to_sandbox(directory / "classes")
        return set()


def _does_not_parse(source: str) -> bool:
    from transcoder.languages import get_language

    return bool(get_language("java").parse(source).root_node.has_error)


TOOLCHAIN = JavaToolchain()
