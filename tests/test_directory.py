"""`transcoder translate SRC_DIR --target LANG --out OUT_DIR`: a tree of files, a report, no overwrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transcoder.cli import main


def _tree(root: Path) -> Path:
    source = root / "src"
    (source / "util").mkdir(parents=True)
    (source / "gcd.cpp").write_text(
        "// Euclid.\nint gcd_of(int a, int b) { while (b) { int r = a % b; a = b; b = r; } return a; }\n"
    )
    (source / "util" / "twice_it.java").write_text("class T { static int twice(int x) { return 2 * x; } }\n")
    (source / "util" / "locked.java").write_text(
        "class L {\n  int f(int a) {\n    synchronized (this) { return a; }\n  }\n}\n"
    )
    (source / "notes.txt").write_text("not code\n")
    return source


def test_a_tree_is_translated_file_by_file_with_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = _tree(tmp_path), tmp_path / "out"
    assert main(["translate", str(source), "--target", "python", "--out", str(out)]) == 1  # one refusal
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "gcd.py", "transcoder-report.json", "transcoder-report.md", "util/twice_it.py",
    ]  # fmt: skip
    report = json.loads((out / "transcoder-report.json").read_text())
    assert report["counts"] == {"refused": 1, "translated": 2}
    refused = next(f for f in report["files"] if f["status"] == "refused")
    assert refused["path"] == "util/locked.java" and "line 3:" in refused["message"]
    assert "synchronized" in capsys.readouterr().err
    namespace: dict[str, object] = {}
    exec((out / "gcd.py").read_text(), namespace)  # the engine's own output, written by us: trusted here
    gcd = namespace["gcd_of"]
    assert callable(gcd) and gcd(84, 36) == 12


def test_existing_outputs_are_kept_unless_overwrite_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = _tree(tmp_path), tmp_path / "out"
    (out / "util").mkdir(parents=True)
    (out / "util" / "twice_it.py").write_text("keep me\n")
    assert main(["translate", str(source), "--target", "python", "--out", str(out)]) == 2
    assert "twice_it.py exists" in capsys.readouterr().err
    assert (out / "util" / "twice_it.py").read_text() == "keep me\n"
    assert not (out / "gcd.py").exists()  # refused before any work
    assert main(["translate", str(source), "--target", "java", "--out", str(out)]) == 0  # only the C++ file
    assert "gcd_of" in (out / "Gcd.java").read_text()
    assert main(["translate", str(source), "--target", "python", "--out", str(out), "--overwrite"]) == 1
    assert "def twice(x):" in (out / "util" / "twice_it.py").read_text()


def test_a_directory_needs_an_output_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(_tree(tmp_path)), "--target", "java"]) == 2
    assert "pass --out OUT_DIR" in capsys.readouterr().err


def test_a_single_file_can_be_written_to_out(tmp_path: Path) -> None:
    source = _tree(tmp_path) / "gcd.cpp"
    target = tmp_path / "gcd.py"
    assert main(["translate", str(source), "--target", "python", "--out", str(target)]) == 0
    assert "def gcd_of(a, b):" in target.read_text()
    assert main(["translate", str(source), "--target", "python", "--out", str(target)]) == 2
