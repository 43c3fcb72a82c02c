"""The `llm` engine against a real local HTTP server speaking the Chat Completions protocol.

No model can be reached here, so the server replays recorded replies in order (a cassette) and
records every request it gets. The compilers, the sandbox and the generated tests are real: a
reply that does not compile fails in javac, a wrong one fails on inputs the source was run on.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from transcoder.cli import main
from transcoder.engines import get_engine
from transcoder.engines.llm.prompts import drop_main, extract_code
from transcoder.errors import EngineError


@dataclass
class Reply:
    """One step of the cassette: a status, a body (a JSON object, or raw bytes), a delay."""

    body: dict[str, Any] | bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def chat(*contents: str, finish_reason: str = "stop") -> Reply:
    """A Chat Completions reply with one choice per content."""
    choices = [
        {"index": i, "message": {"role": "assistant", "content": c}, "finish_reason": finish_reason}
        for i, c in enumerate(contents)
    ]
    usage = {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150}
    return Reply({"id": "chatcmpl-1", "object": "chat.completion", "choices": choices, "usage": usage})


class ChatServer:
    """A Chat Completions server on 127.0.0.1 that replays ``replies`` in order."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.paths: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                owner.requests.append(json.loads(self.rfile.read(length)))
                owner.headers.append(dict(self.headers))
                owner.paths.append(self.path)
                step = (
                    owner.replies.pop(0)
                    if owner.replies
                    else Reply({"error": {"message": "cassette exhausted"}}, status=500)
                )
                time.sleep(step.delay)
                data = step.body if isinstance(step.body, bytes) else json.dumps(step.body).encode()
                try:
                    self.send_response(step.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in step.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def user_messages(self, request: int) -> list[str]:
        return [m["content"] for m in self.requests[request]["messages"] if m["role"] == "user"]


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[ChatServer] = []

    def start(*replies: Reply) -> ChatServer:
        server = ChatServer(list(replies))
        server.thread.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture(autouse=True)
def no_llm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in (
        "TRANSCODER_LLM_BASE_URL",
        "OPENAI_BASE_URL",
        "TRANSCODER_LLM_MODEL",
        "TRANSCODER_LLM_API_KEY",
        "OPENAI_API_KEY",
    ):
        monkeypatch.delenv(variable, raising=False)


def fenced(language: str, code: str, prose: str = "Here is the translation:") -> str:
    return f"{prose}\n\n```{language}\n{code}```\n\nIt keeps the semantics of the original."


SUM_SQUARES_CPP = """long long sum_squares(int n) {
    long long total = 0;
    for (int i = 1; i <= n; i++) total += (long long) i * i;
    return total;
}
"""
SUM_SQUARES_JAVA_LOSSY = """static int sum_squares(int n) {
    long total = 0;
    for (int i = 1; i <= n; i++) total += (long) i * i;
    return total;
}
"""
SUM_SQUARES_JAVA = SUM_SQUARES_JAVA_LOSSY.replace("static int", "static long")


def test_a_compile_error_goes_back_to_the_model_and_the_fix_is_verified(serve: Any) -> None:
    server = serve(chat(fenced("java", SUM_SQUARES_JAVA_LOSSY)), chat(fenced("java", SUM_SQUARES_JAVA)))
    engine = get_engine("llm", base_url=server.base_url, model="test-model", api_key="sk-test")
    assert engine.accepts_signature
    signature = "static long sum_squares(int n)"
    candidates = engine.translate(SUM_SQUARES_CPP, "cpp", "java", signature=signature)

    assert len(server.requests) == 2
    assert server.paths == ["/v1/chat/completions"] * 2
    assert server.headers[0]["Authorization"] == "Bearer sk-test"
    first, second = server.requests
    assert first["model"] == "test-model" and first["temperature"] == 0.0
    assert "C++" in first["messages"][1]["content"] and "Java" in first["messages"][1]["content"]
    assert SUM_SQUARES_CPP.strip() in first["messages"][1]["content"]
    assert f"```java\n{signature}\n```" in first["messages"][1]["content"]
    assert "must implement exactly this declaration" in first["messages"][1]["content"]
    # The follow-up holds the conversation so far and javac's own words, at the model's line.
    assert [m["role"] for m in second["messages"]] == ["system", "user", "assistant", "user"]
    assert second["messages"][2]["content"] == fenced("java", SUM_SQUARES_JAVA_LOSSY)
    feedback = second["messages"][3]["content"]
    assert "does not compile" in feedback
    assert "line 4: error: incompatible types: possible lossy conversion from long to int" in feedback
    assert "return total;" in feedback

    best = candidates[0]
    assert best.code == SUM_SQUARES_JAVA
    assert best.meta["verified"] is True and best.meta["round"] == 2
    assert best.meta["tests"] == "passed 20/20"
    assert "lossy conversion" in best.meta["feedback"]
    assert best.meta["requests"] == 2 and best.meta["prompt_tokens"] == 200
    assert best.warnings == () and best.score == 1.0


HALF_CPP = "int half(int x) {\n    return x / 2;\n}\n"
HALF_PYTHON_FLOAT = "def half(x):\n    return x / 2\n"


def test_a_wrong_answer_is_reported_with_input_expected_and_actual(serve: Any) -> None:
    # Python's / is true division: odd inputs give 2.5 where C++ truncates to 2. The model
    # repeats itself, so after two rounds the engine returns the unverified translation, marked.
    server = serve(chat(fenced("python", HALF_PYTHON_FLOAT)), chat(fenced("", HALF_PYTHON_FLOAT)))
    engine = get_engine("llm", base_url=server.base_url, model="m", max_rounds="2")
    candidates = engine.translate(HALF_CPP, "cpp", "python")

    assert len(server.requests) == 2
    feedback = server.user_messages(1)[-1]
    assert "passes" in feedback and "of 20" in feedback
    shown = re.findall(r"input:\s+half\((\d+)\)\n\s+expected: (\S+)\n\s+actual:\s+(\S+)", feedback)
    assert 1 <= len(shown) <= 3
    for value, expected, actual in shown:
        assert int(expected) == int(value) // 2  # what the C++ source printed
        assert float(actual) == int(value) / 2 and int(value) % 2 == 1

    assert [c.code for c in candidates] == [HALF_PYTHON_FLOAT]
    only = candidates[0]
    assert only.meta["verified"] is False and only.meta["round"] == 1
    assert only.warnings and only.warnings[0].startswith("not verified: failed on generated tests")
    assert 0 < only.score < 1


THIRD_PYTHON = "def third(a, b):\n    return (a - b) // 3\n"


def test_truncating_division_is_caught_on_negative_results(serve: Any) -> None:
    truncating = "static int third(int a, int b) {\n    return (a - b) / 3;\n}\n"
    flooring = "static int third(int a, int b) {\n    return Math.floorDiv(a - b, 3);\n}\n"
    server = serve(chat(fenced("java", truncating)), chat(fenced("java", flooring)))
    engine = get_engine("llm", base_url=server.base_url, model="m")
    candidates = engine.translate(THIRD_PYTHON, "python", "java")

    feedback = server.user_messages(1)[-1]
    shown = re.findall(
        r"input:\s+third\((\d+), (\d+)\)\n\s+expected: (-?\d+)\n\s+actual:\s+(-?\d+)", feedback
    )
    assert shown
    for a, b, expected, actual in shown:
        difference = int(a) - int(b)
        assert int(expected) == difference // 3  # Python floors
        assert int(actual) == int(difference / 3)  # Java truncates
    assert candidates[0].code == flooring and candidates[0].meta["verified"]
    assert candidates[0].meta["round"] == 2


def test_a_reply_without_valid_code_gets_the_syntax_error_back(serve: Any) -> None:
    prose = "Sure! In Python, half(x) is x // 2, which floors."
    missing_colon = "def half(x)\n    return x // 2\n"
    right = "def half(x):\n    return int(x / 2)\n"
    server = serve(chat(prose), chat(fenced("python", missing_colon)), chat(fenced("python", right)))
    engine = get_engine("llm", base_url=server.base_url, model="m")
    candidates = engine.translate(HALF_CPP, "cpp", "python")
    assert server.user_messages(1)[-1].startswith("Your reply does not contain valid Python code: line 1:")
    assert server.user_messages(2)[-1].startswith("Your reply does not contain valid Python code: line 1:")
    assert [c.code for c in candidates] == [right]
    assert candidates[0].meta["round"] == 3 and candidates[0].meta["verified"]


def test_a_translation_the_tests_cannot_call_is_told_to_keep_the_interface(serve: Any) -> None:
    renamed = "def helper(x):\n    return x\n\n\ndef halve(x):\n    return helper(x) // 2\n"
    right = "def half(x):\n    return x // 2\n"
    server = serve(chat(fenced("python", renamed)), chat(fenced("python", right)))
    candidates = get_engine("llm", base_url=server.base_url, model="m").translate(HALF_CPP, "cpp", "python")
    feedback = server.user_messages(1)[-1]
    assert feedback.startswith(
        "The tests cannot call your translation: no function 'half' in the python code."
    )
    assert "Keep the function names and the parameters of the C++ source" in feedback
    assert candidates[0].code == right and candidates[0].meta["round"] == 2


def test_a_crash_is_reported_with_its_input_and_the_trace_at_the_models_lines() -> None:
    from transcoder.engines.llm.feedback import candidate_feedback
    from transcoder.verify.selection import verify_translation

    cpp = "int scaled(int arr[], int n, int k) {\n    int s = 0;\n    for (int i = 0; i < n; i++) s += arr[i] * k;\n    return s;\n}\n"
    one_too_far = "def scaled(arr, n, k):\n    s = 0\n    for i in range(n + 1):\n        s += arr[i] * k\n    return s\n"
    verification = verify_translation("cpp", cpp, "python", [one_too_far], tests=5)
    check = verification.checks[0]
    assert check.status == "runtime_error"
    feedback = candidate_feedback("cpp", "python", one_too_far, verification, check)
    first = check.failures[0][0]
    assert (
        f"On input {first.describe()} (expected {first.expected}) it stopped with a runtime error."
        in feedback.message
    )
    assert "your code, line 4, in scaled" in feedback.message  # the traceback, at the model's own line
    assert "IndexError: list index out of range" in feedback.message


def test_the_cli_signature_option_reaches_the_prompt(serve: Any, tmp_path: Path, capsys: Any) -> None:
    server = serve(chat(fenced("python", "def half(x):\n    return x // 2\n")))
    source = tmp_path / "half.cpp"
    source.write_text(HALF_CPP)
    status = main(
        [
            "translate",
            "--engine",
            "llm",
            "--engine-option",
            f"base_url={server.base_url}",
            "--engine-option",
            "model=m",
            "--target",
            "python",
            "--signature",
            "def half(x: int) -> int",
            str(source),
        ]
    )
    assert status == 0
    assert capsys.readouterr().out == "def half(x):\n    return x // 2\n"
    assert "def half(x: int) -> int" in server.user_messages(0)[0]


def test_a_source_that_cannot_be_tested_keeps_the_syntax_checked_reply(serve: Any) -> None:
    nested = "int total(vector<int*> grid) {\n    int s = 0;\n    for (auto& row : grid) s += *row;\n    return s;\n}\n"
    reply = "def total(grid):\n    return sum(sum(row) for row in grid)\n"
    server = serve(chat(fenced("python", reply)))
    candidates = get_engine("llm", base_url=server.base_url, model="m").translate(nested, "cpp", "python")
    assert len(server.requests) == 1  # no test feedback to give
    assert candidates[0].code == reply and candidates[0].meta["verified"] is False
    assert "cannot be tested" in candidates[0].warnings[0] and "vector<int*>" in candidates[0].warnings[0]


def test_several_candidates_from_a_server_that_ignores_n(serve: Any) -> None:
    right = "def half(x):\n    return x // 2\n"
    also_right = "def half(x):\n    return int(x / 2)\n"
    # The first request asks for n=2 and gets one choice; the engine asks again for the other.
    server = serve(chat(fenced("python", HALF_PYTHON_FLOAT)), chat(right, also_right))
    candidates = get_engine("llm", base_url=server.base_url, model="m").translate(
        HALF_CPP, "cpp", "python", 2
    )
    assert [r.get("n") for r in server.requests] == [2, None]
    assert server.requests[0]["temperature"] == 0.7  # sampling, so that the candidates differ
    assert [c.code for c in candidates] == [right, HALF_PYTHON_FLOAT]
    assert candidates[0].meta["verified"] and not candidates[1].meta["verified"]


@pytest.mark.parametrize(
    ("reply", "expected", "how"),
    [
        ("```java\nint f() { return 1; }\n```", "int f() { return 1; }\n", "fenced"),
        ("Here:\n```\nint f() { return 1; }\n```\nDone.", "int f() { return 1; }\n", "fenced"),
        ("~~~Java\nint f() { return 1; }\n~~~", "int f() { return 1; }\n", "fenced"),
        # The target's block wins over an example of output, whatever their order and size.
        (
            "Output:\n```text\n1 2 3 4 5 6 7 8 9 10 11 12\n```\n```java\nint f() {}\n```",
            "int f() {}\n",
            "fenced",
        ),
        ("```python\nprint(1)\n```", "print(1)\n", "fenced-other"),
        ("<think>\n```java\nwrong\n```\n</think>\n```java\nright\n```", "right\n", "fenced"),
        ("```java\nint f() {\n  return 1;", "int f() {\n  return 1;\n", "unclosed-fence"),
        ("int f() { return 1; }", "int f() { return 1; }\n", "whole-reply"),
        ("  ```java\r\n  int f();\r\n  ```", "  int f();\n", "fenced"),
    ],
)
def test_code_is_found_in_the_reply(reply: str, expected: str, how: str) -> None:
    found = extract_code(reply, "java")
    assert (found.code, found.how) == (expected, how)


def test_a_main_the_model_added_is_dropped() -> None:
    java = "static int f(int x) {\n    return x + 1;\n}\n\npublic static void main(String[] args) {\n    System.out.println(f(1));\n}\n"
    assert (
        drop_main(java, "java", "int f(int x) { return x + 1; }", "cpp")
        == "static int f(int x) {\n    return x + 1;\n}\n"
    )
    python = "def f(x):\n    return x + 1\n\n\ndef main():\n    print(f(1))\n\n\nif __name__ == '__main__':\n    main()\n"
    assert (
        drop_main(python, "python", "int f(int x) { return x + 1; }", "cpp")
        == "def f(x):\n    return x + 1\n"
    )
    # A demo under the guard would run inside the test driver (and wait for input): it goes too.
    demo = "def f(x):\n    return x + 1\n\nif __name__ == '__main__':\n    print(f(int(input())))\n"
    assert (
        drop_main(demo, "python", "int f(int x) { return x + 1; }", "cpp") == "def f(x):\n    return x + 1\n"
    )
    # A source with a main of its own keeps the translated main.
    with_main = "int main() { return 0; }"
    assert drop_main(java, "java", with_main, "cpp") == java


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_is_down_is_one_line() -> None:
    port = free_port()
    engine = get_engine("llm", base_url=f"http://127.0.0.1:{port}/v1", model="m")
    with pytest.raises(
        EngineError, match=rf"^cannot reach http://127.0.0.1:{port}/v1/chat/completions: Connection refused$"
    ):
        engine.translate(HALF_CPP, "cpp", "python")


def test_server_errors_are_retried(serve: Any) -> None:
    busy = Reply({"error": {"message": "overloaded"}}, status=503, headers={"Retry-After": "0"})
    server = serve(
        busy,
        Reply(b"oops", status=500, headers={"Retry-After": "0"}),
        chat(fenced("python", "def half(x):\n    return x // 2\n")),
    )
    candidates = get_engine("llm", base_url=server.base_url, model="m").translate(HALF_CPP, "cpp", "python")
    assert len(server.requests) == 3 and candidates[0].meta["verified"]


@pytest.mark.parametrize(
    ("replies", "options", "message"),
    [
        (
            [Reply({"error": {"message": "overloaded"}}, status=503, headers={"Retry-After": "0"})] * 2,
            {"retries": "1"},
            r"^http://\S+/v1/chat/completions answered HTTP 503: overloaded$",
        ),
        (
            [
                Reply(
                    {"error": {"message": "model 'm' not found", "type": "invalid_request_error"}}, status=400
                )
            ],
            {},
            r"answered HTTP 400: model 'm' not found$",
        ),
        (
            [Reply({"error": "bad key"}, status=401)],
            {},
            r"answered HTTP 401: bad key \(set api_key=KEY or \$OPENAI_API_KEY\)$",
        ),
        (
            [Reply(b"<html>gateway</html>")],
            {},
            r"^malformed reply from \S+: not JSON \('<html>gateway</html>'\)$",
        ),
        ([Reply({"object": "chat.completion"})], {}, r"^malformed reply from \S+: no 'choices' list$"),
        (
            [Reply({"choices": [{"message": {"role": "assistant"}}]})],
            {},
            r"a choice has no 'message.content' text$",
        ),
        (
            [Reply({"choices": []}, delay=1.0)],
            {"timeout": "0.3"},
            r"^no reply from \S+ within 0.3 s \(raise it with timeout=SECONDS\)$",
        ),
    ],
)
def test_failures_are_one_line_engine_errors(
    serve: Any, replies: list[Reply], options: dict[str, str], message: str
) -> None:
    server = serve(*replies)
    engine = get_engine("llm", base_url=server.base_url, model="m", **options)
    with pytest.raises(EngineError, match=message) as raised:
        engine.translate(HALF_CPP, "cpp", "python")
    assert "\n" not in str(raised.value)


def test_configuration_errors_say_how_to_fix_them(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EngineError, match=r"base_url=http://HOST:PORT/v1 or set \$TRANSCODER_LLM_BASE_URL"):
        get_engine("llm", model="m")
    with pytest.raises(EngineError, match=r"model=NAME or set \$TRANSCODER_LLM_MODEL"):
        get_engine("llm", base_url="http://127.0.0.1:1/v1")
    with pytest.raises(EngineError, match=r"not an http\(s\) URL"):
        get_engine("llm", base_url="file:///etc/passwd", model="m")
    with pytest.raises(EngineError, match=r"max_rounds='zero' is not a valid int"):
        get_engine("llm", base_url="http://127.0.0.1:1/v1", model="m", max_rounds="zero")
    with pytest.raises(EngineError, match=r"unknown llm engine option\(s\) beam_size"):
        get_engine("llm", base_url="http://127.0.0.1:1/v1", model="m", beam_size="5")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    monkeypatch.setenv("TRANSCODER_LLM_MODEL", "from-env")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    engine = get_engine("llm")
    assert (engine.client.base_url, engine.client.model, engine.client.api_key) == (
        "http://127.0.0.1:1/v1",
        "from-env",
        "sk-env",
    )
    # A result cache must not mix models: the fingerprint follows the settings, not the key.
    other = get_engine("llm", model="another")
    rekeyed = get_engine("llm", api_key="sk-other")
    assert engine.fingerprint() != other.fingerprint() and engine.fingerprint() == rekeyed.fingerprint()


def test_the_cli_reports_a_failure_in_one_line(serve: Any, tmp_path: Path) -> None:
    server = serve(
        *[Reply({"error": {"message": "upstream exploded"}}, status=500, headers={"Retry-After": "0"})] * 2
    )
    source = tmp_path / "half.cpp"
    source.write_text(HALF_CPP)
    down = f"http://127.0.0.1:{free_port()}/v1"
    for base_url, expected in [
        (
            server.base_url,
            f"transcoder: error: {server.base_url}/chat/completions answered HTTP 500: upstream exploded\n",
        ),
        (down, f"transcoder: error: cannot reach {down}/chat/completions: Connection refused\n"),
    ]:
        command = [
            sys.executable,
            "-m",
            "transcoder",
            "translate",
            "--engine",
            "llm",
            "--engine-option",
            f"base_url={base_url}",
            "--engine-option",
            "model=m",
            "--engine-option",
            "retries=1",
            "--target",
            "java",
            str(source),
        ]
        finished = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert (finished.returncode, finished.stdout, finished.stderr) == (2, "", expected)


def test_progress_shows_on_a_terminal_only(serve: Any) -> None:
    import io

    from rich.console import Console

    from transcoder.engines.llm.progress import terminal_progress

    # The server takes a second to answer, so the status line is drawn while the engine waits.
    slow = chat(fenced("python", "def half(x):\n    return x // 2\n"))
    slow.delay = 1.0
    server = serve(slow)
    engine = get_engine("llm", base_url=server.base_url, model="m", max_rounds="2")
    screen = io.StringIO()
    with terminal_progress(console=Console(file=screen, force_terminal=True, width=100)):
        engine.translate(HALF_CPP, "cpp", "python")
    assert "llm: round 1/2: asking m for 1 translation(s)" in screen.getvalue()
    piped = io.StringIO()
    with terminal_progress(piped):
        assert not piped.isatty()
    assert piped.getvalue() == ""
