"""
Turns the driver's raw runs into ratios, the Markdown table (latest.md), latest.json and the
ratios chart (ratios.png). Ratios are taken per repetition (runs of the same repetition were
interleaved, so they saw the same machine load) and the median of those is reported.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (key, label, numerator, denominator, "<=" or ">=", limit); a side is (case, client, field),
# case "imports" meaning the import measures of a module.
Side = tuple[str, str, str]
TARGETS: list[tuple[str, str, Side, Side, str, float]] = [
    ("import_wall", "`python -c \"import X\"` wall, openai_core / httpx",
     ("imports", "openai_core", "wall_ms"), ("imports", "httpx", "wall_ms"), "<=", 1.2),
    ("import_time", "-X importtime cumulative, openai_core / httpx",
     ("imports", "openai_core", "importtime_ms"), ("imports", "httpx", "importtime_ms"), "<=", 1.2),
    ("import_rss", "RSS after import, openai_core / httpx",
     ("imports", "openai_core", "rss_mib"), ("imports", "httpx", "rss_mib"), "<=", 1.2),
    ("seq_cpu", "sequential call client CPU, openai_core / raw httpx",
     ("seq", "openai_core", "cpu_us_per_call"), ("seq", "httpx", "cpu_us_per_call"), "<=", 0.7),
    ("seq_cpu_user_httpx", "same, openai_core on a user httpx.Client / raw httpx",
     ("seq", "openai_core+httpx", "cpu_us_per_call"), ("seq", "httpx", "cpu_us_per_call"),
     "<=", 1.1),
    ("seq_tool_cpu", "tool-call reply, client CPU, openai_core / raw httpx",
     ("seq_tool", "openai_core", "cpu_us_per_call"), ("seq_tool", "httpx", "cpu_us_per_call"),
     "<=", 0.7),
    ("seq_tool_cpu_user_httpx", "same, openai_core on a user httpx.Client / raw httpx",
     ("seq_tool", "openai_core+httpx", "cpu_us_per_call"),
     ("seq_tool", "httpx", "cpu_us_per_call"), "<=", 1.1),
    ("async64", "async, 64 concurrent, req/s, openai_core / openai",
     ("async64", "openai_core", "rps"), ("async64", "openai", "rps"), ">=", 5.0),
    ("run_many64", "client.run_many at 64, req/s / the async client's own (async64)",
     ("run_many64", "openai_core", "rps"), ("async64", "openai_core", "rps"), ">=", 0.9),
    ("stream", "stream of typed chunks, chunks/s, openai_core / raw httpx",
     ("stream", "openai_core", "chunks_per_s"), ("stream", "httpx", "chunks_per_s"), ">=", 1.5),
    ("events", "event stream + snapshot, chunks/s, openai_core / raw httpx plain stream",
     ("events", "openai_core", "chunks_per_s"), ("stream", "httpx", "chunks_per_s"), ">=", 1.2),
    ("streams_paused_kib", "memory per paused open stream (many open), openai_core / raw httpx",
     ("streams_paused", "openai_core", "kib_per_paused_stream"),
     ("streams_paused", "httpx", "kib_per_paused_stream"), "<=", 1.0),
    ("large_body_cpu", "8 MiB JSON answer, client CPU per call, openai_core / raw httpx",
     ("large_body", "openai_core", "cpu_ms_per_call"), ("large_body", "httpx", "cpu_ms_per_call"),
     "<=", 1.0),
    ("streams_stall", "worst event-loop stall, many streams, openai_core / raw httpx",
     ("streams", "openai_core", "worst_stall_ms"), ("streams", "httpx", "worst_stall_ms"),
     "<=", 1.0),
]  # fmt: skip

# Informational ratios, no target: how the others compare.
EXTRA: list[tuple[str, str, Side, Side]] = [
    ("openai_import_wall", "import wall, openai / httpx",
     ("imports", "openai", "wall_ms"), ("imports", "httpx", "wall_ms")),
    ("seq_cpu_vs_openai", "sequential client CPU, openai / openai_core (x faster)",
     ("seq", "openai", "cpu_us_per_call"), ("seq", "openai_core", "cpu_us_per_call")),
    ("seq_wall", "sequential wall per call, openai_core / raw httpx",
     ("seq", "openai_core", "wall_us_per_call"), ("seq", "httpx", "wall_us_per_call")),
    ("async64_vs_httpx", "async 64 req/s, openai_core / raw httpx",
     ("async64", "openai_core", "rps"), ("async64", "httpx", "rps")),
    ("async64_user_httpx", "async 64 req/s, openai_core on a user httpx.AsyncClient / openai",
     ("async64", "openai_core+httpx", "rps"), ("async64", "openai", "rps")),
    ("async64_vs_aiohttp", "async 64 req/s, openai_core / openai on DefaultAioHttpClient",
     ("async64", "openai_core", "rps"), ("async64", "openai+aiohttp", "rps")),
    ("streams_vs_httpx", "many streams at once, chunks/s, openai_core / raw httpx",
     ("streams", "openai_core", "chunks_per_s"), ("streams", "httpx", "chunks_per_s")),
    ("streams_vs_aiohttp", "many streams at once, chunks/s, openai_core / openai on aiohttp",
     ("streams", "openai_core", "chunks_per_s"), ("streams", "openai+aiohttp", "chunks_per_s")),
    ("streams_first_chunk", "many streams, median time to first chunk, openai_core / raw httpx",
     ("streams", "openai_core", "first_chunk_median_ms"),
     ("streams", "httpx", "first_chunk_median_ms")),
    ("stream_user_httpx", "stream chunks/s, openai_core on a user httpx.Client / raw httpx",
     ("stream", "openai_core+httpx", "chunks_per_s"), ("stream", "httpx", "chunks_per_s")),
    ("stream_vs_openai", "stream chunks/s, openai_core / openai",
     ("stream", "openai_core", "chunks_per_s"), ("stream", "openai", "chunks_per_s")),
    ("events_vs_openai", "event stream + snapshot chunks/s, openai_core / openai helper",
     ("events", "openai_core", "chunks_per_s"), ("events", "openai", "chunks_per_s")),
]  # fmt: skip


def _values(raw: dict[str, Any], side: Side) -> list[float | None]:
    case, client, field = side
    runs = raw["imports"][client] if case == "imports" else raw["cases"][case][client]
    return [run.get(field) if "error" not in run else None for run in runs]


def paired(raw: dict[str, Any], top: Side, bottom: Side) -> dict[str, Any]:
    """Median, min and max of the per-repetition ratio top/bottom (pairs with an error skipped)."""
    pairs = [
        a / b
        for a, b in zip(_values(raw, top), _values(raw, bottom), strict=False)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b
    ]
    if not pairs:
        return {"ratio": None, "pairs": 0}
    return {"ratio": statistics.median(pairs), "min": min(pairs), "max": max(pairs),
            "pairs": len(pairs)}  # fmt: skip


def ratios(raw: dict[str, Any]) -> dict[str, Any]:
    """Every target and informational ratio, with whether the target is met."""
    out: dict[str, Any] = {}
    for key, label, top, bottom, op, limit in TARGETS:
        r = paired(raw, top, bottom)
        value = r["ratio"]
        met = None if value is None else (value <= limit if op == "<=" else value >= limit)
        out[key] = {**r, "label": label, "target": f"{op} {limit:g}", "met": met}
    for key, label, top, bottom in EXTRA:
        out[key] = {**paired(raw, top, bottom), "label": label}
    return out


# --- Markdown --------------------------------------------------------------------------------------

CLIENT_NAMES = {
    "openai_core": "openai_core",
    "openai_core+httpx": "openai_core + user httpx.Client",
    "openai": "openai (official)",
    "openai+aiohttp": "openai on DefaultAioHttpClient",
    "httpx": "raw httpx",
}
ROWS: list[tuple[str, str, str, str]] = [
    # (label, case, field, format)
    ("import: `python -c` wall (ms)", "imports", "wall_ms", "{:.0f}"),
    ("import: -X importtime cumulative (ms)", "imports", "importtime_ms", "{:.0f}"),
    ("RSS after import (MiB)", "imports", "rss_mib", "{:.1f}"),
    ("sequential: client CPU per call (µs)", "seq", "cpu_us_per_call", "{:.0f}"),
    ("sequential: wall per call (µs)", "seq", "wall_us_per_call", "{:.0f}"),
    ("sequential: peak RSS (MiB)", "seq", "peak_rss_mib", "{:.1f}"),
    ("tool-call reply: client CPU per call (µs)", "seq_tool", "cpu_us_per_call", "{:.0f}"),
    ("tool-call reply: wall per call (µs)", "seq_tool", "wall_us_per_call", "{:.0f}"),
    ("tool-call reply: peak RSS (MiB)", "seq_tool", "peak_rss_mib", "{:.1f}"),
    ("async, 64 concurrent: req/s", "async64", "rps", "{:,.0f}"),
    ("async, 64 concurrent: client CPU per call (µs)", "async64", "cpu_us_per_call", "{:.0f}"),
    ("async, 64 concurrent: peak RSS (MiB)", "async64", "peak_rss_mib", "{:.1f}"),
    ("run_many, 64 concurrent: req/s", "run_many64", "rps", "{:,.0f}"),
    ("run_many: client CPU per call (µs)", "run_many64", "cpu_us_per_call", "{:.0f}"),
    (
        "batch, 50,000 requests: build lines, CPU per request (µs)",
        "batch_plan",
        "plan_us_per_request",
        "{:.1f}",
    ),
    (
        "batch: map output to typed results, CPU per request (µs)",
        "batch_plan",
        "map_us_per_request",
        "{:.1f}",
    ),
    ("batch: the caller's 50,000 builders (MiB)", "batch_plan", "builders_mib", "{:.1f}"),
    ("batch: tracemalloc peak while planning (MiB)", "batch_plan", "plan_peak_mib", "{:.1f}"),
    ("batch: tracemalloc peak while mapping (MiB)", "batch_plan", "map_peak_mib", "{:.1f}"),
    ("8 MiB JSON answer: client CPU per call (ms)", "large_body", "cpu_ms_per_call", "{:.1f}"),
    ("8 MiB JSON answer: page faults per call", "large_body", "page_faults_per_call", "{:,.0f}"),
    ("stream, typed chunks: chunks/s", "stream", "chunks_per_s", "{:,.0f}"),
    ("stream: client CPU per chunk (µs)", "stream", "cpu_us_per_chunk", "{:.1f}"),
    ("stream: peak RSS (MiB)", "stream", "peak_rss_mib", "{:.1f}"),
    ("event stream + snapshot: chunks/s", "events", "chunks_per_s", "{:,.0f}"),
    ("event stream: client CPU per chunk (µs)", "events", "cpu_us_per_chunk", "{:.1f}"),
    ("event stream: peak RSS (MiB)", "events", "peak_rss_mib", "{:.1f}"),
    ("many streams at once: chunks/s", "streams", "chunks_per_s", "{:,.0f}"),
    ("many streams: client CPU per chunk (µs)", "streams", "cpu_us_per_chunk", "{:.1f}"),
    (
        "many streams: median time to first chunk (ms)",
        "streams",
        "first_chunk_median_ms",
        "{:,.0f}",
    ),
    ("many streams: worst event-loop stall (ms)", "streams", "worst_stall_ms", "{:,.0f}"),
    ("many streams: peak RSS (MiB)", "streams", "peak_rss_mib", "{:.1f}"),
    (
        "many paused streams: KiB per extra open stream",
        "streams_paused",
        "kib_per_paused_stream",
        "{:,.0f}",
    ),
    (
        "many paused streams: RSS with all open (MiB)",
        "streams_paused",
        "rss_mib_all_open",
        "{:.1f}",
    ),
]
IMPORT_MODULE = {"openai_core": "openai_core", "openai": "openai", "httpx": "httpx"}
SYNC_ONLY_CASES = {"seq", "seq_tool", "large_body", "stream", "events"}


def _cell(summary: dict[str, Any], case: str, client: str, field: str, fmt: str) -> str:
    if case == "imports":
        if client == "openai+aiohttp":
            return "(same as openai)"
        if client == "openai_core+httpx":
            return "(same)"
        entry = summary["imports"].get(IMPORT_MODULE[client], {})
    else:
        entry = summary["cases"].get(case, {}).get(client)
        if entry is None:
            if case == "events" and client == "httpx":
                return "(n/a: baseline is its plain stream)"
            if case in SYNC_ONLY_CASES and client == "openai+aiohttp":
                return "(async only)"
            return "—"
    if "error" in entry and entry.get("ok", 0) == 0:
        return "error: " + str(entry["error"]).replace("|", "/")[:120]
    value = entry.get(field)
    return "—" if value is None else fmt.format(value)


def _fmt_ratio(r: dict[str, Any]) -> str:
    if r.get("ratio") is None:
        return "no data"
    return f"{r['ratio']:.2f}x ({r['min']:.2f} to {r['max']:.2f}, {r['pairs']} pairs)"


def markdown(results: dict[str, Any]) -> str:
    """The human-readable results: machine, server ceiling, targets, medians."""
    info, summary, rat = results["machine"], results["summary"], results["ratios"]
    ceil = info.get("server_ceiling", {})
    lines = [
        "# openai_core benchmark: latest run",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}: {info['cpu']}, {info['cores']} cores, "
        f"Python {info['python']}, {info['platform']}. "
        f"{info['repetitions']} repetitions, interleaved, every case in a fresh process; "
        f"{info['seconds']:.0f} s in all. Commit {info['git']['commit']}"
        + (
            " with uncommitted changes in openai_core/ (measured as they were when the run started)"
            if info["git"]["openai_core_dirty"]
            else ""
        )
        + ".",
        "",
        "Load average (1/5/15 min) before: {:.2f} / {:.2f} / {:.2f}; after: {:.2f} / {:.2f} / "
        "{:.2f}. With load near or above the core count, absolute numbers are inflated and "
        "noisy; ratios within one repetition are more trustworthy.".format(
            *info["load_before"], *info["load_after"]
        ),
        "",
        "Packages: " + ", ".join(f"{k} {v}" for k, v in info["packages"].items() if v) + ".",
        "",
        "## Mock server ceiling (raw-socket client, no HTTP library)",
        "",
    ]
    if "error" in ceil:
        lines.append(f"error: {ceil['error']}")
    else:
        busy = ceil.get("server_busy_fraction", 0.0)
        lines += [
            "| measure | raw-socket client |",
            "| --- | --- |",
            f"| sequential, 1 connection | {ceil['sequential_rps']:,.0f} req/s |",
            f"| 64 connections (one-thread selectors client) | {ceil['concurrent64_rps']:,.0f} "
            "req/s |",
            f"| one 20,000-chunk stream, raw bytes | {ceil['stream_chunks_per_s']:,.0f} chunks/s |",
            "",
            f"The server process was busy {busy:.0%} of one core during these runs, so it "
            f"could serve about {ceil['concurrent64_rps'] / max(busy, 0.01):,.0f} req/s with "
            "a core of its own"
            + (": the raw-socket client, not the server, was the limit." if busy < 0.9 else ".")
            + " Every SDK below is far under that.",
        ]
    lines += [
        "",
        "## Targets (median of per-repetition ratios, range over repetitions in brackets)",
        "",
        "| target | measured | limit | met |",
        "| --- | --- | --- | --- |",
    ]
    for key, *_ in TARGETS:
        r = rat[key]
        met = {True: "yes", False: "**no**", None: "no data"}[r["met"]]
        lines.append(f"| {r['label']} | {_fmt_ratio(r)} | {r['target']} | {met} |")
    lines += ["", "Other ratios:", "", "| ratio | measured |", "| --- | --- |"]
    for key, *_ in EXTRA:
        lines.append(f"| {rat[key]['label']} | {_fmt_ratio(rat[key])} |")
    clients = list(CLIENT_NAMES)
    lines += [
        "",
        "## Medians",
        "",
        "| measure | " + " | ".join(CLIENT_NAMES[c] for c in clients) + " |",
        "| --- |" + " --- |" * len(clients),
    ]
    for label, case, field, fmt in ROWS:
        cells = [_cell(summary, case, c, field, fmt) for c in clients]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    counts = info["counts"]
    lines += [
        "",
        f"Counts: {counts['seq']:,} sequential calls (after 100 warm-up calls), "
        f"{counts['async64']:,} async calls at 64 in flight (after 128 warm-up calls), "
        f"streams of {counts['stream']:,} content chunks (+ usage chunk); "
        f"{counts['streams']:,} streams of 200 chunks open at once on one async client (pool "
        "raised to 1,024), and as many paused after their first chunk (of 5,000): the KiB per "
        "stream is the RSS growth from a quarter of them open to all of them, over the extra "
        "streams; the stall is the worst lateness of a 5 ms ticker task. "
        "Client CPU is `time.process_time()` in the client process; peak RSS is `ru_maxrss`. "
        "The sequential and single-stream cases time 5 consecutive blocks of calls (chunks) and "
        "report the block with the median CPU per unit (chunks/s from that block's wall time). "
        "openai_core + user httpx.Client means `Client(http_client=httpx.Client())` "
        "(`httpx.AsyncClient()` for async); raw httpx is `Client.post` + `json.loads`, and "
        "`iter_lines` + `json.loads` for streams; the official package's event stream is its "
        "`chat.completions.stream()` helper with `get_final_completion()`.",
        "",
        "![ratios](ratios.png)",
        "",
    ]
    errors = [
        f"- {case} / {client}: {entry['errors'][0]}"
        for case, per in summary["cases"].items()
        for client, entry in per.items()
        if entry.get("errors")
    ]
    if errors:
        lines += ["Errors in some runs:", "", *errors, ""]
    return "\n".join(lines)


# --- chart -----------------------------------------------------------------------------------------

# (label, case, field, higher_is_better, baseline case); speed relative to raw httpx.
CHART: list[tuple[str, str, str, bool, str]] = [
    ("import time", "imports", "wall_ms", False, "imports"),
    ("RSS after import", "imports", "rss_mib", False, "imports"),
    ("sequential call\n(client CPU)", "seq", "cpu_us_per_call", False, "seq"),
    ("tool-call reply\n(client CPU)", "seq_tool", "cpu_us_per_call", False, "seq_tool"),
    ("async, 64 concurrent\n(req/s)", "async64", "rps", True, "async64"),
    ("stream, typed chunks\n(chunks/s)", "stream", "chunks_per_s", True, "stream"),
    ("event stream + snapshot\n(chunks/s)", "events", "chunks_per_s", True, "stream"),
]


def _relative(raw: dict[str, Any], label_row: tuple[str, str, str, bool, str], client: str) -> Any:
    _, case, field, higher, base_case = label_row
    if case == "imports" and client == "openai_core+httpx":
        return None
    if case != "imports" and client not in raw["cases"][case]:
        return None
    mine: Side = (case, client, field)
    base: Side = (base_case, "httpx", field)
    r = paired(raw, mine, base) if higher else paired(raw, base, mine)
    return r["ratio"]


def _target(results: dict[str, Any], case: str, client: str) -> float | None:
    """The target for `client`, in the chart's terms (speed relative to raw httpx)."""
    table: dict[tuple[str, str], Callable[[], float | None]] = {
        ("imports", "openai_core"): lambda: 1 / 1.2,
        ("seq", "openai_core"): lambda: 1 / 0.7,
        ("seq", "openai_core+httpx"): lambda: 1 / 1.1,
        ("seq_tool", "openai_core"): lambda: 1 / 0.7,
        ("seq_tool", "openai_core+httpx"): lambda: 1 / 1.1,
        ("stream", "openai_core"): lambda: 1.5,
        ("events", "openai_core"): lambda: 1.2,
    }
    if (case, client) == ("async64", "openai_core"):
        openai_rel = paired(
            results["raw"], ("async64", "openai", "rps"), ("async64", "httpx", "rps")
        )
        return None if openai_rel["ratio"] is None else 5 * openai_rel["ratio"]
    fn = table.get((case, client))
    return fn() if fn else None


