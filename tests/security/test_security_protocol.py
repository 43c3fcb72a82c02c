"""Holes 1-3 of issue 11: what runs as root outside the sandbox must not trust anything a sandboxed
program could touch. Each attack is run in a batch (where the holes were) and through
``transcoder eval``, in every target language, against a canary file and a root-only secret made
by the test in a directory of its own. The host side runs in a subprocess with a time limit, so an
attack that hangs the host (a FIFO) fails the test instead of hanging the suite.

On the starting commit of issue 11 these fail: the canary is overwritten with a batch manifest
(C++, Java, Python), the secret comes back as a program's output, and the FIFO and ``/dev/zero``
attacks hang the host until the time limit (docs/sandbox.md, "Attack suite").
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from attacks import REPOSITORY, attack_targets, run_host, write_benchmark

from transcoder.verify.sandbox import capabilities

pytestmark = pytest.mark.skipif(
    not capabilities().full,
    reason=f"needs root, bwrap and cgroup v1: sandbox here is {capabilities().describe()}",
)
PROTOCOL_ATTACKS = ["manifest_link", "results_link", "results_fifo", "results_zero"]

BATCH = """
import json, hostile
from transcoder.verify.runners import Limits, run_programs
values = json.loads({values!r})
programs = [hostile.benign({language!r}, 0, "Benign0")]
for number, name in enumerate({names!r}):
    programs.append(hostile.program(hostile.by_name(name), {language!r}, values, f"Attack{{number}}"))
programs.append(hostile.benign({language!r}, 1, "Benign1"))
results = run_programs({language!r}, programs, limits=Limits(wall_seconds=10), jobs=1)
print(json.dumps([[r.status.value, r.stdout, r.stderr] for r in results]))
"""


@pytest.mark.parametrize("language", ["cpp", "java", "python"])
def test_batch_protocol_attacks_leave_the_host_alone(language: str) -> None:
    with attack_targets() as attack:
        code = BATCH.format(values=json.dumps(attack.values), language=language, names=PROTOCOL_ATTACKS)
        outcome = run_host(code, timeout=180)
        assert "hung" not in outcome, "an attack hung the host"
        assert isinstance(outcome, list), outcome
        texts = [text for _, stdout, stderr in outcome for text in (stdout, stderr)]
        assert attack.harm(*texts) == []
        # Each attack, like each honest program, ends as a lone run would: ok, its own output.
        assert [status for status, _, _ in outcome] == ["ok"] * (len(PROTOCOL_ATTACKS) + 2)
        assert all("#Results: 1, 1" in stdout for _, stdout, _ in outcome)


@pytest.mark.slow  # the same attacks as above through `transcoder eval` (about a minute)
@pytest.mark.parametrize("language", ["cpp", "java", "python"])
def test_eval_of_scripts_that_attack_the_protocol(language: str, tmp_path) -> None:
    with attack_targets() as attack:
        bench, source = write_benchmark(tmp_path / "bench", language, attack, PROTOCOL_ATTACKS)
        report = tmp_path / "report.json"
        command = [sys.executable, "-m", "transcoder", "eval", str(bench), "-s", source, "-t", language,
                   "-e", "gold", "--no-cache", "-q", "--report", str(report)]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=REPOSITORY)
        except subprocess.TimeoutExpired:
            pytest.fail("an attack hung transcoder eval")
        assert done.returncode == 0, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        text = report.read_text()
        assert attack.harm(text) == []
        statuses = {item["id"]: item["status"] for item in json.loads(text)["items"]}
        assert set(statuses.values()) == {"passed"}, statuses
