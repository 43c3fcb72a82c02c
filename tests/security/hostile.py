"""Hostile programs, in C++, Java and Python, as found against the sandbox and the batch protocol.

Each program does its mischief and then prints ``#Results: 1, 1`` (it "passes") if it is still
running: a sandbox that contains it shows a failure, a limit status, or a pass with no harm done.
Placeholders: ``@CANARY@`` is a file outside the sandbox that an attack tries to overwrite,
``@SECRET@`` a root-only file an attack tries to read, ``@PORT@`` a port the host listens on,
``@MARKER@`` an argument by which leftover processes are found. Tests create those files
themselves, in a directory of their own; never a real system file.

Used by ``tests/security`` and ``benchmarks/attack_suite.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("cpp", "java", "python")

CPP_HEADER = """#include <bits/stdc++.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
using namespace std;
"""
JAVA_HEADER = """import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
"""
PYTHON_HEADER = "import os, signal, socket, subprocess, sys, threading, time\n"

# Java: replaces each file under results/ (the old batch runner's output files) with what
# ``make`` creates, from a daemon thread that outlives the program's main.
_JAVA_SWAP = """Thread swapper = new Thread(() -> {{
      long end = System.currentTimeMillis() + 8000;
      Set<String> done = new HashSet<>();
      while (System.currentTimeMillis() < end) {{
        File[] files = new File("results").listFiles();
        if (files != null) for (File f : files) {{
          String name = f.getName();
          if (name.endsWith(".out") && !done.contains(name) && new File("results/" + name.replace(".out", ".status")).exists()) {{
            try {{ Path p = f.toPath(); Files.delete(p); {make}; done.add(name); }} catch (Exception e) {{}}
          }}
        }}
        try {{ Thread.sleep(1); }} catch (InterruptedException e) {{}}
      }}
    }});
    swapper.setDaemon(true);
    swapper.start();"""


@dataclass(frozen=True)
class Hostile:
    """One hostile behaviour: its code per language (statements run first in main)."""

    name: str
    what: str  # one line for the table
    code: dict[str, str]
    expected: str | None = None  # the status a lone run must give (None: any, as long as contained)
    hole: str = ""  # which hole of issue 11 it reproduces, if any
    needs: frozenset[str] = field(default_factory=frozenset)  # placeholders it uses


CATALOGUE: tuple[Hostile, ...] = (
    Hostile(
        "manifest_link",
        "replaces a batch manifest with a link to a host file, then kills its batch server",
        {
            "cpp": 'symlink("@CANARY@", "manifest-1.txt");\n    kill(getppid(), SIGKILL);',
            "java": 'try { Files.createSymbolicLink(Paths.get("manifest-1.txt"), Paths.get("@CANARY@")); }'
            ' catch (Exception e) {}\n    System.out.println("#Results: 1, 1");\n    System.out.flush();\n'
            "    Runtime.getRuntime().halt(0);",
            "python": 'try:\n        os.symlink("@CANARY@", "manifest-1.txt")\n    except OSError:\n        pass\n'
            "    os.kill(os.getppid(), signal.SIGKILL)",
        },
        "ok",
        "1",
        frozenset({"@CANARY@"}),
    ),
    Hostile(
        "results_link",
        "replaces its own output file with a link to a root-only host file",
        {
            "cpp": 'char me[4096];\n    ssize_t n = readlink("/proc/self/fd/1", me, sizeof me - 1);\n'
            '    if (n > 0) { me[n] = 0; if (unlink(me) == 0) symlink("@SECRET@", me); }',
            "java": _JAVA_SWAP.format(make='Files.createSymbolicLink(p, Paths.get("@SECRET@"))'),
            "python": 'try:\n        me = os.readlink("/proc/self/fd/1")\n        os.unlink(me)\n'
            '        os.symlink("@SECRET@", me)\n    except OSError:\n        pass',
        },
        "ok",
        "2",
        frozenset({"@SECRET@"}),
    ),
    Hostile(
        "results_fifo",
        "replaces its own output file with a FIFO",
        {
            "cpp": 'char me[4096];\n    ssize_t n = readlink("/proc/self/fd/1", me, sizeof me - 1);\n'
            "    if (n > 0) { me[n] = 0; if (unlink(me) == 0) mkfifo(me, 0666); }",
            "java": _JAVA_SWAP.format(make='new ProcessBuilder("mkfifo", p.toString()).start().waitFor()'),
            "python": 'try:\n        me = os.readlink("/proc/self/fd/1")\n        os.unlink(me)\n'
            "        os.mkfifo(me)\n    except OSError:\n        pass",
        },
        "ok",
        "3",
    ),
    Hostile(
        "results_zero",
        "replaces its own output file with a link to /dev/zero",
        {
            "cpp": 'char me[4096];\n    ssize_t n = readlink("/proc/self/fd/1", me, sizeof me - 1);\n'
            '    if (n > 0) { me[n] = 0; if (unlink(me) == 0) symlink("/dev/zero", me); }',
            "java": _JAVA_SWAP.format(make='Files.createSymbolicLink(p, Paths.get("/dev/zero"))'),
            "python": 'try:\n        me = os.readlink("/proc/self/fd/1")\n        os.unlink(me)\n'
            '        os.symlink("/dev/zero", me)\n    except OSError:\n        pass',
        },
        "ok",
        "3",
    ),
    Hostile(
        "allocate_6g",
        "allocates and touches 6 GiB, catching the language's out-of-memory error",
        {
            "cpp": "try { vector<char> block(6LL << 30, 1); cout << (int) block[12345] << endl; }"
            " catch (const bad_alloc&) {}",
            "java": "try { List<long[]> blocks = new ArrayList<>(); for (int i = 0; i < 96; i++) {"
            " long[] b = new long[8 << 20]; Arrays.fill(b, 1); blocks.add(b); } } catch (OutOfMemoryError e) {}",
            "python": "try:\n        block = bytearray(6 << 30)\n    except MemoryError:\n        pass",
        },
        None,
        "4",
    ),
    Hostile(
        "fill_tmp",
        "fills /tmp with 16 MiB files until a write fails, catching the error",
        {
            "cpp": "static char block[1 << 20];\n    for (int i = 0; i < 4096; i++) {\n"
            '      FILE* f = fopen(("/tmp/fill" + to_string(i)).c_str(), "wb"); if (!f) break;\n'
            "      bool good = true; for (int k = 0; k < 16 && good; k++) good = fwrite(block, 1, 1 << 20, f) == (1 << 20);\n"
            "      if (fclose(f) != 0 || !good) break;\n    }",
            "java": "byte[] block = new byte[1 << 20];\n    try { for (int i = 0; i < 4096; i++) {"
            ' try (FileOutputStream f = new FileOutputStream("/tmp/fill" + i)) {'
            " for (int k = 0; k < 16; k++) f.write(block); } } } catch (IOException e) {}",
            "python": "try:\n        for i in range(4096):\n"
            '            with open(f"/tmp/fill{i}", "wb") as f:\n                for _ in range(16):\n'
            '                    f.write(b"x" * (1 << 20))\n    except OSError:\n        pass',
        },
        "disk_limit",
        "4",
    ),
    Hostile(
        "fill_workdir",
        "writes up to 1 GiB into its working directory, 16 MiB files, catching the error",
        {
            "cpp": "static char block[1 << 20];\n    for (int i = 0; i < 64; i++) {\n"
            '      FILE* f = fopen(("fill" + to_string(i)).c_str(), "wb"); if (!f) break;\n'
            "      bool good = true; for (int k = 0; k < 16 && good; k++) good = fwrite(block, 1, 1 << 20, f) == (1 << 20);\n"
            "      if (fclose(f) != 0 || !good) break;\n    }",
            "java": "byte[] block = new byte[1 << 20];\n    try { for (int i = 0; i < 64; i++) {"
            ' try (FileOutputStream f = new FileOutputStream("fill" + i)) {'
            " for (int k = 0; k < 16; k++) f.write(block); } } } catch (IOException e) {}",
            "python": "try:\n        for i in range(64):\n"
            '            with open(f"fill{i}", "wb") as f:\n                for _ in range(16):\n'
            '                    f.write(b"x" * (1 << 20))\n    except OSError:\n        pass',
        },
        "disk_limit",
        "5",
    ),
    Hostile(
        "lingering_thread",
        "returns from main leaving a thread that sleeps 60 s (Java: a non-daemon thread)",
        {
            "cpp": "thread([] { this_thread::sleep_for(chrono::seconds(60)); }).detach();",
            "java": "new Thread(() -> { try { Thread.sleep(60000); } catch (InterruptedException e) {} }).start();",
            "python": "threading.Thread(target=time.sleep, args=(60,)).start()",
        },
        None,
        "4",
    ),
    Hostile(
        "infinite_loop",
        "loops forever",
        {
            "cpp": "volatile long spin = 0; while (true) spin++;",
            "java": "long spin = 0; while (spin >= 0) spin = (spin + 1) % 1000;",
            "python": "while True:\n        pass",
        },
        "timeout",
    ),
    Hostile(
        "cpu_burner",
        "burns CPU in 4 threads",
        {
            "cpp": "vector<thread> ts; for (int i = 0; i < 4; i++) ts.emplace_back([] { volatile long s = 0; while (true) s++; });"
            " for (auto& t : ts) t.join();",
            "java": "for (int i = 0; i < 4; i++) new Thread(() -> { long s = 0; while (s >= 0) s = (s + 1) % 1000; }).start();"
            " while (System.nanoTime() != 0) Thread.sleep(1000);",
            "python": 'subprocess.run([sys.executable, "-c", "import os\\nfor _ in range(3): os.fork()\\nwhile True: pass"])',
        },
        "timeout",
    ),
    Hostile(
        "fork_storm",
        "starts 300 sleeping processes, ignoring failures",
        {
            "cpp": 'for (int i = 0; i < 300; i++) { pid_t p = fork(); if (p == 0) { execlp("sleep", "sleep", "@MARKER@", (char*) 0); _exit(0); } }',
            "java": 'for (int i = 0; i < 300; i++) { try { new ProcessBuilder("sleep", "@MARKER@").start(); } catch (IOException e) {} }',
            "python": 'for _ in range(300):\n        try:\n            subprocess.Popen(["sleep", "@MARKER@"])\n'
            "        except OSError:\n            pass",
        },
        None,
        needs=frozenset({"@MARKER@"}),
    ),
    Hostile(
        "memory_hog",
        "allocates memory until stopped",
        {
            "cpp": "vector<vector<char>> blocks; while (true) blocks.emplace_back(16 << 20, 1);",
            "java": "List<long[]> blocks = new ArrayList<>(); while (blocks.size() >= 0) { long[] b = new long[2 << 20];"
            " Arrays.fill(b, 1); blocks.add(b); }",
            "python": "blocks = []\n    while True:\n        blocks.append(bytearray(16 << 20))",
        },
        "memory_limit",
    ),
    Hostile(
        "loopback",
        "connects to a port the host listens on (loopback)",
        {
            "cpp": "int s = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons(@PORT@);"
            ' inet_pton(AF_INET, "127.0.0.1", &a.sin_addr); connect(s, (sockaddr*) &a, sizeof a);',
            "java": 'try (Socket s = new Socket("127.0.0.1", @PORT@)) {} catch (IOException e) {}',
            "python": 'try:\n        socket.create_connection(("127.0.0.1", @PORT@), timeout=2)\n    except OSError:\n        pass',
        },
        "ok",
        needs=frozenset({"@PORT@"}),
    ),
    Hostile(
        "output_flood",
        "prints without end (1 GiB and more)",
        {
            "cpp": "string line(1000, 'y'); while (true) cout << line << \"\\n\";",
            "java": 'String line = "y".repeat(1000); while (!line.isEmpty()) System.out.println(line);',
            "python": 'line = "y" * 1000\n    while True:\n        print(line)',
        },
        "output_limit",
    ),
    Hostile(
        "daemon",
        "double-forks a daemon in a new session that sleeps",
        {
            "cpp": 'if (fork() == 0) { setsid(); if (fork() == 0) { execlp("sleep", "sleep", "@MARKER@", (char*) 0); } _exit(0); }',
            "java": 'new ProcessBuilder("setsid", "sleep", "@MARKER@").start();',
            "python": 'subprocess.Popen(["sleep", "@MARKER@"], start_new_session=True)',
        },
        "ok",
        needs=frozenset({"@MARKER@"}),
    ),
    Hostile(
        "write_outside",
        "writes into /usr, /etc and the canary's directory",
        {
            "cpp": 'for (const char* p : {"/usr/transcoder-attack", "/etc/transcoder-attack", "@CANARY@"}) { FILE* f = fopen(p, "w"); if (f) { fputs("owned", f); fclose(f); } }',
            "java": 'for (String p : new String[] {"/usr/transcoder-attack", "/etc/transcoder-attack", "@CANARY@"}) {'
            ' try (FileWriter w = new FileWriter(p)) { w.write("owned"); } catch (IOException e) {} }',
            "python": 'for path in ("/usr/transcoder-attack", "/etc/transcoder-attack", "@CANARY@"):\n'
            '        try:\n            with open(path, "w") as f:\n                f.write("owned")\n'
            "        except OSError:\n            pass",
        },
        "ok",
        needs=frozenset({"@CANARY@"}),
    ),
    Hostile(
        "read_secret",
        "prints a root-only file and /etc/shadow if it can read them",
        {
            "cpp": 'for (const char* p : {"@SECRET@", "/etc/shadow"}) { ifstream f(p); string s; if (f && getline(f, s)) cout << s << endl; }',
            "java": 'for (String p : new String[] {"@SECRET@", "/etc/shadow"}) { try { System.out.println(Files.readString(Paths.get(p))); } catch (IOException e) {} }',
            "python": 'for path in ("@SECRET@", "/etc/shadow"):\n        try:\n            print(open(path).read())\n'
            "        except OSError:\n            pass",
        },
        "ok",
        needs=frozenset({"@SECRET@"}),
    ),
    Hostile(
        "sleeper",
        "sleeps 60 s",
        {
            "cpp": "this_thread::sleep_for(chrono::seconds(60));",
            "java": "Thread.sleep(60000);",
            "python": "time.sleep(60)",
        },
        "timeout",
    ),
    Hostile(
        "kill_server",
        "kills its parent (a batch's server)",
        {
            "cpp": "kill(getppid(), SIGKILL);",
            "java": 'System.out.println("#Results: 1, 1");\n    System.out.flush();\n    Runtime.getRuntime().halt(0);',
            "python": "os.kill(os.getppid(), signal.SIGKILL)",
        },
        "ok",
    ),
    Hostile(
        "static_init_loop",
        "C++: a global constructor that never returns",
        {"cpp": ""},
        "timeout",
    ),
)

_CPP_STATIC_LOOP = "struct Forever { Forever() { volatile long s = 0; while (true) s++; } } forever;\n"


def by_name(name: str) -> Hostile:
    return next(h for h in CATALOGUE if h.name == name)


def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def program(hostile: Hostile, language: str, values: dict[str, str], class_name: str = "Main") -> str:
    """A whole program: the hostile code, then ``#Results: 1, 1``."""
    return script(hostile, language, values, class_name, with_function=False)


