"""Readable evaluation reports: ``transcoder eval ... --html FILE`` and ``transcoder report``.

``transcoder report A.json [B.json ...] [--html FILE]`` reads eval reports (``eval --report``),
groups them by direction, prints CA, BLEU, CodeBLEU and exact match per run, and compares each
run with the previous run of the same direction item by item: what passed before and fails now
(regressions), what failed before and passes now (fixes), other status changes. The HTML file
is self-contained (inline CSS, an inline copy of the page's highlighter, SVG charts; nothing
fetched): a summary table, the statuses of each run as a chart, the comparisons, and every
failing item with its source, its translation and the first failing test or compiler error
(``failures.py`` finds the first failing test by rerunning the item in the sandbox).
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transcoder.errors import InputError, SourceLocation

STATUS_COLOURS = {
    "passed": "#2e9d52",
    "failed": "#d64541",
    "compile_error": "#e8912d",
    "runtime_error": "#8e44ad",
    "timeout": "#8d6e63",
    "translation_error": "#7f8c8d",
    "reference_error": "#cfd3d6",
}
LABEL_WIDTH = 270  # pixels left of the bars, for "direction  run"
HIGHLIGHTER = Path(__file__).parents[1] / "service" / "static" / "highlight.js"


@dataclass
class Run:
    """One eval report and what the report adds to it."""

    label: str
    data: dict[str, Any]
    details: dict[str, str] = field(default_factory=dict)  # item ID -> first failing test or error
    sources: dict[str, str] = field(default_factory=dict)  # item ID -> source function

    @property
    def direction(self) -> tuple[str, str]:
        return self.data["source"], self.data["target"]

    def items(self) -> dict[str, dict[str, Any]]:
        return {item["id"]: item for item in self.data["items"]}


@dataclass
class Comparison:
    before: Run
    after: Run
    regressions: list[str]  # passed before, fails now
    fixes: list[str]  # failed before, passes now
    changed: list[str]  # another status change between two failures
    only_before: list[str]
    only_after: list[str]


def load_report(path: str) -> dict[str, Any]:
    """An eval report from a file; a one-line error for anything else."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such report: {path}")
    text = file.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON: {error.msg}", SourceLocation(error.lineno, error.colno, path)
        ) from None
    keys = ("source", "target", "engine", "items")
    missing = [key for key in keys if not isinstance(data, dict) or key not in data]
    if missing:
        raise InputError(f"{path}: not a `transcoder eval --report` file (no {', '.join(missing)})")
    assert isinstance(data, dict)  # a dict holds all of keys: ``missing`` is empty only for one
    return data


def compare(before: Run, after: Run) -> Comparison:
    old, new = before.items(), after.items()
    shared = [i for i in new if i in old and "reference_error" not in (old[i]["status"], new[i]["status"])]
    return Comparison(
        before,
        after,
        regressions=[i for i in shared if old[i]["status"] == "passed" != new[i]["status"]],
        fixes=[i for i in shared if old[i]["status"] != "passed" == new[i]["status"]],
        changed=[
            i
            for i in shared
            if "passed" not in (old[i]["status"], new[i]["status"]) and old[i]["status"] != new[i]["status"]
        ],
        only_before=sorted(set(old) - set(new)),
        only_after=sorted(set(new) - set(old)),
    )


def comparisons(runs: Sequence[Run]) -> list[Comparison]:
    """Each run against the previous run of its direction."""
    previous: dict[tuple[str, str], Run] = {}
    found = []
    for run in runs:
        if run.direction in previous:
            found.append(compare(previous[run.direction], run))
        previous[run.direction] = run
    return found


def _source_functions(data: dict[str, Any]) -> dict[str, str]:
    """Item ID -> the source ``f_gold`` the engine translated (from the benchmark, when at hand)."""
    from transcoder.bench.gfg import gold, script_path

    bench_dir = Path(data.get("bench_dir", ""))
    sources = {}
    for item in data["items"]:
        if item["status"] == "passed":
            continue
        path = script_path(bench_dir, data["source"], item["id"])
        try:
            sources[item["id"]] = gold(data["source"], path.read_text(encoding="utf-8")).text
        except Exception:  # a missing or unreadable script: the report says so instead
            continue
    return sources


def prepare(reports: Sequence[dict[str, Any]], labels: Sequence[str], rerun: bool = True) -> list[Run]:
    from transcoder.bench.failures import failure_details, first_error_line

    runs = []
    for data, label in zip(reports, labels, strict=True):
        run = Run(label, data, sources=_source_functions(data))
        if rerun:
            run.details = failure_details(data)
        else:
            run.details = {
                i["id"]: first_error_line(i.get("message", "")) or i["status"]
                for i in data["items"]
                if i["status"] != "passed"
            }
        runs.append(run)
    return runs


