"""Training curves from ``log.jsonl`` as one self-contained SVG file.

matplotlib is not a dependency of transcoder, so the few line charts a run needs (losses,
accuracies, BLEU against steps) are drawn here directly as SVG: one panel per metric group,
one polyline per series.
"""

from __future__ import annotations

import json
from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Any

PANELS: tuple[tuple[str, str, str], ...] = (
    # (title, record kind, metric suffix); a series is every metric "kind:objective.unit.suffix"
    ("train loss", "train", ".loss"),
    ("valid loss", "valid", ".loss"),
    ("valid accuracy", "valid", ".accuracy"),
    ("valid BT BLEU", "valid", ".bleu"),
)
COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


def read_log(path: str | Path) -> list[dict[str, Any]]:
    records = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            records.append(json.loads(line))
    return records


def series_of(records: list[dict[str, Any]], kind: str, suffix: str) -> dict[str, list[tuple[float, float]]]:
    series: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for record in records:
        if record.get("kind") != kind:
            continue
        for key, value in record.items():
            if key.endswith(suffix) and isinstance(value, int | float):
                series[key[: -len(suffix)]].append((float(record["step"]), float(value)))
    return dict(series)


def _panel(
    title: str,
    series: dict[str, list[tuple[float, float]]],
    x0: float,
    y0: float,
    width: float,
    height: float,
) -> list[str]:
    parts = [f'<rect x="{x0}" y="{y0}" width="{width}" height="{height}" fill="white" stroke="#ccc"/>']
    parts.append(
        f'<text x="{x0 + width / 2}" y="{y0 + 16}" text-anchor="middle" font-size="13">{escape(title)}</text>'
    )
    points = [p for values in series.values() for p in values]
    if not points:
        parts.append(
            f'<text x="{x0 + width / 2}" y="{y0 + height / 2}" text-anchor="middle" font-size="11" fill="#888">no data</text>'
        )
        return parts
    left, right, top, bottom = x0 + 50, x0 + width - 150, y0 + 28, y0 + height - 30
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x_min, x_max = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    y_min, y_max = min(ys), max(ys) if max(ys) > min(ys) else min(ys) + 1

    def sx(x: float) -> float:
        return left + (x - x_min) / (x_max - x_min) * (right - left)

    def sy(y: float) -> float:
        return bottom - (y - y_min) / (y_max - y_min) * (bottom - top)

    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#333"/>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#333"/>')
    for value, anchor_y in ((y_min, bottom), (y_max, top)):
        parts.append(
            f'<text x="{left - 4}" y="{anchor_y + 4}" text-anchor="end" font-size="10">{value:.3g}</text>'
        )
    for value, anchor_x in ((x_min, left), (x_max, right)):
        parts.append(
            f'<text x="{anchor_x}" y="{bottom + 14}" text-anchor="middle" font-size="10">{value:.0f}</text>'
        )
    parts.append(
        f'<text x="{(left + right) / 2}" y="{bottom + 26}" text-anchor="middle" font-size="10">step</text>'
    )
    for index, (name, values) in enumerate(sorted(series.items())):
        color = COLORS[index % len(COLORS)]
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in values)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.5"/>')
        if len(values) == 1:
            x, y = values[0]
            parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="2.5" fill="{color}"/>')
        legend_y = top + 12 * index
        parts.append(f'<rect x="{right + 8}" y="{legend_y - 7}" width="10" height="3" fill="{color}"/>')
        parts.append(f'<text x="{right + 22}" y="{legend_y - 3}" font-size="9">{escape(name)}</text>')
    return parts


def write_curves(log_path: str | Path, svg_path: str | Path) -> None:
    """Draw the panels of ``PANELS`` from a training log into ``svg_path``."""
    records = read_log(log_path)
    width, height = 620, 240
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height * len(PANELS)}" '
        'font-family="sans-serif">'
    ]
    for index, (title, kind, suffix) in enumerate(PANELS):
        parts.extend(_panel(title, series_of(records, kind, suffix), 0, index * height, width, height))
    parts.append("</svg>")
    Path(svg_path).write_text("\n".join(parts) + "\n", encoding="utf-8")