def script(
    hostile: Hostile, language: str, values: dict[str, str], class_name: str, *, with_function: bool = True
) -> str:
    """A GfG-style benchmark script (``f_gold``, a TOFILL marker, a main that runs the hostile code
    and then tests ``f_filled`` against ``f_gold``), or a plain program without the function."""
    body = fill(hostile.code[language], values)
    if language == "cpp":
        function = "int f_gold(int x) {\n    return x + 1;\n}\n\n//TOFILL\n\n" if with_function else ""
        check = (
            "int n_success = f_filled(1) == f_gold(1);\n    " if with_function else "int n_success = 1;\n    "
        )
        static = _CPP_STATIC_LOOP if hostile.name == "static_init_loop" else ""
        return (f"{CPP_HEADER}{static}{function}int main() {{\n    {body}\n    {check}"
                'cout << "#Results: " << n_success << ", 1" << endl;\n    return 0;\n}\n')  # fmt: skip
    if language == "java":
        function = (
            "    static int f_gold(int x) {\n        return x + 1;\n    }\n\n//TOFILL\n\n"
            if with_function
            else ""
        )
        check = "int n_success = f_filled(1) == f_gold(1) ? 1 : 0;" if with_function else "int n_success = 1;"
        return (f"{JAVA_HEADER}\npublic class {class_name} {{\n{function}"
                f"    public static void main(String[] args) throws Exception {{\n    {body}\n"
                f'    {check}\n    System.out.println("#Results: " + n_success + ", 1");\n    }}\n}}\n')  # fmt: skip
    function = "def f_gold(x):\n    return x + 1\n\n\n#TOFILL\n\n" if with_function else ""
    check = "n_success = int(f_filled(1) == f_gold(1))" if with_function else "n_success = 1"
    return (f"{PYTHON_HEADER}\n{function}if __name__ == '__main__':\n    {body}\n    {check}\n"
            '    print("#Results: %i, %i" % (n_success, 1))\n')  # fmt: skip


def benign(language: str, number: int, class_name: str = "Main", *, with_function: bool = False) -> str:
    """An honest program (or benchmark script) that passes."""
    quiet = Hostile("benign", "", {"cpp": f"int quiet = {number}; (void) quiet;", "java": f"int quiet = {number};",
                                   "python": f"quiet = {number}"})  # fmt: skip
    return script(quiet, language, {}, class_name, with_function=with_function)
