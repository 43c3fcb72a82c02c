"""Bucket the failures of a `transcoder eval` report by cause (for docs/rules.md).

    .venv/bin/python benchmarks/rules_failures.py /tmp/r.json [more reports...]

Translation errors are grouped by the construct the engine refused; compile errors by whether
the target's test harness could not call the translation (the target's reference function has
another signature) or the translation itself does not compile; wrong results and runtime errors
are listed by ID, since telling a reference that disagrees with its source from an engine bug
needs a reader.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

_REFUSALS = (
    (r"cout|printf|System", "printing"),
    (r"begin|iterator|pointer", "C++ iterators or pointers"),
    (
        r"Map \. Entry|anonymous class|toArray|stream|method '\w+' on|creation of",
        "Java library call outside the vocabulary",
    ),
    (r"== \(reference equality\)", "Java == on strings (reference equality)"),
    (r"inside an (index|expression)|inside a condition", "side effect inside an expression"),
    (r"memset", "memset of part of an array"),
    (r"fall", "switch fall-through (Python)"),
)


def cause(item: dict) -> str:
    status, message = item["status"], item.get("message", "")
    if status == "translation_error":
        for pattern, name in _REFUSALS:
            if re.search(pattern, message):
                return f"refused: {name}"
        return "refused: " + message.split("construct: ")[-1].split(": ")[-1][:60]
    if status == "compile_error":
        # The error is in the test's call (Java) or in main (C++), not in the translation.
        if "f_filled(param" in message or "int main()" in message:
            return "target reference has another signature (return or parameter type)"
        return "translation does not compile"
    if status in ("failed", "runtime_error", "timeout"):
        return f"different results ({status})"
    return status


def main() -> int:
    for path in sys.argv[1:]:
        report = json.loads(Path(path).read_text())
        failures = [i for i in report["items"] if i["status"] not in ("passed", "reference_error")]
        print(
            f"## {report['source']} -> {report['target']}: CA {report['computational_accuracy']:.1%} "
            f"({report['passed']}/{report['total']})"
        )
        counts = Counter(cause(item) for item in failures)
        for name, count in counts.most_common():
            ids = sorted(i["id"] for i in failures if cause(i) == name)
            print(f"- {count} {name}: {', '.join(ids)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