# -- text -------------------------------------------------------------------------------------------
def _scores(data: dict[str, Any]) -> str:
    codebleu = data.get("codebleu")
    codebleu_text = f"{codebleu:.2f}" if isinstance(codebleu, int | float) else "-"
    return (
        f"CA {100 * data['computational_accuracy']:.2f}% ({data['passed']}/{data['total']})  "
        f"BLEU {data['bleu']:.2f}  CodeBLEU {codebleu_text}  exact match {100 * data['exact_match']:.2f}%"
    )


def summary_lines(runs: Sequence[Run], compared: Sequence[Comparison]) -> list[str]:
    lines = []
    for run in runs:
        source, target = run.direction
        lines.append(f"{source} -> {target}  {run.data['engine']:<8} {_scores(run.data)}  [{run.label}]")
    for comparison in compared:
        source, target = comparison.after.direction
        lines.append(
            f"{source} -> {target}: {comparison.after.label} against {comparison.before.label}: "
            f"{len(comparison.regressions)} regression(s), {len(comparison.fixes)} fix(es), "
            f"{len(comparison.changed)} other change(s)"
        )
        old, new = comparison.before.items(), comparison.after.items()
        for identifier in comparison.regressions:
            detail = comparison.after.details.get(identifier, new[identifier].get("message", ""))
            lines.append(f"  regression {identifier}: passed -> {new[identifier]['status']}: {detail[:160]}")
        for identifier in comparison.fixes:
            lines.append(f"  fixed      {identifier}: {old[identifier]['status']} -> passed")
    return lines


# -- HTML -------------------------------------------------------------------------------------------
def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def status_chart(runs: Sequence[Run], width: int = 640) -> str:
    """An SVG bar per run, one segment per status, with its count."""
    bar, gap, label_width = 26, 10, LABEL_WIDTH
    height = len(runs) * (bar + gap)
    parts = [
        f'<svg class="chart" width="{width + label_width}" height="{height}" role="img" aria-label="statuses per run">'
    ]
    for row, run in enumerate(runs):
        counts = run.data.get("status_counts", {})
        total = sum(counts.values()) or 1
        y, x = row * (bar + gap), float(label_width)
        source, target = run.direction
        label = f"{source} \u2192 {target}  {run.label}"
        parts.append(f'<text x="0" y="{y + 18}" class="bar-label">{_e(label[:40])}</text>')
        for status, colour in STATUS_COLOURS.items():
            count = counts.get(status, 0)
            if not count:
                continue
            span = width * count / total
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{span:.1f}" height="{bar}" fill="{colour}">'
                f"<title>{_e(status)}: {count}</title></rect>"
            )
            if span > 22:
                parts.append(f'<text x="{x + span / 2:.1f}" y="{y + 18}" class="bar-count">{count}</text>')
            x += span
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{colour}"></i>{status}</span>'
        for status, colour in STATUS_COLOURS.items()
    )
    return "".join(parts) + f"<div class=legend>{legend}</div>"


def _any_of(data: dict[str, Any]) -> float | None:
    """CA counting an item as passed when any of its N candidates passes (runs with N > 1)."""
    value = data.get(f"computational_accuracy_any_of_{data.get('candidates', 1)}")
    return float(value) if isinstance(value, int | float) else None


def _summary_table(runs: Sequence[Run]) -> str:
    with_any = any(_any_of(run.data) is not None for run in runs)
    rows = []
    for run in runs:
        data = run.data
        codebleu = data.get("codebleu")
        options = ", ".join(f"{k}={v}" for k, v in data.get("engine_options", {}).items())
        any_of = _any_of(data)
        any_cell = (
            f"<td class=num>{'' if any_of is None else f'{100 * any_of:.2f}%'}</td>" if with_any else ""
        )
        rows.append(
            "<tr>"
            f"<td>{_e(data['source'])} &rarr; {_e(data['target'])}</td><td>{_e(run.label)}</td>"
            f"<td>{_e(data['engine'])}{' (' + _e(options) + ')' if options else ''}</td>"
            f"<td class=num><b>{100 * data['computational_accuracy']:.2f}%</b> ({data['passed']}/{data['total']})</td>"
            f"{any_cell}<td class=num>{data['bleu']:.2f}</td>"
            f"<td class=num>{'-' if codebleu is None else f'{codebleu:.2f}'}</td>"
            f"<td class=num>{100 * data['exact_match']:.2f}%</td>"
            f"<td class=num>{data.get('reference_errors', 0)}</td><td class=num>{data.get('seconds', 0):.1f} s</td>"
            "</tr>"
        )
    head = (
        "<tr><th>direction</th><th>run</th><th>engine</th><th>CA</th>"
        f"{'<th>any of N</th>' if with_any else ''}<th>BLEU</th>"
        "<th>CodeBLEU</th><th>exact match</th><th>reference errors</th><th>time</th></tr>"
    )
    return f"<table class=summary><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _code(text: str | None, language: str, title: str) -> str:
    if text is None:
        return (
            f"<div class=code><div class=code-title>{_e(title)}</div><p class=missing>not available</p></div>"
        )
    return (
        f"<div class=code><div class=code-title>{_e(title)}</div>"
        f'<pre data-language="{_e(language)}">{_e(text.rstrip())}</pre></div>'
    )