def chart(results: dict[str, Any], path: Path) -> None:
    """Grouped horizontal bars: each client's speed relative to raw httpx, targets marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    raw = results["raw"]
    clients = ["openai_core", "openai_core+httpx", "openai"]
    colors = {"openai_core": "#2b7bba", "openai_core+httpx": "#8fbde0", "openai": "#c8553d"}
    fig, ax = plt.subplots(figsize=(9, 6.5), dpi=110)
    height = 0.26
    labels = []
    for row_index, row in enumerate(CHART):
        labels.append(row[0])
        for i, client in enumerate(clients):
            value = _relative(raw, row, client)
            y = row_index + (i - 1) * height
            if value is None:
                continue
            ax.barh(y, value, height, color=colors[client],
                    label=CLIENT_NAMES[client] if row_index == 4 else None)  # fmt: skip
            target = _target(results, row[1], client)
            right = max(value, target or 0.0)
            ax.text(right * 1.06, y, f"{value:.2f}x", va="center", fontsize=7.5)
            if target is not None:
                ax.plot([target, target], [y - height / 2, y + height / 2], color="black", lw=2)
    ax.axvline(1.0, color="grey", lw=1, ls="--")
    ax.set_xscale("log")
    ax.set_yticks(range(len(CHART)), labels, fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("relative to raw httpx (1.0, dashed); higher is better; log scale")
    ax.set_title("openai_core vs the official openai package, relative to raw httpx\n"
                 "black ticks: targets", fontsize=11)  # fmt: skip
    ax.plot([], [], color="black", lw=2, label="target")
    ax.legend(loc="lower right", fontsize=8)
    ax.set_xlim(0.05, 60)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_results(results: dict[str, Any], out: Path) -> str:
    """Write latest.md, latest.json and ratios.png into `out`; return the Markdown."""
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(results)
    (out / "latest.md").write_text(text)
    (out / "latest.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    try:
        chart(results, out / "ratios.png")
    except Exception as exc:  # the numbers matter more than the picture
        text += f"\n(chart not drawn: {type(exc).__name__}: {exc})\n"
    return text
