"""
Pool the repetitions of several full runs (their `latest.json`) and print every target's median
per-repetition ratio over all of them: one run's few repetitions swing with whole processes
running faster or slower on a shared machine, and pooling runs of the same code narrows that.

    bench/.venv/bin/python bench/pool.py results/latest.json /tmp/run2/latest.json ...
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from report import ratios


def pooled_raw(paths: list[Path]) -> dict[str, Any]:
    """The runs' raw results, each case's and import's per-repetition lists concatenated."""
    merged: dict[str, Any] = {"cases": {}, "imports": {}}
    for path in paths:
        raw = json.loads(path.read_text())["raw"]
        for case, clients in raw["cases"].items():
            for client, runs in clients.items():
                merged["cases"].setdefault(case, {}).setdefault(client, []).extend(runs)
        for client, runs in raw["imports"].items():
            merged["imports"].setdefault(client, []).extend(runs)
    return merged


def table(paths: list[Path]) -> str:
    """Markdown: each target's pooled median ratio, range, pairs and whether it is met."""
    rows = ["| target | pooled | limit | met |", "| --- | --- | --- | --- |"]
    for r in ratios(pooled_raw(paths)).values():
        if "target" not in r or r["ratio"] is None:
            continue
        met = "yes" if r["met"] else "**no**"
        measured = f"{r['ratio']:.2f}x ({r['min']:.2f} to {r['max']:.2f}, {r['pairs']} pairs)"
        rows.append(f"| {r['label']} | {measured} | {r['target']} | {met} |")
    return "\n".join(rows)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print(table([Path(arg) for arg in sys.argv[1:]]))
