"""Real-code samples for issues 12, 13 and 14: functions and whole files drawn by a written rule from
this machine's own sources, committed as lists (path, name, hash of the text), never as code.

    .venv/bin/python benchmarks/realcode_sample.py check          # re-extract, verify every hash
    .venv/bin/python benchmarks/realcode_sample.py draw           # redraw the lists (rarely: see below)

Sources (no download): the Python standard library of the interpreter running this script
(``sysconfig``'s ``stdlib``), a JDK's ``lib/src.zip`` (module ``java.base``; see ``jdk_src_zip``),
and the C++ files of ``../shared/corpus/github-sample``.

**The selection rule.** A function is eligible when it is

- Python: a module-level ``def`` (not ``async``) of a standard-library module outside tests, GUI
  and packaging (``test``, ``idlelib``, ``tkinter``, ``turtledemo``, ``lib2to3``, ``ensurepip``,
  ``pydoc_data``, ``site-packages``), whose every global name is a builtin or a module its file
  imports at top level (it can be read alone: its file's import lines are kept with it);
- Java: a ``static`` method of a class of ``java.base``, that compiles alone inside a class with
  ``java.util.*``, ``java.util.function.*`` and ``java.io.*`` imported;
- C++: a free function (not ``main``, not a member) of a corpus C++ file that compiles alone after
  ``#include <bits/stdc++.h>``, ``using namespace std;`` and what it may lean on from its file, kept
  with it: the file's standard includes, macros, ``typedef`` and ``using`` aliases;

and 3 to 40 lines long. Eligible functions are ordered by the SHA-256 of ``origin:path:name`` and
the first ``FUNCTIONS_PER_LANGUAGE`` of each language are the sample (the compile checks run, in
that order, until enough pass). The C++ corpus holds only a few dozen functions that compile alone
(it is mostly large projects: LLVM, Qt, Chromium), so the C++ sample is those, then the other free
functions of 3 to 40 lines in the same order: most of those need types and functions of their
project and are refused or cannot be tested, which the report shows. A file is eligible when it is a standard-library module
(same exclusions), a ``java.base`` source file other than ``package-info``/``module-info``, or a corpus
C++ file, of 20 to 150 lines; the first ``FILES_PER_LANGUAGE`` by the same hash order are the sample.
Nothing is chosen by hand, and nothing by what the engine can translate.

The lists live in ``benchmarks/data/realcode_functions.tsv`` and ``realcode_files.tsv``: origin,
path, name (functions), the first line, and the SHA-256 of the exact text. ``load_functions`` and
``load_files`` re-extract each entry from this machine and check its hash; an entry whose text
differs (another Python or JDK build) is reported and left out, never silently replaced.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import symtable
import sys
import sysconfig
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from transcoder.languages import get_language

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
FUNCTION_LIST = DATA / "realcode_functions.tsv"
FILE_LIST = DATA / "realcode_files.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "github-sample"

FUNCTIONS_PER_LANGUAGE = 160  # at least 150 survive a few hash mismatches on another build
FILES_PER_LANGUAGE = 22  # 66 files in all
FUNCTION_LINES = (3, 40)
FILE_LINES = (20, 150)
PYTHON_EXCLUDED = ("test", "tests", "idlelib", "tkinter", "turtledemo", "lib2to3", "ensurepip",
                   "pydoc_data", "site-packages", "dist-packages", "__pycache__")  # fmt: skip
LANGUAGE_OF_ORIGIN = {"python-stdlib": "python", "jdk": "java", "github-cpp": "cpp"}
JAVA_PRELUDE = "import java.util.*;\nimport java.util.function.*;\nimport java.io.*;\n"
CPP_PRELUDE = "#include <bits/stdc++.h>\nusing namespace std;\n"


@dataclass(frozen=True)
class Sample:
    """One drawn function or file, with its text as extracted from this machine."""

    origin: str  # "python-stdlib", "jdk" or "github-cpp"
    path: str
    name: str  # the function's name; "" for a whole file
    text: str  # what is translated: a Python function comes with its file's import lines
    digest: str

    @property
    def language(self) -> str:
        return LANGUAGE_OF_ORIGIN[self.origin]

    @property
    def key(self) -> str:
        return f"{self.origin}:{self.path}:{self.name}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def order(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


# -- where the sources are ------------------------------------------------------------------------
def python_lib() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def jdk_src_zip() -> Path:
    """``$JAVA_HOME/lib/src.zip``, else that of the ``javac`` on the PATH, else the first
    ``/usr/lib/jvm/*/lib/src.zip`` that exists. On this machine the JDK 17's is a dangling link
    (Debian's ``openjdk-17-source`` is not installed, and installing it would upgrade the shared JDK
    from 17.0.15 to 17.0.21), so Temurin 25's sources are read; the compile check still uses the
    JDK 17 ``javac``, so a method using newer syntax is not eligible."""
    import os
    import shutil

    places = []
    if os.environ.get("JAVA_HOME"):
        places.append(Path(os.environ["JAVA_HOME"]) / "lib" / "src.zip")
    javac = shutil.which("javac")
    if javac is not None:
        places.append(Path(javac).resolve().parent.parent / "lib" / "src.zip")
    places += sorted(Path("/usr/lib/jvm").glob("*/lib/src.zip"))
    for place in places:
        if place.is_file():
            return place
    raise SystemExit("no JDK src.zip found (JAVA_HOME, javac's JDK, /usr/lib/jvm/*/lib/src.zip)")