def _item_block(run: Run, item: dict[str, Any], extra: str = "") -> str:
    source, target = run.direction
    candidates = item.get("candidates") or []
    detail = run.details.get(item["id"], item.get("message", ""))
    message = item.get("message", "").strip()
    full = f'<pre class="message">{_e(message)}</pre>' if message and message != detail else ""
    return (
        f'<details class="item" id="{_e(run.label)}-{_e(item["id"])}"><summary>'
        f'<span class="status" style="background:{STATUS_COLOURS.get(item["status"], "#999")}">{_e(item["status"])}</span> '
        f"<b>{_e(item['id'])}</b>{extra} <span class=detail>{_e(detail)}</span></summary>"
        f'<div class="pair">{_code(run.sources.get(item["id"]), source, f"source ({source})")}'
        f"{_code(candidates[0] if candidates else None, target, f'translation ({target})')}</div>{full}</details>"
    )


def _failing_items(run: Run) -> str:
    items = [i for i in run.data["items"] if i["status"] not in ("passed", "reference_error")]
    broken = [i for i in run.data["items"] if i["status"] == "reference_error"]
    source, target = run.direction
    parts = [f"<h3>{_e(source)} &rarr; {_e(target)}, {_e(run.label)}: {len(items)} failing item(s)</h3>"]
    parts += [_item_block(run, item) for item in sorted(items, key=lambda i: (i["status"], i["id"]))]
    if broken:
        parts.append(f"<p class=note>{len(broken)} reference error(s), left out of the scores:</p><ul>")
        parts += [f"<li><b>{_e(i['id'])}</b>: {_e(i.get('message', '')[:300])}</li>" for i in broken]
        parts.append("</ul>")
    return "".join(parts)


def _comparison_section(comparison: Comparison) -> str:
    source, target = comparison.after.direction
    old = comparison.before.items()
    new = comparison.after.items()
    parts = [
        f"<h3>{_e(source)} &rarr; {_e(target)}: {_e(comparison.after.label)} against {_e(comparison.before.label)}</h3>",
        f"<p><b class=bad>{len(comparison.regressions)} regression(s)</b> (passed before, fail now), "
        f"<b class=good>{len(comparison.fixes)} fix(es)</b>, {len(comparison.changed)} other status change(s)"
        f"{f', {len(comparison.only_before)} item(s) only before' if comparison.only_before else ''}"
        f"{f', {len(comparison.only_after)} only after' if comparison.only_after else ''}.</p>",
    ]
    for identifier in comparison.regressions:
        parts.append(_item_block(comparison.after, new[identifier], " (passed before)"))
    if comparison.fixes:
        fixed = ", ".join(f"{_e(i)} (was {_e(old[i]['status'])})" for i in comparison.fixes)
        parts.append(f"<p>Fixed: {fixed}</p>")
    if comparison.changed:
        changed = ", ".join(
            f"{_e(i)} ({_e(old[i]['status'])} &rarr; {_e(new[i]['status'])})" for i in comparison.changed
        )
        parts.append(f"<p>Changed: {changed}</p>")
    return "".join(parts)


STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d1d1b;background:#fafaf8}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #ddd}h3{font-size:14px}
table.summary{border-collapse:collapse;background:#fff}table.summary td,table.summary th{border:1px solid #ddd;padding:4px 8px}
td.num{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#666;font-size:12px}
.chart text{font:12px system-ui,sans-serif}.legend{display:flex;flex-wrap:wrap;gap:14px;margin:4px 0 0 270px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}.bar-count{fill:#fff;text-anchor:middle;font-weight:600}
details.item{background:#fff;border:1px solid #e0e0dc;margin:4px 0;padding:4px 8px}
summary{cursor:pointer}.status{color:#fff;padding:0 6px;border-radius:3px;font-size:12px}
.detail{color:#555;font-family:monospace;font-size:12px}.pair{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:8px 0}
.code pre,pre.message{background:#f6f6f2;border:1px solid #e2e2dc;padding:8px;overflow:auto;font-size:12px;margin:0}
.code-title{font-size:12px;color:#666}.bad{color:#b3261e}.good{color:#1e7b34}.missing,.note{color:#777}
.tok-comment{color:#8a8a80;font-style:italic}.tok-string{color:#0a7d32}.tok-number{color:#b4530b}
.tok-keyword{color:#7b2fb5;font-weight:600}.tok-type{color:#1660b8}.tok-call{color:#8a5a00}.tok-meta{color:#b0306a}
"""
HIGHLIGHT_CALL = (
    "document.querySelectorAll('pre[data-language]').forEach(function(p){"
    "p.innerHTML=Highlight.toHtml(p.textContent,p.dataset.language);});"
)


def render_html(runs: Sequence[Run], compared: Sequence[Comparison]) -> str:
    ordered = sorted(runs, key=lambda r: r.direction)  # a direction's runs together, in their order
    charts = status_chart(ordered)
    meta = "".join(
        f"<li>{_e(r.label)}: {_e(r.data.get('bench_dir', '?'))}; toolchain {_e(r.data.get('toolchain', '?'))}; "
        f"sandbox {_e(r.data.get('sandbox', '?'))}</li>"
        for r in runs
    )
    comparison_html = "".join(_comparison_section(c) for c in compared)
    script = HIGHLIGHTER.read_text(encoding="utf-8") if HIGHLIGHTER.is_file() else ""
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>transcoder evaluation report</title>"
        f"<style>{STYLE}</style></head><body><h1>transcoder evaluation report</h1>"
        f"<p class=meta>written {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; {len(runs)} run(s)</p>"
        f"<h2>Scores</h2>{_summary_table(runs)}<p class=meta>CA: share of items whose translation passes "
        "every test of the benchmark script; items whose reference fails are left out of every score.</p>"
        f"<h2>Statuses</h2>{charts}"
        f"{'<h2>Run against run</h2>' + comparison_html if compared else ''}"
        f"<h2>Failing items</h2>{''.join(_failing_items(r) for r in runs)}"
        f"<h2>Runs</h2><ul class=meta>{meta}</ul>"
        f"<script>{script}\n{HIGHLIGHT_CALL}</script></body></html>\n"
    )


def write_html(
    reports: Sequence[dict[str, Any]], path: Path, labels: Sequence[str] | None = None, rerun: bool = True
) -> None:
    """The HTML report of ``reports`` (the order of runs within a direction is the comparison order)."""
    if labels is None:  # the engine's name, numbered when two runs share it
        names = [str(r.get("engine", "run")) for r in reports]
        labels = [n if names.count(n) == 1 else f"{n} {i + 1}" for i, n in enumerate(names)]
    runs = prepare(reports, labels, rerun)
    path.write_text(render_html(runs, comparisons(runs)), encoding="utf-8")


# -- command ----------------------------------------------------------------------------------------
def configure_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reports", nargs="+", metavar="REPORT.json", help="reports written by `transcoder eval --report`"
    )
    parser.add_argument("--html", help="write a self-contained HTML report to this file")
    parser.add_argument(
        "--no-rerun",
        action="store_true",
        help="do not rerun failing items in the sandbox to find their first failing test",
    )
    parser.add_argument(
        "--fail-on-regression",
        action="store_true",
        help="exit with status 1 when an item passed before and fails now",
    )


def run(args: argparse.Namespace) -> int:
    reports = [load_report(path) for path in args.reports]
    labels = [Path(path).name for path in args.reports]
    if len(set(labels)) < len(labels):
        labels = list(args.reports)
    # The text summary needs no reruns; the HTML report does (first failing tests).
    runs = prepare(reports, labels, rerun=bool(args.html) and not args.no_rerun)
    compared = comparisons(runs)
    for line in summary_lines(runs, compared):
        print(line)
    if args.html:
        Path(args.html).write_text(render_html(runs, compared), encoding="utf-8")
        print(f"transcoder: wrote {args.html}", file=sys.stderr)
    regressions = sum(len(c.regressions) for c in compared)
    return 1 if args.fail_on_regression and regressions else 0