def python_modules() -> Iterator[tuple[str, str]]:
    lib = python_lib()
    for path in sorted(lib.rglob("*.py")):
        relative = path.relative_to(lib)
        if any(part in PYTHON_EXCLUDED for part in relative.parts):
            continue
        try:
            yield str(relative), path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue


def jdk_files() -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(jdk_src_zip()) as archive:
        for name in sorted(archive.namelist()):
            if not name.startswith("java.base/") or not name.endswith(".java"):
                continue
            if name.endswith(("package-info.java", "module-info.java")):
                continue
            yield name, archive.read(name).decode("utf-8", "replace")


def corpus_cpp_files() -> Iterator[tuple[str, str]]:
    for archive in sorted(CORPUS.glob("cpp.*.json.gz")):
        with gzip.open(archive, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield f"{record['repo_name']}/{record['path']}", record["content"]


SOURCES: dict[str, Callable[[], Iterator[tuple[str, str]]]] = {
    "python-stdlib": python_modules,
    "jdk": jdk_files,
    "github-cpp": corpus_cpp_files,
}


# -- functions ------------------------------------------------------------------------------------
def _lines(text: str) -> int:
    return text.count("\n") + 1


def _python_imports(code: str) -> tuple[str, set[str]]:
    """The top-level absolute import lines of a module and the names they bind."""
    import ast

    lines, names = [], set()
    for node in ast.parse(code).body:
        if isinstance(node, ast.Import | ast.ImportFrom) and not (isinstance(node, ast.ImportFrom) and node.level):
            lines.append(ast.get_source_segment(code, node) or "")
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return "\n".join(lines), names


def _python_self_contained(function_text: str, imported: set[str]) -> bool:
    import builtins

    try:
        table = symtable.symtable(function_text, "<function>", "exec")
    except SyntaxError:
        return False
    allowed = set(dir(builtins)) | imported

    def clean(scope: symtable.SymbolTable) -> bool:
        for symbol in scope.get_symbols():
            if symbol.is_referenced() and symbol.is_global() and symbol.get_name() not in allowed:
                return False
            if symbol.is_declared_global():
                return False
        return all(clean(child) for child in scope.get_children())

    return all(clean(child) for child in table.get_children())


def function_candidates(origin: str) -> list[Sample]:
    """Every function of ``origin`` the rule admits before its compile check, in sample order."""
    language = LANGUAGE_OF_ORIGIN[origin]
    found: list[Sample] = []
    for path, code in SOURCES[origin]():
        found.extend(_functions_of(origin, language, path, code))
    found.sort(key=lambda sample: order(sample.key))
    return found


def _functions_of(origin: str, language: str, path: str, code: str) -> Iterator[Sample]:
    try:
        functions = get_language(language).extract_functions(code)
    except Exception:
        return
    imports: tuple[str, set[str]] | None = None
    names = [f.name for f in functions]
    for function in functions:
        if not FUNCTION_LINES[0] <= _lines(function.text) <= FUNCTION_LINES[1] or names.count(function.name) > 1:
            continue  # overloads are left out: a name must say which function it is
        if language == "python":
            if function.class_name or function.start.column != 1 or function.text.lstrip().startswith("async"):
                continue
            if imports is None:
                try:
                    imports = _python_imports(code)
                except SyntaxError:
                    return
            if not _python_self_contained(function.text, imports[1]):
                continue
            text = f"{imports[0]}\n\n\n{function.text}\n" if imports[0] else function.text + "\n"
        elif language == "java":
            if function.kind != "static_method":
                continue
            text = function.text + "\n"
        else:
            if function.class_name or function.kind != "function" or function.name == "main":
                continue
            if imports is None:
                imports = (_cpp_context(code), set())
            text = f"{imports[0]}\n{function.text}\n" if imports[0] else function.text + "\n"
        yield Sample(origin, path, function.name, text, digest(text))


_CPP_CONTEXT = re.compile(
    r"^[ \t]*(#[ \t]*define\b(?:[^\n]*\\\n)*[^\n]*"
    r"|typedef\b[^;{}]*;|using[ \t]+\w+[ \t]*=[^;{}]*;|using[ \t]+namespace[ \t]+std[ \t]*;)",
    re.MULTILINE,
)


def _cpp_context(code: str) -> str:
    """What a C++ function of ``code`` may lean on from its file, kept with it: its object- and
    function-like macros and its top-level ``typedef`` and ``using`` aliases (``#define
    rep(i,a,b)``, ``typedef long long ll``). Its includes are not kept: the standard ones are all
    in ``bits/stdc++.h``, and the project's own are not in the corpus."""
    return "\n".join(match.group(1).strip() for match in _CPP_CONTEXT.finditer(code))


def compiles_alone(samples: Sequence[Sample]) -> list[bool]:
    """Whether each C++ function (corpus code: untrusted) compiles alone, in the sandbox."""
    from transcoder.verify.runners import RunStatus, run_programs

    programs = [f"{CPP_PRELUDE}{sample.text}\nint main() {{ return 0; }}\n" for sample in samples]
    return [run.status is not RunStatus.COMPILE_ERROR for run in run_programs("cpp", programs)]


def java_compiles_alone(samples: Sequence[Sample]) -> list[bool]:
    """Whether each JDK method compiles alone in a class of its own. The JDK's own sources are not
    untrusted code, and compiling is all that is done: one ``javac`` for all, outside the sandbox."""
    import re
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        names = []
        for index, sample in enumerate(samples):
            names.append(f"C{index}.java")
            (directory / names[-1]).write_text(f"{JAVA_PRELUDE}class C{index} {{\n{sample.text}\n}}\n")
        (directory / "out").mkdir()
        blamed: set[str] = set()
        # javac stops at syntax errors before it checks names and types: blame, drop, compile again.
        for _ in range(6):
            remaining = [name for name in names if name not in blamed]
            done = subprocess.run(
                ["javac", "-Xmaxerrs", "1000000", "-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", "out",
                 *remaining],
                cwd=directory, capture_output=True, text=True, timeout=1800, check=False,
            )  # fmt: skip
            if done.returncode == 0:
                break
            found = set(re.findall(r"^(C\d+\.java):\d+: error:", done.stdout + done.stderr, re.MULTILINE))
            if not found:
                return [False] * len(samples)  # javac failed for another reason: admit nothing
            blamed |= found
    return [name not in blamed for name in names]


def draw_functions(origin: str, count: int) -> list[Sample]:
    candidates = function_candidates(origin)
    if LANGUAGE_OF_ORIGIN[origin] == "python":
        return candidates[:count]
    check = java_compiles_alone if origin == "jdk" else compiles_alone
    step = 2000 if origin == "jdk" else 500
    chosen: list[Sample] = []
    others: list[Sample] = []
    for start in range(0, len(candidates), step):
        batch = candidates[start : start + step]
        verdicts = check(batch)
        chosen += [s for s, ok in zip(batch, verdicts, strict=True) if ok]
        others += [s for s, ok in zip(batch, verdicts, strict=True) if not ok]
        print(f"  {origin}: {len(chosen)} of {start + len(batch)} compile alone", file=sys.stderr)
        if len(chosen) >= count:
            break
    # The corpus holds fewer self-contained C++ functions than a sample needs: the rest of the
    # sample is the other eligible functions, in the same order (most will be refused or untestable).
    return (chosen + others)[:count]


# -- files ----------------------------------------------------------------------------------------
def draw_files(origin: str, count: int) -> list[Sample]:
    eligible = [
        Sample(origin, path, "", text, digest(text))
        for path, text in SOURCES[origin]()
        if FILE_LINES[0] <= _lines(text) <= FILE_LINES[1]
    ]
    eligible.sort(key=lambda sample: order(sample.key))
    return eligible[:count]


# -- the committed lists ----------------------------------------------------------------------------
def write_list(path: Path, samples: Sequence[Sample]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = ["origin\tpath\tname\tfirst_line\tsha256"]
    for sample in samples:
        first = next((line.strip() for line in sample.text.splitlines() if line.strip()), "")[:60]
        rows.append("\t".join([sample.origin, sample.path, sample.name, first.replace("\t", " "), sample.digest]))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


@cache
def _source_texts(origin: str) -> dict[str, str]:
    return dict(SOURCES[origin]())


def load_functions(path: Path = FUNCTION_LIST) -> tuple[list[Sample], list[str]]:
    """The listed functions re-extracted from this machine, and one line per entry that could not be
    (missing file or function, or text whose hash differs)."""
    samples, problems = [], []
    for row in _rows(path):
        code = _source_texts(row["origin"]).get(row["path"])
        if code is None:
            problems.append(f"{row['origin']}:{row['path']}: file not found")
            continue
        language = LANGUAGE_OF_ORIGIN[row["origin"]]
        found = [s for s in _functions_of(row["origin"], language, row["path"], code) if s.name == row["name"]]
        if not found:
            problems.append(f"{row['origin']}:{row['path']}:{row['name']}: function not found")
        elif found[0].digest != row["sha256"]:
            problems.append(f"{row['origin']}:{row['path']}:{row['name']}: text differs (hash)")
        else:
            samples.append(found[0])
    return samples, problems


def load_files(path: Path = FILE_LIST) -> tuple[list[Sample], list[str]]:
    samples, problems = [], []
    for row in _rows(path):
        text = _source_texts(row["origin"]).get(row["path"])
        if text is None:
            problems.append(f"{row['origin']}:{row['path']}: file not found")
        elif digest(text) != row["sha256"]:
            problems.append(f"{row['origin']}:{row['path']}: text differs (hash)")
        else:
            samples.append(Sample(row["origin"], row["path"], "", text, row["sha256"]))
    return samples, problems


def file_context(sample: Sample) -> list[tuple[str, str]]:
    """The project context a drawn file has where it comes from (``transcoder translate --context``):
    the other ``.java`` files of its JDK package directory in ``src.zip``, the other ``.py`` files of
    its standard-library directory (its package; for a top-level module, the top-level modules), or
    the other files of its corpus repository; as (name, text) pairs, names relative to that place."""
    directory, _, _ = sample.path.rpartition("/")
    if sample.origin == "jdk":
        with zipfile.ZipFile(jdk_src_zip()) as archive:
            names = [n for n in archive.namelist() if n.rpartition("/")[0] == directory and n.endswith(".java")]
            return [(n.rpartition("/")[2], archive.read(n).decode("utf-8", "replace")) for n in names if n != sample.path]
    if sample.origin == "python-stdlib":
        place = python_lib() / directory
        found = []
        for path in sorted(place.glob("*.py")):
            if path.relative_to(python_lib()).as_posix() != sample.path:
                try:
                    found.append((path.name, path.read_text(encoding="utf-8")))
                except (UnicodeDecodeError, OSError):
                    continue
        return found
    repository = "/".join(sample.path.split("/")[:2]) + "/"
    return [
        (name.removeprefix(repository), text)
        for name, text in corpus_cpp_files()
        if name.startswith(repository) and name != sample.path
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("draw", "check"))
    args = parser.parse_args(argv)
    if args.command == "draw":
        functions = [s for origin in SOURCES for s in draw_functions(origin, FUNCTIONS_PER_LANGUAGE)]
        files = [s for origin in SOURCES for s in draw_files(origin, FILES_PER_LANGUAGE)]
        write_list(FUNCTION_LIST, functions)
        write_list(FILE_LIST, files)
        print(f"{len(functions)} functions, {len(files)} files listed in {DATA}")
        return 0
    functions, problems = load_functions(FUNCTION_LIST)
    files, file_problems = load_files(FILE_LIST)
    for line in problems + file_problems:
        print(line)
    counts = {origin: sum(1 for s in functions if s.origin == origin) for origin in SOURCES}
    print(f"{len(functions)} functions re-extracted ({counts}), {len(files)} files; "
          f"{len(problems) + len(file_problems)} problems")  # fmt: skip
    return 1 if problems or file_problems else 0


if __name__ == "__main__":
    sys.exit(main())
